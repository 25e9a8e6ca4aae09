"""The day's book on screen: a table view whose appointments span their duration, a time ruler
labelled every quarter of an hour, and a delegate that draws each appointment as a block in its
type's colour with its status."""

from __future__ import annotations

import math
import uuid
from datetime import datetime, timedelta

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QKeyEvent, QPainter, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from ...appointments.model import AppointmentStatus
from ...appointments.services import AppointmentInfo
from .labels import HOUR_LINE, QUARTER_LINE, STATUS_TEXT, blend, local, status_label, status_pixmap, time_text
from .layout import CellKind
from .models import DayBookModel, appointment_font

QUARTER = timedelta(minutes=15)
PADDING = 4
OVERLAP_WIDTH = 190  # a lane of overlapping appointments (overbooking, cancelled): narrower


def rows_per_quarter(model: DayBookModel) -> int:
    return max(1, QUARTER // model.layout.step)


class TimeHeader(QHeaderView):
    """The time ruler: a label every quarter of an hour (bold on the hour) over several rows."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Vertical, parent)
        self.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.setMinimumSectionSize(1)
        self.setHighlightSections(False)
        self.setSectionsClickable(False)

    def paintSection(self, painter: QPainter, rect: QRect, logical: int) -> None:  # noqa: N802
        model = self.model()
        if not isinstance(model, DayBookModel) or model.rowCount() == 0:
            return
        group = rows_per_quarter(model)
        first = logical - logical % group
        top = self.sectionViewportPosition(first)
        height = sum(self.sectionSize(r) for r in range(first, min(first + group, model.rowCount())))
        box = QRect(rect.left(), top, rect.width(), height)
        painter.setClipRect(box)
        painter.fillRect(box, self.palette().window())
        moment = local(model.slot(first))
        on_the_hour = moment.minute == 0
        painter.setPen(QPen(HOUR_LINE if on_the_hour else QUARTER_LINE))
        painter.drawLine(box.topLeft(), box.topRight())
        painter.setPen(QPen(QColor("#bdbdbd")))
        painter.drawLine(box.topRight(), box.bottomRight())
        font = QFont(self.font())
        font.setBold(on_the_hour)
        if not on_the_hour:
            font.setPointSizeF(font.pointSizeF() * 0.9)
        painter.setFont(font)
        painter.setPen(self.palette().windowText().color() if on_the_hour else QColor("#6b6b6b"))
        painter.drawText(box.adjusted(2, 1, -PADDING, 0), Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop,
                         moment.strftime("%H:%M"))

    def sizeHint(self):  # noqa: N802
        hint = super().sizeHint()
        hint.setWidth(QFontMetrics(self.font()).horizontalAdvance("00:00") + 3 * PADDING)
        return hint


class AppointmentDelegate(QStyledItemDelegate):
    """Free and closed time as plain colours with quarter-hour lines; an appointment as a block:
    a bar of its type's colour, its status icon, the time and the patient, then the type.

    Cells are read through the model's Python methods, never ``index.data()`` (see
    :meth:`DayBookModel.info_at`)."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        model = index.model()
        if not isinstance(model, DayBookModel):
            super().paint(painter, option, index)
            return
        row, column = index.row(), index.column()
        rect = option.rect
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        painter.save()
        painter.fillRect(rect, model.data(index, Qt.ItemDataRole.BackgroundRole))
        info = model.info_at(row, column)
        if info is not None and model.kind(row, column) == CellKind.APPOINTMENT:
            self._paint_appointment(painter, option, info, model.data(index, Qt.ItemDataRole.BackgroundRole),
                                    selected)
        else:
            moment = local(model.slot(row))
            if moment.minute % 15 == 0:
                painter.setPen(QPen(HOUR_LINE if moment.minute == 0 else QUARTER_LINE))
                painter.drawLine(rect.topLeft(), rect.topRight())
            if selected:
                highlight = QColor(option.palette.highlight().color())
                highlight.setAlpha(90)
                painter.fillRect(rect, highlight)
        painter.setPen(QPen(QColor("#b5b5b5")))
        painter.drawLine(rect.topRight(), rect.bottomRight())
        painter.restore()

    def _paint_appointment(self, painter: QPainter, option: QStyleOptionViewItem, info: AppointmentInfo,
                           background: QColor, selected: bool) -> None:
        block = option.rect.adjusted(2, 1, -3, -1)
        painter.fillRect(block, background)
        painter.fillRect(QRect(block.left(), block.top(), 5, block.height()), QColor(info.colour))
        border = option.palette.highlight().color() if selected else blend(background, 0.55, QColor("#000000"))
        painter.setPen(QPen(border, 2 if selected else 1))
        painter.drawRect(block.adjusted(0, 0, -1, -1))
        text_box = block.adjusted(5 + PADDING, 1, -PADDING, -1)
        pixmap = status_pixmap(info.status)
        if pixmap is not None:
            painter.drawPixmap(text_box.left(), text_box.top() + 2, pixmap)
            text_box.setLeft(text_box.left() + pixmap.width() + PADDING)
        font = appointment_font(info.status, option.font)
        painter.setPen(STATUS_TEXT[info.status])
        first_font = QFont(font)
        first_font.setBold(info.status in (AppointmentStatus.BOOKED, AppointmentStatus.ARRIVED))
        metrics = QFontMetrics(first_font)
        two_lines = text_box.height() >= 2 * metrics.height()
        first = f"{time_text(info.starts_at)}  {info.patient_name}"
        second = info.type_name
        if info.status is not AppointmentStatus.BOOKED:
            state = status_label(info.status)
            if info.status is AppointmentStatus.ARRIVED and info.arrived_at is not None:
                state += f" {time_text(info.arrived_at)}"
            second = f"{second} · {state}"
        if not two_lines:
            first = f"{first} · {second}"
        painter.setFont(first_font)
        line = QRect(text_box.left(), text_box.top(), text_box.width(), metrics.height())
        painter.drawText(line, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                         metrics.elidedText(first, Qt.TextElideMode.ElideRight, line.width()))
        if two_lines:
            painter.setFont(font)
            metrics = QFontMetrics(font)
            line = QRect(text_box.left(), line.bottom() + 1, text_box.width(), metrics.height())
            painter.drawText(line, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                             metrics.elidedText(second, Qt.TextElideMode.ElideRight, line.width()))


