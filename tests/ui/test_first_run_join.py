"""« Rejoindre le pôle mère » in the first-run wizard: a new, empty PC connects to the parent
practice's database, lists its sites in the background, joins one and ends on the login window,
where people log in with the accounts that came from there. The password goes to the keyring only
once the join succeeded, the address to the settings without it; a failure is said in French and
keeps nothing. Fakes stand for the parent practice, except in the last test (real PostgreSQL)."""

from __future__ import annotations

import uuid

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard

from cabinet_app.db import UnitOfWork, make_engine, sqlite_url
from cabinet_app.errors import SyncAuthFailed, SyncJoinRefused, SyncUnreachable
from cabinet_app.messages import describe
from cabinet_app.migrations import upgrade
from cabinet_app.security.services import has_users
from cabinet_app.settings import LOCAL_SITE_ID, SYNC_URL
from cabinet_app.sync.central import central_init
from cabinet_app.sync.connect import parse_central_url, secret_name
from cabinet_app.sync.join import CentralSite
from cabinet_app.sync.service import SyncReport, synchronise
from cabinet_app.ui.first_run import FirstRunWizard
from cabinet_app.ui.sync.joining import CentralAccess
from cabinet_app.ui.sync.settings_dialog import SyncSettingsDialog
from tests.conftest import PASSWORD, build_small_cabinet
from tests.ui.shell_support import submit
from tests.ui.sync_support import PARENT_URL, FakeCentral, HeldRunner, french, settings_rows
from tests.ui.test_first_run import click, open_wizard

SERVICE = "cabinet-app"
SAVED_URL = "postgresql+psycopg://cabinet@pole-mere.example:5432/cabinet"  # as the core writes it
NIEUL = CentralSite(id=uuid.uuid4(), name="Cabinet secondaire de Nieul", kind="secondary", city="Nieul-le-Dolent")
PARENT = CentralSite(id=uuid.uuid4(), name="Pôle mère de la Roche", kind="parent", city="La Roche-sur-Yon")
AIZENAY = CentralSite(id=uuid.uuid4(), name="Cabinet d'Aizenay", kind="secondary", city="")
NEXT, BACK = QWizard.WizardButton.NextButton, QWizard.WizardButton.BackButton
FINISH, CANCEL = QWizard.WizardButton.FinishButton, QWizard.WizardButton.CancelButton


@pytest.fixture(autouse=True)
def in_french(qapp):
    french()


class FakeParentDatabase:
    """Stands for the parent practice's database: its sites, and a join that brings the small
    cabinet's accounts, planning and patients into the empty PC (or fails as told)."""

    def __init__(self, *, sites: tuple[CentralSite, ...] = (NIEUL, PARENT, AIZENAY),
                 connect_error: BaseException | None = None, join_error: BaseException | None = None) -> None:
        self.sites = list(sites)
        self.connect_error = connect_error
        self.join_error = join_error
        self.centrals: list[FakeCentral] = []
        self.joined: list[uuid.UUID] = []

    @property
    def access(self) -> CentralAccess:
        return CentralAccess(make_central=self.central, sites=self.list_sites, join=self.join)

    def central(self, url) -> FakeCentral:
        central = FakeCentral(url)
        self.centrals.append(central)
        return central

    def list_sites(self, _central: FakeCentral) -> list[CentralSite]:
        if self.connect_error is not None:
            raise self.connect_error
        return list(self.sites)

    def join(self, local, _central: FakeCentral, site_id: uuid.UUID) -> SyncReport:
        if self.join_error is not None:
            raise self.join_error
        self.joined.append(site_id)
        build_small_cabinet(local)
        return SyncReport(pulled=42, applied=42)


def connect_page(qtbot, engine, parent: FakeParentDatabase | None = None, **options):
    shell, wizard = open_wizard(qtbot, engine, central=(parent or FakeParentDatabase()).access, **options)
    qtbot.mouseClick(wizard.choice_page.join_radio, Qt.MouseButton.LeftButton)
    click(qtbot, wizard, NEXT)
    assert wizard.currentPage() is wizard.connect_page
    return shell, wizard


