"""What the first-run wizard's « Rejoindre le pôle mère » does in the background: plain functions
(no Qt) that list the sites of the parent practice's database, then make this new PC one of them.

The password typed stays in memory until the join succeeded: only then is it kept in the system
keyring, with the address (without password) in the settings. Connecting tries the keyring first,
so that a PC without one stops before a site is chosen; a failure puts back what the keyring held.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Engine
from sqlalchemy.engine import URL

from ...db import UnitOfWork
from ...security.secrets import forget_secret, read_secret
from ...settings import SYNC_URL
from ...sync import join as core_join
from ...sync.connect import (
    address_setting, central_engine, parse_central_url, remember_password, secret_name, without_password,
)
from ...sync.join import CentralSite
from ...sync.service import SyncReport

PARENT = "parent"


@dataclass(frozen=True)
class CentralAccess:
    """The three ways the wizard reaches the parent practice (tests give fakes)."""

    make_central: Callable[[URL], Any] = central_engine
    sites: Callable[[Any], list[CentralSite]] = core_join.central_sites
    join: Callable[[Engine, Any, uuid.UUID], SyncReport] = core_join.join


CORE = CentralAccess()


@dataclass(frozen=True)
class JoinTarget:
    """The parent practice's database as typed: the address without password, the password apart."""

    url: URL
    password: str = ""

    @property
    def connect_url(self) -> URL:
        return self.url.set(password=self.password) if self.password else self.url

    @property
    def setting(self) -> str:
        """What the settings keep: the address, never its password."""
        return address_setting(self.url)


def join_target(raw_url: str, password: str = "") -> JoinTarget:
    """Raises :class:`~cabinet_app.errors.ValidationError` (field ``sync_url``) for a bad address;
    a password written inside the address is taken out of it."""
    parsed = parse_central_url(raw_url)
    return JoinTarget(url=without_password(parsed), password=password or (parsed.password or ""))


def in_joining_order(sites: list[CentralSite]) -> list[CentralSite]:
    """The parent practice first, then the secondary cabinets, each by name."""
    return sorted(sites, key=lambda site: (site.kind != PARENT, site.name.casefold(), site.city.casefold()))


@contextmanager
def _password_kept(target: JoinTarget, *, keep: bool) -> Iterator[None]:
    """The password in the keyring during the block (no keyring: NoSecureStorage, the block does
    not run); what the keyring held before comes back after a failure, or always unless ``keep``."""
    if not target.password:
        yield
        return
    name = secret_name(target.url)
    before = read_secret(name)
    remember_password(target.url, target.password)
    try:
        yield
    except BaseException:
        _put_back(target.url, name, before)
        raise
    if not keep:
        _put_back(target.url, name, before)


def _put_back(url: URL, name: str, before: str | None) -> None:
    if before is None:
        forget_secret(name)
    else:
        remember_password(url, before)


def load_central_sites(target: JoinTarget, access: CentralAccess = CORE) -> list[CentralSite]:
    """The sites this PC may join, in :func:`in_joining_order` (runs on the network worker)."""
    with _password_kept(target, keep=False):
        central = access.make_central(target.connect_url)
        try:
            return in_joining_order(access.sites(central))
        finally:
            central.dispose()


def join_parent(local: Engine, target: JoinTarget, site_id: uuid.UUID,
                access: CentralAccess = CORE) -> SyncReport:
    """Make this empty PC a PC of ``site_id`` and run the first sync, which brings the site's
    accounts, planning and patients; then keep the password (keyring) and the address (settings).
    On any failure neither is kept (runs on the network worker)."""
    with _password_kept(target, keep=True):
        central = access.make_central(target.connect_url)
        try:
            report = access.join(local, central, site_id)
        finally:
            central.dispose()
        with UnitOfWork(local) as uow:
            uow.settings.set(SYNC_URL, target.setting)
            uow.commit()
    return report
