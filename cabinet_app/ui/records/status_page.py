"""What the secretary may know of the handovers of a site: that one exists, for which patient,
by whom, when, and whether the receiving doctor acknowledged it — never its clinical content.
« Guide du cabinet… » opens the site's guide, which the secretary maintains."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import date
from functools import partial

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QComboBox, QDateEdit, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ...changes import Area
from ...security.permissions import Permission
from ...security.services import SessionUser
from ..context import AppContext
from .common import DialogHost, fill_sites, message_label, run_for, show_message, sorted_table
from .data import StatusData, load_statuses, status_period_start
from .guide_dialog import CabinetGuideDialog
from .models import HandoverStatusModel

RELOAD_AREAS = Area.CLINICAL | Area.PATIENTS | Area.SITES


class HandoverStatusPage(DialogHost, QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None, *, since: date | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.guide_dialog_factory: Callable[..., CabinetGuideDialog] = CabinetGuideDialog
        self.since = since or status_period_start()
        self._site_id: uuid.UUID | None = None
        self._seq = 0
        self._user_id = ctx.session_user.user.id if ctx.session_user else None
        self._build()
        ctx.session_changed.connect(self._session_changed)
        self._apply_permissions()
        self.reload()

    def _build(self) -> None:
        self.site_combo = QComboBox()
        self.site_combo.activated.connect(self._site_chosen)
        self.since_edit = QDateEdit(QDate(self.since.year, self.since.month, self.since.day))
        self.since_edit.setDisplayFormat("dd/MM/yyyy")
        self.since_edit.setCalendarPopup(True)
        self.since_edit.dateChanged.connect(self._since_chosen)
        self.guide_button = QPushButton(self.tr("Cabinet guide…"))
        self.guide_button.clicked.connect(lambda _checked=False: self.edit_guide())
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("<b>Handovers</b>")))
        top.addWidget(self.site_combo)
        top.addWidget(QLabel(self.tr("since")))
        top.addWidget(self.since_edit)
        top.addStretch(1)
        top.addWidget(self.guide_button)
        self.model = HandoverStatusModel(self)
        self.table = sorted_table(self, self.model, HandoverStatusModel.WRITTEN, Qt.SortOrder.DescendingOrder)
        note = QLabel(self.tr("Only the existence of each handover and its acknowledgement are shown here; its "
                              "content is for the doctors."))
        note.setWordWrap(True)
        self.count_label = QLabel()
        self.message = message_label()
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(note)
        layout.addWidget(self.message)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count_label)

    def _apply_permissions(self) -> None:
        self.setEnabled(self.ctx.can(Permission.PATIENT_READ))
        self.guide_button.setVisible(self.ctx.can(Permission.CABINET_GUIDE_EDIT))

    def refresh(self, areas: Area) -> None:
        if areas & RELOAD_AREAS:
            self.reload()

    def clear(self) -> None:
        self._seq += 1
        self.model.clear()
        self.count_label.clear()
        show_message(self.message, "")
        self._close_dialog()

    def _session_changed(self, user: SessionUser | None) -> None:
        user_id = user.user.id if user is not None else None
        if user_id == self._user_id:
            return
        self._user_id = user_id
        self.clear()
        self._apply_permissions()
        if user is not None:
            self.reload()

    def reload(self) -> None:
        if not self.ctx.can(Permission.PATIENT_READ):
            return
        self._seq += 1
        site_id, since = self._site_id, self.since
        run_for(self, self.ctx, lambda uow: load_statuses(uow, site_id=site_id, since=since),
                on_done=partial(self._show, self._seq), on_error=self._failed)

    def _show(self, seq: int, data: StatusData) -> None:
        if seq != self._seq:
            return
        self._site_id = data.site_id
        fill_sites(self.site_combo, data.sites, data.site_id)
        self.model.set_rows(data.statuses)
        waiting = sum(not s.acknowledged for s in data.statuses)
        self.count_label.setText(self.tr("Handovers: %1, not acknowledged yet: %2").replace(
            "%1", str(len(data.statuses))).replace("%2", str(waiting)))
        show_message(self.message, "")

    def _failed(self, error: BaseException) -> None:
        show_message(self.message, self.ctx.describe(error))

    def _site_chosen(self, _index: int) -> None:
        self._site_id = self.site_combo.currentData()
        self.reload()

    def _since_chosen(self, value: QDate) -> None:
        self.since = date(value.year(), value.month(), value.day())
        self.reload()

    def edit_guide(self) -> CabinetGuideDialog | None:
        if not self.ctx.can(Permission.CABINET_GUIDE_EDIT):
            return None
        return self._open_dialog(self.guide_dialog_factory(self.ctx, site_id=self._site_id, parent=self))
