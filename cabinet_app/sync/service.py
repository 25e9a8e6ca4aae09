"""One sync of a site with the central database: push, then pull.

1. One sync at a time per site: a PostgreSQL advisory lock keyed by the site (held by the
   session: released if the process dies) and a lock inside the process.
2. Capture is turned on (the first time: a snapshot of the site's rows is queued).
3. The central generation is compared with the one kept beside the cursor: after a restore of
   the central database the site queues a snapshot again (what the restore lost comes back from
   the sites), forgets its cursor and pulls everything anew; its outbox is never dropped.
4. Push: outbox batches in order, each in one central transaction, acknowledged locally after
   the central commit (:mod:`cabinet_app.sync.push`).
5. Pull: chunks applied atomically with the cursor (:mod:`cabinet_app.sync.pull`).

A dropped connection at any point raises :class:`~cabinet_app.errors.SyncUnreachable`; what was
not acknowledged is sent again next time and changes nothing twice.
"""

from __future__ import annotations

import hashlib
import logging
import threading
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import Connection, Engine, text
from sqlalchemy import exc as sa_exc

from ..clock import utcnow
from ..errors import SyncAuthFailed, SyncBusy, SyncCentralNotReady, SyncError, SyncNotConfigured, SyncUnreachable
from .capture import enable_capture, get_state, queue_snapshot, set_state
from .central import read_generation
from .pull import pull_chunk, read_cursor
from .push import acknowledge, push_batch, read_outbox

log = logging.getLogger(__name__)

_LOCAL_LOCK = threading.Lock()
PUSH_BATCH = 200
PULL_CHUNK = 500


@dataclass
class SyncReport:
    pushed: int = 0
    duplicates: int = 0
    pulled: int = 0
    applied: int = 0
    batches: int = 0
    chunks: int = 0
    new_conflicts: list[uuid.UUID] = field(default_factory=list)
    snapshot_queued: int = 0
    generation_changed: bool = False
    started_at: datetime | None = None
    finished_at: datetime | None = None


@dataclass(frozen=True)
class SyncStatus:
    configured: bool
    site_id: str | None
    pending: int
    open_conflicts: int
    last_success: str | None
    last_error: str | None
    cursor: str | None
    generation: str | None


def local_site(local: Connection) -> uuid.UUID:
    """The site this database belongs to (sync state, else the local-site setting)."""
    raw = get_state(local, "site_id")
    if not raw:
        raw = local.execute(text("SELECT value FROM app_settings WHERE key = 'local_site_id'")).scalar_one_or_none()
    if not raw:
        raise SyncNotConfigured()
    return uuid.UUID(raw)


def _lock_key(site: uuid.UUID) -> int:
    return int.from_bytes(hashlib.blake2b(b"cabinet-sync:" + site.bytes, digest_size=8).digest(), "big", signed=True)


def _translate(exc: BaseException) -> SyncError:
    orig = getattr(exc, "orig", exc)
    message = str(orig).strip().splitlines()[0] if str(orig).strip() else type(orig).__name__
    if "password authentication failed" in message or "no password supplied" in message:
        return SyncAuthFailed(reason=message)
    if isinstance(exc, sa_exc.ProgrammingError) and ("sync_" in message or "does not exist" in message):
        return SyncCentralNotReady(reason=message)
    return SyncUnreachable(reason=message)


@contextmanager
def _site_lock(central: Engine, site: uuid.UUID) -> Iterator[Connection]:
    if not _LOCAL_LOCK.acquire(blocking=False):
        raise SyncBusy()
    try:
        with central.connect() as conn:
            got = conn.execute(text("SELECT pg_try_advisory_lock(:key)"), {"key": _lock_key(site)}).scalar_one()
            conn.commit()
            if not got:
                raise SyncBusy()
            try:
                yield conn
            finally:
                try:
                    conn.execute(text("SELECT pg_advisory_unlock(:key)"), {"key": _lock_key(site)})
                    conn.commit()
                except sa_exc.DBAPIError:  # the connection dropped: the server released the lock
                    pass
    finally:
        _LOCAL_LOCK.release()


