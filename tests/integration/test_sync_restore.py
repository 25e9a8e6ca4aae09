"""The central database restored, site clocks off by a day, and the site role (issue 7)."""

from __future__ import annotations

import uuid
from datetime import timedelta

import pytest
from sqlalchemy import text
from sqlalchemy import exc as sa_exc
from sqlalchemy.engine import make_url

from cabinet_app.db import make_engine
from cabinet_app.records.model import Patient
from cabinet_app.records.services import PatientInput, open_patient, update_patient
from cabinet_app.sync.central import central_init
from cabinet_app.sync.conflicts import list_conflicts
from cabinet_app.sync.service import status, synchronise
from tests.sync_support import book_one, make_fleet


@pytest.fixture
def fleet(pg_engine, tmp_path):
    fleet = make_fleet(pg_engine, tmp_path)
    yield fleet
    fleet.dispose()


def _phone(fleet, pc, pid, phone):
    with fleet.uow(pc) as uow:
        info = open_patient(uow, pid)
        fields = {f: getattr(info, f) for f in PatientInput.__dataclass_fields__ if hasattr(info, f)}
        update_patient(uow, pid, PatientInput(**{**fields, "phone": phone}))
        uow.commit()


def test_a_restored_central_database_gets_back_what_it_lost_from_the_sites(fleet, pg_server):
    """The central database is restored from a copy taken before Nieul's last sync: the site
    notices the new generation, sends everything it has again, keeps its outbox, and pulls anew."""
    source = fleet.central.url.database
    fleet.central.dispose()
    restored = f"restored_{uuid.uuid4().hex[:8]}"
    with make_engine(pg_server.url(), isolation_level="AUTOCOMMIT").connect() as admin:
        admin.execute(text(f'CREATE DATABASE "{restored}" TEMPLATE "{source}"'))  # the backup
    appointment = book_one(fleet)  # after the backup
    fleet.sync("nieul")
    _phone(fleet, "nieul", fleet.cabinet.patient_ids[0], "0600000009")  # pending, not yet sent

    backup = make_engine(make_url(fleet.central.url).set(database=restored))
    try:
        with backup.connect() as conn:
            assert conn.execute(text("SELECT count(*) FROM appointments")).scalar() == 0
        report = synchronise(fleet.nieul, backup)
        assert report.generation_changed
        with backup.connect() as conn:
            assert conn.execute(text("SELECT count(*) FROM appointments WHERE id = :id"),
                                {"id": appointment}).scalar() == 1
            assert conn.execute(text("SELECT phone FROM patients WHERE id = :id"),
                                {"id": fleet.cabinet.patient_ids[0]}).scalar() == "0600000009"
        assert status(fleet.nieul).pending == 0
        assert not synchronise(fleet.nieul, backup).generation_changed
        central_init(backup)  # re-initialised after the restore: one more re-bootstrap, nothing lost
        assert synchronise(fleet.nieul, backup).generation_changed
        with backup.connect() as conn:
            assert conn.execute(text("SELECT count(*) FROM appointments")).scalar() == 1
    finally:
        backup.dispose()


def test_site_clocks_a_day_off_decide_nothing(fleet, monkeypatch):
    """Nieul's clock runs a day ahead, the parent's a day behind: the parent's edit reaches the
    central database first, so it wins, whatever the timestamps say."""
    import cabinet_app.db as db

    real = db.utcnow
    pid = fleet.cabinet.patient_ids[1]
    monkeypatch.setattr(db, "utcnow", lambda: real() + timedelta(days=1))
    _phone(fleet, "nieul", pid, "0611111111")
    monkeypatch.setattr(db, "utcnow", lambda: real() - timedelta(days=1))
    _phone(fleet, "parent", pid, "0622222222")
    monkeypatch.setattr(db, "utcnow", real)
    fleet.sync("parent")
    fleet.sync("nieul")
    assert fleet.scalar("central", "SELECT phone FROM patients WHERE id = :id", id=pid) == "0622222222"
    with fleet.uow("nieul") as uow:
        [conflict] = list_conflicts(uow)
    assert conflict.mine["phone"] == "0611111111" and conflict.theirs["phone"] == "0622222222"


def test_a_site_login_role_syncs_but_cannot_delete_nor_change_the_schema(fleet, pg_server):
    role = f"site_{uuid.uuid4().hex[:8]}"
    with fleet.central.begin() as conn:
        conn.execute(text(f"CREATE ROLE {role} LOGIN IN ROLE cabinet_site"))
    as_site = make_engine(make_url(fleet.central.url).set(username=role))
    try:
        book_one(fleet)
        report = synchronise(fleet.nieul, as_site)
        assert report.pushed > 0
        with pytest.raises(sa_exc.ProgrammingError):
            with as_site.begin() as conn:
                conn.execute(text("DELETE FROM sync_change_log"))
        with pytest.raises(sa_exc.ProgrammingError):
            with as_site.begin() as conn:
                conn.execute(text("DROP TABLE patients"))
        with pytest.raises(sa_exc.ProgrammingError):
            with as_site.begin() as conn:
                conn.execute(Patient.__table__.delete())
    finally:
        as_site.dispose()


def test_truncating_a_shared_table_at_the_parent_is_refused(fleet):
    for name in ("patients", "appointments", "consultation_notes"):
        with pytest.raises(sa_exc.DBAPIError):
            with fleet.central.begin() as conn:
                conn.execute(text(f"TRUNCATE {name} CASCADE"))
    assert fleet.scalar("central", "SELECT count(*) FROM patients") == 4
