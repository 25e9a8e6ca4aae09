"""The sync indicator of the status bar and « Synchroniser maintenant », with the real main
window on the small cabinet's SQLite and a fake parent practice: the sync runs on the network
worker, the indicator follows, a failure is told only to whoever asked for the sync."""

from __future__ import annotations

import re
import threading
import uuid
from datetime import date

import pytest
from cabinet_app.changes import EVERYTHING, Area
from cabinet_app.errors import SyncNotConfigured, SyncUnreachable
from cabinet_app.messages import describe
from cabinet_app.records.services import count_patients
from cabinet_app.sync.capture import enable_capture
from cabinet_app.sync.model import ConflictKind
from cabinet_app.sync.service import SyncReport, SyncStatus
from cabinet_app.ui.context import AppContext
from cabinet_app.ui.main_window import PAGES, MainWindow
from cabinet_app.ui.sync.conflicts_page import ConflictsPage
from cabinet_app.ui.sync.controller import SyncController
from cabinet_app.ui.sync.indicator import SyncIndicator
from cabinet_app.ui.sync.settings_dialog import SyncSettingsDialog
from cabinet_app.ui.sync.data import SyncConfig, SyncOverview
from cabinet_app.ui.tasks import ThreadRunner
from tests.ui.shell_support import logged_in_window
from tests.ui.sync_support import PARENT_URL, FakeParent, HeldRunner, add_conflict, configure, french, make_ctx

TEN_MINUTES_MS = 10 * 60_000


@pytest.fixture(autouse=True)
def in_french(qapp):
    french()


def overview(*, url: str = PARENT_URL, **values) -> SyncOverview:
    base = dict(configured=True, site_id=None, pending=0, open_conflicts=0, last_success=None, last_error=None,
                cursor=None, generation=None)
    return SyncOverview(status=SyncStatus(**{**base, **values}),
                        config=SyncConfig(url=url, interval_minutes=10, has_password=True))


def open_window(qtbot, cabinet, parent: FakeParent, *, login: str = "admin", network=None, pages=()) -> MainWindow:
    ctx = make_ctx(cabinet, login, network=network)
    sync = SyncController(ctx, synchronise=parent.synchronise, make_central=parent.central)
    window = MainWindow(ctx, pages=pages, sync=sync)
    qtbot.addWidget(window)
    window.start_session()
    window.show()
    return window


# --- the indicator alone ---------------------------------------------------------------------

def test_the_indicator_says_when_what_waits_and_the_conflicts(qtbot):
    label = SyncIndicator(today=lambda: date(2025, 7, 1))
    qtbot.addWidget(label)
    label.show_overview(overview(last_success="2025-07-01T08:42:00+00:00", pending=3))
    assert label.text() == "Synchronisé à 10:42 · 3 en attente"
    assert label.styleSheet() == "" and label.toolTip() == ""

    label.show_overview(overview(last_success="2025-06-30T08:42:00+00:00", open_conflicts=2))
    assert label.text() == "Synchronisé le 30/06/2025 10:42 · 2 conflit(s)"
    assert "#b3261e" in label.styleSheet()  # red: something to decide


def test_a_failed_sync_turns_the_indicator_red_with_the_reason_in_the_tooltip(qtbot):
    label = SyncIndicator(today=lambda: date(2025, 7, 1))
    qtbot.addWidget(label)
    error = describe(SyncUnreachable(reason="timeout expired"), "fr")
    label.show_overview(overview(pending=1, last_error=f"2025-07-01T09:00:00+00:00 {error}"))
    assert label.text() == ("Jamais synchronisé · 1 en attente · "
                            "dernière synchronisation en échec")
    assert label.toolTip() == error and "#b3261e" in label.styleSheet()
    label.show_running(True)
    assert label.text() == "Synchronisation en cours…"
    label.show_running(False)
    label.show_overview(overview(url=""))
    assert label.text() == "Synchronisation non configurée"


# --- syncing from the main window ------------------------------------------------------------

