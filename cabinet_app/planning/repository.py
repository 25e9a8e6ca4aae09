"""Queries on sites and practitioners (the only place their SQL lives)."""

from __future__ import annotations

import uuid
from collections.abc import Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session

from .model import Practitioner, Site


class SiteRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    def add(self, site: Site) -> None:
        self.session.add(site)

    def get(self, site_id: uuid.UUID) -> Site | None:
        site = self.session.get(Site, site_id)
        return None if site is None or site.is_deleted else site

    def list(self) -> Sequence[Site]:
        stmt = select(Site).where(Site.deleted_at.is_(None)).order_by(Site.kind, Site.name)
        return self.session.scalars(stmt).all()

    def count(self) -> int:
        return len(self.list())


class PractitionerRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    def add(self, practitioner: Practitioner) -> None:
        self.session.add(practitioner)

    def get(self, practitioner_id: uuid.UUID) -> Practitioner | None:
        found = self.session.get(Practitioner, practitioner_id)
        return None if found is None or found.is_deleted else found

    def by_rpps(self, rpps: str) -> Practitioner | None:
        stmt = select(Practitioner).where(Practitioner.rpps == rpps, Practitioner.deleted_at.is_(None))
        return self.session.scalars(stmt).first()

    def list(self) -> Sequence[Practitioner]:
        stmt = (
            select(Practitioner)
            .where(Practitioner.deleted_at.is_(None))
            .order_by(Practitioner.last_name, Practitioner.first_name)
        )
        return self.session.scalars(stmt).all()
