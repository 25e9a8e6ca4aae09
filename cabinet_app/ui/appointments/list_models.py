"""The lists beside the book, one row per :class:`~cabinet_app.appointments.services.AppointmentInfo`
(a frozen DTO): the waiting room, the appointments to rebook, a patient's history and a
practitioner's day. Column constants; ``ROW_ROLE`` gives the DTO, ``SORT_ROLE`` a value that
sorts as people expect (for a ``QSortFilterProxyModel``)."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from ...appointments.model import AppointmentStatus
from ...appointments.services import AppointmentInfo
from ...identifiers import fold
from .labels import (
    STATUS_TEXT,
    appointment_font,
    details_text,
    moment_text,
    range_text,
    rebook_label,
    status_icon,
    status_label,
    time_text,
)

Index = QModelIndex | QPersistentModelIndex
DISPLAY = Qt.ItemDataRole.DisplayRole
S = AppointmentStatus


class AppointmentListModel(QAbstractTableModel):
    """One row per AppointmentInfo; subclasses name their columns."""

    CONTEXT = "AppointmentListModel"
    HEADERS: tuple[str, ...] = ()
    # the AppointmentInfo of a row
    ROW_ROLE = Qt.ItemDataRole.UserRole + 1
    # a value that sorts as people expect (folded names, ISO times)
    SORT_ROLE = Qt.ItemDataRole.UserRole + 2
    STATUS_COLUMN = -1

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[AppointmentInfo] = []

    def set_rows(self, rows: Sequence[AppointmentInfo]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def clear(self) -> None:
        self.set_rows([])

    def update_row(self, info: AppointmentInfo) -> bool:
        """Replace one appointment in place (targeted ``dataChanged``); False if not listed."""
        row = self.row_of(info.id)
        if row is None:
            return False
        self._rows[row] = info
        self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))
        return True

    def appointment_at(self, row: int) -> AppointmentInfo:
        return self._rows[row]

    def row_of(self, appointment_id: uuid.UUID) -> int | None:
        return next((row for row, info in enumerate(self._rows) if info.id == appointment_id), None)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = DISPLAY) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == DISPLAY and 0 <= section < len(self.HEADERS):
            return QCoreApplication.translate(self.CONTEXT, self.HEADERS[section])
        return None

    def data(self, index: Index, role: int = DISPLAY) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        info = self._rows[index.row()]
        if role == self.ROW_ROLE:
            return info
        if role == DISPLAY:
            return self.display(info, index.column())
        if role == self.SORT_ROLE:
            return self.sort_key(info, index.column())
        if role == Qt.ItemDataRole.ToolTipRole:
            return details_text(info)
        if role == Qt.ItemDataRole.ForegroundRole:
            return STATUS_TEXT[info.status]
        if role == Qt.ItemDataRole.FontRole:
            return appointment_font(info.status)
        if role == Qt.ItemDataRole.DecorationRole and index.column() == self.STATUS_COLUMN:
            return status_icon(info.status)
        return None

    def display(self, info: AppointmentInfo, column: int) -> str:
        raise NotImplementedError

    def sort_key(self, info: AppointmentInfo, column: int) -> str:
        return fold(self.display(info, column))


class WaitingRoomModel(AppointmentListModel):
    """The patients who arrived and wait, in order of arrival."""

    CONTEXT = "WaitingRoomModel"
    ARRIVED, PATIENT, BOOKED_AT, PRACTITIONER = range(4)
    HEADERS = (
        QT_TRANSLATE_NOOP("WaitingRoomModel", "Arrived"),
        QT_TRANSLATE_NOOP("WaitingRoomModel", "Patient"),
        QT_TRANSLATE_NOOP("WaitingRoomModel", "Appointment"),
        QT_TRANSLATE_NOOP("WaitingRoomModel", "With"),
    )

    def display(self, info: AppointmentInfo, column: int) -> str:
        if column == self.ARRIVED:
            return time_text(info.arrived_at)
        if column == self.PATIENT:
            return info.patient_name
        if column == self.BOOKED_AT:
            return time_text(info.starts_at)
        return info.practitioner_name

    def sort_key(self, info: AppointmentInfo, column: int) -> str:
        if column == self.ARRIVED:
            return (info.arrived_at or info.starts_at).isoformat()
        if column == self.BOOKED_AT:
            return info.starts_at.isoformat()
        return super().sort_key(info, column)


class ToRebookModel(AppointmentListModel):
    """Appointments whose shift was cancelled or shortened: listed until booked again."""

    CONTEXT = "ToRebookModel"
    WHEN, PATIENT, PRACTITIONER, TYPE, REASON = range(5)
    HEADERS = (
        QT_TRANSLATE_NOOP("ToRebookModel", "Was on"),
        QT_TRANSLATE_NOOP("ToRebookModel", "Patient"),
        QT_TRANSLATE_NOOP("ToRebookModel", "With"),
        QT_TRANSLATE_NOOP("ToRebookModel", "Type"),
        QT_TRANSLATE_NOOP("ToRebookModel", "Why"),
    )

    def display(self, info: AppointmentInfo, column: int) -> str:
        if column == self.WHEN:
            return moment_text(info.starts_at)
        if column == self.PATIENT:
            return info.patient_name
        if column == self.PRACTITIONER:
            return info.practitioner_name
        if column == self.TYPE:
            return info.type_name
        return rebook_label(info.rebook_reason)

    def sort_key(self, info: AppointmentInfo, column: int) -> str:
        return info.starts_at.isoformat() if column == self.WHEN else super().sort_key(info, column)


class PatientHistoryModel(AppointmentListModel):
    """A patient's appointments, newest first, cancelled and missed ones included."""

    CONTEXT = "PatientHistoryModel"
    WHEN, PRACTITIONER, TYPE, STATUS, DETAILS = range(5)
    STATUS_COLUMN = STATUS
    HEADERS = (
        QT_TRANSLATE_NOOP("PatientHistoryModel", "Date"),
        QT_TRANSLATE_NOOP("PatientHistoryModel", "With"),
        QT_TRANSLATE_NOOP("PatientHistoryModel", "Type"),
        QT_TRANSLATE_NOOP("PatientHistoryModel", "Status"),
        QT_TRANSLATE_NOOP("PatientHistoryModel", "Reason or note"),
    )

    def display(self, info: AppointmentInfo, column: int) -> str:
        if column == self.WHEN:
            return moment_text(info.starts_at)
        if column == self.PRACTITIONER:
            return info.practitioner_name
        if column == self.TYPE:
            return info.type_name
        if column == self.STATUS:
            return status_label(info.status)
        reason = rebook_label(info.rebook_reason) if info.rebook_reason else ""
        return info.cancel_reason or reason or info.note

    def sort_key(self, info: AppointmentInfo, column: int) -> str:
        return info.starts_at.isoformat() if column == self.WHEN else super().sort_key(info, column)


