"""Auto-fill: propose a rota for a period from the practitioners' availabilities, with OR-Tools'
CP-SAT solver.

Hard: a practitioner is proposed only where they said they are available, in one place at a
time, never against an existing shift (what a person set by hand is never touched), within a
contract (replacements) and with a supervisor reachable (interns); a slot gets at most what it
misses. Soft, by weight: cover every gap (by duration), continuity (few different doctors per
site and week; much more weight where the site works by weeks), preferences, fairness (the most
loaded volunteer as light as possible).

:func:`solve` is pure (facts in, proposal out); the service gathers the facts.
"""

from __future__ import annotations

import time as clock
import uuid
from collections import defaultdict
from dataclasses import dataclass

from .calendar import Period

COVER_WEIGHT = 1000  # per half-hour covered
CONTINUITY_WEIGHT = {True: 3000, False: 150}  # per distinct practitioner in a site-week
PREFERENCE_WEIGHT = 50  # per preferred half-day taken
FAIRNESS_WEIGHT = 20  # per half-hour of the most loaded volunteer


@dataclass(frozen=True)
class Slot:
    """An opening period of a site that misses ``need`` practitioners."""

    site_id: uuid.UUID
    period: Period
    need: int
    week: tuple[int, int]  # ISO year, week
    works_by_week: bool = False

    @property
    def units(self) -> int:
        return max(1, int(self.period.duration.total_seconds() // 1800))


@dataclass(frozen=True)
class Candidate:
    """A practitioner who may take a slot (all hard rules already checked)."""

    practitioner_id: uuid.UUID
    slot_index: int
    preferred: bool = False


@dataclass(frozen=True)
class Assignment:
    practitioner_id: uuid.UUID
    slot: Slot


@dataclass(frozen=True)
class Uncovered:
    slot: Slot
    missing: int
    reasons: tuple[str, ...]


@dataclass(frozen=True)
class Solution:
    assignments: tuple[Assignment, ...]
    uncovered: tuple[Uncovered, ...]
    status: str  # OPTIMAL, FEASIBLE, or NO_SLOT when there was nothing to fill
    wall_seconds: float
    objective: float = 0.0
    candidate_count: int = 0
    bound: float = 0.0

    @property
    def gap_percent(self) -> float:
        """How far the proposal may be from the best possible (0 when proven optimal)."""
        if self.status == "OPTIMAL" or not self.bound:
            return 0.0
        return max(0.0, 100.0 * (self.bound - self.objective) / abs(self.bound))


def _cliques(periods: list[Period]) -> list[list[int]]:
    """Indexes of periods that share a moment (checked at every start): the maximal sets that
    must not be taken together."""
    found: list[list[int]] = []
    for moment in sorted({p.start for p in periods}):
        clique = sorted(k for k, p in enumerate(periods) if p.start <= moment < p.end)
        if clique and clique not in found[-3:]:
            found.append(clique)
    return found


def solve(slots: list[Slot], candidates: list[Candidate], exclusions: dict[int, set[str]] | None = None,
          *, time_limit: float = 6.0, workers: int = 2) -> Solution:
    """Choose among the candidates. ``exclusions`` says, per slot index, why people who would
    have come were excluded (for the "could not be covered because …" report)."""
    from ortools.sat.python import cp_model  # heavy import: only when auto-fill runs

    started = clock.perf_counter()
    exclusions = exclusions or {}
    if not slots:
        return Solution((), (), "NO_SLOT", 0.0)
    model = cp_model.CpModel()
    x = {i: model.new_bool_var(f"x{i}") for i in range(len(candidates))}
    by_slot: dict[int, list[int]] = defaultdict(list)
    by_person: dict[uuid.UUID, list[int]] = defaultdict(list)
    for i, c in enumerate(candidates):
        by_slot[c.slot_index].append(i)
        by_person[c.practitioner_id].append(i)
    for s, ids in by_slot.items():
        model.add(sum(x[i] for i in ids) <= slots[s].need)
    for ids in by_person.values():  # one place at a time: at most one slot at each moment
        for clique in _cliques([slots[candidates[i].slot_index].period for i in ids]):
            if len(clique) > 1:
                model.add_at_most_one(x[ids[k]] for k in clique)
    objective = []
    for i, c in enumerate(candidates):
        objective.append(COVER_WEIGHT * slots[c.slot_index].units * x[i])
        if c.preferred:
            objective.append(PREFERENCE_WEIGHT * x[i])
    groups: dict[tuple[uuid.UUID, uuid.UUID, tuple[int, int]], list[int]] = defaultdict(list)
    for i, c in enumerate(candidates):
        slot = slots[c.slot_index]
        groups[(c.practitioner_id, slot.site_id, slot.week)].append(i)
    for (person, site, week), ids in groups.items():
        used = model.new_bool_var(f"u_{person.hex[:6]}_{site.hex[:6]}_{week}")
        for i in ids:
            model.add(used >= x[i])
        by_week = slots[candidates[ids[0]].slot_index].works_by_week
        objective.append(-CONTINUITY_WEIGHT[by_week] * used)
    horizon = sum(s.units for s in slots)
    heaviest = model.new_int_var(0, horizon, "heaviest")
    for ids in by_person.values():
        model.add(heaviest >= sum(slots[candidates[i].slot_index].units * x[i] for i in ids))
    objective.append(-FAIRNESS_WEIGHT * heaviest)
    model.maximize(sum(objective))
    solver = cp_model.CpSolver()
    solver.parameters.max_time_in_seconds = time_limit
    solver.parameters.num_workers = workers
    solver.parameters.relative_gap_limit = 0.001  # within 0.1 % of the best bound is good enough
    status = solver.solve(model)
    name = solver.status_name(status)
    chosen = [i for i in x if status in (cp_model.OPTIMAL, cp_model.FEASIBLE) and solver.value(x[i])]
    assignments = tuple(Assignment(candidates[i].practitioner_id, slots[candidates[i].slot_index]) for i in chosen)
    taken: dict[int, int] = defaultdict(int)
    for i in chosen:
        taken[candidates[i].slot_index] += 1
    uncovered = []
    for s, slot in enumerate(slots):
        missing = slot.need - taken[s]
        if missing <= 0:
            continue
        reasons = set(exclusions.get(s, set()))
        if by_slot.get(s):
            reasons.add("assigned_elsewhere")
        uncovered.append(Uncovered(slot, missing, tuple(sorted(reasons or {"no_availability"}))))
    objective_value = solver.objective_value if chosen else 0.0
    bound = solver.best_objective_bound if chosen else 0.0
    return Solution(assignments, tuple(uncovered), name, clock.perf_counter() - started, objective_value,
                    len(candidates), bound)
