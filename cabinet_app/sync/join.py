"""A new PC joins the central database as one of its sites: the sites to choose from, and the
join itself (the PC's empty database takes the site's identity, then a first sync brings the
accounts, the planning and the patients of its slice)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from sqlalchemy import Engine, text
from sqlalchemy import exc as sa_exc

from ..errors import NotFound, SyncJoinRefused
from .capture import get_state, set_state
from .service import SyncReport, _translate, synchronise


@dataclass(frozen=True)
class CentralSite:
    id: uuid.UUID
    name: str
    kind: str
    city: str


def central_sites(central: Engine) -> list[CentralSite]:
    """The sites a PC may join, as the central database knows them."""
    try:
        with central.connect() as conn:
            rows = conn.execute(text("SELECT id, name, kind, city FROM sites WHERE deleted_at IS NULL "
                                     "ORDER BY kind, name")).all()
    except (sa_exc.DBAPIError, OSError) as exc:
        raise _translate(exc) from exc
    return [CentralSite(id=r.id, name=r.name, kind=r.kind, city=r.city) for r in rows]


def find_central_site(sites: list[CentralSite], wanted: str) -> CentralSite:
    """By id (or its beginning) or name (whole, else a unique part, case ignored)."""
    key = wanted.strip().lower()
    found = [s for s in sites if str(s.id).startswith(key) or s.name.lower() == key]
    if not found:
        found = [s for s in sites if key in s.name.lower()]
    if len(found) != 1:
        raise NotFound(kind="site", key=wanted)
    return found[0]


def join(local: Engine, central: Engine, site_id: uuid.UUID) -> SyncReport:
    """Make this PC a PC of ``site_id`` and sync. Refused for a database that already has
    accounts of its own or belongs to another site (its data would be mixed in). If the first sync
    fails before anything arrived, the PC is left as it was; if it fails after some chunks
    arrived, they stay (each chunk is whole) and the next sync of the same site goes on."""
    with local.begin() as conn:
        current = get_state(conn, "site_id") or conn.execute(text(
            "SELECT value FROM app_settings WHERE key = 'local_site_id'")).scalar_one_or_none()
        users = conn.execute(text("SELECT count(*) FROM users")).scalar_one()
        if current and current != str(site_id):
            raise SyncJoinRefused(site=current)
        if users and not current:
            raise SyncJoinRefused(users=users)
        set_state(conn, "site_id", str(site_id))
        conn.execute(text("INSERT INTO app_settings (key, value) VALUES ('local_site_id', :v) "
                          "ON CONFLICT (key) DO UPDATE SET value = excluded.value"), {"v": str(site_id)})
    try:
        return synchronise(local, central)
    except Exception:
        with local.begin() as conn:  # nothing arrived: the PC is as it was, free to join elsewhere
            if get_state(conn, "cursor") is None and not conn.execute(text("SELECT count(*) FROM users")).scalar_one():
                set_state(conn, "site_id", None)
                set_state(conn, "capture", "off")
                conn.execute(text("DELETE FROM sync_outbox"))
                conn.execute(text("DELETE FROM app_settings WHERE key = 'local_site_id'"))
        raise
