"""Use cases of accounts: first run, users, login with throttling, lock, and the audit log."""

from __future__ import annotations

import json
import re
import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta

from ..changes import Area, Changed
from ..clock import utcnow
from ..db import Actor, UnitOfWork
from ..errors import (
    AccountDisabled,
    AlreadyInitialised,
    DuplicateLogin,
    InvalidCredentials,
    LoginThrottled,
    NotFound,
    PermissionDenied,
    ValidationError,
)
from ..settings import LOCAL_SITE_ID
from .model import AuditAction, AuditEntry, User
from .passwords import dummy_hash, hash_password, needs_rehash, password_problem, verify_password
from .permissions import Permission, Role, permissions_for

LOGIN_PATTERN = re.compile(r"^[a-z0-9][a-z0-9._-]{1,59}$")
FREE_ATTEMPTS = 3
FIRST_DELAY = timedelta(seconds=30)
MAX_DELAY = timedelta(minutes=15)


@dataclass(frozen=True)
class UserInfo:
    id: uuid.UUID
    login: str
    display_name: str
    role: Role
    is_admin: bool
    practitioner_id: uuid.UUID | None
    active: bool
    last_login_at: datetime | None


@dataclass(frozen=True)
class SessionUser:
    """The person logged in on the shared PC."""

    user: UserInfo
    site_id: uuid.UUID | None

    @property
    def actor(self) -> Actor:
        return Actor(
            user_id=self.user.id,
            site_id=self.site_id,
            login=self.user.login,
            role=self.user.role.value,
            is_admin=self.user.is_admin,
        )

    def can(self, permission: Permission) -> bool:
        return permission in permissions_for(self.user.role, is_admin=self.user.is_admin)


@dataclass(frozen=True)
class AuditRow:
    id: uuid.UUID
    at: datetime
    login: str
    action: AuditAction
    patient_id: uuid.UUID | None
    target: str
    details: str


def _user_info(user: User) -> UserInfo:
    return UserInfo(
        id=user.id,
        login=user.login,
        display_name=user.display_name,
        role=Role(user.role),
        is_admin=user.is_admin,
        practitioner_id=user.practitioner_id,
        active=user.active,
        last_login_at=user.last_login_at,
    )


def require(actor: Actor, permission: Permission) -> None:
    if permission not in permissions_for(actor.role, is_admin=actor.is_admin):
        raise PermissionDenied(permission=permission.value, login=actor.login)


def audit(
    uow: UnitOfWork,
    action: AuditAction,
    *,
    login: str | None = None,
    patient_id: uuid.UUID | None = None,
    target: str = "",
    details: dict[str, object] | None = None,
) -> None:
    """Append one audit row in the caller's transaction (so it commits with the change)."""
    uow.audit.add(
        AuditEntry(
            login=login or uow.actor.login,
            action=action,
            patient_id=patient_id,
            target=target,
            details=json.dumps(details, ensure_ascii=False, sort_keys=True, default=str) if details else "",
        )
    )


def normalise_login(login: str) -> str:
    return (login or "").strip().lower()


# --- users -----------------------------------------------------------------------------------

def _check_new_user(uow: UnitOfWork, *, login: str, display_name: str, role: Role | str,
                    password: str, practitioner_id: uuid.UUID | None) -> dict[str, str]:
    problems: dict[str, str] = {}
    if not LOGIN_PATTERN.match(login):
        problems["login"] = "login_format"
    if not display_name.strip():
        problems["display_name"] = "required"
    try:
        role = Role(role)
    except ValueError:
        problems["role"] = "unknown_role"
    else:
        if role.is_clinician:
            if practitioner_id is None:
                problems["practitioner_id"] = "practitioner_required"
            elif uow.practitioners.get(practitioner_id) is None:
                problems["practitioner_id"] = "unknown_practitioner"
    if (problem := password_problem(password)) is not None:
        problems["password"] = problem
    return problems


def create_user(
    uow: UnitOfWork,
    *,
    login: str,
    display_name: str,
    role: Role | str,
    password: str,
    practitioner_id: uuid.UUID | None = None,
    is_admin: bool = False,
) -> Changed[UserInfo]:
    require(uow.actor, Permission.USERS_MANAGE)
    login = normalise_login(login)
    problems = _check_new_user(uow, login=login, display_name=display_name, role=role,
                               password=password, practitioner_id=practitioner_id)
    if problems:
        raise ValidationError(problems)
    if uow.users.by_login(login) is not None:
        raise DuplicateLogin(login=login)
    user = User(
        login=login,
        display_name=display_name.strip(),
        role=Role(role),
        is_admin=is_admin,
        practitioner_id=practitioner_id if Role(role).is_clinician else None,
        password_hash=hash_password(password),
        active=True,
    )
    uow.users.add(user)
    uow.flush()
    audit(uow, AuditAction.USER_CREATE, target=login, details={"role": str(role), "admin": is_admin})
    return Changed(_user_info(user), Area.USERS | Area.AUDIT)


def list_users(uow: UnitOfWork) -> list[UserInfo]:
    require(uow.actor, Permission.USERS_MANAGE)
    return [_user_info(u) for u in uow.users.list()]


def _user_by_login(uow: UnitOfWork, login: str) -> User:
    user = uow.users.by_login(normalise_login(login))
    if user is None:
        raise NotFound(kind="user", key=login)
    return user


