"""Conflicts as people see and resolve them.

A conflict record (written centrally, pulled by the site whose change lost) keeps both versions
and their common base. Resolving it is an ordinary change made through the unit of work, so it
is captured in the outbox and synced like any other:

* ``theirs``: the central version stays; the record is only marked resolved;
* ``mine``: the losing values are written again over the current row (for a refused row that
  the central database never took, the row is queued again whole; a double-booked appointment
  comes back knowingly overbooked — a double-booked shift needs the other one moved first).

Who may resolve: whoever may change that kind of data (:func:`permission_to_resolve`). The record keeps who resolved it and when;
resolving is audited.
"""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, select, update

from ..clock import utcnow
from ..db import UnitOfWork
from ..errors import NotFound
from ..models import APPEND_ONLY_TABLES
from ..security.permissions import Permission
from ..security.services import require
from .capture import queue_snapshot
from .codec import data_columns, from_json, table
from .model import ConflictKind, Resolution, SyncConflict

CLINICAL_TABLES = frozenset({"consultation_notes", "note_cosignatures", "handovers", "handover_syntheses",
                             "handover_signoffs", "action_items", "pack_acknowledgements"})


@dataclass(frozen=True)
class ConflictInfo:
    id: uuid.UUID
    table_name: str
    row_id: uuid.UUID
    kind: ConflictKind
    fields: tuple[str, ...]
    mine: dict[str, Any]
    theirs: dict[str, Any]
    base: dict[str, Any]
    mine_by: str
    mine_at: datetime | None
    theirs_by: str
    theirs_at: datetime | None
    message: str
    created_at: datetime
    resolved_at: datetime | None
    resolution: Resolution | None

    @property
    def shown_fields(self) -> tuple[str, ...]:
        """The fields to put side by side: the disputed ones, else every one that differs."""
        if self.fields:
            return self.fields
        keys = [c for c in data_columns(self.table_name) if c not in ("deleted_by",)]
        return tuple(c for c in keys if self.mine.get(c) != self.theirs.get(c))


def _names(uow: UnitOfWork, ids: set[uuid.UUID]) -> dict[uuid.UUID, str]:
    from ..security.model import User

    ids.discard(None)  # type: ignore[arg-type]
    if not ids:
        return {}
    assert uow.session is not None
    return {u.id: u.display_name for u in uow.session.scalars(select(User).where(User.id.in_(ids)))}


def list_conflicts(uow: UnitOfWork, *, include_resolved: bool = False) -> list[ConflictInfo]:
    assert uow.session is not None
    query = select(SyncConflict).where(SyncConflict.deleted_at.is_(None))
    if not include_resolved:
        query = query.where(SyncConflict.resolved_at.is_(None))
    rows = list(uow.session.scalars(query.order_by(SyncConflict.created_at.desc())))
    names = _names(uow, {r.mine_by for r in rows} | {r.theirs_by for r in rows})  # type: ignore[arg-type]
    return [_visible(uow, _info(r, names)) for r in rows]


def _visible(uow: UnitOfWork, info: ConflictInfo) -> ConflictInfo:
    """Clinical values only for those who may read clinical data (a secretary, the CLI's local
    administrator, sees that a conflict exists, not what the notes say)."""
    from dataclasses import replace

    from ..security.permissions import permissions_for

    if info.table_name not in CLINICAL_TABLES:
        return info
    if Permission.CLINICAL_READ in permissions_for(uow.actor.role, is_admin=uow.actor.is_admin):
        return info
    return replace(info, mine={}, theirs={}, base={})


def _info(r: SyncConflict, names: dict[uuid.UUID, str]) -> ConflictInfo:
    return ConflictInfo(
        id=r.id, table_name=r.table_name, row_id=r.row_id, kind=ConflictKind(r.kind), fields=tuple(json.loads(r.fields)),
        mine=from_json(r.table_name, r.mine), theirs=from_json(r.table_name, r.theirs),
        base=from_json(r.table_name, r.base), mine_by=names.get(r.mine_by, "") if r.mine_by else "",
        mine_at=r.mine_at, theirs_by=names.get(r.theirs_by, "") if r.theirs_by else "", theirs_at=r.theirs_at,
        message=r.message, created_at=r.created_at, resolved_at=r.resolved_at,
        resolution=Resolution(r.resolution) if r.resolution else None)


def get_conflict(uow: UnitOfWork, conflict_id: uuid.UUID) -> ConflictInfo:
    assert uow.session is not None
    row = uow.session.get(SyncConflict, conflict_id)
    if row is None:
        raise NotFound(kind="conflict", id=str(conflict_id))
    return _visible(uow, _info(row, _names(uow, {row.mine_by, row.theirs_by})))  # type: ignore[arg-type]


