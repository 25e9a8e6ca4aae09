"""The month planning (a 6 × 7 grid of days from the Monday on or before the 1st) and a
practitioner's own dates ("Mes dates"). Cells and rows hold the services' frozen DTOs."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, Qt

from ...planning.rota_services import GapInfo, ShiftInfo
from .data import PlanningData, SitePlan, cells_of, local_day, month_grid_start
from .labels import (
    CLOSED_COLOUR,
    GAP_COLOUR,
    OUTSIDE_MONTH_COLOUR,
    chip_label,
    closed_text,
    day_name,
    day_text,
    practitioner_colour,
    shift_label,
    times_text,
)
from .roles import CELL_ROLE, DATE_ROLE, GAPS_ROLE, ROW_ROLE, SHIFTS_ROLE, Index


@dataclass(frozen=True)
class MonthCell:
    day: date
    in_month: bool
    shifts: tuple[ShiftInfo, ...] = ()
    gaps: tuple[GapInfo, ...] = ()
    closed: tuple[tuple[str, str], ...] = ()  # (site name, reason) of the sites closed that day
    all_closed: bool = False

    @property
    def names(self) -> list[str]:
        seen: dict[str, None] = {}
        for shift in self.shifts:
            seen.setdefault(chip_label(shift))
        return list(seen)


class MonthPlanningModel(QAbstractTableModel):
    """Six weeks of seven days from the Monday on or before the 1st of the month."""

    SHIFTS_ROLE, GAPS_ROLE, CELL_ROLE, DATE_ROLE = SHIFTS_ROLE, GAPS_ROLE, CELL_ROLE, DATE_ROLE

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.year, self.month = 2000, 1
        self._cells: list[MonthCell] = []

    def load(self, shifts: Sequence[ShiftInfo], gaps: Sequence[GapInfo], sites: Sequence[SitePlan],
             year: int, month: int) -> None:
        self.beginResetModel()
        self.year, self.month = year, month
        first = month_grid_start(year, month)
        by_day: dict[date, tuple[list, list]] = {}
        for shift in shifts:
            for day in {d for d, _ in cells_of(shift.starts_at, shift.ends_at, first, first + timedelta(days=41))}:
                by_day.setdefault(day, ([], []))[0].append(shift)
        for gap in gaps:
            by_day.setdefault(local_day(gap.start), ([], []))[1].append(gap)
        self._cells = [self._cell(first + timedelta(days=i), by_day, sites) for i in range(42)]
        self.endResetModel()

    def show(self, data: PlanningData, year: int, month: int) -> None:
        self.load(data.shifts, data.gaps, data.sites, year, month)

    def clear(self) -> None:
        self.load((), (), (), self.year, self.month)

    def _cell(self, day: date, by_day: dict[date, tuple[list, list]], sites: Sequence[SitePlan]) -> MonthCell:
        shifts, gaps = by_day.get(day, ([], []))
        closed = tuple((p.site.name, p.closed[day]) for p in sites if day in p.closed)
        return MonthCell(day, day.month == self.month, tuple(sorted(shifts, key=lambda s: s.starts_at)),
                         tuple(gaps), closed, bool(sites) and len(closed) == len(sites))

    def cell(self, index: Index) -> MonthCell | None:
        if not index.isValid() or not 0 <= index.row() < 6 or not 0 <= index.column() < 7 or not self._cells:
            return None
        return self._cells[7 * index.row() + index.column()]

    def index_of(self, day: date) -> QModelIndex:
        offset = (day - month_grid_start(self.year, self.month)).days
        return self.index(offset // 7, offset % 7) if 0 <= offset < 42 else QModelIndex()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() or not self._cells else 6

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else 7

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        first = month_grid_start(self.year, self.month)
        if orientation == Qt.Orientation.Horizontal:
            return day_name(first + timedelta(days=section))
        week = (first + timedelta(days=7 * section)).isocalendar()[1]
        return self.tr("W%1").replace("%1", str(week))

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        cell = self.cell(index)
        if cell is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(cell)
        if role == Qt.ItemDataRole.BackgroundRole:
            return self._background(cell)
        if role == Qt.ItemDataRole.ForegroundRole and not cell.in_month:
            return CLOSED_COLOUR.darker(160)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(cell)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft
        return {SHIFTS_ROLE: cell.shifts, GAPS_ROLE: cell.gaps, CELL_ROLE: cell, DATE_ROLE: cell.day}.get(role)

    def _display(self, cell: MonthCell) -> str:
        first = str(cell.day.day)
        if cell.all_closed:
            first += f" — {closed_text(cell.closed[0][1])}"
        lines = [first, *cell.names]
        if cell.gaps:
            lines.append(self.tr("Uncovered: %1").replace("%1", str(len(cell.gaps))))
        return "\n".join(lines)

    def _background(self, cell: MonthCell) -> Any:
        if not cell.in_month:
            return OUTSIDE_MONTH_COLOUR
        if cell.gaps:
            return GAP_COLOUR
        if cell.all_closed:
            return CLOSED_COLOUR
        people = {s.practitioner_id for s in cell.shifts}
        return practitioner_colour(next(iter(people))) if len(people) == 1 else None

    def _tooltip(self, cell: MonthCell) -> str:
        lines = [day_text(cell.day)]
        lines += [f"{name} — {closed_text(reason)}" for name, reason in cell.closed]
        lines += [f"{s.site_name} — {shift_label(s)} : {times_text(s.starts_at, s.ends_at)}" for s in cell.shifts]
        lines += [f"{g.site_name} — " + self.tr("uncovered %1").replace("%1", times_text(g.start, g.end))
                  for g in cell.gaps]
        return "\n".join(lines)


class PractitionerDatesModel(QAbstractTableModel):
    """A practitioner's own shifts ("Mes dates"): date, site, times, kind."""

    DATE, SITE, TIMES, KIND = range(4)
    ROW_ROLE = ROW_ROLE

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[ShiftInfo] = []

    def set_rows(self, shifts: Sequence[ShiftInfo]) -> None:
        self.beginResetModel()
        self._rows = sorted(shifts, key=lambda s: s.starts_at)
        self.endResetModel()

    def clear(self) -> None:
        self.set_rows([])

    def shift_at(self, row: int) -> ShiftInfo:
        return self._rows[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else 4

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (self.tr("Date"), self.tr("Site"), self.tr("Times"), self.tr("Kind"))[section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        shift = self._rows[index.row()]
        if role == ROW_ROLE:
            return shift
        if role == DATE_ROLE:
            return local_day(shift.starts_at)
        if role == Qt.ItemDataRole.BackgroundRole and index.column() == self.DATE:
            return practitioner_colour(shift.practitioner_id)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        column = index.column()
        if column == self.DATE:
            return day_text(local_day(shift.starts_at))
        if column == self.SITE:
            return shift.site_name
        if column == self.TIMES:
            return times_text(shift.starts_at, shift.ends_at)
        return self.tr("On call") if shift.on_call else self.tr("Shift")
