"""A year of the demo cabinet's rota (six months back, six months ahead), built through the
planning services so that every shift passes the rules:

* the parent practice: both titulars all week, except Dr Lambert's two summer weeks;
* Nieul-le-Dolent: one replacement a week (Médecins Solidaires' rotation), Monday 8:00 to
  Saturday noon, under a replacement contract;
* Sainte-Flaive-des-Loups ("never alone": two present): half-day *vacations* of replacements, a
  salaried doctor and the interns (their supervisors are at the parent practice);
* a few gaps left in the coming weeks for the secretary to see, and availabilities for the next
  two months so that auto-fill has something to propose.
"""

from __future__ import annotations

import random
import uuid
from datetime import date, time, timedelta

from ..db import UnitOfWork
from ..errors import PlanningRefused, PlanningWarning
from ..planning.calendar import at, days
from ..planning.rota_services import (
    ShiftInput,
    add_availability,
    add_contract,
    create_shift,
    site_calendar,
)
from . import staff

NIEUL_ROTATION = ("dr.petit", "dr.moreau", "dr.girard", "dr.chevalier", "dr.lemoine")
FLAIVE_POOL = ("dr.guerin", "dr.fontaine", "dr.rousseau", "dr.benali", "interne.roux", "interne.faure",
               "dr.lemoine")
REPLACEMENTS = tuple(p.login for p in staff.PRACTITIONERS if p.status.value == "remplacant")


def _week(uow: UnitOfWork, site_id: uuid.UUID, who: uuid.UUID, monday: date, *, from_day: int = 0) -> bool:
    start = at(monday + timedelta(days=from_day), time(8))
    end = at(monday + timedelta(days=5), time(12))
    try:
        create_shift(uow, ShiftInput(site_id, who, start, end, note="Semaine de rotation"), accept_warnings=True)
    except PlanningRefused:
        return False
    return True


def build_demo_planning(uow: UnitOfWork, *, site_ids: dict[str, uuid.UUID],
                        practitioner_ids: dict[str, uuid.UUID], today: date, seed: int) -> int:
    """Create the demo rota; returns the number of shifts."""
    rng = random.Random(seed + 1)
    first_monday = today - timedelta(days=today.weekday()) - timedelta(weeks=26)
    last_monday = first_monday + timedelta(weeks=52)
    parent, nieul, flaive = site_ids[staff.PARENT], site_ids[staff.NIEUL], site_ids[staff.SAINTE_FLAIVE]
    titular = practitioner_ids["dr.bernard"]
    for login in REPLACEMENTS:
        add_contract(uow, practitioner_id=practitioner_ids[login], titular_id=titular,
                     starts_on=first_monday - timedelta(days=30), ends_on=last_monday + timedelta(days=30))
    count = 0
    summer = date(today.year if today.month >= 6 else today.year - 1, 8, 1)
    lambert_off = {summer + timedelta(days=d) for d in range(14)}
    this_monday = today - timedelta(days=today.weekday())
    monday = first_monday
    while monday <= last_monday:
        for login in ("dr.bernard", "dr.lambert"):
            if login == "dr.lambert" and monday in {m - timedelta(days=m.weekday()) for m in lambert_off}:
                continue
            count += _week(uow, parent, practitioner_ids[login], monday)
        week_index = (monday - first_monday).days // 7
        doctor = practitioner_ids[NIEUL_ROTATION[week_index % len(NIEUL_ROTATION)]]
        late_start = 1 if monday == this_monday + timedelta(weeks=2) else 0  # a Monday left uncovered
        if monday != this_monday + timedelta(weeks=5):  # a whole week nobody took yet
            count += _week(uow, nieul, doctor, monday, from_day=late_start)
        monday += timedelta(weeks=1)
    count += _flaive_vacations(uow, flaive, practitioner_ids, first_monday, last_monday, today, rng)
    _availabilities(uow, practitioner_ids, today, rng)
    return count


def _flaive_vacations(uow: UnitOfWork, site_id: uuid.UUID, practitioner_ids: dict[str, uuid.UUID],
                      first: date, last: date, today: date, rng: random.Random) -> int:
    calendar = site_calendar(uow, uow.sites.get(site_id), first, last + timedelta(days=6))
    count = 0
    for day in days(first, last + timedelta(days=5)):
        for period in calendar.periods_on(day):
            soon = today <= day <= today + timedelta(days=30)
            wanted = 1 if soon and rng.random() < 0.12 else 2  # a few gaps ahead ("never alone")
            pool = list(FLAIVE_POOL)
            rng.shuffle(pool)
            placed = 0
            for login in pool:
                if placed == wanted:
                    break
                try:
                    create_shift(uow, ShiftInput(site_id, practitioner_ids[login], period.start, period.end))
                except (PlanningRefused, PlanningWarning):
                    continue  # busy at Nieul that week, supervisor away, … : the next one comes
                placed += 1
            count += placed
    return count


def _availabilities(uow: UnitOfWork, practitioner_ids: dict[str, uuid.UUID], today: date,
                    rng: random.Random) -> None:
    for login in ("dr.guerin", "dr.fontaine", "dr.rousseau", "dr.lemoine", "dr.petit", "dr.moreau"):
        for day in days(today, today + timedelta(days=60)):
            if day.weekday() < 6 and rng.random() < 0.35:
                add_availability(uow, practitioner_id=practitioner_ids[login], starts_at=at(day, time(7)),
                                 ends_at=at(day, time(20)), preferred=rng.random() < 0.2,
                                 note="Saisie par le secrétariat")
        away = today + timedelta(days=rng.randrange(5, 40))
        add_availability(uow, practitioner_id=practitioner_ids[login], starts_at=at(away, time(0)),
                         ends_at=at(away + timedelta(days=3), time(0)), available=False, note="Congés")
