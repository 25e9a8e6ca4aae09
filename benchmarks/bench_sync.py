"""The sync layer against a real PostgreSQL. Targets (issue "Sync"):

1. an incremental sync of 100 changes each way (100 local edits pushed, 100 central edits
   pulled, ``sync.service.synchronise``) takes ≤ 20 % longer when the database is 100× larger
   (10,000 → 1,000,000 rows);
2. the pull query (``sync.central.pull_changes``, a chunk of 500) takes ≤ 5 ms with 5,000,000
   rows in the change log, through ``ix_sync_change_log_xid_seq`` (no sequential scan);
3. capturing a change adds ≤ 2 ms to a save (a patient's phone through ``update_patient``);
4. after a cut between a central commit and its local acknowledgement, at most one push batch is
   sent again.

Each run starts its own throwaway PostgreSQL (``tests/pg.py``) and stops it at the end. The data
(``sync_dataset.py``) is bulk-inserted, executemany into the site's SQLite and COPY into
PostgreSQL: both hold the same patients, appointments and consultation notes (20 / 50 / 30 % of
the rows) and start in sync (rows loaded with capture off, one central change-log entry per row,
the site's cursor at its end), so only the changes made by the benchmark travel.

    .venv/bin/python benchmarks/bench_sync.py [--quick] [--rounds 9] [--runs 50] [--check]

``--quick`` grows the database 10,000 → 100,000 rows instead of → 1,000,000.
"""

from __future__ import annotations

import argparse
import random
import shutil
import statistics
import sys
import tempfile
import time
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import psycopg
from sqlalchemy import Engine, event, select, text

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.sync_dataset import (  # noqa: E402
    Pair, build_pair, central_edits, check_columns, conninfo, local_edits, pick,
)
from cabinet_app.db import Actor, UnitOfWork, make_engine  # noqa: E402
from cabinet_app.errors import SyncUnreachable  # noqa: E402
from cabinet_app.records.services import patient_info, update_patient  # noqa: E402
from cabinet_app.security.permissions import Role  # noqa: E402
from cabinet_app.sync import service  # noqa: E402
from cabinet_app.sync.capture import set_state  # noqa: E402
from cabinet_app.sync.central import PullCursor, central_init, pull_changes  # noqa: E402
from cabinet_app.sync.codec import table  # noqa: E402
from cabinet_app.sync.push import acknowledge  # noqa: E402
from cabinet_app.sync.service import PULL_CHUNK, PUSH_BATCH, synchronise  # noqa: E402
from tests.pg import start_server  # noqa: E402

EACH_WAY = 100
LOG_INDEX = "ix_sync_change_log_xid_seq"
# --- 1. incremental sync ---------------------------------------------------------------------------

@dataclass
class Incremental:
    rows: int
    total: list[float] = field(default_factory=list)
    push: list[float] = field(default_factory=list)
    pulled: int = 0
    applied: int = 0


def sync_round(pair: Pair, rng: random.Random, figures: Incremental) -> None:
    """100 saves at the site, 100 edits at the centre, then one timed sync."""
    local_edits(pair, rng, EACH_WAY)
    central_edits(pair, rng, EACH_WAY)
    marks: dict[str, float] = {}
    started = time.perf_counter()
    report = synchronise(pair.local, pair.central,
                         progress=lambda step: marks.__setitem__(step.split(":")[0], time.perf_counter()))
    figures.total.append((time.perf_counter() - started) * 1000)
    figures.push.append((marks["push"] - started) * 1000)
    assert report.pushed == EACH_WAY and report.pulled >= 2 * EACH_WAY and not report.new_conflicts, report
    figures.pulled, figures.applied = report.pulled, report.applied


def measure_incremental(pairs: list[Pair], rounds: int) -> list[Incremental]:
    """Rounds alternate between the sizes, so that a slow moment of the machine (2 cores shared
    with PostgreSQL, fsyncs) falls on both alike."""
    figures = [Incremental(pair.data.rows) for pair in pairs]
    rngs = [random.Random(11) for _ in pairs]
    for pair in pairs:
        synchronise(pair.local, pair.central)  # warm-up: nothing to send nor receive
    for _ in range(rounds):
        for pair, rng, f in zip(pairs, rngs, figures):
            sync_round(pair, rng, f)
    return figures


# --- 2. the pull query -----------------------------------------------------------------------------

