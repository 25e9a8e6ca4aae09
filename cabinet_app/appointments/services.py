"""Use cases of the appointment book: types, booking, moving, cancelling, arrivals and no-shows,
the day's book with free time, the next free slot, and the "to rebook" list fed by the rota."""

from __future__ import annotations

import uuid
from bisect import bisect_left, insort
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from ..changes import Area, Changed
from ..clock import PARIS, utcnow
from ..db import UnitOfWork
from ..errors import NotFound, PlanningRefused, PlanningWarning, StaleRecord, ValidationError
from ..planning.calendar import Period, at
from ..records.model import Patient
from ..security.permissions import Permission
from ..security.model import AuditAction
from ..security.services import audit, require
from .model import Appointment, AppointmentKind, AppointmentStatus, AppointmentType
from ..planning.rules import Violation
from .rules import Booked, BookingFacts, check_booking, first_fit, free_periods

DEFAULT_TYPES = (
    ("Consultation", AppointmentKind.CONSULTATION, 15, "#4c8bf5"),
    ("Consultation 20 min", AppointmentKind.CONSULTATION, 20, "#3d7be0"),
    ("Consultation 30 min", AppointmentKind.CONSULTATION, 30, "#2f6bcc"),
    ("Consultation longue", AppointmentKind.LONG_CONSULTATION, 45, "#7b61c9"),
    ("Visite à domicile", AppointmentKind.HOME_VISIT, 30, "#2e9d6a"),
    ("Téléconsultation", AppointmentKind.TELECONSULTATION, 15, "#d08a1c"),
    ("Urgence", AppointmentKind.URGENT, 15, "#d64545"),
)
TRANSITIONS = {
    AppointmentStatus.ARRIVED: {AppointmentStatus.BOOKED},
    AppointmentStatus.SEEN: {AppointmentStatus.BOOKED, AppointmentStatus.ARRIVED},
    AppointmentStatus.NO_SHOW: {AppointmentStatus.BOOKED},
    AppointmentStatus.BOOKED: {AppointmentStatus.ARRIVED, AppointmentStatus.NO_SHOW},  # undo a mistake
}


@dataclass(frozen=True)
class AppointmentTypeInfo:
    id: uuid.UUID
    site_id: uuid.UUID
    name: str
    kind: AppointmentKind
    duration_minutes: int
    colour: str
    active: bool


@dataclass(frozen=True)
class AppointmentInfo:
    id: uuid.UUID
    row_version: int
    site_id: uuid.UUID
    practitioner_id: uuid.UUID
    practitioner_name: str
    patient_id: uuid.UUID
    patient_name: str
    patient_birth_date: date | None
    type_id: uuid.UUID
    type_name: str
    colour: str
    starts_at: datetime
    ends_at: datetime
    status: AppointmentStatus
    overbooked: bool
    note: str
    cancel_reason: str
    rebook_reason: str
    arrived_at: datetime | None


@dataclass(frozen=True)
class BookingInput:
    site_id: uuid.UUID
    practitioner_id: uuid.UUID
    patient_id: uuid.UUID
    type_id: uuid.UUID
    starts_at: datetime
    overbook: bool = False
    note: str = ""


@dataclass(frozen=True)
class DayColumn:
    practitioner_id: uuid.UUID
    practitioner_name: str
    shifts: tuple[Period, ...]
    appointments: tuple[AppointmentInfo, ...]
    free: tuple[Period, ...]


@dataclass(frozen=True)
class DayBook:
    site_id: uuid.UUID
    day: date
    columns: tuple[DayColumn, ...]

    @property
    def waiting_room(self) -> list[AppointmentInfo]:
        arrived = [a for c in self.columns for a in c.appointments if a.status is AppointmentStatus.ARRIVED]
        return sorted(arrived, key=lambda a: a.arrived_at or a.starts_at)


def _type_info(t: AppointmentType) -> AppointmentTypeInfo:
    return AppointmentTypeInfo(t.id, t.site_id, t.name, AppointmentKind(t.kind), t.duration_minutes, t.colour,
                               t.active)


