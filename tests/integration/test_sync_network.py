"""Network cuts during a sync, against the real PostgreSQL behind a TCP proxy the test controls.

The Nieul PC reaches the central database through :class:`tests.tcp_proxy.TcpProxy` (with the
engine options the app uses, :func:`cabinet_app.sync.connect.central_engine`); the parent PC and
the checks go straight to the server. Whatever the moment of the cut, a sync either completes or
raises :class:`SyncUnreachable`; what the central database did not acknowledge stays in the outbox,
and the next sync leaves exactly one copy of everything.
"""

from __future__ import annotations

import threading
import time as clock
import uuid
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from datetime import time

import pytest
from sqlalchemy import Engine, select, text

from cabinet_app.appointments.services import BookingInput, book, list_types
from cabinet_app.db import Actor, UnitOfWork
from cabinet_app.errors import SyncUnreachable
from cabinet_app.messages import describe
from cabinet_app.planning.calendar import at
from cabinet_app.planning.services import SiteInput, create_site
from cabinet_app.records.clinical_services import NoteInput, write_note
from cabinet_app.records.services import PatientInput, open_patient, update_patient
from cabinet_app.sync import pull, service
from cabinet_app.sync import push as push_module
from cabinet_app.sync.codec import table
from cabinet_app.sync.connect import central_engine
from cabinet_app.sync.push import push_batch, read_outbox
from cabinet_app.sync.service import status, synchronise
from tests.sync_support import DAY, Fleet, book_one, make_fleet
from tests.tcp_proxy import TcpProxy

CENTRAL_ADMIN = Actor(user_id=None, site_id=None, login="central", role="secretaire", is_admin=True)
# What Nieul holds in full in this fleet (no other secondary cabinet): compared row for row.
SHARED = ("sites", "practitioners", "users", "patients", "shifts", "appointments", "consultation_notes")


# --- fixtures -------------------------------------------------------------------------------------

@pytest.fixture
def fleet(pg_engine, tmp_path) -> Iterator[Fleet]:
    fleet = make_fleet(pg_engine, tmp_path)
    yield fleet
    fleet.dispose()


@pytest.fixture
def proxy(pg_engine) -> Iterator[TcpProxy]:
    with TcpProxy(pg_engine.url.host, pg_engine.url.port) as proxy:
        yield proxy


@pytest.fixture
def central(pg_engine, proxy) -> Iterator[Engine]:
    """The central database as Nieul reaches it: through the proxy, with the app's engine options
    (pre-ping, connect timeout; ``central_engine`` is ``db.make_engine`` with those)."""
    engine = central_engine(pg_engine.url.set(host="127.0.0.1", port=proxy.port))
    yield engine
    engine.dispose()


# --- writing at the sites -------------------------------------------------------------------------

def _patient_input(uow: UnitOfWork, patient_id: uuid.UUID, **changes: object) -> PatientInput:
    info = open_patient(uow, patient_id)
    fields = {f: getattr(info, f) for f in PatientInput.__dataclass_fields__ if hasattr(info, f)}
    fields.update(changes)
    return PatientInput(**fields)


def write_changes(fleet: Fleet) -> None:
    """At Nieul: four appointments, four notes, two patient edits (some forty mutations with the
    shift, the appointment types and the audit rows)."""
    patients = fleet.cabinet.patient_ids
    for hour, patient in ((8, 0), (9, 1), (10, 2), (11, 3)):
        book_one(fleet, hour, patient)
    with fleet.uow("nieul", "dr.bernard") as uow:
        for patient in patients:
            write_note(uow, NoteInput(patient_id=patient, reason="Toux", site_id=fleet.cabinet.site_id))
        uow.commit()
    edit(fleet, "nieul", patients[1], phone="0251000001")
    edit(fleet, "nieul", patients[2], city="Nieul-le-Dolent")


def book_more(fleet: Fleet, minute: int) -> None:
    """Two more appointments at Nieul (in the shift book_one created), and a note."""
    cabinet = fleet.cabinet
    with fleet.uow("nieul") as uow:
        types = {t.name: t for t in list_types(uow, cabinet.site_id)}
        for hour, patient in ((8, 1), (10, 3)):
            book(uow, BookingInput(cabinet.site_id, cabinet.titular_id, cabinet.patient_ids[patient],
                                   types["Consultation"].id, at(DAY, time(hour, minute))))
        uow.commit()
    with fleet.uow("nieul", "dr.bernard") as uow:
        write_note(uow, NoteInput(patient_id=cabinet.patient_ids[0], reason=f"Contrôle {minute}",
                                  site_id=cabinet.site_id))
        uow.commit()


