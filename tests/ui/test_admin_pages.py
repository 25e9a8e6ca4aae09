"""Administration pages (accounts, audit log) with real widgets, and their models without."""

from __future__ import annotations

import json
import uuid
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QDate, Qt, QTranslator
from PySide6.QtWidgets import QLineEdit

from cabinet_app.changes import Area
from cabinet_app.db import UnitOfWork
from cabinet_app.errors import AccountDisabled, DuplicateLogin
from cabinet_app.messages import describe, problem_text
from cabinet_app.security.model import AuditAction
from cabinet_app.security.permissions import Role
from cabinet_app.security.services import AuditRow, UserInfo, authenticate, list_audit, list_users
from cabinet_app.ui.admin import AuditPage, UsersPage
from cabinet_app.ui.admin.models import AuditTableModel, UserTableModel, action_label, role_label
from cabinet_app.ui.admin.user_dialogs import PasswordDialog, UserDialog
from cabinet_app.ui.context import AppContext
from cabinet_app.ui.tasks import InlineRunner
from tests.conftest import PASSWORD

FRENCH_QM = Path(__file__).resolve().parents[2] / "cabinet_app" / "i18n" / "cabinet_fr.qm"
FRENCH_ROLES = {
    Role.SECRETARY: "Secrétaire", Role.REPLACEMENT: "Remplaçant", Role.INTERN: "Interne",
    Role.TITULAR: "Titulaire", Role.SALARIED: "Salarié",
}
A = AuditAction
FRENCH_ACTIONS = {
    A.LOGIN: "Connexion", A.LOGIN_FAILED: "Échec de connexion", A.LOGIN_THROTTLED: "Connexion bloquée",
    A.LOGOUT: "Déconnexion", A.LOCK: "Verrouillage", A.UNLOCK: "Déverrouillage",
    A.PATIENT_OPEN: "Ouverture du dossier", A.PATIENT_CREATE: "Création du patient",
    A.PATIENT_UPDATE: "Modification du patient", A.PATIENT_DELETE: "Suppression du patient",
    A.PATIENT_SEARCH: "Recherche de patients", A.USER_CREATE: "Création d'utilisateur",
    A.USER_UPDATE: "Modification d'utilisateur", A.USER_PASSWORD: "Changement de mot de passe",
    A.USER_DISABLE: "Désactivation d'utilisateur", A.SETUP: "Premier démarrage",
    A.APPOINTMENT_BOOK: "Rendez-vous pris", A.APPOINTMENT_MOVE: "Rendez-vous déplacé",
    A.APPOINTMENT_CANCEL: "Rendez-vous annulé", A.CONFLICT_RESOLVE: "Conflit de synchronisation réglé",
}


@pytest.fixture
def ctx(cabinet) -> AppContext:
    context = AppContext(cabinet.engine, InlineRunner(), language="fr")
    context.set_session_user(cabinet.login("admin"))
    return context


@pytest.fixture
def users_page(qtbot, ctx) -> UsersPage:
    page = UsersPage(ctx)
    ctx.changed.connect(page.refresh)  # what the main window does
    qtbot.addWidget(page)
    page.show()
    return page


@pytest.fixture
def audit_page(qtbot, ctx) -> AuditPage:
    page = AuditPage(ctx)
    ctx.changed.connect(page.refresh)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitExposed(page)
    return page


@pytest.fixture
def french(qapp):
    """The compiled French translation when the build made it and it holds these pages' labels
    (else the English sources; tests/ui/test_translations.py checks that nothing is missing)."""
    translator = QTranslator()
    loaded = (FRENCH_QM.exists() and translator.load(str(FRENCH_QM))
              and bool(translator.translate("AdminLabels", "Login")))
    if loaded:
        QCoreApplication.installTranslator(translator)
    yield loaded
    if loaded:
        QCoreApplication.removeTranslator(translator)


def users(cabinet) -> dict[str, UserInfo]:
    with cabinet.uow("admin") as uow:
        return {u.login: u for u in list_users(uow)}


def fill(dialog, **values) -> None:
    for key, value in values.items():
        widget = dialog.fields[key]
        if isinstance(widget, QLineEdit):
            widget.setText(value)
        else:
            widget.setCurrentIndex(widget.findData(value))


def select(page: UsersPage, login: str) -> None:
    assert page.select_user(login)


# --- models, without views ------------------------------------------------------------------

