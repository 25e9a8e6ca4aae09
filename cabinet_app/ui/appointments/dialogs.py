"""Cancelling an appointment (a reason is required; the appointment stays in the patient's
history) and a patient's appointment history."""

from __future__ import annotations

import uuid

from PySide6.QtCore import QSortFilterProxyModel, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...appointments.services import AppointmentInfo, cancel, patient_history
from ..context import AppContext
from .data import committed
from .labels import moment_text
from .models import PatientHistoryModel
from .widgets import message_label, show_message

class CancelAppointmentDialog(QDialog):
    """Asks why; cancels once a reason is given. Emits ``saved`` with the cancelled appointment."""

    saved = Signal(object)

    def __init__(self, ctx: AppContext, appointment: AppointmentInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.appointment = appointment
        self.setModal(True)
        self.setWindowTitle(self.tr("Cancel the appointment"))
        self.setMinimumWidth(460)
        layout = QVBoxLayout(self)
        what = QLabel(self.tr("%1, %2 with %3 (%4).").replace("%1", appointment.patient_name).replace(
            "%2", moment_text(appointment.starts_at)).replace("%3", appointment.practitioner_name).replace(
            "%4", appointment.type_name))
        what.setWordWrap(True)
        layout.addWidget(what)
        layout.addWidget(QLabel(self.tr("Reason (kept in the patient's history):")))
        self.reason_combo = QComboBox()
        self.reason_combo.setObjectName("cancel_reason")
        self.reason_combo.setEditable(True)
        self.reason_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.reason_combo.addItem("")
        for reason in (self.tr("Patient's request"), self.tr("Patient in hospital"),
                       self.tr("Cancelled by the practice"), self.tr("Booked by mistake")):
            self.reason_combo.addItem(reason)
        self.reason_combo.setCurrentIndex(0)
        self.reason_combo.editTextChanged.connect(self._update_button)
        layout.addWidget(self.reason_combo)
        self.error_label = message_label()
        layout.addWidget(self.error_label)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Cancel the appointment"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Keep it"))
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.reason_combo.setFocus()
        self._update_button()

    def reason(self) -> str:
        return self.reason_combo.currentText().strip()

    def set_reason(self, text: str) -> None:
        self.reason_combo.setEditText(text)

    def _update_button(self, *_: object) -> None:
        self.ok_button.setEnabled(bool(self.reason()))

    def submit(self) -> None:
        reason = self.reason()
        if not reason:
            return
        appointment_id = self.appointment.id
        self.ok_button.setEnabled(False)
        self.ctx.run(committed(lambda uow: cancel(uow, appointment_id, reason=reason)),
                     on_done=self._on_saved, on_error=self._on_failed)

    def _on_saved(self, info: AppointmentInfo) -> None:
        self.saved.emit(info)
        self.accept()

    def _on_failed(self, error: BaseException) -> None:
        self._update_button()
        show_message(self.error_label, self.ctx.describe(error))


class AppointmentHistoryDialog(QDialog):
    """A patient's appointments, newest first, with what became of each."""

    def __init__(self, ctx: AppContext, patient_id: uuid.UUID, patient_name: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.patient_id = patient_id
        self.setWindowTitle(self.tr("Appointments of %1").replace("%1", patient_name))
        self.resize(760, 420)
        layout = QVBoxLayout(self)
        self.error_label = message_label()
        layout.addWidget(self.error_label)
        self.model = PatientHistoryModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(PatientHistoryModel.SORT_ROLE)
        self.table = QTableView()
        self.table.setObjectName("history")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(PatientHistoryModel.WHEN, Qt.SortOrder.DescendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        layout.addWidget(self.table, 1)
        self.count_label = QLabel()
        layout.addWidget(self.count_label)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.reload()

    def reload(self) -> None:
        patient_id = self.patient_id
        self.ctx.run(lambda uow: patient_history(uow, patient_id), on_done=self._show,
                     on_error=lambda error: show_message(self.error_label, self.ctx.describe(error)))

    def _show(self, rows: list[AppointmentInfo]) -> None:
        self.model.set_rows(rows)
        self.count_label.setText(self.tr("Appointments: %1").replace("%1", str(len(rows))))