def fill_change_log(engine: Engine, rows: int, per_transaction: int = 5) -> float:
    """``rows`` change-log entries, ``per_transaction`` per transaction: that many real
    transactions are run first, so that every entry's xid has ended (below the snapshot's xmin)."""
    started = time.perf_counter()
    with psycopg.connect(conninfo(engine), autocommit=True) as db:
        first = int(db.execute("SELECT pg_current_xact_id()::text").fetchone()[0])  # type: ignore[index]
        db.execute(f"DO $$ BEGIN FOR i IN 1..{rows // per_transaction + 1} LOOP "
                   "PERFORM pg_current_xact_id(); COMMIT; END LOOP; END $$")
        db.execute(
            "INSERT INTO sync_change_log (xid, table_name, row_id, op, row_version, changed_at) "
            f"SELECT {first} + 1 + i / {per_transaction}, "
            "(ARRAY['patients', 'appointments', 'consultation_notes', 'audit_log'])[1 + i % 4], md5(i::text)::uuid, "
            f"CASE WHEN i % 3 = 0 THEN 'I' ELSE 'U' END, 1 + i % 7, now() - make_interval(secs => {rows} - i) "
            f"FROM generate_series(0, {rows - 1}) AS i")
        db.execute("VACUUM ANALYZE sync_change_log")
    return time.perf_counter() - started


def _labels(plan: dict[str, Any]) -> list[str]:
    where = plan.get("Index Name") or plan.get("Relation Name")
    label = f"{plan['Node Type']} ({where})" if where else plan["Node Type"]
    label += " + Filter" if "Filter" in plan else ""  # rows read, then dropped: the bounds are not all in the index
    return [label] + [x for child in plan.get("Plans", []) for x in _labels(child)]


def explain_pull(engine: Engine, cursor: PullCursor) -> list[tuple[list[str], float]]:
    """The plans of the very statements ``pull_changes`` runs (caught on their way to the
    driver, explained with the same parameters): node labels and execution time (ms)."""
    caught: list[tuple[str, Any]] = []
    with engine.connect() as conn:
        catch = lambda c, cur, statement, params, ctx, many: caught.append((statement, params))  # noqa: E731
        event.listen(conn, "before_cursor_execute", catch)
        pull_changes(conn, cursor, limit=PULL_CHUNK)
        event.remove(conn, "before_cursor_execute", catch)
        plans = []
        for statement, params in caught:
            out = conn.exec_driver_sql("EXPLAIN (ANALYZE, FORMAT JSON) " + statement, params).scalar_one()[0]
            plans.append((_labels(out["Plan"]), out["Execution Time"]))
        conn.rollback()
    return plans


def _cursor_at(engine: Engine, from_end: int) -> PullCursor:
    with engine.connect() as conn:
        xid, seq = conn.execute(text("SELECT xid, seq FROM sync_change_log ORDER BY xid DESC, seq DESC "
                                     "OFFSET :n LIMIT 1"), {"n": from_end}).one()
    return PullCursor(int(xid), seq)


@dataclass
class PullQuery:
    where: str
    returned: int
    samples: list[float]
    plans: list[tuple[list[str], float]]

    @property
    def index_only(self) -> bool:
        labels = [label for plan, _ in self.plans for label in plan]
        return (any(LOG_INDEX in label for label in labels)
                and not any(label == "Seq Scan (sync_change_log)" for label in labels))


