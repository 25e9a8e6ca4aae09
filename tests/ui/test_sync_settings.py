"""« Synchronisation » settings with real widgets on the small cabinet's SQLite: which site this PC
is (read-only), the address is checked (French error beside it, nothing saved), the password goes
to the keyring and never to the settings, the connection test runs on the network worker and says
what it found."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from cabinet_app.errors import SyncAuthFailed, SyncUnreachable
from cabinet_app.messages import describe
from cabinet_app.settings import LOCAL_SITE_ID, SYNC_INTERVAL_MINUTES, SYNC_URL
from cabinet_app.sync.connect import parse_central_url, secret_name
from cabinet_app.ui.sync.settings_dialog import SyncSettingsDialog
from tests.ui.sync_support import PARENT_URL, HeldRunner, configure, french, make_ctx, settings_rows

SERVICE = "cabinet-app"


@pytest.fixture(autouse=True)
def in_french(qapp):
    french()


def open_dialog(qtbot, cabinet, login: str = "admin", **options) -> SyncSettingsDialog:
    network = options.pop("network", None)
    dialog = SyncSettingsDialog(make_ctx(cabinet, login, network=network), **options)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def type_in(qtbot, dialog: SyncSettingsDialog, url: str, password: str = "", minutes: int | None = None) -> None:
    dialog.url_edit.clear()
    qtbot.keyClicks(dialog.url_edit, url)
    dialog.password_edit.clear()
    qtbot.keyClicks(dialog.password_edit, password)
    if minutes is not None:
        dialog.interval_spin.setValue(minutes)


def stored_password(keyring, url: str) -> str | None:
    return keyring.store.get((SERVICE, secret_name(parse_central_url(url))))


def test_the_dialog_says_which_site_this_computer_is(qtbot, cabinet):
    dialog = open_dialog(qtbot, cabinet, "dr.bernard")
    assert dialog.site_label.isVisible()
    assert dialog.site_label.text() == "Ce poste : Cabinet secondaire de Nieul (cabinet secondaire)"
    with cabinet.uow("admin") as uow:
        uow.settings.set(LOCAL_SITE_ID, str(cabinet.parent_id))
        uow.commit()
    assert open_dialog(qtbot, cabinet).site_label.text() == "Ce poste : Pôle mère de la Roche (pôle mère)"
    with cabinet.uow("admin") as uow:
        uow.settings.set(LOCAL_SITE_ID, "")
        uow.commit()
    assert open_dialog(qtbot, cabinet).site_label.text() == "Ce poste : aucun site pour l'instant"


def test_the_admin_saves_the_address_and_the_password_goes_to_the_keyring(qtbot, cabinet, memory_keyring):
    dialog = open_dialog(qtbot, cabinet)
    assert dialog.windowTitle() == "Synchronisation avec le pôle mère"
    assert dialog.interval_spin.value() == 10 and dialog.password_edit.placeholderText() == "Aucun mot de passe enregistré"
    type_in(qtbot, dialog, PARENT_URL, "s3cret-du-pole", minutes=30)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible() and dialog.result() == dialog.DialogCode.Accepted
    rows = settings_rows(cabinet.engine)
    assert rows[SYNC_URL.key] == PARENT_URL and rows[SYNC_INTERVAL_MINUTES.key] == "30"
    assert not any("s3cret" in value for value in rows.values())  # never in the settings
    assert stored_password(memory_keyring, PARENT_URL) == "s3cret-du-pole"

    again = open_dialog(qtbot, cabinet)
    assert again.url_edit.text() == PARENT_URL and again.interval_spin.value() == 30
    assert again.password_edit.text() == ""
    assert again.password_edit.placeholderText() == "Enregistré dans le trousseau (laisser vide pour le garder)"


def test_a_password_written_in_the_address_is_taken_out_of_it(qtbot, cabinet, memory_keyring):
    dialog = open_dialog(qtbot, cabinet)
    type_in(qtbot, dialog, "postgresql://cabinet:dans-l-adresse@pole-mere.example:5432/cabinet")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert settings_rows(cabinet.engine)[SYNC_URL.key] == PARENT_URL
    assert stored_password(memory_keyring, PARENT_URL) == "dans-l-adresse"


def test_a_bad_address_is_refused_beside_the_field_and_nothing_is_saved(qtbot, cabinet, memory_keyring):
    dialog = open_dialog(qtbot, cabinet)
    type_in(qtbot, dialog, "mysql://cabinet@serveur/cabinet", "motdepasse", minutes=5)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert dialog.url_error.isVisible()
    assert dialog.url_error.text() == (
        "L'adresse de la base du pôle mère n'est pas une adresse PostgreSQL valide "
        "(postgresql://utilisateur@hôte:port/base).")
    assert SYNC_URL.key not in settings_rows(cabinet.engine)
    assert SYNC_INTERVAL_MINUTES.key not in settings_rows(cabinet.engine)
    assert memory_keyring.store == {}
    assert dialog.save_button.isEnabled()  # the person corrects and saves again
    type_in(qtbot, dialog, PARENT_URL, minutes=5)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible() and settings_rows(cabinet.engine)[SYNC_URL.key] == PARENT_URL


def test_without_a_keyring_the_password_is_refused_and_nothing_saved(qtbot, cabinet):
    import keyring
    from keyring.backends import fail

    keyring.set_keyring(fail.Keyring())  # the memory keyring fixture puts its own back afterwards
    dialog = open_dialog(qtbot, cabinet)
    type_in(qtbot, dialog, PARENT_URL, "motdepasse")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and dialog.error_label.text().startswith("Aucun trousseau sécurisé")
    assert SYNC_URL.key not in settings_rows(cabinet.engine)


def test_others_see_the_settings_read_only(qtbot, cabinet):
    configure(cabinet, minutes=15)
    dialog = open_dialog(qtbot, cabinet, "dr.bernard")
    assert dialog.url_edit.text() == PARENT_URL and dialog.interval_spin.value() == 15
    assert dialog.url_edit.isReadOnly() and not dialog.interval_spin.isEnabled()
    assert not dialog.password_edit.isEnabled()
    assert not dialog.save_button.isVisible()
    assert "Seul un administrateur peut modifier ces réglages." in [
        label.text() for label in dialog.findChildren(type(dialog.url_error))]


def test_the_connection_test_runs_in_the_background_and_shows_the_version(qtbot, cabinet):
    network = HeldRunner()
    seen = []

    def tester(target):
        seen.append(target)
        return "16.4"

    dialog = open_dialog(qtbot, cabinet, network=network, tester=tester)
    type_in(qtbot, dialog, PARENT_URL, "tape-a-l-instant")
    qtbot.mouseClick(dialog.test_button, Qt.MouseButton.LeftButton)
    assert seen == [] and len(network.held) == 1  # on the network worker, not here
    assert not dialog.test_button.isEnabled() and dialog.test_label.text() == "Connexion en cours…"
    network.release()
    assert seen[0].password == "tape-a-l-instant" and seen[0].host == "pole-mere.example"
    assert dialog.test_label.text() == "Connexion réussie : PostgreSQL 16.4."
    assert dialog.test_button.isEnabled()
    assert SYNC_URL.key not in settings_rows(cabinet.engine)  # a test saves nothing


@pytest.mark.parametrize("error", [SyncUnreachable(reason="timeout expired"), SyncAuthFailed(reason="x")])
def test_a_failed_connection_test_says_why_in_french(qtbot, cabinet, error):
    def tester(_target):
        raise error

    dialog = open_dialog(qtbot, cabinet, tester=tester)
    type_in(qtbot, dialog, PARENT_URL)
    qtbot.mouseClick(dialog.test_button, Qt.MouseButton.LeftButton)
    assert dialog.test_label.text() == describe(error, "fr")
    assert dialog.test_label.text().startswith(("Le serveur du pôle mère est injoignable",
                                                "Le serveur du pôle mère refuse"))
    assert dialog.test_button.isEnabled()


def test_a_connection_test_with_a_bad_address_never_leaves(qtbot, cabinet):
    dialog = open_dialog(qtbot, cabinet, tester=lambda _target: pytest.fail("no test with a bad address"))
    type_in(qtbot, dialog, "pas une adresse")
    qtbot.mouseClick(dialog.test_button, Qt.MouseButton.LeftButton)
    assert dialog.url_error.text().startswith("L'adresse de la base du pôle mère n'est pas")
