"""Clinical records at the size of a parent practice over five years (~100,000 notes). Targets
(issue "Structured handover"): a rotation's handover pack ≤ 200 ms; saving a note ≤ 30 ms;
full-text search ≤ 100 ms.

The dataset starts from the appointment benchmark's (``bench_appointments.py``: 3 sites, 5 years
of rota, ~113,000 appointments, 20,000 patients) and adds a note for most consultations seen
(≈100,000, fed into the FTS5 index by the database's triggers), and five years of weekly
handovers with their action items at the week-rotation site, most of them closed.

    .venv/bin/python benchmarks/bench_records.py [--rebuild] [--repeat 30]
"""

from __future__ import annotations

import argparse
import random
import shutil
import statistics
import sys
import time
from datetime import timedelta
from datetime import time as clock_time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.bench_appointments import DB as APPOINTMENTS_DB  # noqa: E402
from benchmarks.bench_appointments import build as build_appointments  # noqa: E402
from benchmarks.bench_planning import TODAY  # noqa: E402
from cabinet_app.appointments.model import AppointmentStatus  # noqa: E402
from cabinet_app.config import open_database  # noqa: E402
from cabinet_app.db import Actor, UnitOfWork  # noqa: E402
from cabinet_app.planning.calendar import at  # noqa: E402
from cabinet_app.records.clinical_services import NoteInput, search_clinical, write_note  # noqa: E402
from cabinet_app.records.handover_pack import build_pack  # noqa: E402
from cabinet_app.records.model import ActionItem, ActionKind, ConsultationNote, Handover, Severity  # noqa: E402
from cabinet_app.security.model import User  # noqa: E402
from cabinet_app.security.passwords import hash_password  # noqa: E402
from cabinet_app.security.permissions import Role  # noqa: E402

OUT = Path(__file__).resolve().parent / "out"
DB = OUT / "records-5y.sqlite3"
WORDS = ("toux", "fièvre", "angine", "lombalgie", "hypertension", "diabète", "pyélonéphrite", "otite", "vertiges",
         "eczéma", "asthme", "migraine", "entorse", "anxiété", "insomnie", "gastro-entérite", "bronchite")
WEEK_SITE = "Cabinet secondaire (semaines)"


def build(path: Path) -> None:
    if not APPOINTMENTS_DB.exists():
        build_appointments(APPOINTMENTS_DB)
    partial = path.with_suffix(".partial")
    shutil.copy(APPOINTMENTS_DB, partial)
    engine = open_database(partial)
    rng = random.Random(5)
    started = time.perf_counter()
    with UnitOfWork(engine) as uow:
        session = uow.session
        notes = 0
        seen = uow.appointments.between(start=at(TODAY - timedelta(days=6 * 365), clock_time(0)),
                                        end=at(TODAY, clock_time(0)), statuses=[AppointmentStatus.SEEN])
        for a in seen:
            if rng.random() < 0.95:
                reason = rng.choice(WORDS)
                session.add(ConsultationNote(
                    patient_id=a.patient_id, author_id=a.practitioner_id, site_id=a.site_id, appointment_id=a.id,
                    reason=reason.capitalize(), findings=f"Examen : {rng.choice(WORDS)} probable.",
                    conclusion=f"{reason} ; revoir si besoin.", prescriptions="Paracétamol", created_at=a.ends_at))
                notes += 1
        site = next(s for s in uow.sites.list() if s.name == WEEK_SITE)
        patients = uow.patients.ids()
        handovers = 0
        for shift in uow.rota.shifts(start=at(TODAY - timedelta(days=6 * 365), clock_time(0)),
                                     end=at(TODAY, clock_time(0)), site_ids=[site.id]):
            if shift.starts_at.weekday() != 0 or shift.starts_at.hour != 8 or shift.starts_at.minute:
                continue  # one batch of handovers a week, on Monday mornings' shift
            for _ in range(3):
                h = Handover(patient_id=rng.choice(patients), author_id=shift.practitioner_id, site_id=site.id,
                             severity=rng.choice(list(Severity)), summary="Suivi", situation="Si … alors …",
                             created_at=shift.ends_at)
                session.add(h)
                session.flush()
                closed = shift.ends_at.date() < TODAY - timedelta(days=14)
                session.add(ActionItem(patient_id=h.patient_id, site_id=site.id, handover_id=h.id,
                                       kind=rng.choice(list(ActionKind)), what="Revoir", owner_id=None,
                                       due_on=shift.ends_at.date() + timedelta(days=3),
                                       closed_at=shift.ends_at + timedelta(days=3) if closed else None,
                                       outcome="Fait." if closed else ""))
                handovers += 1
        doctor = next(p for p in uow.practitioners.list())
        session.add(User(login="bench.doctor", display_name="Dr Bench", role=Role.TITULAR, is_admin=False,
                         practitioner_id=doctor.id, password_hash=hash_password("bench-password")))
        uow.commit()
    engine.dispose()
    partial.replace(path)
    print(f"built {path.name}: {notes:,} notes, {handovers:,} handovers in {time.perf_counter() - started:.0f} s")


def timed(fn, repeat: int) -> tuple[float, float]:
    samples = []
    for i in range(repeat):
        start = time.perf_counter()
        fn(i)
        samples.append((time.perf_counter() - start) * 1000)
    samples.sort()
    return statistics.median(samples), samples[int(0.95 * (len(samples) - 1))]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rebuild", action="store_true")
    parser.add_argument("--repeat", type=int, default=30)
    args = parser.parse_args()
    if args.rebuild or not DB.exists():
        build(DB)
    engine = open_database(DB)
    with UnitOfWork(engine) as uow:
        user = uow.users.by_login("bench.doctor")
        actor = Actor(user_id=user.id, site_id=None, login=user.login, role=Role.TITULAR.value)
        site_id = next(s.id for s in uow.sites.list() if s.name == WEEK_SITE)
        patients = uow.patients.ids()[:500]
        notes = uow.session.query(ConsultationNote).count()
    mondays = [TODAY - timedelta(days=TODAY.weekday()) - timedelta(weeks=w) for w in range(1, 60)]

    def pack(i: int) -> None:
        with UnitOfWork(engine, actor=actor) as uow:
            build_pack(uow, site_id=site_id, day=mondays[i % len(mondays)])

    def save(i: int) -> None:
        with UnitOfWork(engine, actor=actor) as uow:
            write_note(uow, NoteInput(patient_id=patients[i], reason="Contrôle", findings="RAS", site_id=site_id))
            uow.commit()

    def search(i: int) -> None:
        with UnitOfWork(engine, actor=actor) as uow:
            search_clinical(uow, ["pyelonephrite", "fievre", "diabete revoir", "gastro", "migraine probable"][i % 5])

    rows = [("rotation's handover pack", *timed(pack, args.repeat), 200.0),
            ("saving a note (committed)", *timed(save, args.repeat), 30.0),
            ("full-text search", *timed(search, args.repeat), 100.0)]
    print(f"{notes:,} notes in the database")
    print(f"{'measure':30} {'median ms':>10} {'p95 ms':>10} {'target ms':>10}")
    for name, median, p95, target in rows:
        print(f"{name:30} {median:10.1f} {p95:10.1f} {target:10.0f}  {'ok' if p95 <= target else 'OVER'}")
    engine.dispose()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
