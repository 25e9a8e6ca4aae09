"""Use cases of the clinical record: consultation notes (append-only, amendments by their author
only, interns' notes co-signed by a titular), drafts that survive a crash or a lock, I-PASS
handovers with their action list, the receiver's synthesis, closing action items, the cabinet
guide, and full-text search. Every read of clinical data is audited."""

from __future__ import annotations

import json
import uuid
from dataclasses import asdict, dataclass, field
from datetime import date, datetime
from typing import Literal

from ..changes import Area, Changed
from ..clock import utcnow
from ..db import UnitOfWork
from ..errors import NotFound, PermissionDenied, ValidationError
from ..identifiers import fold
from ..planning.model import PractitionerStatus
from ..security.model import AuditAction
from ..security.permissions import Permission
from ..security.services import audit, require
from .model import (
    ActionItem, ActionKind, CabinetGuide, ConsultationNote, Handover, HandoverSignOff, HandoverSynthesis,
    NoteCosignature, NoteDraft, Severity,
)

NEXT_DOCTOR: Literal["next"] = "next"
NOTE_FIELDS = ("reason", "findings", "conclusion", "prescriptions", "free_text")


@dataclass(frozen=True)
class NoteInput:
    patient_id: uuid.UUID
    reason: str = ""
    findings: str = ""
    conclusion: str = ""
    prescriptions: str = ""
    free_text: str = ""
    appointment_id: uuid.UUID | None = None
    site_id: uuid.UUID | None = None
    amends_id: uuid.UUID | None = None  # the note this one corrects (kept in a draft too)


@dataclass(frozen=True)
class NoteInfo:
    id: uuid.UUID
    patient_id: uuid.UUID
    author_id: uuid.UUID
    author_name: str
    written_at: datetime
    reason: str
    findings: str
    conclusion: str
    prescriptions: str
    free_text: str
    amends_id: uuid.UUID | None
    needs_cosign: bool
    cosigned_by: str | None
    amended_by_later: bool


@dataclass(frozen=True)
class ActionInput:
    what: str
    due_on: date | None
    owner: uuid.UUID | Literal["next"] | None  # a practitioner, or "the next doctor"; None = missing
    kind: ActionKind | str = ActionKind.ACTION


@dataclass(frozen=True)
class HandoverInput:
    patient_id: uuid.UUID
    site_id: uuid.UUID
    severity: Severity | str | None
    summary: str
    actions: tuple[ActionInput, ...]
    situation: str
    receiver_id: uuid.UUID | None = None  # None: the next doctor at the site


@dataclass(frozen=True)
class ActionInfo:
    id: uuid.UUID
    patient_id: uuid.UUID
    site_id: uuid.UUID
    handover_id: uuid.UUID | None
    kind: ActionKind
    what: str
    owner_id: uuid.UUID | None
    due_on: date
    created_at: datetime
    closed_at: datetime | None
    outcome: str


@dataclass(frozen=True)
class HandoverInfo:
    id: uuid.UUID
    patient_id: uuid.UUID
    site_id: uuid.UUID
    author_id: uuid.UUID
    receiver_id: uuid.UUID | None
    written_at: datetime
    severity: Severity
    summary: str
    situation: str
    actions: tuple[ActionInfo, ...] = ()
    syntheses: tuple[tuple[uuid.UUID, str, datetime], ...] = field(default_factory=tuple)
    signed_off_by: tuple[uuid.UUID, ...] = ()


def acting_practitioner(uow: UnitOfWork) -> uuid.UUID:
    """The practitioner behind the logged-in account (clinical writes are signed by a person)."""
    user = uow.users.get(uow.actor.user_id) if uow.actor.user_id else None
    if user is None or user.practitioner_id is None:
        raise PermissionDenied(permission=Permission.CLINICAL_WRITE.value, login=uow.actor.login)
    return user.practitioner_id


def action_info(a: ActionItem) -> ActionInfo:
    return ActionInfo(a.id, a.patient_id, a.site_id, a.handover_id, ActionKind(a.kind), a.what, a.owner_id,
                      a.due_on, a.created_at, a.closed_at, a.outcome)


