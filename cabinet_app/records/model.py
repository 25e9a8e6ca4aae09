"""The patient's identity.

Names follow the INS rules: the birth name (*nom de naissance*) and birth first names are the
identity traits; the used name (*nom d'usage*) is what the secretary calls out in the waiting
room. ``search_text`` holds the folded names (accents and case removed) so that a search for
"helene" finds "Hélène" through an index-friendly column.
"""

from __future__ import annotations

import enum
import uuid
from datetime import date

from sqlalchemy import ForeignKey, Index, String
from sqlalchemy.orm import Mapped, mapped_column

from ..db import Base, SyncedMixin, str_enum
from ..identifiers import fold


class Sex(enum.StrEnum):
    FEMALE = "F"
    MALE = "M"
    OTHER = "I"  # indéterminé: no sex check against the NIR


class InsStatus(enum.StrEnum):
    """Status of the identity; the INS is usable (and shown as such) only when qualified."""

    NONE = "none"
    PROVISIONAL = "PROV"
    RECOVERED = "RECUP"
    VALIDATED = "VALI"
    QUALIFIED = "QUAL"


class Patient(SyncedMixin, Base):
    __tablename__ = "patients"

    birth_name: Mapped[str] = mapped_column(String(100))
    used_name: Mapped[str] = mapped_column(String(100), default="")
    first_names: Mapped[str] = mapped_column(String(150))
    used_first_name: Mapped[str] = mapped_column(String(80), default="")
    birth_date: Mapped[date]
    sex: Mapped[Sex] = mapped_column(str_enum(Sex, "patient_sex", 1))
    birth_place_insee: Mapped[str] = mapped_column(String(5), default="")
    nir: Mapped[str | None] = mapped_column(String(15))
    ins_status: Mapped[InsStatus] = mapped_column(str_enum(InsStatus, "ins_status"), default=InsStatus.NONE)
    address_line: Mapped[str] = mapped_column(String(200), default="")
    postal_code: Mapped[str] = mapped_column(String(10), default="")
    city: Mapped[str] = mapped_column(String(120), default="")
    phone: Mapped[str] = mapped_column(String(30), default="")
    email: Mapped[str] = mapped_column(String(200), default="")
    gp_practitioner_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("practitioners.id"))
    gp_name: Mapped[str] = mapped_column(String(150), default="")
    site_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("sites.id"))
    search_text: Mapped[str] = mapped_column(String(400), default="")

    __table_args__ = (
        Index("ix_patients_nir", "nir"),
        Index("ix_patients_birth_date", "birth_date"),
        Index("ix_patients_search_text", "search_text"),
    )

    def refresh_search_text(self) -> None:
        self.search_text = fold(f"{self.used_name} {self.birth_name} {self.first_names} {self.used_first_name}")

    @property
    def display_name(self) -> str:
        name = self.used_name or self.birth_name
        first = self.used_first_name or self.first_names.split(" ")[0]
        return f"{name.upper()} {first}"