def measure_pull_query(server: Any, rows: int, runs: int) -> tuple[float, list[PullQuery]]:
    engine = make_engine(server.create_database())
    central_init(engine)
    fill = fill_change_log(engine, rows)
    out = []
    for where, from_end in (("middle", rows // 2), ("near the end", 2 * PULL_CHUNK), ("at the end", 0)):
        cursor, samples, returned = _cursor_at(engine, from_end), [], 0
        with engine.connect() as conn:
            for _ in range(runs):
                started = time.perf_counter()
                returned = len(pull_changes(conn, cursor, limit=PULL_CHUNK).changes)
                samples.append((time.perf_counter() - started) * 1000)
                conn.rollback()
        out.append(PullQuery(where, returned, samples, explain_pull(engine, cursor)))
    engine.dispose()
    return fill, out


# --- 3. capture cost -------------------------------------------------------------------------------

def measure_capture(pair: Pair, runs: int) -> dict[str, list[float]]:
    """A secretary saves a patient's new phone (``update_patient``, committed), capture off and on
    in turn; the outbox must grow by the patient's row and its audit row only when on."""
    actor = Actor(user_id=uuid.uuid4(), site_id=uuid.UUID(pair.data.site_id), login="bench.secretaire",
                  role=Role.SECRETARY.value)
    rng = random.Random(3)
    ids = pick(rng, pair.data.ids("patients"), 2 * runs, 1)
    samples: dict[str, list[float]] = {"off": [], "on": []}
    for i, patient_id in enumerate(ids):
        mode = ("off", "on")[i % 2]
        with pair.local.begin() as conn:
            set_state(conn, "capture", mode)
            before = conn.execute(text("SELECT count(*) FROM sync_outbox")).scalar_one()
        with UnitOfWork(pair.local, actor=actor) as uow:
            form = patient_info(uow.patients.get(patient_id)).as_input()
        form = type(form)(**{**form.__dict__, "phone": f"06 {rng.randrange(10**8):08d}"})
        started = time.perf_counter()
        with UnitOfWork(pair.local, actor=actor) as uow:
            update_patient(uow, patient_id, form)
            uow.commit()
        samples[mode].append((time.perf_counter() - started) * 1000)
        with pair.local.connect() as conn:
            grew = conn.execute(text("SELECT count(*) FROM sync_outbox")).scalar_one() - before
        assert grew == (2 if mode == "on" else 0), (mode, grew)
    with pair.local.begin() as conn:
        set_state(conn, "capture", "on")
    return samples


# --- 4. a cut between the central commit and the local acknowledgement -----------------------------

@dataclass
class Cut:
    batches: int
    cut_after: int
    pushed: int
    resent: int
    consistent: bool


def _rows(engine: Engine) -> set[tuple[Any, ...]]:
    p, a = table("patients"), table("appointments")
    with engine.connect() as conn:
        return set(conn.execute(select(p.c.id, p.c.row_version, p.c.phone, p.c.address_line)).all()) | set(
            conn.execute(select(a.c.id, a.c.row_version, a.c.note)).all())


def measure_cut(pair: Pair, batches: int = 5, cut_after: int = 3) -> Cut:
    """``batches`` push batches; the connection drops after the ``cut_after``-th central commit,
    before its local acknowledgement (``service.acknowledge`` raises); then a sync again."""
    local_edits(pair, random.Random(13), batches * PUSH_BATCH)
    calls = 0

    def acknowledge_then_cut(conn: Any, up_to_seq: int) -> None:
        nonlocal calls
        calls += 1
        if calls == cut_after:
            raise ConnectionResetError("bench: connection lost before the local acknowledgement")
        acknowledge(conn, up_to_seq)

    service.acknowledge = acknowledge_then_cut  # type: ignore[assignment]
    try:
        synchronise(pair.local, pair.central)
        raise AssertionError("the simulated cut did not happen")
    except SyncUnreachable:
        pass
    finally:
        service.acknowledge = acknowledge
    report = synchronise(pair.local, pair.central)
    return Cut(batches, cut_after, report.pushed, report.duplicates, _rows(pair.local) == _rows(pair.central))


# --- report ----------------------------------------------------------------------------------------

def _median_p95(samples: list[float]) -> tuple[float, float]:
    ordered = sorted(samples)
    return statistics.median(ordered), ordered[int(0.95 * (len(ordered) - 1))]


def _verdict(ok: bool) -> str:
    return "PASS" if ok else "FAIL"


def report_incremental(pairs: list[Pair], figures: list[Incremental]) -> bool:
    print(f"\n1. Incremental sync, {EACH_WAY} changes each way, median of {len(figures[0].total)} syncs")
    print(f"{'rows':>10} {'build s':>8} {'median ms':>10} {'p95 ms':>8} {'push ms':>8} {'pull ms':>8} "
          f"{'pulled':>7} {'applied':>8}")
    for pair, f in zip(pairs, figures):
        median, p95 = _median_p95(f.total)
        push = statistics.median(f.push)
        print(f"{f.rows:>10,} {sum(pair.seconds.values()):8.1f} {median:10.1f} {p95:8.1f} {push:8.1f} "
              f"{median - push:8.1f} {f.pulled:>7} {f.applied:>8}")
    for pair in pairs:
        print(f"   build {pair.data.rows:,} rows: " + ", ".join(f"{k} {v:.1f} s" for k, v in pair.seconds.items()))
    growth = statistics.median(figures[-1].total) / statistics.median(figures[0].total) - 1
    ratio = figures[-1].rows / figures[0].rows
    ok = growth <= 0.20
    print(f"   {ratio:.0f}× the rows: {growth:+.0%} time (target ≤ +20 %)  {_verdict(ok)}")
    return ok


def report_pull(rows: int, fill: float, figures: list[PullQuery]) -> bool:
    print(f"\n2. Pull query, chunk of {PULL_CHUNK}, {rows:,} change-log rows (filled in {fill:.0f} s), "
          f"{len(figures[0].samples)} runs")
    print(f"{'cursor':14} {'rows':>5} {'median ms':>10} {'p95 ms':>8} {'server ms':>10}  plan")
    ok = True
    for f in figures:
        median, p95 = _median_p95(f.samples)
        server_ms = sum(ms for _, ms in f.plans)
        plan = " | ".join(" > ".join(labels) for labels, _ in f.plans)
        print(f"{f.where:14} {f.returned:>5} {median:10.2f} {p95:8.2f} {server_ms:10.2f}  {plan}")
        ok = ok and median <= 5.0 and f.index_only
    print(f"   median ≤ 5 ms and {LOG_INDEX} used, no Seq Scan on sync_change_log  {_verdict(ok)}")
    return ok


def report_capture(rows: int, samples: dict[str, list[float]]) -> bool:
    print(f"\n3. Capture cost: update_patient (phone) committed, site of {rows:,} rows, "
          f"{len(samples['on'])} saves each way")
    print(f"{'capture':8} {'median ms':>10} {'p95 ms':>8}")
    for mode in ("off", "on"):
        print(f"{mode:8} {_median_p95(samples[mode])[0]:10.2f} {_median_p95(samples[mode])[1]:8.2f}")
    extra = statistics.median(samples["on"]) - statistics.median(samples["off"])
    print(f"   capture adds {extra:.2f} ms to a save (target ≤ 2 ms)  {_verdict(extra <= 2.0)}")
    return extra <= 2.0


def report_cut(rows: int, cut: Cut) -> bool:
    ok = cut.resent <= PUSH_BATCH and cut.consistent
    print(f"\n4. Cut after central commit #{cut.cut_after} of {cut.batches} batches of {PUSH_BATCH} "
          f"(site of {rows:,} rows)")
    print(f"   next sync: {cut.pushed} applied, {cut.resent} sent again (duplicates, target ≤ {PUSH_BATCH}); "
          f"site and centre agree row for row: {'yes' if cut.consistent else 'NO'}  {_verdict(ok)}")
    return ok


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="10,000 → 100,000 rows instead of → 1,000,000")
    parser.add_argument("--rounds", type=int, default=9, help="incremental syncs per size")
    parser.add_argument("--runs", type=int, default=50, help="pull queries per cursor; saves per capture mode")
    parser.add_argument("--log-rows", type=int, default=5_000_000, help="change-log rows for the pull query")
    parser.add_argument("--check", action="store_true", help="exit 1 when a target is missed")
    args = parser.parse_args()
    sizes = (10_000, 100_000 if args.quick else 1_000_000)
    print("command: .venv/bin/python benchmarks/bench_sync.py " + " ".join(sys.argv[1:]))
    check_columns()
    server = start_server()
    folder = Path(tempfile.mkdtemp(prefix="bench-sync-"))
    try:
        pairs = []
        for rows in sizes:
            pairs.append(build_pair(rows, folder, server))
            print(f"   built {rows:,} rows in {sum(pairs[-1].seconds.values()):.0f} s", flush=True)
        figures = measure_incremental(pairs, args.rounds)
        capture = measure_capture(pairs[-1], args.runs)
        cut = measure_cut(pairs[0])
        fill, pulls = measure_pull_query(server, args.log_rows, args.runs)
        verdicts = [report_incremental(pairs, figures), report_pull(args.log_rows, fill, pulls),
                    report_capture(pairs[-1].data.rows, capture), report_cut(pairs[0].data.rows, cut)]
        for pair in pairs:
            pair.local.dispose()
            pair.central.dispose()
    finally:
        server.stop()
        shutil.rmtree(server.data_dir.parent, ignore_errors=True)
        shutil.rmtree(folder, ignore_errors=True)
    print(f"\n{sum(verdicts)}/{len(verdicts)} targets met")
    return 1 if args.check and not all(verdicts) else 0


if __name__ == "__main__":
    raise SystemExit(main())
