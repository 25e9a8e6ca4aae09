"""The main window: navigation per area on the left, the pages in a stack, a status bar (who,
which site, lock state, sync with the parent practice) and the menus. Locking replaces all of it
with the lock screen. When to sync is :class:`~cabinet_app.ui.sync.SyncController`'s business.

Pages are registered in :data:`PAGES` (permission required, factory, navigation label); only
those the logged-in person may use are built, so nobody sees an empty screen. A page is a
``QWidget`` built as ``Page(ctx, parent)`` with ``refresh(areas)`` (called when a command changed
something) and ``clear()`` (drops every patient datum it shows: on lock and on a switch of user).
"""

from __future__ import annotations

import functools
import logging
import operator
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Protocol, cast

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QScrollArea,
    QStackedWidget,
    QWidget,
)
from shiboken6 import isValid

from .. import __version__
from ..changes import Area
from ..db import UnitOfWork
from ..planning.services import get_site
from ..security.model import AuditAction
from ..security.permissions import Permission, Role
from ..security.services import SessionUser, record_event
from ..settings import LOCK_TIMEOUT_MINUTES
from .admin.audit_page import AuditPage
from .appointments.page import AppointmentsPage
from .admin.users_page import UsersPage
from .context import AppContext
from .fees import FeesPage
from .lock import MINUTE_MS, InactivityWatch, LockScreen
from .patients.page import PatientsPage
from .planning.page import PlanningPage
from .records import ClinicalRecordPage, HandoverPackPage, HandoverStatusPage, ReviewPage, pack_needs_attention
from .settings_dialog import PreferencesDialog
from .sync.conflicts_page import ConflictsPage
from .sync.controller import SyncController
from .sync.indicator import SyncIndicator
from .sync.settings_dialog import SyncSettingsDialog

log = logging.getLogger(__name__)

ALL_AREAS = functools.reduce(operator.or_, Area, Area.NONE)
CONTEXT = "MainWindow"
NAV_LABEL_ROLE = Qt.ItemDataRole.UserRole + 1  # a navigation item's label without its count


class Page(Protocol):
    def refresh(self, areas: Area) -> None: ...

    def clear(self) -> None: ...


@dataclass(frozen=True)
class PageSpec:
    key: str
    permission: Permission
    factory: Callable[[AppContext, QWidget | None], QWidget]
    label: str  # source text, translated in the "MainWindow" context
    section: str = ""  # heading above it in the navigation


ADMINISTRATION = QT_TRANSLATE_NOOP("MainWindow", "Administration")

PAGES: tuple[PageSpec, ...] = (
    PageSpec("appointments", Permission.PLANNING_READ, AppointmentsPage,
             QT_TRANSLATE_NOOP("MainWindow", "Appointments")),
    PageSpec("planning", Permission.PLANNING_READ, PlanningPage, QT_TRANSLATE_NOOP("MainWindow", "Planning")),
    PageSpec("pack", Permission.CLINICAL_READ, HandoverPackPage, QT_TRANSLATE_NOOP("MainWindow", "Handover pack")),
    PageSpec("record", Permission.CLINICAL_READ, ClinicalRecordPage,
             QT_TRANSLATE_NOOP("MainWindow", "Clinical records")),
    PageSpec("review", Permission.HANDOVER_SIGN_OFF, ReviewPage, QT_TRANSLATE_NOOP("MainWindow", "Titular review")),
    PageSpec("patients", Permission.PATIENT_READ, PatientsPage, QT_TRANSLATE_NOOP("MainWindow", "Patients")),
    PageSpec("handover_status", Permission.CABINET_GUIDE_EDIT, HandoverStatusPage,
             QT_TRANSLATE_NOOP("MainWindow", "Handovers follow-up")),
    # PAYMENTS_MANAGE: the secretary and every doctor (the tabs inside follow finer permissions)
    PageSpec("fees", Permission.PAYMENTS_MANAGE, FeesPage, QT_TRANSLATE_NOOP("MainWindow", "Fees")),
    # PATIENT_READ: everyone logged in (clinical values inside follow the clinical right)
    PageSpec("conflicts", Permission.PATIENT_READ, ConflictsPage, QT_TRANSLATE_NOOP("MainWindow", "Conflicts")),
    PageSpec("users", Permission.USERS_MANAGE, UsersPage, QT_TRANSLATE_NOOP("MainWindow", "Users"),
             ADMINISTRATION),
    PageSpec("audit", Permission.AUDIT_READ, AuditPage, QT_TRANSLATE_NOOP("MainWindow", "Audit log"),
             ADMINISTRATION),
)

