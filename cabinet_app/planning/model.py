"""Sites, practitioners, and the rota: opening hours, closures, shifts, recurring patterns,
availabilities.

*Pôle mère*: the parent practice; *cabinet secondaire*: a secondary cabinet it keeps open.
A practitioner's status: *titulaire* (titular of the parent practice), *remplaçant*
(replacement), *interne* (intern on SASPAS placement), *docteur junior*, *salarié* (salaried,
as at a health centre).

A *shift* (*vacation*, or *semaine* for a week-long rotation) is a period a practitioner covers
a site. Times are aware datetimes stored in UTC; opening hours are wall-clock times in
Europe/Paris. An on-call shift (*astreinte*) makes a titular reachable for supervision without
counting as presence at the site.
"""

from __future__ import annotations

import enum
import uuid
from datetime import date, datetime, time

from sqlalchemy import CheckConstraint, ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from ..db import Base, SyncedMixin, str_enum


class SiteKind(enum.StrEnum):
    PARENT = "parent"
    SECONDARY = "secondary"


class PractitionerStatus(enum.StrEnum):
    TITULAR = "titulaire"
    REPLACEMENT = "remplacant"
    INTERN = "interne"
    JUNIOR_DOCTOR = "docteur_junior"
    SALARIED = "salarie"

    @property
    def needs_supervisor(self) -> bool:
        return self in (PractitionerStatus.INTERN, PractitionerStatus.JUNIOR_DOCTOR)


class Site(SyncedMixin, Base):
    __tablename__ = "sites"

    name: Mapped[str] = mapped_column(String(120))
    kind: Mapped[SiteKind] = mapped_column(str_enum(SiteKind, "site_kind"))
    parent_site_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("sites.id"))
    address_line: Mapped[str] = mapped_column(String(200), default="")
    postal_code: Mapped[str] = mapped_column(String(10), default="")
    city: Mapped[str] = mapped_column(String(120), default="")
    phone: Mapped[str] = mapped_column(String(30), default="")
    min_practitioners: Mapped[int] = mapped_column(default=1)
    #: Alsace-Moselle adds Good Friday and 26 December to the public holidays
    alsace_moselle: Mapped[bool] = mapped_column(default=False)
    #: the site is covered by week-long rotations (continuity: same doctor all week)
    works_by_week: Mapped[bool] = mapped_column(default=False)

    __table_args__ = (CheckConstraint("min_practitioners >= 1", name="min_practitioners_positive"),)


class Practitioner(SyncedMixin, Base):
    __tablename__ = "practitioners"

    first_name: Mapped[str] = mapped_column(String(80))
    last_name: Mapped[str] = mapped_column(String(80))
    rpps: Mapped[str] = mapped_column(String(11))
    status: Mapped[PractitionerStatus] = mapped_column(str_enum(PractitionerStatus, "practitioner_status"))
    supervisor_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("practitioners.id"))
    home_site_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("sites.id"))
    email: Mapped[str] = mapped_column(String(200), default="")
    phone: Mapped[str] = mapped_column(String(30), default="")

    __table_args__ = (Index("ix_practitioners_rpps", "rpps", unique=True),)

    @property
    def display_name(self) -> str:
        return f"Dr {self.first_name} {self.last_name}"


class OpeningHours(SyncedMixin, Base):
    """One opening period of a weekday (0 = Monday) at a site, in Paris wall-clock time."""

    __tablename__ = "opening_hours"

    site_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("sites.id"))
    weekday: Mapped[int]
    opens: Mapped[time]
    closes: Mapped[time]

    __table_args__ = (
        CheckConstraint("weekday BETWEEN 0 AND 6", name="weekday_range"),
        CheckConstraint("opens < closes", name="opens_before_closes"),
        Index("ix_opening_hours_site_id", "site_id"),
    )


class Closure(SyncedMixin, Base):
    """An exceptional closure of a site, whole days from ``first_day`` to ``last_day``."""

    __tablename__ = "closures"

    site_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("sites.id"))
    first_day: Mapped[date]
    last_day: Mapped[date]
    reason: Mapped[str] = mapped_column(String(200), default="")

    __table_args__ = (
        CheckConstraint("first_day <= last_day", name="days_in_order"),
        Index("ix_closures_site_id", "site_id"),
    )


class ShiftStatus(enum.StrEnum):
    ACTIVE = "active"
    CANCELLED = "cancelled"


class ShiftSource(enum.StrEnum):
    MANUAL = "manual"
    PATTERN = "pattern"
    AUTOFILL = "autofill"


class RecurringPattern(SyncedMixin, Base):
    """Every ``every_n_weeks`` weeks on ``weekday`` from ``opens`` to ``closes`` (e.g. every
    Tuesday afternoon; every 4th week), between two dates. It generates shifts."""

    __tablename__ = "recurring_patterns"

    site_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("sites.id"))
    practitioner_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("practitioners.id"))
    weekday: Mapped[int]
    starts: Mapped[time]
    ends: Mapped[time]
    every_n_weeks: Mapped[int] = mapped_column(default=1)
    first_day: Mapped[date]
    last_day: Mapped[date]

    __table_args__ = (
        CheckConstraint("weekday BETWEEN 0 AND 6", name="weekday_range"),
        CheckConstraint("every_n_weeks >= 1", name="every_n_weeks_positive"),
    )


class Shift(SyncedMixin, Base):
    __tablename__ = "shifts"

    site_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("sites.id"))
    practitioner_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("practitioners.id"))
    starts_at: Mapped[datetime]
    ends_at: Mapped[datetime]
    on_call: Mapped[bool] = mapped_column(default=False)
    status: Mapped[ShiftStatus] = mapped_column(str_enum(ShiftStatus, "shift_status"), default=ShiftStatus.ACTIVE)
    source: Mapped[ShiftSource] = mapped_column(str_enum(ShiftSource, "shift_source"), default=ShiftSource.MANUAL)
    pattern_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("recurring_patterns.id"))
    note: Mapped[str] = mapped_column(Text, default="")
    cancelled_at: Mapped[datetime | None]
    cancelled_by: Mapped[uuid.UUID | None]
    cancel_reason: Mapped[str] = mapped_column(String(300), default="")

    __table_args__ = (
        CheckConstraint("starts_at < ends_at", name="starts_before_ends"),
        Index("ix_shifts_site_id_starts_at", "site_id", "starts_at"),
        Index("ix_shifts_practitioner_id_starts_at", "practitioner_id", "starts_at"),
    )


class AvailabilityKind(enum.StrEnum):
    AVAILABLE = "available"
    UNAVAILABLE = "unavailable"


class Availability(SyncedMixin, Base):
    """A period a practitioner says they can (or cannot) come, at one site or any (None)."""

    __tablename__ = "availabilities"

    practitioner_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("practitioners.id"))
    site_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("sites.id"))
    starts_at: Mapped[datetime]
    ends_at: Mapped[datetime]
    kind: Mapped[AvailabilityKind] = mapped_column(str_enum(AvailabilityKind, "availability_kind"))
    preferred: Mapped[bool] = mapped_column(default=False)
    note: Mapped[str] = mapped_column(String(300), default="")

    __table_args__ = (
        CheckConstraint("starts_at < ends_at", name="starts_before_ends"),
        Index("ix_availabilities_practitioner_id_starts_at", "practitioner_id", "starts_at"),
    )
