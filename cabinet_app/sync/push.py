"""Push: the site's outbox applied to the central database, idempotently.

A batch is a run of outbox entries in capture order, applied in **one central transaction** that
also records every mutation id in ``sync_applied_mutations``. The id is claimed first
(``INSERT … ON CONFLICT DO NOTHING``): a batch sent again after a cut — even while the first send
is still running — finds its ids taken and changes nothing. The site deletes its outbox entries
only once the central commit has returned (:func:`acknowledge`), so a crash anywhere leaves either
the entries (sent again, no-ops) or nothing to send.

Each mutation is applied inside a savepoint:

* append-only rows are inserted once (``ON CONFLICT (id) DO NOTHING``): a union, never a conflict;
* a row the central database does not have is inserted whole;
* an insert or snapshot of a row it has replaces it only if the site's version is newer;
* an update or tombstone goes through the three-way merge of its old values, its new values and
  the central row (:mod:`cabinet_app.sync.merge`; the version numbers alone prove nothing: a site
  counts its own unsent edits too); a conflict keeps the
  central values, records the losing side in ``sync_conflicts`` and bumps the row's version so
  that the site pulls the winner back;
* the exclusion constraint against double booking keeps the row but neutralised (an appointment
  marked overbooked, a shift cancelled) with a ``double_booking`` conflict; any other refusal of
  the database (a login taken at another site…) becomes a ``refused`` conflict with its message.
"""

from __future__ import annotations

import json
import logging
from collections import Counter
import uuid
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, Engine, insert, select, text, update
from sqlalchemy import exc as sa_exc
from sqlalchemy.dialects.postgresql import insert as pg_insert

from ..clock import utcnow
from ..models import APPEND_ONLY_TABLES
from .codec import BOOKKEEPING, data_columns, decode_sqlite_row, table, to_json
from .merge import merge
from .model import ConflictKind, sync_outbox

log = logging.getLogger(__name__)

EXCLUSION_VIOLATION = "23P01"
FOREIGN_KEY_VIOLATION = "23503"
RETRYABLE = {"40001", "40P01"}  # serialization failure, deadlock


@dataclass(frozen=True)
class Mutation:
    seq: int
    mutation_id: uuid.UUID
    table_name: str
    row_id: uuid.UUID
    op: str
    base_version: int | None
    old: dict[str, Any] | None
    new: dict[str, Any]
    author: uuid.UUID | None
    site_id: uuid.UUID | None
    schema_version: str | None


@dataclass
class BatchResult:
    applied: int = 0
    duplicates: int = 0
    conflicts: list[uuid.UUID] = field(default_factory=list)
    last_seq: int = 0


def _uuid(raw: str | None) -> uuid.UUID | None:
    return uuid.UUID(raw) if raw else None


def read_outbox(conn: Connection, limit: int, after_seq: int = 0) -> list[Mutation]:
    rows = conn.execute(select(sync_outbox).where(sync_outbox.c.seq > after_seq)
                        .order_by(sync_outbox.c.seq).limit(limit)).mappings().all()
    out = []
    for r in rows:
        new = decode_sqlite_row(r["table_name"], r["new_row"])
        assert new is not None
        out.append(Mutation(
            seq=r["seq"], mutation_id=uuid.UUID(r["mutation_id"]), table_name=r["table_name"],
            row_id=uuid.UUID(r["row_id"]), op=r["op"], base_version=r["base_version"],
            old=decode_sqlite_row(r["table_name"], r["old_row"]), new=new, author=_uuid(r["author"]),
            site_id=_uuid(r["site_id"]), schema_version=r["schema_version"]))
    return out


def acknowledge(conn: Connection, up_to_seq: int) -> None:
    """Forget what the central database has committed (batches are sent in order)."""
    conn.execute(sync_outbox.delete().where(sync_outbox.c.seq <= up_to_seq))


