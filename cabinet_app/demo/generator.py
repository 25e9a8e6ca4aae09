"""Build the demo cabinet through the services (never raw inserts), in one transaction.

The people and places are fixed (:mod:`.staff`); the patients are drawn from a seeded random
generator, so the same seed always gives the same patients: names, birth dates, NIRs,
addresses. Only the generated keys (UUIDs) and timestamps differ from one build to the next.
The rota (:mod:`.planning`) spans six months around ``today``.
"""

from __future__ import annotations

import calendar
import random
import uuid
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import date, time, timedelta
from typing import Protocol, TypeVar

from sqlalchemy import Engine

from ..clock import today_paris, utcnow
from ..planning.calendar import at
from ..db import Actor, UnitOfWork
from ..identifiers import fold, nir_key
from ..planning.model import PractitionerStatus
from ..planning.services import PractitionerInput, SiteInput, create_practitioner, create_site
from ..records.model import InsStatus, Sex
from ..records.services import PatientInput, create_patient
from ..security.model import AuditAction
from ..security.permissions import Role
from ..security.services import audit, create_user, ensure_not_initialised
from ..settings import LOCAL_SITE_ID
from . import names, staff
from .appointments import build_demo_book
from .fees import build_demo_fees
from .planning import build_demo_planning
from .records import build_demo_records

DEFAULT_SEED = 85430
DEFAULT_PATIENTS = 1000
FIRST_BIRTH_YEAR = 1930
LAST_BIRTH_YEAR = 2025
CORSICA_SPLIT_YEAR = 1976  # Corsica became 2A/2B on 1 January 1976; "20" before


class _Weighted(Protocol):
    @property
    def weight(self) -> int: ...


W = TypeVar("W", bound=_Weighted)
OTHER_GPS = ("Dr Guilbaud (Les Achards)", "Dr Trichet (La Roche-sur-Yon)", "Dr Praud (Aizenay)")


@dataclass(frozen=True)
class DemoSummary:
    sites: int
    practitioners: int
    users: int
    patients: int
    shifts: int
    appointments: int
    local_site_id: uuid.UUID
    seed: int


def build_demo(engine: Engine, *, patients: int = DEFAULT_PATIENTS, seed: int = DEFAULT_SEED,
               planning: bool = True, today: date | None = None) -> DemoSummary:
    """Fill an empty (migrated) Cabinet database with the demo cabinet: sites, people, accounts,
    ``patients`` patients and, with ``planning``, a year of rota around ``today``. Refuses a
    database that already has accounts (:class:`~cabinet_app.errors.AlreadyInitialised`)."""
    builder = Actor(user_id=None, site_id=None, login="demo", role=Role.SECRETARY.value, is_admin=True)
    with UnitOfWork(engine, actor=builder) as uow:
        ensure_not_initialised(uow)
        site_ids = _create_sites(uow)
        local_site_id = site_ids[staff.LOCAL_SITE]
        uow.settings.set(LOCAL_SITE_ID, str(local_site_id))
        # from here on, rows are stamped as written on this PC (origin: the local site)
        uow.session.info["actor"] = Actor(  # type: ignore[union-attr]
            user_id=None, site_id=local_site_id, login="demo", role=Role.SECRETARY.value, is_admin=True
        )
        practitioner_ids = _create_practitioners(uow, site_ids)
        users = _create_accounts(uow, practitioner_ids)
        generator = PatientGenerator(random.Random(seed), site_ids=site_ids,
                                     titular_ids=_titular_ids(practitioner_ids))
        for data in generator.patients(patients):
            create_patient(uow, data)
        shifts = appointments = 0
        if planning:
            day = today or today_paris()
            shifts = build_demo_planning(uow, site_ids=site_ids, practitioner_ids=practitioner_ids,
                                         today=day, seed=seed)
            if patients:
                now = max(utcnow(), at(day, time(0)))
                appointments = build_demo_book(uow, first=day - timedelta(days=182), last=day + timedelta(days=60),
                                               now=now, seed=seed)
                build_demo_records(uow, site_id=site_ids[staff.NIEUL], today=day, seed=seed)
                build_demo_fees(uow, practitioner_ids=practitioner_ids, today=day, seed=seed)
        audit(uow, AuditAction.SETUP, target="Cabinet de démonstration",
              details={"demo": True, "seed": seed, "patients": patients, "shifts": shifts,
                       "appointments": appointments})
        uow.commit()
    return DemoSummary(sites=len(site_ids), practitioners=len(practitioner_ids), users=users,
                       patients=patients, shifts=shifts, appointments=appointments, local_site_id=local_site_id, seed=seed)


