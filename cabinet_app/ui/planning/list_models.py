"""The list models of the planning's dialogs and side panel: gaps, availabilities, an auto-fill
proposal (checkable rows) and the slots it could not cover. One row per frozen DTO; the row
object under :data:`ROW_ROLE`, its day under :data:`DATE_ROLE`."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, TypeVar

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, Qt

from ...planning.model import AvailabilityKind
from ...planning.proposals import ProposedShift, UncoveredInfo
from ...planning.rota_services import AvailabilityInfo, GapInfo
from ..table_model import DtoTableModel
from .data import local_day
from .labels import GAP_TEXT_COLOUR, day_header, day_text, practitioner_colour, times_text, uncovered_reason_text
from .roles import DATE_ROLE, ROW_ROLE, SORT_ROLE, Index

Row = TypeVar("Row")


class RowsModel(DtoTableModel[Row]):
    """A read-only table of DTOs: subclasses give HEADERS (translated in CONTEXT) and display();
    the day a row falls on (``day()``) is under DATE_ROLE."""

    CONTEXT = "PlanningLists"
    ROW_ROLE = ROW_ROLE
    SORT_ROLE = SORT_ROLE
    DATE_ROLE = DATE_ROLE

    def day(self, row: Row) -> Any:
        return None

    def extra(self, row: Row, column: int, role: int) -> Any:
        return self.day(row) if role == DATE_ROLE else None


def translate(source: str) -> str:
    return QCoreApplication.translate(RowsModel.CONTEXT, source)


class GapListModel(RowsModel[GapInfo]):
    DATE, SITE, TIMES, PRESENT = range(4)
    HEADERS = (QT_TRANSLATE_NOOP("PlanningLists", "Date"), QT_TRANSLATE_NOOP("PlanningLists", "Site"),
               QT_TRANSLATE_NOOP("PlanningLists", "Times"), QT_TRANSLATE_NOOP("PlanningLists", "Present / required"))

    def display(self, row: GapInfo, column: int) -> str:
        return (day_text(local_day(row.start)), row.site_name, times_text(row.start, row.end),
                f"{row.present} / {row.required}")[column]

    def day(self, row: GapInfo) -> Any:
        return local_day(row.start)


class AvailabilityListModel(RowsModel[AvailabilityInfo]):
    PRACTITIONER, PERIOD, KIND, NOTE = range(4)
    HEADERS = (QT_TRANSLATE_NOOP("PlanningLists", "Practitioner"), QT_TRANSLATE_NOOP("PlanningLists", "Period"),
               QT_TRANSLATE_NOOP("PlanningLists", "Kind"), QT_TRANSLATE_NOOP("PlanningLists", "Note"))

    def display(self, row: AvailabilityInfo, column: int) -> str:
        if column == self.PRACTITIONER:
            return row.practitioner_name
        if column == self.PERIOD:
            return f"{day_header(local_day(row.starts_at))} {times_text(row.starts_at, row.ends_at)}" \
                if local_day(row.starts_at) == local_day(row.ends_at) else times_text(row.starts_at, row.ends_at)
        if column == self.KIND:
            return kind_text(row)
        return row.note

    def day(self, row: AvailabilityInfo) -> Any:
        return local_day(row.starts_at)

    def extra(self, row: AvailabilityInfo, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and row.kind == AvailabilityKind.UNAVAILABLE:
            return GAP_TEXT_COLOUR
        if role == Qt.ItemDataRole.BackgroundRole and column == self.PRACTITIONER:
            return practitioner_colour(row.practitioner_id)
        return super().extra(row, column, role)


def kind_text(row: AvailabilityInfo) -> str:
    if row.kind == AvailabilityKind.UNAVAILABLE:
        return translate(QT_TRANSLATE_NOOP("PlanningLists", "Unavailable"))
    if row.preferred:
        return translate(QT_TRANSLATE_NOOP("PlanningLists", "Available (preferred)"))
    return translate(QT_TRANSLATE_NOOP("PlanningLists", "Available"))


class ProposalModel(RowsModel[ProposedShift]):
    """The shifts auto-fill proposes, each with a check box (all checked at first)."""

    DATE, SITE, PRACTITIONER, TIMES = range(4)
    HEADERS = (QT_TRANSLATE_NOOP("PlanningLists", "Date"), QT_TRANSLATE_NOOP("PlanningLists", "Site"),
               QT_TRANSLATE_NOOP("PlanningLists", "Practitioner"), QT_TRANSLATE_NOOP("PlanningLists", "Times"))

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._checked: list[bool] = []

    def set_rows(self, rows: Sequence[ProposedShift]) -> None:
        self._checked = [True] * len(rows)
        super().set_rows(rows)

    def display(self, row: ProposedShift, column: int) -> str:
        return (day_text(local_day(row.starts_at)), row.site_name, row.practitioner_name,
                times_text(row.starts_at, row.ends_at))[column]

    def day(self, row: ProposedShift) -> Any:
        return local_day(row.starts_at)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.CheckStateRole and index.column() == self.DATE \
                and 0 <= index.row() < len(self._checked):
            return Qt.CheckState.Checked if self._checked[index.row()] else Qt.CheckState.Unchecked
        return super().data(index, role)

    def extra(self, row: ProposedShift, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.BackgroundRole and column == self.PRACTITIONER:
            return practitioner_colour(row.practitioner_id)
        return super().extra(row, column, role)

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        return flags | Qt.ItemFlag.ItemIsUserCheckable if index.column() == self.DATE else flags

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if role != Qt.ItemDataRole.CheckStateRole or index.column() != self.DATE or not index.isValid():
            return False
        self._checked[index.row()] = Qt.CheckState(value) == Qt.CheckState.Checked
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
        return True

    def set_checked(self, row: int, checked: bool) -> None:
        state = Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked
        self.setData(self.index(row, self.DATE), state, Qt.ItemDataRole.CheckStateRole)

    def set_all(self, checked: bool) -> None:
        for row in range(len(self._rows)):
            self.set_checked(row, checked)

    def checked_shifts(self) -> list[ProposedShift]:
        return [row for row, checked in zip(self._rows, self._checked) if checked]


class UncoveredModel(RowsModel[UncoveredInfo]):
    """What auto-fill could not cover, and why."""

    DATE, SITE, TIMES, MISSING, REASONS = range(5)
    HEADERS = (QT_TRANSLATE_NOOP("PlanningLists", "Date"), QT_TRANSLATE_NOOP("PlanningLists", "Site"),
               QT_TRANSLATE_NOOP("PlanningLists", "Times"), QT_TRANSLATE_NOOP("PlanningLists", "Missing"),
               QT_TRANSLATE_NOOP("PlanningLists", "Why"))

    def display(self, row: UncoveredInfo, column: int) -> str:
        return (day_text(local_day(row.start)), row.site_name, times_text(row.start, row.end), str(row.missing),
                "; ".join(uncovered_reason_text(code) for code in row.reasons))[column]

    def day(self, row: UncoveredInfo) -> Any:
        return local_day(row.start)
