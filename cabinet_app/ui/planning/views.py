"""The week view: each cell paints its shifts as coloured chips (one colour per practitioner),
on a red tint when part of it is uncovered and grey when the site is closed; a chip can be
dragged to another day, half-day or site. The drop goes through the model's ``dropMimeData``,
which asks the page to move the shift (the rules are checked there)."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QPoint, QRect, QSize, Qt
from PySide6.QtGui import QColor, QDrag, QFontMetrics, QMouseEvent, QPainter, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from ...planning.rota_services import ShiftInfo
from .labels import CLOSED_COLOUR, GAP_COLOUR, GAP_TEXT_COLOUR, chip_labels, practitioner_colour
from .models import WeekCell, WeekPlanningModel
from .roles import CELL_ROLE, HINT_ROLE, SHIFTS_ROLE

Index = QModelIndex | QPersistentModelIndex
CHIP_HEIGHT = 22
MARGIN = 3


def chip_rect(cell: QRect, position: int) -> QRect:
    top = cell.top() + MARGIN + position * (CHIP_HEIGHT + MARGIN)
    return QRect(cell.left() + MARGIN, top, cell.width() - 2 * MARGIN, CHIP_HEIGHT)


def chip_at(cell: QRect, point: QPoint, count: int) -> int | None:
    """Which chip of a cell is under ``point`` (None: none)."""
    for position in range(count):
        if chip_rect(cell, position).contains(point):
            return position
    return None


class ShiftCellDelegate(QStyledItemDelegate):
    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        shifts: tuple[ShiftInfo, ...] = index.data(SHIFTS_ROLE) or ()
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        cell: WeekCell | None = index.data(CELL_ROLE)
        base = option.palette.base().color()
        if cell is not None and cell.gaps:
            base = GAP_COLOUR
        elif cell is not None and cell.closed:
            base = CLOSED_COLOUR
        painter.fillRect(option.rect, base)
        for position, shift in enumerate(shifts):
            self._chip(painter, option, chip_rect(option.rect, position), shift)
        if not shifts:
            self._texts(painter, option, index)
        if option.state & QStyle.StateFlag.State_Selected:
            pen = painter.pen()
            pen.setColor(option.palette.highlight().color())
            pen.setWidth(2)
            painter.setPen(pen)
            painter.drawRect(option.rect.adjusted(1, 1, -1, -1))
        painter.restore()

    @staticmethod
    def _chip(painter: QPainter, option: QStyleOptionViewItem, rect: QRect, shift: ShiftInfo) -> None:
        colour = practitioner_colour(shift.practitioner_id)
        painter.setPen(colour.darker(140))
        painter.setBrush(colour)
        painter.drawRoundedRect(rect, 4, 4)
        painter.setPen(QColor("#202020"))
        metrics = QFontMetrics(option.font)
        room = rect.width() - 8
        fitting = [t for t in chip_labels(shift) if metrics.horizontalAdvance(t) <= room]
        text = fitting[0] if fitting else metrics.elidedText(chip_labels(shift)[-1], Qt.TextElideMode.ElideRight, room)
        painter.drawText(rect.adjusted(4, 0, -4, 0), Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, text)

    @staticmethod
    def _texts(painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        text = index.data(Qt.ItemDataRole.DisplayRole) or ""
        cell: WeekCell | None = index.data(CELL_ROLE)
        painter.setPen(GAP_TEXT_COLOUR if cell is not None and cell.gaps else QColor("#555555"))
        area = option.rect.adjusted(6, MARGIN, -6, -MARGIN)
        painter.drawText(area, Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap, text)
        hint = index.data(HINT_ROLE)
        if hint:
            font = option.font
            font.setItalic(True)
            painter.setFont(font)
            painter.setPen(QColor("#6b6b6b"))
            below = area.adjusted(0, QFontMetrics(option.font).height() + MARGIN, 0, 0)
            painter.drawText(below, Qt.AlignmentFlag.AlignBottom | Qt.AlignmentFlag.AlignLeft
                             | Qt.TextFlag.TextWordWrap, hint)

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:  # noqa: N802
        count = max(2, len(index.data(SHIFTS_ROLE) or ()))
        return QSize(130, MARGIN + count * (CHIP_HEIGHT + MARGIN))


class WeekTableView(QTableView):
    """The week table: picks the chip under the mouse for selection and dragging."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._press = QPoint()
        self.chosen_position = 0
        self.setItemDelegate(ShiftCellDelegate(self))
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDragDropOverwriteMode(True)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setDropIndicatorShown(True)
        self.setWordWrap(True)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.verticalHeader().setDefaultAlignment(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight)

    def setModel(self, model) -> None:  # noqa: N802
        super().setModel(model)
        model.modelReset.connect(self.fit_rows)

    def fit_rows(self) -> None:
        """Rows tall enough for their chips, sharing the spare height so the week fills the view."""
        rows = self.model().rowCount() if self.model() is not None else 0
        if not rows:
            return
        header = self.verticalHeader()
        needed = [max(self.sizeHintForRow(r), header.sectionSizeHint(r)) for r in range(rows)]
        extra = max(0, self.viewport().height() - sum(needed)) // rows
        for row, height in enumerate(needed):
            self.setRowHeight(row, height + extra)

    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        self.fit_rows()

    def set_editable(self, editable: bool) -> None:
        self.setDragEnabled(editable)
        self.setAcceptDrops(editable)
        self.viewport().setAcceptDrops(editable)

    def week_model(self) -> WeekPlanningModel:
        model = self.model()
        assert isinstance(model, WeekPlanningModel)
        return model

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        self._press = event.position().toPoint()
        index = self.indexAt(self._press)
        shifts = index.data(SHIFTS_ROLE) or () if index.isValid() else ()
        self.chosen_position = chip_at(self.visualRect(index), self._press, len(shifts)) or 0
        super().mousePressEvent(event)

    def selected_shift(self) -> ShiftInfo | None:
        """The shift chosen in the current cell (the chip clicked, else the first one)."""
        cell = self.week_model().cell(self.currentIndex())
        if cell is None or not cell.shifts:
            return None
        return cell.shifts[min(self.chosen_position, len(cell.shifts) - 1)]

    def startDrag(self, supported: Qt.DropAction) -> None:  # noqa: N802
        cell = self.week_model().cell(self.currentIndex())
        shift = self.selected_shift()
        if cell is None or shift is None:
            return
        drag = QDrag(self)
        drag.setMimeData(self.week_model().shift_mime_data(cell, shift))
        drag.setPixmap(self._chip_pixmap(shift))
        drag.exec(Qt.DropAction.MoveAction)

    def _chip_pixmap(self, shift: ShiftInfo) -> QPixmap:
        width = max(120, self.columnWidth(0) - 2 * MARGIN)
        pixmap = QPixmap(width, CHIP_HEIGHT)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        option = QStyleOptionViewItem()
        option.font = self.font()
        ShiftCellDelegate._chip(painter, option, QRect(0, 0, width, CHIP_HEIGHT), shift)
        painter.end()
        return pixmap