def set_password(uow: UnitOfWork, *, login: str, new_password: str,
                 current_password: str | None = None) -> Changed[UserInfo]:
    """An admin sets anyone's password; a user changes their own by giving the current one."""
    user = _user_by_login(uow, login)
    if Permission.USERS_MANAGE not in permissions_for(uow.actor.role, is_admin=uow.actor.is_admin):
        if uow.actor.user_id != user.id:
            raise PermissionDenied(permission=Permission.USERS_MANAGE.value, login=uow.actor.login)
        if current_password is None or not verify_password(user.password_hash, current_password):
            raise InvalidCredentials(login=user.login)
    if (problem := password_problem(new_password)) is not None:
        raise ValidationError({"password": problem})
    user.password_hash = hash_password(new_password)
    audit(uow, AuditAction.USER_PASSWORD, target=user.login)
    return Changed(_user_info(user), Area.USERS | Area.AUDIT)


def set_active(uow: UnitOfWork, *, login: str, active: bool) -> Changed[UserInfo]:
    require(uow.actor, Permission.USERS_MANAGE)
    user = _user_by_login(uow, login)
    if not active and user.id == uow.actor.user_id:
        raise ValidationError({"login": "cannot_disable_self"})
    if not active and user.is_admin and sum(u.is_admin and u.active for u in uow.users.list()) <= 1:
        raise ValidationError({"login": "last_admin"})
    user.active = active
    audit(uow, AuditAction.USER_DISABLE if not active else AuditAction.USER_UPDATE,
          target=user.login, details={"active": active})
    return Changed(_user_info(user), Area.USERS | Area.AUDIT)


def has_users(uow: UnitOfWork) -> bool:
    return uow.users.count() > 0


# --- login -----------------------------------------------------------------------------------

def _local_site(uow: UnitOfWork) -> uuid.UUID | None:
    raw = uow.settings.get(LOCAL_SITE_ID)
    return uuid.UUID(raw) if raw else None


def throttle_delay(failures: int) -> timedelta | None:
    """How long a login is refused after ``failures`` consecutive failures (None: not refused)."""
    if failures < FREE_ATTEMPTS:
        return None
    delay = FIRST_DELAY * (2 ** (failures - FREE_ATTEMPTS))
    return min(delay, MAX_DELAY)


def authenticate(uow: UnitOfWork, *, login: str, password: str, now: datetime | None = None,
                 purpose: AuditAction = AuditAction.LOGIN) -> SessionUser:
    """Check a login and password. Failures are counted per login on this PC; past a few the
    login is refused for a delay that doubles. Every outcome is audited and committed."""
    now = now or utcnow()
    login = normalise_login(login)
    throttle = uow.users.throttle(login)
    if throttle.blocked_until is not None and throttle.blocked_until > now:
        audit(uow, AuditAction.LOGIN_THROTTLED, login=login or "?")
        uow.commit()
        raise LoginThrottled(login=login, retry_after=(throttle.blocked_until - now).total_seconds())
    user = uow.users.by_login(login) if login else None
    valid = verify_password(user.password_hash if user else dummy_hash(), password) and user is not None
    if not valid:
        throttle.failures += 1
        delay = throttle_delay(throttle.failures)
        throttle.blocked_until = now + delay if delay else None
        audit(uow, AuditAction.LOGIN_FAILED, login=login or "?", details={"failures": throttle.failures})
        uow.commit()
        raise InvalidCredentials(login=login, failures=throttle.failures)
    assert user is not None
    if not user.active:
        audit(uow, AuditAction.LOGIN_FAILED, login=login, details={"reason": "disabled"})
        uow.commit()
        raise AccountDisabled(login=login)
    throttle.failures = 0
    throttle.blocked_until = None
    if needs_rehash(user.password_hash):
        user.password_hash = hash_password(password)
    user.last_login_at = now
    session_user = SessionUser(user=_user_info(user), site_id=_local_site(uow))
    uow.session.info["actor"] = session_user.actor  # type: ignore[union-attr]
    audit(uow, purpose, login=login)
    uow.commit()
    return session_user


def record_event(uow: UnitOfWork, action: AuditAction) -> Changed[None]:
    """Audit a session event of the current user: lock, logout."""
    audit(uow, action)
    uow.commit()
    return Changed(None, Area.AUDIT)


def unlock(uow: UnitOfWork, *, session_user: SessionUser, password: str) -> SessionUser:
    """Unlock the screen: only the locked user's own password does it (else: switch user)."""
    return authenticate(uow, login=session_user.user.login, password=password, purpose=AuditAction.UNLOCK)


# --- audit log -------------------------------------------------------------------------------

def list_audit(
    uow: UnitOfWork,
    *,
    since: datetime | None = None,
    until: datetime | None = None,
    login: str | None = None,
    action: AuditAction | str | None = None,
    patient_id: uuid.UUID | None = None,
    limit: int = 1000,
) -> list[AuditRow]:
    require(uow.actor, Permission.AUDIT_READ)
    rows = uow.audit.list(
        since=since, until=until, login=normalise_login(login) if login else None,
        action=AuditAction(action) if action else None, patient_id=patient_id, limit=limit,
    )
    return [
        AuditRow(id=r.id, at=r.created_at, login=r.login, action=AuditAction(r.action),
                 patient_id=r.patient_id, target=r.target, details=r.details)
        for r in rows
    ]


def ensure_not_initialised(uow: UnitOfWork) -> None:
    if has_users(uow):
        raise AlreadyInitialised()