def outbox_size(conn: Connection) -> int:
    return conn.execute(text("SELECT count(*) FROM sync_outbox")).scalar_one()


# --- central side ----------------------------------------------------------------------------------

def push_batch(central: Engine | Connection, mutations: list[Mutation], site_id: uuid.UUID, *, attempts: int = 5
               ) -> BatchResult:
    """Apply ``mutations`` in one central transaction (retried on deadlock/serialization), on a
    new connection of ``central`` or on the given one (the sync's, which holds the site lock)."""
    for attempt in range(1, attempts + 1):
        try:
            if isinstance(central, Connection):
                with central.begin():
                    return _apply_all(central, mutations, site_id)
            with central.begin() as conn:
                return _apply_all(conn, mutations, site_id)
        except sa_exc.OperationalError as exc:
            code = getattr(exc.orig, "sqlstate", None)
            if code not in RETRYABLE or attempt == attempts:
                raise
            log.info("push batch retried after %s (attempt %d)", code, attempt)
        except sa_exc.DBAPIError as exc:
            if getattr(exc.orig, "sqlstate", None) not in RETRYABLE or attempt == attempts:
                raise
    raise AssertionError("unreachable")


def _apply_all(conn: Connection, mutations: list[Mutation], site_id: uuid.UUID) -> BatchResult:
    result = BatchResult(last_seq=mutations[-1].seq if mutations else 0)
    claimed = _claim(conn, mutations, site_id)
    result.duplicates = len(mutations) - len(claimed)
    todo = [m for m in mutations if m.mutation_id in claimed]
    done = _bulk_inserts(conn, todo)
    result.applied += len(done)
    waiting = [m for m in todo if m.mutation_id not in done]
    while waiting:  # a parent queued after its child (a snapshot's self-references) gets another pass
        postponed: list[Mutation] = []
        for mutation in waiting:
            savepoint = conn.begin_nested()
            try:
                conflict = _apply(conn, mutation, site_id)
                savepoint.commit()
            except (sa_exc.IntegrityError, sa_exc.DataError) as exc:  # a value PostgreSQL cannot hold too
                savepoint.rollback()
                if getattr(exc.orig, "sqlstate", None) == FOREIGN_KEY_VIOLATION:
                    postponed.append(mutation)
                    continue
                conflict = _refused(conn, mutation, site_id, exc)
            if conflict is not None:
                result.conflicts.append(conflict)
            result.applied += 1
        if len(postponed) == len(waiting):  # no progress: what they refer to is not there
            for mutation in postponed:
                theirs = None if mutation.table_name in APPEND_ONLY_TABLES else _current(
                    conn, mutation.table_name, mutation.row_id)
                result.conflicts.append(_record(conn, mutation, site_id, ConflictKind.REFUSED, (), theirs=theirs,
                                                message="foreign key: a referenced row is missing"))
                result.applied += 1
            break
        waiting = postponed
    return result


def _claim(conn: Connection, mutations: list[Mutation], site_id: uuid.UUID) -> set[uuid.UUID]:
    """Record the batch's mutation ids; those already recorded (a resent batch, or the same batch
    sent concurrently: the second waits for the first to commit) are not claimed again."""
    if not mutations:
        return set()
    rows = conn.execute(text(
        "INSERT INTO sync_applied_mutations (mutation_id, site_id) SELECT unnest(CAST(:ids AS uuid[])), :site "
        "ON CONFLICT DO NOTHING RETURNING mutation_id"), {"ids": [m.mutation_id for m in mutations], "site": site_id})
    return {row[0] for row in rows}


