"""When the site syncs with its parent practice, from the GUI: on demand (« Synchroniser
maintenant »), every ``sync_interval_minutes`` while someone is logged in, at login, and at
logout and closing (best effort).

Every sync runs on the network worker (``ctx.network``), never on the database worker nor the
GUI thread; one at a time. The status comes back as :attr:`SyncController.overview_changed` (the
indicator); the outcome of a sync someone asked for also as :attr:`SyncController.told` (a
background one only shows in the indicator). A sync that pulled
something announces :data:`~cabinet_app.changes.EVERYTHING`, so every page refreshes.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import QObject, QTimer, Signal

from ...changes import EVERYTHING, Area
from ...errors import SyncUnreachable
from ...sync import connect, service
from ..context import AppContext
from ..lock import MINUTE_MS
from .data import CentralFactory, SyncConfig, SyncOutcome, SyncOverview, Synchronise, read_overview, sync_once
from .labels import report_text

log = logging.getLogger(__name__)


class SyncController(QObject):
    #: a sync is running (True) or over (False)
    running_changed = Signal(bool)
    #: the status and settings as they are now: SyncOverview
    overview_changed = Signal(object)
    #: a sync someone asked for ended: what to tell them (French), and whether it failed
    told = Signal(str, bool)

    def __init__(self, ctx: AppContext, parent: QObject | None = None, *,
                 synchronise: Synchronise | None = None, make_central: CentralFactory | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.synchronise = synchronise
        self.make_central = make_central
        self.running = False
        self.active = False  # someone is logged in
        self.overview: SyncOverview | None = None
        self.last_failure: BaseException | None = None
        self._announcing = False
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.sync_in_background)
        ctx.changed.connect(self._changed)

    @property
    def config(self) -> SyncConfig | None:
        return self.overview.config if self.overview is not None else None

    # --- the session ---------------------------------------------------------------------------
    def start(self) -> None:
        """Someone logged in: read the settings, sync once if set up, then every N minutes."""
        self.active = True
        self.refresh(then=self._sync_at_login)

    def _sync_at_login(self, overview: SyncOverview) -> None:
        if overview.config.configured:
            self.sync_in_background()

    def stop(self, *, closing: bool = False) -> None:
        """Logout or closing: no more timed syncs; one last sync of what waits, in the background.
        At closing it is skipped when offline (the last try found no server) or nothing waits."""
        self.active = False
        self.timer.stop()
        config = self.config
        if self.running or config is None or not config.configured:
            return
        if closing:
            pending = self.overview.status.pending if self.overview is not None else 0
            if not pending or isinstance(self.last_failure, SyncUnreachable):
                return
            self.ctx.run_network(self._job(), on_error=lambda error: log.warning("sync at closing failed: %s", error))
            return
        self._launch(manual=False)

    # --- syncing -------------------------------------------------------------------------------
    def sync_now(self) -> bool:
        """The person asked (menu, shortcut); False when a sync is already running."""
        return self._launch(manual=True)

    def sync_in_background(self) -> bool:
        if not self.active:
            return False
        return self._launch(manual=False)

    def _job(self) -> Callable[[], SyncOutcome]:
        engine = self.ctx.engine
        synchronise = self.synchronise or service.synchronise
        make_central = self.make_central or connect.central_engine
        return lambda: sync_once(engine, synchronise=synchronise, make_central=make_central)

    def _launch(self, *, manual: bool) -> bool:
        if self.running:
            return False
        self._set_running(True)
        self.ctx.run_network(self._job(), on_done=lambda outcome: self._done(outcome, manual),
                             on_error=lambda error: self._crashed(error, manual))
        return True

    def _set_running(self, running: bool) -> None:
        self.running = running
        self.running_changed.emit(running)

    def _done(self, outcome: SyncOutcome, manual: bool) -> None:
        self._set_running(False)
        self.last_failure = outcome.error
        config = self.config or SyncConfig(url="", interval_minutes=0, has_password=False)
        self._show(SyncOverview(status=outcome.status, config=config))
        if manual and outcome.error is None and outcome.report is not None:
            self.told.emit(report_text(outcome.report), False)
        elif manual:
            self.told.emit(self.ctx.describe(outcome.error or RuntimeError()), True)
        if outcome.report is not None:
            self._announcing = True  # the status just read is current: no need to read it again
            try:
                self.ctx.notify(EVERYTHING if outcome.pulled else Area.SYNC)
            finally:
                self._announcing = False

    def _crashed(self, error: BaseException, manual: bool) -> None:
        log.error("sync failed unexpectedly", exc_info=error)
        self._set_running(False)
        self.last_failure = error
        if manual:
            self.told.emit(self.ctx.describe(error), True)
        self.refresh()

    # --- status --------------------------------------------------------------------------------
    def refresh(self, *, then: Callable[[SyncOverview], None] | None = None) -> None:
        """Read the status and settings again (database worker)."""

        def show(overview: SyncOverview) -> None:
            self._show(overview)
            if then is not None:
                then(overview)

        self.ctx.run(read_overview, on_done=show,
                     on_error=lambda error: log.error("cannot read the sync status", exc_info=error))

    def _show(self, overview: SyncOverview) -> None:
        status = overview.status
        if self.last_failure is not None and not status.last_error:  # a failure the core does not keep
            overview = replace(overview, status=replace(status, last_error=self.ctx.describe(self.last_failure)))
        self.overview = overview
        self._apply_interval(overview.config)
        self.overview_changed.emit(overview)

    def _apply_interval(self, config: SyncConfig) -> None:
        if self.active and config.configured and config.interval_minutes > 0:
            interval = config.interval_minutes * MINUTE_MS
            if not self.timer.isActive() or self.timer.interval() != interval:
                self.timer.start(interval)
        else:
            self.timer.stop()

    def _changed(self, areas: Area) -> None:
        """Every local change may wait in the outbox; settings may change the address or delay."""
        if self.active and areas and not self.running and not self._announcing:
            self.refresh()
