"""What every screen shares: the database, the logged-in person, the runners for background
work (database commands; network sync apart, so a slow server never holds the database back),
the language, and one signal that fans out "what changed" to the views."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QMessageBox, QWidget
from sqlalchemy import Engine

from ..changes import Area, Changed
from ..db import SYSTEM, UnitOfWork
from ..messages import describe
from ..security.permissions import Permission
from ..security.services import SessionUser
from .tasks import Runner


class AppContext(QObject):
    #: emitted with an :class:`~cabinet_app.changes.Area` after a command changed something
    changed = Signal(object)
    #: emitted when the logged-in person changes (login, switch user, logout): SessionUser | None
    session_changed = Signal(object)

    def __init__(self, engine: Engine, runner: Runner, *, language: str = "fr",
                 db_path: str = "", network: Runner | None = None) -> None:
        super().__init__()
        self.engine = engine
        self.runner = runner
        #: the worker of network sync and connection tests (the database runner when not given)
        self.network = network if network is not None else runner
        self.language = language
        self.db_path = db_path
        self.session_user: SessionUser | None = None

    # --- who -------------------------------------------------------------------------------
    def set_session_user(self, user: SessionUser | None) -> None:
        self.session_user = user
        self.session_changed.emit(user)

    def can(self, permission: Permission) -> bool:
        return self.session_user is not None and self.session_user.can(permission)

    def uow(self) -> UnitOfWork:
        """A fresh unit of work acting as the logged-in person (one per task)."""
        actor = self.session_user.actor if self.session_user else SYSTEM
        return UnitOfWork(self.engine, actor=actor)

    # --- doing -----------------------------------------------------------------------------
    def run(self, task: Callable[[UnitOfWork], Any], *, on_done: Callable[[Any], None] | None = None,
            on_error: Callable[[BaseException], None] | None = None) -> None:
        """Run ``task(uow)`` in the background; a :class:`Changed` result is fanned out.

        The unit of work is made now, so the task acts as the person logged in when it was
        submitted, even if the session changes (lock, switch user) before it runs."""
        unit = self.uow()

        def job() -> Any:
            with unit as uow:
                return task(uow)

        def done(result: Any) -> None:
            if isinstance(result, Changed) and result.areas:
                self.changed.emit(result.areas)
            if on_done is not None:
                on_done(result.value if isinstance(result, Changed) else result)

        self.runner.submit(job, on_done=done, on_error=on_error)

    def run_network(self, task: Callable[[], Any], *, on_done: Callable[[Any], None] | None = None,
                    on_error: Callable[[BaseException], None] | None = None) -> None:
        """Run ``task()`` (it opens its own connections) on the network worker."""
        self.network.submit(task, on_done=on_done, on_error=on_error)

    def notify(self, areas: Area) -> None:
        if areas:
            self.changed.emit(areas)

    def describe(self, error: BaseException) -> str:
        return describe(error, self.language)

    def show_error(self, parent: QWidget | None, error: BaseException) -> None:
        """A French sentence in a message box; never a traceback (that goes to the log)."""
        QMessageBox.warning(parent, self.tr("Cabinet"), self.describe(error))