def test_user_model_shows_french_labels_and_paris_time(qapp):
    model = UserTableModel()
    summer = datetime(2024, 7, 1, 6, 30, tzinfo=timezone.utc)
    rows = [UserInfo(id=uuid.uuid4(), login="dr.petit", display_name="Dr Hugo Petit", role=Role.REPLACEMENT,
                     is_admin=False, practitioner_id=None, active=False, last_login_at=summer),
            UserInfo(id=uuid.uuid4(), login="admin", display_name="Admin", role=Role.SECRETARY,
                     is_admin=True, practitioner_id=None, active=True, last_login_at=None)]
    model.set_rows(rows)
    cell = lambda r, c: model.index(r, c).data()  # noqa: E731
    assert cell(0, UserTableModel.LAST_LOGIN) == "01/07/2024 08:30"  # UTC+2 in summer
    assert cell(0, UserTableModel.ROLE) == role_label(Role.REPLACEMENT)
    assert model.index(0, 0).data(UserTableModel.ROW_ROLE) is rows[0]
    assert model.index(0, 0).data(Qt.ItemDataRole.ForegroundRole) is not None  # disabled: greyed
    assert model.index(1, 0).data(Qt.ItemDataRole.ForegroundRole) is None
    assert model.index(1, UserTableModel.LAST_LOGIN).data(UserTableModel.SORT_ROLE) == ""


def test_audit_model_formats_actions_and_details(qapp):
    winter = datetime(2024, 1, 15, 23, 30, tzinfo=timezone.utc)
    row = AuditRow(id=uuid.uuid4(), at=winter, login="secretaire", action=AuditAction.PATIENT_UPDATE,
                   patient_id=uuid.uuid4(), target="MARTIN Jean", details=json.dumps({"fields": ["city", "phone"]}))
    model = AuditTableModel(language="fr")
    model.set_rows([row])
    assert model.index(0, AuditTableModel.AT).data() == "16/01/2024 00:30"  # the next day in Paris
    assert model.index(0, AuditTableModel.ACTION).data() == action_label(AuditAction.PATIENT_UPDATE)
    assert model.index(0, AuditTableModel.TARGET).data() == "MARTIN Jean"
    assert "Ville, Téléphone" in model.index(0, AuditTableModel.DETAILS).data()
    assert model.index(0, AuditTableModel.AT).data(AuditTableModel.SORT_ROLE) == winter.isoformat()


def test_every_role_and_action_has_a_label(qapp, french):
    assert {role_label(r) for r in Role} and len({role_label(r) for r in Role}) == len(Role)
    assert len({action_label(a) for a in AuditAction}) == len(AuditAction)
    if french:
        assert {r: role_label(r) for r in Role} == FRENCH_ROLES
        assert {a: action_label(a) for a in AuditAction} == FRENCH_ACTIONS


# --- users page -----------------------------------------------------------------------------

def test_lists_the_accounts(users_page):
    logins = {users_page.model.row_at(r).login for r in range(users_page.model.rowCount())}
    assert logins == {"admin", "secretaire", "dr.bernard", "dr.petit", "ines.roux"}
    assert not users_page.password_button.isEnabled()  # nothing selected yet


def test_admin_creates_a_user_through_the_dialog(qtbot, users_page, cabinet):
    qtbot.mouseClick(users_page.new_button, Qt.MouseButton.LeftButton)
    dialog = users_page.dialog
    assert isinstance(dialog, UserDialog) and dialog.isVisible()
    assert not dialog.practitioner_combo.isEnabled()  # secretary by default
    fill(dialog, login="dr.moreau", display_name="Dr Léa Moreau", role=Role.REPLACEMENT.value,
         practitioner_id=str(cabinet.replacement_id), password="un-mot-de-passe", confirmation="un-mot-de-passe")
    assert dialog.practitioner_combo.isEnabled()
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert users_page.dialog is None  # closed (and deleted later)
    created = users(cabinet)["dr.moreau"]
    assert (created.role, created.practitioner_id, created.is_admin) == (Role.REPLACEMENT, cabinet.replacement_id, False)
    assert users_page.selected_user().login == "dr.moreau"
    assert "dr.moreau" in users_page.message_label.text()
    with UnitOfWork(cabinet.engine) as uow:
        assert authenticate(uow, login="dr.moreau", password="un-mot-de-passe").user.id == created.id
    with cabinet.uow("admin") as uow:
        assert list_audit(uow, action=AuditAction.USER_CREATE)[0].target == "dr.moreau"


def test_user_dialog_refuses_bad_input_and_keeps_it(qtbot, users_page, cabinet):
    before = set(users(cabinet))
    qtbot.mouseClick(users_page.new_button, Qt.MouseButton.LeftButton)
    dialog = users_page.dialog
    fill(dialog, login="secretaire", display_name="Autre", password="un-mot-de-passe", confirmation="autre-chose")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and dialog.error_text("confirmation")  # the two passwords differ

    fill(dialog, confirmation="un-mot-de-passe")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert dialog.error_text("login") == describe(DuplicateLogin(login="secretaire"), "fr")
    assert dialog.error_text("login").startswith("L'identifiant « secretaire » existe déjà")
    assert dialog.error_text("confirmation") == ""

    fill(dialog, login="dr.x", role=Role.INTERN.value, password="court", confirmation="court")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.error_text("practitioner_id") == problem_text("practitioner_id", "practitioner_required", "fr")
    assert dialog.error_text("password") == problem_text("password", "password_too_short", "fr")
    assert dialog.fields["display_name"].text() == "Autre"
    assert set(users(cabinet)) == before