def type_address(qtbot, wizard: FirstRunWizard, url: str = PARENT_URL, password: str = "s3cret-du-pole") -> None:
    page = wizard.connect_page
    page.url_edit.clear()
    qtbot.keyClicks(page.url_edit, url)
    page.password_edit.clear()
    qtbot.keyClicks(page.password_edit, password)


def connect(qtbot, wizard: FirstRunWizard) -> None:
    """« Se connecter », and the sites page once they are loaded."""
    click(qtbot, wizard, NEXT)
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.join_page, timeout=3000)


def choose(wizard: FirstRunWizard, site: CentralSite) -> None:
    combo = wizard.join_page.site_combo
    combo.setCurrentIndex(combo.findData(str(site.id)))
    assert combo.currentIndex() >= 0


def combo_texts(wizard: FirstRunWizard) -> list[str]:
    combo = wizard.join_page.site_combo
    return [combo.itemText(i) for i in range(combo.count())]


def nothing_kept(engine, keyring) -> bool:
    with UnitOfWork(engine) as uow:
        no_accounts = not has_users(uow)
    return no_accounts and SYNC_URL.key not in settings_rows(engine) and keyring.store == {}


def kept_password(keyring, url: str = PARENT_URL) -> str | None:
    return keyring.store.get((SERVICE, secret_name(parse_central_url(url))))


def test_joining_brings_the_accounts_and_ends_on_the_login_window(qtbot, engine, memory_keyring):
    network = HeldRunner()
    parent = FakeParentDatabase()
    shell, wizard = connect_page(qtbot, engine, parent, network=network, pages=())
    type_address(qtbot, wizard)
    click(qtbot, wizard, NEXT)
    page = wizard.connect_page
    assert len(network.held) == 1 and parent.centrals == []  # on the network worker, not here
    assert page.status_label.text() == "Connexion en cours…"
    assert not wizard.button(NEXT).isEnabled() and page.url_edit.isReadOnly()
    network.release()
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.join_page, timeout=3000)
    [central] = parent.centrals
    assert central.url.password == "s3cret-du-pole" and central.disposed  # typed, kept in memory only
    assert memory_keyring.store == {}  # not yet: only once joined
    assert combo_texts(wizard) == [  # the parent practice first, then the secondary cabinets
        "Pôle mère de la Roche (pôle mère, La Roche-sur-Yon)", "Cabinet d'Aizenay (cabinet secondaire)",
        "Cabinet secondaire de Nieul (cabinet secondaire, Nieul-le-Dolent)"]
    assert wizard.join_page.site_combo.currentIndex() == -1  # a choice, never a default
    assert wizard.button(FINISH).text() == "&Rejoindre"

    choose(wizard, NIEUL)
    click(qtbot, wizard, FINISH)
    join_page = wizard.join_page
    assert len(network.held) == 1 and parent.joined == []
    assert join_page.progress.isVisible()
    assert join_page.status_label.text().startswith("Rattachement à « Cabinet secondaire de Nieul » :")
    assert not any(wizard.button(which).isEnabled() for which in (FINISH, BACK, CANCEL))
    wizard.reject()  # closing the window waits: the join would stop halfway
    assert wizard.isVisible()
    with qtbot.waitSignal(wizard.accepted, timeout=3000):
        network.release()
    assert parent.joined == [NIEUL.id]

    qtbot.waitUntil(lambda: shell.login_dialog is not None, timeout=3000)
    dialog = shell.login_dialog
    qtbot.addWidget(dialog)
    assert dialog.isVisible() and dialog.form.login_edit.text() == ""  # nobody logged in by the wizard
    rows = settings_rows(engine)
    assert rows[SYNC_URL.key] == SAVED_URL
    assert not any("s3cret" in value for value in rows.values())
    assert kept_password(memory_keyring) == "s3cret-du-pole"

    submit(qtbot, dialog.form, PASSWORD, "secretaire")  # an account that came from the parent practice
    assert shell.window is not None, dialog.form.error_label.text()
    qtbot.addWidget(shell.window)
    assert shell.ctx.session_user.user.login == "secretaire"