def edit(fleet: Fleet, pc: str, patient: uuid.UUID, **changes: object) -> None:
    with fleet.uow(pc) as uow:
        update_patient(uow, patient, _patient_input(uow, patient, **changes))
        uow.commit()


def parent_writes_notes(fleet: Fleet, count: int) -> list[uuid.UUID]:
    """Notes about Nieul's patients written at the parent PC, pushed one mutation per central
    transaction (so that a pull of one change is one chunk)."""
    ids = []
    for i in range(count):
        with fleet.uow("parent", "dr.bernard") as uow:
            patient = fleet.cabinet.patient_ids[i % 4]
            ids.append(write_note(uow, NoteInput(patient_id=patient, reason=f"Vu au pôle mère {i}",
                                                 site_id=fleet.cabinet.site_id)).value.id)
            uow.commit()
    synchronise(fleet.pcs["parent"], fleet.central, push_batch_size=1)
    return ids


# --- reading --------------------------------------------------------------------------------------

def outbox(engine: Engine) -> list[uuid.UUID]:
    """The mutation ids waiting in a site's outbox, in capture order."""
    with engine.connect() as conn:
        return [uuid.UUID(r) for r in conn.execute(text("SELECT mutation_id FROM sync_outbox ORDER BY seq")).scalars()]


def applied(pg_engine: Engine) -> list[uuid.UUID]:
    with pg_engine.connect() as conn:
        return list(conn.execute(text("SELECT mutation_id FROM sync_applied_mutations")).scalars())


def rows(engine: Engine, table_name: str) -> dict[uuid.UUID, int | None]:
    """id -> row_version (None for append-only rows) of every row of a table."""
    t = table(table_name)
    version = t.c.row_version if "row_version" in t.c else None
    with engine.connect() as conn:
        if version is None:
            return {row_id: None for row_id in conn.execute(select(t.c.id)).scalars()}
        return {row_id: v for row_id, v in conn.execute(select(t.c.id, version))}


def central_state(pg_engine: Engine) -> dict[str, object]:
    """Everything a push can change centrally."""
    state: dict[str, object] = {name: rows(pg_engine, name) for name in (*SHARED, "audit_log", "sync_conflicts")}
    with pg_engine.connect() as conn:
        state["log"] = conn.execute(text("SELECT count(*), max(seq) FROM sync_change_log")).one()
        state["applied"] = conn.execute(text("SELECT count(*) FROM sync_applied_mutations")).scalar_one()
    return state


def local_dump(engine: Engine) -> dict[str, list[tuple]]:
    """Every row of every table of a site's SQLite (sync_state without last_error)."""
    with engine.connect() as conn:
        names = conn.execute(text("SELECT name FROM sqlite_master WHERE type = 'table'")).scalars().all()
        dump = {name: sorted(map(tuple, conn.execute(text(f'SELECT * FROM "{name}"'))), key=repr) for name in names}
    dump["sync_state"] = [row for row in dump["sync_state"] if row[0] != "last_error"]
    return dump


def assert_nieul_matches_central(fleet: Fleet) -> None:
    for name in SHARED:
        assert rows(fleet.nieul, name) == rows(fleet.central, name), name
    assert rows(fleet.nieul, "audit_log").keys() <= rows(fleet.central, "audit_log").keys()
    assert status(fleet.nieul).pending == 0


def cursor_of(engine: Engine) -> tuple[int, int] | None:
    raw = status(engine).cursor
    return None if raw is None else tuple(map(int, raw.split(":")))  # type: ignore[return-value]


def change_log(pg_engine: Engine) -> list[tuple[int, int, str, uuid.UUID]]:
    """(xid, seq, table, row id) of the central change log, in pull order."""
    with pg_engine.connect() as conn:
        return [(int(x), s, t, r) for x, s, t, r in conn.execute(text(
            "SELECT xid, seq, table_name, row_id FROM sync_change_log ORDER BY xid, seq"))]


def settle(pg_engine: Engine, timeout: float = 5.0) -> None:
    """Wait until the server has ended the sessions the cut left behind (their transactions
    rolled back, the site's advisory lock released): PostgreSQL notices a dropped client on its
    next read, a few milliseconds later, not at once."""
    deadline = clock.monotonic() + timeout
    while True:
        with pg_engine.connect() as conn:
            busy = conn.execute(text(
                "SELECT (SELECT count(*) FROM pg_locks WHERE locktype = 'advisory') + (SELECT count(*)"
                " FROM pg_stat_activity WHERE application_name = 'cabinet-sync' AND xact_start IS NOT NULL)"
            )).scalar_one()
        if not busy:
            return
        if clock.monotonic() > deadline:
            raise AssertionError("the server kept the cut sessions")
        clock.sleep(0.02)