def test_disable_and_reactivate(qtbot, users_page, cabinet):
    select(users_page, "dr.petit")
    assert users_page.toggle_button.text() == users_page.tr("Disable")
    qtbot.mouseClick(users_page.toggle_button, Qt.MouseButton.LeftButton)
    assert users(cabinet)["dr.petit"].active is False
    assert users_page.selected_user().active is False
    assert users_page.toggle_button.text() == users_page.tr("Reactivate")
    with UnitOfWork(cabinet.engine) as uow, pytest.raises(AccountDisabled):
        authenticate(uow, login="dr.petit", password=PASSWORD)
    qtbot.mouseClick(users_page.toggle_button, Qt.MouseButton.LeftButton)
    assert users(cabinet)["dr.petit"].active is True


def test_an_admin_cannot_disable_their_own_account(qtbot, users_page, cabinet):
    select(users_page, "admin")
    qtbot.mouseClick(users_page.toggle_button, Qt.MouseButton.LeftButton)
    assert users_page.message_label.text() == problem_text("login", "cannot_disable_self", "fr")
    assert users(cabinet)["admin"].active is True


def test_reset_a_password(qtbot, users_page, cabinet):
    select(users_page, "secretaire")
    qtbot.mouseClick(users_page.password_button, Qt.MouseButton.LeftButton)
    dialog = users_page.dialog
    assert isinstance(dialog, PasswordDialog) and dialog.user.login == "secretaire"
    fill(dialog, password="nouveau-secret", confirmation="nouveau-secret")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert users_page.dialog is None  # closed (and deleted later)
    with UnitOfWork(cabinet.engine) as uow:
        authenticate(uow, login="secretaire", password="nouveau-secret")


def test_users_page_is_closed_to_non_admins_and_cleared(qtbot, users_page, ctx, cabinet):
    users_page.clear()
    assert users_page.model.rowCount() == 0
    ctx.set_session_user(cabinet.login("secretaire"))
    assert not users_page.isEnabled() and users_page.model.rowCount() == 0


# --- audit page -----------------------------------------------------------------------------

def test_audit_page_shows_the_admins_own_login(audit_page, french):
    model = audit_page.model
    rows = [model.row_at(r) for r in range(model.rowCount())]
    [mine] = [r for r in rows if r.login == "admin" and r.action is AuditAction.LOGIN][:1]
    row = rows.index(mine)
    assert model.index(row, AuditTableModel.ACTION).data() == action_label(AuditAction.LOGIN)
    assert model.index(row, AuditTableModel.LOGIN).data() == "admin"
    if french:
        assert model.index(row, AuditTableModel.ACTION).data() == "Connexion"


def test_audit_filters(qtbot, audit_page, cabinet):
    cabinet.login("secretaire")
    audit_page.refresh(Area.AUDIT)
    actions = {audit_page.model.row_at(r).action for r in range(audit_page.model.rowCount())}
    assert {AuditAction.LOGIN, AuditAction.PATIENT_CREATE} <= actions

    audit_page.action_filter.setCurrentIndex(audit_page.action_filter.findData(AuditAction.LOGIN.value))
    rows = [audit_page.model.row_at(r) for r in range(audit_page.model.rowCount())]
    assert rows and {r.action for r in rows} == {AuditAction.LOGIN}

    qtbot.keyClicks(audit_page.login_filter, "secretaire")
    qtbot.waitUntil(lambda: {audit_page.model.row_at(r).login for r in range(audit_page.model.rowCount())}
                    == {"secretaire"}, timeout=2000)

    audit_page.since_edit.setDate(QDate(date.today() - timedelta(days=400)))
    audit_page.until_edit.setDate(QDate(date.today() - timedelta(days=390)))
    assert audit_page.model.rowCount() == 0
    audit_page.clear()
    assert audit_page.action_filter.currentIndex() == 0 and audit_page.login_filter.text() == ""


def test_hidden_audit_page_reloads_when_shown(qtbot, ctx, cabinet):
    page = AuditPage(ctx)
    qtbot.addWidget(page)
    assert page.model.rowCount() == 0  # nothing loaded while hidden
    page.show()
    qtbot.waitExposed(page)
    shown = page.model.rowCount()
    assert shown > 0
    page.hide()
    cabinet.login("dr.bernard")
    page.refresh(Area.AUDIT)
    assert page.model.rowCount() == shown
    page.show()
    assert page.model.rowCount() == shown + 1
