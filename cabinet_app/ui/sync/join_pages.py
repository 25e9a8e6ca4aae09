"""The first-run wizard's « Rejoindre le pôle mère » path, for a new PC of an existing practice.

:class:`ConnectPage` takes the parent practice's database address and its password; its
« Se connecter » lists the sites of that database. :class:`JoinSitePage` lets the person choose the
site this PC works for; « Rejoindre » makes the PC one of that site's and runs a first sync, which
brings the site's accounts, planning and patients. Both talk to the parent practice on the network
worker, so a slow server never freezes the window; each problem is said in French on the page.
Nothing is kept before the join succeeded (see :mod:`.joining`).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)
from shiboken6 import isValid

from ...errors import CabinetError, SyncAuthFailed, ValidationError
from ...sync.join import CentralSite
from ..context import AppContext
from ..records.common import message_label, show_message
from .joining import CentralAccess, JoinTarget, join_parent, join_target, load_central_sites
from .labels import site_text

log = logging.getLogger(__name__)
URL_PLACEHOLDER = "postgresql://cabinet@serveur.example:5432/cabinet?sslmode=require"


def alive(owner: QWidget, callback: Callable[[Any], None]) -> Callable[[Any], None]:
    """The answer of a background task is dropped when its page is gone meanwhile."""
    return lambda value: callback(value) if isValid(owner) else None


def explain(ctx: AppContext, error: BaseException) -> str:
    """The French sentence for a failure of the join path (unexpected ones go to the log)."""
    if not isinstance(error, CabinetError):
        log.error("joining the parent practice failed", exc_info=error)
    if isinstance(error, SyncAuthFailed):  # the core's sentence points to the settings: not yet here
        return QCoreApplication.translate(
            "JoinPages", "The parent practice's server refuses this login or password: check them and connect again.")
    return ctx.describe(error)


def note(parent: QWidget, text: str) -> QLabel:
    label = QLabel(text, parent)
    label.setWordWrap(True)
    return label


class ConnectPage(QWizardPage):
    """The parent practice's database: address and password; « Se connecter » loads its sites."""

    def __init__(self, ctx: AppContext, access: CentralAccess, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.access = access
        self.target: JoinTarget | None = None
        self.sites: list[CentralSite] = []
        self.connecting = False
        self.ready = False  # the sites of what is typed are loaded: « Se connecter » goes on
        self.setTitle(self.tr("Join the parent practice"))
        self.setSubTitle(self.tr("The practice already works with Cabinet: this computer gets its accounts, "
                                 "planning and patients from the parent practice's database."))
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("&Connect >"))
        self.url_edit = QLineEdit(self)
        self.url_edit.setObjectName("sync_url")
        self.url_edit.setPlaceholderText(URL_PLACEHOLDER)
        self.url_error = message_label("error_sync_url")
        self.password_edit = QLineEdit(self)
        self.password_edit.setObjectName("sync_password")
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.status_label = message_label("connect_status")
        form = QFormLayout()
        form.addRow(self.tr("Parent practice's &database:"), self.url_edit)
        form.addRow("", self.url_error)
        form.addRow(self.tr("&Password:"), self.password_edit)
        form.addRow("", note(self, self.tr(
            "Once this computer has joined, the password is kept in its secure keyring, never in the settings. "
            "Leave it empty if the address needs none.")))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.status_label)
        layout.addStretch(1)

    def validatePage(self) -> bool:  # noqa: N802 - Qt's name
        if self.ready:
            self.ready = False  # coming back to this page connects again
            return True
        if not self.connecting:
            self.connect_to_parent()
        return False

    def connect_to_parent(self) -> None:
        show_message(self.url_error, "")
        try:
            target = join_target(self.url_edit.text(), self.password_edit.text())
        except ValidationError as error:
            show_message(self.url_error, self.ctx.describe(error))
            self.url_edit.setFocus()
            return
        self._set_connecting(True)
        show_message(self.status_label, self.tr("Connecting…"), error=False)
        access = self.access
        self.ctx.run_network(lambda: load_central_sites(target, access),
                             on_done=alive(self, lambda sites: self._connected(target, sites)),
                             on_error=alive(self, self._failed))

    def _set_connecting(self, connecting: bool) -> None:
        self.connecting = connecting
        self.url_edit.setReadOnly(connecting)
        self.password_edit.setReadOnly(connecting)
        wizard = self.wizard()
        if wizard is not None:
            for which in (QWizard.WizardButton.NextButton, QWizard.WizardButton.BackButton):
                wizard.button(which).setEnabled(not connecting)

    def _connected(self, target: JoinTarget, sites: list[CentralSite]) -> None:
        self._set_connecting(False)
        if not sites:
            show_message(self.status_label, self.tr(
                "The parent practice's database has no site yet: create the practice on a computer of the "
                "parent practice and sync it first."))
            return
        show_message(self.status_label, "")
        self.target, self.sites, self.ready = target, sites, True
        wizard = self.wizard()
        if wizard is not None and wizard.currentPage() is self:
            QTimer.singleShot(0, wizard.next)

    def _failed(self, error: BaseException) -> None:
        self._set_connecting(False)
        if isinstance(error, ValidationError):
            show_message(self.status_label, "")
            show_message(self.url_error, self.ctx.describe(error))
        else:
            show_message(self.status_label, explain(self.ctx, error))


