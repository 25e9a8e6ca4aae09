"""Database foundations: the declarative base, the columns every synced row carries, engines with
the SQLite pragmas that keep data safe, and the unit of work.

Every shared table is shaped for the sync with the parent practice from its first row:
client-generated UUID keys, a ``row_version`` (optimistic concurrency, and the base version of a
sync mutation), the site of origin, created/updated at/by, and a tombstone instead of a delete.
Append-only tables (audit, and later notes, amendments, ledger) refuse UPDATE and DELETE in the
database itself (see :mod:`cabinet_app.migrations.triggers`).
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

import enum

from sqlalchemy import (
    DateTime,
    Engine,
    Enum,
    MetaData,
    Uuid,
    create_engine,
    event,
)
from sqlalchemy.engine import URL, make_url
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, declared_attr, mapped_column, sessionmaker
from sqlalchemy.types import TypeDecorator

from .clock import utcnow

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class UTCDateTime(TypeDecorator[datetime]):
    """An aware datetime stored in UTC; naive values are refused (SQLite forgets the zone)."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Any) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime refused: use an aware datetime")
        return value.astimezone(timezone.utc)

    def process_result_value(self, value: datetime | None, dialect: Any) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            return value.replace(tzinfo=timezone.utc)
        return value.astimezone(timezone.utc)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map = {datetime: UTCDateTime(), uuid.UUID: Uuid()}


def str_enum(cls: type[enum.Enum], name: str, length: int = 20) -> Enum:
    """A Python enum stored as its string value with a CHECK constraint (same on SQLite and PG)."""
    return Enum(
        cls,
        name=name,
        native_enum=False,
        create_constraint=True,
        length=length,
        values_callable=lambda members: [m.value for m in members],
        validate_strings=True,
    )


def new_id() -> uuid.UUID:
    return uuid.uuid4()


class SyncedMixin:
    """Columns of every shared, mutable table (see the module docstring)."""

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=new_id)
    row_version: Mapped[int] = mapped_column(default=1)
    origin_site_id: Mapped[uuid.UUID | None]
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    created_by: Mapped[uuid.UUID | None]
    updated_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_by: Mapped[uuid.UUID | None]
    deleted_at: Mapped[datetime | None]
    deleted_by: Mapped[uuid.UUID | None]

    @declared_attr.directive
    def __mapper_args__(cls) -> dict[str, Any]:
        # UPDATE ... WHERE row_version = :seen, then row_version + 1: a concurrent save is caught
        return {"version_id_col": cls.__table__.c.row_version}  # type: ignore[attr-defined]

    @property
    def is_deleted(self) -> bool:
        return self.deleted_at is not None

    def mark_deleted(self, *, by: uuid.UUID | None) -> None:
        """Tombstone: the row stays (the sync must carry the deletion), it is only marked."""
        self.deleted_at = utcnow()
        self.deleted_by = by


class AppendOnlyMixin:
    """Columns of an append-only table: rows are inserted, never updated nor deleted."""

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=new_id)
    origin_site_id: Mapped[uuid.UUID | None]
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    created_by: Mapped[uuid.UUID | None]


@dataclass(frozen=True)
class Actor:
    """Who does what, from where: stamped on every row written in a unit of work."""

    user_id: uuid.UUID | None
    site_id: uuid.UUID | None
    login: str = "system"
    role: str | None = None
    is_admin: bool = False


SYSTEM = Actor(user_id=None, site_id=None, login="system", is_admin=True)


def _stamp_rows(session: Session, flush_context: Any, instances: Any) -> None:
    actor: Actor = session.info.get("actor", SYSTEM)
    now = utcnow()
    for obj in session.new:
        if isinstance(obj, (SyncedMixin, AppendOnlyMixin)):
            if obj.origin_site_id is None:
                obj.origin_site_id = actor.site_id
            if obj.created_by is None:
                obj.created_by = actor.user_id
        if isinstance(obj, SyncedMixin):
            obj.updated_by = obj.created_by
    for obj in session.dirty:
        if isinstance(obj, SyncedMixin) and session.is_modified(obj, include_collections=False):
            obj.updated_at = now
            obj.updated_by = actor.user_id


