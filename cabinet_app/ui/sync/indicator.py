"""The sync indicator of the status bar: « Synchronisé à 10:42 · 2 modification(s) en attente ·
0 conflit(s) », red when a conflict waits or the last sync failed (the failure in the tooltip)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtWidgets import QLabel, QWidget

from ...clock import today_paris
from .data import SyncOverview
from .labels import status_text, status_word
from .values import summarise

ALERT_STYLE = "color: #b3261e; font-weight: bold;"


class SyncIndicator(QLabel):
    def __init__(self, parent: QWidget | None = None, *, today: Callable[[], date] = today_paris) -> None:
        super().__init__(parent)
        self.setObjectName("status_sync")
        self.today = today
        self.overview: SyncOverview | None = None
        self.running = False

    def show_overview(self, overview: SyncOverview) -> None:
        self.overview = overview
        self._render()

    def show_running(self, running: bool) -> None:
        self.running = running
        self._render()

    def reset(self) -> None:
        """Nobody logged in: nothing to say."""
        self.overview, self.running = None, False
        self.clear()
        self.setToolTip("")
        self.setStyleSheet("")

    def _render(self) -> None:
        overview = self.overview
        if self.running or overview is None:
            self.setText(status_word("running") if self.running else "")
            self.setStyleSheet("")
            return
        status = overview.status
        if not overview.config.configured and not status.last_success and not status.open_conflicts:
            self.setText(status_word("off"))
            self.setToolTip("")
            self.setStyleSheet("")
            return
        summary = summarise(status, today=self.today())
        self.setText(status_text(summary))
        self.setToolTip(summary.error)
        self.setStyleSheet(ALERT_STYLE if summary.alert else "")
