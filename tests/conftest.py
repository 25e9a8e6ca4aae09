"""Shared fixtures. Data is built through the services, never by raw inserts."""

from __future__ import annotations

import os
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import keyring
import pytest
from keyring.backend import KeyringBackend

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from cabinet_app.config import open_database  # noqa: E402
from cabinet_app.db import SYSTEM, Actor, UnitOfWork  # noqa: E402
from cabinet_app.first_run import FirstAdmin, initialise_cabinet  # noqa: E402
from cabinet_app.identifiers import nir_key  # noqa: E402
from cabinet_app.planning.model import PractitionerStatus, SiteKind  # noqa: E402
from cabinet_app.planning.services import (  # noqa: E402
    PractitionerInput,
    SiteInput,
    create_practitioner,
    create_site,
)
from cabinet_app.records.services import PatientInput, create_patient  # noqa: E402
from cabinet_app.security.permissions import Role  # noqa: E402
from cabinet_app.security.services import SessionUser, authenticate, create_user  # noqa: E402

PASSWORD = "motdepasse-test"


class MemoryKeyring(KeyringBackend):
    """An in-memory keyring: tests never touch the system's."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.store: dict[tuple[str, str], str] = {}

    def set_password(self, service: str, username: str, password: str) -> None:
        self.store[(service, username)] = password

    def get_password(self, service: str, username: str) -> str | None:
        return self.store.get((service, username))

    def delete_password(self, service: str, username: str) -> None:
        from keyring.errors import PasswordDeleteError

        if self.store.pop((service, username), None) is None:
            raise PasswordDeleteError(username)


@pytest.fixture(autouse=True, scope="session")
def fast_password_hashing():
    """Argon2 with tiny costs in tests: the same code path, a hundred times faster."""
    from argon2 import PasswordHasher

    from cabinet_app.security import passwords

    previous = passwords._hasher
    passwords._hasher = PasswordHasher(time_cost=1, memory_cost=64, parallelism=1)
    yield
    passwords._hasher = previous


@pytest.fixture(autouse=True)
def memory_keyring() -> Iterator[MemoryKeyring]:
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "cabinet.sqlite3"


@pytest.fixture
def engine(db_path: Path):
    eng = open_database(db_path)
    yield eng
    eng.dispose()


def make_nir(sex: str, birth: date, department: str = "85", commune: str = "163", order: int = 42) -> str:
    first13 = f"{'1' if sex == 'M' else '2'}{birth.year % 100:02d}{birth.month:02d}{department}{commune}{order:03d}"
    return first13 + nir_key(first13)


@dataclass(frozen=True)
class SmallCabinet:
    """A parent practice, one secondary cabinet, one user of each role, a few patients."""

    engine: object
    parent_id: object
    site_id: object
    titular_id: object
    replacement_id: object
    intern_id: object
    patient_ids: tuple
    logins: dict

    def login(self, login: str) -> SessionUser:
        with UnitOfWork(self.engine) as uow:  # type: ignore[arg-type]
            return authenticate(uow, login=login, password=PASSWORD)

    def uow(self, login: str = "admin") -> UnitOfWork:
        return UnitOfWork(self.engine, actor=self.login(login).actor)  # type: ignore[arg-type]


PATIENTS = [
    ("DUPONT", "Hélène Marie", date(1969, 2, 3), "F"),
    ("MARTIN", "Jean", date(1950, 7, 14), "M"),
    ("LEFÈVRE", "Éloïse", date(2019, 11, 30), "F"),
    ("GARCIA", "Noël", date(1988, 12, 25), "M"),
]


def build_small_cabinet(engine) -> SmallCabinet:
    with UnitOfWork(engine) as uow:
        admin = initialise_cabinet(
            uow,
            site=SiteInput(name="Cabinet secondaire de Nieul", kind=SiteKind.SECONDARY, postal_code="85430",
                           city="Nieul-le-Dolent"),
            admin=FirstAdmin(display_name="Administratrice", login="admin", password=PASSWORD),
        ).value
    with UnitOfWork(engine, actor=Actor(user_id=admin.id, site_id=None, login="admin", is_admin=True,
                                        role=Role.SECRETARY.value)) as uow:
        site_id = [s for s in uow.sites.list()][0].id
        parent = create_site(uow, SiteInput(name="Pôle mère de la Roche", kind=SiteKind.PARENT,
                                            postal_code="85000", min_practitioners=2)).value
        titular = create_practitioner(uow, PractitionerInput(
            first_name="Claire", last_name="Bernard", rpps="10003456789", status=PractitionerStatus.TITULAR,
            home_site_id=parent.id)).value
        replacement = create_practitioner(uow, PractitionerInput(
            first_name="Hugo", last_name="Petit", rpps="10004567890", status=PractitionerStatus.REPLACEMENT)).value
        intern = create_practitioner(uow, PractitionerInput(
            first_name="Inès", last_name="Roux", rpps="10005678901", status=PractitionerStatus.INTERN,
            supervisor_id=titular.id)).value
        create_user(uow, login="secretaire", display_name="Sophie Secrétaire", role=Role.SECRETARY,
                    password=PASSWORD)
        create_user(uow, login="dr.bernard", display_name="Dr Claire Bernard", role=Role.TITULAR,
                    password=PASSWORD, practitioner_id=titular.id)
        create_user(uow, login="dr.petit", display_name="Dr Hugo Petit", role=Role.REPLACEMENT,
                    password=PASSWORD, practitioner_id=replacement.id)
        create_user(uow, login="ines.roux", display_name="Inès Roux (interne)", role=Role.INTERN,
                    password=PASSWORD, practitioner_id=intern.id)
        patient_ids = []
        for i, (name, first, birth, sex) in enumerate(PATIENTS):
            patient_ids.append(create_patient(uow, PatientInput(
                birth_name=name, first_names=first, birth_date=birth, sex=sex,
                nir=make_nir(sex, birth, order=100 + i), site_id=site_id)).value.id)
        uow.commit()
    return SmallCabinet(
        engine=engine, parent_id=parent.id, site_id=site_id, titular_id=titular.id,
        replacement_id=replacement.id, intern_id=intern.id, patient_ids=tuple(patient_ids),
        logins={"admin": Role.SECRETARY, "secretaire": Role.SECRETARY, "dr.bernard": Role.TITULAR,
                "dr.petit": Role.REPLACEMENT, "ines.roux": Role.INTERN},
    )


@pytest.fixture
def cabinet(engine) -> SmallCabinet:
    return build_small_cabinet(engine)


__all__ = ["PASSWORD", "SYSTEM", "make_nir", "SmallCabinet", "build_small_cabinet"]


@pytest.fixture(scope="session")
def pg_server():
    """A real, throwaway PostgreSQL server for the whole run (tests/pg.py), started on first use."""
    import shutil

    from tests.pg import start_server

    server = start_server()
    yield server
    server.stop()
    shutil.rmtree(server.data_dir.parent, ignore_errors=True)
