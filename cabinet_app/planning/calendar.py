"""When a site is open: weekly opening hours in Paris wall-clock time, exceptional closures, and
French public holidays from the maintained ``holidays`` library (metropolitan France, with
Alsace-Moselle's Good Friday and 26 December as a per-site option). Pure functions, no database.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from functools import lru_cache

import holidays

from ..clock import PARIS


@dataclass(frozen=True, order=True)
class Period:
    """A half-open interval [start, end) of aware datetimes."""

    start: datetime
    end: datetime

    def overlaps(self, other: "Period") -> bool:
        return self.start < other.end and other.start < self.end

    def contains(self, other: "Period") -> bool:
        return self.start <= other.start and other.end <= self.end

    @property
    def duration(self) -> timedelta:
        return self.end - self.start


@dataclass(frozen=True)
class WeeklyHours:
    weekday: int  # 0 = Monday
    opens: time
    closes: time


DEFAULT_HOURS: tuple[WeeklyHours, ...] = tuple(
    [WeeklyHours(d, time(8), time(12)) for d in range(5)]
    + [WeeklyHours(d, time(14), time(19)) for d in range(5)]
    + [WeeklyHours(5, time(8), time(12))]
)


@lru_cache(maxsize=64)
def public_holidays(year: int, alsace_moselle: bool = False) -> dict[date, str]:
    """The public holidays of a year, with their French names."""
    subdiv = "57" if alsace_moselle else None
    table = holidays.France(years=year, subdiv=subdiv, language="fr")
    return dict(table.items())


def holiday_name(day: date, alsace_moselle: bool = False) -> str | None:
    return public_holidays(day.year, alsace_moselle).get(day)


def at(day: date, moment: time) -> datetime:
    """A Paris wall-clock time on a day, as an aware datetime (DST handled by zoneinfo)."""
    return datetime.combine(day, moment, tzinfo=PARIS)


def days(first: date, last: date) -> Iterator[date]:
    """Every day from ``first`` to ``last`` included."""
    day = first
    while day <= last:
        yield day
        day += timedelta(days=1)


@dataclass(frozen=True)
class SiteCalendar:
    """What decides whether a site is open: its weekly hours, closures and holiday zone."""

    hours: tuple[WeeklyHours, ...]
    closures: tuple[tuple[date, date, str], ...] = ()
    alsace_moselle: bool = False

    def closed_reason(self, day: date) -> str | None:
        """Why the site is closed all day (holiday name, closure reason, or "closed"), or None."""
        if (name := holiday_name(day, self.alsace_moselle)) is not None:
            return f"holiday:{name}"
        for first, last, reason in self.closures:
            if first <= day <= last:
                return f"closure:{reason}"
        if not any(h.weekday == day.weekday() for h in self.hours):
            return "weekday_closed"
        return None

    def periods_on(self, day: date) -> list[Period]:
        if self.closed_reason(day) is not None:
            return []
        todays = sorted((h for h in self.hours if h.weekday == day.weekday()), key=lambda h: h.opens)
        return [Period(at(day, h.opens), at(day, h.closes)) for h in todays]

    def periods(self, first: date, last: date) -> list[Period]:
        return [p for day in days(first, last) for p in self.periods_on(day)]


def merge(periods: Iterable[Period]) -> list[Period]:
    """Union of periods, as sorted disjoint periods."""
    merged: list[Period] = []
    for p in sorted(periods):
        if merged and p.start <= merged[-1].end:
            if p.end > merged[-1].end:
                merged[-1] = Period(merged[-1].start, p.end)
        else:
            merged.append(p)
    return merged


def covered(period: Period, by: Iterable[Period]) -> bool:
    """Is ``period`` entirely inside the union of ``by``?"""
    return any(m.contains(period) for m in merge(by))


def outside(period: Period, allowed: Iterable[Period]) -> list[Period]:
    """The parts of ``period`` that are not inside ``allowed``."""
    rest: list[Period] = []
    cursor = period.start
    for m in merge(allowed):
        if m.end <= cursor or m.start >= period.end:
            continue
        if m.start > cursor:
            rest.append(Period(cursor, min(m.start, period.end)))
        cursor = max(cursor, m.end)
        if cursor >= period.end:
            break
    if cursor < period.end:
        rest.append(Period(cursor, period.end))
    return rest