def assert_unreachable_in_french(error: SyncUnreachable) -> str:
    sentence = describe(error)
    assert sentence.startswith("Le serveur du pôle mère est injoignable ou la connexion a été coupée ("), sentence
    assert "Rien n'est perdu" in sentence
    return sentence


class CallCounter:
    """Wraps a function of the sync: ``before(n)`` and ``after(n, result)`` run around each call
    that ``counts`` (n: its rank among them), so a test can cut the line at the n-th one."""

    def __init__(self, real, *, before=None, after=None, counts=lambda *args: True) -> None:
        self.real, self.before, self.after, self.counts = real, before, after, counts
        self.calls = 0

    def __call__(self, *args, **kwargs):
        if self.counts(*args):
            self.calls += 1
            if self.before:
                self.before(self.calls)
        result = self.real(*args, **kwargs)
        if self.after and self.counts(*args):
            self.after(self.calls, result)
        return result


# --- (a) a cut in the middle of a push batch -------------------------------------------------------

def test_a_cut_inside_a_push_batch_keeps_the_rest_queued_and_the_resend_makes_one_copy(
        fleet, proxy, central, pg_engine, monkeypatch):
    write_changes(fleet)
    queued = outbox(fleet.nieul)
    assert len(queued) >= 20

    def arm(call: int) -> None:  # batch 4: claimed and written inside its transaction, then the line drops
        if call == 4:
            proxy.cut_when(lambda chunk: b"RELEASE SAVEPOINT" in chunk)
    monkeypatch.setattr(service, "push_batch", CallCounter(push_batch, before=arm))
    with pytest.raises(SyncUnreachable) as caught:
        synchronise(fleet.nieul, central, push_batch_size=2)
    assert proxy.cuts == 1, "the cut never happened: no savepoint released in the fourth batch"
    assert_unreachable_in_french(caught.value)
    settle(pg_engine)
    # three batches committed and acknowledged; the fourth rolled back whole, still queued
    assert outbox(fleet.nieul) == queued[6:]
    assert set(applied(pg_engine)) & set(queued) == set(queued[:6])
    assert status(fleet.nieul).last_error is not None

    monkeypatch.undo()
    report = synchronise(fleet.nieul, central, push_batch_size=2)
    assert (report.pushed, report.duplicates) == (len(queued) - 6, 0)
    assert outbox(fleet.nieul) == []
    everything = applied(pg_engine)
    assert len(everything) == len(set(everything)) and set(queued) <= set(everything)
    assert_nieul_matches_central(fleet)
    assert len(rows(pg_engine, "appointments")) == 4 and len(rows(pg_engine, "consultation_notes")) == 4
    assert status(fleet.nieul).last_error is None


def test_a_cut_between_two_push_batches_stops_the_sync_and_the_next_one_makes_one_copy(
        fleet, proxy, central, pg_engine, monkeypatch):
    """The line drops while no statement is under way: the session holding the site's lock is
    gone, so the sync stops (it would otherwise go on unguarded); the next one finishes the job."""
    write_changes(fleet)
    queued = outbox(fleet.nieul)
    monkeypatch.setattr(service, "push_batch", CallCounter(push_batch, before=lambda n: n == 3 and proxy.cut()))
    with pytest.raises(SyncUnreachable):
        synchronise(fleet.nieul, central, push_batch_size=2)
    assert proxy.cuts == 1
    assert len(outbox(fleet.nieul)) == len(queued) - 4  # two batches acknowledged
    monkeypatch.undo()
    report = synchronise(fleet.nieul, central, push_batch_size=2)
    assert (report.pushed, report.duplicates) == (len(queued) - 4, 0)
    assert outbox(fleet.nieul) == []
    assert set(queued) <= set(applied(pg_engine))
    assert_nieul_matches_central(fleet)


