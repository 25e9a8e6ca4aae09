"""The accounts of the shared PC: list, create, reset a password, disable or reactivate.

Only administrators (Permission.USERS_MANAGE) reach this page; the services check it again.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import partial

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...changes import Area
from ...planning.services import PractitionerInfo, list_practitioners
from ...security.permissions import Permission
from ...security.services import SessionUser, UserInfo, list_users, set_active
from ..context import AppContext
from .models import UserTableModel
from .user_dialogs import ERROR_STYLE, PasswordDialog, UserDialog


class UsersPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        #: build the dialogs; tests may replace them to intercept
        self.user_dialog_factory: Callable[..., UserDialog] = UserDialog
        self.password_dialog_factory: Callable[..., PasswordDialog] = PasswordDialog
        self.dialog: QDialog | None = None
        self._seq = 0
        self._build()
        ctx.session_changed.connect(self._session_changed)
        self._user_id = ctx.session_user.user.id if ctx.session_user else None
        self._session_changed(ctx.session_user, clear=False)

    def _build(self) -> None:
        self.new_button = QPushButton(self.tr("New user"))
        self.new_button.clicked.connect(self.new_user)
        self.password_button = QPushButton(self.tr("Reset the password"))
        self.password_button.clicked.connect(self.reset_password)
        self.toggle_button = QPushButton(self.tr("Disable"))
        self.toggle_button.clicked.connect(self.toggle_active)
        buttons = QHBoxLayout()
        for button in (self.new_button, self.password_button, self.toggle_button):
            buttons.addWidget(button)
        buttons.addStretch(1)

        self.model = UserTableModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(UserTableModel.SORT_ROLE)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(UserTableModel.LOGIN, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)

        self.message_label = QLabel()
        self.message_label.setWordWrap(True)
        self.message_label.hide()
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.message_label)
        layout.addWidget(self.table, 1)

    # --- what the main window calls --------------------------------------------------------
    def refresh(self, areas: Area) -> None:
        if areas & (Area.USERS | Area.PRACTITIONERS) and self.ctx.can(Permission.USERS_MANAGE):
            self.reload()

    def clear(self) -> None:
        self._seq += 1
        self.model.clear()
        self.show_message("")
        self._close_dialog()
        self._update_buttons()

    def _session_changed(self, user: SessionUser | None, *, clear: bool = True) -> None:
        """Another person (or nobody): forget what the previous one saw. The same person again
        (unlocking) changes nothing here: the main window refreshes the pages."""
        user_id = user.user.id if user is not None else None
        if clear:
            if user_id == self._user_id:
                return
            self._user_id = user_id
            self.clear()
        allowed = self.ctx.can(Permission.USERS_MANAGE)
        self.setEnabled(allowed)
        if user is not None and allowed:
            self.reload()
        self._update_buttons()

    # --- loading ---------------------------------------------------------------------------
    def reload(self) -> None:
        self._seq += 1
        self.ctx.run(list_users, on_done=partial(self._show_users, self._seq), on_error=self._failed)

    def _show_users(self, seq: int, users: Sequence[UserInfo]) -> None:
        if seq != self._seq:
            return
        current = self.selected_user()
        self.model.set_rows(users)
        if current is not None:
            self.select_user(current.login)
        self._update_buttons()

    def _failed(self, error: BaseException) -> None:
        self.show_message(self.ctx.describe(error), error=True)

    def show_message(self, text: str, *, error: bool = False) -> None:
        self.message_label.setStyleSheet(ERROR_STYLE if error else "")
        self.message_label.setText(text)
        self.message_label.setVisible(bool(text))

    # --- selection -------------------------------------------------------------------------
    def selected_user(self) -> UserInfo | None:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].data(UserTableModel.ROW_ROLE) if rows else None

    def select_user(self, login: str) -> bool:
        row = self.model.row_of(login)
        if row is None:
            return False
        self.table.selectRow(self.proxy.mapFromSource(self.model.index(row, 0)).row())
        return True

    def _update_buttons(self, *_: object) -> None:
        user = self.selected_user()
        self.password_button.setEnabled(user is not None)
        self.toggle_button.setEnabled(user is not None)
        active = user is None or user.active
        self.toggle_button.setText(self.tr("Disable") if active else self.tr("Reactivate"))

    # --- actions ---------------------------------------------------------------------------
    def new_user(self) -> None:
        seq = self._seq

        def listed(practitioners: list[PractitionerInfo]) -> None:
            if seq == self._seq:
                dialog = self.user_dialog_factory(self.ctx, practitioners=practitioners, parent=self)
                self._open(dialog, self._created)

        self.ctx.run(list_practitioners, on_done=listed, on_error=self._failed)

    def reset_password(self) -> None:
        user = self.selected_user()
        if user is not None:
            self._open(self.password_dialog_factory(self.ctx, user=user, parent=self), self._password_set)

    def toggle_active(self) -> None:
        user = self.selected_user()
        if user is None:
            return
        login, active = user.login, not user.active

        def task(uow):  # database worker: no widget here
            result = set_active(uow, login=login, active=active)
            uow.commit()
            return result

        self.ctx.run(task, on_done=self._active_set, on_error=self._failed)

    def _open(self, dialog: QDialog, on_saved: Callable[[UserInfo], None]) -> None:
        self._close_dialog()
        dialog.saved.connect(on_saved)  # type: ignore[attr-defined]
        dialog.finished.connect(partial(self._dialog_finished, dialog))
        self.dialog = dialog
        dialog.open()

    def _created(self, user: UserInfo) -> None:
        self.show_message(self.tr("Account %1 created.").replace("%1", user.login))
        self.select_user(user.login)

    def _password_set(self, user: UserInfo) -> None:
        self.show_message(self.tr("The password of %1 was changed.").replace("%1", user.login))

    def _active_set(self, user: UserInfo) -> None:
        self.model.update_row(user)
        text = self.tr("Account %1 reactivated.") if user.active else self.tr("Account %1 disabled.")
        self.show_message(text.replace("%1", user.login))
        self._update_buttons()

    def _dialog_finished(self, dialog: QDialog, _result: int) -> None:
        if self.dialog is dialog:
            self.dialog = None
        dialog.deleteLater()

    def _close_dialog(self) -> None:
        dialog, self.dialog = self.dialog, None
        if dialog is not None:
            dialog.reject()
            dialog.deleteLater()