def _create_sites(uow: UnitOfWork) -> dict[str, uuid.UUID]:
    ids: dict[str, uuid.UUID] = {}
    for site in staff.SITES:
        ids[site.key] = create_site(uow, SiteInput(
            name=site.name, kind=site.kind, address_line=site.address_line,
            postal_code=site.postal_code, city=site.city, phone=site.phone,
            min_practitioners=site.min_practitioners, works_by_week=site.works_by_week,
            parent_site_id=ids[site.parent_key] if site.parent_key else None,
        )).value.id
    return ids


def _create_practitioners(uow: UnitOfWork, site_ids: dict[str, uuid.UUID]) -> dict[str, uuid.UUID]:
    ids: dict[str, uuid.UUID] = {}
    for p in staff.PRACTITIONERS:  # titulars come first: interns point to their supervisor
        email = f"{fold(p.first_name)}.{fold(p.last_name)}@example.org".replace(" ", "-")
        ids[p.login] = create_practitioner(uow, PractitionerInput(
            first_name=p.first_name, last_name=p.last_name, rpps=p.rpps, status=p.status,
            supervisor_id=ids[p.supervisor_login] if p.supervisor_login else None,
            home_site_id=site_ids[p.home_site] if p.home_site else None, email=email,
        )).value.id
    return ids


def _create_accounts(uow: UnitOfWork, practitioner_ids: dict[str, uuid.UUID]) -> int:
    for account in staff.ACCOUNTS:
        create_user(uow, login=account.login, display_name=account.display_name, role=account.role,
                    password=staff.DEMO_PASSWORD, is_admin=account.is_admin)
    for p in staff.PRACTITIONERS:
        title = "" if p.status.needs_supervisor else "Dr "
        create_user(uow, login=p.login, display_name=f"{title}{p.first_name} {p.last_name}",
                    role=staff.ROLE_OF_STATUS[p.status], password=staff.DEMO_PASSWORD,
                    practitioner_id=practitioner_ids[p.login], is_admin=p.is_admin)
    return len(staff.ACCOUNTS) + len(staff.PRACTITIONERS)


def _titular_ids(practitioner_ids: dict[str, uuid.UUID]) -> list[uuid.UUID]:
    return [practitioner_ids[p.login] for p in staff.PRACTITIONERS if p.status is PractitionerStatus.TITULAR]