class _Names:
    """Display names for a batch of appointments, fetched once."""

    def __init__(self, uow: UnitOfWork, rows: Sequence[Appointment]) -> None:
        self.people = {p.id: p.display_name for p in uow.practitioners.list()}
        self.patients: dict[uuid.UUID, Patient] = uow.patients.by_ids({r.patient_id for r in rows})
        self.types: dict[uuid.UUID, AppointmentType] = {}
        for tid in {r.type_id for r in rows}:
            found = uow.appointments.type(tid)
            if found is not None:
                self.types[tid] = found

    def info(self, a: Appointment) -> AppointmentInfo:
        patient = self.patients.get(a.patient_id)
        kind = self.types.get(a.type_id)
        return AppointmentInfo(
            id=a.id, row_version=a.row_version, site_id=a.site_id, practitioner_id=a.practitioner_id,
            practitioner_name=self.people.get(a.practitioner_id, "?"), patient_id=a.patient_id,
            patient_name=patient.display_name if patient else "?",
            patient_birth_date=patient.birth_date if patient else None, type_id=a.type_id,
            type_name=kind.name if kind else "?", colour=kind.colour if kind else "#888888",
            starts_at=a.starts_at, ends_at=a.ends_at, status=AppointmentStatus(a.status),
            overbooked=a.overbooked, note=a.note, cancel_reason=a.cancel_reason, rebook_reason=a.rebook_reason,
            arrived_at=a.arrived_at,
        )


def infos(uow: UnitOfWork, rows: Sequence[Appointment]) -> list[AppointmentInfo]:
    names = _Names(uow, rows)
    return [names.info(r) for r in rows]


# --- types ----------------------------------------------------------------------------------------

def list_types(uow: UnitOfWork, site_id: uuid.UUID) -> list[AppointmentTypeInfo]:
    """The site's appointment types; a site without any gets the usual ones."""
    require(uow.actor, Permission.PLANNING_READ)
    rows = uow.appointments.types(site_id, include_inactive=True)
    if not rows:
        if uow.sites.get(site_id) is None:
            raise NotFound(kind="site", key=str(site_id))
        for name, kind, minutes, colour in DEFAULT_TYPES:
            uow.appointments.add(AppointmentType(site_id=site_id, name=name, kind=kind, duration_minutes=minutes,
                                                 colour=colour))
        uow.flush()
        rows = uow.appointments.types(site_id, include_inactive=True)
    return [_type_info(t) for t in rows]


def save_type(uow: UnitOfWork, *, site_id: uuid.UUID, name: str, kind: AppointmentKind | str,
              duration_minutes: int, colour: str, active: bool = True,
              type_id: uuid.UUID | None = None) -> Changed[AppointmentTypeInfo]:
    require(uow.actor, Permission.PLANNING_MANAGE)
    problems: dict[str, str] = {}
    if not name.strip():
        problems["name"] = "required"
    if not 5 <= duration_minutes <= 240:
        problems["duration_minutes"] = "duration_range"
    if not (colour.startswith("#") and len(colour) in (4, 7)):
        problems["colour"] = "colour_format"
    if problems:
        raise ValidationError(problems)
    row = uow.appointments.type(type_id) if type_id else AppointmentType(site_id=site_id)
    if row is None:
        raise NotFound(kind="appointment_type", key=str(type_id))
    row.name, row.kind, row.duration_minutes = name.strip(), AppointmentKind(kind), duration_minutes
    row.colour, row.active = colour, active
    if type_id is None:
        uow.appointments.add(row)
    uow.flush()
    return Changed(_type_info(row), Area.APPOINTMENTS)


# --- booking --------------------------------------------------------------------------------------

def _facts(uow: UnitOfWork, *, site_id: uuid.UUID, practitioner_id: uuid.UUID, patient_id: uuid.UUID,
           period: Period, overbook: bool, ignore: uuid.UUID | None = None) -> BookingFacts:
    shifts = uow.rota.shifts(start=period.start, end=period.end, site_ids=[site_id],
                             practitioner_ids=[practitioner_id], on_call=False)
    mine = uow.appointments.between(start=period.start, end=period.end, practitioner_ids=[practitioner_id],
                                    holding_only=True)
    theirs = uow.appointments.between(start=period.start, end=period.end, patient_ids=[patient_id],
                                      holding_only=True)
    sites = {s.id: s.name for s in uow.sites.list()}

    def booked(rows: Sequence[Appointment]) -> tuple[Booked, ...]:
        return tuple(Booked(r.id, Period(r.starts_at, r.ends_at), r.practitioner_id, r.patient_id,
                            sites.get(r.site_id, "?")) for r in rows if r.id != ignore)

    day = period.start.astimezone(PARIS).date()
    bookable = _bookable(uow, site_id, shifts, day, (period.end - timedelta(microseconds=1)).astimezone(PARIS).date())
    return BookingFacts(period=period, practitioner_id=practitioner_id, patient_id=patient_id,
                        shifts=tuple(bookable.get(practitioner_id, [])),
                        practitioner_booked=booked(mine), patient_booked=booked(theirs), now=utcnow(),
                        overbook=overbook)