@pytest.mark.parametrize("error, expected", [
    (SyncUnreachable(reason="timeout expired"), describe(SyncUnreachable(reason="timeout expired"), "fr")),
    (SyncJoinRefused(users=3), describe(SyncJoinRefused(users=3), "fr")),
    (SyncAuthFailed(reason="x"), "Le serveur du pôle mère refuse cet identifiant ou ce mot de passe : "
                                 "vérifiez-les puis reconnectez-vous."),
])
def test_a_failed_join_says_why_and_keeps_nothing(qtbot, engine, memory_keyring, error, expected):
    shell, wizard = connect_page(qtbot, engine, FakeParentDatabase(join_error=error))
    type_address(qtbot, wizard)
    connect(qtbot, wizard)
    choose(wizard, NIEUL)
    click(qtbot, wizard, FINISH)
    page = wizard.join_page
    assert wizard.isVisible() and wizard.currentPage() is page and shell.login_dialog is None
    assert page.status_label.isVisible() and page.status_label.text() == expected
    assert not page.progress.isVisible()
    assert all(wizard.button(which).isEnabled() for which in (FINISH, BACK, CANCEL))  # try again, or go back
    assert nothing_kept(engine, memory_keyring)


def test_a_failed_join_puts_back_the_password_the_keyring_had(qtbot, engine, memory_keyring):
    name = secret_name(parse_central_url(PARENT_URL))
    memory_keyring.store[(SERVICE, name)] = "l-ancien"
    _shell, wizard = connect_page(qtbot, engine, FakeParentDatabase(join_error=SyncUnreachable(reason="cut")))
    type_address(qtbot, wizard)
    connect(qtbot, wizard)
    assert memory_keyring.store == {(SERVICE, name): "l-ancien"}
    choose(wizard, PARENT)
    click(qtbot, wizard, FINISH)
    assert memory_keyring.store == {(SERVICE, name): "l-ancien"}
    assert SYNC_URL.key not in settings_rows(engine)


def test_a_site_must_be_chosen(qtbot, engine, memory_keyring):
    parent = FakeParentDatabase()
    _shell, wizard = connect_page(qtbot, engine, parent)
    type_address(qtbot, wizard)
    connect(qtbot, wizard)
    click(qtbot, wizard, FINISH)
    assert wizard.join_page.site_error.text() == "Choisissez le site pour lequel ce poste travaille."
    assert parent.joined == [] and nothing_kept(engine, memory_keyring)


@pytest.mark.parametrize("error, expected", [
    (SyncUnreachable(reason="timeout expired"), describe(SyncUnreachable(reason="timeout expired"), "fr")),
    (SyncAuthFailed(reason="x"), "Le serveur du pôle mère refuse cet identifiant ou ce mot de passe : "
                                 "vérifiez-les puis reconnectez-vous."),
])
def test_a_failed_connection_says_why_and_stays(qtbot, engine, memory_keyring, error, expected):
    _shell, wizard = connect_page(qtbot, engine, FakeParentDatabase(connect_error=error))
    type_address(qtbot, wizard)
    click(qtbot, wizard, NEXT)
    page = wizard.connect_page
    assert wizard.currentPage() is page
    assert page.status_label.isVisible() and page.status_label.text() == expected
    assert wizard.button(NEXT).isEnabled() and not page.url_edit.isReadOnly()
    assert nothing_kept(engine, memory_keyring)


def test_a_bad_address_is_refused_beside_the_field(qtbot, engine, memory_keyring):
    parent = FakeParentDatabase()
    _shell, wizard = connect_page(qtbot, engine, parent)
    type_address(qtbot, wizard, "mysql://cabinet@serveur/cabinet")
    click(qtbot, wizard, NEXT)
    page = wizard.connect_page
    assert wizard.currentPage() is page and parent.centrals == []
    assert page.url_error.isVisible() and page.url_error.text() == (
        "L'adresse de la base du pôle mère n'est pas une adresse PostgreSQL valide "
        "(postgresql://utilisateur@hôte:port/base).")
    assert nothing_kept(engine, memory_keyring)


def test_without_a_keyring_a_password_stops_the_join_path(qtbot, engine):
    import keyring
    from keyring.backends import fail

    keyring.set_keyring(fail.Keyring())  # the memory keyring fixture puts its own back afterwards
    parent = FakeParentDatabase()
    _shell, wizard = connect_page(qtbot, engine, parent)
    type_address(qtbot, wizard)
    click(qtbot, wizard, NEXT)
    page = wizard.connect_page
    assert wizard.currentPage() is page and parent.centrals == []  # the parent practice is not even asked
    assert page.status_label.text().startswith("Aucun trousseau sécurisé n'est disponible sur ce poste")

    type_address(qtbot, wizard, password="")  # an address that needs no password goes on
    connect(qtbot, wizard)
    assert parent.centrals[0].url.password is None


