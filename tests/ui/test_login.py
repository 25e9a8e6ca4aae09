"""The login dialog: a good login opens the main window; a wrong password, too many attempts and
a disabled account are refused with a French sentence, and audited."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from cabinet_app.security.model import AuditAction
from cabinet_app.security.services import set_active
from tests.conftest import PASSWORD
from tests.ui.shell_support import audit_actions, logged_in_window, make_shell, submit


def login_dialog(qtbot, cabinet):
    shell = make_shell(cabinet.engine)
    shell.start()
    dialog = shell.login_dialog
    assert dialog is not None and dialog.isVisible()
    qtbot.addWidget(dialog)
    return shell, dialog


def test_a_good_login_opens_the_main_window(qtbot, cabinet):
    shell, window = logged_in_window(qtbot, cabinet, "secretaire")
    assert window.isVisible()
    assert shell.login_dialog is None
    assert shell.ctx.session_user.user.login == "secretaire"
    assert window.user_label.text() == "Sophie Secrétaire — Secrétaire médicale"
    assert window.site_label.text() == "Cabinet secondaire de Nieul"
    assert window.windowTitle() == "Cabinet — Cabinet secondaire de Nieul"
    assert window.lock_label.text() == "Déverrouillé"
    assert audit_actions(cabinet.engine, "secretaire")[-1] is AuditAction.LOGIN


def test_a_wrong_password_is_refused_in_french_and_audited(qtbot, cabinet):
    shell, dialog = login_dialog(qtbot, cabinet)
    submit(qtbot, dialog.form, "pas-le-bon", "secretaire")
    assert dialog.form.error_label.text() == "Identifiant ou mot de passe incorrect."
    assert dialog.form.error_label.isVisible()
    assert dialog.form.password_edit.text() == ""
    assert dialog.isVisible() and shell.window is None
    assert audit_actions(cabinet.engine, "secretaire") == [AuditAction.LOGIN_FAILED]


def test_an_unknown_login_gets_the_same_sentence(qtbot, cabinet):
    _shell, dialog = login_dialog(qtbot, cabinet)
    submit(qtbot, dialog.form, PASSWORD, "personne")
    assert dialog.form.error_label.text() == "Identifiant ou mot de passe incorrect."


def test_empty_fields_are_asked_for(qtbot, cabinet):
    _shell, dialog = login_dialog(qtbot, cabinet)
    qtbot.mouseClick(dialog.form.submit_button, Qt.MouseButton.LeftButton)
    assert dialog.form.error_label.text() == "Saisissez votre identifiant."
    qtbot.keyClicks(dialog.form.login_edit, "secretaire")
    qtbot.mouseClick(dialog.form.submit_button, Qt.MouseButton.LeftButton)
    assert dialog.form.error_label.text() == "Saisissez votre mot de passe."
    assert audit_actions(cabinet.engine, "secretaire") == []


def test_repeated_failures_throttle_the_login(qtbot, cabinet):
    shell, dialog = login_dialog(qtbot, cabinet)
    for _ in range(3):
        submit(qtbot, dialog.form, "pas-le-bon", "dr.petit")
    submit(qtbot, dialog.form, PASSWORD, "dr.petit")  # even the right password must wait now
    text = dialog.form.error_label.text()
    assert text.startswith("Trop d'essais manqués pour « dr.petit » : réessayez dans ")
    assert text.endswith(" s.")
    assert shell.window is None
    assert audit_actions(cabinet.engine, "dr.petit") == [AuditAction.LOGIN_FAILED] * 3 + [
        AuditAction.LOGIN_THROTTLED]


def test_a_disabled_account_is_refused(qtbot, cabinet):
    with cabinet.uow("admin") as uow:
        set_active(uow, login="dr.petit", active=False)
        uow.commit()
    shell, dialog = login_dialog(qtbot, cabinet)
    submit(qtbot, dialog.form, PASSWORD, "dr.petit")
    assert dialog.form.error_label.text() == (
        "Le compte « dr.petit » est désactivé. Demandez à un administrateur.")
    assert shell.window is None


def test_quitting_the_login_dialog_ends_the_application(qtbot, cabinet):
    shell, dialog = login_dialog(qtbot, cabinet)
    buttons = dialog.findChild(QDialogButtonBox)
    [quit_button] = buttons.buttons()
    assert quit_button.text() == "&Quitter"
    with qtbot.waitSignal(shell.finished, timeout=3000) as blocker:
        qtbot.mouseClick(quit_button, Qt.MouseButton.LeftButton)
    assert blocker.args == [0]
    assert shell.window is None


def test_closing_the_main_window_logs_out(qtbot, cabinet):
    shell, window = logged_in_window(qtbot, cabinet, "dr.bernard")
    with qtbot.waitSignal(shell.finished, timeout=3000):
        window.close()
    assert audit_actions(cabinet.engine, "dr.bernard")[-2:] == [AuditAction.LOGIN, AuditAction.LOGOUT]
    assert shell.ctx.session_user is None
