"""The table models of the planning: the week (columns = the 7 days, rows = each site's morning
and afternoon) here; the month (a 6 × 7 grid of days) and a practitioner's own dates in
:mod:`.month_models`, re-exported here.

Cells hold frozen DTOs from the services (:class:`ShiftInfo`, :class:`GapInfo`,
:class:`AvailabilityInfo`); custom roles give them to the views and the tests. The week model
also carries the drag and drop of a shift: it never changes itself on a drop, it emits
:attr:`WeekPlanningModel.moveRequested` and the page asks the services (rules checked there).
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QMimeData, QModelIndex, QObject, Qt, Signal

from ...clock import PARIS
from ...planning.calendar import at
from ...planning.model import AvailabilityKind
from ...planning.rota_services import AvailabilityInfo, GapInfo, ShiftInfo
from .data import HalfDay, PlanningData, SitePlan, cells_of, half_day_times, is_open, local_day
from .labels import (
    CLOSED_COLOUR,
    GAP_COLOUR,
    closed_text,
    day_header,
    day_text,
    half_day_name,
    practitioner_colour,
    shift_label,
    short_name,
    times_text,
    wrapped,
)
from .roles import (
    AVAILABILITIES_ROLE,
    CELL_ROLE,
    CLOSED_ROLE,
    DATE_ROLE,
    GAPS_ROLE,
    HINT_ROLE,
    ROW_ROLE,
    SHIFT_MIME,
    SHIFTS_ROLE,
    Index,
)


@dataclass(frozen=True)
class WeekCell:
    """One site's half-day: who covers it, what is uncovered, why it is closed, who offered."""

    plan: SitePlan
    day: date
    half: HalfDay
    shifts: tuple[ShiftInfo, ...] = ()
    gaps: tuple[GapInfo, ...] = ()
    closed: str | None = None
    availabilities: tuple[AvailabilityInfo, ...] = ()


@dataclass(frozen=True)
class MoveRequest:
    """A shift dropped on another cell: where and when it would go."""

    shift: ShiftInfo
    site_id: uuid.UUID
    starts_at: datetime
    ends_at: datetime


def _wall_shift(moment: datetime, days: int) -> datetime:
    """The same wall-clock time ``days`` later (daylight saving handled)."""
    local = moment.astimezone(PARIS)
    return at(local.date() + timedelta(days=days), local.time())


def moved_times(shift: ShiftInfo, source: tuple[date, HalfDay], target: tuple[date, HalfDay],
                target_plan: SitePlan) -> tuple[datetime, datetime]:
    """Where a dragged shift lands. A half-day shift dropped on the other half takes that
    half's usual hours at the target site; anything else keeps its times, moved by whole days."""
    inside = cells_of(shift.starts_at, shift.ends_at, local_day(shift.starts_at), local_day(shift.ends_at))
    if len(inside) == 1 and source[1] != target[1]:
        return half_day_times(target_plan.hours, target[0], target[1])
    days = (target[0] - source[0]).days
    return _wall_shift(shift.starts_at, days), _wall_shift(shift.ends_at, days)