# --- notes -----------------------------------------------------------------------------------------------

def _note_problems(data: NoteInput) -> dict[str, str]:
    if not any(getattr(data, f).strip() for f in NOTE_FIELDS):
        return {"note": "empty_note"}
    return {}


def write_note(uow: UnitOfWork, data: NoteInput, *, amends: uuid.UUID | None = None) -> Changed[NoteInfo]:
    """Sign a note (or an amendment of one of the author's own notes). Drafts are dropped."""
    require(uow.actor, Permission.CLINICAL_WRITE)
    amends = amends or data.amends_id
    author = acting_practitioner(uow)
    if uow.patients.get(data.patient_id) is None:
        raise NotFound(kind="patient", key=str(data.patient_id))
    if problems := _note_problems(data):
        raise ValidationError(problems)
    if amends is not None:
        original = uow.clinical.get(ConsultationNote, amends)
        if original is None or original.patient_id != data.patient_id:
            raise NotFound(kind="note", key=str(amends))
        if original.author_id != author:
            raise PermissionDenied(permission="note.amend_own_only", login=uow.actor.login)
    person = uow.practitioners.get(author)
    note = ConsultationNote(
        patient_id=data.patient_id, author_id=author, site_id=data.site_id or uow.actor.site_id,
        appointment_id=data.appointment_id, amends_id=amends,
        needs_cosign=PractitionerStatus(person.status).needs_supervisor,
        **{f: getattr(data, f).strip() for f in NOTE_FIELDS},
    )
    uow.clinical.add(note)
    if uow.actor.user_id and (draft := uow.clinical.draft(uow.actor.user_id, data.patient_id)) is not None:
        uow.clinical.delete_draft(draft)
    uow.flush()
    audit(uow, AuditAction.PATIENT_UPDATE, patient_id=data.patient_id, target="note",
          details={"note": str(note.id), "amends": str(amends) if amends else None})
    return Changed(note_infos(uow, [note])[0], Area.CLINICAL | Area.AUDIT)


def note_infos(uow: UnitOfWork, notes: list[ConsultationNote]) -> list[NoteInfo]:
    people = {p.id: p.display_name for p in uow.practitioners.list()}
    cosigned = {c.note_id: people.get(c.titular_id, "?") for c in uow.clinical.cosignatures([n.id for n in notes])}
    amended = {n.amends_id for n in notes if n.amends_id}
    return [NoteInfo(n.id, n.patient_id, n.author_id, people.get(n.author_id, "?"), n.created_at, n.reason,
                     n.findings, n.conclusion, n.prescriptions, n.free_text, n.amends_id, n.needs_cosign,
                     cosigned.get(n.id), n.id in amended) for n in notes]


def patient_notes(uow: UnitOfWork, patient_id: uuid.UUID) -> list[NoteInfo]:
    """Every note of a patient, amendments beside their originals; the reading is audited."""
    require(uow.actor, Permission.CLINICAL_READ)
    if uow.patients.get(patient_id) is None:
        raise NotFound(kind="patient", key=str(patient_id))
    audit(uow, AuditAction.PATIENT_OPEN, patient_id=patient_id, target="notes", details={"part": "clinical"})
    return note_infos(uow, list(uow.clinical.notes_of(patient_id)))


def cosign_note(uow: UnitOfWork, note_id: uuid.UUID) -> Changed[None]:
    require(uow.actor, Permission.NOTE_CO_SIGN)
    titular = acting_practitioner(uow)
    note = uow.clinical.get(ConsultationNote, note_id)
    if note is None:
        raise NotFound(kind="note", key=str(note_id))
    if not note.needs_cosign or uow.clinical.cosignatures([note_id]):
        raise ValidationError({"note": "nothing_to_cosign"})
    uow.clinical.add(NoteCosignature(note_id=note_id, titular_id=titular))
    uow.flush()
    audit(uow, AuditAction.PATIENT_UPDATE, patient_id=note.patient_id, target="note co-signature",
          details={"note": str(note_id)})
    return Changed(None, Area.CLINICAL | Area.AUDIT)


