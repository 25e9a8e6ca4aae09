"""Replacement contracts (*contrat de remplacement*).

The planning needs their dates: a replacement's shift must lie inside an active contract. The
fees issue adds the financial terms (rate, basis, exclusions) to this table.
"""

from __future__ import annotations

import uuid
from datetime import date

from sqlalchemy import CheckConstraint, ForeignKey, Index
from sqlalchemy.orm import Mapped, mapped_column

from ..db import Base, SyncedMixin


class ReplacementContract(SyncedMixin, Base):
    __tablename__ = "replacement_contracts"

    practitioner_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("practitioners.id"))
    titular_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("practitioners.id"))
    starts_on: Mapped[date]
    ends_on: Mapped[date]

    __table_args__ = (
        CheckConstraint("starts_on <= ends_on", name="dates_in_order"),
        Index("ix_replacement_contracts_practitioner_id", "practitioner_id"),
    )
