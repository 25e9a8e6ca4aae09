"""The rotation's handover pack, generated from the rota: when practitioner A's shift ends and
B's begins at a site, B's pack holds the cabinet guide, the patients to watch (latest handover
"watcher" or "unstable"), every open action item (due, overdue, or later), pending results, and
what was handed over for B since A arrived. B acknowledges each item; an item not acknowledged
within one working day is escalated to the titulars. Also: the titulars' review queue and what
the secretary may see (that a handover exists and whether it was acknowledged, nothing more)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from ..changes import Area, Changed
from ..clock import PARIS, utcnow
from ..db import UnitOfWork
from ..errors import NotFound, ValidationError
from ..planning.calendar import at, holiday_name
from ..security.permissions import Permission
from ..security.services import audit, require
from ..security.model import AuditAction
from .clinical_services import (
    ActionInfo, HandoverInfo, NoteInfo, action_info, acting_practitioner, get_guide, handover_infos, note_infos,
)
from .model import ActionKind, Handover, PackAcknowledgement, Severity

WATCH_WINDOW = timedelta(days=30)


@dataclass(frozen=True)
class PackItem:
    kind: str  # "action", "handover" or "guide"
    item_id: uuid.UUID
    patient_id: uuid.UUID | None
    patient_name: str
    acknowledged: bool
    due: bool = False
    overdue: bool = False


@dataclass(frozen=True)
class HandoverPack:
    site_id: uuid.UUID
    site_name: str
    day: date
    incoming_id: uuid.UUID | None
    incoming_name: str
    incoming_since: datetime | None
    outgoing_id: uuid.UUID | None
    outgoing_name: str
    guide: dict[str, str]
    watch: tuple[HandoverInfo, ...]
    actions: tuple[ActionInfo, ...]
    pending_results: tuple[ActionInfo, ...]
    handed_over: tuple[HandoverInfo, ...]
    items: tuple[PackItem, ...]
    patient_names: dict[uuid.UUID, str]

    @property
    def unacknowledged(self) -> int:
        return sum(not i.acknowledged for i in self.items)


def next_working_day(moment: datetime) -> datetime:
    """The same time on the next working day (Monday–Friday, not a public holiday)."""
    local = moment.astimezone(PARIS)
    day = local.date() + timedelta(days=1)
    while day.weekday() >= 5 or holiday_name(day):
        day += timedelta(days=1)
    return datetime.combine(day, local.timetz())


def _rotation(uow: UnitOfWork, site_id: uuid.UUID, day: date):
    """(incoming shift, outgoing shift) at a site for a day, from the rota."""
    start, end = at(day, time(0)), at(day + timedelta(days=1), time(0))
    covering = [s for s in uow.rota.shifts(start=start, end=end, site_ids=[site_id], on_call=False)]
    if not covering:
        return None, None
    starting = [s for s in covering if s.starts_at >= start]
    incoming = min(starting or covering, key=lambda s: s.starts_at)
    before = uow.rota.shifts(start=incoming.starts_at - timedelta(days=30), end=incoming.starts_at,
                             site_ids=[site_id], on_call=False)
    previous = [s for s in before if s.ends_at <= incoming.starts_at and s.practitioner_id != incoming.practitioner_id]
    outgoing = max(previous, key=lambda s: s.ends_at) if previous else None
    return incoming, outgoing


def build_pack(uow: UnitOfWork, *, site_id: uuid.UUID, day: date, audit_reading: bool = True) -> HandoverPack:
    require(uow.actor, Permission.CLINICAL_READ)
    site = uow.sites.get(site_id)
    if site is None:
        raise NotFound(kind="site", key=str(site_id))
    incoming, outgoing = _rotation(uow, site_id, day)
    people = {p.id: p.display_name for p in uow.practitioners.list()}
    b = incoming.practitioner_id if incoming else None
    since = outgoing.starts_at if outgoing else (incoming.starts_at - timedelta(days=7) if incoming else at(day, time(0)))
    handovers = list(uow.clinical.handovers(site_id=site_id))
    latest: dict[uuid.UUID, Handover] = {}
    recent = at(day, time(0)) - WATCH_WINDOW
    for h in handovers:
        latest[h.patient_id] = h
    # a watch status lasts until a later handover says otherwise, within WATCH_WINDOW (older
    # ones still bring their open items into the pack)
    latest = {pid: h for pid, h in latest.items() if h.created_at >= recent}
    watch = [h for h in latest.values() if Severity(h.severity) in (Severity.WATCHER, Severity.UNSTABLE)]
    synthesised = {s.handover_id for s in uow.clinical.syntheses([h.id for h in handovers])}
    # handed over for B: written since A arrived, or not yet acknowledged by anyone (never dropped)
    mine = [h for h in handovers if h.receiver_id in (None, b) and h.author_id != b
            and (h.created_at >= since or h.id not in synthesised)]
    open_items = [action_info(a) for a in uow.clinical.items(site_id=site_id)]
    end_day = incoming.ends_at.astimezone(PARIS).date() if incoming else day
    acks = {(a.item_kind, a.item_id) for a in uow.clinical.acknowledgements(practitioner_id=b)} if b else set()
    synth = {s.handover_id for s in uow.clinical.syntheses([h.id for h in mine]) if s.receiver_id == b}
    patient_ids = {a.patient_id for a in open_items} | {h.patient_id for h in watch + mine}
    names = {pid: p.display_name for pid, p in uow.patients.by_ids(patient_ids).items()}
    items = [PackItem("guide", site_id, None, "", ("guide", site_id) in acks)]
    items += [PackItem("handover", h.id, h.patient_id, names.get(h.patient_id, "?"), h.id in synth)
              for h in mine]
    items += [PackItem("action", a.id, a.patient_id, names.get(a.patient_id, "?"), ("action", a.id) in acks,
                       due=a.due_on <= end_day, overdue=a.due_on < day) for a in open_items]
    if audit_reading:  # one row per patient shown: "who read patient X" stays answerable
        for pid in sorted(patient_ids):
            audit(uow, AuditAction.PATIENT_OPEN, patient_id=pid, target="handover pack",
                  details={"site": str(site_id), "day": day.isoformat()})
    return HandoverPack(
        site_id=site_id, site_name=site.name, day=day, incoming_id=b, incoming_name=people.get(b, "") if b else "",
        incoming_since=incoming.starts_at if incoming else None,
        outgoing_id=outgoing.practitioner_id if outgoing else None,
        outgoing_name=people.get(outgoing.practitioner_id, "") if outgoing else "",
        guide=get_guide(uow, site_id), watch=tuple(handover_infos(uow, watch)),
        actions=tuple(a for a in open_items if a.kind is ActionKind.ACTION),
        pending_results=tuple(a for a in open_items if a.kind.is_pending_result),
        handed_over=tuple(handover_infos(uow, mine)), items=tuple(items), patient_names=names,
    )


def acknowledge_item(uow: UnitOfWork, *, site_id: uuid.UUID, kind: str, item_id: uuid.UUID) -> Changed[None]:
    """The incoming practitioner acknowledges one item of their pack (only for themself)."""
    require(uow.actor, Permission.CLINICAL_WRITE)
    if kind not in ("action", "guide"):
        raise ValidationError({"kind": "unknown_item_kind"})  # handovers are acknowledged with a synthesis
    who = acting_practitioner(uow)
    if any(a.item_id == item_id for a in uow.clinical.acknowledgements(practitioner_id=who, item_ids=[item_id])):
        return Changed(None, Area.NONE)
    uow.clinical.add(PackAcknowledgement(practitioner_id=who, site_id=site_id, item_kind=kind, item_id=item_id))
    uow.flush()
    return Changed(None, Area.CLINICAL)


@dataclass(frozen=True)
class Escalation:
    site_id: uuid.UUID
    site_name: str
    practitioner_id: uuid.UUID
    practitioner_name: str
    item: PackItem
    since: datetime


def escalations(uow: UnitOfWork, *, now: datetime | None = None) -> list[Escalation]:
    """Pack items the incoming practitioner has not acknowledged one working day after arriving."""
    require(uow.actor, Permission.CLINICAL_READ)
    now = now or utcnow()
    found: list[Escalation] = []
    for site in uow.sites.list():
        pack = build_pack(uow, site_id=site.id, day=now.astimezone(PARIS).date(), audit_reading=False)
        if pack.incoming_id is None or pack.incoming_since is None:
            continue
        if now < next_working_day(pack.incoming_since):
            continue
        found += [Escalation(site.id, site.name, pack.incoming_id, pack.incoming_name, item, pack.incoming_since)
                  for item in pack.items if not item.acknowledged and item.kind != "guide"]
    return found


@dataclass(frozen=True)
class ReviewQueue:
    handovers: tuple[HandoverInfo, ...]
    notes_to_cosign: tuple[NoteInfo, ...]
    escalated: tuple[Escalation, ...]
    patient_names: dict[uuid.UUID, str]


def review_queue(uow: UnitOfWork, *, now: datetime | None = None) -> ReviewQueue:
    """What the titulars have to do: handovers to sign off, interns' notes to co-sign, escalations."""
    require(uow.actor, Permission.HANDOVER_SIGN_OFF)
    handovers = list(uow.clinical.unsigned_handovers())
    notes = list(uow.clinical.notes_to_cosign())
    patient_ids = {h.patient_id for h in handovers} | {n.patient_id for n in notes}
    for patient_id in sorted(patient_ids):  # the queue shows their clinical content
        audit(uow, AuditAction.PATIENT_OPEN, patient_id=patient_id, target="review queue")
    names = {pid: p.display_name for pid, p in uow.patients.by_ids(patient_ids).items()}
    return ReviewQueue(tuple(handover_infos(uow, handovers)), tuple(note_infos(uow, notes)),
                       tuple(escalations(uow, now=now)), names)


@dataclass(frozen=True)
class HandoverStatus:
    """What the secretary sees: a handover exists, for whom, and whether it was acknowledged."""

    handover_id: uuid.UUID
    patient_name: str
    written_at: datetime
    author_name: str
    acknowledged: bool


def handover_statuses(uow: UnitOfWork, *, site_id: uuid.UUID, since: datetime) -> list[HandoverStatus]:
    require(uow.actor, Permission.PATIENT_READ)
    rows = list(uow.clinical.handovers(site_id=site_id, since=since))
    done = {s.handover_id for s in uow.clinical.syntheses([h.id for h in rows])}
    people = {p.id: p.display_name for p in uow.practitioners.list()}
    patients = uow.patients.by_ids({h.patient_id for h in rows})
    names = {h.patient_id: patients[h.patient_id].display_name if h.patient_id in patients else "?" for h in rows}
    return [HandoverStatus(h.id, names[h.patient_id], h.created_at, people.get(h.author_id, "?"), h.id in done)
            for h in rows]
