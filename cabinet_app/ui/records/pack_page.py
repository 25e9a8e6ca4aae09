"""The rotation's handover pack on screen: for a site and a day (this PC's site — or the site of
the doctor's rotation — and today), the cabinet guide, the patients to watch, the open actions
(due and overdue highlighted) and pending results, and the handovers received. The incoming
doctor acknowledges each item (« Pris en compte »), closes what is done (« Clore… », with the
outcome), and acknowledges each handover with a synthesis (« Reformulez ou confirmez »); the
counter says what is left. « Imprimer… » saves the pack as a PDF.

:func:`pack_needs_attention` tells the main window to open this page first when a doctor logs in
on a new rotation with items left to acknowledge."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import date
from functools import partial
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QComboBox, QDateEdit, QFileDialog, QGroupBox, QHBoxLayout, QLabel, QPushButton, QSplitter, QTableView,
    QTextBrowser, QVBoxLayout, QWidget,
)

from ...changes import Area, Changed
from ...clock import today_paris
from ...db import UnitOfWork
from ...records.handover_pack import acknowledge_item
from ...security.permissions import Permission
from ...security.services import SessionUser
from ..context import AppContext
from .common import (
    DialogHost, committed, day_text, fill_sites, message_label, moment_text, run_for, show_message, sorted_table,
)
from .data import ActionRow, HandoverRow, PackView, load_pack, rotation_site, write_pack_pdf
from .dialogs import OutcomeDialog, SynthesisDialog
from .documents import guide_html
from .guide_dialog import CabinetGuideDialog
from .models import ROW_ROLE, HandoverListModel, PackActionModel, RowTableModel

RELOAD_AREAS = Area.CLINICAL | Area.PLANNING | Area.PATIENTS | Area.SITES
COUNTER_STYLE = "font-weight: bold; padding: 4px 8px; border-radius: 4px; background: %s;"


def pack_needs_attention(ctx: AppContext, day: date | None = None) -> bool:
    """True when the person logged in is a practitioner arriving at a site today (from the rota)
    with items of the pack left to acknowledge: the main window then opens the pack first."""
    user = ctx.session_user
    if user is None or user.user.practitioner_id is None or not ctx.can(Permission.CLINICAL_READ):
        return False
    with ctx.uow() as uow:
        return rotation_site(uow, user.user.practitioner_id, day or today_paris(), user.site_id) is not None


class HandoverPackPage(DialogHost, QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None, *, day: date | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        #: build the dialogs; tests may replace them to intercept the dialog
        self.outcome_dialog_factory: Callable[..., OutcomeDialog] = OutcomeDialog
        self.synthesis_dialog_factory: Callable[..., SynthesisDialog] = SynthesisDialog
        self.guide_dialog_factory: Callable[..., CabinetGuideDialog] = CabinetGuideDialog
        self.view: PackView | None = None
        self.day = day or today_paris()
        self._site_id: uuid.UUID | None = None
        self._seq = 0
        self._user_id = ctx.session_user.user.id if ctx.session_user else None
        self._build()
        ctx.session_changed.connect(self._session_changed)
        self._apply_permissions()
        self.reload()

    # --- building --------------------------------------------------------------------------
    def _build(self) -> None:
        self.site_combo = QComboBox()
        self.site_combo.setAccessibleName(self.tr("Site"))
        self.site_combo.activated.connect(self._site_chosen)
        self.day_edit = QDateEdit(QDate(self.day.year, self.day.month, self.day.day))
        self.day_edit.setDisplayFormat("dd/MM/yyyy")
        self.day_edit.setCalendarPopup(True)
        self.day_edit.dateChanged.connect(self._day_chosen)
        self.counter_label = QLabel()
        self.counter_label.setObjectName("pack_counter")
        self.print_button = self._button(self.tr("Print…"), self.print_pack)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("<b>Handover pack</b>")))
        top.addWidget(self.site_combo)
        top.addWidget(self.day_edit)
        top.addStretch(1)
        top.addWidget(self.counter_label)
        top.addWidget(self.print_button)
        self.rotation_label = QLabel()
        self.rotation_label.setWordWrap(True)
        self.message = message_label()
        left = QSplitter(Qt.Orientation.Vertical)
        left.addWidget(self._guide_box())
        left.addWidget(self._watch_box())
        left.setSizes([320, 400])
        right = QSplitter(Qt.Orientation.Vertical)
        right.addWidget(self._received_box())
        right.addWidget(self._actions_box("actions"))
        right.addWidget(self._actions_box("pending"))
        right.setSizes([330, 220, 170])
        columns = QSplitter(Qt.Orientation.Horizontal)
        columns.addWidget(left)
        columns.addWidget(right)
        columns.setSizes([560, 840])
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.rotation_label)
        layout.addWidget(self.message)
        layout.addWidget(columns, 1)

    def _button(self, text: str, slot: Callable[[], Any]) -> QPushButton:
        button = QPushButton(text)
        button.clicked.connect(lambda _checked=False: slot())
        return button

    def _table(self, model: RowTableModel, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder, *,
               multi: bool = False) -> QTableView:
        table = sorted_table(self, model, column, order, multi=multi)
        table.selectionModel().selectionChanged.connect(self._update_buttons)
        return table

    def _guide_box(self) -> QGroupBox:
        self.guide_group = QGroupBox()
        self.guide_view = QTextBrowser()
        self.guide_ack_button = self._button(self.tr("Acknowledged"), self.acknowledge_guide)
        self.guide_edit_button = self._button(self.tr("Edit the guide…"), self.edit_guide)
        buttons = QHBoxLayout()
        buttons.addWidget(self.guide_ack_button)
        buttons.addStretch(1)
        buttons.addWidget(self.guide_edit_button)
        layout = QVBoxLayout(self.guide_group)
        layout.addWidget(self.guide_view, 1)
        layout.addLayout(buttons)
        return self.guide_group

    def _watch_box(self) -> QGroupBox:
        self.watch_group = QGroupBox()
        self.watch_model = HandoverListModel(self)
        self.watch_table = self._table(self.watch_model, HandoverListModel.SEVERITY, Qt.SortOrder.DescendingOrder)
        for column in (HandoverListModel.ACK, HandoverListModel.WRITTEN, HandoverListModel.AUTHOR):
            self.watch_table.setColumnHidden(column, True)
        self.watch_table.doubleClicked.connect(lambda index: self._open_handover(index.data(ROW_ROLE), read_only=True))
        QVBoxLayout(self.watch_group).addWidget(self.watch_table)
        return self.watch_group

    def _received_box(self) -> QGroupBox:
        self.received_group = QGroupBox()
        self.received_model = HandoverListModel(self, bold_unacknowledged=True)
        self.received_table = self._table(self.received_model, HandoverListModel.WRITTEN,
                                          Qt.SortOrder.DescendingOrder)
        self.received_table.setColumnHidden(HandoverListModel.SITUATION, True)
        self.received_table.doubleClicked.connect(lambda index: self._open_handover(index.data(ROW_ROLE)))
        self.synthesis_button = self._button(self.tr("Restate or confirm…"), self.acknowledge_selected_handover)
        buttons = QHBoxLayout()
        buttons.addWidget(self.synthesis_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self.received_group)
        layout.addWidget(self.received_table, 1)
        layout.addLayout(buttons)
        return self.received_group

    def _actions_box(self, which: str) -> QGroupBox:
        group = QGroupBox()
        model = PackActionModel(self, today=self.day)
        table = self._table(model, PackActionModel.DUE, multi=True)
        ack = self._button(self.tr("Acknowledged"), partial(self.acknowledge_selected, which))
        close = self._button(self.tr("Close…"), partial(self.close_selected, which))
        buttons = QHBoxLayout()
        buttons.addWidget(ack)
        buttons.addWidget(close)
        buttons.addStretch(1)
        layout = QVBoxLayout(group)
        layout.addWidget(table, 1)
        layout.addLayout(buttons)
        if which == "actions":
            self.actions_group, self.actions_model, self.actions_table = group, model, table
            self.actions_ack_button, self.actions_close_button = ack, close
        else:
            self.pending_group, self.pending_model, self.pending_table = group, model, table
            self.pending_ack_button, self.pending_close_button = ack, close
        return group

    # --- permissions and the page contract -------------------------------------------------
    @property
    def own_practitioner_id(self) -> uuid.UUID | None:
        user = self.ctx.session_user
        return user.user.practitioner_id if user else None

    @property
    def is_incoming(self) -> bool:
        pack = self.view.pack if self.view else None
        return bool(pack and pack.incoming_id and pack.incoming_id == self.own_practitioner_id)

    def _apply_permissions(self) -> None:
        self.setEnabled(self.ctx.can(Permission.CLINICAL_READ))
        self.guide_edit_button.setVisible(self.ctx.can(Permission.CABINET_GUIDE_EDIT))
        self._update_buttons()

    def _update_buttons(self, *_: object) -> None:
        write = self.ctx.can(Permission.CLINICAL_WRITE) and self.view is not None and self.view.pack is not None
        mine = write and self.is_incoming
        self.guide_ack_button.setEnabled(mine and not (self.view and self.view.guide_acknowledged))
        for table, ack, close in ((self.actions_table, self.actions_ack_button, self.actions_close_button),
                                  (self.pending_table, self.pending_ack_button, self.pending_close_button)):
            rows = self._selected(table)
            ack.setEnabled(mine and any(not r.acknowledged for r in rows))
            close.setEnabled(write and len(rows) == 1)
        received = self._selected(self.received_table)
        self.synthesis_button.setEnabled(write and len(received) == 1 and not received[0].acknowledged)
        self.print_button.setEnabled(self.view is not None and self.view.pack is not None)

    def refresh(self, areas: Area) -> None:
        if areas & RELOAD_AREAS:
            self.reload()

    def clear(self) -> None:
        """Forget every patient datum on screen (lock, switch of user)."""
        self._seq += 1
        self.view = None
        for model in (self.watch_model, self.received_model, self.actions_model, self.pending_model):
            model.clear()
        self.guide_view.clear()
        self.rotation_label.clear()
        self.counter_label.clear()
        self.counter_label.setStyleSheet("")
        show_message(self.message, "")
        self._set_titles()
        self._close_dialog()
        self._update_buttons()

    def _session_changed(self, user: SessionUser | None) -> None:
        user_id = user.user.id if user is not None else None
        if user_id == self._user_id:
            return
        self._user_id = user_id
        self._site_id = None
        self.clear()
        self._apply_permissions()
        if user is not None:
            self.reload()

    # --- loading ---------------------------------------------------------------------------
    def reload(self) -> None:
        if not self.ctx.can(Permission.CLINICAL_READ):
            return
        self._seq += 1
        site_id, day, me = self._site_id, self.day, self.own_practitioner_id
        run_for(self, self.ctx, lambda uow: load_pack(uow, site_id=site_id, day=day, practitioner_id=me),
                on_done=partial(self._show, self._seq), on_error=self._failed)

    def _show(self, seq: int, view: PackView) -> None:
        if seq != self._seq:
            return  # a newer load was started, or the screen was cleared meanwhile
        self.view = view
        self._site_id = view.site_id
        self._fill_sites(view)
        pack = view.pack
        for model in (self.actions_model, self.pending_model):
            model.today = view.day
        self.watch_model.set_rows(view.watch)
        self.received_model.set_rows(view.received)
        self.actions_model.set_rows(view.actions)
        self.pending_model.set_rows(view.pending)
        self.guide_view.setHtml(guide_html(pack.guide) if pack else "")
        self.rotation_label.setText(self._rotation_text(view))
        self._show_counter(view)
        self._set_titles()
        self._update_buttons()
        self.ctx.notify(Area.AUDIT)

    def _fill_sites(self, view: PackView) -> None:
        fill_sites(self.site_combo, view.sites, view.site_id)

    def _rotation_text(self, view: PackView) -> str:
        pack = view.pack
        if pack is None:
            return ""
        if pack.incoming_id is None:
            return self.tr("Nobody is on the rota at this site that day: the items are shown, nobody acknowledges "
                           "them.")
        text = self.tr("Arriving: %1 (since %2) — leaving: %3").replace("%1", pack.incoming_name).replace(
            "%2", moment_text(pack.incoming_since) if pack.incoming_since else "—").replace(
            "%3", pack.outgoing_name or "—")
        if not self.is_incoming:
            text += "\n" + self.tr("This is %1's pack: only they acknowledge its items.").replace(
                "%1", pack.incoming_name)
        return text

    def _show_counter(self, view: PackView) -> None:
        left = view.unacknowledged
        if view.pack is None:
            self.counter_label.clear()
            self.counter_label.setStyleSheet("")
            return
        if left:
            self.counter_label.setText(self.tr("To acknowledge: %1").replace("%1", str(left)))
            self.counter_label.setStyleSheet(COUNTER_STYLE % "#ffe8b3")
        else:
            self.counter_label.setText(self.tr("All acknowledged"))
            self.counter_label.setStyleSheet(COUNTER_STYLE % "#d4edda")

    def _set_titles(self) -> None:
        view = self.view
        guide_state = ""
        if view is not None and view.pack is not None:
            guide_state = self.tr(" — acknowledged") if view.guide_acknowledged else self.tr(" — to acknowledge")
        self.guide_group.setTitle(self.tr("Cabinet guide") + guide_state)
        waiting = sum(not r.acknowledged for r in self.received_model.rows())
        self.watch_group.setTitle(self.tr("Patients to watch (%1)").replace("%1", str(self.watch_model.rowCount())))
        self.received_group.setTitle(self.tr("Handovers received (%1, %2 without synthesis)").replace(
            "%1", str(self.received_model.rowCount())).replace("%2", str(waiting)))
        self.actions_group.setTitle(self.tr("Open actions (%1)").replace("%1", str(self.actions_model.rowCount())))
        self.pending_group.setTitle(self.tr("Pending results (%1)").replace("%1", str(self.pending_model.rowCount())))

    def _failed(self, error: BaseException) -> None:
        show_message(self.message, self.ctx.describe(error))

    def _site_chosen(self, _index: int) -> None:
        self._site_id = self.site_combo.currentData()
        self.reload()

    def _day_chosen(self, value: QDate) -> None:
        self.day = date(value.year(), value.month(), value.day())
        self.reload()

    # --- acknowledging, closing ------------------------------------------------------------
    @staticmethod
    def _selected(table: QTableView) -> list[Any]:
        return [index.data(ROW_ROLE) for index in table.selectionModel().selectedRows()]

    def _acknowledge(self, kind: str, item_ids: list[uuid.UUID]) -> None:
        site_id = self._site_id

        def task(uow: UnitOfWork) -> Changed[None]:
            areas = Area.NONE
            for item_id in item_ids:
                areas |= acknowledge_item(uow, site_id=site_id, kind=kind, item_id=item_id).areas
            return Changed(None, areas)

        run_for(self, self.ctx, committed(task), on_error=self._failed)

    def acknowledge_guide(self) -> None:
        if self.view is not None and self.view.site_id is not None:
            self._acknowledge("guide", [self.view.site_id])

    def acknowledge_selected(self, which: str) -> None:
        table = self.actions_table if which == "actions" else self.pending_table
        rows: list[ActionRow] = [r for r in self._selected(table) if not r.acknowledged]
        if rows:
            self._acknowledge("action", [r.action.id for r in rows])

    def close_selected(self, which: str) -> OutcomeDialog | None:
        rows = self._selected(self.actions_table if which == "actions" else self.pending_table)
        if len(rows) != 1:
            return None
        return self._open_dialog(self.outcome_dialog_factory(self.ctx, row=rows[0], parent=self))

    def acknowledge_selected_handover(self) -> SynthesisDialog | None:
        rows = self._selected(self.received_table)
        return self._open_handover(rows[0]) if len(rows) == 1 else None

    def _open_handover(self, row: HandoverRow | None, *, read_only: bool = False) -> SynthesisDialog | None:
        """A received handover to acknowledge with a synthesis (or only to read)."""
        if row is None or self.view is None:
            return None
        read_only = read_only or row.acknowledged or not self.ctx.can(Permission.CLINICAL_WRITE)
        dialog = self.synthesis_dialog_factory(self.ctx, row=row, people=self.view.people, read_only=read_only,
                                               parent=self)
        return self._open_dialog(dialog)

    def edit_guide(self) -> CabinetGuideDialog | None:
        if not self.ctx.can(Permission.CABINET_GUIDE_EDIT):
            return None
        return self._open_dialog(self.guide_dialog_factory(self.ctx, site_id=self._site_id, parent=self))

    # --- printing --------------------------------------------------------------------------
    def ask_save_path(self) -> str:
        """The file chosen ("" when the person gave up), ending in .pdf."""
        name = self.tr("handover-pack-%1.pdf").replace("%1", self.day.isoformat())
        path, _chosen = QFileDialog.getSaveFileName(self, self.tr("Print the handover pack"), str(Path.home() / name),
                                                    self.tr("PDF documents (*.pdf)"))
        if path and not path.lower().endswith(".pdf"):
            path += ".pdf"
        return path

    def print_pack(self) -> None:
        if self.view is None or self.view.site_id is None:
            return
        path = self.ask_save_path()
        if not path:
            return
        site_id, day = self.view.site_id, self.day
        run_for(self, self.ctx, lambda uow: write_pack_pdf(uow, site_id, day, path),
                on_done=self._printed, on_error=self._failed)

    def _printed(self, path: str) -> None:
        show_message(self.message, self.tr("Pack saved in %1 (%2).").replace("%1", path).replace(
            "%2", day_text(self.day)), error=False)
        self.ctx.notify(Area.AUDIT)
