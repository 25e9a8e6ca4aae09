"""Table models of the administration pages, and the French (translated) labels of roles and
audit actions. Times are stored in UTC and shown in Europe/Paris."""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, Qt
from PySide6.QtGui import QColor

from ...clock import to_paris
from ...messages import field_name
from ...security.model import AuditAction
from ...security.permissions import Role
from ...security.services import AuditRow, UserInfo
from ..table_model import DtoTableModel

LABELS = "AdminLabels"

ROLE_LABELS: dict[Role, str] = {
    Role.SECRETARY: QT_TRANSLATE_NOOP("AdminLabels", "Secretary"),
    Role.REPLACEMENT: QT_TRANSLATE_NOOP("AdminLabels", "Replacement"),
    Role.INTERN: QT_TRANSLATE_NOOP("AdminLabels", "Intern"),
    Role.TITULAR: QT_TRANSLATE_NOOP("AdminLabels", "Titular"),
    Role.SALARIED: QT_TRANSLATE_NOOP("AdminLabels", "Salaried"),
}

ACTION_LABELS: dict[AuditAction, str] = {
    AuditAction.LOGIN: QT_TRANSLATE_NOOP("AdminLabels", "Login"),
    AuditAction.LOGIN_FAILED: QT_TRANSLATE_NOOP("AdminLabels", "Failed login"),
    AuditAction.LOGIN_THROTTLED: QT_TRANSLATE_NOOP("AdminLabels", "Login blocked"),
    AuditAction.LOGOUT: QT_TRANSLATE_NOOP("AdminLabels", "Logout"),
    AuditAction.LOCK: QT_TRANSLATE_NOOP("AdminLabels", "Lock"),
    AuditAction.UNLOCK: QT_TRANSLATE_NOOP("AdminLabels", "Unlock"),
    AuditAction.PATIENT_OPEN: QT_TRANSLATE_NOOP("AdminLabels", "Record opened"),
    AuditAction.PATIENT_CREATE: QT_TRANSLATE_NOOP("AdminLabels", "Patient created"),
    AuditAction.PATIENT_UPDATE: QT_TRANSLATE_NOOP("AdminLabels", "Patient changed"),
    AuditAction.PATIENT_DELETE: QT_TRANSLATE_NOOP("AdminLabels", "Patient deleted"),
    AuditAction.PATIENT_SEARCH: QT_TRANSLATE_NOOP("AdminLabels", "Patient search"),
    AuditAction.USER_CREATE: QT_TRANSLATE_NOOP("AdminLabels", "User created"),
    AuditAction.USER_UPDATE: QT_TRANSLATE_NOOP("AdminLabels", "User changed"),
    AuditAction.USER_PASSWORD: QT_TRANSLATE_NOOP("AdminLabels", "Password changed"),
    AuditAction.USER_DISABLE: QT_TRANSLATE_NOOP("AdminLabels", "User disabled"),
    AuditAction.SETUP: QT_TRANSLATE_NOOP("AdminLabels", "First run"),
    AuditAction.APPOINTMENT_BOOK: QT_TRANSLATE_NOOP("AdminLabels", "Appointment booked"),
    AuditAction.APPOINTMENT_MOVE: QT_TRANSLATE_NOOP("AdminLabels", "Appointment moved"),
    AuditAction.APPOINTMENT_CANCEL: QT_TRANSLATE_NOOP("AdminLabels", "Appointment cancelled"),
    AuditAction.CONFLICT_RESOLVE: QT_TRANSLATE_NOOP("AdminLabels", "Sync conflict resolved"),
}

DETAIL_LABELS = {
    "fields": QT_TRANSLATE_NOOP("AdminLabels", "Fields changed: %1"),
    "failures": QT_TRANSLATE_NOOP("AdminLabels", "Failed attempts in a row: %1"),
    "role": QT_TRANSLATE_NOOP("AdminLabels", "Role: %1"),
    "admin": QT_TRANSLATE_NOOP("AdminLabels", "administrator"),
    "active": QT_TRANSLATE_NOOP("AdminLabels", "account reactivated"),
    "inactive": QT_TRANSLATE_NOOP("AdminLabels", "account disabled"),
    "disabled": QT_TRANSLATE_NOOP("AdminLabels", "the account is disabled"),
    "yes": QT_TRANSLATE_NOOP("AdminLabels", "Yes"),
    "no": QT_TRANSLATE_NOOP("AdminLabels", "No"),
    "never": QT_TRANSLATE_NOOP("AdminLabels", "Never"),
}


def _t(text: str) -> str:
    return QCoreApplication.translate(LABELS, text)