def _enforce(facts: BookingFacts, accept_warnings: bool) -> None:
    report = check_booking(facts)
    if report.refusals:
        raise PlanningRefused(report.refusals)
    if report.warnings and not accept_warnings:
        raise PlanningWarning(report.warnings)


def _type_of(uow: UnitOfWork, type_id: uuid.UUID, site_id: uuid.UUID) -> AppointmentType:
    kind = uow.appointments.type(type_id)
    if kind is None or kind.site_id != site_id or not kind.active:
        raise ValidationError({"type_id": "unknown_appointment_type"})
    return kind


def book(uow: UnitOfWork, data: BookingInput, *, accept_warnings: bool = False) -> Changed[AppointmentInfo]:
    """Book a patient with the practitioner on duty. Refusals and unconfirmed warnings save nothing."""
    require(uow.actor, Permission.APPOINTMENTS_MANAGE)
    if data.starts_at.tzinfo is None:
        raise ValidationError({"starts_at": "naive_datetime"})
    if uow.patients.get(data.patient_id) is None:
        raise NotFound(kind="patient", key=str(data.patient_id))
    if uow.practitioners.get(data.practitioner_id) is None:
        raise NotFound(kind="practitioner", key=str(data.practitioner_id))
    kind = _type_of(uow, data.type_id, data.site_id)
    period = Period(data.starts_at, data.starts_at + timedelta(minutes=kind.duration_minutes))
    _enforce(_facts(uow, site_id=data.site_id, practitioner_id=data.practitioner_id, patient_id=data.patient_id,
                    period=period, overbook=data.overbook), accept_warnings)
    row = Appointment(site_id=data.site_id, practitioner_id=data.practitioner_id, patient_id=data.patient_id,
                      type_id=data.type_id, starts_at=period.start, ends_at=period.end,
                      overbooked=data.overbook, note=data.note.strip(), status=AppointmentStatus.BOOKED)
    uow.appointments.add(row)
    uow.flush()
    _audit(uow, AuditAction.APPOINTMENT_BOOK, row)
    return Changed(infos(uow, [row])[0], Area.APPOINTMENTS | Area.AUDIT)


def _audit(uow: UnitOfWork, action: AuditAction, row: Appointment, **details: object) -> None:
    audit(uow, action, patient_id=row.patient_id, target=f"rendez-vous {row.starts_at.astimezone(PARIS):%d/%m/%Y %H:%M}",
          details={"appointment": str(row.id), "practitioner": str(row.practitioner_id), **details})


def _appointment(uow: UnitOfWork, appointment_id: uuid.UUID, expected_version: int | None = None) -> Appointment:
    row = uow.appointments.get(appointment_id)
    if row is None:
        raise NotFound(kind="appointment", key=str(appointment_id))
    if expected_version is not None and row.row_version != expected_version:
        raise StaleRecord(kind="appointment", key=str(appointment_id))
    return row


def move(uow: UnitOfWork, appointment_id: uuid.UUID, *, starts_at: datetime,
         practitioner_id: uuid.UUID | None = None, overbook: bool = False, accept_warnings: bool = False,
         expected_version: int | None = None) -> Changed[AppointmentInfo]:
    """Move an appointment (another time, another practitioner on duty); a "to rebook" one is
    booked again this way."""
    require(uow.actor, Permission.APPOINTMENTS_MANAGE)
    row = _appointment(uow, appointment_id, expected_version)
    if row.status not in (AppointmentStatus.BOOKED, AppointmentStatus.TO_REBOOK):
        raise ValidationError({"status": "not_movable"})
    who = practitioner_id or row.practitioner_id
    period = Period(starts_at, starts_at + (row.ends_at - row.starts_at))
    _enforce(_facts(uow, site_id=row.site_id, practitioner_id=who, patient_id=row.patient_id, period=period,
                    overbook=overbook, ignore=row.id), accept_warnings)
    row.practitioner_id, row.starts_at, row.ends_at = who, period.start, period.end
    row.status, row.overbooked, row.rebook_reason = AppointmentStatus.BOOKED, overbook, ""
    uow.flush()
    _audit(uow, AuditAction.APPOINTMENT_MOVE, row)
    return Changed(infos(uow, [row])[0], Area.APPOINTMENTS | Area.AUDIT)


