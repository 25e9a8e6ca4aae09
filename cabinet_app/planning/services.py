"""Use cases on sites and practitioners: plain values in, frozen DTOs out."""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass

from ..changes import Area, Changed
from ..db import UnitOfWork
from ..errors import DuplicateValue, NotFound, StaleRecord, ValidationError
from ..identifiers import compact_rpps, rpps_problem
from ..security.permissions import Permission, permissions_for
from ..security.services import require
from .model import Practitioner, PractitionerStatus, Site, SiteKind

POSTAL_CODE = re.compile(r"^\d{5}$")
PHONE = re.compile(r"^\+?[\d .\-()]{6,20}$")
EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


@dataclass(frozen=True)
class SiteInput:
    name: str
    kind: SiteKind | str = SiteKind.SECONDARY
    address_line: str = ""
    postal_code: str = ""
    city: str = ""
    phone: str = ""
    min_practitioners: int = 1
    parent_site_id: uuid.UUID | None = None
    alsace_moselle: bool = False
    works_by_week: bool = False


@dataclass(frozen=True)
class SiteInfo:
    id: uuid.UUID
    name: str
    kind: SiteKind
    address_line: str
    postal_code: str
    city: str
    phone: str
    min_practitioners: int
    parent_site_id: uuid.UUID | None
    alsace_moselle: bool = False
    works_by_week: bool = False

    @property
    def address(self) -> str:
        return ", ".join(x for x in (self.address_line, f"{self.postal_code} {self.city}".strip()) if x)


@dataclass(frozen=True)
class PractitionerInput:
    first_name: str
    last_name: str
    rpps: str
    status: PractitionerStatus | str
    supervisor_id: uuid.UUID | None = None
    home_site_id: uuid.UUID | None = None
    email: str = ""
    phone: str = ""


@dataclass(frozen=True)
class PractitionerInfo:
    id: uuid.UUID
    first_name: str
    last_name: str
    rpps: str
    status: PractitionerStatus
    supervisor_id: uuid.UUID | None
    home_site_id: uuid.UUID | None
    email: str
    phone: str

    @property
    def display_name(self) -> str:
        return f"Dr {self.first_name} {self.last_name}"


def contact_problems(*, postal_code: str = "", phone: str = "", email: str = "") -> dict[str, str]:
    """Shared checks of contact fields (empty is allowed)."""
    problems: dict[str, str] = {}
    if postal_code and not POSTAL_CODE.match(postal_code.strip()):
        problems["postal_code"] = "postal_code_format"
    if phone and not PHONE.match(phone.strip()):
        problems["phone"] = "phone_format"
    if email and not EMAIL.match(email.strip()):
        problems["email"] = "email_format"
    return problems


def site_info(site: Site) -> SiteInfo:
    return SiteInfo(
        id=site.id, name=site.name, kind=SiteKind(site.kind), address_line=site.address_line,
        postal_code=site.postal_code, city=site.city, phone=site.phone,
        min_practitioners=site.min_practitioners, parent_site_id=site.parent_site_id,
        alsace_moselle=site.alsace_moselle, works_by_week=site.works_by_week,
    )


def practitioner_info(p: Practitioner) -> PractitionerInfo:
    return PractitionerInfo(
        id=p.id, first_name=p.first_name, last_name=p.last_name, rpps=p.rpps,
        status=PractitionerStatus(p.status), supervisor_id=p.supervisor_id,
        home_site_id=p.home_site_id, email=p.email, phone=p.phone,
    )


def site_problems(data: SiteInput) -> dict[str, str]:
    problems: dict[str, str] = {}
    if not data.name.strip():
        problems["name"] = "required"
    try:
        SiteKind(data.kind)
    except ValueError:
        problems["kind"] = "unknown_site_kind"
    if not isinstance(data.min_practitioners, int) or data.min_practitioners < 1:
        problems["min_practitioners"] = "min_practitioners_positive"
    problems.update(contact_problems(postal_code=data.postal_code, phone=data.phone))
    return problems


