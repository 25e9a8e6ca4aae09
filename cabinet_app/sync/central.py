"""The central (parent practice's PostgreSQL) side of the sync: change log and pull cursor.

Change log
    :func:`central_init` migrates the database with the app's migrations, then adds, in plain SQL
    and only on PostgreSQL (a site's SQLite never gets them), ``sync_generation``,
    ``sync_change_log`` and one AFTER INSERT OR UPDATE OR DELETE row trigger on every synced and
    append-only table. Each changed row appends ``(seq, xid, table_name, row_id, op, row_version)``
    where ``xid`` is the writing transaction's ``pg_current_xact_id()`` and ``op`` is ``I``
    (insert), ``U`` (update), ``T`` (tombstone: ``deleted_at`` set) or ``D`` (delete). Edits made
    directly at the parent, outside the app, are captured the same way.

Why a plain ``seq > cursor`` loses rows
    ``seq`` is handed out when a row is *written*, not when its transaction *commits*. A long
    transaction T1 takes seq 1, a short one T2 takes seq 2 and commits first; a reader sees only
    seq 2, moves its cursor to 2, and when T1 commits seq 1 is behind the cursor: lost for good.

The cursor ``(xid, seq)``
    :func:`pull_changes` reads ``(xid, seq) > cursor AND xid < pg_snapshot_xmin(pg_current_snapshot())``
    ordered by ``(xid, seq)``. ``xid`` is kept as a ``bigint`` (the 64-bit ``xid8`` value): PostgreSQL
    15 sorts ``xid8`` by its text in ORDER BY (727 after 3493), which made a cursor skip a whole
    transaction; integers compare and sort alike. Every transaction below the snapshot's xmin has ended, so all of its
    rows are visible (or, aborted, will never exist): nothing can later appear below the cursor.
    A still-running transaction (and every one after it) waits until it ends: a long transaction
    delays the pull, it never makes it lose a row. Chunks end on a transaction boundary (the rest
    of the last xid is always included), so a site applies whole server transactions. The
    trade-off: a row is ordered by its transaction's *start* (xid), not by commit; that is fine,
    the cursor only has to be complete and monotonic, the order of rows inside a pull is not the
    commit order.

Generation
    ``sync_generation`` holds one random id, drawn with the change log, and the identity of the
    database it was drawn in (cluster system identifier, database oid, timeline). A site keeps the
    generation beside its cursor; when it changes, the site re-bootstraps (keeping its outbox).
    A central database restored from a dump or a base backup has another identity, so
    :func:`read_generation` already answers a different id; ``central init`` run after the
    restore then records a fresh generation and empties the old change log (whose xids belong to
    the former server and would otherwise stall the pull: it never skips them, it waits).

A TRUNCATE escapes row triggers: it is refused on every synced table (append-only tables
already refuse it), as a DELETE is.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime
from typing import NamedTuple

from sqlalchemy import Connection, Engine, text

from ..models import SYNCED_TABLES
from .capture import CAPTURED_TABLES

_INIT_LOCK = 0x5C_AB_17  # pg_advisory_xact_lock key: two concurrent inits run one after the other


class NotPostgreSQL(Exception):
    """The central change log exists only on PostgreSQL."""

    def __init__(self, dialect: str) -> None:
        super().__init__(f"the central database must be PostgreSQL, not {dialect}")
        self.dialect = dialect


class PullCursor(NamedTuple):
    """Where a site stands in the central change log: the last ``(xid, seq)`` it applied."""

    xid: int
    seq: int


@dataclass(frozen=True)
class Change:
    """One changed row, as logged centrally (the row itself is read from its table)."""

    seq: int
    xid: int
    table_name: str
    row_id: uuid.UUID
    op: str
    row_version: int | None
    changed_at: datetime

    @property
    def position(self) -> PullCursor:
        return PullCursor(self.xid, self.seq)


@dataclass(frozen=True)
class PulledChunk:
    changes: list[Change]
    cursor: PullCursor | None  # unchanged (the given one) when nothing new is ready


# --- init ------------------------------------------------------------------------------------------

_TABLES_SQL = (
    """
    CREATE TABLE IF NOT EXISTS sync_generation (
        singleton boolean PRIMARY KEY DEFAULT true CHECK (singleton),
        generation_id uuid NOT NULL,
        database_identity text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
    )
    """,
    """
    CREATE TABLE IF NOT EXISTS sync_change_log (
        seq bigserial PRIMARY KEY,
        xid bigint NOT NULL DEFAULT (pg_current_xact_id()::text::bigint),
        table_name text NOT NULL,
        row_id uuid NOT NULL,
        op char(1) NOT NULL CHECK (op IN ('I', 'U', 'T', 'D')),
        row_version bigint,
        changed_at timestamptz NOT NULL DEFAULT now()
    )
    """,
    "CREATE INDEX IF NOT EXISTS ix_sync_change_log_xid_seq ON sync_change_log (xid, seq)",
    """
    CREATE TABLE IF NOT EXISTS sync_applied_mutations (
        mutation_id uuid PRIMARY KEY,
        site_id uuid NOT NULL,
        applied_at timestamptz NOT NULL DEFAULT now()
    )
    """,
)

# Double booking across sites: one practitioner, two active shifts (or two appointments that are
# not knowingly overbooked) over the same time, wherever they were booked.
_EXCLUSIONS = {
    "shifts": "deleted_at IS NULL AND status = 'active'",
    "appointments": "deleted_at IS NULL AND NOT overbooked AND status IN ('booked', 'arrived', 'seen', 'no_show')",
}

SITE_ROLE = "cabinet_site"
_ROLE_SQL = f"""
DO $$ BEGIN
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '{SITE_ROLE}') THEN
        CREATE ROLE {SITE_ROLE} NOLOGIN;
    END IF;