def save_draft(uow: UnitOfWork, data: NoteInput) -> Changed[None]:
    """Autosave of the note being written (local to this PC, replaced at each save)."""
    require(uow.actor, Permission.CLINICAL_WRITE)
    content = json.dumps({k: str(v) if isinstance(v, uuid.UUID) else v for k, v in asdict(data).items()})
    draft = uow.clinical.draft(uow.actor.user_id, data.patient_id)
    if draft is None:
        uow.clinical.add(NoteDraft(id=uuid.uuid4(), user_id=uow.actor.user_id, patient_id=data.patient_id,
                                   content=content, saved_at=utcnow()))
    else:
        draft.content, draft.saved_at = content, utcnow()
    uow.flush()
    return Changed(None, Area.NONE)


def load_draft(uow: UnitOfWork, patient_id: uuid.UUID) -> NoteInput | None:
    require(uow.actor, Permission.CLINICAL_WRITE)
    draft = uow.clinical.draft(uow.actor.user_id, patient_id) if uow.actor.user_id else None
    if draft is None:
        return None
    values = json.loads(draft.content)
    for key in ("patient_id", "appointment_id", "site_id", "amends_id"):
        values[key] = uuid.UUID(values[key]) if values.get(key) else None
    return NoteInput(**values)


# --- handovers and action items -----------------------------------------------------------------------------

def _action_problems(actions: tuple[ActionInput, ...], index_base: str = "actions") -> dict[str, str]:
    problems: dict[str, str] = {}
    for i, a in enumerate(actions):
        if not a.what.strip():
            problems[f"{index_base}[{i}].what"] = "required"
        if a.due_on is None:
            problems[f"{index_base}[{i}].due_on"] = "required"
        if a.owner is None:
            problems[f"{index_base}[{i}].owner"] = "owner_required"
        try:
            ActionKind(a.kind)
        except ValueError:
            problems[f"{index_base}[{i}].kind"] = "unknown_action_kind"
    return problems


def handover_problems(data: HandoverInput) -> dict[str, str]:
    """Every missing I-PASS element at once (the synthesis comes later, from the receiver)."""
    problems: dict[str, str] = {}
    try:
        Severity(data.severity or "")
    except ValueError:
        problems["severity"] = "required"
    if not data.summary.strip():
        problems["summary"] = "required"
    if not data.actions:
        problems["actions"] = "action_list_required"
    if not data.situation.strip():
        problems["situation"] = "required"
    problems.update(_action_problems(data.actions))
    return problems


def _new_item(data: ActionInput, *, patient_id: uuid.UUID, site_id: uuid.UUID,
              handover_id: uuid.UUID | None) -> ActionItem:
    owner = None if data.owner == NEXT_DOCTOR else data.owner
    return ActionItem(patient_id=patient_id, site_id=site_id, handover_id=handover_id, kind=ActionKind(data.kind),
                      what=data.what.strip(), owner_id=owner, due_on=data.due_on)


def send_handover(uow: UnitOfWork, data: HandoverInput) -> Changed[HandoverInfo]:
    require(uow.actor, Permission.CLINICAL_WRITE)
    author = acting_practitioner(uow)
    if problems := handover_problems(data):
        raise ValidationError(problems)
    if uow.patients.get(data.patient_id) is None:
        raise NotFound(kind="patient", key=str(data.patient_id))
    if uow.sites.get(data.site_id) is None:
        raise NotFound(kind="site", key=str(data.site_id))
    if data.receiver_id is not None and (data.receiver_id == author or uow.practitioners.get(data.receiver_id) is None):
        raise ValidationError({"receiver_id": "unknown_practitioner"})
    handover = Handover(patient_id=data.patient_id, author_id=author, site_id=data.site_id,
                        receiver_id=data.receiver_id, severity=Severity(data.severity), summary=data.summary.strip(),
                        situation=data.situation.strip())
    uow.clinical.add(handover)
    uow.flush()
    for action in data.actions:
        uow.clinical.add(_new_item(action, patient_id=data.patient_id, site_id=data.site_id, handover_id=handover.id))
    uow.flush()
    audit(uow, AuditAction.PATIENT_UPDATE, patient_id=data.patient_id, target="handover",
          details={"handover": str(handover.id)})
    return Changed(handover_infos(uow, [handover])[0], Area.CLINICAL | Area.AUDIT)