def test_sync_now_calls_the_parent_and_refreshes_everything(qtbot, cabinet):
    configure(cabinet)
    parent = FakeParent(SyncReport(pushed=2, pulled=3, applied=3))
    window = open_window(qtbot, cabinet, parent)
    assert len(parent.calls) == 1  # at login, in the background
    announced: list[Area] = []
    window.ctx.changed.connect(announced.append)

    window.sync_action.trigger()
    assert len(parent.calls) == 2
    assert parent.centrals[-1].url == PARENT_URL and parent.centrals[-1].disposed
    assert announced == [EVERYTHING]  # something was pulled: every page refreshes
    assert re.fullmatch(r"Synchronisé à \d\d:\d\d",
                        window.sync_label.text()), window.sync_label.text()
    assert window.statusBar().currentMessage() == "Synchronisation terminée : 2 modification(s) envoyée(s), 3 reçue(s)."
    assert window.sync_message is None and window.sync_action.isEnabled()


def test_the_action_waits_for_the_running_sync(qtbot, cabinet):
    configure(cabinet)
    network, parent = HeldRunner(), FakeParent()
    window = open_window(qtbot, cabinet, parent, network=network)
    assert len(network.held) == 1 and parent.calls == []  # the login sync, on the network worker
    assert not window.sync_action.isEnabled()
    assert window.sync_label.text() == "Synchronisation en cours…"
    window.sync.sync_now()
    assert len(network.held) == 1  # one sync at a time
    network.release()
    assert len(parent.calls) == 1 and window.sync_action.isEnabled()
    assert window.sync_label.text().startswith("Synchronisé à ")


def test_without_an_address_sync_now_says_so_in_french(qtbot, cabinet):
    parent = FakeParent()
    window = open_window(qtbot, cabinet, parent)
    assert parent.calls == [] and not window.sync.timer.isActive()  # nothing set up: no sync at login
    assert window.sync_label.text() == "Synchronisation non configurée"
    window.sync_action.trigger()
    assert parent.calls == []
    assert window.sync_message is not None and window.sync_message.isVisible()
    assert window.sync_message.text() == describe(SyncNotConfigured(), "fr")
    assert window.sync_message.text().startswith("La synchronisation n'est pas configurée")


def test_a_background_failure_only_shows_in_the_indicator_a_manual_one_is_told(qtbot, cabinet):
    configure(cabinet)
    error = SyncUnreachable(reason="could not connect to server")
    parent = FakeParent(error=error)
    window = open_window(qtbot, cabinet, parent)
    assert len(parent.calls) == 1 and window.sync_message is None  # the login sync: no dialog
    assert window.sync_label.toolTip() == describe(error, "fr")
    assert "#b3261e" in window.sync_label.styleSheet()
    assert window.sync_label.text().endswith("dernière synchronisation en échec")

    window.sync_action.trigger()
    assert window.sync_message is not None and window.sync_message.isVisible()
    assert window.sync_message.text() == describe(error, "fr")
    assert window.sync_message.text().startswith("Le serveur du pôle mère est injoignable")
    window.ctx.notify(Area.PATIENTS)  # the status is read again: the failure stays in sight
    assert window.sync_label.toolTip() == describe(error, "fr")


def test_an_unexpected_failure_is_told_in_a_sentence_never_a_traceback(qtbot, cabinet):
    configure(cabinet)
    parent = FakeParent()

    def no_driver(_url):
        raise ModuleNotFoundError("No module named 'psycopg'")

    ctx = make_ctx(cabinet, "admin")
    window = MainWindow(ctx, pages=(), sync=SyncController(ctx, synchronise=parent.synchronise,
                                                            make_central=no_driver))
    qtbot.addWidget(window)
    window.start_session()
    assert window.sync_message is None and "#b3261e" in window.sync_label.styleSheet()
    window.sync_action.trigger()
    assert window.sync_message.text() == describe(RuntimeError(), "fr")
    assert "psycopg" not in window.sync_message.text() and window.sync_action.isEnabled()


def test_timed_syncs_follow_the_settings_and_the_session(qtbot, cabinet):
    configure(cabinet, minutes=10)
    parent = FakeParent()
    window = open_window(qtbot, cabinet, parent)
    assert window.sync.timer.isActive() and window.sync.timer.interval() == TEN_MINUTES_MS
    window.sync.timer.timeout.emit()
    assert len(parent.calls) == 2

    configure(cabinet, minutes=0)  # on demand only
    window.ctx.notify(Area.SETTINGS)
    assert not window.sync.timer.isActive()

    configure(cabinet, minutes=5)
    window.ctx.notify(Area.SETTINGS)
    assert window.sync.timer.interval() == 5 * 60_000
    window.switch_user()  # logout: one last sync, then no more timed ones
    assert len(parent.calls) == 3
    assert not window.sync.timer.isActive() and window.sync_label.text() == ""
    window.sync.timer.timeout.emit()
    assert len(parent.calls) == 3


