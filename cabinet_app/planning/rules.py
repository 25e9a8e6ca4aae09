"""The rota's rules, checked on every change (pure: the service gathers the facts).

Refusals: end before start; a shift on a day the site is closed; the practitioner somewhere else
at the same time (across sites); an intern without a supervising titular reachable (on shift at
the parent practice, or on call) for the whole shift; a replacement outside an active
replacement contract. Warning: a shift partly outside the opening hours.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import date, timedelta

from ..clock import PARIS
from .calendar import Period, SiteCalendar, covered, days, outside
from .model import PractitionerStatus


@dataclass(frozen=True)
class Violation:
    code: str
    data: dict[str, object] = field(default_factory=dict)


@dataclass(frozen=True)
class BusyElsewhere:
    """Another active shift of the same practitioner."""

    shift_id: uuid.UUID
    site_name: str
    period: Period


@dataclass(frozen=True)
class ShiftFacts:
    """Everything the rules need to judge one proposed shift."""

    period: Period
    on_call: bool
    status: PractitionerStatus
    site_calendar: SiteCalendar
    others: tuple[BusyElsewhere, ...] = ()
    supervision: tuple[Period, ...] = ()  # the supervisor's shifts at the parent + on call
    contracts: tuple[tuple[date, date], ...] = ()


@dataclass(frozen=True)
class RuleReport:
    refusals: tuple[Violation, ...]
    warnings: tuple[Violation, ...]

    @property
    def ok(self) -> bool:
        return not self.refusals


MAX_SHIFT = timedelta(days=8)


def local_days(period: Period) -> list[date]:
    first = period.start.astimezone(PARIS).date()
    last = (period.end - timedelta(microseconds=1)).astimezone(PARIS).date()
    return list(days(first, last))


def check_shift(facts: ShiftFacts) -> RuleReport:
    period = facts.period
    if period.end <= period.start:
        return RuleReport((Violation("end_before_start"),), ())
    if period.duration > MAX_SHIFT:
        return RuleReport((Violation("shift_too_long"),), ())
    refusals: list[Violation] = []
    warnings: list[Violation] = []
    if not facts.on_call:
        covered_days = local_days(period)
        closed = [(d, facts.site_calendar.closed_reason(d)) for d in covered_days]
        if all(reason for _, reason in closed):
            day, reason = closed[0]
            refusals.append(Violation("closed_day", {"day": day, "reason": reason}))
        else:
            opening = [p for d in covered_days for p in facts.site_calendar.periods_on(d)]
            if outside(period, opening):
                warnings.append(Violation("outside_opening_hours", {"parts": outside(period, opening)}))
    for other in facts.others:
        if other.period.overlaps(period):
            refusals.append(Violation("overlap", {"site": other.site_name, "start": other.period.start,
                                                  "end": other.period.end, "shift_id": other.shift_id}))
    if facts.status.needs_supervisor and not covered(period, facts.supervision):  # on call too
        refusals.append(Violation("no_supervisor"))
    if facts.status is PractitionerStatus.REPLACEMENT:
        first, last = local_days(period)[0], local_days(period)[-1]
        if not any(start <= first and last <= end for start, end in facts.contracts):
            refusals.append(Violation("no_contract", {"first": first, "last": last}))
    return RuleReport(tuple(refusals), tuple(warnings))
