"""The demo cabinet: its places, people and accounts, valid and plausible patients, the same
patients for the same seed."""

from __future__ import annotations

import random
import uuid
from collections import Counter
from datetime import date
from pathlib import Path

import pytest
from argon2 import PasswordHasher

from cabinet_app.config import open_database
from cabinet_app.db import Actor, UnitOfWork
from cabinet_app.demo import DEMO_LOGINS, DEMO_PASSWORD, PatientGenerator, build_demo, create_demo_database
from cabinet_app.demo.staff import NIEUL, PARENT, SAINTE_FLAIVE
from cabinet_app.errors import AlreadyInitialised, NotACabinetDatabase
from cabinet_app.identifiers import nir_problem
from cabinet_app.planning.model import PractitionerStatus, SiteKind
from cabinet_app.planning.services import list_practitioners, list_sites
from cabinet_app.records.model import Sex
from cabinet_app.records.services import PatientInfo, patient_problems, search_patients
from cabinet_app.security import services as security_services
from cabinet_app.security.permissions import Role
from cabinet_app.security.services import authenticate, list_users
from cabinet_app.settings import LOCAL_SITE_ID

PATIENTS = 150


@pytest.fixture(scope="module")
def demo_build(tmp_path_factory: pytest.TempPathFactory):
    engine = open_database(tmp_path_factory.mktemp("demo") / "demo.sqlite3")
    summary = build_demo(engine, patients=PATIENTS, seed=2024, today=date(2026, 11, 25))
    yield engine, summary
    engine.dispose()


@pytest.fixture
def demo_engine(demo_build):
    return demo_build[0]


def all_patients(engine) -> list[PatientInfo]:
    reader = Actor(user_id=None, site_id=None, login="test", role=Role.SECRETARY.value)
    with UnitOfWork(engine, actor=reader) as uow:
        return search_patients(uow, "", limit=100_000)


def generator(seed: int) -> PatientGenerator:
    sites = {key: uuid.UUID(int=i) for i, key in enumerate((PARENT, NIEUL, SAINTE_FLAIVE))}
    return PatientGenerator(random.Random(seed), site_ids=sites, titular_ids=[uuid.UUID(int=9)])


def test_three_sites_a_parent_and_two_secondary_cabinets(demo_engine) -> None:
    with UnitOfWork(demo_engine) as uow:
        sites = {s.name: s for s in list_sites(uow)}
        local = uow.settings.get(LOCAL_SITE_ID)
    parent = sites["Maison de santé du Bocage"]
    nieul = sites["Cabinet secondaire de Nieul-le-Dolent"]
    never_alone = sites["Cabinet collectif de Sainte-Flaive-des-Loups"]
    assert len(sites) == 3
    assert (parent.kind, parent.city, parent.postal_code, parent.min_practitioners) == (
        SiteKind.PARENT, "La Roche-sur-Yon", "85000", 2)
    assert (nieul.kind, nieul.postal_code, nieul.min_practitioners) == (SiteKind.SECONDARY, "85430", 1)
    assert never_alone.min_practitioners == 2
    assert nieul.parent_site_id == never_alone.parent_site_id == parent.id
    assert nieul.works_by_week and not never_alone.works_by_week
    assert local == str(nieul.id)


def test_the_demo_comes_with_its_rota(demo_build) -> None:
    summary = demo_build[1]
    assert (summary.sites, summary.practitioners, summary.users, summary.patients) == (3, 13, 15, PATIENTS)
    assert summary.shifts > 500  # a year: the titulars' weeks, Nieul's rotation, Sainte-Flaive's vacations


def test_practitioners_and_accounts_have_the_expected_roles(demo_engine) -> None:
    with UnitOfWork(demo_engine) as uow:
        practitioners = list_practitioners(uow)
        users = {u.login: u for u in list_users(uow)}
    statuses = Counter(p.status for p in practitioners)
    assert statuses == {PractitionerStatus.TITULAR: 2, PractitionerStatus.REPLACEMENT: 8,
                        PractitionerStatus.INTERN: 2, PractitionerStatus.SALARIED: 1}
    titulars = {p.id for p in practitioners if p.status is PractitionerStatus.TITULAR}
    assert all(p.supervisor_id in titulars for p in practitioners if p.status is PractitionerStatus.INTERN)
    assert len({p.rpps for p in practitioners}) == len(practitioners)

    assert set(users) == {d.login for d in DEMO_LOGINS}
    assert {d.login: d.role for d in DEMO_LOGINS} == {login: u.role for login, u in users.items()}
    assert {login for login, u in users.items() if u.is_admin} == {"admin", "dr.bernard"}
    assert (users["secretaire"].display_name, users["secretaire"].role) == ("Sophie Morel", Role.SECRETARY)
    assert users["admin"].display_name == "Administratrice"
    assert {u.role for u in users.values() if u.login.startswith("interne.")} == {Role.INTERN}
    assert all(u.practitioner_id for u in users.values() if u.role.is_clinician)
    assert len({u.practitioner_id for u in users.values() if u.practitioner_id}) == len(practitioners)


