"""The left side of the clinical record: choose a patient (search as you type: name, birth date
or NIR) or search the records' full text (notes and handovers, accents ignored; audited). Both
say which patient to open with :attr:`RecordSearchPanel.patientChosen`."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from functools import partial

from PySide6.QtCore import QModelIndex, QSortFilterProxyModel, Qt, QTimer, Signal
from PySide6.QtWidgets import QLabel, QLineEdit, QTabWidget, QVBoxLayout, QWidget

from ...changes import Area
from ...records.clinical_services import SearchHit
from ...records.services import PatientInfo, search_patients
from ...security.permissions import Permission
from ..context import AppContext
from ..patients.model import PatientTableModel
from .common import list_table, message_label, run_for, show_message
from .data import search_records
from .models import ROW_ROLE, SearchHitModel

SEARCH_DELAY_MS = 200
PATIENT_LIMIT = 100


class RecordSearchPanel(QWidget):
    #: a patient to open, and the note or handover a search hit points to (or None)
    patientChosen = Signal(object, object)  # noqa: N815 - Qt's naming

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._patient_seq = 0
        self._hit_seq = 0
        self._patient_timer = self._timer(self.search_patients_now)
        self._hit_timer = self._timer(self.search_records_now)
        self.tabs = QTabWidget()
        self.tabs.addTab(self._patients_tab(), self.tr("Patients"))
        self.tabs.addTab(self._records_tab(), self.tr("Search the records"))
        self.message = message_label()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.message)

    def _timer(self, slot) -> QTimer:  # noqa: ANN001 - a bound method
        timer = QTimer(self)
        timer.setSingleShot(True)
        timer.setInterval(SEARCH_DELAY_MS)
        timer.timeout.connect(slot)
        return timer

    def _patients_tab(self) -> QWidget:
        tab = QWidget()
        self.patient_box = QLineEdit()
        self.patient_box.setPlaceholderText(self.tr("Patient: name, birth date (dd/mm/yyyy) or NIR"))
        self.patient_box.setClearButtonEnabled(True)
        self.patient_box.textChanged.connect(self._patient_timer.start)
        self.patient_box.returnPressed.connect(self._open_first_patient)
        self.patient_model = PatientTableModel(self)
        proxy = QSortFilterProxyModel(self)
        proxy.setSourceModel(self.patient_model)
        proxy.setSortRole(PatientTableModel.SORT_ROLE)
        self.patient_table = list_table(proxy, stretch=(PatientTableModel.NAME, PatientTableModel.FIRST_NAMES))
        self.patient_table.setSortingEnabled(True)
        self.patient_table.sortByColumn(PatientTableModel.NAME, Qt.SortOrder.AscendingOrder)
        for column in (PatientTableModel.SEX, PatientTableModel.NIR, PatientTableModel.CITY, PatientTableModel.PHONE):
            self.patient_table.setColumnHidden(column, True)
        self.patient_table.activated.connect(self._patient_activated)
        self.patient_table.clicked.connect(self._patient_activated)
        layout = QVBoxLayout(tab)
        layout.addWidget(self.patient_box)
        layout.addWidget(self.patient_table, 1)
        return tab

    def _records_tab(self) -> QWidget:
        tab = QWidget()
        self.hit_box = QLineEdit()
        self.hit_box.setPlaceholderText(self.tr("Words in the notes and handovers (accents ignored)"))
        self.hit_box.setClearButtonEnabled(True)
        self.hit_box.textChanged.connect(self._hit_timer.start)
        self.hit_box.returnPressed.connect(self.search_records_now)
        self.hit_model = SearchHitModel(self)
        self.hit_table = list_table(self.hit_model, stretch=SearchHitModel.STRETCH)
        self.hit_table.setWordWrap(True)
        self.hit_table.activated.connect(self._hit_activated)
        self.hit_table.clicked.connect(self._hit_activated)
        self.hit_count = QLabel()
        layout = QVBoxLayout(tab)
        layout.addWidget(self.hit_box)
        layout.addWidget(self.hit_table, 1)
        layout.addWidget(self.hit_count)
        return tab

    # --- searching -------------------------------------------------------------------------
    def search_patients_now(self) -> None:
        self._patient_timer.stop()
        if not self.ctx.can(Permission.PATIENT_READ):
            return
        self._patient_seq += 1
        text = self.patient_box.text()
        run_for(self, self.ctx, lambda uow: search_patients(uow, text, limit=PATIENT_LIMIT),
                on_done=partial(self._show_patients, self._patient_seq), on_error=self._failed)

    def _show_patients(self, seq: int, patients: Sequence[PatientInfo]) -> None:
        if seq == self._patient_seq:
            self.patient_model.set_rows(patients)
            show_message(self.message, "")

    def search_records_now(self) -> None:
        self._hit_timer.stop()
        text = self.hit_box.text()
        self._hit_seq += 1
        if not text.strip() or not self.ctx.can(Permission.CLINICAL_READ):
            self.hit_model.clear()
            self.hit_count.clear()
            return
        run_for(self, self.ctx, lambda uow: search_records(uow, text),
                on_done=partial(self._show_hits, self._hit_seq), on_error=self._failed)

    def _show_hits(self, seq: int, hits: Sequence[SearchHit]) -> None:
        if seq != self._hit_seq:
            return
        self.hit_model.set_rows(hits)
        self.hit_table.resizeRowsToContents()
        self.hit_count.setText(self.tr("Found: %1").replace("%1", str(len(hits))))
        self.ctx.notify(Area.AUDIT)

    def _failed(self, error: BaseException) -> None:
        show_message(self.message, self.ctx.describe(error))

    # --- choosing --------------------------------------------------------------------------
    def _patient_activated(self, index: QModelIndex) -> None:
        patient = index.data(PatientTableModel.ROW_ROLE)
        if patient is not None:
            self.patientChosen.emit(patient.id, None)

    def _open_first_patient(self) -> None:
        self.search_patients_now()
        if self.patient_table.model().rowCount() == 1:
            self._patient_activated(self.patient_table.model().index(0, 0))

    def _hit_activated(self, index: QModelIndex) -> None:
        hit = index.data(ROW_ROLE)
        if hit is not None:
            self.patientChosen.emit(hit.patient_id, hit.item_id)

    def choose_patient(self, patient_id: uuid.UUID) -> None:
        self.patientChosen.emit(patient_id, None)

    def clear(self) -> None:
        self._patient_seq += 1
        self._hit_seq += 1
        self._patient_timer.stop()
        self._hit_timer.stop()
        for box in (self.patient_box, self.hit_box):
            box.blockSignals(True)
            box.clear()
            box.blockSignals(False)
        self.patient_model.clear()
        self.hit_model.clear()
        self.hit_count.clear()
        show_message(self.message, "")

