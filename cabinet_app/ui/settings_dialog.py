"""Préférences of this PC: the lock delay (administrators only) and the language."""

from __future__ import annotations

import logging
from dataclasses import dataclass

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ..changes import Area, Changed
from ..db import UnitOfWork
from ..errors import CabinetError
from ..security.permissions import Permission
from ..security.services import require
from ..settings import LANGUAGE, LOCK_TIMEOUT_MINUTES
from .context import AppContext
from .login import ERROR_STYLE

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Preferences:
    lock_timeout_minutes: int
    language: str


def read_preferences(uow: UnitOfWork) -> Preferences:
    return Preferences(lock_timeout_minutes=uow.settings.get(LOCK_TIMEOUT_MINUTES),
                       language=uow.settings.get(LANGUAGE))


def save_preferences(uow: UnitOfWork, *, language: str, lock_timeout_minutes: int | None) -> Changed[None]:
    """Save the language, and the lock delay when given (administrators only)."""
    if lock_timeout_minutes is not None:
        require(uow.actor, Permission.SETTINGS_MANAGE)
        uow.settings.set(LOCK_TIMEOUT_MINUTES, lock_timeout_minutes)
    uow.settings.set(LANGUAGE, language)
    uow.commit()
    return Changed(None, Area.SETTINGS)


class PreferencesDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.loaded: Preferences | None = None
        self.setWindowTitle(self.tr("Preferences"))
        self.setObjectName("preferences")
        self.timeout_spin = QSpinBox(self)
        self.timeout_spin.setObjectName("lock_timeout")
        self.timeout_spin.setRange(LOCK_TIMEOUT_MINUTES.minimum or 1, LOCK_TIMEOUT_MINUTES.maximum or 120)
        self.timeout_spin.setSuffix(self.tr(" min"))
        self.timeout_spin.setEnabled(ctx.can(Permission.SETTINGS_MANAGE))
        self.language_combo = QComboBox(self)
        self.language_combo.setObjectName("language")
        self.language_combo.addItem(self.tr("French"), "fr")
        self.language_combo.addItem(self.tr("English"), "en")
        self.error_label = QLabel(self)
        self.error_label.setStyleSheet(ERROR_STYLE)
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        self._lay_out()
        ctx.run(read_preferences, on_done=self._show, on_error=self._failed)

    def _lay_out(self) -> None:
        form = QFormLayout()
        form.addRow(self.tr("&Lock after inactivity:"), self.timeout_spin)
        if not self.timeout_spin.isEnabled():
            form.addRow("", self._note(self.tr("Only an administrator can change this delay.")))
        form.addRow(self.tr("&Language:"), self.language_combo)
        form.addRow("", self._note(self.tr("The language changes at the next start.")))
        buttons = QDialogButtonBox(self)
        self.save_button = buttons.addButton(self.tr("&Save"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.tr("&Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)

    def _note(self, text: str) -> QLabel:
        label = QLabel(text, self)
        label.setWordWrap(True)
        return label

    def _show(self, prefs: Preferences) -> None:
        self.loaded = prefs
        self.timeout_spin.setValue(prefs.lock_timeout_minutes)
        self.language_combo.setCurrentIndex(max(0, self.language_combo.findData(prefs.language)))

    def save(self) -> None:
        minutes = self.timeout_spin.value()
        changed = self.loaded is None or minutes != self.loaded.lock_timeout_minutes
        timeout = minutes if changed and self.timeout_spin.isEnabled() else None
        language = str(self.language_combo.currentData())
        self.save_button.setEnabled(False)
        self.ctx.run(lambda uow: save_preferences(uow, language=language, lock_timeout_minutes=timeout),
                     on_done=lambda _result: self.accept(), on_error=self._failed)

    def _failed(self, error: BaseException) -> None:
        if not isinstance(error, CabinetError):
            log.error("preferences failed", exc_info=error)
        self.save_button.setEnabled(True)
        self.error_label.setText(self.ctx.describe(error))
        self.error_label.show()
