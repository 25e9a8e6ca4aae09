"""A patient's clinical record: choose the patient (or find a note by its words), read the notes
in order — an amended note beside its amendments, each signed and dated, interns' notes marked
« à co-signer » —, write and sign a note (autosaved as a draft), correct one's own notes, see the
patient's open actions (« Nouvelle action… », « Clore… ») and hand the patient over (I-PASS,
« Transmission… »).

Opening a record is audited. :meth:`ClinicalRecordPage.clear` (lock, switch of user) saves the
note being typed as a draft first, then forgets the patient; the same person unlocking finds the
record and the draft again."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from functools import partial
from typing import Any

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import (
    QGroupBox, QHBoxLayout, QLabel, QPushButton, QSplitter, QTableView, QTextBrowser, QVBoxLayout, QWidget,
)

from ...changes import Area
from ...clock import today_paris
from ...security.permissions import Permission
from ...security.services import SessionUser
from ..context import AppContext
from .common import DialogHost, day_text, list_table, message_label, run_for, show_message
from .data import NoteThread, RecordData, load_record, next_working_day_after
from .dialogs import NewActionDialog, OutcomeDialog
from .documents import thread_html
from .handover_dialog import HandoverDialog
from .models import ROW_ROLE, NoteThreadModel, PackActionModel
from .note_editor import AUTOSAVE_MS, NoteEditor
from .search_panel import RecordSearchPanel

RELOAD_AREAS = Area.CLINICAL | Area.PATIENTS


class ClinicalRecordPage(DialogHost, QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None, *, autosave_ms: int = AUTOSAVE_MS) -> None:
        super().__init__(parent)
        self.ctx = ctx
        #: build the dialogs; tests may replace them to intercept the dialog
        self.handover_dialog_factory: Callable[..., HandoverDialog] = HandoverDialog
        self.action_dialog_factory: Callable[..., NewActionDialog] = NewActionDialog
        self.outcome_dialog_factory: Callable[..., OutcomeDialog] = OutcomeDialog
        self.record: RecordData | None = None
        self._seq = 0
        self._resume: uuid.UUID | None = None  # the record to reopen when the same person unlocks
        self._focus_item: uuid.UUID | None = None
        self._user_id = ctx.session_user.user.id if ctx.session_user else None
        self._build(autosave_ms)
        ctx.session_changed.connect(self._session_changed)
        self._apply_permissions()
        self.search.search_patients_now()

    # --- building --------------------------------------------------------------------------
    def _build(self, autosave_ms: int) -> None:
        self.search = RecordSearchPanel(self.ctx, self)
        self.search.patientChosen.connect(self.open_patient)
        self.header = QLabel()
        self.header.setObjectName("patient_header")
        self.handover_button = self._button(self.tr("Handover…"), self.new_handover)
        top = QHBoxLayout()
        top.addWidget(self.header, 1)
        top.addWidget(self.handover_button)
        self.message = message_label()
        self.editor = NoteEditor(self.ctx, self, autosave_ms=autosave_ms)
        self.editor.signed.connect(self._note_signed)
        editor_box = QGroupBox(self.tr("New note"))
        QVBoxLayout(editor_box).addWidget(self.editor)
        right = QSplitter(Qt.Orientation.Vertical)
        right.addWidget(self._notes_box())
        right.addWidget(editor_box)
        right.addWidget(self._actions_box())
        right.setSizes([340, 330, 150])
        record = QWidget()
        column = QVBoxLayout(record)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(top)
        column.addWidget(self.message)
        column.addWidget(right, 1)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.search)
        splitter.addWidget(record)
        splitter.setSizes([360, 1000])
        QVBoxLayout(self).addWidget(splitter)

    def _button(self, text: str, slot: Callable[[], Any]) -> QPushButton:
        button = QPushButton(text)
        button.clicked.connect(lambda _checked=False: slot())
        return button

    def _notes_box(self) -> QGroupBox:
        self.notes_group = QGroupBox(self.tr("Notes"))
        self.notes_model = NoteThreadModel(self)
        self.notes_table = list_table(self.notes_model, stretch=NoteThreadModel.STRETCH)
        self.notes_table.selectionModel().currentRowChanged.connect(self._thread_selected)
        self.note_view = QTextBrowser()
        self.amend_button = self._button(self.tr("Amend…"), self.amend_selected)
        self.amend_button.setToolTip(self.tr("Correct one of your own notes: the original stays readable"))
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self.notes_table)
        split.addWidget(self.note_view)
        split.setSizes([420, 520])
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.amend_button)
        layout = QVBoxLayout(self.notes_group)
        layout.addWidget(split, 1)
        layout.addLayout(buttons)
        return self.notes_group

    def _actions_box(self) -> QGroupBox:
        self.actions_group = QGroupBox(self.tr("Open actions and pending results"))
        self.actions_model = PackActionModel(self)
        self.actions_table: QTableView = list_table(self.actions_model, stretch=PackActionModel.STRETCH)
        for column in (PackActionModel.ACK, PackActionModel.PATIENT):
            self.actions_table.setColumnHidden(column, True)
        self.actions_table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.new_action_button = self._button(self.tr("New action…"), self.new_action)
        self.close_action_button = self._button(self.tr("Close…"), self.close_selected_action)
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_action_button)
        buttons.addWidget(self.close_action_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self.actions_group)
        layout.addWidget(self.actions_table, 1)
        layout.addLayout(buttons)
        return self.actions_group

    # --- permissions and the page contract -------------------------------------------------
    @property
    def own_practitioner_id(self) -> uuid.UUID | None:
        user = self.ctx.session_user
        return user.user.practitioner_id if user else None

    @property
    def patient_id(self) -> uuid.UUID | None:
        return self.record.patient.id if self.record else None

    def _apply_permissions(self) -> None:
        self.setEnabled(self.ctx.can(Permission.CLINICAL_READ))
        self._update_buttons()

    def _update_buttons(self, *_: object) -> None:
        write = self.ctx.can(Permission.CLINICAL_WRITE) and self.record is not None
        thread = self.selected_thread()
        self.amend_button.setEnabled(write and thread is not None
                                     and thread.latest.author_id == self.own_practitioner_id)
        self.handover_button.setEnabled(write and self.record is not None and self.record.site_id is not None)
        self.new_action_button.setEnabled(write and self.record is not None and self.record.site_id is not None)
        self.close_action_button.setEnabled(write and self._selected_action() is not None)

    def refresh(self, areas: Area) -> None:
        if self.record is not None and areas & RELOAD_AREAS:
            self._load(self.record.patient.id)
        elif self.record is None and self._resume is not None and areas & RELOAD_AREAS:
            self.open_patient(self._resume)  # the same person unlocked: back to their record
        if Area.PATIENTS in areas:
            self.search.search_patients_now()

    def clear(self) -> None:
        """Save the note being typed as a draft, then forget every patient datum on screen."""
        self.editor.flush_draft()
        self._resume = self.patient_id or self._resume
        self._seq += 1
        self.record = None
        self.editor.reset()
        self.search.clear()
        self.notes_model.clear()
        self.actions_model.clear()
        self.note_view.clear()
        self.header.clear()
        show_message(self.message, "")
        self._close_dialog()
        self._update_buttons()

    def _session_changed(self, user: SessionUser | None) -> None:
        user_id = user.user.id if user is not None else None
        if user_id == self._user_id:
            return
        self.clear()
        self._user_id = user_id
        self._resume = None
        self._apply_permissions()
        if user is not None:
            self.search.search_patients_now()

    # --- opening a record ------------------------------------------------------------------
    def open_patient(self, patient_id: uuid.UUID, item_id: uuid.UUID | None = None) -> None:
        """Open a patient's record (audited); ``item_id``: a note to select once shown."""
        if not self.ctx.can(Permission.CLINICAL_READ):
            return
        self._focus_item = item_id
        if patient_id == self.patient_id:
            self._select_item(item_id)
            return
        self.editor.flush_draft()  # the note typed for the previous patient is kept as a draft
        self.editor.reset()
        self._load(patient_id)

    def _load(self, patient_id: uuid.UUID) -> None:
        self._seq += 1
        user = self.ctx.session_user
        site_id = user.site_id if user else None
        run_for(self, self.ctx, lambda uow: load_record(uow, patient_id, site_id=site_id),
                on_done=partial(self._show, self._seq), on_error=self._failed)

    def _show(self, seq: int, record: RecordData) -> None:
        if seq != self._seq:
            return  # a newer load was started, or the screen was cleared meanwhile
        selected = self.selected_thread()
        same_patient = self.patient_id == record.patient.id
        self.record = record
        self._resume = None
        p = record.patient
        self.header.setText(self.tr("<b>%1</b> — born on %2").replace("%1", p.display_name).replace(
            "%2", day_text(p.birth_date)))
        self.notes_model.set_rows(record.threads)
        self.actions_model.today = today_paris()
        self.actions_model.set_rows(record.actions)
        self.notes_group.setTitle(self.tr("Notes (%1)").replace("%1", str(len(record.threads))))
        self.actions_group.setTitle(self.tr("Open actions and pending results (%1)").replace(
            "%1", str(len(record.actions))))
        if not same_patient or self.editor.patient_id != p.id:
            self.editor.set_patient(p.id, record.site_id, record.draft,
                                    writable=self.ctx.can(Permission.CLINICAL_WRITE))
        wanted = self._focus_item or (selected.original.id if selected and same_patient else None)
        if not self._select_item(wanted) and record.threads:
            self._select_row(len(record.threads) - 1)
        show_message(self.message, "")
        self._update_buttons()
        self.ctx.notify(Area.AUDIT)

    def _failed(self, error: BaseException) -> None:
        show_message(self.message, self.ctx.describe(error))

    # --- notes -----------------------------------------------------------------------------
    def selected_thread(self) -> NoteThread | None:
        index = self.notes_table.currentIndex()
        return index.data(ROW_ROLE) if index.isValid() else None

    def _select_row(self, row: int) -> None:
        index = self.notes_model.index(row, 0)
        self.notes_table.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
        self.notes_table.scrollTo(index)

    def _select_item(self, item_id: uuid.UUID | None) -> bool:
        """Select the thread holding a note (its original or an amendment)."""
        if item_id is None:
            return False
        for row, thread in enumerate(self.notes_model.rows()):
            if item_id in {thread.original.id, *(n.id for n in thread.amendments)}:
                self._select_row(row)
                return True
        return False

    def _thread_selected(self, *_: object) -> None:
        thread = self.selected_thread()
        self.note_view.setHtml(thread_html(thread) if thread else "")
        self._update_buttons()

    def amend_selected(self) -> bool:
        thread = self.selected_thread()
        if thread is None or thread.latest.author_id != self.own_practitioner_id:
            return False
        return self.editor.start_amendment(thread.latest)

    def _note_signed(self, _note: object) -> None:
        show_message(self.message, self.tr("Note signed."), error=False)

    # --- actions and handovers -------------------------------------------------------------
    def _selected_action(self) -> Any:
        rows = self.actions_table.selectionModel().selectedRows()
        return rows[0].data(ROW_ROLE) if rows else None

    def new_action(self) -> NewActionDialog | None:
        record = self.record
        if record is None or record.site_id is None or not self.ctx.can(Permission.CLINICAL_WRITE):
            return None
        dialog = self.action_dialog_factory(
            self.ctx, patient_id=record.patient.id, patient_name=record.patient.display_name,
            site_id=record.site_id, practitioners=record.practitioners, owner=self.own_practitioner_id,
            due=next_working_day_after(today_paris()), parent=self)
        return self._open_dialog(dialog)

    def close_selected_action(self) -> OutcomeDialog | None:
        row = self._selected_action()
        if row is None or not self.ctx.can(Permission.CLINICAL_WRITE):
            return None
        return self._open_dialog(self.outcome_dialog_factory(self.ctx, row=row, parent=self))

    def new_handover(self) -> HandoverDialog | None:
        record = self.record
        if record is None or record.site_id is None or not self.ctx.can(Permission.CLINICAL_WRITE):
            return None
        dialog = self.handover_dialog_factory(
            self.ctx, patient_id=record.patient.id, patient_name=record.patient.display_name,
            site_id=record.site_id, practitioners=record.practitioners, own_id=self.own_practitioner_id,
            due=next_working_day_after(today_paris()), parent=self)
        dialog.saved.connect(lambda _info: show_message(self.message, self.tr("Handover sent."), error=False))
        return self._open_dialog(dialog)