def role_label(role: Role) -> str:
    return _t(ROLE_LABELS[role])


def action_label(action: AuditAction) -> str:
    return _t(ACTION_LABELS[action])


def yes_no(value: bool) -> str:
    return _t(DETAIL_LABELS["yes" if value else "no"])


def paris_text(moment: datetime | None) -> str:
    """dd/mm/yyyy hh:mm in Europe/Paris ("Never" for no moment)."""
    if moment is None:
        return _t(DETAIL_LABELS["never"])
    return to_paris(moment).strftime("%d/%m/%Y %H:%M")


def details_text(details: str, language: str) -> str:
    """The audit row's JSON details as a short sentence for people."""
    if not details:
        return ""
    try:
        data = json.loads(details)
    except ValueError:
        return details
    if not isinstance(data, dict):
        return str(data)
    parts: list[str] = []
    for key, value in data.items():
        if key == "fields" and isinstance(value, list):
            names = ", ".join(field_name(str(f), language) for f in value)
            parts.append(_t(DETAIL_LABELS["fields"]).replace("%1", names))
        elif key == "failures":
            parts.append(_t(DETAIL_LABELS["failures"]).replace("%1", str(value)))
        elif key == "role" and value in {r.value for r in Role}:
            parts.append(_t(DETAIL_LABELS["role"]).replace("%1", role_label(Role(value))))
        elif key == "admin":
            if value:
                parts.append(_t(DETAIL_LABELS["admin"]))
        elif key == "active":
            parts.append(_t(DETAIL_LABELS["active" if value else "inactive"]))
        elif key == "reason" and value == "disabled":
            parts.append(_t(DETAIL_LABELS["disabled"]))
        else:
            parts.append(f"{key}: {value}")
    return "; ".join(parts)


class UserTableModel(DtoTableModel[UserInfo]):
    LOGIN, NAME, ROLE, ADMIN, ACTIVE, LAST_LOGIN = range(6)
    CONTEXT = "UserTableModel"
    HEADERS = (
        QT_TRANSLATE_NOOP("UserTableModel", "Login"),
        QT_TRANSLATE_NOOP("UserTableModel", "Name"),
        QT_TRANSLATE_NOOP("UserTableModel", "Role"),
        QT_TRANSLATE_NOOP("UserTableModel", "Administrator"),
        QT_TRANSLATE_NOOP("UserTableModel", "Active"),
        QT_TRANSLATE_NOOP("UserTableModel", "Last login"),
    )

    def key(self, item: UserInfo) -> str:
        """Accounts are found by login (``row_of(login)``, ``update_row(user)``)."""
        return item.login

    def display(self, item: UserInfo, column: int) -> str:
        if column == self.LOGIN:
            return item.login
        if column == self.NAME:
            return item.display_name
        if column == self.ROLE:
            return role_label(item.role)
        if column == self.ADMIN:
            return yes_no(item.is_admin)
        if column == self.ACTIVE:
            return yes_no(item.active)
        if column == self.LAST_LOGIN:
            return paris_text(item.last_login_at)
        return ""

    def sort_key(self, item: UserInfo, column: int) -> Any:
        if column == self.LAST_LOGIN:
            return item.last_login_at.isoformat() if item.last_login_at else ""
        return super().sort_key(item, column)

    def extra(self, item: UserInfo, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and not item.active:
            return QColor(Qt.GlobalColor.gray)
        return None


class AuditTableModel(DtoTableModel[AuditRow]):
    AT, LOGIN, ACTION, TARGET, DETAILS = range(5)
    CONTEXT = "AuditTableModel"
    HEADERS = (
        QT_TRANSLATE_NOOP("AuditTableModel", "Date and time"),
        QT_TRANSLATE_NOOP("AuditTableModel", "User"),
        QT_TRANSLATE_NOOP("AuditTableModel", "Action"),
        QT_TRANSLATE_NOOP("AuditTableModel", "Patient / target"),
        QT_TRANSLATE_NOOP("AuditTableModel", "Details"),
    )

    def __init__(self, parent: QObject | None = None, *, language: str = "fr") -> None:
        super().__init__(parent)
        self.language = language

    def display(self, item: AuditRow, column: int) -> str:
        if column == self.AT:
            return paris_text(item.at)
        if column == self.LOGIN:
            return item.login
        if column == self.ACTION:
            return action_label(item.action)
        if column == self.TARGET:
            return item.target
        if column == self.DETAILS:
            return details_text(item.details, self.language)
        return ""

    def sort_key(self, item: AuditRow, column: int) -> Any:
        if column == self.AT:
            return item.at.isoformat()
        return super().sort_key(item, column)