def cancel(uow: UnitOfWork, appointment_id: uuid.UUID, *, reason: str) -> Changed[AppointmentInfo]:
    """Cancel with a reason: the appointment stays in the patient's history."""
    require(uow.actor, Permission.APPOINTMENTS_MANAGE)
    if not reason.strip():
        raise ValidationError({"cancel_reason": "required"})
    row = _appointment(uow, appointment_id)
    if row.status in (AppointmentStatus.SEEN, AppointmentStatus.CANCELLED):
        raise ValidationError({"status": "not_cancellable"})
    row.status, row.cancelled_at, row.cancelled_by = AppointmentStatus.CANCELLED, utcnow(), uow.actor.user_id
    row.cancel_reason = reason.strip()
    uow.flush()
    _audit(uow, AuditAction.APPOINTMENT_CANCEL, row, reason=row.cancel_reason)
    return Changed(infos(uow, [row])[0], Area.APPOINTMENTS | Area.AUDIT)


def set_status(uow: UnitOfWork, appointment_id: uuid.UUID, status: AppointmentStatus) -> Changed[AppointmentInfo]:
    """Arrived (waiting room), seen, no-show — or back to booked to undo a click by mistake."""
    require(uow.actor, Permission.APPOINTMENTS_MANAGE)
    row = _appointment(uow, appointment_id)
    if AppointmentStatus(row.status) not in TRANSITIONS.get(status, set()):
        raise ValidationError({"status": "transition_not_allowed"})
    row.status = status
    if status is AppointmentStatus.ARRIVED:
        row.arrived_at = utcnow()
    elif status is AppointmentStatus.SEEN:
        row.seen_at = utcnow()
    elif status is AppointmentStatus.BOOKED:
        row.arrived_at = None
    uow.flush()
    return Changed(infos(uow, [row])[0], Area.APPOINTMENTS)


# --- reading ----------------------------------------------------------------------------------------

def day_book(uow: UnitOfWork, site_id: uuid.UUID, day: date) -> DayBook:
    """Each practitioner on shift at the site that day: shifts, appointments (cancelled ones too,
    for the history) and free time."""
    require(uow.actor, Permission.PLANNING_READ)
    start, end = at(day, time(0)), at(day + timedelta(days=1), time(0))
    shifts = uow.rota.shifts(start=start, end=end, site_ids=[site_id], on_call=False)
    rows = uow.appointments.between(start=start, end=end, site_ids=[site_id])
    names = _Names(uow, rows)
    by_person = _bookable(uow, site_id, shifts, day, day)
    for r in rows:
        by_person.setdefault(r.practitioner_id, [])
    columns = []
    for person, periods in by_person.items():
        mine = [names.info(r) for r in rows if r.practitioner_id == person]
        holding = [Period(a.starts_at, a.ends_at) for a in mine if a.status.holds_time]
        columns.append(DayColumn(person, names.people.get(person, "?"), tuple(sorted(periods)), tuple(mine),
                                 tuple(free_periods(periods, holding))))
    columns.sort(key=lambda c: (c.shifts[0].start if c.shifts else end, c.practitioner_name))
    return DayBook(site_id, day, tuple(columns))


