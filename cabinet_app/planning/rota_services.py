"""Use cases of the rota: opening hours, closures, shifts (create, move, shorten, cancel),
recurring patterns, availabilities, contracts' dates, and gaps. Every change is judged by
:mod:`cabinet_app.planning.rules`; a refusal or an unconfirmed warning saves nothing."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from ..appointments.services import flag_orphans
from ..changes import Area, Changed
from ..clock import PARIS, today_paris, utcnow
from ..db import UnitOfWork
from ..errors import NotFound, PlanningRefused, PlanningWarning, StaleRecord, ValidationError
from ..fees.model import ContractTerms, ReplacementContract, apply_terms, terms_problems
from ..security.permissions import Permission
from ..security.services import require
from .calendar import DEFAULT_HOURS, Period, SiteCalendar, WeeklyHours, at, days
from .gaps import Gap, Presence, find_gaps
from .model import (
    Availability,
    AvailabilityKind,
    Closure,
    OpeningHours,
    Practitioner,
    PractitionerStatus,
    RecurringPattern,
    Shift,
    ShiftSource,
    ShiftStatus,
    Site,
    SiteKind,
)
from .rules import BusyElsewhere, RuleReport, ShiftFacts, check_shift


@dataclass(frozen=True)
class ShiftInput:
    site_id: uuid.UUID
    practitioner_id: uuid.UUID
    starts_at: datetime
    ends_at: datetime
    on_call: bool = False
    note: str = ""


@dataclass(frozen=True)
class ShiftInfo:
    id: uuid.UUID
    row_version: int
    site_id: uuid.UUID
    site_name: str
    practitioner_id: uuid.UUID
    practitioner_name: str
    practitioner_status: PractitionerStatus
    starts_at: datetime
    ends_at: datetime
    on_call: bool
    status: ShiftStatus
    source: ShiftSource
    note: str
    cancel_reason: str
    pattern_id: uuid.UUID | None

    @property
    def period(self) -> Period:
        return Period(self.starts_at, self.ends_at)


@dataclass(frozen=True)
class GapInfo:
    site_id: uuid.UUID
    site_name: str
    start: datetime
    end: datetime
    present: int
    required: int


@dataclass(frozen=True)
class AvailabilityInfo:
    id: uuid.UUID
    practitioner_id: uuid.UUID
    practitioner_name: str
    site_id: uuid.UUID | None
    starts_at: datetime
    ends_at: datetime
    kind: AvailabilityKind
    preferred: bool
    note: str


def _aware(moment: datetime) -> datetime:
    if moment.tzinfo is None:
        raise ValidationError({"starts_at": "naive_datetime"})
    return moment


def _names(uow: UnitOfWork) -> tuple[dict[uuid.UUID, Site], dict[uuid.UUID, Practitioner]]:
    sites = {s.id: s for s in uow.sites.list()}
    practitioners = {p.id: p for p in uow.practitioners.list()}
    return sites, practitioners


def shift_info(shift: Shift, sites: dict[uuid.UUID, Site], practitioners: dict[uuid.UUID, Practitioner]) -> ShiftInfo:
    site = sites.get(shift.site_id)
    person = practitioners.get(shift.practitioner_id)
    return ShiftInfo(
        id=shift.id, row_version=shift.row_version, site_id=shift.site_id,
        site_name=site.name if site else "?", practitioner_id=shift.practitioner_id,
        practitioner_name=person.display_name if person else "?",
        practitioner_status=PractitionerStatus(person.status) if person else PractitionerStatus.REPLACEMENT,
        starts_at=shift.starts_at, ends_at=shift.ends_at, on_call=shift.on_call,
        status=ShiftStatus(shift.status), source=ShiftSource(shift.source), note=shift.note,
        cancel_reason=shift.cancel_reason, pattern_id=shift.pattern_id,
    )


# --- calendars --------------------------------------------------------------------------------

def site_calendar(uow: UnitOfWork, site: Site, first: date | None = None, last: date | None = None) -> SiteCalendar:
    rows = uow.rota.opening_hours(site.id)
    hours = tuple(WeeklyHours(r.weekday, r.opens, r.closes) for r in rows) or DEFAULT_HOURS
    closures = tuple((c.first_day, c.last_day, c.reason) for c in uow.rota.closures(site.id, first, last))
    return SiteCalendar(hours=hours, closures=closures, alsace_moselle=site.alsace_moselle)


def _site(uow: UnitOfWork, site_id: uuid.UUID) -> Site:
    site = uow.sites.get(site_id)
    if site is None:
        raise NotFound(kind="site", key=str(site_id))
    return site


def _practitioner(uow: UnitOfWork, practitioner_id: uuid.UUID) -> Practitioner:
    found = uow.practitioners.get(practitioner_id)
    if found is None:
        raise NotFound(kind="practitioner", key=str(practitioner_id))
    return found


def opening_hours(uow: UnitOfWork, site_id: uuid.UUID) -> list[WeeklyHours]:
    return list(site_calendar(uow, _site(uow, site_id)).hours)


def set_opening_hours(uow: UnitOfWork, site_id: uuid.UUID, hours: Sequence[WeeklyHours]) -> Changed[list[WeeklyHours]]:
    """Replace a site's weekly hours (old rows are tombstoned, so the change syncs)."""
    require(uow.actor, Permission.PLANNING_MANAGE)
    _site(uow, site_id)
    problems: dict[str, str] = {}
    for h in hours:
        if not 0 <= h.weekday <= 6:
            problems["weekday"] = "weekday_range"
        elif h.opens >= h.closes:
            problems["opening_hours"] = "opens_after_closes"
    by_day: dict[int, list[WeeklyHours]] = {}
    for h in sorted(hours, key=lambda h: (h.weekday, h.opens)):
        if by_day.get(h.weekday) and by_day[h.weekday][-1].closes > h.opens:
            problems["opening_hours"] = "hours_overlap"
        by_day.setdefault(h.weekday, []).append(h)
    if problems:
        raise ValidationError(problems)
    for row in uow.rota.opening_hours(site_id):
        row.mark_deleted(by=uow.actor.user_id)
    for h in hours:
        uow.rota.add(OpeningHours(site_id=site_id, weekday=h.weekday, opens=h.opens, closes=h.closes))
    uow.flush()
    return Changed(list(hours), Area.PLANNING)


