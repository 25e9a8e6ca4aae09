"""Create the demo cabinet in a database file, safely.

The demo is built in a file beside the target, then moved in place: a failure (or an
interruption) leaves the previous file exactly as it was. A file that is not a Cabinet database
is never replaced; a Cabinet database that already holds accounts only when ``replace`` is set.
"""

from __future__ import annotations

import os
from pathlib import Path

from ..config import open_database, probe_database
from ..db import UnitOfWork, make_engine, sqlite_url
from ..errors import AlreadyInitialised, DatabaseTooNew
from ..security.services import has_users
from .generator import DEFAULT_PATIENTS, DEFAULT_SEED, DemoSummary, build_demo

SQLITE_SIDE_FILES = ("-wal", "-shm")


def create_demo_database(path: Path, *, replace: bool = False, patients: int = DEFAULT_PATIENTS,
                         seed: int = DEFAULT_SEED, planning: bool = True) -> DemoSummary:
    """Write the demo cabinet to ``path``.

    Raises :class:`~cabinet_app.errors.AlreadyInitialised` when ``path`` holds a Cabinet with
    accounts and ``replace`` is not set, :class:`~cabinet_app.errors.NotACabinetDatabase` when it
    is another kind of file (never replaced).
    """
    _check_target(path, replace=replace)
    building = path.with_name(path.name + ".demo-tmp")
    remove_database_files(building)
    try:
        engine = open_database(building)
        try:
            summary = build_demo(engine, patients=patients, seed=seed, planning=planning)
        finally:
            engine.dispose()
    except BaseException:
        remove_database_files(building)
        raise
    remove_database_files(path)
    for suffix in ("", *SQLITE_SIDE_FILES):
        if Path(f"{building}{suffix}").exists():
            os.replace(f"{building}{suffix}", f"{path}{suffix}")
    return summary


def _check_target(path: Path, *, replace: bool) -> None:
    if not path.exists() or (path.is_file() and path.stat().st_size == 0):
        return
    try:
        in_use = probe_database(path) is not None and _has_accounts(path)
    except DatabaseTooNew:
        in_use = True
    if in_use and not replace:
        raise AlreadyInitialised(path=str(path))


def _has_accounts(path: Path) -> bool:
    engine = make_engine(sqlite_url(path))
    try:
        with UnitOfWork(engine) as uow:
            return has_users(uow)
    finally:
        engine.dispose()


def remove_database_files(path: Path) -> None:
    """Remove an SQLite file and its WAL companions (when no connection is open)."""
    for suffix in ("", *SQLITE_SIDE_FILES):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
