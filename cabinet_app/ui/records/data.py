"""What the clinical screens load in the background: plain functions of a unit of work that call
the records services and return frozen rows ready for the table models (no Qt, no SQL here).

Readings of clinical data are audited by the services; the functions that read commit, so the
audit rows are kept even when nothing else is written.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from pathlib import Path

from ...clock import today_paris
from ...db import UnitOfWork
from ...planning.calendar import at
from ...planning.model import SiteKind
from ...planning.services import PractitionerInfo, SiteInfo, list_practitioners, list_sites
from ...records.clinical_services import (
    ActionInfo, HandoverInfo, NoteInfo, NoteInput, SearchHit, get_guide, load_draft, patient_actions, patient_notes,
    search_clinical,
)
from ...records.handover_pack import (
    Escalation, HandoverPack, HandoverStatus, build_pack, handover_statuses, next_working_day, review_queue,
)
from ...records.services import PatientInfo, open_patient
from ...reports.handover_pdf import render_pack
from ...security.permissions import Permission, can


@dataclass(frozen=True)
class ActionRow:
    """An open action item or pending result as a pack (or a record) lists it."""

    action: ActionInfo
    patient_name: str
    owner_name: str  # "" when it is for the next doctor
    acknowledged: bool
    due: bool
    overdue: bool


@dataclass(frozen=True)
class HandoverRow:
    handover: HandoverInfo
    patient_name: str
    author_name: str
    receiver_name: str  # "" when it is for the next doctor
    acknowledged: bool  # the receiver wrote their synthesis


@dataclass(frozen=True)
class PackView:
    """One load of the pack page."""

    sites: tuple[SiteInfo, ...]
    site_id: uuid.UUID | None
    day: date
    pack: HandoverPack | None
    watch: tuple[HandoverRow, ...] = ()
    actions: tuple[ActionRow, ...] = ()
    pending: tuple[ActionRow, ...] = ()
    received: tuple[HandoverRow, ...] = ()
    guide_acknowledged: bool = False
    people: dict[uuid.UUID, str] = field(default_factory=dict)

    @property
    def unacknowledged(self) -> int:
        return self.pack.unacknowledged if self.pack else 0


def default_site(sites: Sequence[SiteInfo], *candidates: uuid.UUID | None) -> uuid.UUID | None:
    """The first candidate that is a site, else the first secondary cabinet, else any."""
    ids = [s.id for s in sites]
    for candidate in candidates:
        if candidate in ids:
            return candidate
    secondary = [s.id for s in sites if s.kind is SiteKind.SECONDARY]
    return (secondary or ids or [None])[0]


def next_working_day_after(day: date) -> date:
    """The default due date of an action: the next working day."""
    return next_working_day(at(day, time(12))).date()


def rotation_site(uow: UnitOfWork, practitioner_id: uuid.UUID, day: date,
                  preferred: uuid.UUID | None = None) -> uuid.UUID | None:
    """The site where ``practitioner_id`` arrives on ``day`` and has items left to acknowledge
    (the pack is only counted, not shown: the reading is not audited)."""
    sites = sorted(list_sites(uow), key=lambda s: s.id != preferred)
    for site in sites:
        pack = build_pack(uow, site_id=site.id, day=day, audit_reading=False)
        if pack.incoming_id == practitioner_id and pack.unacknowledged:
            return site.id
    return None


def _names(uow: UnitOfWork) -> dict[uuid.UUID, str]:
    return {p.id: p.display_name for p in list_practitioners(uow)}


def handover_row(h: HandoverInfo, patient_name: str, people: dict[uuid.UUID, str], acknowledged: bool) -> HandoverRow:
    receiver = people.get(h.receiver_id, "?") if h.receiver_id else ""
    return HandoverRow(h, patient_name, people.get(h.author_id, "?"), receiver, acknowledged)


def pack_view(pack: HandoverPack, sites: Sequence[SiteInfo], people: dict[uuid.UUID, str]) -> PackView:
    items = {(i.kind, i.item_id): i for i in pack.items}
    name = pack.patient_names.get

    def action_rows(actions: Iterable[ActionInfo]) -> tuple[ActionRow, ...]:
        rows = []
        for a in actions:
            item = items.get(("action", a.id))
            owner = people.get(a.owner_id, "?") if a.owner_id else ""
            rows.append(ActionRow(a, name(a.patient_id, "?"), owner, bool(item and item.acknowledged),
                                  bool(item and item.due), a.due_on < pack.day))
        return tuple(rows)

    def acknowledged(h: HandoverInfo) -> bool:
        item = items.get(("handover", h.id))
        return bool(item and item.acknowledged)

    guide = items.get(("guide", pack.site_id))
    return PackView(
        sites=tuple(sites), site_id=pack.site_id, day=pack.day, pack=pack,
        watch=tuple(handover_row(h, name(h.patient_id, "?"), people, bool(h.syntheses)) for h in pack.watch),
        actions=action_rows(pack.actions), pending=action_rows(pack.pending_results),
        received=tuple(handover_row(h, name(h.patient_id, "?"), people, acknowledged(h)) for h in pack.handed_over),
        guide_acknowledged=bool(guide and guide.acknowledged), people=dict(people),
    )


def load_pack(uow: UnitOfWork, *, site_id: uuid.UUID | None, day: date,
              practitioner_id: uuid.UUID | None = None) -> PackView:
    """The pack of the chosen site; with no site chosen, the site of the person's rotation that
    day, else this PC's site, else the first secondary cabinet. The reading is audited."""
    sites = tuple(list_sites(uow))
    if site_id is None and practitioner_id is not None:
        site_id = rotation_site(uow, practitioner_id, day, uow.actor.site_id)
    chosen = default_site(sites, site_id, uow.actor.site_id)
    if chosen is None:
        return PackView(sites, None, day, None)
    pack = build_pack(uow, site_id=chosen, day=day)
    view = pack_view(pack, sites, _names(uow))
    uow.commit()
    return view


