"""Where things live, and opening the database.

The database defaults to the user's data directory; ``--db PATH`` or the ``CABINET_DB``
environment variable override it. Details of errors go to a log file, never to the screen.
"""

from __future__ import annotations

import logging
import logging.handlers
import os
import sqlite3
from pathlib import Path

from platformdirs import user_data_path, user_log_path
from sqlalchemy import Engine, create_engine

from .db import make_engine, sqlite_url
from .migrations import check_database, upgrade

APP_DIR_NAME = "cabinet"
DB_ENV = "CABINET_DB"


def default_db_path() -> Path:
    return user_data_path(APP_DIR_NAME, appauthor=False) / "cabinet.sqlite3"


def resolve_db_path(explicit: str | os.PathLike[str] | None = None) -> Path:
    if explicit:
        return Path(explicit).expanduser()
    if env := os.environ.get(DB_ENV):
        return Path(env).expanduser()
    return default_db_path()


def log_path() -> Path:
    return user_log_path(APP_DIR_NAME, appauthor=False) / "cabinet.log"


def setup_logging(level: int = logging.INFO) -> Path:
    path = log_path()
    root = logging.getLogger()
    if any(getattr(h, "_cabinet", False) for h in root.handlers):
        return path
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handler: logging.Handler = logging.handlers.RotatingFileHandler(
            path, maxBytes=2_000_000, backupCount=3, encoding="utf-8"
        )
    except OSError:
        handler = logging.NullHandler()
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler._cabinet = True  # type: ignore[attr-defined]
    root.addHandler(handler)
    root.setLevel(level)
    return path


def probe_database(path: Path) -> str | None:
    """The revision of an existing database file (None when empty), looked at read-only: a file
    that is not a Cabinet database (or is too new) raises a typed error with not a byte changed.
    Look before touching: switching to WAL would already rewrite a foreign file's header."""
    uri = f"{path.resolve().as_uri()}?mode=ro"  # percent-encoded: a path may hold ? # or %
    probe = create_engine("sqlite+pysqlite://", creator=lambda: sqlite3.connect(uri, uri=True))
    try:
        return check_database(probe, label=str(path))
    finally:
        probe.dispose()


def open_database(path: Path, *, create: bool = True) -> Engine:
    """Open (and create or migrate) the local database. Raises typed errors for a file that is
    not a Cabinet database or is newer than this app; nothing is changed then."""
    if create:
        path.parent.mkdir(parents=True, exist_ok=True)
    if path.exists() and path.stat().st_size > 0:
        probe_database(path)
    engine = make_engine(sqlite_url(path))
    try:
        upgrade(engine)
    except Exception:
        engine.dispose()
        raise
    return engine
