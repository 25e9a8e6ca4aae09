"""Users of the shared PC, login throttling, and the append-only audit log."""

from __future__ import annotations

import enum
import uuid
from datetime import datetime

from sqlalchemy import ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from ..db import AppendOnlyMixin, Base, SyncedMixin, str_enum
from .permissions import Role


class User(SyncedMixin, Base):
    __tablename__ = "users"

    login: Mapped[str] = mapped_column(String(60))
    display_name: Mapped[str] = mapped_column(String(120))
    role: Mapped[Role] = mapped_column(str_enum(Role, "user_role"))
    is_admin: Mapped[bool] = mapped_column(default=False)
    practitioner_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("practitioners.id"))
    password_hash: Mapped[str] = mapped_column(String(200))
    active: Mapped[bool] = mapped_column(default=True)
    last_login_at: Mapped[datetime | None]

    __table_args__ = (Index("ix_users_login", "login", unique=True),)


class LoginThrottle(Base):
    """Failed attempts per login on this PC (local, not synced): after a few failures the login
    is refused for a delay that doubles with each further failure."""

    __tablename__ = "login_throttle"

    login: Mapped[str] = mapped_column(String(60), primary_key=True)
    failures: Mapped[int] = mapped_column(default=0)
    blocked_until: Mapped[datetime | None]


class AuditAction(enum.StrEnum):
    LOGIN = "login"
    LOGIN_FAILED = "login_failed"
    LOGIN_THROTTLED = "login_throttled"
    LOGOUT = "logout"
    LOCK = "lock"
    UNLOCK = "unlock"
    PATIENT_OPEN = "patient_open"
    PATIENT_CREATE = "patient_create"
    PATIENT_UPDATE = "patient_update"
    PATIENT_DELETE = "patient_delete"
    PATIENT_SEARCH = "patient_search"
    USER_CREATE = "user_create"
    USER_UPDATE = "user_update"
    USER_PASSWORD = "user_password"
    USER_DISABLE = "user_disable"
    SETUP = "setup"
    APPOINTMENT_BOOK = "appointment_book"
    APPOINTMENT_MOVE = "appointment_move"
    APPOINTMENT_CANCEL = "appointment_cancel"
    CONFLICT_RESOLVE = "conflict_resolve"


class AuditEntry(AppendOnlyMixin, Base):
    """Who did what, when, from which site. Append-only: triggers refuse UPDATE and DELETE."""

    __tablename__ = "audit_log"

    login: Mapped[str] = mapped_column(String(60))
    action: Mapped[AuditAction] = mapped_column(str_enum(AuditAction, "audit_action", 30))
    patient_id: Mapped[uuid.UUID | None]
    target: Mapped[str] = mapped_column(String(200), default="")
    details: Mapped[str] = mapped_column(Text, default="")

    __table_args__ = (
        Index("ix_audit_log_created_at", "created_at"),
        Index("ix_audit_log_patient_id", "patient_id"),
    )