class JoinSitePage(QWizardPage):
    """Which site this PC works for; « Rejoindre » joins it in the background."""

    def __init__(self, ctx: AppContext, connect_page: ConnectPage, access: CentralAccess,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.connect_page = connect_page
        self.access = access
        self.joined: CentralSite | None = None
        self.joining = False
        self.setTitle(self.tr("The site of this computer"))
        self.setSubTitle(self.tr("Choose the practice this computer works for. Joining brings its accounts, "
                                 "planning and patients: it may take a few minutes."))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("&Join"))
        self.site_combo = QComboBox(self)
        self.site_combo.setObjectName("central_site")
        self.site_combo.setPlaceholderText(self.tr("Choose the site…"))
        self.site_error = message_label("error_central_site")
        self.progress = QProgressBar(self)
        self.progress.setObjectName("join_progress")
        self.progress.setRange(0, 0)  # busy: how long the first sync takes is not known
        self.progress.hide()
        self.status_label = message_label("join_status")
        form = QFormLayout()
        form.addRow(self.tr("&Site:"), self.site_combo)
        form.addRow("", self.site_error)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.progress)
        layout.addWidget(self.status_label)
        layout.addStretch(1)

    def initializePage(self) -> None:  # noqa: N802 - Qt's name
        self.site_combo.clear()
        for site in self.connect_page.sites:
            self.site_combo.addItem(site_text(site.name, site.kind, site.city), str(site.id))  # findable by text
        self.site_combo.setCurrentIndex(-1)  # a choice, never a default: a wrong site brings wrong data
        show_message(self.site_error, "")
        show_message(self.status_label, "")

    def chosen(self) -> CentralSite | None:
        site_id = self.site_combo.currentData()
        return next((site for site in self.connect_page.sites if str(site.id) == site_id), None)

    def validatePage(self) -> bool:  # noqa: N802 - Qt's name
        if self.joined is not None:
            return True
        if self.joining:
            return False
        site = self.chosen()
        show_message(self.site_error, "" if site is not None else self.tr("Choose the site this computer works for."))
        if site is not None and self.connect_page.target is not None:
            self._join(self.connect_page.target, site)
        return False

    def _join(self, target: JoinTarget, site: CentralSite) -> None:
        engine, access = self.ctx.engine, self.access
        self._set_joining(True, site)
        self.ctx.run_network(lambda: join_parent(engine, target, site.id, access), on_done=alive(self, lambda _report: self._joined(site)),
                             on_error=alive(self, self._failed))

    def _set_joining(self, joining: bool, site: CentralSite | None = None) -> None:
        self.joining = joining
        self.site_combo.setEnabled(not joining)
        self.progress.setVisible(joining)
        text = self.tr("Joining « %1 »: its accounts, planning and patients are coming from the parent "
                       "practice…").replace("%1", site.name) if joining and site is not None else ""
        show_message(self.status_label, text, error=False)
        wizard = self.wizard()
        if wizard is not None:
            for which in (QWizard.WizardButton.FinishButton, QWizard.WizardButton.BackButton,
                          QWizard.WizardButton.CancelButton):
                wizard.button(which).setEnabled(not joining)

    def _joined(self, site: CentralSite) -> None:
        self.joined, self.joining = site, False  # the buttons stay off: the wizard is closing
        self.progress.hide()
        wizard = self.wizard()
        QTimer.singleShot(0, wizard.accept)

    def _failed(self, error: BaseException) -> None:
        self._set_joining(False)
        show_message(self.status_label, explain(self.ctx, error))