def add_closure(uow: UnitOfWork, site_id: uuid.UUID, *, first_day: date, last_day: date, reason: str = "") -> Changed[None]:
    require(uow.actor, Permission.PLANNING_MANAGE)
    _site(uow, site_id)
    if last_day < first_day:
        raise ValidationError({"last_day": "end_before_start"})
    uow.rota.add(Closure(site_id=site_id, first_day=first_day, last_day=last_day, reason=reason.strip()))
    uow.flush()
    return Changed(None, Area.PLANNING)


@dataclass(frozen=True)
class ClosureInfo:
    id: uuid.UUID
    site_id: uuid.UUID
    first_day: date
    last_day: date
    reason: str


def list_closures(uow: UnitOfWork, site_id: uuid.UUID, *, first: date | None = None) -> list[ClosureInfo]:
    require(uow.actor, Permission.PLANNING_READ)
    return [ClosureInfo(c.id, c.site_id, c.first_day, c.last_day, c.reason)
            for c in uow.rota.closures(site_id, first, None)]


def remove_closure(uow: UnitOfWork, closure_id: uuid.UUID) -> Changed[None]:
    """Withdraw a closure entered by mistake (tombstoned: the sync carries it)."""
    require(uow.actor, Permission.PLANNING_MANAGE)
    row = uow.rota.get(Closure, closure_id)
    if row is None or row.deleted_at is not None:
        raise NotFound(kind="closure", key=str(closure_id))
    row.mark_deleted(by=uow.actor.user_id)
    uow.flush()
    return Changed(None, Area.PLANNING)


# --- rules ------------------------------------------------------------------------------------

def _facts(uow: UnitOfWork, data: ShiftInput, *, site: Site, practitioner: Practitioner,
           ignore: uuid.UUID | None = None) -> ShiftFacts:
    period = Period(data.starts_at, data.ends_at)
    margin = timedelta(days=1)
    own = uow.rota.shifts(start=period.start - margin, end=period.end + margin,
                          practitioner_ids=[practitioner.id], on_call=data.on_call)
    sites = {s.id: s for s in uow.sites.list()}
    others = tuple(
        BusyElsewhere(s.id, sites[s.site_id].name if s.site_id in sites else "?", Period(s.starts_at, s.ends_at))
        for s in own if s.id != ignore
    )
    supervision: tuple[Period, ...] = ()
    status = PractitionerStatus(practitioner.status)
    if status.needs_supervisor and practitioner.supervisor_id is not None:
        theirs = uow.rota.shifts(start=period.start - margin, end=period.end + margin,
                                 practitioner_ids=[practitioner.supervisor_id])
        supervision = tuple(
            Period(s.starts_at, s.ends_at) for s in theirs
            if s.on_call or (s.site_id in sites and sites[s.site_id].kind == SiteKind.PARENT)
        )
    contracts = tuple((c.starts_on, c.ends_on) for c in uow.rota.contracts([practitioner.id]))
    first = period.start.astimezone(PARIS).date()
    last = period.end.astimezone(PARIS).date()
    return ShiftFacts(period=period, on_call=data.on_call, status=status,
                      site_calendar=site_calendar(uow, site, first, last), others=others,
                      supervision=supervision, contracts=contracts)


