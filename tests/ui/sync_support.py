"""Helpers of the sync screens' tests: French on screen, the sync settings, real conflict rows in
the small cabinet's SQLite, and fakes of the parent practice (no PostgreSQL needed)."""

from __future__ import annotations

import json
import uuid
from collections.abc import Callable
from datetime import datetime, timezone
from typing import Any

from cabinet_app.db import UnitOfWork
from cabinet_app.settings import SYNC_INTERVAL_MINUTES, SYNC_URL
from cabinet_app.sync.capture import set_state
from cabinet_app.sync.codec import to_json
from cabinet_app.sync.model import ConflictKind, SyncConflict
from cabinet_app.sync.service import SyncReport
from cabinet_app.ui.app import install_translators
from cabinet_app.ui.context import AppContext
from cabinet_app.ui.tasks import InlineRunner
from tests.ui.shell_support import ensure_translations

PARENT_URL = "postgresql://cabinet@pole-mere.example:5432/cabinet"


def french() -> None:
    ensure_translations()
    install_translators("fr")


def make_ctx(cabinet, login: str, *, network: Any = None) -> AppContext:
    ctx = AppContext(cabinet.engine, InlineRunner(), language="fr", network=network)
    ctx.set_session_user(cabinet.login(login))
    return ctx


def configure(cabinet, url: str = PARENT_URL, minutes: int = 10) -> None:
    with cabinet.uow("admin") as uow:
        uow.settings.set(SYNC_URL, url)
        uow.settings.set(SYNC_INTERVAL_MINUTES, minutes)
        uow.commit()


def settings_rows(engine) -> dict[str, str]:
    with engine.connect() as conn:
        return dict(conn.exec_driver_sql("SELECT key, value FROM app_settings").all())


def user_id(cabinet, login: str) -> uuid.UUID:
    return cabinet.login(login).user.id


def add_conflict(cabinet, *, table_name: str, row_id: uuid.UUID, fields: list[str], mine: dict, theirs: dict,
                 base: dict, kind: ConflictKind = ConflictKind.FIELDS, mine_by: str = "secretaire",
                 theirs_by: str = "dr.petit", message: str = "") -> uuid.UUID:
    """A conflict record as a pull brings it, inserted through a unit of work."""
    at = datetime(2025, 3, 12, 9, 30, tzinfo=timezone.utc)
    with UnitOfWork(cabinet.engine) as uow:
        row = SyncConflict(site_id=cabinet.site_id, table_name=table_name, row_id=row_id, kind=kind,
                           fields=json.dumps(fields), mine=to_json(mine), theirs=to_json(theirs), base=to_json(base),
                           mine_by=user_id(cabinet, mine_by), mine_at=at, theirs_by=user_id(cabinet, theirs_by),
                           theirs_at=at.replace(minute=10), message=message, created_at=at)
        assert uow.session is not None
        uow.session.add(row)
        uow.commit()
        return row.id


class FakeCentral:
    def __init__(self, url: str) -> None:
        self.url = url
        self.disposed = False

    def dispose(self) -> None:
        self.disposed = True


class FakeParent:
    """Stands for the parent practice: records each sync, answers with a report (or raises),
    and keeps the last success as the real sync does."""

    def __init__(self, report: SyncReport | None = None, error: BaseException | None = None) -> None:
        self.report = report or SyncReport()
        self.error = error
        self.calls: list[FakeCentral] = []
        self.centrals: list[FakeCentral] = []

    def central(self, url: str) -> FakeCentral:
        central = FakeCentral(url)
        self.centrals.append(central)
        return central

    def synchronise(self, local, central: FakeCentral) -> SyncReport:
        self.calls.append(central)
        if self.error is not None:
            raise self.error
        finished = datetime.now(timezone.utc)
        with local.begin() as conn:
            set_state(conn, "last_success", finished.isoformat())
        self.report.finished_at = finished
        return self.report


class HeldRunner:
    """A runner that keeps the tasks until :meth:`release` (a sync "still running")."""

    def __init__(self) -> None:
        self.held: list[tuple[Callable[[], Any], Any, Any]] = []

    def submit(self, task, *, on_done=None, on_error=None) -> None:
        self.held.append((task, on_done, on_error))

    def release(self) -> None:
        held, self.held = self.held, []
        for task, on_done, on_error in held:
            try:
                result = task()
            except BaseException as exc:  # noqa: BLE001
                if on_error is None:
                    raise
                on_error(exc)
            else:
                if on_done is not None:
                    on_done(result)

    def wait(self) -> None:
        return None
