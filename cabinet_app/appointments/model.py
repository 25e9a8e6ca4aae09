"""Appointment types and appointments.

An appointment belongs to a practitioner on shift at that site at that time. Its status moves
booked → arrived → seen, or no-show, or cancelled (with a reason; the row stays), or *to
rebook* when the shift it lay in was cancelled or shortened (never silently deleted).
"""

from __future__ import annotations

import enum
import uuid
from datetime import datetime

from sqlalchemy import CheckConstraint, ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from ..db import Base, SyncedMixin, str_enum


class AppointmentKind(enum.StrEnum):
    CONSULTATION = "consultation"
    LONG_CONSULTATION = "long_consultation"
    HOME_VISIT = "home_visit"
    TELECONSULTATION = "teleconsultation"
    URGENT = "urgent"


class AppointmentStatus(enum.StrEnum):
    BOOKED = "booked"
    ARRIVED = "arrived"
    SEEN = "seen"
    NO_SHOW = "no_show"
    CANCELLED = "cancelled"
    TO_REBOOK = "to_rebook"

    @property
    def holds_time(self) -> bool:
        """Does the appointment still take the practitioner's (and the patient's) time?"""
        return self in (AppointmentStatus.BOOKED, AppointmentStatus.ARRIVED, AppointmentStatus.SEEN)


class AppointmentType(SyncedMixin, Base):
    __tablename__ = "appointment_types"

    site_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("sites.id"))
    name: Mapped[str] = mapped_column(String(80))
    kind: Mapped[AppointmentKind] = mapped_column(str_enum(AppointmentKind, "appointment_kind"))
    duration_minutes: Mapped[int]
    colour: Mapped[str] = mapped_column(String(9), default="#4c8bf5")
    active: Mapped[bool] = mapped_column(default=True)

    __table_args__ = (
        CheckConstraint("duration_minutes BETWEEN 5 AND 240", name="duration_range"),
        Index("ix_appointment_types_site_id", "site_id"),
    )


class Appointment(SyncedMixin, Base):
    __tablename__ = "appointments"

    site_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("sites.id"))
    practitioner_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("practitioners.id"))
    patient_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("patients.id"))
    type_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("appointment_types.id"))
    starts_at: Mapped[datetime]
    ends_at: Mapped[datetime]
    status: Mapped[AppointmentStatus] = mapped_column(
        str_enum(AppointmentStatus, "appointment_status"), default=AppointmentStatus.BOOKED)
    overbooked: Mapped[bool] = mapped_column(default=False)
    note: Mapped[str] = mapped_column(Text, default="")  # administrative only, never clinical
    arrived_at: Mapped[datetime | None]
    seen_at: Mapped[datetime | None]
    cancelled_at: Mapped[datetime | None]
    cancelled_by: Mapped[uuid.UUID | None]
    cancel_reason: Mapped[str] = mapped_column(String(300), default="")
    rebook_reason: Mapped[str] = mapped_column(String(300), default="")

    __table_args__ = (
        CheckConstraint("starts_at < ends_at", name="starts_before_ends"),
        Index("ix_appointments_practitioner_id_starts_at", "practitioner_id", "starts_at"),
        Index("ix_appointments_site_id_starts_at", "site_id", "starts_at"),
        Index("ix_appointments_patient_id_starts_at", "patient_id", "starts_at"),
        Index("ix_appointments_status", "status"),
    )
