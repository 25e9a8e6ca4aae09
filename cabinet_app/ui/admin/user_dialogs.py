"""The account dialogs of the administration: a new user, and a password reset.

Problems are shown in French next to their field (sentences from :mod:`cabinet_app.messages`);
nothing is saved while one remains, and the dialog stays open with what was typed.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ...errors import DuplicateLogin, ValidationError
from ...messages import problem_text
from ...planning.services import PractitionerInfo
from ...security.passwords import MIN_LENGTH
from ...security.permissions import Role
from ...security.services import UserInfo, create_user, set_password
from ..context import AppContext
from .models import role_label

ERROR_STYLE = "color: #b00020;"


def _error_label(*, wrap: bool = False) -> QLabel:
    """A red label, hidden until it has something to say. Labels under a field do not wrap
    (a wrapped label in a form row is cut off instead of growing the dialog)."""
    label = QLabel()
    label.setStyleSheet(ERROR_STYLE)
    label.setWordWrap(wrap)
    label.hide()
    return label


def _password_edit() -> QLineEdit:
    edit = QLineEdit()
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    edit.setMaxLength(200)
    return edit


class _FormDialog(QDialog):
    """Shared plumbing: fields with an error label under each, a label for the rest, OK/Cancel.
    (No ``tr`` here: Qt would look the strings up under the subclass's name.)"""

    #: emitted with the service's result (a UserInfo) just before the dialog closes
    saved = Signal(object)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setModal(True)
        self.setMinimumWidth(420)
        self.fields: dict[str, QWidget] = {}
        self.errors: dict[str, QLabel] = {}
        self.general_error = _error_label(wrap=True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.general_error)
        self.form = QFormLayout()
        layout.addLayout(self.form)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.cancel_button = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

    def add_row(self, key: str, label: str, widget: QWidget) -> None:
        cell = QWidget()
        box = QVBoxLayout(cell)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(2)
        box.addWidget(widget)
        self.errors[key] = _error_label()
        box.addWidget(self.errors[key])
        self.fields[key] = widget
        self.form.addRow(label, cell)

    def text(self, key: str) -> str:
        widget = self.fields[key]
        assert isinstance(widget, QLineEdit)
        return widget.text()

    def error_text(self, key: str) -> str:
        label = self.errors.get(key, self.general_error)
        return label.text() if not label.isHidden() else ""

    def clear_problems(self) -> None:
        for label in (*self.errors.values(), self.general_error):
            label.clear()
            label.hide()

    def show_at(self, key: str, text: str) -> None:
        label = self.errors.get(key, self.general_error)
        label.setText(text)
        label.show()

    def show_problems(self, problems: dict[str, str]) -> None:
        self.clear_problems()
        for key, code in problems.items():
            self.show_at(key, problem_text(key, code, self.ctx.language))
        first = next((k for k in self.fields if k in problems), None)
        if first is not None:
            self.fields[first].setFocus()

    def submit(self, task) -> None:  # task(uow) -> Changed, committed inside
        self.ok_button.setEnabled(False)
        self.ctx.run(task, on_done=self._on_saved, on_error=self._on_failed)

    def _on_saved(self, result: object) -> None:
        self.saved.emit(result)
        self.accept()

    def _on_failed(self, error: BaseException) -> None:
        self.ok_button.setEnabled(True)
        if isinstance(error, ValidationError):
            self.show_problems(error.problems)
        elif isinstance(error, DuplicateLogin):
            self.clear_problems()
            self.show_at("login", self.ctx.describe(error))
        else:
            self.clear_problems()
            self.show_at("", self.ctx.describe(error))

    def save(self) -> None:
        raise NotImplementedError


class UserDialog(_FormDialog):
    """A new account: login, name, role, linked practitioner (clinicians), admin flag, password."""

    def __init__(self, ctx: AppContext, *, practitioners: Sequence[PractitionerInfo] = (),
                 parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.setWindowTitle(self.tr("New user"))
        self.ok_button.setText(self.tr("Create"))
        self.cancel_button.setText(self.tr("Cancel"))
        login = QLineEdit()
        login.setMaxLength(60)
        login.setPlaceholderText(self.tr("e.g. dr.martin (lower case, digits, . _ -)"))
        name = QLineEdit()
        name.setMaxLength(120)
        role = QComboBox()
        for value in Role:
            role.addItem(role_label(value), value.value)
        practitioner = QComboBox()
        practitioner.addItem(self.tr("None (secretary)"), None)
        for p in practitioners:
            practitioner.addItem(p.display_name, str(p.id))  # UUIDs do not survive QVariant
        self.admin_box = QCheckBox(self.tr("Can manage accounts and read the audit log"))
        self.add_row("login", self.tr("Login"), login)
        self.add_row("display_name", self.tr("Display name"), name)
        self.add_row("role", self.tr("Role"), role)
        self.add_row("practitioner_id", self.tr("Practitioner"), practitioner)
        self.add_row("is_admin", self.tr("Administrator"), self.admin_box)
        self.add_row("password", self.tr("Password"), _password_edit())
        self.add_row("confirmation", self.tr("Confirm the password"), _password_edit())
        self.role_combo, self.practitioner_combo = role, practitioner
        role.currentIndexChanged.connect(self._role_changed)
        self._role_changed()

    def _role_changed(self) -> None:
        clinician = Role(self.role_combo.currentData()).is_clinician
        self.practitioner_combo.setEnabled(clinician)
        if not clinician:
            self.practitioner_combo.setCurrentIndex(0)

    def save(self) -> None:
        password = self.text("password")
        if password != self.text("confirmation"):
            self.clear_problems()
            self.show_at("confirmation", self.tr("The two passwords are different."))
            return
        chosen = self.practitioner_combo.currentData()
        values = dict(
            login=self.text("login"), display_name=self.text("display_name"),
            role=Role(self.role_combo.currentData()), password=password,
            practitioner_id=uuid.UUID(chosen) if chosen else None, is_admin=self.admin_box.isChecked(),
        )

        def task(uow):  # database worker: no widget here
            result = create_user(uow, **values)
            uow.commit()
            return result

        self.submit(task)


class PasswordDialog(_FormDialog):
    """An administrator sets a new password for an account."""

    def __init__(self, ctx: AppContext, *, user: UserInfo, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.user = user
        self.setWindowTitle(self.tr("New password for %1").replace("%1", user.login))
        self.ok_button.setText(self.tr("Change the password"))
        self.cancel_button.setText(self.tr("Cancel"))
        hint = self.tr("At least %1 characters.").replace("%1", str(MIN_LENGTH))
        self.add_row("password", self.tr("New password"), _password_edit())
        self.add_row("confirmation", self.tr("Confirm the password"), _password_edit())
        self.fields["password"].setToolTip(hint)
        assert isinstance(self.fields["password"], QLineEdit)
        self.fields["password"].setPlaceholderText(hint)

    def save(self) -> None:
        password = self.text("password")
        if password != self.text("confirmation"):
            self.clear_problems()
            self.show_at("confirmation", self.tr("The two passwords are different."))
            return
        login = self.user.login

        def task(uow):  # database worker: no widget here
            result = set_password(uow, login=login, new_password=password)
            uow.commit()
            return result

        self.submit(task)