END $$
"""

_CAPTURE_FUNCTION = """
CREATE OR REPLACE FUNCTION cabinet_sync_capture() RETURNS trigger AS $$
DECLARE
    new_row jsonb;
    kind char(1);
BEGIN
    IF TG_OP = 'DELETE' THEN
        new_row := to_jsonb(OLD);
        kind := 'D';
    ELSE
        new_row := to_jsonb(NEW);
        IF TG_OP = 'INSERT' THEN
            kind := 'I';
        ELSIF (to_jsonb(OLD) ->> 'deleted_at') IS NULL AND (new_row ->> 'deleted_at') IS NOT NULL THEN
            kind := 'T';
        ELSE
            kind := 'U';
        END IF;
    END IF;
    INSERT INTO {log} (table_name, row_id, op, row_version)
    VALUES (TG_TABLE_NAME, (new_row ->> 'id')::uuid, kind, (new_row ->> 'row_version')::bigint);
    RETURN NULL;
END;
$$ LANGUAGE plpgsql
"""


def central_init(engine: Engine) -> uuid.UUID:
    """Prepare a central PostgreSQL database (idempotent): the app's migrations, then the change
    log, its triggers and the generation. Returns the generation id (kept on a second run)."""
    from ..migrations import upgrade
    from ..migrations.triggers import NO_DELETE_MESSAGE

    if engine.dialect.name != "postgresql":
        raise NotPostgreSQL(engine.dialect.name)
    upgrade(engine)
    with engine.begin() as conn:
        conn.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": _INIT_LOCK})
        for statement in _TABLES_SQL:
            conn.execute(text(statement))
        schema = conn.execute(text("SELECT quote_ident(current_schema())")).scalar_one()
        conn.execute(text(_CAPTURE_FUNCTION.replace("{log}", f"{schema}.sync_change_log")))
        for table in CAPTURED_TABLES:
            conn.execute(text(f"DROP TRIGGER IF EXISTS {table}_sync_capture ON {table}"))
            conn.execute(text(f"CREATE TRIGGER {table}_sync_capture AFTER INSERT OR UPDATE OR DELETE "
                              f"ON {table} FOR EACH ROW EXECUTE FUNCTION cabinet_sync_capture()"))
        for table in SYNCED_TABLES:  # a TRUNCATE would escape the row triggers: refused, like a DELETE
            conn.execute(text(f"DROP TRIGGER IF EXISTS {table}_sync_no_truncate ON {table}"))
            conn.execute(text(f"CREATE TRIGGER {table}_sync_no_truncate BEFORE TRUNCATE ON {table} FOR EACH "
                              f"STATEMENT EXECUTE FUNCTION cabinet_refuse_change('{NO_DELETE_MESSAGE}')"))
        conn.execute(text("CREATE EXTENSION IF NOT EXISTS btree_gist"))
        for table, predicate in _EXCLUSIONS.items():
            conn.execute(text(f"ALTER TABLE {table} DROP CONSTRAINT IF EXISTS {table}_no_double_booking"))
            conn.execute(text(f"ALTER TABLE {table} ADD CONSTRAINT {table}_no_double_booking EXCLUDE USING gist "
                              f"(practitioner_id WITH =, tstzrange(starts_at, ends_at) WITH &&) WHERE ({predicate})"))
        _grant_site_role(conn, schema)
        return _record_generation(conn)


def _grant_site_role(conn: Connection, schema: str) -> None:
    """Sites connect with a login role member of ``cabinet_site``: read, insert and update the
    shared tables, never delete nor change the schema (``CREATE ROLE site_x LOGIN IN ROLE cabinet_site``)."""
    conn.execute(text(_ROLE_SQL))
    conn.execute(text(f"GRANT USAGE ON SCHEMA {schema} TO {SITE_ROLE}"))
    conn.execute(text(f"GRANT SELECT, INSERT, UPDATE ON ALL TABLES IN SCHEMA {schema} TO {SITE_ROLE}"))
    conn.execute(text(f"GRANT DELETE ON sync_applied_mutations TO {SITE_ROLE}"))
    conn.execute(text(f"GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA {schema} TO {SITE_ROLE}"))
    conn.execute(text(f"GRANT pg_read_all_settings, pg_monitor TO {SITE_ROLE}"))


_IDENTITY_SQL = (
    "SELECT concat_ws('/', (SELECT system_identifier FROM pg_control_system()), "
    "(SELECT oid FROM pg_database WHERE datname = current_database()), "
    "(SELECT timeline_id FROM pg_control_checkpoint()))"
)


def _record_generation(conn: Connection) -> uuid.UUID:
    """Keep the generation of this very database; draw a new one (and forget the change log of
    the former server) in a restored one."""
    identity = conn.execute(text(_IDENTITY_SQL)).scalar_one()
    stored = conn.execute(text("SELECT database_identity FROM sync_generation")).scalar_one_or_none()
    if stored != identity:
        if stored is not None:
            conn.execute(text("TRUNCATE sync_change_log RESTART IDENTITY"))
        conn.execute(text("DELETE FROM sync_generation"))
        conn.execute(text("INSERT INTO sync_generation (generation_id, database_identity) VALUES (:id, :identity)"),
                     {"id": uuid.uuid4(), "identity": identity})
    return read_generation(conn)


def read_generation(conn: Connection) -> uuid.UUID:
    """The central database's generation, as a site must compare it with the one beside its
    cursor. In a restored database not yet re-initialised it already differs (derived from the
    stored id and the new identity), so no site pulls across a restore."""
    generation_id, stored, identity = conn.execute(text(
        f"SELECT generation_id, database_identity, ({_IDENTITY_SQL}) FROM sync_generation")).one()
    return generation_id if stored == identity else uuid.uuid5(generation_id, identity)


# --- pull ------------------------------------------------------------------------------------------

_COLUMNS = "seq, xid, table_name, row_id, op, row_version, changed_at"
_READY = "xid < pg_snapshot_xmin(pg_current_snapshot())::text::bigint"
_AFTER_CURSOR = "(xid, seq) > (:xid, :seq)"


def pull_changes(conn: Connection, cursor: PullCursor | tuple[int, int] | None, limit: int
                 ) -> PulledChunk:
    """The next changes after ``cursor`` (None: from the start), about ``limit`` of them: whole
    server transactions only, ended ones only. The new cursor is the last change returned."""
    if limit < 1:
        raise ValueError("limit must be at least 1")
    where = _READY if cursor is None else f"{_AFTER_CURSOR} AND {_READY}"
    params = {} if cursor is None else {"xid": int(cursor[0]), "seq": cursor[1]}
    rows = conn.execute(text(f"SELECT {_COLUMNS} FROM sync_change_log WHERE {where} "
                             f"ORDER BY xid, seq LIMIT :limit"), {**params, "limit": limit}).all()
    changes = [_change(row) for row in rows]
    if len(changes) == limit:  # the limit may fall inside a transaction: take the rest of it
        last = changes[-1]
        rest = conn.execute(text(f"SELECT {_COLUMNS} FROM sync_change_log "
                                 f"WHERE xid = :xid AND seq > :seq ORDER BY seq"),
                            {"xid": last.xid, "seq": last.seq}).all()
        changes += [_change(row) for row in rest]
    if not changes:
        return PulledChunk([], None if cursor is None else PullCursor(*cursor))
    return PulledChunk(changes, changes[-1].position)


def _change(row: object) -> Change:
    seq, xid, table_name, row_id, op, row_version, changed_at = row  # type: ignore[misc]
    return Change(seq=seq, xid=int(xid), table_name=table_name, row_id=row_id, op=op,
                  row_version=row_version, changed_at=changed_at)
