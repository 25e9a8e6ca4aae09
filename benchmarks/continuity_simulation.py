"""Continuity simulation: a year of 52 weekly rotations at a secondary cabinet, through the real
services. Each doctor arrives on Monday, reads the handover pack, acknowledges it (now and then
late: items then escalate and the next doctor picks them up), closes some of the open items,
and before leaving hands over watchers and unstable patients with actions and pending results.

It must end with 100 % of the action items either closed, or in the latest pack and
acknowledged by the doctor on duty, and every handover with its five I-PASS elements (the
fifth, the receiver's synthesis, included).

    .venv/bin/python benchmarks/continuity_simulation.py [--weeks 52] [--seed 7]
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time as clock
from dataclasses import dataclass
from datetime import date, time, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from cabinet_app.config import open_database  # noqa: E402
from cabinet_app.db import UnitOfWork  # noqa: E402
from cabinet_app.first_run import FirstAdmin, initialise_cabinet  # noqa: E402
from cabinet_app.planning.calendar import at  # noqa: E402
from cabinet_app.planning.model import PractitionerStatus  # noqa: E402
from cabinet_app.planning.rota_services import ShiftInput, add_contract, create_shift  # noqa: E402
from cabinet_app.planning.services import PractitionerInput, SiteInput, create_practitioner  # noqa: E402
from cabinet_app.records.clinical_services import (  # noqa: E402
    NEXT_DOCTOR, ActionInput, HandoverInput, acknowledge_handover, close_action, send_handover,
)
from cabinet_app.records.handover_pack import acknowledge_item, build_pack, escalations  # noqa: E402
from cabinet_app.records.model import ActionItem, ActionKind, Handover, HandoverSynthesis, Severity  # noqa: E402
from cabinet_app.records.services import PatientInput, create_patient  # noqa: E402
from cabinet_app.security.permissions import Role  # noqa: E402
from cabinet_app.security.services import authenticate, create_user  # noqa: E402

PASSWORD = "simulation-2026"
DOCTORS = 8


@dataclass
class Figures:
    weeks: int = 0
    handovers: int = 0
    items: int = 0
    pending_results: int = 0
    closed: int = 0
    late_acknowledgements: int = 0
    escalated: int = 0
    longest_carry_weeks: int = 0
    open_at_end: int = 0
    open_at_end_in_pack_and_acknowledged: int = 0
    handovers_with_five_elements: int = 0

    @property
    def items_accounted_percent(self) -> float:
        accounted = self.closed + self.open_at_end_in_pack_and_acknowledged
        return 100.0 * accounted / self.items if self.items else 100.0

    @property
    def complete_handovers_percent(self) -> float:
        return 100.0 * self.handovers_with_five_elements / self.handovers if self.handovers else 100.0


def _setup(engine, first_monday: date, weeks: int, rng: random.Random):
    with UnitOfWork(engine) as uow:
        initialise_cabinet(uow, site=SiteInput(name="Cabinet secondaire", works_by_week=True),
                           admin=FirstAdmin(display_name="Secrétariat", login="secretaire", password=PASSWORD))
    with UnitOfWork(engine) as uow:
        admin = authenticate(uow, login="secretaire", password=PASSWORD)
    logins, patients = [], []
    with UnitOfWork(engine, actor=admin.actor) as uow:
        site_id = uow.sites.list()[0].id
        for i in range(DOCTORS):
            doctor = create_practitioner(uow, PractitionerInput(
                first_name=f"Médecin{i}", last_name=f"Rotation{i}", rpps=f"{20000000000 + i}",
                status=PractitionerStatus.REPLACEMENT)).value
            add_contract(uow, practitioner_id=doctor.id, starts_on=first_monday,
                         ends_on=first_monday + timedelta(weeks=weeks + 1))
            create_user(uow, login=f"doc{i}", display_name=f"Dr Médecin{i}", role=Role.REPLACEMENT,
                        password=PASSWORD, practitioner_id=doctor.id)
            logins.append((f"doc{i}", doctor.id))
        for i in range(60):
            born = date(1940 + i % 60, 1 + i % 12, 1 + i % 28)
            patients.append(create_patient(uow, PatientInput(birth_name=f"PATIENT{i}", first_names="Camille",
                                                             birth_date=born, sex="F")).value.id)
        for week in range(weeks):
            monday = first_monday + timedelta(weeks=week)
            _, doctor_id = logins[week % DOCTORS]
            create_shift(uow, ShiftInput(site_id, doctor_id, at(monday, time(8)), at(monday + timedelta(days=5),
                                                                                       time(12))), accept_warnings=True)
        uow.commit()
    return site_id, logins, patients


def simulate(engine, *, weeks: int = 52, seed: int = 7, first_monday: date | None = None) -> Figures:
    rng = random.Random(seed)
    today = date.today()
    first_monday = first_monday or today - timedelta(days=today.weekday()) + timedelta(weeks=1)
    site_id, logins, patients = _setup(engine, first_monday, weeks, rng)
    figures = Figures(weeks=weeks)
    carried: dict = {}
    for week in range(weeks):
        monday = first_monday + timedelta(weeks=week)
        login, _ = logins[week % DOCTORS]
        with UnitOfWork(engine) as uow:
            actor = authenticate(uow, login=login, password=PASSWORD).actor
        with UnitOfWork(engine, actor=actor) as uow:
            pack = build_pack(uow, site_id=site_id, day=monday)
            late = rng.random() < 0.15 and week < weeks - 1  # the last doctor reads the pack on time
            for item in pack.items:
                if late and rng.random() < 0.5:
                    continue  # left for later: escalated, and carried into the next pack
                if item.kind == "handover":
                    acknowledge_handover(uow, item.item_id, synthesis="Repris : je surveille et je rappelle.")
                else:
                    acknowledge_item(uow, site_id=site_id, kind=item.kind, item_id=item.item_id)
            if late:  # what is still unacknowledged one working day later reaches the titulars
                uow.flush()
                figures.escalated += len(escalations(uow, now=at(monday + timedelta(days=1), time(9))))
                figures.late_acknowledgements += 1
            for action in (*pack.actions, *pack.pending_results):
                carried[action.id] = carried.get(action.id, 0) + 1
                if action.due_on <= monday + timedelta(days=4) and rng.random() < 0.7:
                    close_action(uow, action.id, outcome="Fait.")
                    figures.closed += 1
            for _ in range(rng.randint(1, 4)):
                actions = [ActionInput("Revoir le patient", monday + timedelta(days=rng.randint(3, 12)), NEXT_DOCTOR)]
                if rng.random() < 0.5:
                    actions.append(ActionInput("Résultat de la prise de sang", monday + timedelta(days=9), NEXT_DOCTOR,
                                               ActionKind.LAB_RESULT))
                    figures.pending_results += 1
                send_handover(uow, HandoverInput(
                    patient_id=rng.choice(patients), site_id=site_id,
                    severity=rng.choice([Severity.WATCHER, Severity.UNSTABLE, Severity.STABLE]),
                    summary="Suivi en cours", situation="Si aggravation, alors consultation le jour même",
                    actions=tuple(actions)))
                figures.handovers += 1
                figures.items += len(actions)
            uow.commit()
    # the week after the last rotation: the first doctor comes back and takes over
    final_monday = first_monday + timedelta(weeks=weeks)
    login, doctor_id = logins[weeks % DOCTORS]
    with UnitOfWork(engine) as uow:
        admin = authenticate(uow, login="secretaire", password=PASSWORD).actor
    with UnitOfWork(engine, actor=admin) as uow:
        create_shift(uow, ShiftInput(site_id, doctor_id, at(final_monday, time(8)),
                                     at(final_monday + timedelta(days=5), time(12))), accept_warnings=True)
        uow.commit()
    with UnitOfWork(engine) as uow:
        actor = authenticate(uow, login=login, password=PASSWORD).actor
    with UnitOfWork(engine, actor=actor) as uow:
        pack = build_pack(uow, site_id=site_id, day=final_monday)
        for item in pack.items:
            if item.kind == "handover":
                acknowledge_handover(uow, item.item_id, synthesis="Repris à mon arrivée.")
            else:
                acknowledge_item(uow, site_id=site_id, kind=item.kind, item_id=item.item_id)
        uow.commit()
        final = build_pack(uow, site_id=site_id, day=final_monday)
        in_pack = {i.item_id for i in final.items if i.kind == "action" and i.acknowledged}
        items = uow.clinical.items(site_id=site_id, open_only=False)
        figures.closed = sum(1 for a in items if a.closed_at is not None)
        still_open = [a for a in items if a.closed_at is None]
        figures.open_at_end = len(still_open)
        figures.open_at_end_in_pack_and_acknowledged = sum(1 for a in still_open if a.id in in_pack)
        handovers = uow.clinical.handovers(site_id=site_id)
        synthesised = {s.handover_id for s in uow.clinical.syntheses([h.id for h in handovers])}
        with_actions = {a.handover_id for a in items}
        figures.handovers_with_five_elements = sum(
            1 for h in handovers if h.severity and h.summary.strip() and h.situation.strip()
            and h.id in with_actions and h.id in synthesised)
    figures.longest_carry_weeks = max(carried.values(), default=0)
    return figures


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--weeks", type=int, default=52)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    started = clock.perf_counter()
    with tempfile.TemporaryDirectory() as folder:
        engine = open_database(Path(folder) / "simulation.sqlite3")
        figures = simulate(engine, weeks=args.weeks, seed=args.seed)
        engine.dispose()
    print(f"{figures.weeks} weekly rotations in {clock.perf_counter() - started:.1f} s")
    print(f"handovers: {figures.handovers}, action items: {figures.items} "
          f"(of which pending results: {figures.pending_results})")
    print(f"late acknowledgements: {figures.late_acknowledgements} weeks, items escalated: {figures.escalated}")
    print(f"closed: {figures.closed}; open at the end: {figures.open_at_end}, "
          f"in the latest pack and acknowledged: {figures.open_at_end_in_pack_and_acknowledged}")
    print(f"longest an item was carried: {figures.longest_carry_weeks} packs")
    print(f"items closed or carried and acknowledged: {figures.items_accounted_percent:.1f} %")
    print(f"handovers with all five I-PASS elements: {figures.complete_handovers_percent:.1f} %")
    ok = figures.items_accounted_percent == 100.0 and figures.complete_handovers_percent == 100.0
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