def judge(uow: UnitOfWork, data: ShiftInput, *, ignore: uuid.UUID | None = None) -> RuleReport:
    """The rules' verdict on a proposed shift, without saving anything."""
    _aware(data.starts_at), _aware(data.ends_at)
    site = _site(uow, data.site_id)
    practitioner = _practitioner(uow, data.practitioner_id)
    return check_shift(_facts(uow, data, site=site, practitioner=practitioner, ignore=ignore))


def _enforce(report: RuleReport, accept_warnings: bool) -> None:
    if report.refusals:
        raise PlanningRefused(report.refusals)
    if report.warnings and not accept_warnings:
        raise PlanningWarning(report.warnings)


def create_shift(uow: UnitOfWork, data: ShiftInput, *, accept_warnings: bool = False,
                 source: ShiftSource = ShiftSource.MANUAL, pattern_id: uuid.UUID | None = None) -> Changed[ShiftInfo]:
    require(uow.actor, Permission.PLANNING_MANAGE)
    _enforce(judge(uow, data), accept_warnings)
    shift = Shift(site_id=data.site_id, practitioner_id=data.practitioner_id, starts_at=data.starts_at,
                  ends_at=data.ends_at, on_call=data.on_call, note=data.note.strip(), source=source,
                  pattern_id=pattern_id, status=ShiftStatus.ACTIVE)
    uow.rota.add(shift)
    uow.flush()
    return Changed(shift_info(shift, *_names(uow)), Area.PLANNING)


def _active_shift(uow: UnitOfWork, shift_id: uuid.UUID, expected_version: int | None) -> Shift:
    shift = uow.rota.shift(shift_id)
    if shift is None or shift.status != ShiftStatus.ACTIVE:
        raise NotFound(kind="shift", key=str(shift_id))
    if expected_version is not None and shift.row_version != expected_version:
        raise StaleRecord(kind="shift", key=str(shift_id))
    return shift


def move_shift(uow: UnitOfWork, shift_id: uuid.UUID, *, starts_at: datetime, ends_at: datetime,
               site_id: uuid.UUID | None = None, practitioner_id: uuid.UUID | None = None,
               accept_warnings: bool = False, expected_version: int | None = None) -> Changed[ShiftInfo]:
    """Move, shorten or lengthen a shift, or give it to another site or practitioner."""
    require(uow.actor, Permission.PLANNING_MANAGE)
    shift = _active_shift(uow, shift_id, expected_version)
    data = ShiftInput(site_id=site_id or shift.site_id, practitioner_id=practitioner_id or shift.practitioner_id,
                      starts_at=starts_at, ends_at=ends_at, on_call=shift.on_call, note=shift.note)
    _enforce(judge(uow, data, ignore=shift.id), accept_warnings)
    before = (shift.practitioner_id, shift.site_id, Period(shift.starts_at, shift.ends_at))
    shift.site_id, shift.practitioner_id = data.site_id, data.practitioner_id
    shift.starts_at, shift.ends_at = starts_at, ends_at
    uow.flush()
    orphaned = _flag_orphans(uow, *before, reason="shift_moved")
    return Changed(shift_info(shift, *_names(uow)), Area.PLANNING | (Area.APPOINTMENTS if orphaned else Area.NONE))


def cancel_shift(uow: UnitOfWork, shift_id: uuid.UUID, *, reason: str,
                 expected_version: int | None = None) -> Changed[ShiftInfo]:
    """Cancel a shift: it stays, marked cancelled, with who, when and why."""
    require(uow.actor, Permission.PLANNING_MANAGE)
    if not reason.strip():
        raise ValidationError({"cancel_reason": "required"})
    shift = _active_shift(uow, shift_id, expected_version)
    shift.status = ShiftStatus.CANCELLED
    shift.cancelled_at = utcnow()
    shift.cancelled_by = uow.actor.user_id
    shift.cancel_reason = reason.strip()
    uow.flush()
    orphaned = _flag_orphans(uow, shift.practitioner_id, shift.site_id, Period(shift.starts_at, shift.ends_at),
                             reason="shift_cancelled")
    return Changed(shift_info(shift, *_names(uow)), Area.PLANNING | (Area.APPOINTMENTS if orphaned else Area.NONE))