def _bulk_inserts(conn: Connection, todo: list[Mutation]) -> set[uuid.UUID]:
    """The common case in one statement per table: new rows the central database does not have
    (a first upload, notes, ledger entries). Anything unusual (a row already there, a clash, a
    missing parent) falls back to the row-by-row path, which knows how to merge or record it."""
    from ..db import Base

    by_table: dict[str, list[Mutation]] = {}
    for m in todo:
        if m.table_name in APPEND_ONLY_TABLES or m.op in ("I", "S"):
            by_table.setdefault(m.table_name, []).append(m)
    counts = Counter(m.row_id for m in todo)
    done: set[uuid.UUID] = set()
    for t in Base.metadata.sorted_tables:  # parents first
        candidates = by_table.get(t.name)
        if not candidates:
            continue
        candidates = [m for m in candidates if counts[m.row_id] == 1]  # alone in the batch: no order to keep
        if t.name not in APPEND_ONLY_TABLES:
            present = set(conn.execute(select(t.c.id).where(t.c.id.in_([m.row_id for m in candidates]))).scalars())
            candidates = [m for m in candidates if m.row_id not in present]
        if not candidates:
            continue
        statement = pg_insert(t).on_conflict_do_nothing(index_elements=["id"]) if t.name in APPEND_ONLY_TABLES \
            else insert(t)
        savepoint = conn.begin_nested()
        try:
            conn.execute(statement, [m.new for m in candidates])
            savepoint.commit()
        except (sa_exc.IntegrityError, sa_exc.DataError):
            savepoint.rollback()
            continue
        done.update(m.mutation_id for m in candidates)
    return done


def _current(conn: Connection, table_name: str, row_id: uuid.UUID) -> dict[str, Any] | None:
    t = table(table_name)
    row = conn.execute(select(t).where(t.c.id == row_id).with_for_update()).mappings().first()
    return dict(row) if row is not None else None


def _apply(conn: Connection, m: Mutation, site_id: uuid.UUID) -> uuid.UUID | None:
    t = table(m.table_name)
    if m.table_name in APPEND_ONLY_TABLES:
        conn.execute(pg_insert(t).values(**m.new).on_conflict_do_nothing(index_elements=["id"]))
        return None
    current = _current(conn, m.table_name, m.row_id)
    if current is None:  # new to the central database (or refused before): the whole row
        return _insert_guarded(conn, m, site_id)
    if m.op in ("I", "S"):
        if current["row_version"] < m.new["row_version"]:
            values = {k: v for k, v in m.new.items() if k != "id"}
            return _update_guarded(conn, m, site_id, values, current)
        return None
    base = m.old or {}
    columns = data_columns(m.table_name)
    # always by values: a site's row_version counts its own edits too, so an equal number at the
    # central database does not prove that nothing moved there
    result = merge(m.table_name, columns, base, m.new, current)
    values: dict[str, Any] = dict(result.apply)
    if not values and not result.is_conflict and current["row_version"] == m.new["row_version"]:
        return None  # nothing to change, and the site's version is the central one
    # otherwise the central version moves on, even for a change that changed nothing (an edit
    # back to the same value): the site then pulls the row and both agree on its version again
    values["row_version"] = current["row_version"] + 1
    if values.keys() - {"row_version"}:
        values["updated_at"], values["updated_by"] = m.new.get("updated_at"), m.new.get("updated_by")
    conflict_id = _update_guarded(conn, m, site_id, values, current)
    if result.is_conflict:
        assert result.kind is not None
        conflict_id = _record(conn, m, site_id, result.kind, result.conflict_fields, theirs=current)
    return conflict_id


def _neutralise(table_name: str, values: dict[str, Any]) -> dict[str, Any]:
    """What keeps a double-booked row without breaking the exclusion constraint."""
    if table_name == "appointments":
        return {**values, "overbooked": True}
    if table_name == "shifts":
        return {**values, "status": "cancelled", "cancelled_at": utcnow(),
                "cancel_reason": "Conflit de synchronisation : double réservation"}
    return values


def _insert_guarded(conn: Connection, m: Mutation, site_id: uuid.UUID) -> uuid.UUID | None:
    t = table(m.table_name)
    return _guarded(conn, m, site_id, lambda values: insert(t).values(**values), m.new, m.new)


