"""Where each appointment of a day's book goes on the grid (pure: no Qt).

Rows are time slots of ``step`` minutes from the first full hour of the day's earliest shift (or
appointment) to the last one's end, rounded up to the hour. Columns are *lanes*: one per
practitioner on duty, plus one more each time two of their appointments overlap (overbooking,
or a cancelled or missed appointment whose time was given to someone else). Appointments that
hold time are placed first, so lane 0 always shows the practitioner's real day.
"""

from __future__ import annotations

import enum
import uuid
from bisect import bisect_right
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

from ...appointments.model import AppointmentStatus
from ...appointments.services import AppointmentInfo, DayBook
from ...planning.calendar import Period

DEFAULT_STEP = timedelta(minutes=5)
HOUR = timedelta(hours=1)


class CellKind(enum.IntEnum):
    OUTSIDE = 0  # no shift at that time: not bookable
    FREE = 1  # within a shift, nobody booked
    BUSY = 2  # within a shift, taken (shown in the extra lanes)
    APPOINTMENT = 3  # an appointment starts here
    COVERED = 4  # inside an appointment's span


@dataclass(frozen=True)
class Lane:
    practitioner_id: uuid.UUID
    practitioner_name: str
    index: int  # 0 = the practitioner's main column
    shifts: tuple[Period, ...]
    free: tuple[Period, ...]


@dataclass(frozen=True)
class Placed:
    info: AppointmentInfo
    row: int
    column: int
    span: int


@dataclass(frozen=True)
class BookLayout:
    start: datetime  # UTC, the start of row 0
    step: timedelta
    rows: int
    lanes: tuple[Lane, ...]
    placed: tuple[Placed, ...]
    kinds: tuple[bytes, ...]  # per lane, one CellKind per row (before appointments are laid)

    def slot(self, row: int) -> datetime:
        return self.start + row * self.step

    def row_of(self, moment: datetime) -> int:
        """The row holding ``moment`` (may be outside 0..rows-1)."""
        return (moment.astimezone(timezone.utc) - self.start) // self.step


EMPTY = BookLayout(datetime(2000, 1, 1, tzinfo=timezone.utc), DEFAULT_STEP, 0, (), (), ())


def _floor_hour(moment: datetime) -> datetime:
    utc = moment.astimezone(timezone.utc)
    return utc.replace(minute=0, second=0, microsecond=0)


def _ceil_hour(moment: datetime) -> datetime:
    floor = _floor_hour(moment)
    return floor if floor == moment.astimezone(timezone.utc) else floor + HOUR


def is_visible(info: AppointmentInfo, show_cancelled: bool) -> bool:
    return show_cancelled or info.status is not AppointmentStatus.CANCELLED


def _bounds(book: DayBook, show_cancelled: bool) -> tuple[datetime, datetime] | None:
    starts = [p.start for c in book.columns for p in c.shifts]
    ends = [p.end for c in book.columns for p in c.shifts]
    for column in book.columns:
        for info in column.appointments:
            if is_visible(info, show_cancelled):
                starts.append(info.starts_at)
                ends.append(info.ends_at)
    if not starts:
        return None
    return _floor_hour(min(starts)), _ceil_hour(max(ends))


def _kinds(rows: int, start: datetime, step: timedelta, shifts: tuple[Period, ...],
           free: tuple[Period, ...]) -> bytes:
    """OUTSIDE / FREE / BUSY for each row: a row counts as free when its start is free time."""
    kinds = bytearray(rows)
    free_starts = [p.start for p in free]
    for row in range(rows):
        moment = start + row * step
        if any(p.start <= moment < p.end for p in shifts):
            i = bisect_right(free_starts, moment) - 1
            is_free = i >= 0 and moment < free[i].end
            kinds[row] = CellKind.FREE if is_free else CellKind.BUSY
    return bytes(kinds)


def _lanes_for(infos: list[AppointmentInfo], start: datetime, step: timedelta, rows: int
               ) -> list[list[tuple[AppointmentInfo, int, int]]]:
    """First-fit by (holds time first, start): each lane a list of (info, row, span)."""
    lanes: list[list[tuple[AppointmentInfo, int, int]]] = [[]]
    ordered = sorted(infos, key=lambda a: (not a.status.holds_time, a.starts_at, a.ends_at, a.patient_name))
    for info in ordered:
        first = max(0, (info.starts_at.astimezone(timezone.utc) - start) // step)
        last = min(rows, -(-(info.ends_at.astimezone(timezone.utc) - start) // step))
        if first >= rows or last <= 0:
            continue
        span = max(1, last - first)
        for lane in lanes:
            if all(first + span <= r or r + s <= first for _, r, s in lane):
                lane.append((info, first, span))
                break
        else:
            lanes.append([(info, first, span)])
    return lanes


def lay_out(book: DayBook | None, *, show_cancelled: bool = False, step: timedelta = DEFAULT_STEP) -> BookLayout:
    if book is None:
        return EMPTY
    bounds = _bounds(book, show_cancelled)
    if bounds is None:
        return BookLayout(EMPTY.start, step, 0, (), (), ())
    start, end = bounds
    rows = (end - start) // step
    lanes: list[Lane] = []
    placed: list[Placed] = []
    kinds: list[bytes] = []
    for column in book.columns:
        visible = [a for a in column.appointments if is_visible(a, show_cancelled)]
        for index, lane in enumerate(_lanes_for(visible, start, step, rows)):
            number = len(lanes)
            lanes.append(Lane(column.practitioner_id, column.practitioner_name, index, column.shifts, column.free))
            kinds.append(_kinds(rows, start, step, column.shifts, column.free))
            placed.extend(Placed(info, row, number, span) for info, row, span in lane)
    placed.sort(key=lambda p: (p.column, p.row))
    return BookLayout(start, step, rows, tuple(lanes), tuple(placed), tuple(kinds))