def _flag_orphans(uow: UnitOfWork, practitioner_id: uuid.UUID, site_id: uuid.UUID, window: Period, *,
                  reason: str) -> list[uuid.UUID]:
    """Appointments the change left outside any shift become "to rebook" (never deleted)."""
    return flag_orphans(uow, practitioner_id=practitioner_id, site_id=site_id, window=window, reason=reason)


def list_shifts(uow: UnitOfWork, *, start: datetime, end: datetime, site_ids: Sequence[uuid.UUID] | None = None,
                practitioner_ids: Sequence[uuid.UUID] | None = None,
                include_cancelled: bool = False) -> list[ShiftInfo]:
    require(uow.actor, Permission.PLANNING_READ)
    rows = uow.rota.shifts(start=start, end=end, site_ids=site_ids, practitioner_ids=practitioner_ids,
                           include_cancelled=include_cancelled)
    sites, practitioners = _names(uow)
    return [shift_info(s, sites, practitioners) for s in rows]


# --- recurring patterns -------------------------------------------------------------------------

@dataclass(frozen=True)
class PatternInput:
    site_id: uuid.UUID
    practitioner_id: uuid.UUID
    weekday: int
    starts: time
    ends: time
    first_day: date
    last_day: date
    every_n_weeks: int = 1