class DayListModel(AppointmentListModel):
    """A practitioner's day ("Ma journée"): the patients in order, with their status."""

    CONTEXT = "DayListModel"
    TIME, PATIENT, BORN, TYPE, STATUS = range(5)
    STATUS_COLUMN = STATUS
    HEADERS = (
        QT_TRANSLATE_NOOP("DayListModel", "Time"),
        QT_TRANSLATE_NOOP("DayListModel", "Patient"),
        QT_TRANSLATE_NOOP("DayListModel", "Born on"),
        QT_TRANSLATE_NOOP("DayListModel", "Type"),
        QT_TRANSLATE_NOOP("DayListModel", "Status"),
    )

    def display(self, info: AppointmentInfo, column: int) -> str:
        if column == self.TIME:
            return range_text(info.starts_at, info.ends_at)
        if column == self.PATIENT:
            return info.patient_name
        if column == self.BORN:
            return info.patient_birth_date.strftime("%d/%m/%Y") if info.patient_birth_date else ""
        if column == self.TYPE:
            return info.type_name
        text = status_label(info.status)
        if info.status is S.ARRIVED and info.arrived_at is not None:
            text += f" {time_text(info.arrived_at)}"
        return text

    def sort_key(self, info: AppointmentInfo, column: int) -> str:
        if column == self.TIME:
            return info.starts_at.isoformat()
        if column == self.BORN:
            return info.patient_birth_date.isoformat() if info.patient_birth_date else ""
        return super().sort_key(info, column)