def _bookable(uow: UnitOfWork, site_id: uuid.UUID, shifts: Sequence, first: date,
              last: date) -> dict[uuid.UUID, list[Period]]:
    """Per practitioner, the time that can be booked from ``first`` to ``last``: a shift within
    one day as it is; a week-long shift only during the site's opening hours of each day."""
    # imported here: the rota's services import this module (a cancelled shift flags appointments)
    from ..planning.rota_services import site_calendar

    window = Period(at(first, time(0)), at(last + timedelta(days=1), time(0)))
    opening: list[Period] | None = None
    bookable: dict[uuid.UUID, list[Period]] = defaultdict(list)
    for s in shifts:
        shift = Period(s.starts_at, s.ends_at)
        if shift.start.astimezone(PARIS).date() == (shift.end - timedelta(microseconds=1)).astimezone(PARIS).date():
            if shift.overlaps(window):
                bookable[s.practitioner_id].append(shift)
            continue
        if opening is None:
            site = uow.sites.get(site_id)
            opening = site_calendar(uow, site, first, last).periods(first, last) if site else []
        bookable[s.practitioner_id] += [Period(max(o.start, shift.start), min(o.end, shift.end))
                                        for o in opening if o.overlaps(shift)]
    return bookable


def next_free_slot(uow: UnitOfWork, *, site_id: uuid.UUID, type_id: uuid.UUID,
                   practitioner_id: uuid.UUID | None = None, after: datetime | None = None,
                   horizon_days: int = 60) -> tuple[uuid.UUID, Period] | None:
    """The earliest free time long enough for the type, for any practitioner or a chosen one:
    (practitioner id, period), or None within the horizon."""
    require(uow.actor, Permission.PLANNING_READ)
    kind = _type_of(uow, type_id, site_id)
    duration = timedelta(minutes=kind.duration_minutes)
    start = after or utcnow()
    step = timedelta(days=1)  # most searches end the same day: look a day, then wider
    window_start = start
    while window_start < start + timedelta(days=horizon_days):
        window_end = window_start + step
        step = min(step * 2, timedelta(days=14))
        people = [practitioner_id] if practitioner_id else None
        shifts = uow.rota.shifts(start=window_start, end=window_end, site_ids=[site_id], practitioner_ids=people,
                                 on_call=False)
        if shifts:
            ids = sorted({s.practitioner_id for s in shifts})
            taken = uow.appointments.between(start=window_start, end=max(s.ends_at for s in shifts),
                                             practitioner_ids=ids, holding_only=True)
            bookable = _bookable(uow, site_id, shifts, window_start.astimezone(PARIS).date(),
                                 max(s.ends_at for s in shifts).astimezone(PARIS).date())
            best: tuple[uuid.UUID, Period] | None = None
            for person in ids:
                periods = bookable.get(person, [])
                busy = [Period(a.starts_at, a.ends_at) for a in taken if a.practitioner_id == person]
                slot = first_fit(free_periods(periods, busy), duration, not_before=window_start)
                if slot and (best is None or slot.start < best[1].start):
                    best = (person, slot)
            if best is not None:
                return best
        window_start = window_end
    return None


def patient_history(uow: UnitOfWork, patient_id: uuid.UUID) -> list[AppointmentInfo]:
    require(uow.actor, Permission.PATIENT_READ)
    return infos(uow, uow.appointments.of_patient(patient_id))


def to_rebook(uow: UnitOfWork, site_ids: Sequence[uuid.UUID] | None = None) -> list[AppointmentInfo]:
    require(uow.actor, Permission.PLANNING_READ)
    return infos(uow, uow.appointments.to_rebook(site_ids))


def flag_orphans(uow: UnitOfWork, *, practitioner_id: uuid.UUID, site_id: uuid.UUID, window: Period,
                 reason: str) -> list[uuid.UUID]:
    """After a shift was cancelled or shortened: appointments in ``window`` no longer inside an
    active shift of their practitioner become "to rebook" (listed, never deleted)."""
    rows = uow.appointments.between(start=window.start, end=window.end, site_ids=[site_id],
                                    practitioner_ids=[practitioner_id], holding_only=True)
    rows = [r for r in rows if AppointmentStatus(r.status) is AppointmentStatus.BOOKED]
    if not rows:
        return []
    shifts = [Period(s.starts_at, s.ends_at) for s in uow.rota.shifts(
        start=window.start, end=window.end, site_ids=[site_id], practitioner_ids=[practitioner_id], on_call=False)]
    flagged = []
    for r in rows:
        if not any(p.contains(Period(r.starts_at, r.ends_at)) for p in shifts):
            r.status, r.rebook_reason = AppointmentStatus.TO_REBOOK, reason
            flagged.append(r.id)
    uow.flush()
    return flagged