def lock_taken_by_another(pg_engine: Engine, key: int, wait: float = 1.0) -> bool:
    """Whether another session (another process's sync) can take the site's lock within ``wait``
    seconds (the server releases the lock of a cut session a moment after the cut)."""
    deadline = clock.monotonic() + wait
    with pg_engine.connect() as conn:
        while True:
            if conn.execute(text("SELECT pg_try_advisory_lock(:key)"), {"key": key}).scalar_one():
                conn.execute(text("SELECT pg_advisory_unlock(:key)"), {"key": key})
                conn.commit()
                return True
            conn.commit()
            if clock.monotonic() > deadline:
                return False
            clock.sleep(0.02)


def test_the_site_lock_stays_held_while_a_sync_goes_on_after_a_cut(fleet, proxy, central, pg_engine, monkeypatch):
    write_changes(fleet)
    key = service._lock_key(fleet.cabinet.site_id)
    taken_meanwhile: list[bool] = []
    monkeypatch.setattr(service, "push_batch", CallCounter(
        push_batch, before=lambda n: n == 3 and proxy.cut(),
        after=lambda n, result: n == 3 and taken_meanwhile.append(lock_taken_by_another(pg_engine, key))))
    try:
        synchronise(fleet.nieul, central, push_batch_size=2)
    except SyncUnreachable:
        pass  # giving up once the lock is lost is a fine answer too
    assert proxy.cuts == 1
    assert taken_meanwhile in ([], [False]), "a second sync of the site could have started during this one"


# --- (b) the central commit done, the local acknowledgement not -------------------------------------

@pytest.mark.parametrize("size, lost_ack", [(200, 1), (2, 3)], ids=["one-batch", "third-of-many"])
def test_a_batch_committed_but_not_acknowledged_comes_back_as_duplicates(
        fleet, proxy, central, pg_engine, monkeypatch, size, lost_ack):
    write_changes(fleet)
    queued = outbox(fleet.nieul)
    real_ack = service.acknowledge

    def ack(conn, up_to_seq):
        ack.calls += 1
        if ack.calls == lost_ack:  # the line drops (and the sync with it) right after the commit
            proxy.cut()
            raise ConnectionResetError(104, "Connection reset by peer")
        real_ack(conn, up_to_seq)
    ack.calls = 0
    monkeypatch.setattr(service, "acknowledge", ack)
    with pytest.raises(SyncUnreachable) as caught:
        synchronise(fleet.nieul, central, push_batch_size=size)
    assert_unreachable_in_french(caught.value)
    acknowledged = (lost_ack - 1) * size
    assert outbox(fleet.nieul) == queued[acknowledged:]
    committed = set(queued[:acknowledged + min(size, len(queued) - acknowledged)])
    assert set(applied(pg_engine)) & set(queued) == committed
    settle(pg_engine)
    before = central_state(pg_engine)

    monkeypatch.undo()
    report = synchronise(fleet.nieul, central, push_batch_size=size)
    resent = len(committed) - acknowledged
    assert report.duplicates == resent
    assert report.pushed == len(queued) - len(committed)
    assert outbox(fleet.nieul) == []
    if report.pushed == 0:  # everything had reached the central database: the resend changed nothing
        assert central_state(pg_engine) == before
    assert_nieul_matches_central(fleet)


def test_a_commit_whose_answer_is_lost_is_resent_as_duplicates(fleet, proxy, central, pg_engine, monkeypatch):
    """The same, at the network level: the COMMIT of the third batch reaches the server, its answer
    never reaches the site."""
    write_changes(fleet)
    queued = outbox(fleet.nieul)

    def arm(call: int) -> None:
        if call == 3:
            proxy.cut_when(lambda chunk: b"COMMIT" in chunk, deliver=True)
    monkeypatch.setattr(service, "push_batch", CallCounter(push_batch, before=arm))
    with pytest.raises(SyncUnreachable) as caught:
        synchronise(fleet.nieul, central, push_batch_size=2)
    assert proxy.cuts == 1
    assert_unreachable_in_french(caught.value)
    assert outbox(fleet.nieul) == queued[4:]
    assert set(applied(pg_engine)) & set(queued) == set(queued[:6])  # the third batch did commit
    settle(pg_engine)

    monkeypatch.undo()
    report = synchronise(fleet.nieul, central, push_batch_size=2)
    assert (report.pushed, report.duplicates) == (len(queued) - 6, 2)
    assert_nieul_matches_central(fleet)


# --- (c) a cut in the middle of a pull -------------------------------------------------------------

