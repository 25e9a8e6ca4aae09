"""What the sync keeps in the site's database.

``sync_outbox`` (local)
    One row per local change not yet acknowledged by the central database, written by triggers in
    the same transaction as the change (:mod:`cabinet_app.sync.capture`): mutation id, table, key,
    operation, base row version, the whole row before and after (the changed fields and their old
    values are derived from the two), author, site and schema version.

``sync_state`` (local)
    Key/value: whether capture is on, the site's identity, the pull cursor and the central
    generation it belongs to, the last success and the last error.

``sync_conflicts`` (synced)
    The losing side of every conflict, written by the central database while it applies a push and
    pulled back by the site concerned: both versions and the common base, who and when, the fields
    in dispute. A person resolves it; the resolution is a change like any other, so it syncs.
"""

from __future__ import annotations

import enum
import uuid
from datetime import datetime

from sqlalchemy import Column, Index, Integer, String, Table, Text
from sqlalchemy.orm import Mapped, mapped_column

from ..db import Base, SyncedMixin, str_enum


class ConflictKind(enum.StrEnum):
    FIELDS = "fields"  # both sides changed the same field (or field group) differently
    EDIT_DELETED = "edit_deleted"  # an edit reached a row deleted meanwhile
    DELETE_EDITED = "delete_edited"  # a deletion reached a row edited meanwhile
    DOUBLE_BOOKING = "double_booking"  # the central exclusion constraint refused the row
    REFUSED = "refused"  # another rule of the central database refused the change


class Resolution(enum.StrEnum):
    MINE = "mine"  # the losing side is applied after all
    THEIRS = "theirs"  # the central version stays


class SyncConflict(SyncedMixin, Base):
    __tablename__ = "sync_conflicts"

    site_id: Mapped[uuid.UUID | None]  # the site whose change lost
    table_name: Mapped[str] = mapped_column(String(60))
    row_id: Mapped[uuid.UUID]
    kind: Mapped[ConflictKind] = mapped_column(str_enum(ConflictKind, "conflict_kind"))
    fields: Mapped[str] = mapped_column(Text, default="[]")  # JSON list of the disputed fields
    mine: Mapped[str] = mapped_column(Text, default="{}")  # JSON: the losing row, as its site wrote it
    theirs: Mapped[str] = mapped_column(Text, default="{}")  # JSON: the central row that won
    base: Mapped[str] = mapped_column(Text, default="{}")  # JSON: the row both sides started from
    mine_by: Mapped[uuid.UUID | None]
    mine_at: Mapped[datetime | None]
    theirs_by: Mapped[uuid.UUID | None]
    theirs_at: Mapped[datetime | None]
    message: Mapped[str] = mapped_column(Text, default="")
    mutation_id: Mapped[uuid.UUID | None]
    resolved_at: Mapped[datetime | None]
    resolved_by: Mapped[uuid.UUID | None]
    resolution: Mapped[Resolution | None] = mapped_column(str_enum(Resolution, "conflict_resolution"))

    __table_args__ = (
        Index("ix_sync_conflicts_site_id_resolved_at", "site_id", "resolved_at"),
        Index("ix_sync_conflicts_row_id", "row_id"),
    )


sync_outbox = Table(
    "sync_outbox", Base.metadata,
    Column("seq", Integer, primary_key=True, autoincrement=True),
    Column("mutation_id", String(32), nullable=False, unique=True),
    Column("table_name", String(60), nullable=False),
    Column("row_id", String(36), nullable=False),
    Column("op", String(1), nullable=False),  # I insert, U update, T tombstone, S snapshot (upsert)
    Column("base_version", Integer),
    Column("old_row", Text),
    Column("new_row", Text, nullable=False),
    Column("author", String(36)),
    Column("site_id", String(36)),
    Column("schema_version", String(32)),
    Column("captured_at", String(32), nullable=False),
    Index("ix_sync_outbox_table_name_row_id", "table_name", "row_id"),
    sqlite_autoincrement=True,
)

sync_state = Table(
    "sync_state", Base.metadata,
    Column("key", String(40), primary_key=True),
    Column("value", Text, nullable=False),
)