# --- printing -----------------------------------------------------------------------------------------

def day_list_pdf(uow: UnitOfWork, site_id: uuid.UUID, day: date) -> bytes:
    """The day's list for the secretary (identity and phone only, never clinical data)."""
    from ..reports.appointments_pdf import DayList, ListedAppointment, render_day_list

    require(uow.actor, Permission.PATIENT_READ)
    site = uow.sites.get(site_id)
    if site is None:
        raise NotFound(kind="site", key=str(site_id))
    book_ = day_book(uow, site_id, day)
    rows = sorted((a for c in book_.columns for a in c.appointments), key=lambda a: (a.starts_at, a.practitioner_name))
    phones = {pid: p.phone for pid, p in uow.patients.by_ids({a.patient_id for a in rows}).items()}
    listed = tuple(ListedAppointment(a.starts_at, a.ends_at, a.practitioner_name, a.patient_name,
                                     a.patient_birth_date, a.type_name, a.status.value, phones.get(a.patient_id, ""))
                   for a in rows)
    return render_day_list(DayList(site.name, day, listed))


def reminder_pdf(uow: UnitOfWork, appointment_id: uuid.UUID) -> bytes:
    from ..reports.appointments_pdf import ReminderSlip, render_reminder

    require(uow.actor, Permission.PATIENT_READ)
    row = _appointment(uow, appointment_id)
    info = infos(uow, [row])[0]
    site = uow.sites.get(row.site_id)
    address = ", ".join(x for x in (site.address_line, f"{site.postal_code} {site.city}".strip()) if x)
    return render_reminder(ReminderSlip(site.name, address, site.phone, info.patient_name, info.starts_at,
                                        info.practitioner_name, info.type_name))


def _overlaps_any(sorted_periods: list[Period], period: Period) -> bool:
    """Does ``period`` overlap one of the sorted periods? Only those starting less than the
    longest appointment before it can (MAX_DURATION), so the search stays local."""
    from .repository import MAX_DURATION

    index = bisect_left(sorted_periods, Period(period.end, period.end))
    while index > 0 and sorted_periods[index - 1].start > period.start - MAX_DURATION:
        index -= 1
        if sorted_periods[index].overlaps(period):
            return True
    return False


def import_appointments(uow: UnitOfWork, rows: Sequence[Appointment]) -> Changed[int]:
    """Bulk entry (history taken over from previous software, the demo): the same rules as
    :func:`book`, checked in memory for the whole batch — inside a shift, no practitioner or
    patient booked twice at once (appointments that no longer hold time are exempt). One
    refused row refuses the batch."""
    require(uow.actor, Permission.APPOINTMENTS_MANAGE)
    if not rows:
        return Changed(0, Area.NONE)
    start, end = min(r.starts_at for r in rows), max(r.ends_at for r in rows)
    shifts: dict[tuple[uuid.UUID, uuid.UUID], list[Period]] = defaultdict(list)
    for s in uow.rota.shifts(start=start, end=end, on_call=False):
        shifts[(s.practitioner_id, s.site_id)].append(Period(s.starts_at, s.ends_at))
    busy: dict[uuid.UUID, list[Period]] = defaultdict(list)  # kept sorted by start, per person
    for existing in uow.appointments.between(start=start, end=end, holding_only=True):
        for key in (existing.practitioner_id, existing.patient_id):
            insort(busy[key], Period(existing.starts_at, existing.ends_at))
    for row in sorted(rows, key=lambda r: r.starts_at):
        period = Period(row.starts_at, row.ends_at)
        if not any(p.contains(period) for p in shifts[(row.practitioner_id, row.site_id)]):
            raise PlanningRefused((Violation("outside_shift"),), start=row.starts_at)
        if AppointmentStatus(row.status).holds_time:
            for key, code in ((row.practitioner_id, "practitioner_booked"), (row.patient_id, "patient_booked")):
                if _overlaps_any(busy[key], period):
                    raise PlanningRefused((Violation(code, {"start": row.starts_at, "end": row.ends_at, "site": ""}),))
                insort(busy[key], period)
        uow.appointments.add(row)
    uow.flush()
    return Changed(len(rows), Area.APPOINTMENTS)