def write_pack_pdf(uow: UnitOfWork, site_id: uuid.UUID, day: date, path: str) -> str:
    """The pack on paper (A4 PDF) in ``path``; the reading is audited."""
    pack = build_pack(uow, site_id=site_id, day=day)
    Path(path).write_bytes(render_pack(pack))
    uow.commit()
    return path


# --- a patient's record ---------------------------------------------------------------------------

@dataclass(frozen=True)
class NoteThread:
    """A note and its amendments (each signed and dated), oldest first."""

    original: NoteInfo
    amendments: tuple[NoteInfo, ...] = ()

    @property
    def latest(self) -> NoteInfo:
        return self.amendments[-1] if self.amendments else self.original

    @property
    def waiting_cosign(self) -> bool:
        return any(n.needs_cosign and n.cosigned_by is None for n in (self.original, *self.amendments))


def threads_of(notes: Sequence[NoteInfo]) -> tuple[NoteThread, ...]:
    """Group amendments with their original (an amendment of an amendment too), oldest first."""
    by_id = {n.id: n for n in notes}

    def root(note: NoteInfo) -> uuid.UUID:
        seen = set()
        while note.amends_id is not None and note.amends_id in by_id and note.id not in seen:
            seen.add(note.id)
            note = by_id[note.amends_id]
        return note.id

    grouped: dict[uuid.UUID, list[NoteInfo]] = {}
    for note in sorted(notes, key=lambda n: n.written_at):
        grouped.setdefault(root(note), []).append(note)
    return tuple(NoteThread(by_id[key], tuple(n for n in rest if n.id != key))
                 for key, rest in grouped.items())


@dataclass(frozen=True)
class RecordData:
    patient: PatientInfo
    threads: tuple[NoteThread, ...]
    actions: tuple[ActionRow, ...]
    draft: NoteInput | None
    practitioners: tuple[PractitionerInfo, ...]
    site_id: uuid.UUID | None


def open_actions_of(uow: UnitOfWork, patient: PatientInfo, day: date,
                    people: dict[uuid.UUID, str]) -> tuple[ActionRow, ...]:
    """The patient's open items at every site (not audited again: opening the record is)."""
    return tuple(ActionRow(a, patient.display_name, people.get(a.owner_id, "?") if a.owner_id else "", False,
                           a.due_on <= day, a.due_on < day) for a in patient_actions(uow, patient.id))


