"""Queries of the clinical records: notes, handovers, action items, acknowledgements, the guide,
drafts and the full-text index (the only place their SQL lives)."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import datetime

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from .model import (
    ActionItem,
    CabinetGuide,
    ConsultationNote,
    Handover,
    HandoverSignOff,
    HandoverSynthesis,
    NoteCosignature,
    NoteDraft,
    PackAcknowledgement,
)


class ClinicalRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    def add(self, row: object) -> None:
        self.session.add(row)

    def get(self, kind: type, row_id: uuid.UUID):  # noqa: ANN201 - any mapped class
        return self.session.get(kind, row_id)

    # notes -------------------------------------------------------------------------------------------
    def notes_of(self, patient_id: uuid.UUID) -> Sequence[ConsultationNote]:
        stmt = select(ConsultationNote).where(ConsultationNote.patient_id == patient_id)
        return self.session.scalars(stmt.order_by(ConsultationNote.created_at)).all()

    def cosignatures(self, note_ids: Sequence[uuid.UUID]) -> Sequence[NoteCosignature]:
        if not note_ids:
            return []
        return self.session.scalars(select(NoteCosignature).where(NoteCosignature.note_id.in_(note_ids))).all()

    def notes_to_cosign(self) -> Sequence[ConsultationNote]:
        signed = select(NoteCosignature.note_id)
        stmt = select(ConsultationNote).where(ConsultationNote.needs_cosign.is_(True),
                                              ConsultationNote.id.not_in(signed))
        return self.session.scalars(stmt.order_by(ConsultationNote.created_at)).all()

    # handovers ---------------------------------------------------------------------------------------
    def handovers(self, *, site_id: uuid.UUID | None = None, patient_id: uuid.UUID | None = None,
                  since: datetime | None = None) -> Sequence[Handover]:
        stmt = select(Handover)
        if site_id is not None:
            stmt = stmt.where(Handover.site_id == site_id)
        if patient_id is not None:
            stmt = stmt.where(Handover.patient_id == patient_id)
        if since is not None:
            stmt = stmt.where(Handover.created_at >= since)
        return self.session.scalars(stmt.order_by(Handover.created_at)).all()

    def syntheses(self, handover_ids: Sequence[uuid.UUID]) -> Sequence[HandoverSynthesis]:
        if not handover_ids:
            return []
        stmt = select(HandoverSynthesis).where(HandoverSynthesis.handover_id.in_(handover_ids))
        return self.session.scalars(stmt).all()

    def signoffs(self, handover_ids: Sequence[uuid.UUID]) -> Sequence[HandoverSignOff]:
        if not handover_ids:
            return []
        return self.session.scalars(select(HandoverSignOff).where(HandoverSignOff.handover_id.in_(handover_ids))).all()

    def unsigned_handovers(self) -> Sequence[Handover]:
        signed = select(HandoverSignOff.handover_id)
        return self.session.scalars(select(Handover).where(Handover.id.not_in(signed)).order_by(Handover.created_at)).all()

    # action items ------------------------------------------------------------------------------------
    def items(self, *, site_id: uuid.UUID | None = None, patient_id: uuid.UUID | None = None,
              open_only: bool = True) -> Sequence[ActionItem]:
        stmt = select(ActionItem).where(ActionItem.deleted_at.is_(None))
        if site_id is not None:
            stmt = stmt.where(ActionItem.site_id == site_id)
        if patient_id is not None:
            stmt = stmt.where(ActionItem.patient_id == patient_id)
        if open_only:
            stmt = stmt.where(ActionItem.closed_at.is_(None))
        return self.session.scalars(stmt.order_by(ActionItem.due_on, ActionItem.created_at)).all()

    def items_of_handovers(self, handover_ids: Sequence[uuid.UUID]) -> Sequence[ActionItem]:
        if not handover_ids:
            return []
        return self.session.scalars(select(ActionItem).where(ActionItem.handover_id.in_(handover_ids))).all()

    # acknowledgements, guide, drafts -----------------------------------------------------------------
    def acknowledgements(self, *, practitioner_id: uuid.UUID | None = None,
                         item_ids: Sequence[uuid.UUID] | None = None) -> Sequence[PackAcknowledgement]:
        stmt = select(PackAcknowledgement)
        if practitioner_id is not None:
            stmt = stmt.where(PackAcknowledgement.practitioner_id == practitioner_id)
        if item_ids is not None:
            stmt = stmt.where(PackAcknowledgement.item_id.in_(item_ids))
        return self.session.scalars(stmt).all()

    def guide(self, site_id: uuid.UUID) -> CabinetGuide | None:
        stmt = select(CabinetGuide).where(CabinetGuide.site_id == site_id, CabinetGuide.deleted_at.is_(None))
        return self.session.scalars(stmt).first()

    def draft(self, user_id: uuid.UUID, patient_id: uuid.UUID) -> NoteDraft | None:
        stmt = select(NoteDraft).where(NoteDraft.user_id == user_id, NoteDraft.patient_id == patient_id)
        return self.session.scalars(stmt).first()

    def drafts_of(self, user_id: uuid.UUID) -> Sequence[NoteDraft]:
        return self.session.scalars(select(NoteDraft).where(NoteDraft.user_id == user_id)).all()

    def delete_draft(self, draft: NoteDraft) -> None:
        self.session.delete(draft)  # a draft is local scratch, not shared data

    # search --------------------------------------------------------------------------------------------
    def full_text(self, query: str, limit: int = 100) -> list[tuple[str, str, str, str]]:
        """(kind, item id, patient id, snippet) for an FTS5 query (SQLite only)."""
        rows = self.session.execute(text(
            "SELECT kind, item_id, patient_id, snippet(clinical_fts, 3, '[', ']', '…', 12) FROM clinical_fts "
            "WHERE clinical_fts MATCH :q ORDER BY rank LIMIT :n"), {"q": query, "n": limit})
        return [tuple(str(x) for x in row) for row in rows]