def assert_whole_chunks(fleet: Fleet, start: tuple[int, int] | None, notes: list[uuid.UUID]) -> tuple[int, int]:
    """The cursor moved forward by whole server transactions, and Nieul holds exactly the notes
    logged up to it."""
    after = cursor_of(fleet.nieul)
    assert after is not None and (start is None or after >= start)
    log = change_log(fleet.central)
    assert not [c for c in log if c[0] == after[0] and c[1] > after[1]], "the cursor stopped inside a transaction"
    up_to_cursor = {c[3] for c in log if (c[0], c[1]) <= after and c[2] == "consultation_notes"}
    assert rows(fleet.nieul, "consultation_notes").keys() & set(notes) == up_to_cursor & set(notes)
    return after


def test_a_cut_while_a_pull_reads_a_chunk_keeps_the_cursor_on_a_chunk_boundary(
        fleet, proxy, central, pg_engine, monkeypatch):
    synchronise(fleet.nieul, central)
    notes = parent_writes_notes(fleet, 5)
    start = cursor_of(fleet.nieul)

    def with_notes(central_conn, local, changes, site) -> bool:
        return any(c.table_name == "consultation_notes" for c in changes)
    monkeypatch.setattr(pull, "gather", CallCounter(  # the third note's rows: the line drops mid-query
        pull.gather, counts=with_notes, before=lambda n: n == 3 and proxy.cut_after(40)))
    with pytest.raises(SyncUnreachable) as caught:
        synchronise(fleet.nieul, central, pull_chunk_size=1)
    assert proxy.cuts == 1
    assert_unreachable_in_french(caught.value)
    after = assert_whole_chunks(fleet, start, notes)
    assert len(rows(fleet.nieul, "consultation_notes").keys() & set(notes)) == 2  # two chunks with a note, whole
    settle(pg_engine)

    monkeypatch.undo()
    synchronise(fleet.nieul, central, pull_chunk_size=1)
    assert cursor_of(fleet.nieul) > after
    assert set(notes) <= rows(fleet.nieul, "consultation_notes").keys()
    assert_nieul_matches_central(fleet)


def test_a_sync_dying_while_it_writes_a_chunk_leaves_no_half_chunk(fleet, proxy, central, pg_engine, monkeypatch):
    synchronise(fleet.nieul, central)
    notes = parent_writes_notes(fleet, 4)
    edit(fleet, "parent", fleet.cabinet.patient_ids[0], phone="0251999999")
    synchronise(fleet.pcs["parent"], pg_engine, push_batch_size=1)
    start = cursor_of(fleet.nieul)
    real_apply = pull.apply_rows

    def apply_then_die(local, chunk_rows):
        applied_here = real_apply(local, chunk_rows)
        if chunk_rows.get("consultation_notes"):
            apply_then_die.notes += 1
            if apply_then_die.notes == 2:  # this chunk's rows are written, not yet committed
                assert applied_here > 0
                proxy.cut()
                raise ConnectionResetError(104, "Connection reset by peer")
        return applied_here
    apply_then_die.notes = 0
    monkeypatch.setattr(pull, "apply_rows", apply_then_die)
    with pytest.raises(SyncUnreachable):
        synchronise(fleet.nieul, central, pull_chunk_size=1)
    assert_whole_chunks(fleet, start, notes)
    assert len(rows(fleet.nieul, "consultation_notes").keys() & set(notes)) == 1
    settle(pg_engine)

    monkeypatch.undo()
    synchronise(fleet.nieul, central, pull_chunk_size=2)
    assert fleet.scalar("nieul", "SELECT phone FROM patients WHERE id = :id",
                        id=fleet.cabinet.patient_ids[0].hex) == "0251999999"
    assert_nieul_matches_central(fleet)


# --- (d) the server unreachable from the start -----------------------------------------------------

@pytest.mark.parametrize("reset", [False, True], ids=["refused", "dropped-at-once"])
def test_an_unreachable_server_is_reported_in_french_and_changes_nothing_locally(fleet, proxy, central, reset):
    write_changes(fleet)
    before = local_dump(fleet.nieul)
    last_success = status(fleet.nieul).last_success
    proxy.refuse(reset=reset)
    with pytest.raises(SyncUnreachable) as caught:
        synchronise(fleet.nieul, central)
    sentence = assert_unreachable_in_french(caught.value)
    now = status(fleet.nieul)
    assert now.last_error is not None and now.last_error.endswith(" " + sentence)
    assert now.last_success == last_success
    assert local_dump(fleet.nieul) == before
    assert proxy.accepted == 0

    proxy.restore()
    report = synchronise(fleet.nieul, central)
    assert report.pushed == len(before["sync_outbox"])
    assert status(fleet.nieul).last_error is None
    assert_nieul_matches_central(fleet)


