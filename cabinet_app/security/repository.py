"""Queries on users, login throttling and the audit log."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from .model import AuditAction, AuditEntry, LoginThrottle, User


class UserRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    def add(self, user: User) -> None:
        self.session.add(user)

    def get(self, user_id: uuid.UUID) -> User | None:
        found = self.session.get(User, user_id)
        return None if found is None or found.is_deleted else found

    def by_login(self, login: str) -> User | None:
        stmt = select(User).where(User.login == login, User.deleted_at.is_(None))
        return self.session.scalars(stmt).first()

    def list(self) -> Sequence[User]:
        return self.session.scalars(select(User).where(User.deleted_at.is_(None)).order_by(User.login)).all()

    def count(self) -> int:
        return self.session.scalar(select(func.count()).select_from(User).where(User.deleted_at.is_(None))) or 0

    def throttle(self, login: str) -> LoginThrottle:
        row = self.session.get(LoginThrottle, login)
        if row is None:
            row = LoginThrottle(login=login, failures=0)
            self.session.add(row)
        return row


class AuditRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    def add(self, entry: AuditEntry) -> None:
        self.session.add(entry)

    def list(
        self,
        *,
        since: datetime | None = None,
        until: datetime | None = None,
        login: str | None = None,
        action: AuditAction | None = None,
        patient_id: uuid.UUID | None = None,
        limit: int = 1000,
    ) -> Sequence[AuditEntry]:
        stmt = select(AuditEntry)
        if since is not None:
            stmt = stmt.where(AuditEntry.created_at >= since)
        if until is not None:
            stmt = stmt.where(AuditEntry.created_at < until)
        if login:
            stmt = stmt.where(AuditEntry.login == login)
        if action is not None:
            stmt = stmt.where(AuditEntry.action == action)
        if patient_id is not None:
            stmt = stmt.where(AuditEntry.patient_id == patient_id)
        return self.session.scalars(stmt.order_by(AuditEntry.created_at.desc()).limit(limit)).all()
