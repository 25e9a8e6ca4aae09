"""Queries of fees and retrocession (the only place their SQL lives)."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import date
from typing import Any

from sqlalchemy import insert, select
from sqlalchemy.orm import Session, aliased

from ..clock import utcnow
from .model import EntryKind, LedgerEntry, ReplacementContract, Tariff


class FeesRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    def add(self, row: object) -> None:
        self.session.add(row)

    def add_entries(self, rows: Sequence[dict[str, Any]]) -> None:
        """Many ledger entries at once (one executemany), each already checked and stamped by the
        service; absent optional columns are NULL."""
        if rows:
            blank = {**dict.fromkeys(c.key for c in LedgerEntry.__table__.columns), "created_at": utcnow()}
            self.session.execute(insert(LedgerEntry.__table__), [{**blank, **row} for row in rows])

    # catalogue -----------------------------------------------------------------------------------
    def tariffs(self) -> Sequence[Tariff]:
        stmt = select(Tariff).where(Tariff.deleted_at.is_(None)).order_by(Tariff.code, Tariff.effective_from)
        return self.session.scalars(stmt).all()

    def tariffs_of(self, code: str) -> Sequence[Tariff]:
        stmt = (select(Tariff).where(Tariff.deleted_at.is_(None), Tariff.code == code)
                .order_by(Tariff.effective_from))
        return self.session.scalars(stmt).all()

    # ledger --------------------------------------------------------------------------------------
    def entry(self, entry_id: uuid.UUID) -> LedgerEntry | None:
        return self.session.get(LedgerEntry, entry_id)

    def entries(self, *, first: date | None = None, last: date | None = None,
                practitioner_ids: Sequence[uuid.UUID] | None = None,
                kinds: Sequence[EntryKind] | None = None,
                consultation_id: uuid.UUID | None = None) -> Sequence[LedgerEntry]:
        stmt = select(LedgerEntry)
        if first is not None:
            stmt = stmt.where(LedgerEntry.day >= first)
        if last is not None:
            stmt = stmt.where(LedgerEntry.day <= last)
        if practitioner_ids is not None:
            stmt = stmt.where(LedgerEntry.practitioner_id.in_(practitioner_ids))
        if kinds is not None:
            stmt = stmt.where(LedgerEntry.kind.in_(list(kinds)))
        if consultation_id is not None:
            stmt = stmt.where(LedgerEntry.consultation_id == consultation_id)
        return self.session.scalars(stmt.order_by(LedgerEntry.day, LedgerEntry.created_at)).all()

    def reconciliations(self, expected_ids: Sequence[uuid.UUID] | None = None) -> Sequence[LedgerEntry]:
        """Receipts and rejections of tiers payant (of the given expected entries, or all)."""
        stmt = select(LedgerEntry).where(LedgerEntry.kind.in_([EntryKind.TP_RECEIVED, EntryKind.TP_REJECTED]))
        if expected_ids is not None:
            stmt = stmt.where(LedgerEntry.expected_id.in_(list(expected_ids)))
        return self.session.scalars(stmt).all()

    def reconciliations_of_period(self, *, first: date | None, last: date | None,
                                  practitioner_ids: Sequence[uuid.UUID] | None = None) -> Sequence[LedgerEntry]:
        """Receipts and rejections whose expected entry falls in the period (whenever they came)."""
        expected = aliased(LedgerEntry)
        stmt = (select(LedgerEntry).join(expected, LedgerEntry.expected_id == expected.id)
                .where(LedgerEntry.kind.in_([EntryKind.TP_RECEIVED, EntryKind.TP_REJECTED])))
        if first is not None:
            stmt = stmt.where(expected.day >= first)
        if last is not None:
            stmt = stmt.where(expected.day <= last)
        if practitioner_ids is not None:
            stmt = stmt.where(expected.practitioner_id.in_(practitioner_ids))
        return self.session.scalars(stmt).all()

    def reversed_ids(self, entry_ids: Sequence[uuid.UUID] | None = None) -> set[uuid.UUID]:
        stmt = select(LedgerEntry.reverses_id).where(LedgerEntry.reverses_id.is_not(None))
        if entry_ids is not None:
            stmt = stmt.where(LedgerEntry.reverses_id.in_(list(entry_ids)))
        return set(self.session.scalars(stmt).all())

    def settlements(self, practitioner_id: uuid.UUID) -> Sequence[LedgerEntry]:
        stmt = select(LedgerEntry).where(LedgerEntry.kind == EntryKind.SETTLEMENT,
                                         LedgerEntry.practitioner_id == practitioner_id)
        return self.session.scalars(stmt.order_by(LedgerEntry.period_first)).all()

    def all_settlements(self, *, first: date, last: date) -> Sequence[LedgerEntry]:
        stmt = select(LedgerEntry).where(LedgerEntry.kind == EntryKind.SETTLEMENT, LedgerEntry.day >= first,
                                         LedgerEntry.day <= last)
        return self.session.scalars(stmt.order_by(LedgerEntry.day)).all()

    # contracts -----------------------------------------------------------------------------------
    def contract(self, contract_id: uuid.UUID) -> ReplacementContract | None:
        found = self.session.get(ReplacementContract, contract_id)
        return None if found is None or found.is_deleted else found

    def contracts(self, practitioner_id: uuid.UUID, *, first: date, last: date) -> Sequence[ReplacementContract]:
        stmt = select(ReplacementContract).where(
            ReplacementContract.deleted_at.is_(None), ReplacementContract.practitioner_id == practitioner_id,
            ReplacementContract.starts_on <= last, ReplacementContract.ends_on >= first)
        return self.session.scalars(stmt.order_by(ReplacementContract.starts_on)).all()