def test_closing_syncs_what_waits_unless_the_server_was_unreachable(qtbot, cabinet):
    configure(cabinet)
    with cabinet.engine.begin() as conn:
        assert enable_capture(conn, str(cabinet.site_id)) > 0  # the snapshot waits in the outbox
    parent = FakeParent()
    window = open_window(qtbot, cabinet, parent)
    assert window.sync.overview.status.pending > 0
    window.close()
    assert len(parent.calls) == 2

    offline = FakeParent(error=SyncUnreachable(reason="no route to host"))
    window = open_window(qtbot, cabinet, offline)
    window.close()
    assert len(offline.calls) == 1  # only the login one: offline, closing does not try again


def test_the_navigation_counts_the_open_conflicts(qtbot, cabinet):
    spec = next(s for s in PAGES if s.key == "conflicts")
    add_conflict(cabinet, table_name="patients", row_id=cabinet.patient_ids[0], fields=["phone"],
                 mine={"phone": "0611111111"}, theirs={"phone": "0622222222"}, base={"phone": ""})
    window = open_window(qtbot, cabinet, FakeParent(), login="secretaire", pages=(spec,))
    assert window.nav_labels() == ["Conflits (1)"]
    add_conflict(cabinet, table_name="appointments", row_id=uuid.uuid4(), kind=ConflictKind.DOUBLE_BOOKING,
                 fields=[], mine={}, theirs={}, base={})
    window.ctx.notify(Area.SYNC)
    assert window.nav_labels() == ["Conflits (2)"]


def test_a_slow_parent_never_holds_the_database_worker(qtbot, cabinet):
    """Real worker threads: while the sync waits on the network, database tasks go on."""
    configure(cabinet)
    answer = threading.Event()
    parent = FakeParent()

    def slow(local, central):
        assert answer.wait(10)
        return parent.synchronise(local, central)

    database, network = ThreadRunner(), ThreadRunner("network")
    ctx = AppContext(cabinet.engine, database, language="fr", network=network)
    ctx.set_session_user(cabinet.login("admin"))
    sync = SyncController(ctx, synchronise=slow, make_central=parent.central)
    try:
        sync.start()  # reads the settings on the database worker, then syncs on the network one
        qtbot.waitUntil(lambda: sync.running, timeout=5000)
        counted: list[int] = []
        ctx.run(count_patients, on_done=counted.append)
        qtbot.waitUntil(lambda: counted == [4], timeout=5000)
        assert sync.running and parent.calls == []
    finally:
        answer.set()
    qtbot.waitUntil(lambda: not sync.running, timeout=10000)
    assert len(parent.calls) == 1
    network.wait()
    database.wait()


def test_the_tools_menu_offers_sync_now_and_the_settings(qtbot, cabinet):
    window = open_window(qtbot, cabinet, FakeParent(), login="dr.bernard")
    tools = [a.text() for a in window.menuBar().actions()[1].menu().actions() if not a.isSeparator()]
    assert tools == ["&Synchroniser maintenant", "Réglages de s&ynchronisation…", "&Préférences…"]
    assert window.sync_action.shortcut().toString() == "Ctrl+Shift+S"
    window.sync_settings_action.trigger()
    dialog = window.findChild(SyncSettingsDialog)
    assert dialog is not None and dialog.isVisible() and not dialog.save_button.isVisible()  # a doctor reads
    window.lock()
    assert not window.sync_action.isEnabled() and not window.sync_settings_action.isEnabled()


@pytest.mark.parametrize("login", ["secretaire", "dr.petit", "admin"])
def test_everyone_logged_in_has_the_conflicts_page(qtbot, cabinet, login):
    _shell, window = logged_in_window(qtbot, cabinet, login)
    assert "Conflits" in window.nav_labels() and isinstance(window.show_page("conflicts"), ConflictsPage)
    assert window.sync_label.text() == "Synchronisation non configurée"
