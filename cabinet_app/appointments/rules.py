"""The book's rules (pure): an appointment lies inside a shift of its practitioner at that site;
no double booking of a practitioner (unless overbooking is asked for explicitly), nor of a
patient at two places at once; an appointment in the past is allowed (catch-up entry) but warned.
Free time is what the shifts leave once the booked appointments are taken out."""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from ..planning.calendar import Period, covered, merge, outside
from ..planning.rules import RuleReport, Violation


@dataclass(frozen=True)
class Booked:
    """An appointment that holds time."""

    appointment_id: uuid.UUID
    period: Period
    practitioner_id: uuid.UUID
    patient_id: uuid.UUID
    site_name: str = ""


@dataclass(frozen=True)
class BookingFacts:
    period: Period
    practitioner_id: uuid.UUID
    patient_id: uuid.UUID
    shifts: tuple[Period, ...]  # the practitioner's shifts at that site
    practitioner_booked: tuple[Booked, ...]
    patient_booked: tuple[Booked, ...]
    now: datetime
    overbook: bool = False


def check_booking(facts: BookingFacts) -> RuleReport:
    period = facts.period
    if period.end <= period.start:
        return RuleReport((Violation("end_before_start"),), ())
    refusals: list[Violation] = []
    warnings: list[Violation] = []
    if not covered(period, facts.shifts):
        refusals.append(Violation("outside_shift"))
    clash = [b for b in facts.practitioner_booked if b.period.overlaps(period)]
    if clash and not facts.overbook:
        refusals.append(Violation("practitioner_booked", {"start": clash[0].period.start, "end": clash[0].period.end}))
    elsewhere = [b for b in facts.patient_booked if b.period.overlaps(period)]
    if elsewhere:
        refusals.append(Violation("patient_booked", {"start": elsewhere[0].period.start,
                                                     "site": elsewhere[0].site_name}))
    if period.start < facts.now:
        warnings.append(Violation("in_the_past", {"start": period.start}))
    return RuleReport(tuple(refusals), tuple(warnings))


def free_periods(shifts: Iterable[Period], booked: Iterable[Period]) -> list[Period]:
    """The parts of the shifts that no appointment takes."""
    free: list[Period] = []
    taken = merge(booked)
    for shift in merge(shifts):
        free.extend(outside(shift, taken))
    return free


def first_fit(free: Sequence[Period], duration: timedelta, *, not_before: datetime,
              grid: timedelta = timedelta(minutes=5)) -> Period | None:
    """The earliest start on a ``grid`` (from each free period's start) that fits ``duration``."""
    for window in sorted(free):
        start = max(window.start, not_before)
        if start > window.start:  # round up onto the grid of the window
            steps = -(-(start - window.start) // grid)
            start = window.start + steps * grid
        if start + duration <= window.end:
            return Period(start, start + duration)
    return None
