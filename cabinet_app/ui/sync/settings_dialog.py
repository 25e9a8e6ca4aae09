"""« Synchronisation » settings: which site this PC is (read-only), the parent practice's database
address (without password), its password (kept only in the system keyring), how often to sync,
and « Tester la connexion ».

Administrators change them; everyone else sees them read-only. The connection test runs on the
network worker, so a slow or silent server never freezes the window.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from ...errors import CabinetError, ValidationError
from ...security.permissions import Permission
from ...settings import SYNC_INTERVAL_MINUTES
from ...sync.connect import test_connection
from ..context import AppContext
from ..records.common import message_label, run_for, show_message
from .data import LocalSite, SyncConfig, connection_target, read_local_site, read_sync_config, save_sync_config
from .labels import site_text

log = logging.getLogger(__name__)
URL_FIELDS = ("sync_url",)


class SyncSettingsDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None, *,
                 tester: Callable[[Any], str] = test_connection) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.tester = tester
        self.loaded: SyncConfig | None = None
        self.editable = ctx.can(Permission.SETTINGS_MANAGE)
        self.setWindowTitle(self.tr("Sync with the parent practice"))
        self.setObjectName("sync_settings")
        self._build()
        run_for(self, ctx, read_sync_config, on_done=self._show, on_error=self._failed)
        run_for(self, ctx, read_local_site, on_done=self._show_site, on_error=self._failed)

    # --- building ------------------------------------------------------------------------------
    def _build(self) -> None:
        self.site_label = QLabel(self)
        self.site_label.setObjectName("site_identity")
        self.site_label.setWordWrap(True)
        self.url_edit = QLineEdit(self)
        self.url_edit.setObjectName("sync_url")
        self.url_edit.setPlaceholderText("postgresql://cabinet@serveur.example:5432/cabinet?sslmode=require")
        self.url_edit.setMinimumWidth(420)
        self.url_error = message_label("sync_url_error")
        self.password_edit = QLineEdit(self)
        self.password_edit.setObjectName("sync_password")
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.interval_spin = QSpinBox(self)
        self.interval_spin.setObjectName("sync_interval")
        self.interval_spin.setRange(SYNC_INTERVAL_MINUTES.minimum or 0, SYNC_INTERVAL_MINUTES.maximum or 1440)
        self.interval_spin.setSuffix(self.tr(" min"))
        self.interval_spin.setSpecialValueText(self.tr("On demand only"))
        self.interval_spin.setValue(SYNC_INTERVAL_MINUTES.default)
        self.test_button = QPushButton(self.tr("&Test the connection"), self)
        self.test_button.clicked.connect(lambda _checked=False: self.test())
        self.test_label = message_label("test_result")
        self.error_label = message_label("error")
        for widget in (self.url_edit, self.password_edit):
            widget.setReadOnly(not self.editable)
        self.password_edit.setEnabled(self.editable)
        self.interval_spin.setEnabled(self.editable)
        self._lay_out()

    def _lay_out(self) -> None:
        form = QFormLayout()
        form.addRow(self.tr("Parent practice's &database:"), self.url_edit)
        form.addRow("", self.url_error)
        form.addRow(self.tr("&Password:"), self.password_edit)
        form.addRow("", self._note(self.tr("The password is kept in this computer's secure keyring, never in "
                                           "the settings.")))
        form.addRow(self.tr("&Sync every:"), self.interval_spin)
        if not self.editable:
            form.addRow("", self._note(self.tr("Only an administrator can change these settings.")))
        test_row = QHBoxLayout()
        test_row.addWidget(self.test_button)
        test_row.addWidget(self.test_label, 1)
        buttons = QDialogButtonBox(self)
        self.save_button = buttons.addButton(self.tr("&Save"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.save_button.setVisible(self.editable)
        buttons.addButton(self.tr("&Cancel") if self.editable else self.tr("&Close"),
                          QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.site_label)
        layout.addLayout(form)
        layout.addLayout(test_row)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)

    def _note(self, text: str) -> QLabel:
        label = QLabel(text, self)
        label.setWordWrap(True)
        return label

    def _show(self, config: SyncConfig) -> None:
        self.loaded = config
        self.url_edit.setText(config.url)
        self.interval_spin.setValue(config.interval_minutes)
        self.password_edit.setPlaceholderText(
            self.tr("Kept in the keyring (leave empty to keep it)") if config.has_password
            else self.tr("No password kept yet"))

    def _show_site(self, site: LocalSite | None) -> None:
        """« Ce poste : Cabinet secondaire de Nieul (cabinet secondaire) »; changed only by joining."""
        shown = site_text(site.name, site.kind) if site is not None else self.tr("no site yet")
        self.site_label.setText(self.tr("This computer: %1").replace("%1", shown))

    # --- saving --------------------------------------------------------------------------------
    def save(self) -> None:
        if not self.editable:
            return
        url, password, minutes = self.url_edit.text(), self.password_edit.text(), self.interval_spin.value()
        self._clear_messages()
        self.save_button.setEnabled(False)
        run_for(self, self.ctx,
                lambda uow: save_sync_config(uow, url=url, interval_minutes=minutes, password=password),
                on_done=lambda _config: self.accept(), on_error=self._failed)

    def _failed(self, error: BaseException) -> None:
        if not isinstance(error, CabinetError):
            log.error("sync settings failed", exc_info=error)
        self.save_button.setEnabled(True)
        if isinstance(error, ValidationError) and set(error.problems) <= set(URL_FIELDS):
            show_message(self.url_error, self.ctx.describe(error))
        else:
            show_message(self.error_label, self.ctx.describe(error))

    def _clear_messages(self) -> None:
        for label in (self.url_error, self.error_label, self.test_label):
            show_message(label, "")

    # --- testing -------------------------------------------------------------------------------
    def test(self) -> None:
        """Connect with the address and password typed (the keyring's when none is typed)."""
        self._clear_messages()
        try:
            target = connection_target(self.url_edit.text(), self.password_edit.text())
        except ValidationError as error:
            show_message(self.url_error, self.ctx.describe(error))
            return
        self.test_button.setEnabled(False)
        show_message(self.test_label, self.tr("Connecting…"), error=False)
        tester = self.tester
        self.ctx.run_network(lambda: tester(target), on_done=self._alive(self._tested),
                             on_error=self._alive(self._test_failed))

    def _alive(self, callback: Callable[[Any], None]) -> Callable[[Any], None]:
        """The answer is dropped when the dialog was closed meanwhile."""
        return lambda value: callback(value) if isValid(self) else None

    def _tested(self, version: str) -> None:
        self.test_button.setEnabled(True)
        show_message(self.test_label, self.tr("Connection succeeded: PostgreSQL %1.").replace("%1", version),
                     error=False)

    def _test_failed(self, error: BaseException) -> None:
        if not isinstance(error, CabinetError):
            log.error("connection test failed", exc_info=error)
        self.test_button.setEnabled(True)
        show_message(self.test_label, self.ctx.describe(error))