def handover_infos(uow: UnitOfWork, handovers: list[Handover]) -> list[HandoverInfo]:
    ids = [h.id for h in handovers]
    items = uow.clinical.items_of_handovers(ids)
    syntheses = uow.clinical.syntheses(ids)
    signoffs = uow.clinical.signoffs(ids)
    return [HandoverInfo(
        h.id, h.patient_id, h.site_id, h.author_id, h.receiver_id, h.created_at, Severity(h.severity), h.summary,
        h.situation, tuple(action_info(a) for a in items if a.handover_id == h.id),
        tuple((s.receiver_id, s.text, s.created_at) for s in syntheses if s.handover_id == h.id),
        tuple(s.titular_id for s in signoffs if s.handover_id == h.id),
    ) for h in handovers]


def add_action(uow: UnitOfWork, *, patient_id: uuid.UUID, site_id: uuid.UUID, data: ActionInput) -> Changed[ActionInfo]:
    """An action item or pending result outside a handover (e.g. a lab test ordered today)."""
    require(uow.actor, Permission.CLINICAL_WRITE)
    acting_practitioner(uow)
    if problems := _action_problems((data,), "action"):
        raise ValidationError(problems)
    item = _new_item(data, patient_id=patient_id, site_id=site_id, handover_id=None)
    uow.clinical.add(item)
    uow.flush()
    audit(uow, AuditAction.PATIENT_UPDATE, patient_id=patient_id, target="action", details={"action": str(item.id)})
    return Changed(action_info(item), Area.CLINICAL | Area.AUDIT)


def patient_actions(uow: UnitOfWork, patient_id: uuid.UUID, *, open_only: bool = True) -> list[ActionInfo]:
    """A patient's action items and pending results (every site), by due date."""
    require(uow.actor, Permission.CLINICAL_READ)
    audit(uow, AuditAction.PATIENT_OPEN, patient_id=patient_id, target="actions", details={"part": "clinical"})
    return [action_info(a) for a in uow.clinical.items(patient_id=patient_id, open_only=open_only)]


def close_action(uow: UnitOfWork, action_id: uuid.UUID, *, outcome: str) -> Changed[ActionInfo]:
    """Close an item: by whom, when, with what outcome. Closed items stay in the history."""
    require(uow.actor, Permission.CLINICAL_WRITE)
    who = acting_practitioner(uow)
    item = uow.clinical.get(ActionItem, action_id)
    if item is None or item.deleted_at is not None:
        raise NotFound(kind="action", key=str(action_id))
    if item.closed_at is not None:
        raise ValidationError({"action": "already_closed"})
    if not outcome.strip():
        raise ValidationError({"outcome": "required"})
    item.closed_at, item.closed_by, item.outcome = utcnow(), who, outcome.strip()
    uow.flush()
    audit(uow, AuditAction.PATIENT_UPDATE, patient_id=item.patient_id, target="action closed",
          details={"action": str(item.id)})
    return Changed(action_info(item), Area.CLINICAL | Area.AUDIT)


