"""Patient search on a parent practice's worth of patients (20,000), target ≤ 50 ms a search.

The database is the demo cabinet (``cabinet_app.demo.build_demo``) with 20,000 patients, built
once through the services into ``benchmarks/out/`` and reused. Each query is what a secretary
types in the patient list's search box; each search runs the way the UI runs it: a fresh unit of
work, ``records.services.search_patients`` as the demo secretary, DTOs out.

    .venv/bin/python benchmarks/bench_search.py [--patients 20000] [--repeat 30] [--rebuild]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from cabinet_app.config import open_database  # noqa: E402
from cabinet_app.db import UnitOfWork  # noqa: E402
from cabinet_app.demo import DEMO_PASSWORD, build_demo  # noqa: E402
from cabinet_app.records.model import Patient  # noqa: E402
from cabinet_app.records.services import search_patients  # noqa: E402
from cabinet_app.security.services import authenticate  # noqa: E402
from sqlalchemy import select  # noqa: E402

TARGET_MS = 50.0
OUT = Path(__file__).resolve().parent / "out"


def build_database(path: Path, patients: int) -> None:
    """Build into a temporary file, then move it in place: an interrupted build leaves nothing."""
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_suffix(".partial.sqlite3")
    for leftover in path.parent.glob(partial.name + "*"):
        leftover.unlink()
    print(f"Building the demo cabinet with {patients:,} patients in {path.relative_to(ROOT)} …",
          flush=True)
    start = time.perf_counter()
    engine = open_database(partial)
    try:
        build_demo(engine, patients=patients)
    finally:
        engine.dispose()
    partial.replace(path)
    print(f"  built in {time.perf_counter() - start:.0f} s", flush=True)


def realistic_queries(engine) -> list[tuple[str, str]]:
    """What people type: taken from the data so that each query finds someone."""
    with UnitOfWork(engine) as uow:
        session = uow.session
        assert session is not None
        names = session.execute(select(Patient.birth_name, Patient.first_names)).all()
        surname = Counter(n for n, _ in names).most_common(1)[0][0]
        some = session.execute(select(Patient).where(Patient.deleted_at.is_(None))
                               .order_by(Patient.birth_name, Patient.first_names)
                               .offset(len(names) // 3).limit(1)).scalar_one()
        with_nir = session.execute(select(Patient.nir).where(Patient.nir.is_not(None))
                                   .order_by(Patient.nir).offset(len(names) // 2).limit(1)).scalar_one()
        two_words = f"{some.birth_name.lower()} {some.first_names.split()[0].lower()}"
    return [
        ("a surname", surname.lower()),
        ("a first name without accent", "helene"),
        ("a birth date", "03/02/1969"),
        ("a NIR prefix (7 characters)", with_nir[:7]),
        ("two words: surname first name", two_words),
        ("three letters, many matches", surname.lower()[:3]),
    ]


def time_query(engine, actor, text: str, repeat: int) -> tuple[int, list[float]]:
    found = 0
    timings: list[float] = []
    for i in range(repeat + 1):
        start = time.perf_counter()
        with UnitOfWork(engine, actor=actor) as uow:
            found = len(search_patients(uow, text))
        elapsed = (time.perf_counter() - start) * 1000
        if i:  # the first run warms SQLite's page cache and SQLAlchemy's statement cache
            timings.append(elapsed)
    return found, timings


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(q * (len(ordered) - 1))))]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--patients", type=int, default=20_000)
    parser.add_argument("--repeat", type=int, default=30, help="timed searches per query")
    parser.add_argument("--rebuild", action="store_true", help="build the database again")
    parser.add_argument("--check", action="store_true", help="exit 1 when a query misses the target")
    args = parser.parse_args(argv)

    path = OUT / f"search-{args.patients}.sqlite3"
    if args.rebuild or not path.exists():
        build_database(path, args.patients)
    engine = open_database(path)
    with UnitOfWork(engine) as uow:
        actor = authenticate(uow, login="secretaire", password=DEMO_PASSWORD).actor

    rows = []
    for label, text in realistic_queries(engine):
        found, timings = time_query(engine, actor, text, args.repeat)
        rows.append((label, text, found, statistics.median(timings), percentile(timings, 0.95)))
    engine.dispose()

    print(f"\nPatient search, {args.patients:,} patients, {args.repeat} runs per query "
          f"(target: {TARGET_MS:.0f} ms)\n")
    header = f"{'query':<32} {'typed':<22} {'found':>6} {'median ms':>10} {'p95 ms':>8}  verdict"
    print(header)
    print("-" * len(header))
    worst = 0.0
    for label, text, found, median, p95 in rows:
        worst = max(worst, p95)
        verdict = "ok" if p95 <= TARGET_MS else "SLOW"
        print(f"{label:<32} {text!r:<22} {found:>6} {median:>10.1f} {p95:>8.1f}  {verdict}")
    print(f"\nworst p95: {worst:.1f} ms — {'within' if worst <= TARGET_MS else 'OVER'} the target")
    return 1 if args.check and worst > TARGET_MS else 0


if __name__ == "__main__":
    sys.exit(main())
