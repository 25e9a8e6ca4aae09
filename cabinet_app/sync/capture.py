"""Local change capture: SQLite triggers write every change to ``sync_outbox`` in the same
transaction as the change itself (a crash can never keep one without the other).

Triggers are generated from the mapped tables and re-created after every upgrade
(:func:`install_capture`), so they always list every column. They fire only while
``sync_state.capture`` is ``on``: a cabinet that never syncs keeps no outbox, and the pull turns
capture off inside its own transaction (what comes from the central database is not sent back).

:func:`enable_capture` turns capture on and, in the same transaction, queues a snapshot (op ``S``)
of every shared row: the central database receives what the site had before it synced.
"""

from __future__ import annotations

import uuid

from sqlalchemy import Connection, Engine, text

from ..models import APPEND_ONLY_TABLES, SYNCED_TABLES
from .codec import table

CAPTURED_TABLES = SYNCED_TABLES + APPEND_ONLY_TABLES
CAPTURE_ON = "(SELECT value FROM sync_state WHERE key = 'capture') = 'on'"
_NOW = "strftime('%Y-%m-%dT%H:%M:%fZ', 'now')"
_SITE = "(SELECT value FROM sync_state WHERE key = 'site_id')"
_SCHEMA = "(SELECT version_num FROM alembic_version)"


def _json(table_name: str, alias: str) -> str:
    columns = [c.name for c in table(table_name).columns]
    return "json_object(" + ", ".join(f"'{c}', {alias}.{c}" for c in columns) + ")"


def _outbox_insert(table_name: str, op: str, base: str, old: str, new: str, author: str) -> str:
    return ("INSERT INTO sync_outbox (mutation_id, table_name, row_id, op, base_version, old_row, new_row,"
            " author, site_id, schema_version, captured_at) VALUES (lower(hex(randomblob(16))),"
            f" '{table_name}', NEW.id, {op}, {base}, {old}, {new}, {author}, {_SITE}, {_SCHEMA}, {_NOW})")


def trigger_sql(table_name: str) -> list[str]:
    """The CREATE TRIGGER statements of one table."""
    new, old = _json(table_name, "NEW"), _json(table_name, "OLD")
    statements = [
        f"CREATE TRIGGER {table_name}_sync_insert AFTER INSERT ON {table_name} WHEN {CAPTURE_ON} BEGIN "
        + _outbox_insert(table_name, "'I'", "NULL", "NULL", new, "NEW.created_by") + "; END"
    ]
    if table_name in SYNCED_TABLES:
        kind = "CASE WHEN OLD.deleted_at IS NULL AND NEW.deleted_at IS NOT NULL THEN 'T' ELSE 'U' END"
        statements.append(
            f"CREATE TRIGGER {table_name}_sync_update AFTER UPDATE ON {table_name} WHEN {CAPTURE_ON} BEGIN "
            + _outbox_insert(table_name, kind, "OLD.row_version", old, new, "NEW.updated_by") + "; END")
    return statements


def install_capture(conn: Connection) -> None:
    """(Re-)create the capture triggers of every shared table (SQLite only; idempotent)."""
    if conn.dialect.name != "sqlite":
        return
    for name in CAPTURED_TABLES:
        for suffix in ("insert", "update"):
            conn.exec_driver_sql(f"DROP TRIGGER IF EXISTS {name}_sync_{suffix}")
        for statement in trigger_sql(name):
            conn.exec_driver_sql(statement)


def install(engine: Engine) -> None:
    with engine.begin() as conn:
        install_capture(conn)


def get_state(conn: Connection, key: str) -> str | None:
    return conn.execute(text("SELECT value FROM sync_state WHERE key = :key"), {"key": key}).scalar_one_or_none()


def set_state(conn: Connection, key: str, value: str | None) -> None:
    if value is None:
        conn.execute(text("DELETE FROM sync_state WHERE key = :key"), {"key": key})
        return
    conn.execute(text("INSERT INTO sync_state (key, value) VALUES (:key, :value) "
                      "ON CONFLICT (key) DO UPDATE SET value = excluded.value"), {"key": key, "value": value})


def is_enabled(conn: Connection) -> bool:
    return get_state(conn, "capture") == "on"


def queue_snapshot(conn: Connection, tables: tuple[str, ...] = CAPTURED_TABLES, *,
                   row_id: uuid.UUID | None = None) -> int:
    """Queue every row of ``tables`` (or only ``row_id``) as an upsert (op ``S``), parents first."""
    import cabinet_app.models  # noqa: F401
    from ..db import Base

    unknown = set(tables) - set(CAPTURED_TABLES)
    if unknown:
        raise ValueError(f"not a shared table: {sorted(unknown)}")
    order = [t.name for t in Base.metadata.sorted_tables if t.name in tables]
    only = "" if row_id is None else " WHERE NEW.id = :id"
    queued = 0
    for name in order:
        columns = {c.name for c in table(name).columns}
        author = "updated_by" if "updated_by" in columns else "created_by"
        result = conn.execute(text(
            "INSERT INTO sync_outbox (mutation_id, table_name, row_id, op, base_version, old_row, new_row,"
            " author, site_id, schema_version, captured_at)"
            f" SELECT lower(hex(randomblob(16))), '{name}', NEW.id, 'S', NULL, NULL, {_json(name, 'NEW')},"
            f" NEW.{author}, {_SITE}, {_SCHEMA}, {_NOW} FROM {name} AS NEW{only} ORDER BY NEW.created_at, NEW.id"),
            {} if row_id is None else {"id": row_id.hex})
        queued += result.rowcount or 0
    return queued


def enable_capture(conn: Connection, site_id: str, *, snapshot: bool = True) -> int:
    """Turn capture on for this site (idempotent); the first time, queue the snapshot."""
    set_state(conn, "site_id", site_id)
    if is_enabled(conn):
        return 0
    set_state(conn, "capture", "on")
    return queue_snapshot(conn) if snapshot else 0