@pytest.mark.parametrize("login", ["admin", "secretaire", "dr.bernard", "interne.faure"])
def test_demo_logins_open_with_the_documented_password(demo_engine, login: str) -> None:
    with UnitOfWork(demo_engine) as uow:
        session = authenticate(uow, login=login, password=DEMO_PASSWORD)
    assert session.user.login == login
    assert session.site_id is not None


def test_every_patient_is_valid_with_a_consistent_nir(demo_engine) -> None:
    patients = all_patients(demo_engine)
    assert len(patients) == PATIENTS
    with_nir = [p for p in patients if p.nir]
    assert len(with_nir) >= 0.9 * PATIENTS
    for p in with_nir:
        assert nir_problem(p.nir, sex=p.sex.value, birth_date=p.birth_date) is None, p
        assert p.nir[5:10] == p.birth_place_insee
    assert len({p.nir for p in with_nir}) == len(with_nir)
    assert sum(p.gp_practitioner_id is not None for p in patients) >= 0.75 * PATIENTS
    assert {p.postal_code[:2] for p in patients} == {"85"}


def test_generated_patients_are_plausible() -> None:
    patients = list(generator(1).patients(3000))
    assert all(patient_problems(p) == {} for p in patients)
    assert all(nir_problem(p.nir, sex=str(p.sex), birth_date=p.birth_date) is None for p in patients if p.nir)
    assert len({p.nir for p in patients if p.nir}) == sum(1 for p in patients if p.nir)
    years = [p.birth_date.year for p in patients]
    assert min(years) < 1935 and max(years) > 2020
    corsica = [p for p in patients if p.birth_place_insee[:2] in ("2A", "2B", "20")]
    assert any(p.nir[5:7] in ("2A", "2B") for p in corsica if p.nir)
    assert all((p.nir[5:7] == "20") == (p.birth_date.year < 1976) for p in corsica if p.nir)
    married = [p for p in patients if p.sex is Sex.FEMALE and p.used_name]
    assert len(married) > 300 and all(p.used_name != p.birth_name for p in married)
    assert any("-" in p.first_names for p in patients) and any("é" in p.first_names for p in patients)
    assert all(p.phone == "" or p.phone.startswith(("06 39 98", "02 61 91")) for p in patients)


def test_same_seed_same_patients_other_seed_other_patients() -> None:
    assert list(generator(42).patients(300)) == list(generator(42).patients(300))
    assert list(generator(42).patients(300)) != list(generator(43).patients(300))


def test_the_database_holds_the_generated_patients_for_the_seed(demo_engine) -> None:
    stored = {(p.birth_name, p.first_names, p.birth_date, p.nir) for p in all_patients(demo_engine)}
    expected = {(p.birth_name.upper(), p.first_names, p.birth_date, p.nir or None)
                for p in generator(2024).patients(PATIENTS)}
    assert stored == expected


def test_demo_refuses_a_database_that_already_has_accounts(demo_engine) -> None:
    with pytest.raises(AlreadyInitialised):
        build_demo(demo_engine, patients=1)


def test_create_demo_database_never_replaces_another_file(tmp_path: Path) -> None:
    other = tmp_path / "notes.txt"
    other.write_text("pas une base", encoding="utf-8")
    with pytest.raises(NotACabinetDatabase):
        create_demo_database(other, replace=True, patients=1, planning=False)
    assert other.read_text(encoding="utf-8") == "pas une base"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["notes.txt"]


def test_create_demo_database_replaces_a_cabinet_only_when_asked(tmp_path: Path, monkeypatch) -> None:
    cheap = PasswordHasher(time_cost=1, memory_cost=8, parallelism=1)  # argon2 still, but fast
    monkeypatch.setattr(security_services, "hash_password", cheap.hash)
    path = tmp_path / "cabinet.sqlite3"
    create_demo_database(path, patients=2, planning=False)
    with pytest.raises(AlreadyInitialised):
        create_demo_database(path, patients=3, planning=False)
    create_demo_database(path, replace=True, patients=3, planning=False)
    engine = open_database(path)
    try:
        assert len(all_patients(engine)) == 3
    finally:
        engine.dispose()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["cabinet.sqlite3"]


def test_the_command_line_defaults_are_the_demo_defaults() -> None:
    from cabinet_app.cli import parse_args
    from cabinet_app.demo import DEFAULT_PATIENTS, DEFAULT_SEED

    args = parse_args(["demo"])
    assert (args.patients, args.seed, args.force) == (DEFAULT_PATIENTS, DEFAULT_SEED, False)
