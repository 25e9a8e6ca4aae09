"""The patient's identity.

Names follow the INS rules: the birth name (*nom de naissance*) and birth first names are the
identity traits; the used name (*nom d'usage*) is what the secretary calls out in the waiting
room. ``search_text`` holds the folded names (accents and case removed) so that a search for
"helene" finds "Hélène" through an index-friendly column.
"""

from __future__ import annotations

import enum
import uuid
from datetime import date, datetime

from sqlalchemy import ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from ..db import AppendOnlyMixin, Base, SyncedMixin, str_enum
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


# --- clinical records: append-only -----------------------------------------------------------------
# Notes, amendments, co-signatures, handovers, syntheses, acknowledgements and sign-offs are
# inserted, never updated nor deleted (triggers in the database refuse it): a correction is a new
# row pointing to the original, and both stay readable, each signed and dated.


class ConsultationNote(AppendOnlyMixin, Base):
    """A dated note signed by its author (``created_by``'s practitioner): the structured fields
    plus free text. ``amends_id`` points to the note it corrects."""

    __tablename__ = "consultation_notes"

    patient_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("patients.id"))
    author_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("practitioners.id"))
    site_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("sites.id"))
    appointment_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("appointments.id"))
    amends_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("consultation_notes.id"))
    reason: Mapped[str] = mapped_column(Text, default="")
    findings: Mapped[str] = mapped_column(Text, default="")
    conclusion: Mapped[str] = mapped_column(Text, default="")
    prescriptions: Mapped[str] = mapped_column(Text, default="")
    free_text: Mapped[str] = mapped_column(Text, default="")
    needs_cosign: Mapped[bool] = mapped_column(default=False)

    __table_args__ = (Index("ix_consultation_notes_patient_id_created_at", "patient_id", "created_at"),)


class NoteCosignature(AppendOnlyMixin, Base):
    """A titular's co-signature of an intern's note."""

    __tablename__ = "note_cosignatures"

    note_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("consultation_notes.id"))
    titular_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("practitioners.id"))

    __table_args__ = (Index("ix_note_cosignatures_note_id", "note_id"),)


class Severity(enum.StrEnum):
    """I-PASS illness severity."""

    STABLE = "stable"
    WATCHER = "watcher"
    UNSTABLE = "unstable"


class Handover(AppendOnlyMixin, Base):
    """A patient handover (I-PASS): Illness severity, Patient summary, Action list (the
    :class:`ActionItem` rows pointing here), Situation awareness and contingency; the receiver's
    Synthesis comes as a :class:`HandoverSynthesis`. ``receiver_id`` None means "the next doctor"."""

    __tablename__ = "handovers"

    patient_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("patients.id"))
    author_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("practitioners.id"))
    site_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("sites.id"))
    receiver_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("practitioners.id"))
    amends_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("handovers.id"))
    severity: Mapped[Severity] = mapped_column(str_enum(Severity, "handover_severity"))
    summary: Mapped[str] = mapped_column(Text)
    situation: Mapped[str] = mapped_column(Text)  # awareness and contingency: "if … then …"

    __table_args__ = (
        Index("ix_handovers_site_id_created_at", "site_id", "created_at"),
        Index("ix_handovers_patient_id", "patient_id"),
    )


class HandoverSynthesis(AppendOnlyMixin, Base):
    """The receiver restates (or confirms) and acknowledges: the fifth I-PASS element."""

    __tablename__ = "handover_syntheses"

    handover_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("handovers.id"))
    receiver_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("practitioners.id"))
    text: Mapped[str] = mapped_column(Text)

    __table_args__ = (Index("ix_handover_syntheses_handover_id", "handover_id"),)


class HandoverSignOff(AppendOnlyMixin, Base):
    """A titular read and signed off a handover."""

    __tablename__ = "handover_signoffs"

    handover_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("handovers.id"))
    titular_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("practitioners.id"))

    __table_args__ = (Index("ix_handover_signoffs_handover_id", "handover_id"),)


class ActionKind(enum.StrEnum):
    ACTION = "action"
    LAB_RESULT = "lab_result"
    IMAGING_RESULT = "imaging_result"
    LETTER = "letter"

    @property
    def is_pending_result(self) -> bool:
        return self is not ActionKind.ACTION


class ActionItem(SyncedMixin, Base):
    """An action to do, or a pending result: open until closed (by whom, when, outcome). Never
    deleted: an open item is carried into every next handover pack until it is closed."""

    __tablename__ = "action_items"

    patient_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("patients.id"))
    site_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("sites.id"))
    handover_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("handovers.id"))
    kind: Mapped[ActionKind] = mapped_column(str_enum(ActionKind, "action_kind"))
    what: Mapped[str] = mapped_column(Text)
    owner_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("practitioners.id"))  # None: next doctor
    due_on: Mapped[date]
    closed_at: Mapped[datetime | None]
    closed_by: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("practitioners.id"))
    outcome: Mapped[str] = mapped_column(Text, default="")

    __table_args__ = (
        Index("ix_action_items_site_id_closed_at", "site_id", "closed_at"),
        Index("ix_action_items_patient_id", "patient_id"),
    )


class PackAcknowledgement(AppendOnlyMixin, Base):
    """The incoming practitioner acknowledged one item of their handover pack."""

    __tablename__ = "pack_acknowledgements"

    practitioner_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("practitioners.id"))
    site_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("sites.id"))
    item_kind: Mapped[str] = mapped_column(String(20))  # "action", "handover", "guide"
    item_id: Mapped[uuid.UUID]

    __table_args__ = (Index("ix_pack_acknowledgements_item_id", "item_id"),)


class CabinetGuide(SyncedMixin, Base):
    """Practical information for a doctor who arrives at a site for the first time."""

    __tablename__ = "cabinet_guides"

    site_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("sites.id"))
    access: Mapped[str] = mapped_column(Text, default="")  # door and alarm codes, keys
    equipment: Mapped[str] = mapped_column(Text, default="")
    contacts: Mapped[str] = mapped_column(Text, default="")  # pharmacy, lab, nurses, radiology
    referrals: Mapped[str] = mapped_column(Text, default="")  # specialists to refer to
    protocols: Mapped[str] = mapped_column(Text, default="")

    __table_args__ = (Index("ix_cabinet_guides_site_id", "site_id", unique=True),)


class NoteDraft(Base):
    """A note being written, saved every few seconds on this PC (local, not synced): it survives
    a crash or a lock, and disappears once the note is signed."""

    __tablename__ = "note_drafts"

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    user_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("users.id"))
    patient_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("patients.id"))
    content: Mapped[str] = mapped_column(Text)  # JSON of the form's fields
    saved_at: Mapped[datetime]
