"""Pull: the central change log applied to the site, chunk by chunk, atomically with the cursor.

For each chunk (whole server transactions, :func:`cabinet_app.sync.central.pull_changes`) the
site reads the rows as they are now, keeps those in its **scope** (below) or already present,
adds what they refer to and it lacks (a patient seen here for the first time comes with his
record), then applies everything in **one local transaction that also stores the new cursor**:
a crash in the middle leaves the previous cursor and no half-applied chunk.

Fields with pending local edits (still in the outbox) are not overwritten: they will reach the
central database with the next push, which merges them. Capture is paused inside that
transaction, so what comes from the central database is never sent back.

Scope: a site (and a parent practice: with its secondary cabinets) receives the shared reference data (sites, practitioners, accounts, tariffs,
contracts), its own planning and appointment book, the shifts of the practitioners who work there
(so that "two places at once" is seen locally), its patients (registered here, booked here or
seen here) with their whole record, and the conflicts of its own changes; never the audit log
of other sites.
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from dataclasses import dataclass
from typing import Any

import logging

from sqlalchemy import Connection, Engine, bindparam, insert, select, text, update
from sqlalchemy import exc as sa_exc

from ..models import APPEND_ONLY_TABLES
from .capture import get_state, set_state
from .central import Change, PullCursor, pull_changes
from .codec import decode_sqlite_row, table
from .merge import FIELD_GROUPS
from .model import sync_outbox

log = logging.getLogger(__name__)

# The sites a site receives: itself, and for a parent practice its secondary cabinets too.
HERE = "IN (SELECT h.id FROM sites h WHERE h.id = :site OR h.parent_site_id = :site)"
_PATIENT_HERE = (f"(p.site_id {HERE}"
                 f" OR EXISTS (SELECT 1 FROM appointments a WHERE a.patient_id = p.id AND a.site_id {HERE})"
                 f" OR EXISTS (SELECT 1 FROM consultation_notes n WHERE n.patient_id = p.id AND n.site_id {HERE})"
                 f" OR EXISTS (SELECT 1 FROM handovers o WHERE o.patient_id = p.id AND o.site_id {HERE}))")


def _patient(column: str) -> str:
    return f"EXISTS (SELECT 1 FROM patients p WHERE p.id = {column} AND {_PATIENT_HERE})"


SCOPE: dict[str, str] = {
    "sites": "TRUE", "practitioners": "TRUE", "users": "TRUE", "fee_tariffs": "TRUE",
    "replacement_contracts": "TRUE",
    "patients": _PATIENT_HERE.replace("p.site_id", "t.site_id").replace("= p.id", "= t.id"),
    "opening_hours": "t.site_id " + HERE, "closures": "t.site_id " + HERE,
    "recurring_patterns": "t.site_id " + HERE, "appointment_types": "t.site_id " + HERE,
    "cabinet_guides": "t.site_id " + HERE, "pack_acknowledgements": "t.site_id " + HERE,
    "appointments": "t.site_id " + HERE,
    # settlements and contributions belong to no site: they go where the practitioner works
    "fee_ledger": (f"(t.site_id {HERE} OR (t.site_id IS NULL AND EXISTS (SELECT 1 FROM shifts s"
                   f" WHERE s.practitioner_id = t.practitioner_id AND s.site_id {HERE})))"),
    "sync_conflicts": "t.site_id " + HERE,
    "availabilities": f"(t.site_id {HERE} OR t.site_id IS NULL)",
    "shifts": f"(t.site_id {HERE} OR EXISTS (SELECT 1 FROM shifts s WHERE s.practitioner_id = t.practitioner_id"
              f" AND s.site_id {HERE}))",
    "action_items": f"(t.site_id {HERE} OR {_patient('t.patient_id')})",
    "consultation_notes": f"(t.site_id {HERE} OR {_patient('t.patient_id')})",
    "handovers": f"(t.site_id {HERE} OR {_patient('t.patient_id')})",
    "note_cosignatures": ("EXISTS (SELECT 1 FROM consultation_notes c WHERE c.id = t.note_id AND "
                          f"(c.site_id {HERE} OR {_patient('c.patient_id')}))"),
    "handover_syntheses": ("EXISTS (SELECT 1 FROM handovers c WHERE c.id = t.handover_id AND "
                           f"(c.site_id {HERE} OR {_patient('c.patient_id')}))"),
    "handover_signoffs": ("EXISTS (SELECT 1 FROM handovers c WHERE c.id = t.handover_id AND "
                          f"(c.site_id {HERE} OR {_patient('c.patient_id')}))"),
    "audit_log": "FALSE",
}

# A patient new to this site brings his record: (table, column pointing at the parent).
PATIENT_RECORD = (("consultation_notes", "patient_id"), ("handovers", "patient_id"), ("action_items", "patient_id"))
RECORD_CHILDREN = (("note_cosignatures", "note_id", "consultation_notes"),
                   ("handover_syntheses", "handover_id", "handovers"),
                   ("handover_signoffs", "handover_id", "handovers"))


@dataclass
class ChunkResult:
    changes: int
    applied: int
    cursor: PullCursor | None


Rows = dict[str, dict[uuid.UUID, dict[str, Any]]]  # table -> id -> row


def _fetch(central: Connection, table_name: str, ids: set[uuid.UUID]) -> dict[uuid.UUID, dict[str, Any]]:
    if not ids:
        return {}
    t = table(table_name)
    rows = central.execute(select(t).where(t.c.id.in_(list(ids)))).mappings().all()
    return {row["id"]: dict(row) for row in rows}


def _in_scope(central: Connection, table_name: str, ids: set[uuid.UUID], site: uuid.UUID) -> set[uuid.UUID]:
    scope = SCOPE.get(table_name, "FALSE")
    if scope == "TRUE":
        return set(ids)
    if scope == "FALSE" or not ids:
        return set()
    query = text(f"SELECT t.id FROM {table_name} t WHERE t.id IN :ids AND {scope}").bindparams(
        bindparam("ids", expanding=True))
    return {row[0] for row in central.execute(query, {"ids": list(ids), "site": site})}


def _present(local: Connection, table_name: str, ids: set[uuid.UUID]) -> set[uuid.UUID]:
    if not ids:
        return set()
    t = table(table_name)
    found: set[uuid.UUID] = set()
    id_list = list(ids)
    for start in range(0, len(id_list), 500):
        found.update(local.execute(select(t.c.id).where(t.c.id.in_(id_list[start:start + 500]))).scalars())
    return found


def gather(central: Connection, local: Connection, changes: list[Change], site: uuid.UUID) -> Rows:
    """Read (network) what a chunk brings, before the local write transaction opens."""
    wanted: dict[str, set[uuid.UUID]] = defaultdict(set)
    for change in changes:
        if change.op != "D":
            wanted[change.table_name].add(change.row_id)
    rows: Rows = defaultdict(dict)
    new_patients: set[uuid.UUID] = set()
    for table_name, ids in wanted.items():
        if table_name not in SCOPE or SCOPE[table_name] == "FALSE":
            continue
        keep = _in_scope(central, table_name, ids, site) | _present(local, table_name, ids)
        rows[table_name].update(_fetch(central, table_name, keep))
    if rows.get("patients"):
        new_patients = set(rows["patients"]) - _present(local, "patients", set(rows["patients"]))
    _close(central, local, rows, new_patients)
    return rows


def _close(central: Connection, local: Connection, rows: Rows, new_patients: set[uuid.UUID]) -> None:
    """Add what the rows refer to and the site lacks, and the record of patients new here."""
    while True:
        if new_patients:
            _patient_records(central, rows, new_patients)
        missing: dict[str, set[uuid.UUID]] = defaultdict(set)
        for table_name, by_id in list(rows.items()):
            t = table(table_name)
            for column in t.columns:
                for fk in column.foreign_keys:
                    target = fk.column.table.name
                    refs = {row[column.name] for row in by_id.values() if row.get(column.name) is not None}
                    missing[target] |= refs - set(rows.get(target, {}))
        fetched_any = False
        new_patients = set()
        for target, ids in missing.items():
            ids -= _present(local, target, ids)
            if not ids:
                continue
            found = _fetch(central, target, ids)
            if found:
                fetched_any = True
                rows[target].update(found)
                if target == "patients":
                    new_patients |= set(found)
        if not fetched_any and not new_patients:
            return


def _patient_records(central: Connection, rows: Rows, patients: set[uuid.UUID]) -> None:
    parents: dict[str, set[uuid.UUID]] = defaultdict(set)
    for table_name, column in PATIENT_RECORD:
        t = table(table_name)
        found = central.execute(select(t).where(t.c[column].in_(list(patients)))).mappings().all()
        for row in found:
            rows[table_name][row["id"]] = dict(row)
            parents[table_name].add(row["id"])
    for table_name, column, parent in RECORD_CHILDREN:
        if parents[parent]:
            t = table(table_name)
            found = central.execute(select(t).where(t.c[column].in_(list(parents[parent])))).mappings().all()
            for row in found:
                rows[table_name][row["id"]] = dict(row)


def pending_fields(local: Connection, table_name: str, ids: set[uuid.UUID]) -> dict[uuid.UUID, set[str] | None]:
    """Fields of rows with edits still in the outbox (None: the whole row is pending)."""
    if not ids:
        return {}
    hexes = [i.hex for i in ids]
    out: dict[uuid.UUID, set[str] | None] = {}
    for start in range(0, len(hexes), 500):
        rows = local.execute(select(sync_outbox.c.row_id, sync_outbox.c.op, sync_outbox.c.old_row,
                                    sync_outbox.c.new_row)
                             .where(sync_outbox.c.table_name == table_name,
                                    sync_outbox.c.row_id.in_(hexes[start:start + 500]))).all()
        for row_id, op, old_raw, new_raw in rows:
            key = uuid.UUID(row_id)
            if op in ("I", "S") or out.get(key, set()) is None:
                out[key] = None
                continue
            old, new = decode_sqlite_row(table_name, old_raw) or {}, decode_sqlite_row(table_name, new_raw) or {}
            fields = {c for c in new if c not in ("row_version", "updated_at", "updated_by") and new[c] != old.get(c)}
            for group in FIELD_GROUPS.get(table_name, ()):  # a group stays whole: my start, my practitioner
                if fields.intersection(group):
                    fields |= set(group)
            out[key] = (out.get(key) or set()) | fields
    return out


def apply_rows(local: Connection, rows: Rows) -> int:
    """Write ``rows`` into the site's database (inside the caller's transaction). A row the
    site's own constraints refuse (a login taken here by an account the central database
    refused) is skipped and logged, never allowed to stop the pull: its conflict record follows."""
    local.exec_driver_sql("PRAGMA defer_foreign_keys = ON")
    applied = 0
    for table_name, by_id in rows.items():
        if not by_id:
            continue
        t = table(table_name)
        ids = set(by_id)
        present = _present(local, table_name, ids)
        append_only = table_name in APPEND_ONLY_TABLES
        pending = {} if append_only else pending_fields(local, table_name, ids & present)
        for row_id, row in by_id.items():
            if row_id not in present:
                statement = insert(t).values(**row)
            elif not append_only:
                keep = pending.get(row_id, set())
                if keep is None:
                    continue
                values = {k: v for k, v in row.items() if k != "id" and k not in keep}
                statement = update(t).where(t.c.id == row_id).values(**values)
            else:
                continue
            try:
                with local.begin_nested():
                    local.execute(statement)
            except sa_exc.IntegrityError as exc:
                log.warning("pulled row %s of %s not applied here: %s", row_id, table_name, exc.orig)
                continue
            applied += 1
    return applied


def pull_chunk(central: Connection, local_engine: Engine, site: uuid.UUID, cursor: PullCursor | None,
               limit: int, generation: str) -> ChunkResult:
    chunk = pull_changes(central, cursor, limit)
    if not chunk.changes:
        return ChunkResult(0, 0, cursor)
    with local_engine.connect() as reader:
        rows = gather(central, reader, chunk.changes, site)
    assert chunk.cursor is not None
    with local_engine.begin() as local:
        capture = get_state(local, "capture")
        if capture == "on":
            set_state(local, "capture", "paused")
        applied = apply_rows(local, rows)
        set_state(local, "cursor", f"{chunk.cursor.xid}:{chunk.cursor.seq}")
        set_state(local, "generation", generation)
        if capture == "on":
            set_state(local, "capture", "on")
    return ChunkResult(len(chunk.changes), applied, chunk.cursor)


def read_cursor(local: Connection) -> PullCursor | None:
    raw = get_state(local, "cursor")
    if not raw:
        return None
    xid, seq = raw.split(":")
    return PullCursor(int(xid), int(seq))
