"""What the sync screens do in the background: plain functions (no Qt) that read or save the
sync settings and this PC's site, list and resolve conflicts, and run one sync with the parent
practice.

The parent database's password never reaches the settings: a password typed in the dialog, or
one written inside the address, goes to the system keyring (:func:`remember_password`), and the
address is saved without it.
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Engine
from sqlalchemy.engine import URL, make_url

from ...changes import EVERYTHING, Area, Changed
from ...db import UnitOfWork
from ...errors import CabinetError, NotFound, SyncNotConfigured, ValidationError
from ...planning.services import get_site, list_practitioners, list_sites
from ...security.permissions import Permission
from ...security.secrets import read_secret
from ...security.services import require
from ...settings import LOCAL_SITE_ID, SYNC_INTERVAL_MINUTES, SYNC_URL
from ...sync import service
from ...sync.conflicts import ConflictInfo, list_conflicts, resolve
from ...sync.connect import address_setting, central_engine, parse_central_url, remember_password, secret_name
from ...sync.model import Resolution
from ...sync.service import SyncReport, SyncStatus
from .values import referenced_ids

log = logging.getLogger(__name__)

Synchronise = Callable[[Engine, Any], SyncReport]
CentralFactory = Callable[[str], Any]

# what resolving a conflict with « my version » may have changed on screen
TABLE_AREAS: dict[str, Area] = {
    "sites": Area.SITES | Area.PLANNING, "practitioners": Area.PRACTITIONERS | Area.PLANNING,
    "patients": Area.PATIENTS, "users": Area.USERS, "opening_hours": Area.PLANNING, "closures": Area.PLANNING,
    "recurring_patterns": Area.PLANNING, "shifts": Area.PLANNING | Area.APPOINTMENTS,
    "availabilities": Area.PLANNING, "replacement_contracts": Area.PLANNING | Area.FEES,
    "appointment_types": Area.APPOINTMENTS, "appointments": Area.APPOINTMENTS, "action_items": Area.CLINICAL,
    "cabinet_guides": Area.CLINICAL, "fee_tariffs": Area.FEES, "fee_ledger": Area.FEES, "audit_log": Area.AUDIT,
}


# --- settings ----------------------------------------------------------------------------------

@dataclass(frozen=True)
class SyncConfig:
    url: str  # without password; "" when sync is not set up
    interval_minutes: int  # 0: on demand only
    has_password: bool  # the keyring holds a password for this address (False when not asked)

    @property
    def configured(self) -> bool:
        return bool(self.url)


def _has_password(url: str) -> bool:
    if not url:
        return False
    try:
        return read_secret(secret_name(parse_central_url(url))) is not None
    except ValidationError:
        return False


def read_sync_config(uow: UnitOfWork, *, ask_keyring: bool = True) -> SyncConfig:
    """The settings; whether the keyring holds the password only when asked (the keyring may be
    slow to answer: the status, read after every change, does not ask)."""
    url = uow.settings.get(SYNC_URL)
    return SyncConfig(url=url, interval_minutes=uow.settings.get(SYNC_INTERVAL_MINUTES),
                      has_password=ask_keyring and _has_password(url))


def save_sync_config(uow: UnitOfWork, *, url: str, interval_minutes: int, password: str = "") -> Changed[SyncConfig]:
    """Check everything first (nothing is kept on an error), then the password to the keyring,
    the address without it and the interval to the settings. Administrators only."""
    require(uow.actor, Permission.SETTINGS_MANAGE)
    saved = ""
    if url.strip():
        parsed = parse_central_url(url)
        password = password or (parsed.password or "")
        saved = address_setting(parsed.set(drivername=make_url(url.strip()).drivername))  # as typed
    SYNC_INTERVAL_MINUTES.parse(str(interval_minutes))
    if password:
        if not saved:
            raise ValidationError({"sync_url": "required"})
        remember_password(parse_central_url(saved), password)
    uow.settings.set(SYNC_URL, saved)
    uow.settings.set(SYNC_INTERVAL_MINUTES, interval_minutes)
    uow.commit()
    return Changed(read_sync_config(uow), Area.SETTINGS | Area.SYNC)


@dataclass(frozen=True)
class LocalSite:
    """The site this PC works for (the ``local_site_id`` setting, named from the local sites)."""

    name: str
    kind: str  # "parent" or "secondary"


def read_local_site(uow: UnitOfWork) -> LocalSite | None:
    """None while this PC belongs to no site (or to one it does not know yet)."""
    raw = uow.settings.get(LOCAL_SITE_ID)
    if not raw:
        return None
    try:
        site = get_site(uow, uuid.UUID(raw))
    except (ValueError, NotFound):
        log.warning("the local site %s is not in the sites table", raw)
        return None
    return LocalSite(name=site.name, kind=str(site.kind.value))


def connection_target(url: str, password: str = "") -> URL:
    """The address to test: the one typed, with the password typed when there is one (else
    :func:`~cabinet_app.sync.connect.central_engine` takes the keyring's)."""
    parsed = parse_central_url(url)
    return parsed.set(password=password) if password else parsed


# --- status and one sync -----------------------------------------------------------------------

@dataclass(frozen=True)
class SyncOverview:
    status: SyncStatus
    config: SyncConfig


def read_overview(uow: UnitOfWork) -> SyncOverview:
    return SyncOverview(status=service.status(uow.engine), config=read_sync_config(uow, ask_keyring=False))


@dataclass(frozen=True)
class SyncOutcome:
    """One sync: its report, or the typed error that stopped it; the status after it either way."""

    report: SyncReport | None
    status: SyncStatus
    error: CabinetError | None = None

    @property
    def pulled(self) -> bool:
        return self.report is not None and bool(self.report.pulled or self.report.new_conflicts)


def sync_once(local: Engine, *, synchronise: Synchronise = service.synchronise,
              make_central: CentralFactory = central_engine) -> SyncOutcome:
    """Push then pull with the parent database of the settings (runs on the network worker)."""
    try:
        with UnitOfWork(local) as uow:
            url = uow.settings.get(SYNC_URL)
        if not url:
            raise SyncNotConfigured()
        central = make_central(url)
        try:
            report = synchronise(local, central)
        finally:
            central.dispose()
    except CabinetError as error:
        log.info("sync failed: %s", type(error).__name__)
        return SyncOutcome(None, service.status(local), error)
    return SyncOutcome(report, service.status(local))


# --- conflicts ---------------------------------------------------------------------------------

@dataclass(frozen=True)
class ConflictsView:
    conflicts: tuple[ConflictInfo, ...]
    names: dict[uuid.UUID, str]  # patients, practitioners and sites the conflicts mention

    @property
    def open_count(self) -> int:
        return sum(c.resolved_at is None for c in self.conflicts)


def _names(uow: UnitOfWork, ids: set[uuid.UUID]) -> dict[uuid.UUID, str]:
    names: dict[uuid.UUID, str] = {p.id: p.display_name for p in list_practitioners(uow)}
    names.update({s.id: s.name for s in list_sites(uow)})
    wanted = ids - names.keys()
    if wanted:
        names.update({pid: p.display_name for pid, p in uow.patients.by_ids(wanted).items()})
    return names


def load_conflicts(uow: UnitOfWork, *, include_resolved: bool = False) -> ConflictsView:
    conflicts = list_conflicts(uow, include_resolved=include_resolved)
    names = _names(uow, referenced_ids(conflicts)) if conflicts else {}
    return ConflictsView(conflicts=tuple(conflicts), names=names)


def resolve_conflict(uow: UnitOfWork, conflict_id: uuid.UUID, resolution: Resolution) -> Changed[ConflictInfo]:
    info = resolve(uow, conflict_id, resolution)
    uow.commit()
    areas = Area.SYNC
    if resolution == Resolution.MINE:
        areas |= TABLE_AREAS.get(info.table_name, EVERYTHING)
    return Changed(info, areas)
