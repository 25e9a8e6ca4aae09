"""Queries on patients (the only place their SQL lives)."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import date

from sqlalchemy import and_, func, select
from sqlalchemy.orm import Session

from .model import Patient


class PatientRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    def add(self, patient: Patient) -> None:
        self.session.add(patient)

    def get(self, patient_id: uuid.UUID) -> Patient | None:
        found = self.session.get(Patient, patient_id)
        return None if found is None or found.is_deleted else found

    def with_nir(self, nir: str, *, excluding: uuid.UUID | None = None) -> Patient | None:
        stmt = select(Patient).where(Patient.nir == nir, Patient.deleted_at.is_(None))
        if excluding is not None:
            stmt = stmt.where(Patient.id != excluding)
        return self.session.scalars(stmt).first()

    def search(
        self,
        *,
        words: Sequence[str] = (),
        birth_date: date | None = None,
        nir_prefix: str | None = None,
        limit: int = 200,
    ) -> Sequence[Patient]:
        """Patients whose folded names contain every word, born on ``birth_date``, whose NIR
        starts with ``nir_prefix`` (each criterion optional, all combined)."""
        conditions = [Patient.deleted_at.is_(None)]
        conditions += [Patient.search_text.contains(word, autoescape=True) for word in words]
        if birth_date is not None:
            conditions.append(Patient.birth_date == birth_date)
        if nir_prefix:
            conditions.append(Patient.nir.startswith(nir_prefix, autoescape=True))
        stmt = (
            select(Patient)
            .where(and_(*conditions))
            .order_by(func.coalesce(func.nullif(Patient.used_name, ""), Patient.birth_name), Patient.first_names)
            .limit(limit)
        )
        return self.session.scalars(stmt).all()

    def by_ids(self, ids: Sequence[uuid.UUID] | set[uuid.UUID]) -> dict[uuid.UUID, Patient]:
        """Several patients in one query (tombstoned ones left out)."""
        wanted = list(ids)
        found: dict[uuid.UUID, Patient] = {}
        for start in range(0, len(wanted), 500):  # keep the IN list within SQLite's limits
            stmt = select(Patient).where(Patient.id.in_(wanted[start:start + 500]), Patient.deleted_at.is_(None))
            found.update({p.id: p for p in self.session.scalars(stmt)})
        return found

    def ids(self) -> list[uuid.UUID]:
        stmt = select(Patient.id).where(Patient.deleted_at.is_(None)).order_by(Patient.id)
        return list(self.session.scalars(stmt).all())

    def count(self) -> int:
        return self.session.scalar(select(func.count()).select_from(Patient).where(Patient.deleted_at.is_(None))) or 0
