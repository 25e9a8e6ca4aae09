"""The Qt models of the appointment book, each holding frozen DTOs and tested without widgets.

* :class:`DayBookModel` — the day's grid: rows are time slots, columns the practitioners on duty
  (one more lane when appointments overlap); an appointment sits in the cell of its start and
  spans its duration (:attr:`DayBookModel.SPAN_ROLE`). Dragging an appointment onto another cell
  asks for a move (:attr:`DayBookModel.move_requested`); the page runs it through the rules.
* :class:`WaitingRoomModel`, :class:`ToRebookModel`, :class:`PatientHistoryModel` and
  :class:`DayListModel` ("my day": a practitioner's patients in order) — one row per
  :class:`~cabinet_app.appointments.services.AppointmentInfo`; they live in ``list_models.py``
  and are imported from here too.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import datetime
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QByteArray,
    QCoreApplication,
    QMimeData,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor

from ...appointments.model import AppointmentStatus
from ...appointments.services import AppointmentInfo, DayBook
from .labels import (
    BUSY_COLOUR,
    FREE_COLOUR,
    OUTSIDE_COLOUR,
    STATUS_TEXT,
    appointment_background,
    appointment_font,
    details_text,
    range_text,
    status_icon,
    status_label,
    time_text,
)
from .layout import EMPTY, BookLayout, CellKind, Lane, Placed, lay_out
from .list_models import (
    AppointmentListModel,
    DayListModel,
    PatientHistoryModel,
    ToRebookModel,
    WaitingRoomModel,
)

Index = QModelIndex | QPersistentModelIndex
MIME_TYPE = "application/x-cabinet-appointment"
S = AppointmentStatus
MOVABLE = (S.BOOKED, S.TO_REBOOK)
DISPLAY = Qt.ItemDataRole.DisplayRole


class DayBookModel(QAbstractTableModel):
    # the AppointmentInfo starting in (or covering) a cell; None for free or closed time
    ROW_ROLE = Qt.ItemDataRole.UserRole + 1
    # how many rows the appointment starting in this cell spans (1 for any other cell)
    SPAN_ROLE = Qt.ItemDataRole.UserRole + 2
    # the start of the cell's time slot (an aware datetime)
    SLOT_ROLE = Qt.ItemDataRole.UserRole + 3
    # the practitioner of the cell's column
    PRACTITIONER_ROLE = Qt.ItemDataRole.UserRole + 4
    # the CellKind (outside a shift, free, busy, an appointment starts here, covered by one)
    KIND_ROLE = Qt.ItemDataRole.UserRole + 5
    # the appointment type's colour (QColor) of an appointment cell
    TYPE_COLOUR_ROLE = Qt.ItemDataRole.UserRole + 6
    # the column's lane: 0 for a practitioner's main column, 1… for overlapping appointments
    LANE_ROLE = Qt.ItemDataRole.UserRole + 7

    # an appointment was dropped on a cell: (appointment id, practitioner id, new start,
    # overbook — True when dropped in a lane of overlapping appointments)
    move_requested = Signal(object, object, object, bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._book: DayBook | None = None
        self._show_cancelled = False
        self._layout: BookLayout = EMPTY
        self._cells: dict[tuple[int, int], Placed] = {}

    # --- loading ---------------------------------------------------------------------------
    def set_book(self, book: DayBook | None) -> None:
        self.beginResetModel()
        self._book = book
        self._lay_out()
        self.endResetModel()

    def set_show_cancelled(self, show: bool) -> None:
        if show != self._show_cancelled:
            self.beginResetModel()
            self._show_cancelled = show
            self._lay_out()
            self.endResetModel()

    def clear(self) -> None:
        self.set_book(None)

    def _lay_out(self) -> None:
        self._layout = lay_out(self._book, show_cancelled=self._show_cancelled)
        self._cells = {}
        for placed in self._layout.placed:
            for row in range(placed.row, placed.row + placed.span):
                self._cells[(row, placed.column)] = placed

    # --- reading ---------------------------------------------------------------------------
    @property
    def book(self) -> DayBook | None:
        return self._book

    @property
    def layout(self) -> BookLayout:
        return self._layout

    @property
    def show_cancelled(self) -> bool:
        return self._show_cancelled

    def spans(self) -> list[tuple[int, int, int]]:
        """(row, column, rows spanned) of every appointment longer than one slot."""
        return [(p.row, p.column, p.span) for p in self._layout.placed if p.span > 1]

    def slot(self, row: int) -> datetime:
        return self._layout.slot(row)

    def practitioner_at(self, column: int) -> uuid.UUID:
        return self._layout.lanes[column].practitioner_id

    def appointments(self) -> list[AppointmentInfo]:
        """Every appointment of the day (cancelled ones too), in time order."""
        if self._book is None:
            return []
        return sorted((a for c in self._book.columns for a in c.appointments),
                      key=lambda a: (a.starts_at, a.practitioner_name))

    def index_of(self, appointment_id: uuid.UUID) -> QModelIndex:
        """The cell where the appointment starts (invalid when it is not shown)."""
        for placed in self._layout.placed:
            if placed.info.id == appointment_id:
                return self.index(placed.row, placed.column)
        return QModelIndex()

    def index_at(self, practitioner_id: uuid.UUID, moment: datetime) -> QModelIndex:
        """The main-lane cell of a practitioner at a time (invalid when not on the grid)."""
        row = self._layout.row_of(moment)
        for column, lane in enumerate(self._layout.lanes):
            if lane.practitioner_id == practitioner_id and lane.index == 0 and 0 <= row < self._layout.rows:
                return self.index(row, column)
        return QModelIndex()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else self._layout.rows

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._layout.lanes)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = DISPLAY) -> Any:
        if orientation == Qt.Orientation.Vertical:
            if 0 <= section < self._layout.rows and role in (DISPLAY, self.SLOT_ROLE):
                moment = self._layout.slot(section)
                return time_text(moment) if role == DISPLAY else moment
            return None
        if not 0 <= section < len(self._layout.lanes):
            return None
        lane = self._layout.lanes[section]
        if role == DISPLAY:
            if lane.index == 0:
                return lane.practitioner_name
            return QCoreApplication.translate("DayBookModel", "Overlaps")  # beside the practitioner's column
        if role == Qt.ItemDataRole.ToolTipRole:
            shifts = ", ".join(range_text(p.start, p.end) for p in lane.shifts)
            text = f"{lane.practitioner_name}\n" + QCoreApplication.translate(
                "DayBookModel", "Shifts: %1").replace("%1", shifts or "—")
            if lane.index:
                text += "\n" + QCoreApplication.translate(
                    "DayBookModel", "Appointments overlapping those of the main column.")
            return text
        if role == self.PRACTITIONER_ROLE:
            return lane.practitioner_id
        return None

    def lane(self, column: int) -> Lane:
        return self._layout.lanes[column]

    def info_at(self, row: int, column: int) -> AppointmentInfo | None:
        """The appointment starting in, or covering, a cell.

        Python code should read cells through this and :meth:`kind` rather than
        ``index.data(role)``: with shiboken6 6.12 on Python 3.11, every empty value that
        ``index.data()`` hands back to Python as ``None`` loses a reference to ``None`` (which
        ends in a crash once the count reaches zero). Views reading the model from C++ are not
        affected."""
        placed = self._cells.get((row, column))
        return placed.info if placed is not None else None

    def kind(self, row: int, column: int) -> CellKind:
        placed = self._cells.get((row, column))
        if placed is not None:
            return CellKind.APPOINTMENT if placed.row == row else CellKind.COVERED
        return CellKind(self._layout.kinds[column][row])

    def data(self, index: Index, role: int = DISPLAY) -> Any:
        if not index.isValid() or not (0 <= index.row() < self._layout.rows
                                       and 0 <= index.column() < len(self._layout.lanes)):
            return None
        row, column = index.row(), index.column()
        placed = self._cells.get((row, column))
        if role == self.SLOT_ROLE:
            return self._layout.slot(row)
        if role == self.PRACTITIONER_ROLE:
            return self._layout.lanes[column].practitioner_id
        if role == self.LANE_ROLE:
            return self._layout.lanes[column].index
        if role == self.KIND_ROLE:
            return self.kind(row, column)
        if role == self.SPAN_ROLE:
            return placed.span if placed is not None and placed.row == row else 1
        if placed is None:
            return self._empty_data(row, column, role)
        return self._appointment_data(placed.info, role)

    def _empty_data(self, row: int, column: int, role: int) -> Any:
        kind = CellKind(self._layout.kinds[column][row])
        if role == Qt.ItemDataRole.BackgroundRole:
            return {CellKind.FREE: FREE_COLOUR, CellKind.BUSY: BUSY_COLOUR}.get(kind, OUTSIDE_COLOUR)
        if role == Qt.ItemDataRole.ToolTipRole:
            moment = time_text(self._layout.slot(row))
            if kind is CellKind.FREE:
                return QCoreApplication.translate("DayBookModel", "%1 free: double-click to book").replace("%1", moment)
            if kind is CellKind.OUTSIDE:
                return QCoreApplication.translate("DayBookModel", "%1 no shift").replace("%1", moment)
        return None

    def _appointment_data(self, info: AppointmentInfo, role: int) -> Any:
        if role == self.ROW_ROLE:
            return info
        if role == DISPLAY:
            text = f"{time_text(info.starts_at)} {info.patient_name} · {info.type_name}"
            return text if info.status is S.BOOKED else f"{text} · {status_label(info.status)}"
        if role == Qt.ItemDataRole.BackgroundRole:
            return appointment_background(info.status, info.colour)
        if role == Qt.ItemDataRole.ForegroundRole:
            return STATUS_TEXT[info.status]
        if role == Qt.ItemDataRole.FontRole:
            return appointment_font(info.status)
        if role == Qt.ItemDataRole.DecorationRole:
            return status_icon(info.status)
        if role == Qt.ItemDataRole.ToolTipRole:
            return details_text(info)
        if role == self.TYPE_COLOUR_ROLE:
            return QColor(info.colour)
        return None

    # --- drag and drop ---------------------------------------------------------------------
    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsDropEnabled
        placed = self._cells.get((index.row(), index.column()))
        if placed is not None and placed.info.status in MOVABLE:
            flags |= Qt.ItemFlag.ItemIsDragEnabled
        return flags

    def supportedDropActions(self) -> Qt.DropAction:  # noqa: N802
        return Qt.DropAction.MoveAction

    def supportedDragActions(self) -> Qt.DropAction:  # noqa: N802
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:  # noqa: N802
        return [MIME_TYPE]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData | None:  # noqa: N802
        for index in indexes:
            info = self.info_at(index.row(), index.column()) if index.isValid() else None
            if info is not None and info.status in MOVABLE:
                mime = QMimeData()
                mime.setData(MIME_TYPE, QByteArray(str(info.id).encode()))
                return mime
        return None

    def _target(self, row: int, column: int, parent: Index) -> tuple[int, int] | None:
        if parent.isValid():
            row, column = parent.row(), parent.column()
        if 0 <= row < self._layout.rows and 0 <= column < len(self._layout.lanes):
            return row, column
        return None

    def canDropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int,  # noqa: N802
                        parent: Index) -> bool:
        return data.hasFormat(MIME_TYPE) and self._target(row, column, parent) is not None

    def dropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int,  # noqa: N802
                     parent: Index) -> bool:
        """Ask for the move (the page checks it against the rules); nothing changes here."""
        target = self._target(row, column, parent)
        if not data.hasFormat(MIME_TYPE) or target is None:
            return False
        try:
            appointment_id = uuid.UUID(bytes(data.data(MIME_TYPE).data()).decode())
        except ValueError:
            return False
        placed = self._cells.get(target)
        if placed is not None and placed.info.id == appointment_id and placed.row == target[0]:
            return False  # dropped where it already is
        lane = self._layout.lanes[target[1]]
        self.move_requested.emit(appointment_id, lane.practitioner_id, self.slot(target[0]), lane.index > 0)
        return True


__all__ = ["DayBookModel", "WaitingRoomModel", "ToRebookModel", "PatientHistoryModel", "DayListModel",
           "AppointmentListModel", "CellKind", "MIME_TYPE", "appointment_font", "details_text"]
