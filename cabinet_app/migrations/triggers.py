"""Database-side guards, for SQLite and PostgreSQL alike:

* append-only tables refuse UPDATE and DELETE (and TRUNCATE on PostgreSQL);
* shared (synced) tables refuse DELETE: a deletion is a tombstone (``deleted_at``), so that the
  sync can carry it and history keeps it.

Used by migrations: ``append_only(op, "audit_log")``, ``no_hard_delete(op, "patients")``.
"""

from __future__ import annotations

from typing import Any

APPEND_ONLY_MESSAGE = "cabinet: append-only table"
NO_DELETE_MESSAGE = "cabinet: shared rows are tombstoned, never deleted"


def _pg_function(op: Any) -> None:
    op.execute(
        """
        CREATE OR REPLACE FUNCTION cabinet_refuse_change() RETURNS trigger AS $$
        BEGIN
            RAISE EXCEPTION '%: % on %', TG_ARGV[0], TG_OP, TG_TABLE_NAME
                USING ERRCODE = 'restrict_violation';
        END;
        $$ LANGUAGE plpgsql
        """
    )


def append_only(op: Any, table: str) -> None:
    if op.get_bind().dialect.name == "postgresql":
        _pg_function(op)
        op.execute(
            f"CREATE TRIGGER {table}_append_only BEFORE UPDATE OR DELETE ON {table} "
            f"FOR EACH ROW EXECUTE FUNCTION cabinet_refuse_change('{APPEND_ONLY_MESSAGE}')"
        )
        op.execute(
            f"CREATE TRIGGER {table}_no_truncate BEFORE TRUNCATE ON {table} "
            f"FOR EACH STATEMENT EXECUTE FUNCTION cabinet_refuse_change('{APPEND_ONLY_MESSAGE}')"
        )
        return
    for verb in ("UPDATE", "DELETE"):
        op.execute(
            f"CREATE TRIGGER {table}_no_{verb.lower()} BEFORE {verb} ON {table} "
            f"BEGIN SELECT RAISE(ABORT, '{APPEND_ONLY_MESSAGE}: {verb} on {table}'); END"
        )


def no_hard_delete(op: Any, table: str) -> None:
    if op.get_bind().dialect.name == "postgresql":
        _pg_function(op)
        op.execute(
            f"CREATE TRIGGER {table}_no_delete BEFORE DELETE ON {table} "
            f"FOR EACH ROW EXECUTE FUNCTION cabinet_refuse_change('{NO_DELETE_MESSAGE}')"
        )
        return
    op.execute(
        f"CREATE TRIGGER {table}_no_delete BEFORE DELETE ON {table} "
        f"BEGIN SELECT RAISE(ABORT, '{NO_DELETE_MESSAGE}: DELETE on {table}'); END"
    )


def drop(op: Any, table: str, *names: str) -> None:
    """Drop triggers (downgrades)."""
    postgres = op.get_bind().dialect.name == "postgresql"
    for name in names:
        op.execute(f"DROP TRIGGER IF EXISTS {name} ON {table}" if postgres else f"DROP TRIGGER IF EXISTS {name}")
