"""Beside the book: the waiting room (patients who arrived, in order of arrival) and the
appointments to rebook (their shift was cancelled or shortened), with a count badge."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QModelIndex, QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...appointments.services import AppointmentInfo
from .models import AppointmentListModel, ToRebookModel, WaitingRoomModel

BADGE_STYLE = ("QLabel { background: %s; color: white; border-radius: 9px; padding: 1px 7px;"
               " font-weight: bold; }")


def list_view(model: AppointmentListModel, name: str, sort_column: int,
              stretch: int | None = None) -> tuple[QTableView, QSortFilterProxyModel]:
    """A sorted, read-only table of appointments; ``stretch`` takes the room left (by default
    the last column), the others fit their content on one line."""
    proxy = QSortFilterProxyModel(model)
    proxy.setSourceModel(model)
    proxy.setSortRole(model.SORT_ROLE)
    table = QTableView()
    table.setObjectName(name)
    table.setModel(proxy)
    table.setSortingEnabled(True)
    table.sortByColumn(sort_column, Qt.SortOrder.AscendingOrder)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.verticalHeader().hide()
    table.setWordWrap(False)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    if stretch is None:
        header.setStretchLastSection(True)
    else:
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    return table, proxy


def title(text: str) -> QLabel:
    label = QLabel(text)
    font = QFont(label.font())
    font.setBold(True)
    label.setFont(font)
    return label


class AppointmentSidePanel(QWidget):
    # an appointment was selected in one of the lists
    selected = Signal(object)
    # "Rebook" on an appointment of the list
    rebook_requested = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.waiting_model = WaitingRoomModel(self)
        self.waiting_table, self.waiting_proxy = list_view(self.waiting_model, "waiting_room",
                                                           WaitingRoomModel.ARRIVED, WaitingRoomModel.PATIENT)
        header = self.waiting_table.horizontalHeader()  # the patient's name first; the doctor's may be cut
        header.setSectionResizeMode(WaitingRoomModel.PRACTITIONER, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(WaitingRoomModel.PRACTITIONER, 100)
        self.rebook_model = ToRebookModel(self)
        self.rebook_table, self.rebook_proxy = list_view(self.rebook_model, "to_rebook", ToRebookModel.WHEN,
                                                         ToRebookModel.PATIENT)
        self.waiting_badge = QLabel()
        self.waiting_badge.setObjectName("waiting_badge")
        self.rebook_badge = QLabel()
        self.rebook_badge.setObjectName("rebook_badge")
        self.rebook_button = QPushButton(self.tr("Rebook…"))
        self.rebook_button.setObjectName("rebook_button")
        self.rebook_button.setToolTip(self.tr("Book the selected appointment again (another time or doctor)"))
        self.rebook_button.clicked.connect(self._rebook_clicked)
        self.rebook_table.doubleClicked.connect(self._rebook_activated)
        for table in (self.waiting_table, self.rebook_table):
            table.selectionModel().currentRowChanged.connect(self._row_changed)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self._section(self.tr("Waiting room"), self.waiting_badge, self.waiting_table))
        splitter.addWidget(self._section(self.tr("To rebook"), self.rebook_badge, self.rebook_table,
                                         self.rebook_button))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)
        self.setMinimumWidth(300)
        self.set_lists([], [])

    def _section(self, text: str, badge: QLabel, table: QTableView, button: QPushButton | None = None) -> QWidget:
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        top.addWidget(title(text))
        top.addWidget(badge)
        top.addStretch(1)
        if button is not None:
            top.addWidget(button)
        column.addLayout(top)
        column.addWidget(table)
        return box

    # --- content ---------------------------------------------------------------------------
    def set_lists(self, waiting: Sequence[AppointmentInfo], rebook: Sequence[AppointmentInfo], *,
                  practitioners: int = 1) -> None:
        """``practitioners`` on duty: with only one, the waiting room does not say with whom."""
        self.waiting_table.setColumnHidden(WaitingRoomModel.PRACTITIONER, practitioners < 2)
        self.waiting_model.set_rows(waiting)
        self.rebook_model.set_rows(rebook)
        self._badge(self.waiting_badge, len(waiting), "#e08a00")
        self._badge(self.rebook_badge, len(rebook), "#d9730d")
        self.rebook_button.setEnabled(self.current_rebook() is not None)

    def clear(self) -> None:
        self.set_lists([], [])

    @staticmethod
    def _badge(label: QLabel, count: int, colour: str) -> None:
        label.setText(str(count))
        label.setStyleSheet(BADGE_STYLE % (colour if count else "#9e9e9e"))

    def rebook_count(self) -> int:
        return self.rebook_model.rowCount()

    def current_rebook(self) -> AppointmentInfo | None:
        index = self.rebook_table.currentIndex()
        return self.rebook_proxy.data(index, ToRebookModel.ROW_ROLE) if index.isValid() else None

    def select_rebook(self, row: int) -> None:
        self.rebook_table.selectRow(row)

    # --- signals ---------------------------------------------------------------------------
    def _row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        info = current.model().data(current, AppointmentListModel.ROW_ROLE) if current.isValid() else None
        self.rebook_button.setEnabled(self.current_rebook() is not None)
        if info is not None:
            self.selected.emit(info)

    def _rebook_clicked(self) -> None:
        info = self.current_rebook()
        if info is not None:
            self.rebook_requested.emit(info)

    def _rebook_activated(self, index: QModelIndex) -> None:
        info = self.rebook_proxy.data(index, AppointmentListModel.ROW_ROLE) if index.isValid() else None
        if info is not None:
            self.rebook_requested.emit(info)
