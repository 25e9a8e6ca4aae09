"""Logging in on the shared PC.

:class:`LoginForm` (login, password, one line saying in French what went wrong: wrong password,
too many attempts and when to retry, disabled account) is used by :class:`LoginDialog` for the
first login, and by the lock screen to unlock (the locked person's password only) or to let
another person log in after "Changer d'utilisateur".
"""

from __future__ import annotations

import logging

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..db import UnitOfWork
from ..errors import CabinetError
from ..security.services import SessionUser, authenticate, unlock
from .context import AppContext

log = logging.getLogger(__name__)

ERROR_STYLE = "color: #b00020;"


class LoginForm(QWidget):
    """Login and password; emits :attr:`succeeded` with the :class:`SessionUser`."""

    succeeded = Signal(object)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.locked_user: SessionUser | None = None
        self.login_edit = QLineEdit(self)
        self.login_edit.setObjectName("login")
        self.login_edit.setMaxLength(60)
        self.password_edit = QLineEdit(self)
        self.password_edit.setObjectName("password")
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.error_label = QLabel(self)
        self.error_label.setObjectName("error")
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet(ERROR_STYLE)
        self.error_label.hide()
        self.submit_button = QPushButton(self)
        self.submit_button.setObjectName("submit")
        self.submit_button.setDefault(True)
        self._lay_out()
        self.login_edit.returnPressed.connect(self.password_edit.setFocus)
        self.password_edit.returnPressed.connect(self.submit)
        self.submit_button.clicked.connect(self.submit)
        self.set_locked_user(None)

    def _lay_out(self) -> None:
        form = QFormLayout()
        form.addRow(self.tr("&Login:"), self.login_edit)
        form.addRow(self.tr("&Password:"), self.password_edit)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.submit_button, 0, Qt.AlignmentFlag.AlignRight)

    # --- modes ---------------------------------------------------------------------------------
    def set_locked_user(self, user: SessionUser | None) -> None:
        """Unlock mode (only ``user``'s password is asked) or, with None, login mode (anyone)."""
        self.locked_user = user
        self.login_edit.setText(user.user.login if user else "")
        self.login_edit.setReadOnly(user is not None)
        self.submit_button.setText(self.tr("&Unlock") if user else self.tr("Log &in"))
        self.reset()

    def reset(self) -> None:
        self.password_edit.clear()
        self.show_error("")
        self._set_busy(False)
        self.focus_first_empty()

    def focus_first_empty(self) -> None:
        target = self.password_edit if self.login_edit.text() else self.login_edit
        target.setFocus(Qt.FocusReason.OtherFocusReason)

    def show_error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.setVisible(bool(text))

    def _set_busy(self, busy: bool) -> None:
        self.submit_button.setEnabled(not busy)
        self.password_edit.setEnabled(not busy)

    # --- logging in ----------------------------------------------------------------------------
    def submit(self) -> None:
        if not self.submit_button.isEnabled():
            return
        login = self.login_edit.text().strip()
        password = self.password_edit.text()
        if not login:
            self.show_error(self.tr("Enter your login."))
            self.login_edit.setFocus()
            return
        if not password:
            self.show_error(self.tr("Enter your password."))
            self.password_edit.setFocus()
            return
        self._set_busy(True)
        locked = self.locked_user

        def task(uow: UnitOfWork) -> SessionUser:
            if locked is not None:
                return unlock(uow, session_user=locked, password=password)
            return authenticate(uow, login=login, password=password)

        self.ctx.run(task, on_done=self._succeeded, on_error=self._failed)

    def _succeeded(self, user: SessionUser) -> None:
        self._set_busy(False)
        self.password_edit.clear()
        self.show_error("")
        self.succeeded.emit(user)

    def _failed(self, error: BaseException) -> None:
        if not isinstance(error, CabinetError):
            log.error("login failed", exc_info=error)
        self._set_busy(False)
        self.password_edit.clear()
        self.show_error(self.ctx.describe(error))
        self.password_edit.setFocus()


class LoginDialog(QDialog):
    """The first login of a session: accepted with :attr:`session_user` set."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None, *, login: str = "") -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Cabinet — Log in"))
        self.setObjectName("login_dialog")
        self.session_user: SessionUser | None = None
        heading = QLabel(self.tr("Log in with your own account."), self)
        heading.setWordWrap(True)
        self.form = LoginForm(ctx, self)
        self.form.login_edit.setText(login)
        self.form.succeeded.connect(self._logged_in)
        buttons = QDialogButtonBox(self)
        quit_button = buttons.addButton(self.tr("&Quit"), QDialogButtonBox.ButtonRole.RejectRole)
        quit_button.setAutoDefault(False)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.form)
        layout.addWidget(buttons)
        self.setMinimumWidth(360)
        self.form.focus_first_empty()

    def _logged_in(self, user: SessionUser) -> None:
        self.session_user = user
        self.accept()