def acknowledge_handover(uow: UnitOfWork, handover_id: uuid.UUID, *, synthesis: str) -> Changed[None]:
    """The receiver restates or confirms (the synthesis) and acknowledges, for themself only."""
    require(uow.actor, Permission.CLINICAL_WRITE)
    receiver = acting_practitioner(uow)
    handover = uow.clinical.get(Handover, handover_id)
    if handover is None:
        raise NotFound(kind="handover", key=str(handover_id))
    if receiver == handover.author_id or (handover.receiver_id is not None and handover.receiver_id != receiver):
        # the synthesis is the receiver's own restatement: never the author's, never on behalf
        raise PermissionDenied(permission="handover.acknowledge_own_only", login=uow.actor.login)
    if not synthesis.strip():
        raise ValidationError({"synthesis": "required"})
    uow.clinical.add(HandoverSynthesis(handover_id=handover_id, receiver_id=receiver, text=synthesis.strip()))
    uow.flush()
    audit(uow, AuditAction.PATIENT_UPDATE, patient_id=handover.patient_id, target="handover synthesis",
          details={"handover": str(handover_id)})
    return Changed(None, Area.CLINICAL | Area.AUDIT)


def sign_off_handover(uow: UnitOfWork, handover_id: uuid.UUID) -> Changed[None]:
    require(uow.actor, Permission.HANDOVER_SIGN_OFF)
    titular = acting_practitioner(uow)
    if uow.clinical.get(Handover, handover_id) is None:
        raise NotFound(kind="handover", key=str(handover_id))
    if any(s.titular_id == titular for s in uow.clinical.signoffs([handover_id])):
        raise ValidationError({"handover": "already_signed"})
    uow.clinical.add(HandoverSignOff(handover_id=handover_id, titular_id=titular))
    uow.flush()
    audit(uow, AuditAction.PATIENT_UPDATE, patient_id=uow.clinical.get(Handover, handover_id).patient_id,
          target="handover sign-off", details={"handover": str(handover_id)})
    return Changed(None, Area.CLINICAL | Area.AUDIT)


# --- cabinet guide and search ----------------------------------------------------------------------------------

GUIDE_FIELDS = ("access", "equipment", "contacts", "referrals", "protocols")


def get_guide(uow: UnitOfWork, site_id: uuid.UUID) -> dict[str, str]:
    guide = uow.clinical.guide(site_id)
    return {f: getattr(guide, f) if guide else "" for f in GUIDE_FIELDS}


def save_guide(uow: UnitOfWork, site_id: uuid.UUID, **sections: str) -> Changed[dict[str, str]]:
    require(uow.actor, Permission.CABINET_GUIDE_EDIT)
    if unknown := set(sections) - set(GUIDE_FIELDS):
        raise ValidationError({sorted(unknown)[0]: "unknown_field"})
    guide = uow.clinical.guide(site_id)
    if guide is None:
        if uow.sites.get(site_id) is None:
            raise NotFound(kind="site", key=str(site_id))
        guide = CabinetGuide(site_id=site_id)
        uow.clinical.add(guide)
    for key, value in sections.items():
        setattr(guide, key, value.strip())
    uow.flush()
    return Changed(get_guide(uow, site_id), Area.CLINICAL)


@dataclass(frozen=True)
class SearchHit:
    kind: str  # "note" or "handover"
    item_id: uuid.UUID
    patient_id: uuid.UUID
    patient_name: str
    snippet: str


def search_clinical(uow: UnitOfWork, text: str, *, limit: int = 50) -> list[SearchHit]:
    """Full-text over notes and handovers, accents and case ignored; only for those who may read
    clinical data; the search is audited."""
    require(uow.actor, Permission.CLINICAL_READ)
    words = [w for w in fold(text).split() if w]
    if not words:
        return []
    query = " ".join(f'"{w}"*' for w in words)
    found = uow.clinical.full_text(query, limit)
    patients = uow.patients.by_ids({uuid.UUID(patient_id) for _, _, patient_id, _ in found})
    hits = [SearchHit(kind, uuid.UUID(item_id), patients[pid].id, patients[pid].display_name, snippet)
            for kind, item_id, patient_id, snippet in found if (pid := uuid.UUID(patient_id)) in patients]
    # the words searched are clinical: the audit keeps who searched and how many records came
    # out (and which patients), not the words, which an administrator without clinical rights reads
    audit(uow, AuditAction.PATIENT_SEARCH, target="clinical",
          details={"results": len(hits), "patients": sorted({str(h.patient_id) for h in hits})})
    return hits