event.listen(Session, "before_flush", _stamp_rows)


# --- engines ---------------------------------------------------------------------------------

def sqlite_url(path: Path | str) -> URL:
    return URL.create("sqlite+pysqlite", database=str(path))


def _sqlite_pragmas(dbapi_connection: Any, connection_record: Any) -> None:
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA busy_timeout=5000")
        mode = cursor.execute("PRAGMA journal_mode=WAL").fetchone()
        del mode  # an in-memory database answers "memory": nothing to do
        cursor.execute("PRAGMA synchronous=FULL")
    finally:
        cursor.close()


def make_engine(url: URL | str, **kwargs: Any) -> Engine:
    """An engine for a local SQLite file (WAL, foreign keys, synchronous=FULL) or PostgreSQL."""
    url = make_url(url)
    if url.get_backend_name() == "sqlite":
        engine = create_engine(url, **kwargs)
        event.listen(engine, "connect", _sqlite_pragmas)
        # let SQLAlchemy (not pysqlite) open transactions, so that DDL is transactional too
        event.listen(engine, "connect", _sqlite_no_autobegin)
        event.listen(engine, "begin", lambda conn: conn.exec_driver_sql("BEGIN"))
        return engine
    return create_engine(url, **kwargs)


def _sqlite_no_autobegin(dbapi_connection: Any, connection_record: Any) -> None:
    dbapi_connection.isolation_level = None


# --- unit of work ----------------------------------------------------------------------------

class UnitOfWork:
    """One business transaction: ``with uow: ...; uow.commit()``; rolled back unless committed.

    Repositories are reached through the unit of work (``uow.patients``…), created lazily so a
    service only pays for what it uses.
    """

    def __init__(self, engine: Engine, *, actor: Actor = SYSTEM) -> None:
        self.engine = engine
        self.actor = actor
        self._factory = sessionmaker(bind=engine, expire_on_commit=False)
        self.session: Session | None = None

    def __enter__(self) -> "UnitOfWork":
        if self.session is not None:
            raise RuntimeError("unit of work already open")
        self.session = self._factory()
        self.session.info["actor"] = self.actor
        return self

    def __exit__(self, *exc: object) -> None:
        assert self.session is not None
        try:
            self.session.rollback()
        finally:
            self.session.close()
            self.session = None

    def commit(self) -> None:
        assert self.session is not None
        self.session.commit()

    def flush(self) -> None:
        assert self.session is not None
        self.session.flush()

    def as_actor(self, actor: Actor) -> "UnitOfWork":
        return UnitOfWork(self.engine, actor=actor)

    # repositories --------------------------------------------------------------------------
    def _repo(self, name: str, factory: Any) -> Any:
        assert self.session is not None, "open the unit of work first (with uow: ...)"
        cache = self.session.info.setdefault("repos", {})
        if name not in cache:
            cache[name] = factory(self.session)
        return cache[name]

    @property
    def sites(self) -> Any:
        from .planning.repository import SiteRepository

        return self._repo("sites", SiteRepository)

    @property
    def practitioners(self) -> Any:
        from .planning.repository import PractitionerRepository

        return self._repo("practitioners", PractitionerRepository)

    @property
    def patients(self) -> Any:
        from .records.repository import PatientRepository

        return self._repo("patients", PatientRepository)

    @property
    def users(self) -> Any:
        from .security.repository import UserRepository

        return self._repo("users", UserRepository)

    @property
    def audit(self) -> Any:
        from .security.repository import AuditRepository

        return self._repo("audit", AuditRepository)

    @property
    def rota(self) -> Any:
        from .planning.rota_repository import RotaRepository

        return self._repo("rota", RotaRepository)

    @property
    def appointments(self) -> Any:
        from .appointments.repository import AppointmentRepository

        return self._repo("appointments", AppointmentRepository)

    @property
    def clinical(self) -> Any:
        from .records.clinical_repository import ClinicalRepository

        return self._repo("clinical", ClinicalRepository)

    @property
    def fees(self) -> Any:
        from .fees.repository import FeesRepository

        return self._repo("fees", FeesRepository)

    @property
    def settings(self) -> Any:
        from .settings import SettingsRepository

        return self._repo("settings", SettingsRepository)