def pattern_dates(data: PatternInput) -> list[date]:
    """The days a pattern falls on: its weekday, every n-th week from the first occurrence."""
    first = data.first_day + timedelta(days=(data.weekday - data.first_day.weekday()) % 7)
    return [d for d in days(first, data.last_day) if d.weekday() == data.weekday
            and ((d - first).days // 7) % data.every_n_weeks == 0]


def create_pattern(uow: UnitOfWork, data: PatternInput, *, accept_warnings: bool = False) -> Changed[list[ShiftInfo]]:
    """Create a recurring pattern and the shifts it generates; days the site is closed are
    skipped. One refused occurrence refuses the whole pattern: nothing is half-saved."""
    require(uow.actor, Permission.PLANNING_MANAGE)
    problems: dict[str, str] = {}
    if not 0 <= data.weekday <= 6:
        problems["weekday"] = "weekday_range"
    if data.starts >= data.ends:
        problems["ends"] = "end_before_start"
    if data.last_day < data.first_day:
        problems["last_day"] = "end_before_start"
    if data.every_n_weeks < 1:
        problems["every_n_weeks"] = "min_one"
    if problems:
        raise ValidationError(problems)
    site = _site(uow, data.site_id)
    calendar = site_calendar(uow, site, data.first_day, data.last_day)
    pattern = RecurringPattern(site_id=data.site_id, practitioner_id=data.practitioner_id, weekday=data.weekday,
                               starts=data.starts, ends=data.ends, every_n_weeks=data.every_n_weeks,
                               first_day=data.first_day, last_day=data.last_day)
    uow.rota.add(pattern)
    uow.flush()
    created: list[ShiftInfo] = []
    for day in pattern_dates(data):
        if calendar.closed_reason(day):
            continue
        shift = ShiftInput(site_id=data.site_id, practitioner_id=data.practitioner_id,
                           starts_at=at(day, data.starts), ends_at=at(day, data.ends))
        try:
            created.append(create_shift(uow, shift, accept_warnings=accept_warnings,
                                        source=ShiftSource.PATTERN, pattern_id=pattern.id).value)
        except (PlanningRefused, PlanningWarning) as exc:
            raise type(exc)(exc.violations, day=day) from None
    return Changed(created, Area.PLANNING)


# --- availabilities and contracts ---------------------------------------------------------------

def add_availability(uow: UnitOfWork, *, practitioner_id: uuid.UUID, starts_at: datetime, ends_at: datetime,
                     available: bool = True, site_id: uuid.UUID | None = None, preferred: bool = False,
                     note: str = "") -> Changed[AvailabilityInfo]:
    """A practitioner enters their own availability; the secretary may enter it for them."""
    actor_practitioner = uow.users.get(uow.actor.user_id).practitioner_id if uow.actor.user_id else None
    if actor_practitioner != practitioner_id:
        require(uow.actor, Permission.PLANNING_MANAGE)
    person = _practitioner(uow, practitioner_id)
    if ends_at <= _aware(starts_at):
        raise ValidationError({"ends_at": "end_before_start"})
    if site_id is not None:
        _site(uow, site_id)
    row = Availability(practitioner_id=practitioner_id, site_id=site_id, starts_at=starts_at, ends_at=ends_at,
                       kind=AvailabilityKind.AVAILABLE if available else AvailabilityKind.UNAVAILABLE,
                       preferred=preferred, note=note.strip())
    uow.rota.add(row)
    uow.flush()
    return Changed(_availability_info(row, person), Area.PLANNING)


def _availability_info(row: Availability, person: Practitioner | None) -> AvailabilityInfo:
    return AvailabilityInfo(id=row.id, practitioner_id=row.practitioner_id,
                            practitioner_name=person.display_name if person else "?", site_id=row.site_id,
                            starts_at=row.starts_at, ends_at=row.ends_at, kind=AvailabilityKind(row.kind),
                            preferred=row.preferred, note=row.note)


def list_availabilities(uow: UnitOfWork, *, start: datetime, end: datetime,
                        practitioner_ids: Sequence[uuid.UUID] | None = None) -> list[AvailabilityInfo]:
    require(uow.actor, Permission.PLANNING_READ)
    people = {p.id: p for p in uow.practitioners.list()}
    rows = uow.rota.availabilities(start=start, end=end, practitioner_ids=practitioner_ids)
    return [_availability_info(r, people.get(r.practitioner_id)) for r in rows]


def add_contract(uow: UnitOfWork, *, practitioner_id: uuid.UUID, starts_on: date, ends_on: date,
                 titular_id: uuid.UUID | None = None, terms: ContractTerms | None = None) -> Changed[uuid.UUID]:
    """A replacement contract: its dates, and its financial terms (70 % kept, billed basis, IK and
    on-call fees excluded, unless ``terms`` say otherwise; see :mod:`cabinet_app.fees.model`)."""
    require(uow.actor, Permission.PLANNING_MANAGE)
    _practitioner(uow, practitioner_id)
    if ends_on < starts_on:
        raise ValidationError({"ends_on": "end_before_start"})
    if terms is not None and (problems := terms_problems(terms)):
        raise ValidationError(problems)
    for other in uow.rota.contracts([practitioner_id]):
        if other.titular_id == titular_id and other.starts_on <= ends_on and starts_on <= other.ends_on:
            raise ValidationError({"starts_on": "contract_overlap"})
    row = ReplacementContract(practitioner_id=practitioner_id, titular_id=titular_id, starts_on=starts_on,
                              ends_on=ends_on)
    apply_terms(row, terms or ContractTerms())
    uow.rota.add(row)
    uow.flush()
    return Changed(row.id, Area.PLANNING)


# --- gaps ---------------------------------------------------------------------------------------

def site_gaps(uow: UnitOfWork, site: Site, first: date, last: date) -> list[Gap]:
    calendar = site_calendar(uow, site, first, last)
    opening = calendar.periods(first, last)
    if not opening:
        return []
    rows = uow.rota.shifts(start=opening[0].start, end=opening[-1].end, site_ids=[site.id], on_call=False)
    presences = [Presence(s.practitioner_id, Period(s.starts_at, s.ends_at)) for s in rows]
    return find_gaps(opening, presences, site.min_practitioners)


def list_gaps(uow: UnitOfWork, *, first: date, last: date, site_ids: Sequence[uuid.UUID] | None = None) -> list[GapInfo]:
    """Every opening period (or part of one) with fewer practitioners than the site's minimum."""
    require(uow.actor, Permission.PLANNING_READ)
    if last < first:
        raise ValidationError({"last_day": "end_before_start"})
    sites = [s for s in uow.sites.list() if site_ids is None or s.id in site_ids]
    gaps = [GapInfo(site.id, site.name, g.period.start, g.period.end, g.present, g.required)
            for site in sites for g in site_gaps(uow, site, first, last)]
    return sorted(gaps, key=lambda g: (g.start, g.site_name))


def count_gaps_ahead(uow: UnitOfWork, *, days_ahead: int = 30, today: date | None = None) -> int:
    today = today or today_paris()
    return len(list_gaps(uow, first=today, last=today + timedelta(days=days_ahead - 1)))
