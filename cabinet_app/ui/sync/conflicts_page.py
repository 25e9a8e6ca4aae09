"""« Conflits »: the changes of this site that lost against another site's, for a person to
decide. The list shows what (a patient, an appointment…), the kind of conflict, when, and who on
each side; below, the selected conflict's fields side by side, the disputed cells highlighted,
with « Garder la version retenue » and « Reprendre ma version ».

Clinical rows (notes, handovers, actions) show their values only to those who may read clinical
data; they are resolved by those who may write it. The open count goes to the navigation
(:attr:`ConflictsPage.countChanged`).
"""

from __future__ import annotations

import uuid
from functools import partial
from html import escape

from PySide6.QtCore import QItemSelection, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...changes import Area
from ...security.permissions import Permission
from ...security.services import SessionUser
from ...sync.conflicts import ConflictInfo
from ...sync.model import Resolution
from ..context import AppContext
from ..records.common import list_table, message_label, run_for, show_message, sorted_table
from .data import ConflictsView, load_conflicts, resolve_conflict
from .labels import hidden_text, kind_explanation, table_label, yes_no
from .models import ComparisonModel, ConflictListModel
from .values import compare, is_clinical

RELOAD_AREAS = Area.SYNC | Area.PATIENTS | Area.PRACTITIONERS | Area.SITES


class ConflictsPage(QWidget):
    # the number of open conflicts, after each reload
    countChanged = Signal(int)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.view = ConflictsView(conflicts=(), names={})
        self.open_count = 0
        self._seq = 0
        self._user_id = ctx.session_user.user.id if ctx.session_user else None
        self._build()
        ctx.session_changed.connect(self._session_changed)
        self.setEnabled(ctx.session_user is not None)
        self.reload()

    # --- building ------------------------------------------------------------------------------
    def _build(self) -> None:
        self.title = QLabel()
        self.resolved_check = QCheckBox(self.tr("Show resolved conflicts"))
        self.resolved_check.toggled.connect(lambda _on: self.reload())
        top = QHBoxLayout()
        top.addWidget(self.title)
        top.addStretch(1)
        top.addWidget(self.resolved_check)
        self.model = ConflictListModel(self)
        self.table = sorted_table(self, self.model, ConflictListModel.WHEN, Qt.SortOrder.DescendingOrder)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.message = message_label()
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.table)
        splitter.addWidget(self._detail())
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.message)
        layout.addWidget(splitter, 1)
        self._show_title()
        self._show_detail(None)

    def _detail(self) -> QWidget:
        detail = QWidget(self)
        self.explanation = QLabel()
        self.explanation.setWordWrap(True)
        self.comparison = ComparisonModel(self, language=self.ctx.language)
        self.comparison_table: QTableView = list_table(self.comparison, stretch=ComparisonModel.STRETCH)
        self.comparison_table.setWordWrap(True)
        self.keep_theirs_button = QPushButton(self.tr("&Keep the kept version"))
        self.keep_theirs_button.clicked.connect(lambda _checked=False: self.resolve_selected(Resolution.THEIRS))
        self.take_mine_button = QPushButton(self.tr("&Take my version back"))
        self.take_mine_button.clicked.connect(lambda _checked=False: self.resolve_selected(Resolution.MINE))
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.keep_theirs_button)
        buttons.addWidget(self.take_mine_button)
        layout = QVBoxLayout(detail)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.explanation)
        layout.addWidget(self.comparison_table, 1)
        layout.addLayout(buttons)
        return detail

    # --- what the main window calls ------------------------------------------------------------
    def refresh(self, areas: Area) -> None:
        if areas & RELOAD_AREAS:
            self.reload()

    def clear(self) -> None:
        self._seq += 1
        self.view = ConflictsView(conflicts=(), names={})
        self.model.clear()
        self._show_detail(None)
        show_message(self.message, "")

    def _session_changed(self, user: SessionUser | None) -> None:
        user_id = user.user.id if user is not None else None
        if user_id == self._user_id:
            return
        self._user_id = user_id
        self.clear()
        self.setEnabled(user is not None)
        if user is not None:
            self.reload()

    # --- loading -------------------------------------------------------------------------------
    def reload(self) -> None:
        if self.ctx.session_user is None:
            return
        self._seq += 1
        include = self.resolved_check.isChecked()
        run_for(self, self.ctx, lambda uow: load_conflicts(uow, include_resolved=include),
                on_done=partial(self._show, self._seq), on_error=self._failed)

    def _show(self, seq: int, view: ConflictsView) -> None:
        if seq != self._seq:
            return
        chosen = self.selected()
        self.view = view
        self.model.set_conflicts(view.conflicts, view.names)
        self.open_count = view.open_count
        self._show_title()
        self.countChanged.emit(self.open_count)
        if not self.select(chosen.id if chosen else None) and self.model.rowCount():
            self.table.selectRow(0)
        if not self.model.rowCount():
            self._show_detail(None)

    def _failed(self, error: BaseException) -> None:
        show_message(self.message, self.ctx.describe(error))

    def _show_title(self) -> None:
        text = self.tr("<b>Sync conflicts</b> — to decide: %1") if self.open_count else self.tr(
            "<b>Sync conflicts</b> — nothing to decide")
        self.title.setText(text.replace("%1", str(self.open_count)))

    # --- selection and detail ------------------------------------------------------------------
    def selected(self) -> ConflictInfo | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        return rows[0].data(ConflictListModel.ROW_ROLE)

    def select(self, conflict_id: uuid.UUID | None) -> bool:
        row = self.model.row_of(conflict_id) if conflict_id is not None else None
        if row is None:
            return False
        proxy = self.table.model()
        self.table.selectRow(proxy.mapFromSource(self.model.index(row, 0)).row())  # type: ignore[attr-defined]
        return True

    def _selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        self._show_detail(self.selected())

    def _show_detail(self, info: ConflictInfo | None) -> None:
        if info is None:
            self.comparison.clear()
            self.explanation.setText(self.tr("Select a conflict to compare the two versions."))
            for button in (self.keep_theirs_button, self.take_mine_button):
                button.setEnabled(False)
            return
        hidden = is_clinical(info) and not self.ctx.can(Permission.CLINICAL_READ)
        yes, no = yes_no()
        self.comparison.set_rows(compare(info, names=self.view.names, yes=yes, no=no,
                                         hidden=hidden_text() if hidden else None))
        text = f"<b>{table_label(info.table_name)}</b> — {kind_explanation(info.kind)}"
        if info.message:
            text += "<br/>" + self.tr("Parent practice's message: %1").replace("%1", escape(info.message))
        self.explanation.setText(text)
        may = info.resolved_at is None and self.ctx.can(
            Permission.CLINICAL_WRITE if is_clinical(info) else Permission.PATIENT_WRITE)
        for button in (self.keep_theirs_button, self.take_mine_button):
            button.setEnabled(may)

    # --- resolving -----------------------------------------------------------------------------
    def resolve_selected(self, resolution: Resolution) -> None:
        info = self.selected()
        if info is None or info.resolved_at is not None:
            return
        for button in (self.keep_theirs_button, self.take_mine_button):
            button.setEnabled(False)
        show_message(self.message, "")
        run_for(self, self.ctx, lambda uow: resolve_conflict(uow, info.id, resolution),
                on_done=self._resolved, on_error=self._resolve_failed)

    def _resolved(self, info: ConflictInfo) -> None:
        show_message(self.message, self.tr("Conflict resolved (%1).").replace("%1", table_label(info.table_name)),
                     error=False)

    def _resolve_failed(self, error: BaseException) -> None:
        self._failed(error)
        self._show_detail(self.selected())
