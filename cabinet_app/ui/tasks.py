"""Background work, in one place.

* :class:`ThreadRunner` runs each task on a single worker thread for local database writes
  (SQLite has one writer; one thread keeps the order of commands) and posts the result, or the
  error, back to the GUI thread through a signal. A second runner is created for network sync.
* :class:`InlineRunner` runs tasks at once on the calling thread: tests inject it so that they
  are deterministic.

A task is a plain callable with no Qt in it; it opens its own unit of work (one session per task,
never shared between threads) and never touches a widget.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any, Protocol

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

log = logging.getLogger(__name__)

Done = Callable[[Any], None]
Failed = Callable[[BaseException], None]


class Runner(Protocol):
    def submit(self, task: Callable[[], Any], *, on_done: Done | None = None,
               on_error: Failed | None = None) -> None: ...

    def wait(self) -> None: ...


class _Relay(QObject):
    """Lives in the GUI thread: its queued signals bring results back there."""

    finished = Signal(object, object)  # callback, result
    failed = Signal(object, object)  # callback, exception

    def __init__(self) -> None:
        super().__init__()
        self.finished.connect(self._finish)
        self.failed.connect(self._fail)

    @Slot(object, object)
    def _finish(self, callback: Done | None, result: Any) -> None:
        if callback is not None:
            callback(result)

    @Slot(object, object)
    def _fail(self, callback: Failed | None, error: BaseException) -> None:
        if callback is not None:
            callback(error)
        else:
            log.error("background task failed", exc_info=error)


class _Job(QRunnable):
    def __init__(self, relay: _Relay, task: Callable[[], Any], on_done: Done | None,
                 on_error: Failed | None) -> None:
        super().__init__()
        self.relay, self.task, self.on_done, self.on_error = relay, task, on_done, on_error

    def run(self) -> None:  # worker thread: no widget here
        try:
            result = self.task()
        except BaseException as exc:  # noqa: BLE001 - every failure goes back to the GUI thread
            log.exception("background task failed")
            self.relay.failed.emit(self.on_error, exc)
        else:
            self.relay.finished.emit(self.on_done, result)


class ThreadRunner:
    """One worker thread: tasks run in submission order."""

    def __init__(self, name: str = "database") -> None:
        self.pool = QThreadPool()
        self.pool.setMaxThreadCount(1)
        self.pool.setObjectName(name)
        self.relay = _Relay()

    def submit(self, task: Callable[[], Any], *, on_done: Done | None = None,
               on_error: Failed | None = None) -> None:
        self.pool.start(_Job(self.relay, task, on_done, on_error))

    def wait(self) -> None:
        self.pool.waitForDone()


class InlineRunner:
    """Runs the task immediately (tests)."""

    def submit(self, task: Callable[[], Any], *, on_done: Done | None = None,
               on_error: Failed | None = None) -> None:
        try:
            result = task()
        except BaseException as exc:  # noqa: BLE001
            log.info("task failed", exc_info=exc)
            if on_error is None:
                raise
            on_error(exc)
            return
        if on_done is not None:
            on_done(result)

    def wait(self) -> None:
        return None
