"""Starting the GUI: the application, its translations, the database, then first run → login →
main window.

:func:`run_gui` is what ``cabinet-app`` runs with no sub-command. :func:`build_shell` builds the
same flow from an engine, a runner and a language, so tests drive it with an inline runner.
Nothing here ever shows a traceback: details go to the log file, people get a French sentence.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Sequence
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QObject, QTimer, QTranslator, Signal
from PySide6.QtWidgets import QApplication, QMessageBox
from sqlalchemy import Engine

from .. import APP_NAME, __version__
from ..config import open_database, resolve_db_path, setup_logging
from ..db import UnitOfWork
from ..errors import CabinetError, DatabaseUnavailable
from ..messages import describe
from ..security.services import SessionUser, has_users
from ..settings import LANGUAGE
from .context import AppContext
from .first_run import FirstRunWizard
from .login import LoginDialog
from .sync.joining import CentralAccess
from .tasks import Runner, ThreadRunner

if TYPE_CHECKING:
    from .main_window import MainWindow, PageSpec

log = logging.getLogger(__name__)

I18N_DIR = Path(__file__).resolve().parent.parent / "i18n"
LANGUAGES = LANGUAGE.choices
_translators: list[QTranslator] = []


# --- language ------------------------------------------------------------------------------------

def install_translators(language: str) -> str:
    """Install Cabinet's translation (and Qt's own, for its standard buttons) for ``language``;
    the source strings are English. Returns the language in effect."""
    app = QCoreApplication.instance()
    assert app is not None, "create the application first"
    language = language if language in LANGUAGES else "fr"
    for translator in _translators:
        app.removeTranslator(translator)
    _translators.clear()
    QLocale.setDefault(QLocale(QLocale.Language.French, QLocale.Country.France) if language == "fr"
                       else QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for name, directory in ((f"qtbase_{language}", qt_dir), (f"cabinet_{language}", str(I18N_DIR))):
        translator = QTranslator(app)
        if translator.load(name, directory):
            app.installTranslator(translator)
            _translators.append(translator)
        elif language != "en":
            log.warning("translation %s not found in %s", name, directory)
    return language


def resolve_language(explicit: str | None, engine: Engine) -> str:
    """``--lang`` first, then the language saved in the preferences, then French."""
    if explicit in LANGUAGES:
        return str(explicit)
    try:
        with UnitOfWork(engine) as uow:
            return str(uow.settings.get(LANGUAGE))
    except Exception:  # noqa: BLE001 - a preference must never stop the start
        log.exception("cannot read the language setting")
        return "fr"


# --- the flow: first run, login, main window -----------------------------------------------------

class Shell(QObject):
    """First-run wizard (no account yet), then the login dialog, then the main window.

    The wizard creates the first account, or this PC joins the parent practice and gets its
    site's accounts from there: either way the login dialog follows (nobody is logged in by
    the wizard; after a join no password of a person is known here)."""

    finished = Signal(int)  # exit code

    def __init__(self, ctx: AppContext, *, lock_timeout_ms: int | None = None,
                 pages: Sequence[PageSpec] | None = None, central: CentralAccess | None = None) -> None:
        super().__init__()
        self.ctx = ctx
        self.lock_timeout_ms = lock_timeout_ms
        self.pages = pages
        self.central = central  # how the wizard reaches the parent practice (tests give fakes)
        self.wizard: FirstRunWizard | None = None
        self.login_dialog: LoginDialog | None = None
        self.window: MainWindow | None = None

    def start(self) -> None:
        self.ctx.run(has_users, on_done=self._route, on_error=self._failed)

    def _route(self, any_user: bool) -> None:
        if any_user:
            self.show_login()
        else:
            self.show_wizard()

    def show_wizard(self) -> None:
        self.wizard = FirstRunWizard(self.ctx, central=self.central)
        self.wizard.accepted.connect(self._wizard_done)
        self.wizard.rejected.connect(lambda: self.finished.emit(0))
        self.wizard.show()

    def _wizard_done(self) -> None:
        assert self.wizard is not None
        created = self.wizard.created_user  # None after a join: whoever sits here types their login
        self.wizard.deleteLater()
        self.wizard = None
        self.show_login(created.login if created else "")

    def show_login(self, login: str = "") -> None:
        self.login_dialog = LoginDialog(self.ctx, login=login)
        self.login_dialog.accepted.connect(self._logged_in)
        self.login_dialog.rejected.connect(lambda: self.finished.emit(0))
        self.login_dialog.show()

    def _logged_in(self) -> None:
        assert self.login_dialog is not None
        user = self.login_dialog.session_user
        self.login_dialog.deleteLater()
        self.login_dialog = None
        assert user is not None
        self.open_main_window(user)

    def open_main_window(self, user: SessionUser) -> MainWindow:
        from .main_window import MainWindow  # after login: the login window comes up sooner

        self.ctx.set_session_user(user)
        options = {} if self.pages is None else {"pages": self.pages}
        self.window = MainWindow(self.ctx, lock_timeout_ms=self.lock_timeout_ms, **options)
        self.window.closed.connect(lambda: self.finished.emit(0))
        self.window.start_session()
        self.window.showMaximized()  # the shared PC's screen belongs to the person logged in
        return self.window

    def _failed(self, error: BaseException) -> None:
        log.error("start-up failed", exc_info=error)
        QMessageBox.critical(None, APP_NAME, self.ctx.describe(error))
        self.finished.emit(1)


def build_shell(engine: Engine, runner: Runner, language: str, *, db_path: str = "",
                lock_timeout_ms: int | None = None, pages: Sequence[PageSpec] | None = None,
                network: Runner | None = None, central: CentralAccess | None = None) -> Shell:
    """Everything but the application and the database: translations, context, flow."""
    language = install_translators(language)
    ctx = AppContext(engine, runner, language=language, db_path=db_path, network=network)
    return Shell(ctx, lock_timeout_ms=lock_timeout_ms, pages=pages, central=central)


# --- start-up safety -----------------------------------------------------------------------------

def open_database_or_explain(path: Path, language: str, log_file: Path) -> Engine | None:
    """Open the database; a bad file gets a French message box (details in the log) and None."""
    try:
        return open_database(path)
    except Exception as error:  # noqa: BLE001 - every failure becomes a sentence, never a traceback
        log.exception("cannot open the database %s", path)
        shown = error if isinstance(error, CabinetError) else DatabaseUnavailable(path=str(path))
        details = QCoreApplication.translate("Application", "Database: %1\nLog file: %2")
        details = details.replace("%1", str(path)).replace("%2", str(log_file))
        QMessageBox.critical(None, APP_NAME, f"{describe(shown, language)}\n\n{details}")
        return None


def install_excepthook(log_file: Path) -> None:
    """An unexpected error is logged with its traceback; people get a short French message."""
    previous = sys.excepthook
    showing = False

    def hook(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
        nonlocal showing
        if issubclass(kind, KeyboardInterrupt):
            previous(kind, error, tb)
            return
        logging.getLogger("cabinet_app").critical("unexpected error", exc_info=(kind, error, tb))
        if showing or not isinstance(QCoreApplication.instance(), QApplication):
            return
        showing = True
        try:
            QMessageBox.critical(None, APP_NAME, QCoreApplication.translate(
                "Application", "An unexpected error occurred. What was already saved is kept. "
                "The details are in the log file:\n%1").replace("%1", str(log_file)))
        finally:
            showing = False

    sys.excepthook = hook


def _application() -> QApplication:
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setQuitOnLastWindowClosed(False)
    return app


def run_gui(db: str | None = None, language: str | None = None) -> int:
    """Open the GUI on the database ``db`` (else ``CABINET_DB``, else the user's data directory)."""
    app = _application()
    log_file = setup_logging()
    install_excepthook(log_file)
    install_translators(language or "fr")
    path = resolve_db_path(db)
    log.info("Cabinet %s starting on %s", __version__, path)
    engine = open_database_or_explain(path, language if language in LANGUAGES else "fr", log_file)
    if engine is None:
        return 1
    runner, network = ThreadRunner(), ThreadRunner("network")
    shell = build_shell(engine, runner, resolve_language(language, engine), db_path=str(path), network=network)
    shell.finished.connect(app.exit)
    QTimer.singleShot(0, shell.start)
    try:
        return app.exec()
    finally:
        runner.wait()
        network.wait()  # the last sync, started at closing, ends with the window already gone
        engine.dispose()
