"""The crash matrix (issue 7): the sync process killed at each dangerous point, then a normal
sync: no duplicate, no loss. The kill is real (``os._exit`` in a child process: no rollback
handler, no ``finally``), placed by patching the step after which it must happen."""

from __future__ import annotations

import subprocess
import sys
import textwrap

import pytest

from cabinet_app.records.clinical_services import NoteInput, write_note
from cabinet_app.sync.service import status
from tests.sync_support import book_one, make_fleet

CHILD = textwrap.dedent("""
    import os, sys
    from cabinet_app.db import make_engine, sqlite_url
    from cabinet_app.sync import pull, push, service

    site_db, central_url, point = sys.argv[1:4]

    def die(*args, **kwargs):
        os._exit(3)

    if point == "before_central_commit":  # every mutation applied, the commit never comes
        real = push._apply_all
        def apply_then_die(conn, mutations, site_id):
            real(conn, mutations, site_id)
            die()
        push._apply_all = apply_then_die
    elif point == "after_central_commit":  # committed centrally, not acknowledged locally
        service.acknowledge = die
    elif point == "mid_pull_chunk":  # rows written locally, the cursor not yet
        real_apply = pull.apply_rows
        def apply_then_die(local, rows):
            real_apply(local, rows)
            die()
        pull.apply_rows = apply_then_die
    service.synchronise(make_engine(sqlite_url(site_db)), make_engine(central_url), push_batch_size=3,
                        pull_chunk_size=5)
    os._exit(0)
""")


@pytest.fixture
def fleet(pg_engine, tmp_path):
    fleet = make_fleet(pg_engine, tmp_path)
    yield fleet
    fleet.dispose()


def _write(fleet, pc: str, n: int) -> None:
    for i in range(n):
        with fleet.uow(pc, "dr.bernard") as uow:
            write_note(uow, NoteInput(patient_id=fleet.cabinet.patient_ids[i % 4], reason=f"{pc} {i}",
                                      site_id=fleet.cabinet.site_id))
            uow.commit()


def _crash(fleet, pc: str, point: str) -> int:
    url = fleet.central.url.render_as_string(hide_password=False)
    db = fleet.folder / f"{pc}.sqlite3"
    return subprocess.run([sys.executable, "-c", CHILD, str(db), url, point], timeout=120).returncode


def _same_everywhere(fleet) -> None:
    ids = {}
    for where in ("central", "nieul", "parent"):
        engine = fleet.central if where == "central" else fleet.pcs[where]
        with engine.connect() as conn:
            from sqlalchemy import text
            rows = [str(r[0]).replace("-", "") for r in conn.execute(text("SELECT id FROM consultation_notes"))]
        assert len(rows) == len(set(rows)), where
        ids[where] = set(rows)
    assert ids["central"] == ids["nieul"] == ids["parent"]


@pytest.mark.parametrize("point", ["after_outbox_write", "before_central_commit", "after_central_commit",
                                   "mid_pull_chunk"])
def test_killed_anywhere_then_synced_again_nothing_lost_nothing_twice(fleet, point):
    _write(fleet, "parent", 4)
    fleet.sync("parent")  # something to pull at Nieul
    book_one(fleet)
    _write(fleet, "nieul", 7)
    if point == "after_outbox_write":  # the change is committed with its outbox row; the PC dies
        assert status(fleet.nieul).pending > 0
    else:
        assert _crash(fleet, "nieul", point) == 3
    report = fleet.sync("nieul")
    fleet.sync("parent")
    _same_everywhere(fleet)
    assert fleet.scalar("central", "SELECT count(*) FROM consultation_notes") == 11
    assert fleet.scalar("central", "SELECT count(*) FROM appointments") == 1
    assert status(fleet.nieul).pending == 0
    if point == "after_central_commit":
        assert report.duplicates > 0  # the unacknowledged batch came again and changed nothing
    assert fleet.scalar("central", "SELECT count(*) - count(DISTINCT mutation_id) FROM sync_applied_mutations") == 0
