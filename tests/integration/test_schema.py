"""The schema on real SQLite and real PostgreSQL: migrations from empty, nothing missing from
autogenerate, sync columns, guard triggers, and refusing foreign or newer databases."""

from __future__ import annotations

import shutil
import uuid
from datetime import date
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import inspect, text
from sqlalchemy import exc as sa_exc

from cabinet_app.config import open_database
from cabinet_app.db import Actor, UnitOfWork, make_engine, sqlite_url
from cabinet_app.errors import DatabaseTooNew, NotACabinetDatabase, StaleRecord
from cabinet_app.migrations import check_database, current_revision, head_revision, include_name, upgrade
from cabinet_app.models import APPEND_ONLY_TABLES, SYNCED_TABLES, Base
from cabinet_app.records.services import PatientInput, create_patient, update_patient
from cabinet_app.security.model import AuditAction, AuditEntry
from tests.conftest import build_small_cabinet, make_nir

SYNC_COLUMNS = {"id", "row_version", "origin_site_id", "created_at", "created_by", "updated_at",
                "updated_by", "deleted_at", "deleted_by"}


@pytest.fixture(params=["sqlite", "postgresql"])
def any_engine(request, tmp_path):
    if request.param == "sqlite":
        engine = make_engine(sqlite_url(tmp_path / "schema.sqlite3"))
        yield engine
        engine.dispose()
    else:
        yield request.getfixturevalue("pg_engine")


def test_upgrade_from_empty_reaches_head(any_engine):
    assert check_database(any_engine) is None
    upgrade(any_engine)
    assert current_revision(any_engine) == head_revision()
    upgrade(any_engine)  # idempotent
    assert current_revision(any_engine) == head_revision()


def test_autogenerate_finds_no_difference(any_engine):
    upgrade(any_engine)
    with any_engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn, opts={"compare_type": True, "include_name": include_name}), Base.metadata)
    assert diff == []


def test_every_shared_table_carries_the_sync_columns(any_engine):
    upgrade(any_engine)
    inspector = inspect(any_engine)
    for table in SYNCED_TABLES:
        columns = {c["name"] for c in inspector.get_columns(table)}
        assert SYNC_COLUMNS <= columns, table
    for table in APPEND_ONLY_TABLES:
        columns = {c["name"] for c in inspector.get_columns(table)}
        assert {"id", "origin_site_id", "created_at", "created_by"} <= columns


def _audit_row(engine) -> uuid.UUID:
    with UnitOfWork(engine) as uow:
        entry = AuditEntry(login="test", action=AuditAction.LOGIN)
        uow.audit.add(entry)
        uow.commit()
        return entry.id


def test_audit_log_is_append_only_in_the_database(any_engine):
    upgrade(any_engine)
    entry_id = _audit_row(any_engine)
    key = entry_id.hex if any_engine.dialect.name == "sqlite" else str(entry_id)
    for statement in ("UPDATE audit_log SET login = 'forged' WHERE id = :id",
                      "DELETE FROM audit_log WHERE id = :id"):
        with pytest.raises(sa_exc.DatabaseError, match="append-only"):
            with any_engine.begin() as conn:
                conn.execute(text(statement), {"id": key})
    with any_engine.connect() as conn:
        assert conn.execute(text("SELECT login FROM audit_log")).scalar() == "test"


def test_shared_rows_cannot_be_hard_deleted(any_engine):
    upgrade(any_engine)
    cabinet = build_small_cabinet(any_engine)
    with pytest.raises(sa_exc.DatabaseError, match="tombstoned"):
        with any_engine.begin() as conn:
            conn.execute(text("DELETE FROM patients"))
    with cabinet.uow("secretaire") as uow:
        assert uow.patients.count() == len(cabinet.patient_ids)


def test_rows_are_stamped_with_actor_site_and_versions(any_engine):
    upgrade(any_engine)
    cabinet = build_small_cabinet(any_engine)
    secretary = cabinet.login("secretaire")
    with UnitOfWork(any_engine, actor=secretary.actor) as uow:
        created = create_patient(uow, PatientInput(
            birth_name="Moreau", first_names="Léa", birth_date=date(1990, 5, 6), sex="F",
            nir=make_nir("F", date(1990, 5, 6), order=321))).value
        uow.commit()
    assert created.row_version == 1
    with UnitOfWork(any_engine, actor=secretary.actor) as uow:
        row = uow.patients.get(created.id)
        assert row.created_by == secretary.user.id
        assert row.origin_site_id == cabinet.site_id
        assert row.created_at.tzinfo is not None
        edited = created.as_input().__class__(**{**created.as_input().__dict__, "city": "Nieul-le-Dolent"})
        updated = update_patient(uow, created.id, edited, expected_version=1).value
        uow.commit()
    assert updated.row_version == 2
    with UnitOfWork(any_engine, actor=secretary.actor) as uow, pytest.raises(StaleRecord):
        update_patient(uow, created.id, edited, expected_version=1)


def test_sqlite_pragmas(engine):
    with engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL


def test_a_file_that_is_not_a_database_is_refused_unchanged(tmp_path):
    path = tmp_path / "notes.sqlite3"
    payload = b"Ceci n'est pas une base de donnees." * 100
    path.write_bytes(payload)
    with pytest.raises(NotACabinetDatabase):
        open_database(path)
    assert path.read_bytes() == payload


def test_a_foreign_sqlite_database_is_refused_unchanged(tmp_path):
    import sqlite3

    path = tmp_path / "other.sqlite3"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE recipes (name TEXT)")
    before = path.read_bytes()
    with pytest.raises(NotACabinetDatabase):
        open_database(path)
    assert path.read_bytes() == before


def test_a_newer_database_is_refused(tmp_path):
    path = tmp_path / "future.sqlite3"
    engine = open_database(path)
    with engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '9999_from_the_future'"))
    engine.dispose()
    with pytest.raises(DatabaseTooNew):
        open_database(path)


def test_origin_site_defaults_to_the_actor_site(engine):
    site = uuid.uuid4()
    with UnitOfWork(engine, actor=Actor(user_id=None, site_id=site)) as uow:
        entry = AuditEntry(login="x", action=AuditAction.LOGIN)
        uow.audit.add(entry)
        uow.commit()
    with UnitOfWork(engine) as uow:
        assert uow.session.get(AuditEntry, entry.id).origin_site_id == site


FROZEN_0001 = Path(__file__).parent.parent / "data" / "cabinet-0001.sqlite3"


def test_a_frozen_first_version_database_upgrades_with_its_data_and_guards(tmp_path):
    path = tmp_path / "old.sqlite3"
    shutil.copy(FROZEN_0001, path)
    engine = open_database(path)
    try:
        assert current_revision(engine) == head_revision()
        with UnitOfWork(engine) as uow:
            (site,) = uow.sites.list()
            assert (site.name, site.alsace_moselle, site.works_by_week) == ("Cabinet de Nieul", False, False)
            (patient,) = uow.patients.search(words=["helene"])
            assert patient.nir == "269029934173285"
        with pytest.raises(sa_exc.DatabaseError, match="tombstoned"):
            with engine.begin() as conn:
                conn.execute(text("DELETE FROM sites"))
    finally:
        engine.dispose()
