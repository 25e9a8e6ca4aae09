"""A site's appointment types (consultation, long consultation, home visit, teleconsultation,
urgent slot), each with a duration and a colour: listed, edited, added.

The list is an :class:`AppointmentTypesModel` (one row per frozen
:class:`~cabinet_app.appointments.services.AppointmentTypeInfo`); the form beside it edits the
selected type or a new one, and "Save" calls ``save_type`` through ``ctx.run``. A refusal
(name missing, duration out of 5–240 minutes, colour malformed) is shown in French and nothing
is saved; a save fans out ``Area.APPOINTMENTS`` so the book reloads. A type is never deleted:
untick "Active" to stop offering it (past appointments keep it).
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QItemSelectionModel,
    QModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QColorDialog,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from ...appointments.model import AppointmentKind
from ...appointments.services import AppointmentTypeInfo, list_types, save_type
from ..context import AppContext
from ..table_model import DtoTableModel
from .data import committed
from .labels import colour_icon
from .widgets import INFO_STYLE, message_label, show_message

K = AppointmentKind
MIN_MINUTES, MAX_MINUTES = 5, 240
NEW_COLOUR = "#4c8bf5"

KIND_LABELS: dict[AppointmentKind, str] = {
    K.CONSULTATION: QT_TRANSLATE_NOOP("AppointmentTypesModel", "Consultation"),
    K.LONG_CONSULTATION: QT_TRANSLATE_NOOP("AppointmentTypesModel", "Long consultation"),
    K.HOME_VISIT: QT_TRANSLATE_NOOP("AppointmentTypesModel", "Home visit"),
    K.TELECONSULTATION: QT_TRANSLATE_NOOP("AppointmentTypesModel", "Teleconsultation"),
    K.URGENT: QT_TRANSLATE_NOOP("AppointmentTypesModel", "Urgent slot"),
}


def kind_label(kind: AppointmentKind) -> str:
    return QCoreApplication.translate("AppointmentTypesModel", KIND_LABELS[kind])


class AppointmentTypesModel(DtoTableModel[AppointmentTypeInfo]):
    """One row per appointment type of a site. ``ROW_ROLE`` gives the AppointmentTypeInfo,
    ``SORT_ROLE`` a value that sorts as people expect (folded names, durations as numbers)."""

    CONTEXT = "AppointmentTypesModel"
    NAME, KIND, DURATION, COLOUR, ACTIVE = range(5)
    HEADERS = (
        QT_TRANSLATE_NOOP("AppointmentTypesModel", "Name"),
        QT_TRANSLATE_NOOP("AppointmentTypesModel", "Kind"),
        QT_TRANSLATE_NOOP("AppointmentTypesModel", "Duration (min)"),
        QT_TRANSLATE_NOOP("AppointmentTypesModel", "Colour"),
        QT_TRANSLATE_NOOP("AppointmentTypesModel", "Active"),
    )

    def add_row(self, info: AppointmentTypeInfo) -> None:
        row = len(self._rows)
        self.beginInsertRows(QModelIndex(), row, row)
        self._rows.append(info)
        self.endInsertRows()

    def type_at(self, row: int) -> AppointmentTypeInfo:
        return self.row_at(row)

    def types(self) -> list[AppointmentTypeInfo]:
        return self.rows()

    def extra(self, item: AppointmentTypeInfo, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DecorationRole and column == self.COLOUR:
            return colour_icon(item.colour, 14)
        if role == Qt.ItemDataRole.CheckStateRole and column == self.ACTIVE:
            return Qt.CheckState.Checked if item.active else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.ForegroundRole and not item.active:
            return QColor("#7a7a7a")
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.DURATION:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def display(self, info: AppointmentTypeInfo, column: int) -> str:
        if column == self.NAME:
            return info.name
        if column == self.KIND:
            return kind_label(info.kind)
        if column == self.DURATION:
            return str(info.duration_minutes)
        if column == self.COLOUR:
            return info.colour
        return ""

    def sort_key(self, info: AppointmentTypeInfo, column: int) -> Any:
        if column == self.DURATION:
            return info.duration_minutes
        if column == self.ACTIVE:
            return int(info.active)
        return super().sort_key(info, column)


def ask_colour(parent: QWidget, initial: str, title: str) -> str | None:
    """The colour chosen in Qt's colour dialog (#rrggbb), or None when cancelled."""
    chosen = QColorDialog.getColor(QColor(initial), parent, title)
    return chosen.name() if chosen.isValid() else None


