"""Alembic migrations, shipped inside the package and applied on start-up.

:func:`upgrade` brings a database (SQLite or PostgreSQL) to the newest schema; it refuses a file
that is not a Cabinet database, or one written by a newer version of the app.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, inspect
from sqlalchemy import exc as sa_exc

from ..errors import DatabaseTooNew, DatabaseUnavailable, NotACabinetDatabase

HERE = Path(__file__).resolve().parent


NOT_MAPPED_PREFIXES = ("clinical_fts",)  # SQLite's FTS5 index and its shadow tables


def include_name(name: str | None, type_: str, parent_names: object) -> bool:
    """Autogenerate ignores the full-text index, which no mapped class describes."""
    return not (type_ == "table" and name and name.startswith(NOT_MAPPED_PREFIXES))


def alembic_config(engine: Engine | None = None) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(HERE))
    cfg.attributes["engine"] = engine
    return cfg


def head_revision() -> str:
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def check_database(engine: Engine, *, label: str | None = None) -> str | None:
    """Return the database's revision (None for an empty database) or raise a typed error.
    ``label`` names the database in errors (its file path)."""
    label = label or str(engine.url.database)
    try:
        with engine.connect() as conn:
            tables = set(inspect(conn).get_table_names())
            revision = MigrationContext.configure(conn).get_current_revision()
    except sa_exc.DatabaseError as exc:
        if isinstance(exc.orig, sqlite3.DatabaseError) and "not a database" in str(exc.orig):
            raise NotACabinetDatabase(path=label) from exc
        raise DatabaseUnavailable(reason=str(exc.orig)) from exc
    if revision is None:
        if tables - {"alembic_version"}:
            raise NotACabinetDatabase(path=label)
        return None
    script = ScriptDirectory.from_config(alembic_config())
    if revision not in {rev.revision for rev in script.walk_revisions()}:
        raise DatabaseTooNew(revision=revision)
    return revision


def upgrade(engine: Engine) -> None:
    """Apply every pending migration (after :func:`check_database`)."""
    check_database(engine)
    command.upgrade(alembic_config(engine), "head")
    if engine.dialect.name == "sqlite":  # the outbox triggers follow the newest tables
        from ..sync.capture import install

        install(engine)