class BookView(QTableView):
    """Double-click (or Enter) on free time asks for a booking there; on an appointment, for
    that appointment. Appointments are dragged onto another cell to move them."""

    # practitioner id, start, lane (0 = main column; more = overlapping, i.e. overbooking)
    free_cell_activated = Signal(object, object, int)
    appointment_activated = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("day_book")
        self.setVerticalHeader(TimeHeader(self))
        self.setItemDelegate(AppointmentDelegate(self))
        self.setShowGrid(False)
        self.setWordWrap(False)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(OVERLAP_WIDTH)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignCenter)
        header.setHighlightSections(False)
        self.doubleClicked.connect(self._activated)

    def setModel(self, model) -> None:  # noqa: N802
        super().setModel(model)
        if isinstance(model, DayBookModel):
            model.modelReset.connect(self.apply_spans)
            self.apply_spans()

    def book_model(self) -> DayBookModel:
        model = self.model()
        assert isinstance(model, DayBookModel)
        return model

    def row_height(self) -> int:
        """15 minutes hold one line of text and a little air."""
        group = rows_per_quarter(self.book_model()) if isinstance(self.model(), DayBookModel) else 3
        return max(6, math.ceil((QFontMetrics(self.font()).height() + 9) / group))

    def apply_spans(self) -> None:
        """After a reload: the spans of the appointments, and narrower columns for the lanes of
        overlapping appointments, so that the practitioners' own columns keep the room."""
        self.clearSpans()
        model = self.book_model()
        self.verticalHeader().setDefaultSectionSize(self.row_height())
        for row, column, span in model.spans():
            self.setSpan(row, column, span, 1)
        header = self.horizontalHeader()
        for column in range(model.columnCount()):
            if model.lane(column).index:
                header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
                header.resizeSection(column, OVERLAP_WIDTH)
            else:
                header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)

    def scroll_to_time(self, moment: datetime) -> None:
        model = self.book_model()
        row = model.layout.row_of(moment)
        if model.rowCount() and model.columnCount():
            row = min(max(row, 0), model.rowCount() - 1)
            self.scrollTo(model.index(row, 0), QAbstractItemView.ScrollHint.PositionAtTop)

    def select_appointment(self, appointment_id: uuid.UUID) -> bool:
        index = self.book_model().index_of(appointment_id)
        if not index.isValid():
            return False
        self.setCurrentIndex(index)
        self.scrollTo(index)
        return True

    def _activated(self, index: QModelIndex) -> None:
        if not index.isValid():
            return
        model = self.book_model()
        row, column = index.row(), index.column()
        info = model.info_at(row, column)
        if info is not None:
            self.appointment_activated.emit(info)
        elif model.kind(row, column) != CellKind.OUTSIDE:
            lane = model.lane(column)
            self.free_cell_activated.emit(lane.practitioner_id, model.slot(row), lane.index)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self._activated(self.currentIndex())
            event.accept()
            return
        super().keyPressEvent(event)