class WeekPlanningModel(QAbstractTableModel):
    SHIFTS_ROLE, GAPS_ROLE, CELL_ROLE, DATE_ROLE = SHIFTS_ROLE, GAPS_ROLE, CELL_ROLE, DATE_ROLE
    CLOSED_ROLE, AVAILABILITIES_ROLE, HINT_ROLE = CLOSED_ROLE, AVAILABILITIES_ROLE, HINT_ROLE
    #: a shift was dropped on another cell (a MoveRequest); the page saves it through the rules
    moveRequested = Signal(object)  # noqa: N815 - Qt's naming

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.week_start = date.min
        self.plans: tuple[SitePlan, ...] = ()
        self._cells: list[list[WeekCell]] = []
        self._shifts: dict[uuid.UUID, ShiftInfo] = {}
        #: drag and drop allowed (the page sets it for people who manage the planning)
        self.editable = False

    # --- loading ---------------------------------------------------------------------------
    def load(self, shifts: Sequence[ShiftInfo], gaps: Sequence[GapInfo], sites: Sequence[SitePlan],
             week_start: date, *, availabilities: Sequence[AvailabilityInfo] = ()) -> None:
        self.beginResetModel()
        self.week_start = week_start - timedelta(days=week_start.weekday())
        self.plans = tuple(sites)
        self._shifts = {s.id: s for s in shifts}
        self._cells = self._build_cells(shifts, gaps, availabilities)
        self.endResetModel()

    def show(self, data: PlanningData) -> None:
        self.load(data.shifts, data.gaps, data.sites, data.first, availabilities=data.availabilities)

    def clear(self) -> None:
        self.load((), (), (), self.week_start if self.week_start != date.min else date.today())

    def _build_cells(self, shifts: Sequence[ShiftInfo], gaps: Sequence[GapInfo],
                     availabilities: Sequence[AvailabilityInfo]) -> list[list[WeekCell]]:
        first, last = self.week_start, self.week_start + timedelta(days=6)
        row_of = {plan.site.id: 2 * i for i, plan in enumerate(self.plans)}
        bins: dict[tuple[int, int], tuple[list, list, list]] = {}

        def drop(row: int, start: datetime, end: datetime, kind: int, item: object) -> None:
            for day, half in cells_of(start, end, first, last):
                bins.setdefault((row + half, (day - first).days), ([], [], []))[kind].append(item)

        for shift in shifts:
            if shift.site_id in row_of:
                drop(row_of[shift.site_id], shift.starts_at, shift.ends_at, 0, shift)
        for gap in gaps:
            if gap.site_id in row_of:
                drop(row_of[gap.site_id], gap.start, gap.end, 1, gap)
        for offer in availabilities:
            for site_id, row in row_of.items():
                if offer.site_id in (None, site_id):
                    drop(row, offer.starts_at, offer.ends_at, 2, offer)
        return [[self._cell(row, column, bins.get((row, column), ([], [], [])))
                 for column in range(7)] for row in range(2 * len(self.plans))]

    def _cell(self, row: int, column: int, found: tuple[list, list, list]) -> WeekCell:
        plan, half = self.plans[row // 2], HalfDay(row % 2)
        day = self.week_start + timedelta(days=column)
        closed = plan.closed.get(day) or (None if is_open(plan.hours, day, half) else "weekday_closed")
        return WeekCell(plan, day, half, tuple(found[0]), tuple(found[1]), closed, tuple(found[2]))

    # --- reading ---------------------------------------------------------------------------
    def cell(self, index: Index) -> WeekCell | None:
        if not index.isValid() or not 0 <= index.row() < len(self._cells) or not 0 <= index.column() < 7:
            return None
        return self._cells[index.row()][index.column()]

    def cell_index(self, site_id: uuid.UUID, day: date, half: HalfDay) -> QModelIndex:
        for i, plan in enumerate(self.plans):
            column = (day - self.week_start).days
            if plan.site.id == site_id and 0 <= column < 7:
                return self.index(2 * i + int(half), column)
        return QModelIndex()

    def shift(self, shift_id: uuid.UUID) -> ShiftInfo | None:
        return self._shifts.get(shift_id)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._cells)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else 7

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return day_header(self.week_start + timedelta(days=section)) if 0 <= section < 7 else None
        if not 0 <= section < 2 * len(self.plans):
            return None
        half = half_day_name(HalfDay(section % 2))
        return half if len(self.plans) == 1 else f"{wrapped(self.plans[section // 2].site.name)}\n{half}"

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        cell = self.cell(index)
        if cell is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(cell)
        if role == Qt.ItemDataRole.BackgroundRole:
            return self._background(cell)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(cell)
        if role == HINT_ROLE:
            return self._hint(cell)
        return {SHIFTS_ROLE: cell.shifts, GAPS_ROLE: cell.gaps, CELL_ROLE: cell, DATE_ROLE: cell.day,
                CLOSED_ROLE: cell.closed, AVAILABILITIES_ROLE: cell.availabilities}.get(role)

    def _display(self, cell: WeekCell) -> str:
        lines = [shift_label(s) for s in cell.shifts]
        if cell.gaps and not lines:
            lines.append(self.tr("Uncovered"))
        if cell.closed and not lines:
            lines.append(closed_text(cell.closed))
        return "\n".join(lines)

    def _background(self, cell: WeekCell) -> Any:
        if cell.gaps:
            return GAP_COLOUR
        if cell.closed:
            return CLOSED_COLOUR
        if cell.shifts:
            return practitioner_colour(cell.shifts[0].practitioner_id)
        return None

    def _tooltip(self, cell: WeekCell) -> str:
        lines = [f"{cell.plan.site.name} — {day_text(cell.day)}, {half_day_name(cell.half).lower()}"]
        if cell.closed:
            lines.append(closed_text(cell.closed))
        lines += [f"{shift_label(s)} : {times_text(s.starts_at, s.ends_at)}" for s in cell.shifts]
        for gap in cell.gaps:
            lines.append(self.tr("Uncovered: %1 (%2 present, %3 required)")
                         .replace("%1", times_text(gap.start, gap.end))
                         .replace("%2", str(gap.present)).replace("%3", str(gap.required)))
        refusals = {a.practitioner_name for a in cell.availabilities if a.kind == AvailabilityKind.UNAVAILABLE}
        if hint := self._hint(cell):
            lines.append(hint)
        if refusals:
            lines.append(self.tr("Unavailable: %1").replace("%1", ", ".join(sorted(refusals))))
        return "\n".join(lines)

    def _hint(self, cell: WeekCell) -> str | None:
        offers = {short_name(a.practitioner_name) for a in cell.availabilities
                  if a.kind == AvailabilityKind.AVAILABLE}
        if cell.closed or not offers:
            return None
        return self.tr("Available: %1").replace("%1", ", ".join(sorted(offers)))

    # --- drag and drop ---------------------------------------------------------------------
    def flags(self, index: Index) -> Qt.ItemFlag:
        cell = self.cell(index)
        if cell is None:
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self.editable:
            flags |= Qt.ItemFlag.ItemIsDropEnabled
            if cell.shifts:
                flags |= Qt.ItemFlag.ItemIsDragEnabled
        return flags

    def supportedDropActions(self) -> Qt.DropAction:  # noqa: N802
        return Qt.DropAction.MoveAction

    def supportedDragActions(self) -> Qt.DropAction:  # noqa: N802
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:  # noqa: N802
        return [SHIFT_MIME]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData | None:  # noqa: N802
        """The first shift of the first cell (the view picks the shift under the mouse with
        :meth:`shift_mime_data`)."""
        cells = [c for c in (self.cell(i) for i in indexes) if c is not None and c.shifts]
        return self.shift_mime_data(cells[0], cells[0].shifts[0]) if cells else None

    def shift_mime_data(self, cell: WeekCell, shift: ShiftInfo) -> QMimeData:
        mime = QMimeData()
        payload = {"shift": str(shift.id), "day": cell.day.isoformat(), "half": int(cell.half)}
        mime.setData(SHIFT_MIME, json.dumps(payload).encode())
        return mime

    def canDropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int,  # noqa: N802
                        parent: Index) -> bool:
        target = parent if parent.isValid() else self.index(row, column)
        return self.editable and data.hasFormat(SHIFT_MIME) and self.cell(target) is not None

    def dropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int,  # noqa: N802
                     parent: Index) -> bool:
        """Ask for the move (:attr:`moveRequested`); the model itself stays as it is until the
        services saved it and the page reloads."""
        if not self.canDropMimeData(data, action, row, column, parent):
            return False
        target = self.cell(parent if parent.isValid() else self.index(row, column))
        request = self._move_request(bytes(data.data(SHIFT_MIME).data()), target)
        if request is None:
            return False
        self.moveRequested.emit(request)
        return True

    def _move_request(self, payload: bytes, target: WeekCell | None) -> MoveRequest | None:
        try:
            decoded = json.loads(payload)
            shift = self._shifts.get(uuid.UUID(decoded["shift"]))
            source = (date.fromisoformat(decoded["day"]), HalfDay(int(decoded["half"])))
        except (ValueError, KeyError, TypeError):
            return None
        if shift is None or target is None:
            return None
        starts_at, ends_at = moved_times(shift, source, (target.day, target.half), target.plan)
        if (target.plan.site.id, starts_at, ends_at) == (shift.site_id, shift.starts_at, shift.ends_at):
            return None
        return MoveRequest(shift, target.plan.site.id, starts_at, ends_at)


# the month and "my dates" models live beside, in month_models.py
from .month_models import MonthCell, MonthPlanningModel, PractitionerDatesModel  # noqa: E402

__all__ = ["AVAILABILITIES_ROLE", "CELL_ROLE", "CLOSED_ROLE", "DATE_ROLE", "GAPS_ROLE", "HINT_ROLE", "ROW_ROLE",
           "SHIFTS_ROLE", "MonthCell", "MonthPlanningModel", "MoveRequest", "PractitionerDatesModel", "WeekCell",
           "WeekPlanningModel", "moved_times"]