def _update_guarded(conn: Connection, m: Mutation, site_id: uuid.UUID, values: dict[str, Any],
                    current: dict[str, Any]) -> uuid.UUID | None:
    t = table(m.table_name)
    return _guarded(conn, m, site_id, lambda v: update(t).where(t.c.id == m.row_id).values(**v), values,
                    {**current, **values})


def _guarded(conn: Connection, m: Mutation, site_id: uuid.UUID, statement: Any, values: dict[str, Any],
             result_row: dict[str, Any]) -> uuid.UUID | None:
    """Write; if the exclusion constraint refuses a double booking, write the row neutralised and
    record the conflict with the row it clashes with."""
    savepoint = conn.begin_nested()
    try:
        conn.execute(statement(values))
        savepoint.commit()
        return None
    except sa_exc.IntegrityError as exc:
        savepoint.rollback()
        if getattr(exc.orig, "sqlstate", None) != EXCLUSION_VIOLATION:
            raise
    conn.execute(statement(_neutralise(m.table_name, values)))
    return _record(conn, m, site_id, ConflictKind.DOUBLE_BOOKING, ("starts_at", "ends_at", "practitioner_id"),
                   theirs=_clashing(conn, m.table_name, result_row), message="double booking")


def _clashing(conn: Connection, table_name: str, row: dict[str, Any]) -> dict[str, Any] | None:
    t = table(table_name)
    active = t.c.status == "active" if table_name == "shifts" else t.c.status.in_(
        ["booked", "arrived", "seen", "no_show"])
    query = select(t).where(t.c.practitioner_id == row["practitioner_id"], t.c.id != row["id"],
                            t.c.deleted_at.is_(None), active, t.c.starts_at < row["ends_at"],
                            t.c.ends_at > row["starts_at"])
    if table_name == "appointments":
        query = query.where(t.c.overbooked.is_(False))
    found = conn.execute(query.limit(1)).mappings().first()
    return dict(found) if found is not None else None


def _refused(conn: Connection, m: Mutation, site_id: uuid.UUID, exc: sa_exc.DBAPIError) -> uuid.UUID:
    message = str(getattr(exc, "orig", exc)).splitlines()[0][:500]
    log.warning("mutation %s on %s refused: %s", m.mutation_id, m.table_name, message)
    theirs = None
    if m.table_name not in APPEND_ONLY_TABLES:
        theirs = _current(conn, m.table_name, m.row_id)
        if theirs is not None:  # the site pulls the central row back instead of keeping what was refused
            t = table(m.table_name)
            conn.execute(update(t).where(t.c.id == m.row_id).values(row_version=t.c.row_version + 1))
    return _record(conn, m, site_id, ConflictKind.REFUSED, (), theirs=theirs, message=message)


def _record(conn: Connection, m: Mutation, site_id: uuid.UUID, kind: ConflictKind, fields: tuple[str, ...],
            *, theirs: dict[str, Any] | None, message: str = "") -> uuid.UUID:
    conflict_id = uuid.uuid4()
    now: datetime = utcnow()
    t = table("sync_conflicts")
    conn.execute(insert(t).values(
        id=conflict_id, row_version=1, origin_site_id=site_id, created_at=now, updated_at=now,
        site_id=site_id, table_name=m.table_name, row_id=m.row_id, kind=kind, fields=json.dumps(list(fields)),
        mine=to_json(m.new), theirs=to_json(theirs), base=to_json(m.old), mine_by=m.author,
        mine_at=m.new.get("updated_at") or m.new.get("created_at"),
        theirs_by=(theirs or {}).get("updated_by"), theirs_at=(theirs or {}).get("updated_at"),
        message=message, mutation_id=m.mutation_id))
    return conflict_id


__all__ = ["Mutation", "BatchResult", "read_outbox", "acknowledge", "outbox_size", "push_batch", "BOOKKEEPING"]
