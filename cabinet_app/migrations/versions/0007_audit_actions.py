"""audit: appointments booked, moved, cancelled, and sync conflicts resolved

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-25

The audit log's CHECK constraint lists its actions. PostgreSQL swaps the constraint; SQLite
cannot alter a CHECK, so the table is rebuilt from its own DDL with the longer list (rows copied
as they are), then its indexes and append-only triggers are put back. (The outbox's capture
triggers are re-created after every upgrade.)
"""

from __future__ import annotations

from alembic import op

from cabinet_app.migrations import triggers

revision = '0007'
down_revision = '0006'
branch_labels = None
depends_on = None

OLD = ('login', 'login_failed', 'login_throttled', 'logout', 'lock', 'unlock', 'patient_open', 'patient_create',
       'patient_update', 'patient_delete', 'patient_search', 'user_create', 'user_update', 'user_password',
       'user_disable', 'setup')
NEW = OLD + ('appointment_book', 'appointment_move', 'appointment_cancel', 'conflict_resolve')
NAME = 'ck_audit_log_audit_action'


def _check(actions: tuple[str, ...]) -> str:
    return "action IN (" + ", ".join(f"'{a}'" for a in actions) + ")"


def _swap(old: tuple[str, ...], new: tuple[str, ...]) -> None:
    bind = op.get_bind()
    if bind.dialect.name == 'postgresql':
        op.execute(f"ALTER TABLE audit_log DROP CONSTRAINT {NAME}")
        op.execute(f"ALTER TABLE audit_log ADD CONSTRAINT {NAME} CHECK ({_check(new)})")
        return
    ddl = bind.exec_driver_sql("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = 'audit_log'").scalar()
    if _check(old) not in ddl:
        raise RuntimeError("audit_log: unexpected CHECK constraint, not rebuilt")
    rebuilt = ddl.replace(_check(old), _check(new)).replace("CREATE TABLE audit_log", "CREATE TABLE audit_log_new", 1)
    columns = "login, action, patient_id, target, details, id, origin_site_id, created_at, created_by"
    op.execute(rebuilt)
    op.execute(f"INSERT INTO audit_log_new ({columns}) SELECT {columns} FROM audit_log")
    op.execute("DROP TABLE audit_log")  # its triggers and indexes go with it (no DELETE trigger fires)
    op.execute("ALTER TABLE audit_log_new RENAME TO audit_log")
    op.execute("CREATE INDEX ix_audit_log_created_at ON audit_log (created_at)")
    op.execute("CREATE INDEX ix_audit_log_patient_id ON audit_log (patient_id)")
    triggers.append_only(op, 'audit_log')


def upgrade() -> None:
    _swap(OLD, NEW)


def downgrade() -> None:
    _swap(NEW, OLD)  # refused by the database if the log already holds one of the new actions
