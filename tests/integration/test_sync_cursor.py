"""The central change log and its pull cursor, against a real PostgreSQL (issue 7).

The required proof is :func:`test_a_long_transaction_makes_the_naive_cursor_lose_a_row_not_ours`:
a plain ``seq > cursor`` loses a row when transactions commit out of order; ``(xid, seq)`` under
the snapshot's xmin does not.
"""

from __future__ import annotations

import uuid
from datetime import date

import psycopg
import pytest
from sqlalchemy import inspect, text

from cabinet_app.db import Actor, UnitOfWork, make_engine
from cabinet_app.models import APPEND_ONLY_TABLES, SYNCED_TABLES
from cabinet_app.planning.rota_services import add_closure, remove_closure
from cabinet_app.planning.services import SiteInput, create_site, update_site
from cabinet_app.security.model import AuditAction
from cabinet_app.security.services import audit
from cabinet_app.sync.central import NotPostgreSQL, PullCursor, central_init, pull_changes, read_generation

ADMIN = Actor(user_id=None, site_id=None, login="central", role="secretaire", is_admin=True)


@pytest.fixture
def central(pg_engine):
    central_init(pg_engine)
    return pg_engine


def conninfo(engine) -> str:
    return engine.url.set(drivername="postgresql").render_as_string(hide_password=False)


def insert_site(conn: psycopg.Connection, name: str) -> uuid.UUID:
    """An edit made directly at the parent, outside the app (raw SQL on its own connection)."""
    site_id = uuid.uuid4()
    conn.execute(
        "INSERT INTO sites (id, row_version, created_at, updated_at, name, kind, address_line, postal_code,"
        " city, phone, min_practitioners, alsace_moselle, works_by_week)"
        " VALUES (%s, 1, now(), now(), %s, 'secondary', '', '', '', '', 1, false, false)", (site_id, name))
    return site_id


def current_xid(uow: UnitOfWork) -> int:
    return int(uow.session.execute(text("SELECT pg_current_xact_id()::text")).scalar_one())


def log(engine) -> list[tuple]:
    with engine.connect() as conn:
        return [(r.seq, int(r.xid), r.table_name, r.row_id, r.op, r.row_version) for r in conn.execute(text(
            "SELECT seq, xid::text AS xid, table_name, row_id, op, row_version FROM sync_change_log ORDER BY seq"))]


def pull_all(engine, cursor, limit=1000):
    with engine.connect() as conn:
        return pull_changes(conn, cursor, limit)


# --- (a) capture --------------------------------------------------------------------------------

def test_every_change_lands_in_the_log_with_its_op_and_transaction(central):
    with UnitOfWork(central, actor=ADMIN) as uow:
        site = create_site(uow, SiteInput("Cabinet de Saint-Jean"), check_permission=False).value
        xid_insert = current_xid(uow)
        uow.commit()
    with UnitOfWork(central, actor=ADMIN) as uow:
        update_site(uow, site.id, SiteInput("Cabinet de Saint-Jean-de-Luz"))
        add_closure(uow, site.id, first_day=date(2026, 12, 24), last_day=date(2026, 12, 26))
        xid_update = current_xid(uow)
        uow.commit()
    closure_id = next(row[3] for row in log(central) if row[2] == "closures")
    with UnitOfWork(central, actor=ADMIN) as uow:
        remove_closure(uow, closure_id)
        audit(uow, AuditAction.LOGIN, login="central")
        xid_tombstone = current_xid(uow)
        uow.commit()

    rows = log(central)
    assert len({xid_insert, xid_update, xid_tombstone}) == 3
    assert (xid_insert, "sites", site.id, "I", 1) in [r[1:] for r in rows]
    assert (xid_update, "sites", site.id, "U", 2) in [r[1:] for r in rows]
    assert (xid_update, "closures", closure_id, "I", 1) in [r[1:] for r in rows]
    assert (xid_tombstone, "closures", closure_id, "T", 2) in [r[1:] for r in rows]
    audit_rows = [r for r in rows if r[2] == "audit_log"]
    assert [(r[1], r[4], r[5]) for r in audit_rows if r[1] == xid_tombstone] == [(xid_tombstone, "I", None)]
    assert {r[1] for r in rows} == {xid_insert, xid_update, xid_tombstone}  # nothing else, nothing lost


def test_every_synced_and_append_only_table_has_the_capture_trigger(central):
    with central.connect() as conn:
        triggers = set(conn.execute(text(
            "SELECT event_object_table FROM information_schema.triggers "
            "WHERE trigger_name LIKE '%\\_sync\\_capture'")).scalars())
    assert triggers == set(SYNCED_TABLES) | set(APPEND_ONLY_TABLES)


# --- (b) the required proof -----------------------------------------------------------------------

