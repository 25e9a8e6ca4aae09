"""The lists beside the book, one row per :class:`~cabinet_app.appointments.services.AppointmentInfo`
(a frozen DTO): the waiting room, the appointments to rebook, a patient's history and a
practitioner's day. Column constants; ``ROW_ROLE`` gives the DTO, ``SORT_ROLE`` a value that
sorts as people expect (for a ``QSortFilterProxyModel``)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt

from ...appointments.model import AppointmentStatus
from ...appointments.services import AppointmentInfo
from ..table_model import DtoTableModel
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

S = AppointmentStatus


class AppointmentListModel(DtoTableModel[AppointmentInfo]):
    """One row per AppointmentInfo; subclasses name their columns. Every cell shows the
    appointment's details as a tooltip and its status as colour and font; the STATUS_COLUMN
    (if any) also as an icon."""

    CONTEXT = "AppointmentListModel"
    STATUS_COLUMN = -1

    def appointment_at(self, row: int) -> AppointmentInfo:
        return self.row_at(row)

    def extra(self, item: AppointmentInfo, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ToolTipRole:
            return details_text(item)
        if role == Qt.ItemDataRole.ForegroundRole:
            return STATUS_TEXT[item.status]
        if role == Qt.ItemDataRole.FontRole:
            return appointment_font(item.status)
        if role == Qt.ItemDataRole.DecorationRole and column == self.STATUS_COLUMN:
            return status_icon(item.status)
        return None


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
