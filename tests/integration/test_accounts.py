"""Accounts, throttling and the audit log through the services, on a real SQLite file."""

from __future__ import annotations

from datetime import timedelta

import pytest

from cabinet_app.clock import utcnow
from cabinet_app.db import UnitOfWork
from cabinet_app.errors import (
    AccountDisabled,
    AlreadyInitialised,
    DuplicateLogin,
    InvalidCredentials,
    LoginThrottled,
    PermissionDenied,
    ValidationError,
)
from cabinet_app.first_run import FirstAdmin, initialise_cabinet
from cabinet_app.planning.services import SiteInput
from cabinet_app.security.model import AuditAction
from cabinet_app.security.permissions import Role
from cabinet_app.security.services import (
    authenticate,
    create_user,
    list_audit,
    list_users,
    set_active,
    set_password,
)
from tests.conftest import PASSWORD


def _actions(cabinet, **filters):
    with cabinet.uow("admin") as uow:
        return [(r.login, r.action) for r in list_audit(uow, **filters)]


def test_login_is_audited_and_stamps_last_login(cabinet):
    user = cabinet.login("secretaire")
    assert user.user.role is Role.SECRETARY
    assert user.site_id == cabinet.site_id
    assert ("secretaire", AuditAction.LOGIN) in _actions(cabinet, login="secretaire")
    with cabinet.uow("admin") as uow:
        assert {u.login: u for u in list_users(uow)}["secretaire"].last_login_at is not None


def test_wrong_password_is_refused_and_audited(cabinet):
    with UnitOfWork(cabinet.engine) as uow, pytest.raises(InvalidCredentials):
        authenticate(uow, login="secretaire", password="mauvais")
    assert ("secretaire", AuditAction.LOGIN_FAILED) in _actions(cabinet, action="login_failed")


def test_unknown_login_is_refused_like_a_wrong_password(cabinet):
    with UnitOfWork(cabinet.engine) as uow, pytest.raises(InvalidCredentials):
        authenticate(uow, login="personne", password=PASSWORD)


def test_repeated_failures_throttle_even_the_right_password(cabinet):
    now = utcnow()
    for _ in range(3):
        with UnitOfWork(cabinet.engine) as uow, pytest.raises(InvalidCredentials):
            authenticate(uow, login="dr.petit", password="mauvais", now=now)
    with UnitOfWork(cabinet.engine) as uow, pytest.raises(LoginThrottled) as caught:
        authenticate(uow, login="dr.petit", password=PASSWORD, now=now + timedelta(seconds=5))
    assert 0 < caught.value.data["retry_after"] <= 30
    with UnitOfWork(cabinet.engine) as uow:  # after the delay, the right password works again
        assert authenticate(uow, login="dr.petit", password=PASSWORD, now=now + timedelta(seconds=31))


def test_a_disabled_account_cannot_log_in(cabinet):
    with cabinet.uow("admin") as uow:
        set_active(uow, login="dr.petit", active=False)
        uow.commit()
    with UnitOfWork(cabinet.engine) as uow, pytest.raises(AccountDisabled):
        authenticate(uow, login="dr.petit", password=PASSWORD)


def test_only_admins_manage_accounts(cabinet):
    with cabinet.uow("secretaire") as uow, pytest.raises(PermissionDenied):
        create_user(uow, login="nouveau", display_name="Nouveau", role=Role.SECRETARY, password=PASSWORD)
    with cabinet.uow("dr.bernard") as uow, pytest.raises(PermissionDenied):
        list_audit(uow)


def test_duplicate_logins_and_bad_fields_change_nothing(cabinet):
    with cabinet.uow("admin") as uow:
        with pytest.raises(DuplicateLogin):
            create_user(uow, login="Secretaire", display_name="Autre", role=Role.SECRETARY, password=PASSWORD)
        with pytest.raises(ValidationError) as caught:
            create_user(uow, login="x", display_name="", role=Role.REPLACEMENT, password="court")
        assert caught.value.problems == {"login": "login_format", "display_name": "required",
                                         "practitioner_id": "practitioner_required",
                                         "password": "password_too_short"}
        uow.commit()
    with cabinet.uow("admin") as uow:
        assert len(list_users(uow)) == 5


def test_users_change_their_own_password_with_the_current_one(cabinet):
    with cabinet.uow("dr.petit") as uow:
        with pytest.raises(InvalidCredentials):
            set_password(uow, login="dr.petit", new_password="nouveau-mdp", current_password="faux")
        with pytest.raises(PermissionDenied):
            set_password(uow, login="secretaire", new_password="nouveau-mdp")
        set_password(uow, login="dr.petit", new_password="nouveau-mdp", current_password=PASSWORD)
        uow.commit()
    with UnitOfWork(cabinet.engine) as uow:
        assert authenticate(uow, login="dr.petit", password="nouveau-mdp")


def test_the_last_admin_cannot_be_disabled(cabinet):
    with cabinet.uow("admin") as uow, pytest.raises(ValidationError):
        set_active(uow, login="admin", active=False)


def test_first_run_happens_once(cabinet):
    with UnitOfWork(cabinet.engine) as uow, pytest.raises(AlreadyInitialised):
        initialise_cabinet(uow, site=SiteInput(name="Autre"),
                           admin=FirstAdmin(display_name="X", login="x2", password=PASSWORD))
