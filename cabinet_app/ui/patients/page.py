"""The patient list: search as you type, open (audited) and edit, create.

Searches run through the context's runner; a result that arrives after a newer search, or after
the screen was cleared (lock, switch user), is dropped, so no patient datum reappears behind a
locked screen. The main window calls :meth:`PatientsPage.refresh` with what changed and
:meth:`PatientsPage.clear` when it locks.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from functools import partial

from PySide6.QtCore import QEvent, QItemSelectionModel, QModelIndex, QObject, QSortFilterProxyModel, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...changes import Area
from ...planning.services import PractitionerInfo, list_practitioners
from ...records.services import PatientInfo, open_patient, search_patients
from ...security.permissions import Permission
from ...security.services import SessionUser
from ..context import AppContext
from .dialog import ERROR_STYLE, PatientDialog
from .model import PatientTableModel

SEARCH_DELAY_MS = 150
SEARCH_LIMIT = 200

DialogFactory = Callable[..., PatientDialog]


def _open_for_editing(patient_id: uuid.UUID, uow) -> tuple[PatientInfo, list[PractitionerInfo]]:
    """Open the record (the audit row is committed at once) and list the possible GPs."""
    patient = open_patient(uow, patient_id)
    practitioners = list_practitioners(uow)
    uow.commit()
    return patient, practitioners


class PatientsPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        #: builds the patient dialog; tests may replace it to intercept the dialog
        self.dialog_factory: DialogFactory = PatientDialog
        self.dialog: PatientDialog | None = None
        self._search_seq = 0
        self._epoch = 0
        self._select_after_load: uuid.UUID | None = None
        self._user_id = ctx.session_user.user.id if ctx.session_user else None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.search_now)
        self._build()
        ctx.session_changed.connect(self._session_changed)
        self._apply_permissions()
        if ctx.can(Permission.PATIENT_READ):
            self.search_now()

    # --- building --------------------------------------------------------------------------
    def _build(self) -> None:
        self.search_box = QLineEdit()
        self.search_box.setPlaceholderText(self.tr("Search: name, birth date (dd/mm/yyyy) or NIR"))
        self.search_box.setClearButtonEnabled(True)
        self.search_box.textChanged.connect(self._timer.start)
        self.search_box.returnPressed.connect(self.search_now)
        self.new_button = QPushButton(self.tr("New patient"))
        self.new_button.clicked.connect(self.new_patient)
        self.edit_button = QPushButton(self.tr("Edit"))
        self.edit_button.clicked.connect(self.open_selected)
        top = QHBoxLayout()
        top.addWidget(self.search_box, 1)
        top.addWidget(self.new_button)
        top.addWidget(self.edit_button)

        self.model = PatientTableModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(PatientTableModel.SORT_ROLE)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(PatientTableModel.NAME, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        # double-click, and Enter through the event filter ("activated" varies by platform)
        self.table.doubleClicked.connect(self._activated)
        self.table.installEventFilter(self)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)

        self.count_label = QLabel()
        self.message_label = QLabel()
        self.message_label.setStyleSheet(ERROR_STYLE)
        self.message_label.setWordWrap(True)
        self.message_label.hide()
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.message_label)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count_label)

    def _apply_permissions(self) -> None:
        readable = self.ctx.can(Permission.PATIENT_READ)
        writable = self.ctx.can(Permission.PATIENT_WRITE)
        self.search_box.setEnabled(readable)
        self.table.setEnabled(readable)
        self.new_button.setVisible(writable)
        self.edit_button.setVisible(readable)
        self.edit_button.setText(self.tr("Edit") if writable else self.tr("Open"))
        self._update_buttons()

    def _update_buttons(self, *_: object) -> None:
        self.edit_button.setEnabled(self.selected_patient() is not None)

    # --- what the main window calls --------------------------------------------------------
    def refresh(self, areas: Area) -> None:
        """Reload the list when patients changed."""
        if Area.PATIENTS in areas and self.ctx.can(Permission.PATIENT_READ):
            self.search_now()

    def clear(self) -> None:
        """Forget every patient datum on screen: the list, the search, an open form."""
        self._search_seq += 1
        self._epoch += 1
        self._timer.stop()
        self.search_box.blockSignals(True)
        self.search_box.clear()
        self.search_box.blockSignals(False)
        self.model.clear()
        self.count_label.clear()
        self._show_message("")
        self._select_after_load = None
        self._close_dialog()

    def _session_changed(self, user: SessionUser | None) -> None:
        """Another person (or nobody): forget what the previous one saw. The same person again
        (unlocking) changes nothing here: the main window refreshes the pages."""
        user_id = user.user.id if user is not None else None
        if user_id == self._user_id:
            return
        self._user_id = user_id
        self.clear()
        self._apply_permissions()
        if user is not None and self.ctx.can(Permission.PATIENT_READ):
            self.search_now()

    # --- searching -------------------------------------------------------------------------
    def search_now(self) -> None:
        self._timer.stop()
        self._search_seq += 1
        text = self.search_box.text()
        self.ctx.run(lambda uow: search_patients(uow, text, limit=SEARCH_LIMIT),
                     on_done=partial(self._show_results, self._search_seq), on_error=self._failed)

    def _show_results(self, seq: int, patients: Sequence[PatientInfo]) -> None:
        if seq != self._search_seq:
            return  # a newer search was started, or the screen was cleared meanwhile
        current = self.selected_patient()
        wanted = self._select_after_load or (current.id if current else None)
        self._select_after_load = None
        self.model.set_rows(patients)
        if wanted is not None:
            self.select_patient(wanted)
        if len(patients) >= SEARCH_LIMIT:
            text = self.tr("The first %1 patients are shown: refine the search.")
        else:
            text = self.tr("Patients found: %1")
        self.count_label.setText(text.replace("%1", str(len(patients))))
        self._show_message("")
        self._update_buttons()

    def _failed(self, error: BaseException) -> None:
        self._show_message(self.ctx.describe(error))

    def _show_message(self, text: str) -> None:
        self.message_label.setText(text)
        self.message_label.setVisible(bool(text))

    # --- selection -------------------------------------------------------------------------
    def selected_patient(self) -> PatientInfo | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        return rows[0].data(PatientTableModel.ROW_ROLE)

    def select_patient(self, patient_id: uuid.UUID) -> bool:
        row = self.model.row_of(patient_id)
        if row is None:
            return False
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        self.table.selectionModel().select(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
        self.table.setCurrentIndex(index)
        self.table.scrollTo(index)
        return True

    # --- opening and creating --------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if (watched is self.table and event.type() == QEvent.Type.KeyPress
                and isinstance(event, QKeyEvent)
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)):
            self.open_selected()
            return True
        return super().eventFilter(watched, event)

    def _activated(self, index: QModelIndex) -> None:
        patient = index.data(PatientTableModel.ROW_ROLE)
        if patient is not None:
            self.open_patient(patient.id)

    def open_selected(self) -> None:
        patient = self.selected_patient()
        if patient is not None:
            self.open_patient(patient.id)

    def open_patient(self, patient_id: uuid.UUID) -> None:
        """Open the record (audited), then show it in the form."""
        epoch = self._epoch

        def opened(result: tuple[PatientInfo, list[PractitionerInfo]]) -> None:
            self.ctx.notify(Area.AUDIT)
            if epoch == self._epoch:
                patient, practitioners = result
                self._show_dialog(patient, practitioners)

        self.ctx.run(partial(_open_for_editing, patient_id), on_done=opened, on_error=self._failed)

    def new_patient(self) -> None:
        if not self.ctx.can(Permission.PATIENT_WRITE):
            return
        epoch = self._epoch

        def listed(practitioners: list[PractitionerInfo]) -> None:
            if epoch == self._epoch:
                self._show_dialog(None, practitioners)

        self.ctx.run(list_practitioners, on_done=listed, on_error=self._failed)

    def _show_dialog(self, patient: PatientInfo | None, practitioners: list[PractitionerInfo]) -> None:
        self._close_dialog()
        user = self.ctx.session_user
        dialog = self.dialog_factory(
            self.ctx, patient=patient, practitioners=practitioners,
            site_id=user.site_id if user else None,
            read_only=not self.ctx.can(Permission.PATIENT_WRITE), parent=self)
        dialog.saved.connect(self._saved)
        dialog.finished.connect(partial(self._dialog_finished, dialog))
        self.dialog = dialog
        dialog.open()

    def _saved(self, patient: PatientInfo) -> None:
        self._show_message("")
        if not self.select_patient(patient.id):
            self._select_after_load = patient.id

    def _dialog_finished(self, dialog: PatientDialog, _result: int) -> None:
        if self.dialog is dialog:
            self.dialog = None
        dialog.deleteLater()

    def _close_dialog(self) -> None:
        dialog, self.dialog = self.dialog, None
        if dialog is not None:
            dialog.reject()
            dialog.deleteLater()