ROLE_LABELS = {
    Role.SECRETARY: QT_TRANSLATE_NOOP("MainWindow", "Medical secretary"),
    Role.REPLACEMENT: QT_TRANSLATE_NOOP("MainWindow", "Replacement doctor"),
    Role.INTERN: QT_TRANSLATE_NOOP("MainWindow", "Intern"),
    Role.TITULAR: QT_TRANSLATE_NOOP("MainWindow", "Titular doctor"),
    Role.SALARIED: QT_TRANSLATE_NOOP("MainWindow", "Salaried doctor"),
}


def translated(source: str) -> str:
    """A label declared with ``QT_TRANSLATE_NOOP("MainWindow", ...)``, in the current language."""
    return QCoreApplication.translate(CONTEXT, source)


def role_text(user: SessionUser) -> str:
    text = translated(ROLE_LABELS[user.user.role])
    if not user.user.is_admin:
        return text
    return QCoreApplication.translate("MainWindow", "%1, administrator").replace("%1", text)


def session_details(uow: UnitOfWork) -> tuple[str, int]:
    """The local site's name and the lock delay in minutes."""
    site_id = uow.actor.site_id
    name = get_site(uow, site_id).name if site_id is not None else ""
    return name, uow.settings.get(LOCK_TIMEOUT_MINUTES)


