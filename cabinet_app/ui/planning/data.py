"""What the planning views show, gathered through the planning services (no Qt here, so the
benchmark and the tests can call it headless).

A *cell* of the week view is a site's half-day (*matin* before 13:00, *après-midi* after); a
shift or a gap belongs to every cell it overlaps, so a week-long rotation (Monday 8:00 to
Saturday noon) shows in each half-day it covers.
"""

from __future__ import annotations

import enum
import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta

from ...clock import PARIS, today_paris
from ...db import UnitOfWork
from ...planning.calendar import WeeklyHours, at, days
from ...planning.rota_services import (
    AvailabilityInfo,
    GapInfo,
    ShiftInfo,
    count_gaps_ahead,
    list_availabilities,
    list_gaps,
    list_shifts,
    site_calendar,
)
from ...planning.services import PractitionerInfo, SiteInfo, list_practitioners, list_sites

#: where the morning ends and the afternoon begins (wall-clock, Paris)
NOON = time(13)
#: the usual half-day *vacations* (the ShiftDialog's presets, and a moved half-day's fallback)
MORNING_HOURS = (time(8), time(12))
AFTERNOON_HOURS = (time(14), time(19))
GAPS_AHEAD_DAYS = 30
#: what the planning page shows
WEEK, MONTH, MINE = "week", "month", "mine"
MONTH_CELLS = 42  # 6 weeks × 7 days


class HalfDay(enum.IntEnum):
    MORNING = 0
    AFTERNOON = 1


@dataclass(frozen=True)
class SitePlan:
    """A site, its weekly opening hours, and why it is closed on the closed days of the period
    (``holiday:<name>``, ``closure:<reason>`` or ``weekday_closed``)."""

    site: SiteInfo
    hours: tuple[WeeklyHours, ...] = ()
    closed: dict[date, str] = field(default_factory=dict)


@dataclass(frozen=True)
class PlanningData:
    """Everything one screen of planning needs, from ``first`` to ``last`` (included)."""

    first: date
    last: date
    sites: tuple[SitePlan, ...]
    shifts: tuple[ShiftInfo, ...]
    gaps: tuple[GapInfo, ...]
    availabilities: tuple[AvailabilityInfo, ...] = ()


@dataclass(frozen=True)
class Choices:
    """What the choosers offer: the sites and the practitioners."""

    sites: tuple[SiteInfo, ...]
    practitioners: tuple[PractitionerInfo, ...]


# --- time helpers -------------------------------------------------------------------------------

def monday_of(day: date) -> date:
    return day - timedelta(days=day.weekday())


def month_grid_start(year: int, month: int) -> date:
    """The Monday on or before the 1st: the first cell of the 6 × 7 month grid."""
    return monday_of(date(year, month, 1))


def half_bounds(day: date, half: HalfDay) -> tuple[datetime, datetime]:
    """The window of a half-day cell: midnight–13:00 or 13:00–midnight."""
    if half is HalfDay.MORNING:
        return at(day, time(0)), at(day, NOON)
    return at(day, NOON), at(day + timedelta(days=1), time(0))


def local_day(moment: datetime) -> date:
    return moment.astimezone(PARIS).date()


def cells_of(start: datetime, end: datetime, first: date, last: date) -> list[tuple[date, HalfDay]]:
    """The half-day cells between ``first`` and ``last`` that ``[start, end)`` overlaps."""
    found: list[tuple[date, HalfDay]] = []
    day = max(first, local_day(start))
    final = min(last, local_day(end - timedelta(microseconds=1)))
    while day <= final:
        for half in HalfDay:
            low, high = half_bounds(day, half)
            if start < high and end > low:
                found.append((day, half))
        day += timedelta(days=1)
    return found


def is_open(hours: Sequence[WeeklyHours], day: date, half: HalfDay) -> bool:
    """Does the site open during this half-day (on a day it is not closed)?"""
    low, high = (time(0), NOON) if half is HalfDay.MORNING else (NOON, time.max)
    return any(h.weekday == day.weekday() and h.opens < high and h.closes > low for h in hours)