class AppointmentTypesDialog(QDialog):
    """A site's appointment types, with a form to edit the selected one or add one. Emits
    ``saved`` with each AppointmentTypeInfo saved."""

    saved = Signal(object)

    def __init__(self, ctx: AppContext, site_id: uuid.UUID, site_name: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.site_id = site_id
        # asks for a colour (None: cancelled); tests replace it to drive the dialog without exec()
        self.choose_colour: Callable[[str], str | None] = lambda colour: ask_colour(
            self, colour, self.tr("Colour of the appointment type"))
        self._editing: AppointmentTypeInfo | None = None
        self._colour = NEW_COLOUR
        self._select_after_load: uuid.UUID | None = None
        self.setModal(True)
        title = self.tr("Appointment types")
        self.setWindowTitle(f"{title} — {site_name}" if site_name else title)
        self.resize(940, 460)
        self._build()
        self.new_type()
        self.reload()

    # --- building --------------------------------------------------------------------------
    def _build(self) -> None:
        layout = QVBoxLayout(self)
        self.error_label = message_label()
        self.error_label.setObjectName("message")
        self.info_label = message_label(INFO_STYLE)
        self.info_label.setObjectName("info")
        layout.addWidget(self.error_label)
        layout.addWidget(self.info_label)
        row = QHBoxLayout()
        row.addWidget(self._build_table(), 3)
        row.addLayout(self._build_form(), 2)
        layout.addLayout(row, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _build_table(self) -> QTableView:
        self.model = AppointmentTypesModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(AppointmentTypesModel.SORT_ROLE)
        self.table = QTableView()
        self.table.setObjectName("types")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(AppointmentTypesModel.DURATION, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(AppointmentTypesModel.NAME, QHeaderView.ResizeMode.Stretch)
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        return self.table

    def _build_form(self) -> QVBoxLayout:
        self.name_edit = QLineEdit()
        self.name_edit.setObjectName("name")
        self.name_edit.setMaxLength(80)
        self.kind_combo = QComboBox()
        self.kind_combo.setObjectName("kind")
        for kind in AppointmentKind:
            self.kind_combo.addItem(kind_label(kind), kind.value)
        self.duration_spin = QSpinBox()
        self.duration_spin.setObjectName("duration")
        self.duration_spin.setRange(MIN_MINUTES, MAX_MINUTES)
        self.duration_spin.setSingleStep(5)
        self.duration_spin.setSuffix(self.tr(" min"))
        self.colour_button = QPushButton()
        self.colour_button.setObjectName("colour")
        self.colour_button.setToolTip(self.tr("Choose the colour shown in the appointment book"))
        self.colour_button.clicked.connect(self.pick_colour)
        self.active_check = QCheckBox(self.tr("Offered when booking"))
        self.active_check.setObjectName("active")
        form = QFormLayout()
        form.addRow(self.tr("Name:"), self.name_edit)
        form.addRow(self.tr("Kind:"), self.kind_combo)
        form.addRow(self.tr("Duration:"), self.duration_spin)
        form.addRow(self.tr("Colour:"), self.colour_button)
        form.addRow(self.tr("Active:"), self.active_check)
        self.new_button = QPushButton(self.tr("New type"))
        self.new_button.clicked.connect(self.new_type)
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.submit)
        self.name_edit.returnPressed.connect(self.submit)
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        column = QVBoxLayout()
        column.addLayout(form)
        column.addStretch(1)
        column.addLayout(buttons)
        return column

    # --- loading ---------------------------------------------------------------------------
    def _run(self, task: Callable[[Any], Any], on_done: Callable[[Any], None]) -> None:
        """``ctx.run``, whose answer is dropped when the dialog was deleted meanwhile."""
        self.ctx.run(task, on_done=lambda value: on_done(value) if isValid(self) else None,
                     on_error=lambda error: self._failed(error) if isValid(self) else None)

    def reload(self) -> None:
        site_id = self.site_id
        # committed: the usual types, created on the site's first use, are kept
        self._run(committed(lambda uow: list_types(uow, site_id)), self._show_types)

    def _show_types(self, rows: list[AppointmentTypeInfo]) -> None:
        keep = self._select_after_load or (self._editing.id if self._editing else None)
        self._select_after_load = None
        self.model.set_rows(rows)
        if keep is not None and not self.select(keep):
            self.new_type()

    # --- the form --------------------------------------------------------------------------
    def editing(self) -> AppointmentTypeInfo | None:
        """The type the form edits (None: a new one)."""
        return self._editing

    def select(self, type_id: uuid.UUID) -> bool:
        """Select a type in the list, which fills the form with it."""
        row = self.model.row_of(type_id)
        if row is None:
            return False
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        self.table.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
        self.table.scrollTo(index)
        self._fill(self.model.type_at(row))  # also when it was already the current row
        return True

    def _current_changed(self, index: QModelIndex, _previous: QModelIndex) -> None:
        if index.isValid():
            self._fill(index.data(AppointmentTypesModel.ROW_ROLE))

    def _fill(self, info: AppointmentTypeInfo) -> None:
        self._editing = info
        self.name_edit.setText(info.name)
        self.kind_combo.setCurrentIndex(max(0, self.kind_combo.findData(info.kind.value)))
        self.duration_spin.setValue(info.duration_minutes)
        self.set_colour(info.colour)
        self.active_check.setChecked(info.active)

    def new_type(self) -> None:
        """Empty the form for a new type (the list's selection is cleared)."""
        self.table.selectionModel().clear()
        self._editing = None
        self.name_edit.clear()
        self.kind_combo.setCurrentIndex(0)
        self.duration_spin.setValue(15)
        self.set_colour(NEW_COLOUR)
        self.active_check.setChecked(True)
        self.name_edit.setFocus()

    def colour(self) -> str:
        return self._colour

    def set_colour(self, colour: str) -> None:
        """Show the colour on its button: a swatch and its code."""
        self._colour = colour
        self.colour_button.setIcon(colour_icon(colour, 16))
        self.colour_button.setText(colour)

    def pick_colour(self) -> None:
        chosen = self.choose_colour(self._colour)
        if chosen:
            self.set_colour(chosen)

    # --- saving ----------------------------------------------------------------------------
    def submit(self) -> None:
        """Save the form: the type edited, or a new one. Nothing is saved when refused."""
        show_message(self.error_label, "")
        show_message(self.info_label, "")
        values = dict(site_id=self.site_id, name=self.name_edit.text(),
                      kind=AppointmentKind(self.kind_combo.currentData()),
                      duration_minutes=self.duration_spin.value(), colour=self._colour,
                      active=self.active_check.isChecked(),
                      type_id=self._editing.id if self._editing is not None else None)
        self.save_button.setEnabled(False)
        self._run(committed(lambda uow: save_type(uow, **values)), self._saved)

    def _saved(self, info: AppointmentTypeInfo) -> None:
        self.save_button.setEnabled(True)
        if not self.model.update_row(info):
            self.model.add_row(info)
        self.proxy.invalidate()
        self.select(info.id)
        show_message(self.info_label, self.tr("Appointment type saved: %1 (%2 min).").replace(
            "%1", info.name).replace("%2", str(info.duration_minutes)))
        self.saved.emit(info)

    def _failed(self, error: BaseException) -> None:
        self.save_button.setEnabled(True)
        show_message(self.info_label, "")
        show_message(self.error_label, self.ctx.describe(error))

    def error_text(self) -> str:
        """The refusal shown ("" when none): for tests and accessibility."""
        return self.error_label.text() if not self.error_label.isHidden() else ""