# --- (e) the same batch pushed again, and concurrently ------------------------------------------------

def test_the_same_batch_pushed_again_and_from_two_threads_is_applied_once(fleet, proxy, central, pg_engine,
                                                                         monkeypatch):
    site = fleet.cabinet.site_id
    write_changes(fleet)
    with fleet.nieul.connect() as conn:
        batch = read_outbox(conn, 1000)
    first = push_batch(central, batch, site)
    state = central_state(pg_engine)
    again = [push_batch(central, batch, site) for _ in range(3)]
    assert (first.applied, first.duplicates) == (len(batch), 0)
    assert [(r.applied, r.duplicates) for r in again] == [(0, len(batch))] * 3
    assert central_state(pg_engine) == state

    book_more(fleet, 30)
    with fleet.nieul.connect() as conn:
        second = read_outbox(conn, 1000, after_seq=batch[-1].seq)
    real_apply_all = push_module._apply_all

    def slow_apply_all(conn, mutations, site_id):  # the winner's claims stay uncommitted a while
        result = real_apply_all(conn, mutations, site_id)
        if result.applied:
            clock.sleep(0.5)
        return result
    monkeypatch.setattr(push_module, "_apply_all", slow_apply_all)
    start = threading.Barrier(2)

    def push() -> tuple[object, float]:
        start.wait()
        began = clock.monotonic()
        return push_batch(central, second, site), clock.monotonic() - began
    with ThreadPoolExecutor(2) as pool:
        timed = [f.result(timeout=30) for f in [pool.submit(push) for _ in range(2)]]
    results = [result for result, _ in timed]
    assert min(seconds for _, seconds in timed) >= 0.4  # the loser waited for the winner's commit
    assert sum(r.applied for r in results) == len(second)
    assert sum(r.duplicates for r in results) == len(second)
    assert all(r.applied + r.duplicates == len(second) for r in results)
    assert sorted(r.applied for r in results) == [0, len(second)]  # one transaction won every claim
    everything = applied(pg_engine)
    assert len(everything) == len(set(everything)) >= len(batch) + len(second)
    assert len(rows(pg_engine, "appointments")) == 6 and len(rows(pg_engine, "consultation_notes")) == 5

    report = synchronise(fleet.nieul, central)  # the outbox itself was never acknowledged
    assert (report.pushed, report.duplicates) == (0, len(batch) + len(second))
    assert_nieul_matches_central(fleet)


# --- (f) a long central transaction -------------------------------------------------------------------

def test_a_long_central_transaction_delays_the_pull_and_loses_nothing(fleet, proxy, central, pg_engine):
    patients = fleet.cabinet.patient_ids
    synchronise(fleet.nieul, central)
    edit(fleet, "parent", patients[0], phone="0251000010")  # before the long transaction
    synchronise(fleet.pcs["parent"], pg_engine)
    with UnitOfWork(pg_engine, actor=CENTRAL_ADMIN) as long:  # inserts a site, stays open
        site = create_site(long, SiteInput(name="Cabinet de la Mothe-Achard", postal_code="85150"),
                           check_permission=False).value
        long.session.flush()
        edit(fleet, "parent", patients[1], phone="0251000011")  # after it began, committed before it
        synchronise(fleet.pcs["parent"], pg_engine)
        book_one(fleet, 9, 2)

        first = synchronise(fleet.nieul, central)
        assert first.pushed > 0
        phone = "SELECT phone FROM patients WHERE id = :id"
        assert fleet.scalar("nieul", phone, id=patients[0].hex) == "0251000010"  # not delayed
        assert fleet.scalar("nieul", phone, id=patients[1].hex) != "0251000011"  # waits behind it
        assert fleet.scalar("nieul", "SELECT count(*) FROM sites WHERE id = :id", id=site.id.hex) == 0
        held = cursor_of(fleet.nieul)
        long_xid = int(long.session.execute(text("SELECT pg_current_xact_id()::text")).scalar_one())
        assert held is not None and held[0] < long_xid
        assert synchronise(fleet.nieul, central).pulled == 0  # still waiting, nothing skipped
        long.commit()

    second = synchronise(fleet.nieul, central)
    assert second.pulled > 0 and cursor_of(fleet.nieul) > held
    assert fleet.scalar("nieul", phone, id=patients[1].hex) == "0251000011"
    assert fleet.scalar("nieul", "SELECT name FROM sites WHERE id = :id", id=site.id.hex) == "Cabinet de la Mothe-Achard"
    assert_nieul_matches_central(fleet)
