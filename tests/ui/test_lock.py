"""Auto-lock after inactivity: every patient datum disappears, the lock is audited; only the
locked person's password unlocks; "Changer d'utilisateur" logs them out and lets another in."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QVBoxLayout, QWidget

from cabinet_app.changes import Area
from cabinet_app.security.model import AuditAction
from cabinet_app.security.permissions import Permission
from cabinet_app.ui.main_window import PageSpec
from tests.conftest import PASSWORD
from tests.ui.shell_support import (
    audit_actions,
    logged_in_window,
    shows_patient,
    submit,
    visible_texts,
)

QUICK_LOCK_MS = 150


def search_patients_on_screen(qtbot, window) -> None:
    """Type in the patient page's search box until a patient's name is on screen."""
    page = window.show_page("patients")
    search = page.findChild(QLineEdit)
    qtbot.keyClicks(search, "dupont")
    qtbot.waitUntil(lambda: "DUPONT" in visible_texts(), timeout=3000)


def test_inactivity_locks_hides_every_patient_datum_and_is_audited(qtbot, cabinet):
    _shell, window = logged_in_window(qtbot, cabinet, "dr.bernard", lock_timeout_ms=2000)
    search_patients_on_screen(qtbot, window)
    window.watch.set_timeout_ms(QUICK_LOCK_MS)
    qtbot.waitUntil(lambda: window.locked, timeout=5000)
    assert window.root.currentWidget() is window.lock_screen
    assert not window.stack.isVisible() and not window.nav.isVisible()
    screen = visible_texts()
    assert not shows_patient(screen), screen
    assert window.windowTitle() == "Cabinet"
    assert window.lock_label.text() == "Verrouillé"
    assert window.lock_screen.title.text() == "Cabinet verrouillé"
    assert not window.lock_action.isEnabled() and not window.preferences_action.isEnabled()
    assert audit_actions(cabinet.engine, "dr.bernard")[-1] is AuditAction.LOCK


def test_the_right_password_unlocks(qtbot, cabinet):
    _shell, window = logged_in_window(qtbot, cabinet, "dr.bernard", lock_timeout_ms=QUICK_LOCK_MS)
    qtbot.waitUntil(lambda: window.locked, timeout=5000)
    form = window.lock_screen.form
    assert form.login_edit.text() == "dr.bernard" and form.login_edit.isReadOnly()
    submit(qtbot, form, PASSWORD)
    assert not window.locked
    assert window.root.currentIndex() == 0 and window.stack.isVisible()
    assert window.lock_label.text() == "Déverrouillé"
    assert window.windowTitle() == "Cabinet — Cabinet secondaire de Nieul"
    assert audit_actions(cabinet.engine, "dr.bernard")[-2:] == [AuditAction.LOCK, AuditAction.UNLOCK]
    assert window.watch.active  # watching again


def test_a_wrong_password_stays_locked(qtbot, cabinet):
    _shell, window = logged_in_window(qtbot, cabinet, "dr.bernard", lock_timeout_ms=QUICK_LOCK_MS)
    qtbot.waitUntil(lambda: window.locked, timeout=5000)
    submit(qtbot, window.lock_screen.form, "pas-le-bon")
    assert window.locked and window.root.currentWidget() is window.lock_screen
    assert window.lock_screen.form.error_label.text() == "Identifiant ou mot de passe incorrect."
    assert audit_actions(cabinet.engine, "dr.bernard")[-1] is AuditAction.LOGIN_FAILED


def test_switch_user_from_the_lock_screen(qtbot, cabinet):
    shell, window = logged_in_window(qtbot, cabinet, "dr.bernard", lock_timeout_ms=QUICK_LOCK_MS)
    qtbot.waitUntil(lambda: window.locked, timeout=5000)
    qtbot.mouseClick(window.lock_screen.switch_button, Qt.MouseButton.LeftButton)
    assert shell.ctx.session_user is None and window.pages == {}
    form = window.lock_screen.form
    assert not form.login_edit.isReadOnly() and form.login_edit.text() == ""
    assert window.user_label.text() == "Aucun utilisateur connecté"
    assert audit_actions(cabinet.engine, "dr.bernard")[-2:] == [AuditAction.LOCK, AuditAction.LOGOUT]
    submit(qtbot, form, PASSWORD, "secretaire")
    assert shell.ctx.session_user.user.login == "secretaire"
    assert not window.locked and window.root.currentIndex() == 0
    assert window.user_label.text().startswith("Sophie Secrétaire")
    assert audit_actions(cabinet.engine, "secretaire")[-1] is AuditAction.LOGIN


def test_lock_shortcut_and_switch_user_menu(qtbot, cabinet):
    shell, window = logged_in_window(qtbot, cabinet, "secretaire")
    assert window.lock_action.text() == "&Verrouiller"
    assert window.lock_action.shortcut().toString() == "Ctrl+L"
    window.lock_action.trigger()
    assert window.locked
    submit(qtbot, window.lock_screen.form, PASSWORD)
    assert not window.locked
    window.switch_action.trigger()
    assert shell.ctx.session_user is None
    assert window.root.currentWidget() is window.lock_screen
    assert audit_actions(cabinet.engine, "secretaire")[-4:] == [
        AuditAction.LOGIN, AuditAction.LOCK, AuditAction.UNLOCK, AuditAction.LOGOUT]


def test_input_restarts_the_inactivity_delay(qtbot, cabinet):
    _shell, window = logged_in_window(qtbot, cabinet, "secretaire", lock_timeout_ms=60_000)
    qtbot.wait(300)
    assert window.watch.remaining_ms() < 59_800
    event = QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_A, Qt.KeyboardModifier.NoModifier, "a")
    QApplication.sendEvent(window.nav, event)
    assert window.watch.remaining_ms() > 59_900
    assert not window.locked


def test_activity_keeps_the_screen_unlocked(qtbot, cabinet):
    _shell, window = logged_in_window(qtbot, cabinet, "secretaire", lock_timeout_ms=1000)
    for _ in range(12):  # 1.2 s of typing, never 1 s idle
        qtbot.keyClick(window.nav, Qt.Key.Key_Down)
        qtbot.wait(100)
    assert not window.locked
    qtbot.waitUntil(lambda: window.locked, timeout=5000)


def test_lock_hides_open_dialogs_and_unlock_shows_them_again(qtbot, cabinet):
    _shell, window = logged_in_window(qtbot, cabinet, "admin")
    dialog = window.show_preferences()
    qtbot.waitExposed(dialog)
    window.lock()
    assert not dialog.isVisible()
    submit(qtbot, window.lock_screen.form, PASSWORD)
    assert dialog.isVisible()


class FakePatientPage(QWidget):
    """A stand-in page that shows a patient: checks the main window's side of the contract."""

    def __init__(self, ctx, parent=None) -> None:
        super().__init__(parent)
        self.label = QLabel("DUPONT Hélène", self)
        QVBoxLayout(self).addWidget(self.label)
        self.refreshed: list[Area] = []
        self.cleared = 0

    def refresh(self, areas: Area) -> None:
        self.refreshed.append(areas)
        self.label.setText("DUPONT Hélène")

    def clear(self) -> None:
        self.cleared += 1
        self.label.clear()


def test_pages_are_cleared_on_lock_and_refreshed_on_unlock_only(qtbot, cabinet):
    spec = PageSpec("fake", Permission.PATIENT_READ, FakePatientPage, "Patients")
    shell, window = logged_in_window(qtbot, cabinet, "secretaire", pages=(spec,))
    page = window.pages["fake"]
    window.lock()
    assert page.cleared == 1 and page.label.text() == ""
    refreshes = len(page.refreshed)
    shell.ctx.notify(Area.PATIENTS)  # something changed while locked: nothing loads behind the lock
    assert len(page.refreshed) == refreshes
    submit(qtbot, window.lock_screen.form, PASSWORD)
    assert len(page.refreshed) == refreshes + 1 and page.label.text() == "DUPONT Hélène"
    shell.ctx.notify(Area.PATIENTS)
    assert page.refreshed[-1] == Area.PATIENTS


def test_nothing_shows_a_patient_after_a_switch_of_user(qtbot, cabinet):
    _shell, window = logged_in_window(qtbot, cabinet, "secretaire")
    search_patients_on_screen(qtbot, window)
    window.switch_user()
    assert not shows_patient(visible_texts())
    assert window.isVisible()  # the window stays open, showing only the login form
