"""Sync facts shaped for people, without Qt (so they are tested headless): the indicator's
figures, values of a conflict formatted for reading, and what a conflict is about.

Times are stored in UTC and shown in Europe/Paris; identifiers of patients, practitioners and
sites are shown by name when the name is known, else shortened (the first 8 hex digits).
"""

from __future__ import annotations

import enum
import uuid
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, datetime, time
from decimal import Decimal
from typing import Any

from ...clock import PARIS
from ...sync.conflicts import CLINICAL_TABLES, ConflictInfo
from ...sync.service import SyncStatus

EMPTY = "—"
# values never put on screen, whoever looks (a password hash, a derived search key)
SECRET_COLUMNS = frozenset({"password_hash", "search_text"})
# columns naming a person or a place, by preference, to say which row a conflict is about
SUBJECT_COLUMNS = ("patient_id", "practitioner_id", "titular_id", "owner_id", "author_id", "site_id")
SUBJECT_TABLES = {"patients": "patient", "practitioners": "practitioner", "sites": "site"}


# --- the status-bar indicator ------------------------------------------------------------------

@dataclass(frozen=True)
class StatusSummary:
    """What the indicator says: when the last sync succeeded (``HH:MM`` today, else the date
    too; "" when never), what waits, the open conflicts, the last error (without its time)."""

    synced_at: str
    synced_today: bool
    pending: int
    conflicts: int
    error: str

    @property
    def alert(self) -> bool:
        return bool(self.conflicts or self.error)


def parse_moment(raw: str | None) -> datetime | None:
    if not raw:
        return None
    try:
        moment = datetime.fromisoformat(raw)
    except ValueError:
        return None
    return moment if moment.tzinfo is not None else None


def split_error(raw: str | None) -> tuple[datetime | None, str]:
    """The core keeps the last error as ``<ISO time> <sentence>``: both parts."""
    if not raw:
        return None, ""
    head, _, rest = raw.partition(" ")
    moment = parse_moment(head)
    return (moment, rest.strip()) if moment is not None else (None, raw.strip())


def summarise(status: SyncStatus, *, today: date) -> StatusSummary:
    success = parse_moment(status.last_success)
    synced_at, synced_today = "", False
    if success is not None:
        local = success.astimezone(PARIS)
        synced_today = local.date() == today
        synced_at = local.strftime("%H:%M" if synced_today else "%d/%m/%Y %H:%M")
    _when, error = split_error(status.last_error)
    return StatusSummary(synced_at=synced_at, synced_today=synced_today, pending=status.pending,
                         conflicts=status.open_conflicts, error=error)


# --- values of a conflict ----------------------------------------------------------------------

def short_id(value: uuid.UUID) -> str:
    return value.hex[:8]


def paris_text(moment: datetime) -> str:
    return moment.astimezone(PARIS).strftime("%d/%m/%Y %H:%M") if moment.tzinfo else moment.strftime(
        "%d/%m/%Y %H:%M")


def format_value(value: Any, *, names: Mapping[uuid.UUID, str], yes: str, no: str) -> str:
    """One value of a row as people read it (dates dd/mm/yyyy, Paris times, Oui/Non, names)."""
    if value is None or value == "":
        return EMPTY
    if isinstance(value, bool):
        return yes if value else no
    if isinstance(value, datetime):
        return paris_text(value)
    if isinstance(value, date):
        return value.strftime("%d/%m/%Y")
    if isinstance(value, time):
        return value.strftime("%H:%M")
    if isinstance(value, uuid.UUID):
        return names.get(value) or short_id(value)
    if isinstance(value, Decimal):
        return str(value).replace(".", ",")
    if isinstance(value, enum.Enum):
        return str(value.value)
    return str(value)


@dataclass(frozen=True)
class FieldComparison:
    """One row of the side-by-side view: a column and its three versions, formatted."""

    field: str
    mine: str
    theirs: str
    base: str
    differs: bool  # the two sides disagree: both cells are highlighted


def compare(info: ConflictInfo, *, names: Mapping[uuid.UUID, str], yes: str, no: str,
            hidden: str | None = None) -> list[FieldComparison]:
    """The shown fields of a conflict side by side; every value reads ``hidden`` when given
    (clinical content for someone who may not read it), secret columns always do."""
    rows = []
    for column in info.shown_fields:
        values = (info.mine.get(column), info.theirs.get(column), info.base.get(column))
        if hidden is not None or column in SECRET_COLUMNS:
            texts = [hidden or "•••" for _ in values]
        else:
            texts = [format_value(v, names=names, yes=yes, no=no) for v in values]
        rows.append(FieldComparison(column, texts[0], texts[1], texts[2] if info.base else EMPTY,
                                    differs=values[0] != values[1]))
    return rows


def is_clinical(info: ConflictInfo) -> bool:
    return info.table_name in CLINICAL_TABLES


def referenced_ids(conflicts: Iterable[ConflictInfo]) -> set[uuid.UUID]:
    """Every identifier a conflict list may show: the rows' own and those in their values."""
    found: set[uuid.UUID] = set()
    for info in conflicts:
        found.add(info.row_id)
        for row in (info.mine, info.theirs, info.base):
            found.update(v for v in row.values() if isinstance(v, uuid.UUID))
    return found


def subject(info: ConflictInfo, names: Mapping[uuid.UUID, str]) -> str:
    """Which row the conflict is about, in a few words: a name, else a start time, else ""."""
    if info.table_name in SUBJECT_TABLES and info.row_id in names:
        return names[info.row_id]
    row = info.theirs or info.mine or info.base
    parts = []
    for column in SUBJECT_COLUMNS:
        value = row.get(column)
        if isinstance(value, uuid.UUID) and value in names:
            parts.append(names[value])
            break
    starts = row.get("starts_at") or row.get("day") or row.get("first_day")
    if isinstance(starts, (datetime, date)):
        parts.append(paris_text(starts) if isinstance(starts, datetime) else starts.strftime("%d/%m/%Y"))
    return ", ".join(parts)
