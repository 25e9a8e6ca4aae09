"""First run on a new PC: create the local site and the first administrator account."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from .changes import Area, Changed
from .db import Actor, UnitOfWork
from .errors import ValidationError
from .planning.model import PractitionerStatus
from .planning.services import PractitionerInput, SiteInput, create_practitioner, create_site
from .security.model import AuditAction
from .security.passwords import password_problem
from .security.permissions import Role
from .security.services import (
    LOGIN_PATTERN,
    UserInfo,
    audit,
    create_user,
    ensure_not_initialised,
    normalise_login,
)
from .settings import LOCAL_SITE_ID


@dataclass(frozen=True)
class FirstAdmin:
    """The first account. A titular also gets their practitioner record (RPPS required)."""

    display_name: str
    login: str
    password: str
    role: Role | str = Role.SECRETARY
    first_name: str = ""
    last_name: str = ""
    rpps: str = ""


def initialise_cabinet(uow: UnitOfWork, *, site: SiteInput, admin: FirstAdmin) -> Changed[UserInfo]:
    """Create the site this PC works for and the first admin, in one transaction."""
    ensure_not_initialised(uow)
    problems: dict[str, str] = {}
    if not LOGIN_PATTERN.match(normalise_login(admin.login)):
        problems["login"] = "login_format"
    if (problem := password_problem(admin.password)) is not None:
        problems["password"] = problem
    if not admin.display_name.strip():
        problems["display_name"] = "required"
    if problems:
        raise ValidationError(problems)
    created_site = create_site(uow, site, check_permission=False).value
    site_actor = Actor(user_id=None, site_id=created_site.id, login="setup", is_admin=True)
    uow.session.info["actor"] = site_actor  # type: ignore[union-attr]
    uow.settings.set(LOCAL_SITE_ID, str(created_site.id))
    practitioner_id: uuid.UUID | None = None
    if Role(admin.role).is_clinician:
        practitioner_id = create_practitioner(
            uow,
            PractitionerInput(first_name=admin.first_name, last_name=admin.last_name, rpps=admin.rpps,
                              status=PractitionerStatus.TITULAR, home_site_id=created_site.id),
            check_permission=False,
        ).value.id
    user = create_user(
        uow, login=admin.login, display_name=admin.display_name, role=admin.role,
        password=admin.password, practitioner_id=practitioner_id, is_admin=True,
    ).value
    audit(uow, AuditAction.SETUP, target=created_site.name)
    uow.commit()
    return Changed(user, Area.SITES | Area.USERS | Area.PRACTITIONERS | Area.AUDIT | Area.SETTINGS)