def half_day_times(hours: Sequence[WeeklyHours], day: date, half: HalfDay) -> tuple[datetime, datetime]:
    """The usual times of a half-day at a site: its opening period of that half on that weekday,
    else the preset (8:00–12:00, 14:00–19:00)."""
    for h in sorted(hours, key=lambda h: h.opens):
        if h.weekday == day.weekday() and (h.opens < NOON) == (half is HalfDay.MORNING):
            return at(day, h.opens), at(day, h.closes)
    opens, closes = MORNING_HOURS if half is HalfDay.MORNING else AFTERNOON_HOURS
    return at(day, opens), at(day, closes)


# --- loading ------------------------------------------------------------------------------------

def _site_plans(uow: UnitOfWork, site_ids: Sequence[uuid.UUID] | None, first: date, last: date) -> tuple[SitePlan, ...]:
    plans = []
    for site in list_sites(uow):
        if site_ids is not None and site.id not in site_ids:
            continue
        calendar = site_calendar(uow, site, first, last)  # reads only .id and .alsace_moselle
        closed = {d: why for d in days(first, last) if (why := calendar.closed_reason(d))}
        plans.append(SitePlan(site, calendar.hours, closed))
    return tuple(plans)


def load_period(uow: UnitOfWork, *, site_ids: Sequence[uuid.UUID] | None, first: date, last: date,
                with_availabilities: bool = True) -> PlanningData:
    """Shifts, gaps, closed days and availabilities of the chosen sites (None: all)."""
    sites = _site_plans(uow, site_ids, first, last)
    ids = [p.site.id for p in sites]
    start, end = at(first, time(0)), at(last + timedelta(days=1), time(0))
    shifts = list_shifts(uow, start=start, end=end, site_ids=ids)
    gaps = list_gaps(uow, first=first, last=last, site_ids=ids)
    offered: list[AvailabilityInfo] = []
    if with_availabilities:
        offered = [a for a in list_availabilities(uow, start=start, end=end)
                   if a.site_id is None or a.site_id in ids]
    return PlanningData(first, last, sites, tuple(shifts), tuple(gaps), tuple(offered))


def load_week(uow: UnitOfWork, site_ids: Sequence[uuid.UUID] | None, week_start: date) -> PlanningData:
    """The week (Monday to Sunday) that holds ``week_start``: what fills the week view."""
    monday = monday_of(week_start)
    return load_period(uow, site_ids=site_ids, first=monday, last=monday + timedelta(days=6))


def load_month(uow: UnitOfWork, site_ids: Sequence[uuid.UUID] | None, year: int, month: int) -> PlanningData:
    """The 6 × 7 days of the month grid (a few days of the months around it included)."""
    first = month_grid_start(year, month)
    return load_period(uow, site_ids=site_ids, first=first, last=first + timedelta(days=MONTH_CELLS - 1))


def load_my_dates(uow: UnitOfWork, practitioner_id: uuid.UUID, *, today: date | None = None,
                  days_ahead: int = 365) -> list[ShiftInfo]:
    """A practitioner's own shifts from today on, at every site."""
    today = today or today_paris()
    return list_shifts(uow, start=at(today, time(0)), end=at(today + timedelta(days=days_ahead), time(0)),
                       practitioner_ids=[practitioner_id])


def load_choices(uow: UnitOfWork) -> Choices:
    return Choices(tuple(list_sites(uow)), tuple(list_practitioners(uow)))


def gaps_ahead(uow: UnitOfWork, *, days_ahead: int = GAPS_AHEAD_DAYS, today: date | None = None) -> list[GapInfo]:
    today = today or today_paris()
    return list_gaps(uow, first=today, last=today + timedelta(days=days_ahead - 1))


def count_ahead(uow: UnitOfWork) -> int:
    """The number of uncovered opening periods in the next 30 days, every site."""
    return count_gaps_ahead(uow, days_ahead=GAPS_AHEAD_DAYS)
