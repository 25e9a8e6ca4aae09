"""Fees at the size of a busy replacement's year. Targets (issue "Fees and retrocession"): a
year's statement (~6,000 acts) for one practitioner, PDF included ≤ 2 s; entering an act (a
consultation's acts and payments, committed) ≤ 30 ms.

The dataset starts from the appointment benchmark's (``bench_appointments.py``), gives the
practitioner with the most consultations over the last year a replacement contract (80 % kept,
"received" basis, IK excluded) and records, for each of their consultations seen that year, a G
with a MEG for children, paid by card or in tiers payant (AMO 70 %, AMC 30 %), two acts a
consultation on average: ~6,000 acts.

    .venv/bin/python benchmarks/bench_fees.py [--rebuild] [--repeat 10]
"""

from __future__ import annotations

import argparse
import random
import shutil
import statistics
import sys
import time
from collections import Counter
from datetime import timedelta
from datetime import time as clock_time
from decimal import Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.bench_appointments import DB as APPOINTMENTS_DB  # noqa: E402
from benchmarks.bench_appointments import build as build_appointments  # noqa: E402
from benchmarks.bench_planning import PLANNER, TODAY  # noqa: E402
from cabinet_app.appointments.model import AppointmentStatus  # noqa: E402
from cabinet_app.config import open_database  # noqa: E402
from cabinet_app.db import Actor, UnitOfWork  # noqa: E402
from cabinet_app.fees.model import ContractTerms  # noqa: E402
from cabinet_app.fees.services import ActInput, ConsultationInput, PaymentInput, record_consultation  # noqa: E402
from cabinet_app.fees.services import record_consultations  # noqa: E402
from cabinet_app.fees.statement import build_statement  # noqa: E402
from cabinet_app.planning.calendar import at  # noqa: E402
from cabinet_app.planning.rota_services import add_contract  # noqa: E402
from cabinet_app.reports.statement_pdf import statement_pdf  # noqa: E402

OUT = Path(__file__).resolve().parent / "out"
DB = OUT / "fees-1y.sqlite3"
FIRST = TODAY - timedelta(days=365)
ACTOR = Actor(user_id=None, site_id=None, login="bench", role="secretaire", is_admin=True)


def _consultation(a, rng: random.Random) -> ConsultationInput:
    acts = ["G", "MEG"] if rng.random() < 0.5 else ["G", "MD"] if rng.random() < 0.5 else ["G"]
    total = Decimal(30) + (Decimal(5) if "MEG" in acts else Decimal(10) if "MD" in acts else Decimal(0))
    if rng.random() < 0.6:
        payments = (PaymentInput("AMO", (total * Decimal("0.7")).quantize(Decimal("0.01"))),
                    PaymentInput("AMC", total - (total * Decimal("0.7")).quantize(Decimal("0.01"))))
    else:
        payments = (PaymentInput("patient", total, "card"),)
    return ConsultationInput(practitioner_id=a.practitioner_id, site_id=a.site_id, patient_id=a.patient_id,
                             day=a.starts_at.date(), acts=tuple(ActInput(c) for c in acts), payments=payments)


def build(path: Path) -> tuple:
    if not APPOINTMENTS_DB.exists():
        build_appointments(APPOINTMENTS_DB)
    partial = path.with_suffix(".partial")
    shutil.copy(APPOINTMENTS_DB, partial)
    engine = open_database(partial)
    rng = random.Random(9)
    started = time.perf_counter()
    with UnitOfWork(engine, actor=ACTOR) as uow:
        seen = uow.appointments.between(start=at(FIRST, clock_time(0)), end=at(TODAY, clock_time(0)),
                                        statuses=[AppointmentStatus.SEEN])
        busiest = Counter(a.practitioner_id for a in seen).most_common(1)[0][0]
        for contract in uow.rota.contracts([busiest]):
            contract.deleted_at = contract.updated_at  # the benchmark's own contract replaces it
        uow.flush()
        add_contract(uow, practitioner_id=busiest, starts_on=FIRST, ends_on=TODAY,
                     terms=ContractTerms(retained_percent=Decimal(80), basis="received"))
        mine = [a for a in seen if a.practitioner_id == busiest]
        record_consultations(uow, [_consultation(a, rng) for a in mine])
        uow.commit()
    engine.dispose()
    partial.replace(path)
    print(f"built {path.name}: {len(mine):,} consultations in {time.perf_counter() - started:.0f} s")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rebuild", action="store_true")
    parser.add_argument("--repeat", type=int, default=10)
    args = parser.parse_args()
    if args.rebuild or not DB.exists():
        build(DB)
    engine = open_database(DB)
    with UnitOfWork(engine, actor=ACTOR) as uow:
        contract = next(c for c in uow.rota.contracts() if c.starts_on == FIRST and c.deleted_at is None)
        practitioner = contract.practitioner_id
        site = uow.sites.list()[0].id
        patients = uow.patients.ids()[:200]
    statements, acts = [], 0
    for _ in range(args.repeat):
        start = time.perf_counter()
        with UnitOfWork(engine, actor=ACTOR) as uow:
            st = build_statement(uow, practitioner_id=practitioner, first=FIRST, last=TODAY - timedelta(days=1))
        pdf = statement_pdf(st)
        statements.append((time.perf_counter() - start) * 1000)
        acts = sum(getattr(line, "count", 1) for line in getattr(st, "lines", ()))
    entries = []
    for i in range(args.repeat * 3):
        start = time.perf_counter()
        with UnitOfWork(engine, actor=ACTOR) as uow:
            record_consultation(uow, ConsultationInput(practitioner_id=practitioner, site_id=site, patient_id=patients[i],
                                                       day=TODAY, acts=(ActInput("G"),),
                                                       payments=(PaymentInput("patient", "30", "cash"),)))
            uow.commit()
        entries.append((time.perf_counter() - start) * 1000)
    for name, samples, target in (("a year's statement, PDF included", statements, 2000.0),
                                  ("entering a consultation's acts", entries, 30.0)):
        samples.sort()
        p95 = samples[int(0.95 * (len(samples) - 1))]
        print(f"{name:36} median {statistics.median(samples):8.1f} ms  p95 {p95:8.1f} ms  target {target:6.0f} ms"
              f"  {'ok' if p95 <= target else 'OVER'}")
    print(f"statement lines: {len(st.lines)}, acts counted: {acts}, PDF: {len(pdf) // 1024} KiB")
    engine.dispose()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