class MainWindow(QMainWindow):
    closed = Signal()

    def __init__(self, ctx: AppContext, *, pages: Sequence[PageSpec] = PAGES,
                 lock_timeout_ms: int | None = None, sync: SyncController | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.sync = sync or SyncController(ctx, self)
        self.sync.setParent(self)
        self.sync_message: QMessageBox | None = None
        self.setObjectName("main_window")
        self.specs = tuple(pages)
        self.fixed_timeout_ms = lock_timeout_ms
        self.pages: dict[str, QWidget] = {}
        self.locked = False
        self.site_name = ""
        self._hidden_windows: list[QWidget] = []
        self.nav = QListWidget(self)
        self.nav.setObjectName("navigation")
        self.nav.setAccessibleName(self.tr("Navigation"))
        self.nav.setFixedWidth(200)
        self.stack = QStackedWidget(self)
        self.stack.setObjectName("pages")
        self.lock_screen = LockScreen(ctx, self)
        self.root = QStackedWidget(self)
        self.root.addWidget(self._workspace())
        self.root.addWidget(self.lock_screen)
        self.setCentralWidget(self.root)
        self.watch = InactivityWatch(lock_timeout_ms or LOCK_TIMEOUT_MINUTES.default * MINUTE_MS, self)
        self._build_menus()
        self._build_status_bar()
        self._connect()
        self.resize(1100, 720)
        self._show_logged_out()

    # --- building ------------------------------------------------------------------------------
    def _workspace(self) -> QWidget:
        workspace = QWidget(self)
        workspace.setObjectName("workspace")
        layout = QHBoxLayout(workspace)
        layout.addWidget(self.nav)
        layout.addWidget(self.stack, 1)
        return workspace

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self.switch_action = self._action(self.tr("&Switch user"), self.switch_user, QKeySequence("Ctrl+Shift+L"))
        self.lock_action = self._action(self.tr("&Lock"), self.lock, QKeySequence("Ctrl+L"))
        self.quit_action = self._action(self.tr("&Quit"), self.close, QKeySequence.StandardKey.Quit)
        file_menu.addActions([self.switch_action, self.lock_action])
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        tools_menu = self.menuBar().addMenu(self.tr("&Tools"))
        self.sync_action = self._action(self.tr("S&ync now"), self.sync.sync_now, QKeySequence("Ctrl+Shift+S"))
        self.sync_settings_action = self._action(self.tr("Sync se&ttings…"), self.show_sync_settings)
        self.preferences_action = self._action(self.tr("&Preferences…"), self.show_preferences,
                                               QKeySequence.StandardKey.Preferences)
        tools_menu.addActions([self.sync_action, self.sync_settings_action])
        tools_menu.addSeparator()
        tools_menu.addAction(self.preferences_action)
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        self.about_action = self._action(self.tr("&About Cabinet"), self.show_about)
        help_menu.addAction(self.about_action)

    def _action(self, text: str, slot: Callable[[], object], shortcut: QKeySequence | None = None) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(shortcut)
            action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        action.triggered.connect(lambda _checked=False: slot())
        return action

    def _build_status_bar(self) -> None:
        self.user_label = QLabel(self)
        self.user_label.setObjectName("status_user")
        self.site_label = QLabel(self)
        self.site_label.setObjectName("status_site")
        self.lock_label = QLabel(self)
        self.lock_label.setObjectName("status_lock")
        self.gaps_label = QLabel(self)
        self.gaps_label.setObjectName("status_gaps")
        self.sync_label = SyncIndicator(self)
        for label in (self.gaps_label, self.sync_label, self.user_label, self.site_label, self.lock_label):
            label.setContentsMargins(8, 0, 8, 0)
            self.statusBar().addPermanentWidget(label)

    def _connect(self) -> None:
        self.nav.currentItemChanged.connect(self._nav_changed)
        self.watch.timed_out.connect(self.lock)
        self.lock_screen.unlocked.connect(self._unlocked)
        self.lock_screen.logged_in.connect(self._logged_in)
        self.lock_screen.switch_requested.connect(self.switch_user)
        self.ctx.changed.connect(self._changed)
        self.sync.running_changed.connect(self._sync_running)
        self.sync.overview_changed.connect(self.sync_label.show_overview)
        self.sync.told.connect(self._tell_sync)

    def _build_pages(self) -> None:
        section = ""
        for spec in self.specs:
            if not self.ctx.can(spec.permission):
                continue
            if spec.section and spec.section != section:
                heading = QListWidgetItem(translated(spec.section), self.nav)
                heading.setFlags(Qt.ItemFlag.NoItemFlags)
                font = heading.font()
                font.setBold(True)
                heading.setFont(font)
            section = spec.section
            holder = QScrollArea(self.stack)  # a wide page scrolls instead of widening the window
            holder.setWidgetResizable(True)
            holder.setFrameShape(QFrame.Shape.NoFrame)
            page = spec.factory(self.ctx, holder)
            holder.setWidget(page)
            self.pages[spec.key] = page
            if isinstance(page, PlanningPage):
                page.gapsCounted.connect(self._show_gap_count)
            if isinstance(page, AppointmentsPage):
                page.open_patient_requested.connect(self._open_record)
            self.stack.addWidget(holder)
            item = QListWidgetItem(translated(spec.label), self.nav)
            item.setData(Qt.ItemDataRole.UserRole, spec.key)
            item.setData(NAV_LABEL_ROLE, translated(spec.label))
            if isinstance(page, ConflictsPage):
                page.countChanged.connect(functools.partial(self._show_nav_count, spec.key))
                self._show_nav_count(spec.key, page.open_count)
        first = next((i for i in range(self.nav.count()) if self.nav.item(i).data(Qt.ItemDataRole.UserRole)), None)
        if first is not None:
            self.nav.setCurrentRow(first)

    def _open_record(self, patient_id: object) -> None:
        """The doctor's day opens a patient: their clinical record, for those who may read it."""
        if "record" in self.pages:
            cast(ClinicalRecordPage, self.show_page("record")).open_patient(patient_id)  # type: ignore[arg-type]

    def _show_gap_count(self, count: int) -> None:
        """The uncovered opening periods of the next 30 days, always in sight of the secretary."""
        self.gaps_label.setText(self.tr("Uncovered slots (30 days): %1").replace("%1", str(count)))
        self.gaps_label.setStyleSheet("color: #b3261e; font-weight: bold;" if count else "")

    def _show_nav_count(self, key: str, count: int) -> None:
        """« Conflits (2) »: what waits for a decision, in sight in the navigation."""
        for i in range(self.nav.count()):
            item = self.nav.item(i)
            if item.data(Qt.ItemDataRole.UserRole) == key:
                label = item.data(NAV_LABEL_ROLE)
                item.setText(f"{label} ({count})" if count else label)

    def _each_page(self) -> list[Page]:
        return [cast(Page, page) for page in self.pages.values()]

    def _drop_pages(self) -> None:
        for page in self._each_page():
            page.clear()
        while self.stack.count():
            holder = self.stack.widget(0)
            self.stack.removeWidget(holder)
            holder.deleteLater()
        self.pages.clear()
        self.nav.clear()
        self.gaps_label.clear()

    # --- what the navigation shows -------------------------------------------------------------
    def nav_labels(self) -> list[str]:
        """The labels of the pages offered (section headings left out)."""
        return [self.nav.item(i).text() for i in range(self.nav.count())
                if self.nav.item(i).data(Qt.ItemDataRole.UserRole)]

    def show_page(self, key: str) -> QWidget:
        for i in range(self.nav.count()):
            if self.nav.item(i).data(Qt.ItemDataRole.UserRole) == key:
                self.nav.setCurrentRow(i)
        return self.pages[key]

    def _nav_changed(self, current: QListWidgetItem | None, _previous: QListWidgetItem | None) -> None:
        key = current.data(Qt.ItemDataRole.UserRole) if current is not None else None
        if key in self.pages:
            self.stack.setCurrentWidget(self.pages[key].parentWidget().parentWidget())  # its scroll area

    def current_page(self) -> QWidget | None:
        holder = self.stack.currentWidget()
        return holder.widget() if isinstance(holder, QScrollArea) else None

    def _changed(self, areas: Area) -> None:
        if self.locked or self.ctx.session_user is None:
            return  # nothing loads behind the lock screen; unlocking refreshes everything
        for page in self._each_page():
            page.refresh(areas)
        if Area.SETTINGS in areas:
            self._load_session_details()

    # --- session -------------------------------------------------------------------------------
    def start_session(self) -> None:
        """Show the pages of the person now in ``ctx.session_user``."""
        user = self.ctx.session_user
        assert user is not None, "log in first"
        self.locked = False
        self._build_pages()
        self.user_label.setText(f"{user.user.display_name} — {role_text(user)}")
        self.lock_label.setText(self.tr("Unlocked"))
        self._set_session_actions(True)
        self.root.setCurrentIndex(0)
        self._load_session_details()
        self._refresh_all()
        self.watch.start()
        self.sync.start()
        if "pack" in self.pages and pack_needs_attention(self.ctx):
            self.show_page("pack")  # a doctor arriving on a new rotation reads the pack first

    def _load_session_details(self) -> None:
        self.ctx.run(session_details, on_done=self._show_session_details, on_error=self._log_error)

    def _show_session_details(self, details: tuple[str, int]) -> None:
        self.site_name, minutes = details
        self.site_label.setText(self.site_name)
        if self.fixed_timeout_ms is None:
            self.watch.set_timeout_ms(minutes * MINUTE_MS)
        self._update_title()

    def _update_title(self) -> None:
        showing = self.ctx.session_user is not None and not self.locked and self.site_name
        self.setWindowTitle(f"Cabinet — {self.site_name}" if showing else "Cabinet")

    def _refresh_all(self) -> None:
        for page in self._each_page():
            page.refresh(ALL_AREAS)

    def _set_session_actions(self, enabled: bool) -> None:
        for action in (self.switch_action, self.lock_action, self.preferences_action, self.sync_settings_action):
            action.setEnabled(enabled)
        self.sync_action.setEnabled(enabled and not self.sync.running)

    def _record(self, action: AuditAction) -> None:
        """Audit a lock or logout as the person logged in now (bound at submission)."""
        self.ctx.run(lambda uow: record_event(uow, action), on_error=self._log_error)

    def _log_error(self, error: BaseException) -> None:
        log.error("main window task failed", exc_info=error)

    # --- locking -------------------------------------------------------------------------------
    def lock(self) -> None:
        """Hide every patient datum behind the lock screen; audited."""
        user = self.ctx.session_user
        if self.locked or user is None:
            return
        self.locked = True
        self.watch.stop()
        for page in self._each_page():
            page.clear()
        self._hide_other_windows()
        self.lock_screen.show_locked(user)
        self.root.setCurrentWidget(self.lock_screen)
        self.lock_label.setText(self.tr("Locked"))
        self._set_session_actions(False)
        self.switch_action.setEnabled(True)
        self._update_title()
        self._record(AuditAction.LOCK)

    def _unlocked(self, user: SessionUser) -> None:
        self.ctx.set_session_user(user)
        self.locked = False
        self.root.setCurrentIndex(0)
        self.lock_label.setText(self.tr("Unlocked"))
        self._set_session_actions(True)
        self._update_title()
        self._refresh_all()
        self._show_hidden_windows()
        self.watch.start()

    def _hide_other_windows(self) -> None:
        """Dialogs and other windows may show a patient: hidden while locked."""
        for widget in QApplication.topLevelWidgets():
            if widget is not self and widget.isVisible():
                widget.hide()
                self._hidden_windows.append(widget)

    def _show_hidden_windows(self) -> None:
        for widget in self._hidden_windows:
            if isValid(widget):
                widget.show()
        self._hidden_windows.clear()

    def _close_other_windows(self) -> None:
        visible = [w for w in QApplication.topLevelWidgets() if w is not self and w.isVisible()]
        for widget in [*self._hidden_windows, *visible]:
            if isValid(widget):
                widget.close()
        self._hidden_windows.clear()

    # --- switching user ------------------------------------------------------------------------
    def switch_user(self) -> None:
        """Log the current person out (audited) and let someone else log in."""
        if self.ctx.session_user is None:
            return
        self._record(AuditAction.LOGOUT)
        self.watch.stop()
        self.sync.stop()  # what the leaving person did goes to the parent practice now
        self._close_other_windows()
        self._drop_pages()
        self.ctx.set_session_user(None)
        self._show_logged_out()

    def _show_logged_out(self) -> None:
        self.locked = False
        self.site_name = ""
        self.lock_screen.show_login()
        self.root.setCurrentWidget(self.lock_screen)
        self.user_label.setText(self.tr("Nobody logged in"))
        self.site_label.clear()
        self.lock_label.clear()
        self.sync_label.reset()
        self._set_session_actions(False)
        self._update_title()

    def _logged_in(self, user: SessionUser) -> None:
        self.ctx.set_session_user(user)
        self.start_session()

    # --- sync with the parent practice ---------------------------------------------------------
    def _sync_running(self, running: bool) -> None:
        self.sync_label.show_running(running)
        self.sync_action.setEnabled(not running and self.ctx.session_user is not None and not self.locked)

    def _tell_sync(self, text: str, failed: bool) -> None:
        """The end of a sync someone asked for: a report in the status bar, a failure in a box."""
        if not failed:
            self.statusBar().showMessage(text, 10_000)
            return
        if self.sync_message is not None and isValid(self.sync_message):
            self.sync_message.close()
        self.sync_message = QMessageBox(QMessageBox.Icon.Warning, self.tr("Cabinet"), text,
                                        QMessageBox.StandardButton.Ok, self)
        self.sync_message.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.sync_message.open()  # never exec(): the window goes on living behind it

    # --- menus ---------------------------------------------------------------------------------
    def show_preferences(self) -> PreferencesDialog:
        dialog = PreferencesDialog(self.ctx, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def show_sync_settings(self) -> SyncSettingsDialog:
        dialog = SyncSettingsDialog(self.ctx, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def show_about(self) -> None:
        QMessageBox.about(self, self.tr("About Cabinet"), self.tr(
            "<p><b>Cabinet</b> %1</p><p>Practice management for a secondary medical practice: "
            "shared planning, handovers, fees and retrocessions.</p>"
            "<p>Free software under the GNU GPL version 3 or later.</p>").replace("%1", __version__))

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt's name
        if self.ctx.session_user is not None:
            self._record(AuditAction.LOGOUT)
            self.ctx.set_session_user(None)
        self.watch.stop()
        self.sync.stop(closing=True)  # never waited for here: the window closes at once
        self.ctx.runner.wait()
        event.accept()
        self.closed.emit()
