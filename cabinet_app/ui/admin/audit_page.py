"""The audit log, for administrators: who did what and when, filtered by login, action and
dates. Times are shown in Europe/Paris; the day filters are Paris days.

Many commands touch the audit log (every opening of a record): while the page is hidden a
change only marks it stale, and it reloads when shown.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime, time, timedelta
from functools import partial

from PySide6.QtCore import QDate, QSortFilterProxyModel, Qt, QTimer
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...changes import Area
from ...clock import PARIS, today_paris
from ...security.model import AuditAction
from ...security.permissions import Permission
from ...security.services import AuditRow, SessionUser, list_audit
from ..context import AppContext
from .models import AuditTableModel, action_label
from .user_dialogs import ERROR_STYLE

AUDIT_LIMIT = 1000
DEFAULT_DAYS = 30
LOGIN_DELAY_MS = 300


def paris_midnight(day: date) -> datetime:
    return datetime.combine(day, time(0, 0), tzinfo=PARIS)


class AuditPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._seq = 0
        self._stale = True
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(LOGIN_DELAY_MS)
        self._timer.timeout.connect(self.reload)
        self._build()
        self.reset_filters()
        ctx.session_changed.connect(self._session_changed)
        self._user_id = ctx.session_user.user.id if ctx.session_user else None
        self._session_changed(ctx.session_user, clear=False)

    # --- building --------------------------------------------------------------------------
    def _build(self) -> None:
        self.login_filter = QLineEdit()
        self.login_filter.setPlaceholderText(self.tr("All users"))
        self.login_filter.setClearButtonEnabled(True)
        self.login_filter.setMinimumWidth(180)
        self.login_filter.textChanged.connect(self._timer.start)
        self.action_filter = QComboBox()
        self.action_filter.addItem(self.tr("All actions"), None)
        for action in AuditAction:
            self.action_filter.addItem(action_label(action), action.value)
        self.action_filter.currentIndexChanged.connect(self.reload)
        self.since_edit, self.until_edit = self._date_edit(), self._date_edit()
        filters = QHBoxLayout()
        filters.addWidget(QLabel(self.tr("User")))
        filters.addWidget(self.login_filter)
        filters.addWidget(QLabel(self.tr("Action")))
        filters.addWidget(self.action_filter)
        filters.addWidget(QLabel(self.tr("From")))
        filters.addWidget(self.since_edit)
        filters.addWidget(QLabel(self.tr("to")))
        filters.addWidget(self.until_edit)
        filters.addStretch(1)

        self.model = AuditTableModel(self, language=self.ctx.language)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(AuditTableModel.SORT_ROLE)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(AuditTableModel.AT, Qt.SortOrder.DescendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)

        self.count_label = QLabel()
        self.message_label = QLabel()
        self.message_label.setStyleSheet(ERROR_STYLE)
        self.message_label.setWordWrap(True)
        self.message_label.hide()
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.message_label)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count_label)

    def _date_edit(self) -> QDateEdit:
        edit = QDateEdit()
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("dd/MM/yyyy")
        edit.dateChanged.connect(self.reload)
        return edit

    def reset_filters(self) -> None:
        """Every user, every action, the last 30 days (Paris)."""
        today = today_paris()
        for widget in (self.login_filter, self.action_filter, self.since_edit, self.until_edit):
            widget.blockSignals(True)
        self.login_filter.clear()
        self.action_filter.setCurrentIndex(0)
        self.since_edit.setDate(QDate(today - timedelta(days=DEFAULT_DAYS)))
        self.until_edit.setDate(QDate(today))
        for widget in (self.login_filter, self.action_filter, self.since_edit, self.until_edit):
            widget.blockSignals(False)

    # --- what the main window calls --------------------------------------------------------
    def refresh(self, areas: Area) -> None:
        if Area.AUDIT in areas:
            self._stale = True
            if self.isVisible():
                self.reload()

    def clear(self) -> None:
        self._seq += 1
        self._timer.stop()
        self.model.clear()
        self.count_label.clear()
        self._show_message("")
        self.reset_filters()
        self._stale = True

    def _session_changed(self, user: SessionUser | None, *, clear: bool = True) -> None:
        """Another person (or nobody): forget what the previous one saw. The same person again
        (unlocking) changes nothing here: the main window refreshes the pages."""
        user_id = user.user.id if user is not None else None
        if clear:
            if user_id == self._user_id:
                return
            self._user_id = user_id
            self.clear()
        self.setEnabled(self.ctx.can(Permission.AUDIT_READ))
        if user is not None and self.isVisible():
            self.reload()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        super().showEvent(event)
        if self._stale:
            self.reload()

    # --- loading ---------------------------------------------------------------------------
    def filters(self) -> dict[str, object]:
        """The arguments of :func:`list_audit` for what the filters say."""
        since: date = self.since_edit.date().toPython()
        until: date = self.until_edit.date().toPython()
        return {
            "login": self.login_filter.text().strip() or None,
            "action": self.action_filter.currentData(),
            "since": paris_midnight(since),
            "until": paris_midnight(until + timedelta(days=1)),
            "limit": AUDIT_LIMIT,
        }

    def reload(self) -> None:
        self._timer.stop()
        if not self.ctx.can(Permission.AUDIT_READ):
            return
        self._stale = False
        self._seq += 1
        arguments = self.filters()
        self.ctx.run(lambda uow: list_audit(uow, **arguments),
                     on_done=partial(self._show_rows, self._seq), on_error=self._failed)

    def _show_rows(self, seq: int, rows: Sequence[AuditRow]) -> None:
        if seq != self._seq:
            return
        self.model.set_rows(rows)
        if len(rows) >= AUDIT_LIMIT:
            text = self.tr("The latest %1 entries are shown: narrow the filters.")
        else:
            text = self.tr("Entries: %1")
        self.count_label.setText(text.replace("%1", str(len(rows))))
        self._show_message("")

    def _failed(self, error: BaseException) -> None:
        self._show_message(self.ctx.describe(error))

    def _show_message(self, text: str) -> None:
        self.message_label.setText(text)
        self.message_label.setVisible(bool(text))