def test_a_password_written_in_the_address_is_taken_out_of_it(qtbot, engine, memory_keyring):
    parent = FakeParentDatabase()
    _shell, wizard = connect_page(qtbot, engine, parent)
    type_address(qtbot, wizard, "postgresql://cabinet:dans-l-adresse@pole-mere.example:5432/cabinet", "")
    connect(qtbot, wizard)
    choose(wizard, NIEUL)
    with qtbot.waitSignal(wizard.accepted, timeout=3000):
        click(qtbot, wizard, FINISH)
    assert settings_rows(engine)[SYNC_URL.key] == SAVED_URL
    assert kept_password(memory_keyring) == "dans-l-adresse"


def test_a_parent_database_without_sites_is_explained(qtbot, engine, memory_keyring):
    _shell, wizard = connect_page(qtbot, engine, FakeParentDatabase(sites=()))
    type_address(qtbot, wizard)
    click(qtbot, wizard, NEXT)
    page = wizard.connect_page
    assert wizard.currentPage() is page
    assert page.status_label.text().startswith("La base du pôle mère n'a encore aucun site")
    assert nothing_kept(engine, memory_keyring)


def test_going_back_connects_again(qtbot, engine):
    parent = FakeParentDatabase()
    _shell, wizard = connect_page(qtbot, engine, parent)
    type_address(qtbot, wizard, password="")
    connect(qtbot, wizard)
    click(qtbot, wizard, BACK)
    assert wizard.currentPage() is wizard.connect_page
    parent.sites = [PARENT]
    connect(qtbot, wizard)
    assert len(parent.centrals) == 2
    assert combo_texts(wizard) == ["Pôle mère de la Roche (pôle mère, La Roche-sur-Yon)"]


# --- for real: a PostgreSQL parent practice's database, a cabinet that synced into it ------------

def test_a_new_computer_joins_a_real_parent_practice(qtbot, engine, tmp_path, pg_server, memory_keyring):
    url = pg_server.create_database()
    central = make_engine(url)
    nieul = make_engine(sqlite_url(tmp_path / "nieul.sqlite3"))
    try:
        central_init(central)
        upgrade(nieul)
        cabinet = build_small_cabinet(nieul)
        synchronise(nieul, central)
    finally:
        nieul.dispose()
        central.dispose()

    shell, wizard = open_wizard(qtbot, engine, pages=())
    qtbot.mouseClick(wizard.choice_page.join_radio, Qt.MouseButton.LeftButton)
    click(qtbot, wizard, NEXT)
    type_address(qtbot, wizard, url.replace("postgresql+psycopg://", "postgresql://"), password="")
    connect(qtbot, wizard)
    assert combo_texts(wizard) == ["Pôle mère de la Roche (pôle mère)",
                                   "Cabinet secondaire de Nieul (cabinet secondaire, Nieul-le-Dolent)"]
    choose(wizard, CentralSite(id=cabinet.site_id, name="", kind="", city=""))
    with qtbot.waitSignal(wizard.accepted, timeout=30000):
        click(qtbot, wizard, FINISH)

    qtbot.waitUntil(lambda: shell.login_dialog is not None, timeout=3000)
    dialog = shell.login_dialog
    qtbot.addWidget(dialog)
    rows = settings_rows(engine)
    assert rows[SYNC_URL.key] == url and rows[LOCAL_SITE_ID.key] == str(cabinet.site_id)
    assert memory_keyring.store == {}  # this server needs no password
    submit(qtbot, dialog.form, PASSWORD, "secretaire")
    assert shell.window is not None, dialog.form.error_label.text()
    qtbot.addWidget(shell.window)
    assert shell.ctx.session_user.user.login == "secretaire"
    settings = SyncSettingsDialog(shell.ctx)
    qtbot.addWidget(settings)
    assert settings.site_label.text() == "Ce poste : Cabinet secondaire de Nieul (cabinet secondaire)"
