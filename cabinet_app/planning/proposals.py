"""Use cases of auto-fill: gather the facts, let CP-SAT propose, show it as a diff, apply what
the secretary accepts (each shift judged again by the rules when it is saved)."""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from ..changes import Area, Changed
from ..db import UnitOfWork
from ..errors import ValidationError
from ..security.permissions import Permission
from ..security.services import require
from .autofill import Candidate, Slot, solve
from .calendar import Period, at
from .gaps import Presence, find_gaps
from .model import AvailabilityKind, PractitionerStatus, Shift, ShiftSource, SiteKind
from .rota_services import ShiftInput, create_shift, site_calendar
from .rules import BusyElsewhere, ShiftFacts, check_shift

MAX_DAYS = 200
REASON_OF = {"overlap": "busy_elsewhere", "no_contract": "no_contract", "no_supervisor": "no_supervisor"}


@dataclass(frozen=True)
class ProposedShift:
    site_id: uuid.UUID
    site_name: str
    practitioner_id: uuid.UUID
    practitioner_name: str
    starts_at: datetime
    ends_at: datetime


@dataclass(frozen=True)
class UncoveredInfo:
    site_id: uuid.UUID
    site_name: str
    start: datetime
    end: datetime
    missing: int
    reasons: tuple[str, ...]


@dataclass(frozen=True)
class Proposal:
    first: date
    last: date
    shifts: tuple[ProposedShift, ...]
    uncovered: tuple[UncoveredInfo, ...]
    status: str
    wall_seconds: float
    candidates: int
    gap_percent: float = 0.0


def _slots(uow: UnitOfWork, sites, first: date, last: date) -> list[Slot]:
    slots: list[Slot] = []
    for site in sites:
        opening = site_calendar(uow, site, first, last).periods(first, last)
        if not opening:
            continue
        rows = uow.rota.shifts(start=opening[0].start, end=opening[-1].end, site_ids=[site.id], on_call=False)
        presences = [Presence(s.practitioner_id, Period(s.starts_at, s.ends_at)) for s in rows]
        for window in opening:
            gaps = find_gaps([window], presences, site.min_practitioners)
            if gaps:
                iso = window.start.isocalendar()
                slots.append(Slot(site.id, window, max(g.missing for g in gaps), (iso[0], iso[1]),
                                  site.works_by_week))
    return slots


def _gather(uow: UnitOfWork, sites, slots: list[Slot], first: date, last: date):
    start, end = at(first, datetime.min.time()), at(last + timedelta(days=1), datetime.min.time())
    site_by_id = {s.id: s for s in uow.sites.list()}
    people = {p.id: p for p in uow.practitioners.list()}
    availabilities = uow.rota.availabilities(start=start, end=end)
    volunteers = {a.practitioner_id for a in availabilities if a.kind == AvailabilityKind.AVAILABLE}
    supervisors = {people[v].supervisor_id for v in volunteers if v in people and people[v].supervisor_id}
    busy = uow.rota.shifts(start=start - timedelta(days=1), end=end + timedelta(days=1),
                           practitioner_ids=list(volunteers | supervisors))
    shifts_of: dict[uuid.UUID, list[Shift]] = defaultdict(list)
    for s in busy:
        shifts_of[s.practitioner_id].append(s)
    contracts: dict[uuid.UUID, list[tuple[date, date]]] = defaultdict(list)
    for c in uow.rota.contracts(list(volunteers)):
        contracts[c.practitioner_id].append((c.starts_on, c.ends_on))
    calendars = {s.id: site_calendar(uow, s, first, last) for s in sites}
    offered: dict[uuid.UUID, list] = defaultdict(list)
    for a in availabilities:
        offered[a.practitioner_id].append(a)
    candidates: list[Candidate] = []
    exclusions: dict[int, set[str]] = defaultdict(set)
    for index, slot in enumerate(slots):
        for person_id in sorted(volunteers):
            person = people.get(person_id)
            if person is None:
                continue
            mine = [a for a in offered[person_id] if a.site_id in (None, slot.site_id)
                    and a.starts_at < slot.period.end and a.ends_at > slot.period.start]
            if any(a.kind == AvailabilityKind.UNAVAILABLE and Period(a.starts_at, a.ends_at).overlaps(slot.period)
                   for a in mine):
                continue
            offers = [a for a in mine if a.kind == AvailabilityKind.AVAILABLE
                      and Period(a.starts_at, a.ends_at).contains(slot.period)]
            if not offers:
                continue
            supervision = tuple(
                Period(s.starts_at, s.ends_at) for s in shifts_of.get(person.supervisor_id, [])
                if s.on_call or site_by_id.get(s.site_id) and site_by_id[s.site_id].kind == SiteKind.PARENT
            )
            facts = ShiftFacts(
                period=slot.period, on_call=False, status=PractitionerStatus(person.status),
                site_calendar=calendars[slot.site_id],
                others=tuple(BusyElsewhere(s.id, "", Period(s.starts_at, s.ends_at))
                             for s in shifts_of.get(person_id, []) if not s.on_call),
                supervision=supervision, contracts=tuple(contracts.get(person_id, [])),
            )
            report = check_shift(facts)
            if report.refusals:
                exclusions[index].update(REASON_OF.get(v.code, v.code) for v in report.refusals)
                continue
            candidates.append(Candidate(person_id, index, preferred=any(a.preferred for a in offers)))
    return candidates, exclusions, people, site_by_id


def propose_rota(uow: UnitOfWork, *, site_ids: Sequence[uuid.UUID], first: date, last: date,
                 time_limit: float = 6.0) -> Proposal:
    """A proposal for the gaps of the chosen sites and period; nothing is saved."""
    require(uow.actor, Permission.PLANNING_MANAGE)
    if last < first:
        raise ValidationError({"last_day": "end_before_start"})
    if (last - first).days > MAX_DAYS:
        raise ValidationError({"last_day": "period_too_long"})
    sites = [s for s in uow.sites.list() if s.id in set(site_ids)]
    if not sites:
        raise ValidationError({"site_id": "unknown_site"})
    slots = _slots(uow, sites, first, last)
    candidates, exclusions, people, site_by_id = _gather(uow, sites, slots, first, last)
    solution = solve(slots, candidates, exclusions, time_limit=time_limit)
    shifts = tuple(sorted(
        (ProposedShift(a.slot.site_id, site_by_id[a.slot.site_id].name, a.practitioner_id,
                       people[a.practitioner_id].display_name, a.slot.period.start, a.slot.period.end)
         for a in solution.assignments),
        key=lambda p: (p.starts_at, p.site_name, p.practitioner_name),
    ))
    uncovered = tuple(UncoveredInfo(u.slot.site_id, site_by_id[u.slot.site_id].name, u.slot.period.start,
                                    u.slot.period.end, u.missing, u.reasons) for u in solution.uncovered)
    return Proposal(first, last, shifts, uncovered, solution.status, solution.wall_seconds,
                    solution.candidate_count, solution.gap_percent)


def apply_proposal(uow: UnitOfWork, shifts: Sequence[ProposedShift]) -> Changed[int]:
    """Save the accepted part of a proposal. Each shift is judged again; one refusal (the rota
    changed meanwhile) refuses the whole acceptance and nothing is saved."""
    require(uow.actor, Permission.PLANNING_MANAGE)
    for proposed in shifts:
        create_shift(uow, ShiftInput(site_id=proposed.site_id, practitioner_id=proposed.practitioner_id,
                                     starts_at=proposed.starts_at, ends_at=proposed.ends_at),
                     source=ShiftSource.AUTOFILL)
    return Changed(len(shifts), Area.PLANNING)
