"""The titulars' review: handovers to read and sign off (« Valider »), interns' notes to co-sign
(« Co-signer »), and the items a doctor has not acknowledged one working day after arriving
(site, practitioner, item, since). The counts are in the tab titles. The sign-off and the
co-signature are recorded with who and when."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from functools import partial
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout, QLabel, QPushButton, QSplitter, QTableView, QTabWidget, QTextBrowser, QVBoxLayout, QWidget,
)

from ...changes import Area
from ...clock import utcnow
from ...records.clinical_services import cosign_note, sign_off_handover
from ...security.permissions import Permission
from ...security.services import SessionUser
from ..context import AppContext
from .common import DialogHost, committed, message_label, run_for, show_message, sorted_table
from .data import NoteThread, ReviewData, load_review
from .documents import handover_html, thread_html
from .guide_dialog import CabinetGuideDialog
from .models import ROW_ROLE, CosignModel, EscalationModel, HandoverListModel, RowTableModel

RELOAD_AREAS = Area.CLINICAL | Area.PLANNING | Area.PATIENTS


class ReviewPage(DialogHost, QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None, *,
                 clock: Callable[[], datetime] = utcnow) -> None:
        super().__init__(parent)
        self.ctx = ctx
        #: "now" for the escalations (one working day after arriving); tests may set it
        self.clock = clock
        self.guide_dialog_factory: Callable[..., CabinetGuideDialog] = CabinetGuideDialog
        self.data: ReviewData | None = None
        self._seq = 0
        self._user_id = ctx.session_user.user.id if ctx.session_user else None
        self._build()
        ctx.session_changed.connect(self._session_changed)
        self._apply_permissions()
        self.reload()

    # --- building --------------------------------------------------------------------------
    def _build(self) -> None:
        self.handover_model = HandoverListModel(self)
        self.handover_table = self._table(self.handover_model, HandoverListModel.WRITTEN, Qt.SortOrder.DescendingOrder)
        self.handover_table.setColumnHidden(HandoverListModel.SITUATION, True)
        self.handover_view = QTextBrowser()
        self.sign_off_button = self._button(self.tr("Sign off"), self.sign_off_selected)
        self.note_model = CosignModel(self)
        self.note_table = self._table(self.note_model, CosignModel.WRITTEN)
        self.note_view = QTextBrowser()
        self.cosign_button = self._button(self.tr("Co-sign"), self.cosign_selected)
        self.escalation_model = EscalationModel(self)
        self.escalation_table = self._table(self.escalation_model, EscalationModel.SINCE)
        self.tabs = QTabWidget()
        self.tabs.addTab(self._pane(self.handover_table, self.handover_view, self.sign_off_button), "")
        self.tabs.addTab(self._pane(self.note_table, self.note_view, self.cosign_button), "")
        escalated = QWidget()
        column = QVBoxLayout(escalated)
        column.addWidget(QLabel(self.tr("Items the arriving doctor has not acknowledged one working day after "
                                        "arriving: call them, or see to it.")))
        column.addWidget(self.escalation_table, 1)
        self.tabs.addTab(escalated, "")
        self.guide_button = self._button(self.tr("Cabinet guide…"), self.edit_guide)
        self.reload_button = self._button(self.tr("Refresh"), self.reload)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("<b>Review</b>")))
        top.addStretch(1)
        top.addWidget(self.guide_button)
        top.addWidget(self.reload_button)
        self.message = message_label()
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.message)
        layout.addWidget(self.tabs, 1)
        self._set_titles()

    def _button(self, text: str, slot: Callable[[], Any]) -> QPushButton:
        button = QPushButton(text)
        button.clicked.connect(lambda _checked=False: slot())
        return button

    def _table(self, model: RowTableModel, column: int,
               order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> QTableView:
        table = sorted_table(self, model, column, order)
        table.selectionModel().currentRowChanged.connect(self._selection_changed)
        return table

    def _pane(self, table: QTableView, view: QTextBrowser, button: QPushButton) -> QWidget:
        pane = QWidget()
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(table)
        split.addWidget(view)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(button)
        layout = QVBoxLayout(pane)
        layout.addWidget(split, 1)
        layout.addLayout(buttons)
        return pane

    # --- permissions and the page contract -------------------------------------------------
    def _apply_permissions(self) -> None:
        self.setEnabled(self.ctx.can(Permission.HANDOVER_SIGN_OFF))
        self.guide_button.setVisible(self.ctx.can(Permission.CABINET_GUIDE_EDIT))
        self._selection_changed()

    def _selection_changed(self, *_: object) -> None:
        handover, note = self._current(self.handover_table), self._current(self.note_table)
        people = self.data.people if self.data else {}
        self.handover_view.setHtml(handover_html(handover, people) if handover else "")
        self.note_view.setHtml(thread_html(NoteThread(note.note)) if note else "")
        self.sign_off_button.setEnabled(handover is not None and self.ctx.can(Permission.HANDOVER_SIGN_OFF))
        self.cosign_button.setEnabled(note is not None and self.ctx.can(Permission.NOTE_CO_SIGN))

    def _set_titles(self) -> None:
        counts = (self.handover_model.rowCount(), self.note_model.rowCount(), self.escalation_model.rowCount())
        titles = (self.tr("Handovers to sign off (%1)"), self.tr("Notes to co-sign (%1)"),
                  self.tr("Not acknowledged (%1)"))
        for index, (title, count) in enumerate(zip(titles, counts)):
            self.tabs.setTabText(index, title.replace("%1", str(count)))

    def refresh(self, areas: Area) -> None:
        if areas & RELOAD_AREAS:
            self.reload()

    def clear(self) -> None:
        self._seq += 1
        self.data = None
        for model in (self.handover_model, self.note_model, self.escalation_model):
            model.clear()
        show_message(self.message, "")
        self._close_dialog()
        self._set_titles()
        self._selection_changed()

    def _session_changed(self, user: SessionUser | None) -> None:
        user_id = user.user.id if user is not None else None
        if user_id == self._user_id:
            return
        self._user_id = user_id
        self.clear()
        self._apply_permissions()
        if user is not None:
            self.reload()

    # --- loading ---------------------------------------------------------------------------
    def reload(self) -> None:
        if not self.ctx.can(Permission.HANDOVER_SIGN_OFF):
            return
        self._seq += 1
        now = self.clock()
        run_for(self, self.ctx, lambda uow: load_review(uow, now=now), on_done=partial(self._show, self._seq),
                on_error=self._failed)

    def _show(self, seq: int, data: ReviewData) -> None:
        if seq != self._seq:
            return
        self.data = data
        self.handover_model.set_rows(data.handovers)
        self.note_model.set_rows(data.notes)
        self.escalation_model.set_rows(data.escalated)
        self._set_titles()
        self._selection_changed()
        self.ctx.notify(Area.AUDIT)

    def _failed(self, error: BaseException) -> None:
        show_message(self.message, self.ctx.describe(error))

    # --- signing off, co-signing -----------------------------------------------------------
    @staticmethod
    def _current(table: QTableView) -> Any:
        index = table.currentIndex()
        return index.data(ROW_ROLE) if index.isValid() else None

    def sign_off_selected(self) -> None:
        row = self._current(self.handover_table)
        if row is not None:
            handover_id = row.handover.id
            run_for(self, self.ctx, committed(lambda uow: sign_off_handover(uow, handover_id)),
                    on_done=lambda _v: show_message(self.message, self.tr("Handover signed off."), error=False),
                    on_error=self._failed)

    def cosign_selected(self) -> None:
        row = self._current(self.note_table)
        if row is not None:
            note_id = row.note.id
            run_for(self, self.ctx, committed(lambda uow: cosign_note(uow, note_id)),
                    on_done=lambda _v: show_message(self.message, self.tr("Note co-signed."), error=False),
                    on_error=self._failed)

    def edit_guide(self) -> CabinetGuideDialog | None:
        if not self.ctx.can(Permission.CABINET_GUIDE_EDIT):
            return None
        return self._open_dialog(self.guide_dialog_factory(self.ctx, parent=self))
