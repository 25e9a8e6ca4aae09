"""A practitioner's day ("My day"): their patients in order with their status; a double-click
or Enter opens the record (the page audits the opening and announces it)."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from ...appointments.services import AppointmentInfo
from .bars import tool_button
from .models import DayListModel
from .side_panel import list_view


class MyDayPanel(QWidget):
    # the appointment selected in the list
    selected = Signal(object)

    def __init__(self, open_action: QAction, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = DayListModel(self)
        self.table, self.proxy = list_view(self.model, "my_day", DayListModel.TIME, DayListModel.PATIENT)
        open_action.setShortcuts([Qt.Key.Key_Return, Qt.Key.Key_Enter])
        open_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.table.addAction(open_action)
        self.table.doubleClicked.connect(lambda _index: open_action.trigger())
        self.table.selectionModel().currentRowChanged.connect(self._row_changed)
        hint = QLabel(self.tr("Double-click a patient, or Enter, to open the record."))
        hint.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(hint, 1)
        row.addWidget(tool_button(open_action))
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.table, 1)
        column.addLayout(row)

    def set_rows(self, rows: list[AppointmentInfo]) -> None:
        self.model.set_rows(rows)

    def select(self, info: AppointmentInfo) -> bool:
        row = self.model.row_of(info.id)
        if row is None:
            return False
        self.table.setCurrentIndex(self.proxy.mapFromSource(self.model.index(row, 0)))
        return True

    def _row_changed(self, index: QModelIndex, _previous: QModelIndex) -> None:
        if index.isValid():
            self.selected.emit(self.proxy.data(index, DayListModel.ROW_ROLE))
