"""Queries of the rota (the only place its SQL lives)."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..fees.model import ReplacementContract
from .model import Availability, Closure, OpeningHours, RecurringPattern, Shift, ShiftStatus
from .rules import MAX_SHIFT


class RotaRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    def add(self, row: object) -> None:
        self.session.add(row)

    def get(self, kind: type, row_id: uuid.UUID):  # noqa: ANN201 - any rota class
        return self.session.get(kind, row_id)

    # opening hours and closures ----------------------------------------------------------------
    def opening_hours(self, site_id: uuid.UUID) -> Sequence[OpeningHours]:
        stmt = (select(OpeningHours)
                .where(OpeningHours.site_id == site_id, OpeningHours.deleted_at.is_(None))
                .order_by(OpeningHours.weekday, OpeningHours.opens))
        return self.session.scalars(stmt).all()

    def closures(self, site_id: uuid.UUID, first: date | None = None, last: date | None = None) -> Sequence[Closure]:
        stmt = select(Closure).where(Closure.site_id == site_id, Closure.deleted_at.is_(None))
        if first is not None:
            stmt = stmt.where(Closure.last_day >= first)
        if last is not None:
            stmt = stmt.where(Closure.first_day <= last)
        return self.session.scalars(stmt.order_by(Closure.first_day)).all()

    # shifts --------------------------------------------------------------------------------------
    def shift(self, shift_id: uuid.UUID) -> Shift | None:
        found = self.session.get(Shift, shift_id)
        return None if found is None or found.is_deleted else found

    def shifts(
        self,
        *,
        start: datetime,
        end: datetime,
        site_ids: Sequence[uuid.UUID] | None = None,
        practitioner_ids: Sequence[uuid.UUID] | None = None,
        include_cancelled: bool = False,
        on_call: bool | None = None,
    ) -> Sequence[Shift]:
        """Shifts overlapping [start, end). No shift lasts more than ``MAX_SHIFT`` (the rules refuse
        it), so the start is bounded on both sides and the (site, start) index is used as a range
        instead of a scan of every earlier shift."""
        stmt = select(Shift).where(Shift.deleted_at.is_(None), Shift.starts_at < end, Shift.ends_at > start,
                                   Shift.starts_at > start - MAX_SHIFT)
        if site_ids is not None:
            stmt = stmt.where(Shift.site_id.in_(site_ids))
        if practitioner_ids is not None:
            stmt = stmt.where(Shift.practitioner_id.in_(practitioner_ids))
        if not include_cancelled:
            stmt = stmt.where(Shift.status == ShiftStatus.ACTIVE)
        if on_call is not None:
            stmt = stmt.where(Shift.on_call.is_(on_call))
        return self.session.scalars(stmt.order_by(Shift.starts_at)).all()

    def shifts_of_pattern(self, pattern_id: uuid.UUID) -> Sequence[Shift]:
        stmt = select(Shift).where(Shift.pattern_id == pattern_id, Shift.deleted_at.is_(None))
        return self.session.scalars(stmt.order_by(Shift.starts_at)).all()

    def pattern(self, pattern_id: uuid.UUID) -> RecurringPattern | None:
        found = self.session.get(RecurringPattern, pattern_id)
        return None if found is None or found.is_deleted else found

    # availabilities and contracts ---------------------------------------------------------------
    def availabilities(self, *, start: datetime, end: datetime,
                       practitioner_ids: Sequence[uuid.UUID] | None = None) -> Sequence[Availability]:
        stmt = select(Availability).where(Availability.deleted_at.is_(None), Availability.starts_at < end,
                                          Availability.ends_at > start)
        if practitioner_ids is not None:
            stmt = stmt.where(Availability.practitioner_id.in_(practitioner_ids))
        return self.session.scalars(stmt.order_by(Availability.starts_at)).all()

    def availability(self, availability_id: uuid.UUID) -> Availability | None:
        found = self.session.get(Availability, availability_id)
        return None if found is None or found.is_deleted else found

    def contracts(self, practitioner_ids: Sequence[uuid.UUID] | None = None) -> Sequence[ReplacementContract]:
        stmt = select(ReplacementContract).where(ReplacementContract.deleted_at.is_(None))
        if practitioner_ids is not None:
            stmt = stmt.where(ReplacementContract.practitioner_id.in_(practitioner_ids))
        return self.session.scalars(stmt.order_by(ReplacementContract.starts_on)).all()
