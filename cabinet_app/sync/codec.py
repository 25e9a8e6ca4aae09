"""Rows between the site's SQLite, the outbox's JSON and the central PostgreSQL.

The outbox triggers write a row as SQLite stores it (``json_object`` of the raw columns: UUIDs as
32 hex digits, datetimes as text, booleans as 0/1, money as numbers). :func:`decode_sqlite_row`
turns that back into Python values with the column types' own SQLite result processors, so a
value reaches PostgreSQL exactly as if the app had written it there. :func:`to_json` /
:func:`from_json` are the portable form kept in the conflict records.
"""

from __future__ import annotations

import json
import uuid
from datetime import date, datetime, time, timezone
from decimal import Decimal
from functools import cache
from typing import Any

from sqlalchemy import Column, Table
from sqlalchemy.dialects import sqlite

from ..db import Base

_SQLITE = sqlite.dialect()

# Columns the merge never disputes: they describe the write, not the data.
BOOKKEEPING = frozenset({"id", "row_version", "origin_site_id", "created_at", "created_by", "updated_at",
                         "updated_by"})


def table(name: str) -> Table:
    import cabinet_app.models  # noqa: F401 - every mapped table in the metadata

    return Base.metadata.tables[name]


@cache
def _processors(table_name: str) -> dict[str, Any]:
    out = {}
    for column in table(table_name).columns:
        impl = column.type.dialect_impl(_SQLITE)
        out[column.name] = impl.result_processor(_SQLITE, None)
    return out


def decode_sqlite_row(table_name: str, raw: str | dict[str, Any] | None) -> dict[str, Any] | None:
    """A row captured by the outbox triggers, as Python values."""
    if raw is None:
        return None
    values = json.loads(raw) if isinstance(raw, str) else raw
    processors = _processors(table_name)
    out = {}
    for name, value in values.items():
        processor = processors.get(name)
        out[name] = processor(value) if processor is not None and value is not None else value
    return out


def jsonable(value: Any) -> Any:
    if isinstance(value, uuid.UUID):
        return str(value)
    if isinstance(value, (datetime, date, time)):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    if hasattr(value, "value") and isinstance(getattr(value, "value"), str):  # an enum member
        return value.value
    return value


def to_json(row: dict[str, Any] | None) -> str:
    return json.dumps({k: jsonable(v) for k, v in (row or {}).items()}, sort_keys=True)


def _from_jsonable(column: Column[Any], value: Any) -> Any:
    if value is None:
        return None
    column_type = column.type
    impl = getattr(column_type, "impl_instance", None)  # a TypeDecorator answers "object"
    try:
        kind = column_type.python_type
        if kind is object and impl is not None:
            kind = impl.python_type
    except NotImplementedError:
        return value
    if kind is uuid.UUID:
        return uuid.UUID(str(value))
    if kind is datetime:
        parsed = datetime.fromisoformat(value)
        return parsed if parsed.tzinfo is not None else parsed.replace(tzinfo=timezone.utc)
    if kind is date:
        return date.fromisoformat(value)
    if kind is time:
        return time.fromisoformat(value)
    if kind is Decimal:
        return Decimal(str(value))
    if kind is bool:
        return bool(value)
    if isinstance(kind, type) and issubclass(kind, str) and kind is not str:  # enum
        return kind(value)
    return value


def from_json(table_name: str, text: str | None) -> dict[str, Any]:
    """A row kept in a conflict record, as Python values of its table's columns."""
    if not text:
        return {}
    columns = table(table_name).columns
    return {k: _from_jsonable(columns[k], v) if k in columns else v for k, v in json.loads(text).items()}


def data_columns(table_name: str) -> list[str]:
    return [c.name for c in table(table_name).columns if c.name not in BOOKKEEPING]
