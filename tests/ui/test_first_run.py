"""The first-run wizard on an empty database: its first page chooses between a new practice and
joining the parent practice (tests/ui/test_first_run_join.py); a new practice gets its site and
first administrator, or is told in French what is wrong and nothing is saved."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWizard

from cabinet_app.db import UnitOfWork
from cabinet_app.planning.model import PractitionerStatus, SiteKind
from cabinet_app.planning.services import list_practitioners, list_sites
from cabinet_app.security.permissions import Role
from cabinet_app.security.services import authenticate, has_users
from cabinet_app.ui.first_run import FirstRunWizard
from tests.ui.shell_support import make_shell

PASSWORD = "un-long-mot-de-passe"


def open_wizard(qtbot, engine, **options) -> tuple[object, FirstRunWizard]:
    """The shell on an empty database: the wizard, on its first page (the choice)."""
    shell = make_shell(engine, **options)
    shell.start()
    wizard = shell.wizard
    assert wizard is not None and wizard.isVisible()
    qtbot.addWidget(wizard)
    assert wizard.currentPage() is wizard.choice_page
    return shell, wizard


def start_wizard(qtbot, engine) -> tuple[object, FirstRunWizard]:
    """The wizard on its site page: « Créer un nouveau cabinet » is the choice already made."""
    shell, wizard = open_wizard(qtbot, engine)
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    assert wizard.currentPage() is wizard.site_page
    return shell, wizard


def click(qtbot, wizard: FirstRunWizard, which: QWizard.WizardButton) -> None:
    qtbot.mouseClick(wizard.button(which), Qt.MouseButton.LeftButton)


def test_the_first_page_chooses_between_a_new_practice_and_joining(qtbot, engine):
    _shell, wizard = open_wizard(qtbot, engine)
    page = wizard.choice_page
    assert wizard.windowTitle() == "Cabinet — Premier démarrage"
    assert page.title() == "Bienvenue dans Cabinet"
    assert page.create_radio.text() == "&Créer un nouveau cabinet"
    assert page.join_radio.text() == "&Rejoindre le pôle mère (ce poste rejoint un cabinet existant)"
    assert page.create_radio.isChecked() and not page.join_radio.isChecked()
    assert not wizard.button(QWizard.WizardButton.BackButton).isVisible()  # the first page
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    assert wizard.currentPage() is wizard.site_page  # the existing flow, unchanged
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    assert wizard.currentPage() is wizard.site_page  # the site is still checked first
    click(qtbot, wizard, QWizard.WizardButton.BackButton)
    qtbot.mouseClick(page.join_radio, Qt.MouseButton.LeftButton)
    assert page.join_radio.isChecked() and not page.create_radio.isChecked()
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    assert wizard.currentPage() is wizard.connect_page
    assert wizard.button(QWizard.WizardButton.NextButton).text() == "Se &connecter >"
    click(qtbot, wizard, QWizard.WizardButton.BackButton)
    assert wizard.currentPage() is page
    assert nothing_saved(engine)


def fill_site(qtbot, wizard: FirstRunWizard, *, name: str = "Cabinet secondaire d'Ajain",
              postal_code: str = "23380") -> None:
    page = wizard.site_page
    qtbot.keyClicks(page.name_edit, name)
    page.kind_combo.setCurrentIndex(page.kind_combo.findData(SiteKind.SECONDARY))
    qtbot.keyClicks(page.address_edit, "2 place de la Mairie")
    qtbot.keyClicks(page.postal_code_edit, postal_code)
    qtbot.keyClicks(page.city_edit, "Ajain")
    qtbot.keyClicks(page.phone_edit, "05 55 00 00 00")
    page.min_spin.setValue(2)


def fill_admin(qtbot, wizard: FirstRunWizard, *, login: str = "coordination", password: str = PASSWORD,
               confirm: str | None = None, role: Role = Role.SECRETARY, rpps: str = "10001234567") -> None:
    page = wizard.admin_page
    qtbot.keyClicks(page.display_name_edit, "Coordination Ajain")
    qtbot.keyClicks(page.login_edit, login)
    qtbot.keyClicks(page.password_edit, password)
    qtbot.keyClicks(page.confirm_edit, password if confirm is None else confirm)
    page.role_combo.setCurrentIndex(page.role_combo.findData(role))
    if role is Role.TITULAR:
        qtbot.keyClicks(page.first_name_edit, "Claire")
        qtbot.keyClicks(page.last_name_edit, "Bernard")
        qtbot.keyClicks(page.rpps_edit, rpps)


def error_text(page, field: str) -> str:
    label = page.findChild(QLabel, f"error_{field}")
    return label.text() if label is not None and not label.isHidden() else ""


def nothing_saved(engine) -> bool:
    with UnitOfWork(engine) as uow:
        return not has_users(uow) and not list_sites(uow)


def test_wizard_creates_the_site_and_the_first_admin(qtbot, engine):
    shell, wizard = start_wizard(qtbot, engine)
    fill_site(qtbot, wizard)
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    assert wizard.currentPage() is wizard.admin_page
    fill_admin(qtbot, wizard)
    with qtbot.waitSignal(wizard.accepted, timeout=3000):
        click(qtbot, wizard, QWizard.WizardButton.FinishButton)
    with UnitOfWork(engine) as uow:
        [site] = list_sites(uow)
        user = authenticate(uow, login="coordination", password=PASSWORD).user
    assert (site.name, site.kind, site.postal_code, site.city, site.min_practitioners) == (
        "Cabinet secondaire d'Ajain", SiteKind.SECONDARY, "23380", "Ajain", 2)
    assert user.is_admin and user.role is Role.SECRETARY
    qtbot.waitUntil(lambda: shell.login_dialog is not None)
    qtbot.addWidget(shell.login_dialog)
    assert shell.login_dialog.form.login_edit.text() == "coordination"


def test_a_titular_first_admin_gets_a_practitioner_record(qtbot, engine):
    _shell, wizard = start_wizard(qtbot, engine)
    fill_site(qtbot, wizard)
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    fill_admin(qtbot, wizard, login="dr.bernard", role=Role.TITULAR)
    assert wizard.admin_page.doctor_box.isVisible()
    with qtbot.waitSignal(wizard.accepted, timeout=3000):
        click(qtbot, wizard, QWizard.WizardButton.FinishButton)
    with UnitOfWork(engine) as uow:
        [practitioner] = list_practitioners(uow)
    assert (practitioner.last_name, practitioner.rpps, practitioner.status) == (
        "Bernard", "10001234567", PractitionerStatus.TITULAR)
    assert wizard.created_user.practitioner_id == practitioner.id


def test_invalid_site_is_explained_in_french_and_the_wizard_stays(qtbot, engine):
    _shell, wizard = start_wizard(qtbot, engine)
    fill_site(qtbot, wizard, name="", postal_code="233")
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    page = wizard.site_page
    assert wizard.currentPage() is page
    assert error_text(page, "name") == "Nom est obligatoire."
    assert error_text(page, "postal_code") == "Code postal doit compter 5 chiffres."
    assert error_text(page, "city") == ""
    assert nothing_saved(engine)


def test_invalid_admin_is_explained_in_french_and_nothing_is_saved(qtbot, engine):
    _shell, wizard = start_wizard(qtbot, engine)
    fill_site(qtbot, wizard)
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    fill_admin(qtbot, wizard, login="Jean Dupont", password="court", role=Role.TITULAR, rpps="12345")
    click(qtbot, wizard, QWizard.WizardButton.FinishButton)
    page = wizard.admin_page
    assert wizard.isVisible() and wizard.currentPage() is page
    assert error_text(page, "login").startswith("Identifiant doit compter 2 à 60 caractères")
    assert error_text(page, "password") == "Mot de passe doit compter au moins 8 caractères."
    assert error_text(page, "rpps") == "RPPS doit compter exactement 11 chiffres."
    assert nothing_saved(engine)


def test_different_passwords_are_refused(qtbot, engine):
    _shell, wizard = start_wizard(qtbot, engine)
    fill_site(qtbot, wizard)
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    fill_admin(qtbot, wizard, confirm="un-autre-mot-de-passe")
    click(qtbot, wizard, QWizard.WizardButton.FinishButton)
    assert error_text(wizard.admin_page, "confirm") == "Les deux mots de passe sont différents."
    assert nothing_saved(engine)


def test_a_refusal_of_the_core_is_shown_and_nothing_is_saved(qtbot, engine, monkeypatch):
    """What only the core can check (here: a clashing RPPS is simulated) is shown, not saved."""
    from cabinet_app.errors import DuplicateValue
    from cabinet_app.ui import first_run as ui_first_run

    def refuse(uow, *, site, admin):
        raise DuplicateValue(field="rpps", value=admin.rpps)

    monkeypatch.setattr(ui_first_run, "initialise_cabinet", refuse)
    _shell, wizard = start_wizard(qtbot, engine)
    fill_site(qtbot, wizard)
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    fill_admin(qtbot, wizard, role=Role.TITULAR)
    click(qtbot, wizard, QWizard.WizardButton.FinishButton)
    assert "RPPS « 10001234567 » est déjà enregistré" in error_text(wizard.admin_page, "rpps")
    assert wizard.isVisible()
    assert nothing_saved(engine)


def test_quitting_the_wizard_ends_the_application(qtbot, engine):
    shell, wizard = start_wizard(qtbot, engine)
    with qtbot.waitSignal(shell.finished, timeout=3000) as blocker:
        click(qtbot, wizard, QWizard.WizardButton.CancelButton)
    assert blocker.args == [0]
    assert nothing_saved(engine)
