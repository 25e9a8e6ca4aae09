"""Sites and practitioners.

*Pôle mère*: the parent practice; *cabinet secondaire*: a secondary cabinet it keeps open.
A practitioner's status: *titulaire* (titular of the parent practice), *remplaçant*
(replacement), *interne* (intern on SASPAS placement), *docteur junior*, *salarié* (salaried,
as at a health centre).
"""

from __future__ import annotations

import enum
import uuid

from sqlalchemy import CheckConstraint, ForeignKey, Index, String
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