def synchronise(local: Engine, central: Engine, *, push_batch_size: int = PUSH_BATCH,
                pull_chunk_size: int = PULL_CHUNK, progress: Callable[[str], None] | None = None) -> SyncReport:
    """Push then pull. Raises a :class:`SyncError` (in French through ``describe``) on failure;
    the failure is also kept for ``sync status``."""
    report = SyncReport(started_at=utcnow())
    with local.connect() as conn:
        site = local_site(conn)
    try:
        with _site_lock(central, site) as lock_conn:
            generation = str(read_generation(lock_conn))
            lock_conn.commit()
            with local.begin() as conn:
                report.snapshot_queued = enable_capture(conn, str(site))
                known = get_state(conn, "generation")
                if known is not None and known != generation:
                    log.warning("central generation changed (%s -> %s): re-bootstrap", known, generation)
                    report.generation_changed = True
                    report.snapshot_queued += queue_snapshot(conn)
                    set_state(conn, "cursor", None)
                    set_state(conn, "generation", generation)  # queued once, even if this sync fails
            # all the central work runs on the session that holds the site's lock: a cut that
            # releases the lock also stops the sync (a fresh connection would go on unguarded)
            _push_all(local, lock_conn, site, push_batch_size, report, progress)
            _pull_all(local, lock_conn, site, pull_chunk_size, generation, report, progress)
    except SyncError as exc:
        _remember_error(local, exc)
        raise
    except (sa_exc.DBAPIError, OSError) as exc:
        error = _translate(exc)
        _remember_error(local, error)
        raise error from exc
    report.finished_at = utcnow()
    with local.begin() as conn:
        set_state(conn, "last_success", report.finished_at.isoformat())
        set_state(conn, "last_error", None)
    return report


def _push_all(local: Engine, central: Engine | Connection, site: uuid.UUID, size: int, report: SyncReport,
              progress: Callable[[str], None] | None) -> None:
    while True:
        with local.connect() as conn:
            batch = read_outbox(conn, size)
        if not batch:
            return
        result = push_batch(central, batch, site)
        with local.begin() as conn:
            acknowledge(conn, result.last_seq)
        report.batches += 1
        report.pushed += result.applied
        report.duplicates += result.duplicates
        report.new_conflicts += result.conflicts
        if progress:
            progress(f"push:{report.pushed}")


def _pull_all(local: Engine, central: Engine | Connection, site: uuid.UUID, size: int, generation: str,
              report: SyncReport, progress: Callable[[str], None] | None) -> None:
    with local.connect() as conn:
        cursor = read_cursor(conn)
    while True:
        if isinstance(central, Connection):
            try:
                result = pull_chunk(central, local, site, cursor, size, generation)
            finally:
                central.rollback()  # end the read transaction: no snapshot kept open between chunks
        else:
            with central.connect() as conn:
                result = pull_chunk(conn, local, site, cursor, size, generation)
        if result.changes == 0:
            if cursor is None:  # nothing ever pulled: remember the generation all the same
                with local.begin() as conn:
                    set_state(conn, "generation", generation)
            return
        cursor = result.cursor
        report.chunks += 1
        report.pulled += result.changes
        report.applied += result.applied
        if progress:
            progress(f"pull:{report.pulled}")


def _remember_error(local: Engine, error: SyncError) -> None:
    from ..messages import describe

    try:
        with local.begin() as conn:
            set_state(conn, "last_error", f"{utcnow().isoformat()} {describe(error)}")
    except sa_exc.DBAPIError:
        log.exception("could not record the sync error")


def status(local: Engine) -> SyncStatus:
    """Where this PC stands (read after every local change by the app: three small queries)."""
    with local.connect() as conn:
        state = dict(conn.execute(text("SELECT key, value FROM sync_state")).all())
        site = state.get("site_id") or conn.execute(text(
            "SELECT value FROM app_settings WHERE key = 'local_site_id'")).scalar_one_or_none() or None
        pending, open_conflicts = conn.execute(text(
            "SELECT (SELECT count(*) FROM sync_outbox), (SELECT count(*) FROM sync_conflicts "
            "WHERE resolved_at IS NULL AND deleted_at IS NULL)")).one()
    return SyncStatus(configured=state.get("capture") == "on", site_id=site, pending=pending,
                      open_conflicts=open_conflicts, last_success=state.get("last_success"),
                      last_error=state.get("last_error"), cursor=state.get("cursor"),
                      generation=state.get("generation"))
