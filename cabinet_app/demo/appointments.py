"""The demo cabinet's appointment book over the demo year: 20–28 consultations per doctor-day
(8–12 per half-day *vacation*), a few cancellations and no-shows in the past, today's list half
seen, half to come, and the coming weeks filling up. Entered through the book's bulk import,
which checks the same rules as a booking."""

from __future__ import annotations

import random
import uuid
from collections import defaultdict
from datetime import date, datetime, time, timedelta

from ..appointments.model import Appointment, AppointmentStatus
from ..appointments.services import import_appointments, list_types
from ..clock import PARIS
from ..db import UnitOfWork
from ..planning.calendar import Period, at

CANCEL_REASONS = ("Patient hospitalisé", "Empêchement du patient", "Pris en charge ailleurs", "Erreur de saisie")


def build_demo_book(uow: UnitOfWork, *, first: date, last: date, now: datetime, seed: int) -> int:
    """Fill the shifts between ``first`` and ``last``; returns the number of appointments."""
    rng = random.Random(seed + 2)
    patients = uow.patients.ids()
    if not patients:
        return 0
    types_by_site = {s.id: [t for t in list_types(uow, s.id) if t.active] for s in uow.sites.list()}
    shifts = uow.rota.shifts(start=at(first, time(0)), end=at(last + timedelta(days=1), time(0)), on_call=False)
    patient_busy: dict[uuid.UUID, list[Period]] = defaultdict(list)
    rows: list[Appointment] = []
    for shift in shifts:
        for window in _opening_windows(shift.starts_at, shift.ends_at):
            rows.extend(_fill(window, shift, types_by_site[shift.site_id], patients, patient_busy, now, rng))
    import_appointments(uow, rows)
    return len(rows)


def _opening_windows(start: datetime, end: datetime) -> list[Period]:
    """The consulting hours inside a shift (a week-long shift consults 8–12 and 14–19)."""
    windows = []
    day = start.astimezone(PARIS).date()
    while at(day, time(0)) < end:
        for a, b in ((time(8), time(12)), (time(14), time(19))):
            if day.weekday() == 6 or (day.weekday() == 5 and a.hour >= 14):
                continue
            w = Period(max(at(day, a), start), min(at(day, b), end))
            if w.start < w.end:
                windows.append(w)
        day += timedelta(days=1)
    return windows


def _fill(window: Period, shift, types, patients, patient_busy, now: datetime, rng: random.Random) -> list[Appointment]:
    ahead_days = (window.start - now).days
    fill = 0.92 if ahead_days < 1 else max(0.15, 0.85 - 0.03 * ahead_days)
    weights = [8 if t.name == "Consultation" else 2 if "Consultation" in t.name else 1 for t in types]
    rows = []
    cursor = window.start
    while cursor < window.end:
        kind = rng.choices(types, weights)[0]
        end = cursor + timedelta(minutes=kind.duration_minutes)
        if end > window.end:
            break
        if rng.random() < fill:
            patient = rng.choice(patients)
            period = Period(cursor, end)
            if not any(p.overlaps(period) for p in patient_busy[patient]):
                patient_busy[patient].append(period)
                rows.append(_appointment(shift, patient, kind, period, now, rng))
        cursor = end
    return rows


def _appointment(shift, patient: uuid.UUID, kind, period: Period, now: datetime, rng: random.Random) -> Appointment:
    row = Appointment(site_id=shift.site_id, practitioner_id=shift.practitioner_id, patient_id=patient,
                      type_id=kind.id, starts_at=period.start, ends_at=period.end)
    if period.end <= now:
        roll = rng.random()
        if roll < 0.06:
            row.status, row.cancel_reason = AppointmentStatus.CANCELLED, rng.choice(CANCEL_REASONS)
            row.cancelled_at = period.start - timedelta(days=rng.randint(0, 5), hours=rng.randint(1, 8))
        elif roll < 0.10:
            row.status = AppointmentStatus.NO_SHOW
        else:
            row.status, row.arrived_at = AppointmentStatus.SEEN, period.start - timedelta(minutes=rng.randint(0, 15))
            row.seen_at = period.end
    elif period.start <= now + timedelta(minutes=30) and period.start.date() == now.date():
        row.status, row.arrived_at = AppointmentStatus.ARRIVED, now - timedelta(minutes=rng.randint(1, 20))
    else:
        row.status = AppointmentStatus.BOOKED
    return row