class PatientGenerator:
    """Plausible patients of a rural secondary cabinet, drawn from a seeded generator."""

    def __init__(self, rng: random.Random, *, site_ids: dict[str, uuid.UUID],
                 titular_ids: list[uuid.UUID]) -> None:
        self.rng = rng
        self.site_ids = site_ids
        self.titular_ids = titular_ids
        self.used_nirs: set[str] = set()
        self._years = list(range(FIRST_BIRTH_YEAR, LAST_BIRTH_YEAR + 1))
        # fewer of the very old; a rural practice sees many families and retired people
        self._year_weights = [4 if y < 1940 else 8 if y < 1950 else 10 for y in self._years]

    def patients(self, count: int) -> Iterator[PatientInput]:
        for _ in range(count):
            yield self.patient()

    def patient(self) -> PatientInput:
        rng = self.rng
        sex = Sex.FEMALE if rng.random() < 0.52 else Sex.MALE
        birth = self._birth_date()
        birth_name = rng.choice(names.SURNAMES)
        first_names = self._first_names(sex, birth.year)
        used_name = self._used_name(sex, birth, birth_name)
        used_first_name = ""
        if " " in first_names and rng.random() < 0.05:  # called by the second first name
            used_first_name = first_names.split(" ")[1]
        place = self._weighted(names.BIRTH_PLACES)
        insee = place.insee
        if insee.startswith("2A") or insee.startswith("2B"):
            insee = insee if birth.year >= CORSICA_SPLIT_YEAR else "20" + insee[2:]
        nir = self._nir(sex, birth, insee) if rng.random() < 0.98 else ""
        ins_status = self._ins_status() if nir else InsStatus.NONE
        home = self._weighted(names.RESIDENCES)
        gp_id, gp_name = self._gp()
        return PatientInput(
            birth_name=birth_name, first_names=first_names, birth_date=birth, sex=sex,
            used_name=used_name, used_first_name=used_first_name, birth_place_insee=insee, nir=nir,
            ins_status=ins_status, address_line=self._address(), postal_code=home.postal_code,
            city=home.name, phone=self._phone(), email=self._email(first_names, used_name or birth_name),
            gp_practitioner_id=gp_id, gp_name=gp_name, site_id=self._site(home),
        )

    # --- identity ---------------------------------------------------------------------------
    def _birth_date(self) -> date:
        year = self.rng.choices(self._years, weights=self._year_weights)[0]
        month = self.rng.randint(1, 12)
        day = self.rng.randint(1, calendar.monthrange(year, month)[1])
        return date(year, month, day)

    def _first_names(self, sex: Sex, year: int) -> str:
        pool = names.FEMALE_FIRST_NAMES if sex is Sex.FEMALE else names.MALE_FIRST_NAMES
        generation = next(pool[limit] for limit in sorted(pool) if year <= limit)
        chosen = [self.rng.choice(generation)]
        for _ in range(self.rng.choice((0, 1, 1, 2))):  # civil registers often hold 2 or 3
            extra = self.rng.choice(generation)
            if extra not in chosen:
                chosen.append(extra)
        return " ".join(chosen)

    def _used_name(self, sex: Sex, birth: date, birth_name: str) -> str:
        """Many married women use their husband's name (nom d'usage); a few a double name."""
        if sex is not Sex.FEMALE or birth.year > 2000 or self.rng.random() > 0.55:
            return ""
        spouse = self.rng.choice([n for n in names.SURNAMES if n != birth_name])
        if self.rng.random() < 0.1 and "-" not in spouse + birth_name:
            return f"{spouse}-{birth_name}"
        return spouse

    def _nir(self, sex: Sex, birth: date, insee: str) -> str:
        """A NIR consistent with sex, birth year and month and birth commune, unique in the demo."""
        while True:
            order = self.rng.randint(1, 999)
            first13 = f"{'1' if sex is Sex.MALE else '2'}{birth.year % 100:02d}{birth.month:02d}{insee}{order:03d}"
            if first13 not in self.used_nirs:
                self.used_nirs.add(first13)
                return first13 + nir_key(first13)

    def _ins_status(self) -> InsStatus:
        draw = self.rng.random()
        if draw < 0.45:
            return InsStatus.QUALIFIED
        if draw < 0.55:
            return InsStatus.RECOVERED
        if draw < 0.60:
            return InsStatus.VALIDATED
        return InsStatus.NONE

    # --- contacts and care ----------------------------------------------------------------------
    def _address(self) -> str:
        if self.rng.random() < 0.15:
            return f"lieu-dit {self.rng.choice(names.HAMLETS)}"
        number = self.rng.randint(1, 60)
        suffix = " bis" if self.rng.random() < 0.04 else ""
        return f"{number}{suffix} {self.rng.choice(names.STREETS)}"

    def _phone(self) -> str:
        if self.rng.random() < 0.05:
            return ""
        prefix = self.rng.choice(names.PHONE_PREFIXES)
        return f"{prefix} {self.rng.randint(0, 99):02d} {self.rng.randint(0, 99):02d}"

    def _email(self, first_names: str, name: str) -> str:
        if self.rng.random() > 0.35:
            return ""
        local = f"{fold(first_names.split(' ')[0])}.{fold(name)}".replace(" ", "-")
        return f"{local}@example.org"

    def _gp(self) -> tuple[uuid.UUID | None, str]:
        """Most patients declared a titular of the practice as their *médecin traitant*; a few
        kept one elsewhere; some have none yet."""
        draw = self.rng.random()
        if draw < 0.88:
            return self.rng.choice(self.titular_ids), ""
        if draw < 0.94:
            return None, self.rng.choice(OTHER_GPS)
        return None, ""

    def _site(self, home: names.Commune) -> uuid.UUID:
        if home.postal_code == "85150":
            return self.site_ids[staff.SAINTE_FLAIVE]
        if home.postal_code == "85000":
            return self.site_ids[staff.PARENT]
        return self.site_ids[staff.NIEUL]

    def _weighted(self, items: Sequence[W]) -> W:
        return self.rng.choices(items, weights=[i.weight for i in items])[0]