def load_record(uow: UnitOfWork, patient_id: uuid.UUID, *, site_id: uuid.UUID | None,
                day: date | None = None) -> RecordData:
    """Open a patient's clinical record (audited): notes with their amendments, open actions,
    the draft left by this person, and the practitioners for the handover form."""
    day = day or today_paris()
    patient = open_patient(uow, patient_id)
    notes = patient_notes(uow, patient_id)
    draft = load_draft(uow, patient_id) if can(uow.actor.role, Permission.CLINICAL_WRITE) else None
    practitioners = tuple(list_practitioners(uow))
    people = {p.id: p.display_name for p in practitioners}
    sites = list_sites(uow)
    actions = open_actions_of(uow, patient, day, people)
    uow.commit()
    return RecordData(patient, threads_of(notes), actions, draft, practitioners,
                      default_site(sites, site_id, patient.site_id))


def search_records(uow: UnitOfWork, text: str) -> list[SearchHit]:
    """Full-text search over notes and handovers (audited)."""
    hits = search_clinical(uow, text)
    uow.commit()
    return hits


# --- the titulars' review and the secretary's view ----------------------------------------------------

@dataclass(frozen=True)
class CosignRow:
    note: NoteInfo
    patient_name: str


@dataclass(frozen=True)
class ReviewData:
    handovers: tuple[HandoverRow, ...]
    notes: tuple[CosignRow, ...]
    escalated: tuple[Escalation, ...]
    people: dict[uuid.UUID, str] = field(default_factory=dict)


def _handover_patient_names(uow: UnitOfWork, handovers: Sequence[HandoverInfo]) -> dict[uuid.UUID, str]:
    """Patients' names of handovers, from what may be said of them (no clinical reading)."""
    names: dict[uuid.UUID, str] = {}
    for site_id in {h.site_id for h in handovers}:
        since = min(h.written_at for h in handovers if h.site_id == site_id)
        names.update({s.handover_id: s.patient_name for s in handover_statuses(uow, site_id=site_id, since=since)})
    return names


def load_review(uow: UnitOfWork, *, now: datetime | None = None) -> ReviewData:
    queue = review_queue(uow, now=now)
    people = _names(uow)
    names = _handover_patient_names(uow, queue.handovers)
    handovers = tuple(handover_row(h, names.get(h.id, "?"), people, bool(h.syntheses))
                      for h in sorted(queue.handovers, key=lambda h: h.written_at, reverse=True))
    notes = tuple(CosignRow(n, queue.patient_names.get(n.patient_id, "?")) for n in queue.notes_to_cosign)
    uow.commit()
    return ReviewData(handovers, notes, queue.escalated, people)


@dataclass(frozen=True)
class StatusData:
    sites: tuple[SiteInfo, ...]
    site_id: uuid.UUID | None
    statuses: tuple[HandoverStatus, ...]


def load_statuses(uow: UnitOfWork, *, site_id: uuid.UUID | None, since: date) -> StatusData:
    """That a handover exists, for whom, by whom, and whether it was acknowledged: nothing more."""
    sites = tuple(list_sites(uow))
    chosen = default_site(sites, site_id, uow.actor.site_id)
    if chosen is None:
        return StatusData(sites, None, ())
    rows = handover_statuses(uow, site_id=chosen, since=at(since, time(0)))
    return StatusData(sites, chosen, tuple(sorted(rows, key=lambda s: s.written_at, reverse=True)))


@dataclass(frozen=True)
class GuideData:
    sites: tuple[SiteInfo, ...]
    site_id: uuid.UUID | None
    sections: dict[str, str]


def load_guide(uow: UnitOfWork, site_id: uuid.UUID | None) -> GuideData:
    sites = tuple(list_sites(uow))
    chosen = default_site(sites, site_id, uow.actor.site_id)
    return GuideData(sites, chosen, get_guide(uow, chosen) if chosen else {})


def status_period_start(today: date | None = None, days: int = 30) -> date:
    return (today or today_paris()) - timedelta(days=days)