def create_site(uow: UnitOfWork, data: SiteInput, *, check_permission: bool = True) -> Changed[SiteInfo]:
    if check_permission:
        require(uow.actor, Permission.SETTINGS_MANAGE)
    if problems := site_problems(data):
        raise ValidationError(problems)
    if data.parent_site_id is not None and uow.sites.get(data.parent_site_id) is None:
        raise ValidationError({"parent_site_id": "unknown_site"})
    site = Site(
        name=data.name.strip(), kind=SiteKind(data.kind), address_line=data.address_line.strip(),
        postal_code=data.postal_code.strip(), city=data.city.strip(), phone=data.phone.strip(),
        min_practitioners=data.min_practitioners, parent_site_id=data.parent_site_id,
        alsace_moselle=data.alsace_moselle, works_by_week=data.works_by_week,
    )
    uow.sites.add(site)
    uow.flush()
    return Changed(site_info(site), Area.SITES)


def update_site(uow: UnitOfWork, site_id: uuid.UUID, data: SiteInput, *,
                expected_version: int | None = None) -> Changed[SiteInfo]:
    """Edit a site: address, minimum practitioners present, Alsace-Moselle holidays, week-long
    rotations. Planners (secretary, titulars) and admins may do it."""
    actor_permissions = permissions_for(uow.actor.role, is_admin=uow.actor.is_admin)
    if not actor_permissions & {Permission.PLANNING_MANAGE, Permission.SETTINGS_MANAGE}:
        require(uow.actor, Permission.PLANNING_MANAGE)
    site = uow.sites.get(site_id)
    if site is None:
        raise NotFound(kind="site", key=str(site_id))
    if expected_version is not None and site.row_version != expected_version:
        raise StaleRecord(kind="site", key=str(site_id))
    if problems := site_problems(data):
        raise ValidationError(problems)
    site.name, site.address_line, site.postal_code = data.name.strip(), data.address_line.strip(), data.postal_code.strip()
    site.city, site.phone, site.min_practitioners = data.city.strip(), data.phone.strip(), data.min_practitioners
    site.alsace_moselle, site.works_by_week = data.alsace_moselle, data.works_by_week
    uow.flush()
    return Changed(site_info(site), Area.SITES | Area.PLANNING)


def list_sites(uow: UnitOfWork) -> list[SiteInfo]:
    return [site_info(s) for s in uow.sites.list()]


def get_site(uow: UnitOfWork, site_id: uuid.UUID) -> SiteInfo:
    site = uow.sites.get(site_id)
    if site is None:
        raise NotFound(kind="site", key=str(site_id))
    return site_info(site)


def practitioner_problems(uow: UnitOfWork, data: PractitionerInput) -> dict[str, str]:
    problems: dict[str, str] = {}
    if not data.first_name.strip():
        problems["first_name"] = "required"
    if not data.last_name.strip():
        problems["last_name"] = "required"
    if (problem := rpps_problem(data.rpps)) is not None:
        problems["rpps"] = problem
    try:
        status = PractitionerStatus(data.status)
    except ValueError:
        problems["status"] = "unknown_status"
    else:
        if status.needs_supervisor:
            supervisor = uow.practitioners.get(data.supervisor_id) if data.supervisor_id else None
            if data.supervisor_id is None:
                problems["supervisor_id"] = "supervisor_required"
            elif supervisor is None or supervisor.status != PractitionerStatus.TITULAR:
                problems["supervisor_id"] = "supervisor_not_titular"
    if data.home_site_id is not None and uow.sites.get(data.home_site_id) is None:
        problems["home_site_id"] = "unknown_site"
    problems.update(contact_problems(phone=data.phone, email=data.email))
    return problems


def create_practitioner(uow: UnitOfWork, data: PractitionerInput, *,
                        check_permission: bool = True) -> Changed[PractitionerInfo]:
    if check_permission:
        require(uow.actor, Permission.USERS_MANAGE)
    if problems := practitioner_problems(uow, data):
        raise ValidationError(problems)
    rpps = compact_rpps(data.rpps)
    if uow.practitioners.by_rpps(rpps) is not None:
        raise DuplicateValue(field="rpps", value=rpps)
    status = PractitionerStatus(data.status)
    practitioner = Practitioner(
        first_name=data.first_name.strip(), last_name=data.last_name.strip(), rpps=rpps, status=status,
        supervisor_id=data.supervisor_id if status.needs_supervisor else None,
        home_site_id=data.home_site_id, email=data.email.strip(), phone=data.phone.strip(),
    )
    uow.practitioners.add(practitioner)
    uow.flush()
    return Changed(practitioner_info(practitioner), Area.PRACTITIONERS)


def list_practitioners(uow: UnitOfWork) -> list[PractitionerInfo]:
    return [practitioner_info(p) for p in uow.practitioners.list()]