def test_a_long_transaction_makes_the_naive_cursor_lose_a_row_not_ours(central):
    with psycopg.connect(conninfo(central)) as t1, psycopg.connect(conninfo(central)) as t2:
        long_site = insert_site(t1, "long")  # T1 takes seq 1 and stays open
        short_site = insert_site(t2, "short")  # T2 takes seq 2 ...
        t2.commit()  # ... and commits first
        seq_of = {row[3]: row[0] for row in log(central)}
        assert (seq_of[short_site], long_site in seq_of) == (2, False)

        naive_seen, naive_cursor = [], 0
        with central.connect() as conn:
            naive_seen += conn.execute(text("SELECT seq FROM sync_change_log WHERE seq > :c ORDER BY seq"),
                                       {"c": naive_cursor}).scalars()
        naive_cursor = max(naive_seen)
        assert naive_seen == [2] and naive_cursor == 2

        before = pull_all(central, None)
        assert before.changes == [] and before.cursor is None  # T1 still open: T2 waits behind it

        t1.commit()

    with central.connect() as conn:
        naive_seen += conn.execute(text("SELECT seq FROM sync_change_log WHERE seq > :c ORDER BY seq"),
                                   {"c": naive_cursor}).scalars()
    assert seq_of_all(central) == {1, 2}
    assert 1 not in naive_seen  # the naive reader lost T1's row for good

    after = pull_all(central, before.cursor)
    assert [(c.seq, c.row_id) for c in after.changes] == [(1, long_site), (2, short_site)]
    assert after.changes[0].xid < after.changes[1].xid
    assert after.cursor == after.changes[-1].position
    again = pull_all(central, after.cursor)
    assert again.changes == [] and again.cursor == after.cursor  # exactly once, never backwards


def seq_of_all(engine) -> set[int]:
    return {row[0] for row in log(engine)}


def test_the_cursor_waits_for_the_oldest_open_transaction_and_never_goes_back(central):
    cursors: list[PullCursor] = []
    seen: list[int] = []
    with psycopg.connect(conninfo(central)) as early, psycopg.connect(conninfo(central)) as late:
        insert_site(late, "ended before")
        late.commit()
        chunk = pull_all(central, None)
        seen += [c.seq for c in chunk.changes]
        cursors.append(chunk.cursor)
        early.execute("SELECT pg_current_xact_id()")  # holds the horizon, writes nothing yet
        insert_site(late, "after the horizon")
        late.commit()
        chunk = pull_all(central, cursors[-1])
        assert chunk.changes == [] and chunk.cursor == cursors[-1]
        insert_site(early, "written late by the old transaction")
        early.commit()
    chunk = pull_all(central, cursors[-1])
    seen += [c.seq for c in chunk.changes]
    cursors.append(chunk.cursor)
    assert sorted(seen) == [1, 2, 3] and len(seen) == 3
    assert cursors == sorted(cursors)


# --- (c) chunks end on transaction boundaries -------------------------------------------------------

def test_a_chunk_never_splits_a_transaction(central):
    with psycopg.connect(conninfo(central)) as conn:
        big = [insert_site(conn, f"lot {i}") for i in range(5)]
        conn.commit()
        small = [insert_site(conn, f"petit {i}") for i in range(2)]
        conn.commit()

    first = pull_all(central, None, limit=3)
    assert [c.row_id for c in first.changes] == big  # the limit fell inside: the rest came too
    assert len({c.xid for c in first.changes}) == 1
    second = pull_all(central, first.cursor, limit=1)
    assert [c.row_id for c in second.changes] == small
    assert pull_all(central, second.cursor, limit=1).changes == []
    assert first.cursor < second.cursor


def test_the_limit_must_be_positive(central):
    with central.connect() as conn, pytest.raises(ValueError):
        pull_changes(conn, None, 0)


# --- (d) init: idempotent, generations --------------------------------------------------------------

def test_central_init_is_idempotent_and_each_database_has_its_own_generation(central, pg_server):
    with central.connect() as conn:
        generation = read_generation(conn)
    with psycopg.connect(conninfo(central)) as conn:
        insert_site(conn, "avant")
        conn.commit()
    assert central_init(central) == generation  # second run: same generation, log kept, one trigger
    assert [r[4] for r in log(central)] == ["I"]
    with psycopg.connect(conninfo(central)) as conn:
        insert_site(conn, "après")
        conn.commit()
    assert len(log(central)) == 2  # still one capture per change (not two triggers)

    other = make_engine(pg_server.create_database())
    try:
        assert central_init(other) not in (generation, None)
    finally:
        other.dispose()


def test_a_restored_database_has_a_new_generation_and_forgets_the_old_log(central):
    generation = central_init(central)
    with psycopg.connect(conninfo(central)) as conn:
        insert_site(conn, "avant la restauration")
        conn.commit()
    with central.begin() as conn:  # as if the database came from another server (dump, backup)
        conn.execute(text("UPDATE sync_generation SET database_identity = 'ancien-serveur'"))
    with central.connect() as conn:
        seen_by_sites = read_generation(conn)
    assert seen_by_sites != generation  # sites stop pulling before anyone re-initialises

    renewed = central_init(central)
    assert renewed not in (generation, seen_by_sites)
    assert log(central) == []
    with central.connect() as conn:
        assert read_generation(conn) == renewed


def test_central_init_refuses_sqlite_and_leaves_it_untouched(tmp_path):
    engine = make_engine(f"sqlite:///{tmp_path / 'site.sqlite3'}")
    try:
        with pytest.raises(NotPostgreSQL):
            central_init(engine)
        assert inspect(engine).get_table_names() == []
    finally:
        engine.dispose()
