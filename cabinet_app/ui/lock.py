"""Locking the shared PC after inactivity.

:class:`InactivityWatch` is an application-wide event filter: every key press, click, mouse move
or wheel turn counts as activity; once none came for the delay, :attr:`InactivityWatch.timed_out`
fires and the main window locks (the delay is the ``lock_timeout_minutes`` setting, 5 minutes by
default; tests give it in milliseconds).

:class:`LockScreen` is what the main window shows instead of its pages while locked, or while
nobody is logged in: the locked person's password, or "Changer d'utilisateur".
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QFrame, QLabel, QPushButton, QVBoxLayout, QWidget

from ..security.services import SessionUser
from .context import AppContext
from .login import LoginForm

MINUTE_MS = 60_000

INPUT_EVENTS = frozenset({
    QEvent.Type.KeyPress,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseButtonDblClick,
    QEvent.Type.MouseMove,
    QEvent.Type.Wheel,
    QEvent.Type.TouchBegin,
    QEvent.Type.TouchUpdate,
    QEvent.Type.TabletPress,
})


class InactivityWatch(QObject):
    """Fires :attr:`timed_out` once ``timeout_ms`` passed without user input, anywhere in the app.

    The event filter only notes the time of the last input (no Qt call on that hot path: it
    sees every event of the application); a coarse timer compares it with the delay.
    """

    timed_out = Signal()

    def __init__(self, timeout_ms: int, parent: QObject | None = None,
                 *, clock: Callable[[], float] = time.monotonic) -> None:
        super().__init__(parent)
        self.clock = clock
        self.timeout_ms = max(1, timeout_ms)
        self.last_input = clock()
        self.ticker = QTimer(self)
        self.ticker.timeout.connect(self._check)
        self._filtering = False

    @property
    def active(self) -> bool:
        return self.ticker.isActive()

    def idle_ms(self) -> int:
        return int((self.clock() - self.last_input) * 1000)

    def remaining_ms(self) -> int:
        return max(0, self.timeout_ms - self.idle_ms())

    def set_timeout_ms(self, timeout_ms: int) -> None:
        self.timeout_ms = max(1, timeout_ms)
        if self.active:
            self.ticker.start(self._tick_ms())

    def _tick_ms(self) -> int:
        return max(10, min(1000, self.timeout_ms // 4))

    def start(self) -> None:
        app = QCoreApplication.instance()
        if app is not None and not self._filtering:
            app.installEventFilter(self)
            self._filtering = True
        self.last_input = self.clock()
        self.ticker.start(self._tick_ms())

    def stop(self) -> None:
        self.ticker.stop()
        app = QCoreApplication.instance()
        if app is not None and self._filtering:
            app.removeEventFilter(self)
        self._filtering = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() in INPUT_EVENTS:
            self.last_input = self.clock()
        return False

    def _check(self) -> None:
        if self.idle_ms() >= self.timeout_ms:
            self.stop()
            self.timed_out.emit()


class LockScreen(QWidget):
    """Shown instead of every page: nothing about patients, only who may come back in."""

    unlocked = Signal(object)  # SessionUser: the locked person typed their password
    logged_in = Signal(object)  # SessionUser: someone logged in after a switch of user
    switch_requested = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("lock_screen")
        self.title = QLabel(self)
        self.title.setObjectName("lock_title")
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.title.setFont(font)
        self.info = QLabel(self)
        self.info.setObjectName("lock_info")
        self.info.setWordWrap(True)
        self.form = LoginForm(ctx, self)
        self.switch_button = QPushButton(self.tr("&Switch user"), self)
        self.switch_button.setObjectName("switch_user")
        self.switch_button.setAutoDefault(False)
        self.switch_button.clicked.connect(self.switch_requested)
        self.form.succeeded.connect(self._succeeded)
        self._lay_out()

    def _lay_out(self) -> None:
        panel = QFrame(self)
        panel.setFrameShape(QFrame.Shape.StyledPanel)
        panel.setFixedWidth(440)  # a fixed width lets the wrapped text take the height it needs
        inner = QVBoxLayout(panel)
        inner.addWidget(self.title)
        inner.addWidget(self.info)
        inner.addWidget(self.form)
        inner.addWidget(self.switch_button, 0, Qt.AlignmentFlag.AlignRight)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        outer.addWidget(panel, 0, Qt.AlignmentFlag.AlignHCenter)
        outer.addStretch(2)

    @property
    def is_unlock_mode(self) -> bool:
        return self.form.locked_user is not None

    def show_locked(self, user: SessionUser) -> None:
        self.title.setText(self.tr("Cabinet is locked"))
        self.info.setText(self.tr("Session of %1. Type your password to go on, or switch user.")
                          .replace("%1", user.user.display_name))
        self.form.set_locked_user(user)
        self.switch_button.show()

    def show_login(self) -> None:
        self.title.setText(self.tr("Log in"))
        self.info.setText(self.tr("Log in with your own account."))
        self.form.set_locked_user(None)
        self.switch_button.hide()

    def _succeeded(self, user: SessionUser) -> None:
        if self.is_unlock_mode:
            self.unlocked.emit(user)
        else:
            self.logged_in.emit(user)
