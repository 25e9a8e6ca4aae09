"""Planning on a parent practice with three sites over five years. Targets (issue "Shared
planning"): filling a week's planning ≤ 50 ms; gaps for 90 days ≤ 100 ms; auto-fill of
3 months × 2 sites × 15 practitioners ≤ 10 s wall (optimality status reported).

The dataset (``benchmarks/out/planning-5y.sqlite3``) is generated once: 3 sites, 15
practitioners (2 titulars, 11 replacements under contract, 2 interns), five years of half-day
and week-long shifts with about 8 % of half-days left uncovered, and availabilities for the
next three months. Shifts are inserted in bulk through the ORM (the rules are exercised by the
tests; the benchmark measures reading and solving).

    .venv/bin/python benchmarks/bench_planning.py [--rebuild] [--repeat 20]
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import time
from datetime import date, timedelta
from datetime import time as clock_time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(ROOT))

from cabinet_app.config import open_database  # noqa: E402
from cabinet_app.db import Actor, UnitOfWork  # noqa: E402
from cabinet_app.fees.model import ReplacementContract  # noqa: E402
from cabinet_app.planning.calendar import DEFAULT_HOURS, SiteCalendar, at  # noqa: E402
from cabinet_app.planning.model import (  # noqa: E402
    Availability, AvailabilityKind, Practitioner, PractitionerStatus, Shift, Site, SiteKind,
)
from cabinet_app.planning.proposals import propose_rota  # noqa: E402
from cabinet_app.planning.rota_services import list_gaps  # noqa: E402
from cabinet_app.security.permissions import Role  # noqa: E402

OUT = Path(__file__).resolve().parent / "out"
DB = OUT / "planning-5y.sqlite3"
TODAY = date(2026, 11, 30)
FIRST = date(2022, 1, 3)
PLANNER = Actor(user_id=None, site_id=None, login="bench", role=Role.SECRETARY.value)


def build(path: Path) -> None:
    rng = random.Random(7)
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_suffix(".partial")
    partial.unlink(missing_ok=True)
    engine = open_database(partial)
    with UnitOfWork(engine) as uow:
        s = uow.session
        parent = Site(name="Pôle mère", kind=SiteKind.PARENT, min_practitioners=2)
        weekly = Site(name="Cabinet secondaire (semaines)", kind=SiteKind.SECONDARY, works_by_week=True)
        vacations = Site(name="Cabinet secondaire (vacations)", kind=SiteKind.SECONDARY)
        s.add_all([parent, weekly, vacations])
        s.flush()
        people = []
        for i in range(15):
            status = (PractitionerStatus.TITULAR if i < 2 else
                      PractitionerStatus.INTERN if i >= 13 else PractitionerStatus.REPLACEMENT)
            person = Practitioner(first_name=f"Prénom{i}", last_name=f"Nom{i}", rpps=f"{10000000000 + i}",
                                  status=status)
            s.add(person)
            people.append(person)
        s.flush()
        for person in people[2:13]:
            s.add(ReplacementContract(practitioner_id=person.id, starts_on=FIRST, ends_on=TODAY + timedelta(days=400)))
        calendar = SiteCalendar(DEFAULT_HOURS)
        day, shifts = FIRST, 0
        while day < TODAY:
            monday = day - timedelta(days=day.weekday())
            week_doctor = people[2 + (monday.toordinal() // 7) % 11]
            for period in calendar.periods_on(day):
                if rng.random() > 0.08:
                    s.add(Shift(site_id=weekly.id, practitioner_id=week_doctor.id, starts_at=period.start,
                                ends_at=period.end))
                    shifts += 1
                if rng.random() > 0.08:
                    other = people[2 + (day.toordinal() + period.start.hour) % 11]
                    if other.id != week_doctor.id:
                        s.add(Shift(site_id=vacations.id, practitioner_id=other.id, starts_at=period.start,
                                    ends_at=period.end))
                        shifts += 1
                for titular in people[:2]:
                    s.add(Shift(site_id=parent.id, practitioner_id=titular.id, starts_at=period.start,
                                ends_at=period.end))
                    shifts += 1
            day += timedelta(days=1)
        for person in people[2:]:  # availabilities for the next three months
            d = TODAY
            while d < TODAY + timedelta(days=92):
                if rng.random() < 0.45:
                    s.add(Availability(practitioner_id=person.id, kind=AvailabilityKind.AVAILABLE,
                                       starts_at=at(d, clock_time(7)), ends_at=at(d, clock_time(20)),
                                       preferred=rng.random() < 0.2))
                d += timedelta(days=1)
        uow.commit()
    engine.dispose()
    partial.replace(path)
    print(f"built {path.name}: {shifts:,} shifts over {(TODAY - FIRST).days} days")


def timed(fn, repeat: int) -> tuple[float, float]:
    samples = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        samples.append((time.perf_counter() - start) * 1000)
    samples.sort()
    return statistics.median(samples), samples[int(0.95 * (len(samples) - 1))]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rebuild", action="store_true")
    parser.add_argument("--repeat", type=int, default=20)
    args = parser.parse_args()
    if args.rebuild or not DB.exists():
        build(DB)
    engine = open_database(DB)
    with UnitOfWork(engine, actor=PLANNER) as uow:
        sites = {s.name: s.id for s in uow.sites.list()}
    monday = TODAY - timedelta(days=TODAY.weekday()) - timedelta(days=7)

    from PySide6.QtWidgets import QApplication

    from cabinet_app.ui.planning.data import load_week
    from cabinet_app.ui.planning.models import WeekPlanningModel

    app = QApplication.instance() or QApplication([])  # noqa: F841 - Qt models need an application
    model = WeekPlanningModel()

    def week() -> None:
        """What the week view does: shifts, gaps, availabilities through the services, then the model."""
        with UnitOfWork(engine, actor=PLANNER) as uow:
            model.show(load_week(uow, None, monday))

    def gaps() -> None:
        with UnitOfWork(engine, actor=PLANNER) as uow:
            list_gaps(uow, first=TODAY - timedelta(days=90), last=TODAY - timedelta(days=1))

    rows = [("week view model filled (all sites)", *timed(week, args.repeat), 50.0),
            ("gaps, 90 days, 3 sites", *timed(gaps, args.repeat), 100.0)]
    with UnitOfWork(engine, actor=PLANNER) as uow:
        start = time.perf_counter()
        proposal = propose_rota(uow, site_ids=[sites["Cabinet secondaire (semaines)"],
                                               sites["Cabinet secondaire (vacations)"]],
                                first=TODAY, last=TODAY + timedelta(days=90))
        wall = (time.perf_counter() - start) * 1000
    rows.append(("auto-fill 3 months × 2 sites × 15 practitioners", wall, wall, 10000.0))
    print(f"{'measure':52} {'median ms':>10} {'p95 ms':>10} {'target ms':>10}")
    for name, median, p95, target in rows:
        flag = "ok" if p95 <= target else "OVER"
        print(f"{name:52} {median:10.1f} {p95:10.1f} {target:10.0f}  {flag}")
    print(f"auto-fill: status {proposal.status} (within {proposal.gap_percent:.2f} % of the best bound), "
          f"{proposal.candidates:,} candidate assignments, "
          f"{len(proposal.shifts)} shifts proposed, {len(proposal.uncovered)} slots left uncovered")
    engine.dispose()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
