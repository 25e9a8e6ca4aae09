"""Exports of the rota: a practitioner's ICS calendar (the ``icalendar`` library; stable UIDs so
that a re-import updates the events; no patient data) and the month planning of a site as PDF."""

from __future__ import annotations

import uuid
from datetime import date, datetime, time, timedelta

from icalendar import Calendar, Event

from ..clock import utcnow
from ..db import UnitOfWork
from ..errors import NotFound, PermissionDenied, ValidationError
from ..reports.planning_pdf import DayPlan, MonthPlanning, PlannedEntry, render_month
from ..security.permissions import Permission
from ..security.services import require
from .calendar import at, days
from .model import ShiftStatus
from .rota_services import ShiftInfo, list_gaps, list_shifts, site_calendar

UID_DOMAIN = "cabinet-app"
WHY_CLOSED = {"holiday": "Férié : {0}", "closure": "Fermé : {0}", "weekday_closed": "Fermé"}


def shift_uid(shift_id: uuid.UUID) -> str:
    return f"{shift_id}@{UID_DOMAIN}"


def ics_bytes(shifts: list[ShiftInfo], *, practitioner_name: str, addresses: dict[uuid.UUID, str]) -> bytes:
    """One VEVENT per shift; cancelled shifts stay as STATUS:CANCELLED so a calendar that
    re-imports the file removes them. SEQUENCE follows the row version."""
    cal = Calendar()
    cal.add("prodid", "-//Cabinet//Planning//FR")
    cal.add("version", "2.0")
    cal.add("x-wr-calname", f"Cabinet — {practitioner_name}")
    cal.add("x-wr-timezone", "Europe/Paris")
    stamp = utcnow()
    for shift in shifts:
        event = Event()
        event.add("uid", shift_uid(shift.id))
        event.add("dtstamp", stamp)
        event.add("dtstart", shift.starts_at)
        event.add("dtend", shift.ends_at)
        event.add("sequence", shift.row_version)
        kind = "Astreinte" if shift.on_call else "Vacation"
        event.add("summary", f"{kind} — {shift.site_name}")
        if address := addresses.get(shift.site_id):
            event.add("location", address)
        event.add("status", "CANCELLED" if shift.status is ShiftStatus.CANCELLED else "CONFIRMED")
        cal.add_component(event)
    return cal.to_ical()


def export_ics(uow: UnitOfWork, practitioner_id: uuid.UUID, *, first: date | None = None,
               last: date | None = None) -> bytes:
    """A practitioner's dates; they may export their own, the planners anyone's."""
    user = uow.users.get(uow.actor.user_id) if uow.actor.user_id else None
    if user is None or user.practitioner_id != practitioner_id:
        require(uow.actor, Permission.PLANNING_READ)
    person = uow.practitioners.get(practitioner_id)
    if person is None:
        raise NotFound(kind="practitioner", key=str(practitioner_id))
    today = date.today()
    first = first or today - timedelta(days=365)
    last = last or today + timedelta(days=2 * 365)
    if last < first:
        raise ValidationError({"last_day": "end_before_start"})
    shifts = list_shifts(uow, start=at(first, time(0)), end=at(last + timedelta(days=1), time(0)),
                         practitioner_ids=[practitioner_id], include_cancelled=True)
    addresses = {s.id: ", ".join(x for x in (s.address_line, f"{s.postal_code} {s.city}".strip()) if x)
                 for s in uow.sites.list()}
    return ics_bytes(shifts, practitioner_name=person.display_name, addresses=addresses)


def month_planning(uow: UnitOfWork, site_id: uuid.UUID, year: int, month: int) -> MonthPlanning:
    require(uow.actor, Permission.PLANNING_READ)
    if not 1 <= month <= 12 or not 2000 <= year <= 2100:
        raise ValidationError({"month": "invalid_month"})
    site = uow.sites.get(site_id)
    if site is None:
        raise NotFound(kind="site", key=str(site_id))
    first = date(year, month, 1)
    last = (first + timedelta(days=32)).replace(day=1) - timedelta(days=1)
    calendar = site_calendar(uow, site, first, last)
    start, end = at(first, time(0)), at(last + timedelta(days=1), time(0))
    shifts = list_shifts(uow, start=start, end=end, site_ids=[site_id])
    gaps = list_gaps(uow, first=first, last=last, site_ids=[site_id])
    plans = []
    for day in days(first, last):
        reason = calendar.closed_reason(day)
        closed = None
        if reason:
            kind, _, detail = reason.partition(":")
            closed = WHY_CLOSED.get(kind, "Fermé").format(detail)
        day_start, day_end = at(day, time(0)), at(day + timedelta(days=1), time(0))
        entries = tuple(
            PlannedEntry(max(s.starts_at, day_start), min(s.ends_at, day_end), s.practitioner_name, s.on_call)
            for s in shifts if s.starts_at < day_end and s.ends_at > day_start
        )
        day_gaps = tuple((g.start, g.end, g.required - g.present) for g in gaps if day_start <= g.start < day_end)
        plans.append(DayPlan(day, closed, entries, day_gaps))
    address = ", ".join(x for x in (site.address_line, f"{site.postal_code} {site.city}".strip()) if x)
    return MonthPlanning(site.name, address, year, month, tuple(plans), site.min_practitioners)


def month_pdf(uow: UnitOfWork, site_id: uuid.UUID, year: int, month: int) -> bytes:
    return render_month(month_planning(uow, site_id, year, month))


def parse_month(text: str) -> tuple[int, int]:
    """"2026-12" → (2026, 12); anything else is refused with ``invalid_month``."""
    try:
        parsed = datetime.strptime(text.strip(), "%Y-%m")
    except ValueError:
        raise ValidationError({"month": "invalid_month"}) from None
    return parsed.year, parsed.month
