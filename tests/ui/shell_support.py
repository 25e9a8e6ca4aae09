"""Helpers to drive the GUI shell (first run, login, main window, lock) with real widgets, an
inline runner and the French translation."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QAbstractListModel, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QLabel,
    QLineEdit,
    QWidget,
)

from cabinet_app.db import UnitOfWork
from cabinet_app.security.model import AuditAction
from cabinet_app.security.services import list_audit
from cabinet_app.ui.app import Shell, build_shell
from cabinet_app.ui.login import LoginForm
from cabinet_app.ui.main_window import MainWindow
from cabinet_app.ui.tasks import InlineRunner
from tests.conftest import PASSWORD

ROOT = Path(__file__).resolve().parents[2]
TS_DIR = ROOT / "resources" / "i18n"
QM_DIR = ROOT / "cabinet_app" / "i18n"
PATIENT_NAMES = ("DUPONT", "MARTIN", "LEFÈVRE", "GARCIA", "Hélène", "Éloïse", "Noël")


def ensure_translations() -> None:
    """Compile the .ts into .qm when missing or older (as scripts/bootstrap.sh does)."""
    for language in ("fr", "en"):
        ts, qm = TS_DIR / f"cabinet_{language}.ts", QM_DIR / f"cabinet_{language}.qm"
        if ts.exists() and (not qm.exists() or qm.stat().st_mtime < ts.stat().st_mtime):
            subprocess.run([sys.executable, str(ROOT / "scripts" / "build_translations.py"), "--compile"],
                           check=True, cwd=ROOT)
            return


def make_shell(engine, **options) -> Shell:
    ensure_translations()
    return build_shell(engine, InlineRunner(), "fr", **options)


def submit(qtbot, form: LoginForm, password: str, login: str | None = None) -> None:
    if login is not None and not form.login_edit.isReadOnly():
        form.login_edit.clear()
        qtbot.keyClicks(form.login_edit, login)
    form.password_edit.clear()
    qtbot.keyClicks(form.password_edit, password)
    qtbot.mouseClick(form.submit_button, Qt.MouseButton.LeftButton)


def logged_in_window(qtbot, cabinet, login: str, **options) -> tuple[Shell, MainWindow]:
    """Start the shell on the small cabinet and log ``login`` in through the login dialog."""
    shell = make_shell(cabinet.engine, **options)
    shell.start()
    dialog = shell.login_dialog
    assert dialog is not None and dialog.isVisible()
    qtbot.addWidget(dialog)
    submit(qtbot, dialog.form, PASSWORD, login)
    window = shell.window
    assert window is not None, dialog.form.error_label.text()
    qtbot.addWidget(window)
    qtbot.waitExposed(window)
    return shell, window


SESSION_EVENTS = {AuditAction.LOGIN, AuditAction.LOGIN_FAILED, AuditAction.LOGIN_THROTTLED, AuditAction.LOGOUT,
                  AuditAction.LOCK, AuditAction.UNLOCK}


def audit_actions(engine, login: str) -> list[AuditAction]:
    """The session events (login, lock, …) audited for ``login``, oldest first (read as the
    system: nobody logs in). Readings of records, audited too, are left out: a doctor's login
    opens the handover pack, whose reading is audited."""
    with UnitOfWork(engine) as uow:
        return [row.action for row in reversed(list_audit(uow, login=login)) if row.action in SESSION_EVENTS]


def _widget_texts(widget: QWidget) -> list[str]:
    texts = [widget.windowTitle()] if widget.isWindow() else []
    if isinstance(widget, QLabel | QAbstractButton):
        texts.append(widget.text())
    elif isinstance(widget, QLineEdit):
        texts.append(widget.text())
    elif isinstance(widget, QAbstractItemView) and widget.model() is not None:
        model = widget.model()
        root = QModelIndex()
        for row in range(model.rowCount(root)):
            columns = 1 if isinstance(model, QAbstractListModel) else model.columnCount(root)
            for column in range(columns):
                texts.append(str(model.index(row, column, root).data() or ""))
    return texts


def visible_texts() -> str:
    """Every text a person could read on screen now, in every visible window."""
    texts: list[str] = []
    for window in QApplication.topLevelWidgets():
        if not window.isVisible():
            continue
        for widget in [window, *window.findChildren(QWidget)]:
            if widget.isVisible():
                texts.extend(_widget_texts(widget))
    return "\n".join(texts)


def shows_patient(text: str) -> bool:
    return any(name in text for name in PATIENT_NAMES)
