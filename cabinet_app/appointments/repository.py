"""Queries of the appointment book (the only place its SQL lives)."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from .model import Appointment, AppointmentStatus, AppointmentType

HOLDING = [s for s in AppointmentStatus if s.holds_time]
MAX_DURATION = timedelta(minutes=240)  # ck_appointment_types_duration_range


class AppointmentRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    def add(self, row: object) -> None:
        self.session.add(row)

    def types(self, site_id: uuid.UUID, *, include_inactive: bool = False) -> Sequence[AppointmentType]:
        stmt = select(AppointmentType).where(AppointmentType.site_id == site_id,
                                             AppointmentType.deleted_at.is_(None))
        if not include_inactive:
            stmt = stmt.where(AppointmentType.active.is_(True))
        return self.session.scalars(stmt.order_by(AppointmentType.duration_minutes, AppointmentType.name)).all()

    def type(self, type_id: uuid.UUID) -> AppointmentType | None:
        found = self.session.get(AppointmentType, type_id)
        return None if found is None or found.is_deleted else found

    def get(self, appointment_id: uuid.UUID) -> Appointment | None:
        found = self.session.get(Appointment, appointment_id)
        return None if found is None or found.is_deleted else found

    def between(self, *, start: datetime, end: datetime, site_ids: Sequence[uuid.UUID] | None = None,
                practitioner_ids: Sequence[uuid.UUID] | None = None,
                patient_ids: Sequence[uuid.UUID] | None = None, holding_only: bool = False,
                statuses: Sequence[AppointmentStatus] | None = None) -> Sequence[Appointment]:
        # no appointment lasts more than MAX_DURATION (a CHECK says so): bounding the start on both
        # sides lets the (…, starts_at) indexes serve a range instead of scanning all the past
        stmt = select(Appointment).where(Appointment.deleted_at.is_(None), Appointment.starts_at < end,
                                         Appointment.ends_at > start,
                                         Appointment.starts_at > start - MAX_DURATION)
        if site_ids is not None:
            stmt = stmt.where(Appointment.site_id.in_(site_ids))
        if practitioner_ids is not None:
            stmt = stmt.where(Appointment.practitioner_id.in_(practitioner_ids))
        if patient_ids is not None:
            stmt = stmt.where(Appointment.patient_id.in_(patient_ids))
        if holding_only:
            stmt = stmt.where(Appointment.status.in_(HOLDING))
        if statuses is not None:
            stmt = stmt.where(Appointment.status.in_(list(statuses)))
        return self.session.scalars(stmt.order_by(Appointment.starts_at)).all()

    def of_patient(self, patient_id: uuid.UUID, limit: int = 500) -> Sequence[Appointment]:
        stmt = (select(Appointment).where(Appointment.patient_id == patient_id, Appointment.deleted_at.is_(None))
                .order_by(Appointment.starts_at.desc()).limit(limit))
        return self.session.scalars(stmt).all()

    def to_rebook(self, site_ids: Sequence[uuid.UUID] | None = None) -> Sequence[Appointment]:
        stmt = select(Appointment).where(Appointment.deleted_at.is_(None),
                                         Appointment.status == AppointmentStatus.TO_REBOOK)
        if site_ids is not None:
            stmt = stmt.where(Appointment.site_id.in_(site_ids))
        # sorted here, not with ORDER BY: for "ORDER BY starts_at" SQLite (no statistics) walks the
        # (site, start) index over every appointment of the site (~25 ms at 100,000) instead of
        # the status index, which finds the few to rebook at once
        return sorted(self.session.scalars(stmt).all(), key=lambda a: a.starts_at)
