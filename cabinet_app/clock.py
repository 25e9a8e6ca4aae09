"""Time: aware datetimes only. Stored in UTC, shown in Europe/Paris."""

from __future__ import annotations

from datetime import date, datetime, timezone
from zoneinfo import ZoneInfo

PARIS = ZoneInfo("Europe/Paris")


def utcnow() -> datetime:
    return datetime.now(timezone.utc)


def to_paris(moment: datetime) -> datetime:
    if moment.tzinfo is None:
        raise ValueError("naive datetime: Cabinet only handles aware datetimes")
    return moment.astimezone(PARIS)


def today_paris() -> date:
    return datetime.now(PARIS).date()