def permission_to_resolve(table_name: str) -> Permission:
    """Whoever may change that kind of data: accounts need the users right, the rota the planning
    right, the book the appointments right, money the payments right, clinical rows the clinical
    right; patients and the rest, the patient right."""
    if table_name in CLINICAL_TABLES:
        return Permission.CLINICAL_WRITE
    return RESOLVE_PERMISSION.get(table_name, Permission.PATIENT_WRITE)


RESOLVE_PERMISSION = {
    "users": Permission.USERS_MANAGE, "practitioners": Permission.USERS_MANAGE, "sites": Permission.SETTINGS_MANAGE,
    "shifts": Permission.PLANNING_MANAGE, "opening_hours": Permission.PLANNING_MANAGE,
    "closures": Permission.PLANNING_MANAGE, "recurring_patterns": Permission.PLANNING_MANAGE,
    "availabilities": Permission.PLANNING_MANAGE, "replacement_contracts": Permission.PLANNING_MANAGE,
    "appointments": Permission.APPOINTMENTS_MANAGE, "appointment_types": Permission.APPOINTMENTS_MANAGE,
    "fee_ledger": Permission.PAYMENTS_MANAGE, "fee_tariffs": Permission.SETTINGS_MANAGE,
    "cabinet_guides": Permission.CABINET_GUIDE_EDIT,
}


def _fields_to_restore(info: ConflictInfo) -> list[str]:
    columns = data_columns(info.table_name)
    if info.kind == ConflictKind.FIELDS:
        return list(info.fields)
    if info.kind == ConflictKind.DELETE_EDITED:
        return ["deleted_at", "deleted_by"]
    if info.kind == ConflictKind.DOUBLE_BOOKING:
        wanted = ("starts_at", "ends_at", "practitioner_id", "site_id", "status", "cancelled_at",
                  "cancelled_by", "cancel_reason")
        return [c for c in wanted if c in columns]
    # an edit that reached a deleted row, or a refused change: every value the site had changed
    changed = [c for c in columns if info.mine.get(c) != info.base.get(c)] if info.base else list(columns)
    if info.kind == ConflictKind.EDIT_DELETED:
        changed += [c for c in ("deleted_at", "deleted_by") if c not in changed]
    return changed


def resolve(uow: UnitOfWork, conflict_id: uuid.UUID, resolution: Resolution | str) -> ConflictInfo:
    """Settle a conflict (in the caller's unit of work; commit to keep it)."""
    resolution = Resolution(resolution)
    assert uow.session is not None
    stored = uow.session.get(SyncConflict, conflict_id)
    if stored is None:
        raise NotFound(kind="conflict", id=str(conflict_id))
    require(uow.actor, permission_to_resolve(stored.table_name))
    info = _info(stored, {})  # unmasked: the values to write back, whoever may read them
    if info.resolved_at is not None:
        return info
    assert uow.session is not None
    conn = uow.session.connection()
    now = utcnow()
    if resolution == Resolution.MINE:
        _restore_mine(conn, info, now, uow.actor.user_id)
    row = uow.session.get(SyncConflict, conflict_id)
    assert row is not None
    row.resolved_at, row.resolved_by, row.resolution = now, uow.actor.user_id, resolution
    from ..security.model import AuditAction
    from ..security.services import audit

    audit(uow, AuditAction.CONFLICT_RESOLVE, patient_id=info.mine.get("patient_id") if info.table_name != "patients"
          else info.row_id, target=f"conflit de synchronisation ({info.table_name})",
          details={"conflict": str(conflict_id), "row": str(info.row_id), "resolution": resolution.value})
    uow.flush()
    return get_conflict(uow, conflict_id)


def _restore_mine(conn: Connection, info: ConflictInfo, now: datetime, user_id: uuid.UUID | None) -> None:
    t = table(info.table_name)
    exists = conn.execute(select(t.c.id).where(t.c.id == info.row_id)).first() is not None
    if info.table_name in APPEND_ONLY_TABLES or not exists:
        if exists:
            queue_row(conn, info.table_name, info.row_id)
        return
    values = {c: info.mine.get(c) for c in _fields_to_restore(info)}
    if info.kind == ConflictKind.DOUBLE_BOOKING and info.table_name == "appointments":
        values["overbooked"] = True  # keep both, knowingly: the central constraint lets it through
    if not values:
        return
    conn.execute(update(t).where(t.c.id == info.row_id).values(
        **values, row_version=t.c.row_version + 1, updated_at=now, updated_by=user_id))


def queue_row(conn: Connection, table_name: str, row_id: uuid.UUID) -> None:
    """Send one local row again, whole (op ``S``: the central database takes it if it lacks it)."""
    queue_snapshot(conn, (table_name,), row_id=row_id)
