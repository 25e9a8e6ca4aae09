"""What the appointment screens load and do in the background: plain functions of a unit of
work calling the services (no Qt, no SQL), run through ``ctx.run``."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone
from pathlib import Path
from typing import TypeVar

from ...appointments.services import (
    AppointmentInfo,
    AppointmentTypeInfo,
    DayBook,
    DayColumn,
    day_book,
    day_list_pdf,
    list_types,
    reminder_pdf,
    to_rebook,
)
from ...db import UnitOfWork
from ...planning.model import SiteKind
from ...planning.services import SiteInfo, list_sites
from ...records.services import open_patient

T = TypeVar("T")


@dataclass(frozen=True)
class DayData:
    """One load of the page: the sites to choose from, the chosen one's types, its day's book
    and its appointments to rebook."""

    sites: tuple[SiteInfo, ...]
    site_id: uuid.UUID | None
    day: date
    types: tuple[AppointmentTypeInfo, ...]
    book: DayBook | None
    to_rebook: tuple[AppointmentInfo, ...]


def committed(action: Callable[[UnitOfWork], T]) -> Callable[[UnitOfWork], T]:
    """A background task that commits what ``action`` did (services only flush)."""

    def task(uow: UnitOfWork) -> T:
        result = action(uow)
        uow.commit()
        return result

    return task


def default_site(sites: Sequence[SiteInfo], wanted: uuid.UUID | None, local: uuid.UUID | None) -> uuid.UUID | None:
    """The site asked for, else this PC's site, else the first secondary cabinet, else any."""
    ids = [s.id for s in sites]
    for candidate in (wanted, local):
        if candidate in ids:
            return candidate
    secondary = [s.id for s in sites if s.kind is SiteKind.SECONDARY]
    return (secondary or ids or [None])[0]


def load_day(uow: UnitOfWork, site_id: uuid.UUID | None, day: date) -> DayData:
    sites = tuple(list_sites(uow))
    chosen = default_site(sites, site_id, uow.actor.site_id)
    if chosen is None:
        return DayData(sites, None, day, (), None, ())
    types = tuple(list_types(uow, chosen))
    book = day_book(uow, chosen, day)
    rebook = tuple(to_rebook(uow, [chosen]))
    uow.commit()  # the usual appointment types, created on the site's first use, are kept
    return DayData(sites, chosen, day, types, book, rebook)


def on_duty(uow: UnitOfWork, site_id: uuid.UUID, day: date) -> list[DayColumn]:
    """The practitioners on shift at the site that day, with their free time."""
    return [c for c in day_book(uow, site_id, day).columns if c.shifts]


def open_record(uow: UnitOfWork, patient_id: uuid.UUID) -> uuid.UUID:
    """Open a patient's record: the audit row (who, when, which patient) is committed at once."""
    open_patient(uow, patient_id)
    uow.commit()
    return patient_id


def write_day_list(uow: UnitOfWork, site_id: uuid.UUID, day: date, path: str) -> str:
    Path(path).write_bytes(day_list_pdf(uow, site_id, day))
    return path


def write_reminder(uow: UnitOfWork, appointment_id: uuid.UUID, path: str) -> str:
    Path(path).write_bytes(reminder_pdf(uow, appointment_id))
    return path


def ceil_to_grid(moment: datetime, minutes: int = 5) -> datetime:
    """The next time on a grid of ``minutes`` (the moment itself when on it)."""
    grid = timedelta(minutes=minutes)
    rest = (moment - datetime(2000, 1, 1, tzinfo=timezone.utc)) % grid
    return moment + (grid - rest) if rest else moment


def with_pdf_suffix(path: str) -> str:
    return path if path.lower().endswith(".pdf") else f"{path}.pdf"
