"""Words of the clinical screens shared by several of them: the I-PASS severities, the kinds of
action item, the cabinet guide's sections, dates in French, and the small widgets every
clinical screen uses (the red message label, a read-only table, the background task that
commits)."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterable
from datetime import date, datetime
from functools import partial
from html import escape
from typing import Any, TypeVar

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, QSortFilterProxyModel, Qt
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QHeaderView, QLabel, QTableView
from shiboken6 import isValid

from ...clock import PARIS
from ...db import UnitOfWork
from ...records.clinical_services import ActionInfo
from ...records.model import ActionKind, Severity

CONTEXT = "RecordLabels"
ERROR_STYLE = "color: #b00020;"
INFO_STYLE = "color: #1b5e20;"
T = TypeVar("T")

SEVERITY_LABELS: dict[Severity, str] = {
    Severity.STABLE: QT_TRANSLATE_NOOP("RecordLabels", "Stable"),
    Severity.WATCHER: QT_TRANSLATE_NOOP("RecordLabels", "Watcher"),
    Severity.UNSTABLE: QT_TRANSLATE_NOOP("RecordLabels", "Unstable"),
}
#: background of a severity (button checked, table cell)
SEVERITY_COLOURS: dict[Severity, str] = {
    Severity.STABLE: "#d4edda", Severity.WATCHER: "#ffe8b3", Severity.UNSTABLE: "#f5c6cb",
}
#: the strong colour of a severity (the edge of its button)
SEVERITY_EDGES: dict[Severity, str] = {
    Severity.STABLE: "#2e7d32", Severity.WATCHER: "#e69500", Severity.UNSTABLE: "#c62828",
}
KIND_LABELS: dict[ActionKind, str] = {
    ActionKind.ACTION: QT_TRANSLATE_NOOP("RecordLabels", "Action"),
    ActionKind.LAB_RESULT: QT_TRANSLATE_NOOP("RecordLabels", "Lab result"),
    ActionKind.IMAGING_RESULT: QT_TRANSLATE_NOOP("RecordLabels", "Imaging result"),
    ActionKind.LETTER: QT_TRANSLATE_NOOP("RecordLabels", "Expected letter"),
}
GUIDE_LABELS: dict[str, str] = {
    "access": QT_TRANSLATE_NOOP("RecordLabels", "Access, door and alarm codes, keys"),
    "equipment": QT_TRANSLATE_NOOP("RecordLabels", "Equipment"),
    "contacts": QT_TRANSLATE_NOOP("RecordLabels", "Pharmacy, laboratory, nurses, radiology"),
    "referrals": QT_TRANSLATE_NOOP("RecordLabels", "Specialists to refer to"),
    "protocols": QT_TRANSLATE_NOOP("RecordLabels", "Local protocols"),
}
NEXT_DOCTOR_LABEL = QT_TRANSLATE_NOOP("RecordLabels", "Next doctor")
OVERDUE_LABEL = QT_TRANSLATE_NOOP("RecordLabels", "%1 (overdue)")


def translate(source: str) -> str:
    return QCoreApplication.translate(CONTEXT, source)


def severity_label(severity: Severity) -> str:
    return translate(SEVERITY_LABELS[severity])


def kind_label(kind: ActionKind) -> str:
    return translate(KIND_LABELS[kind])


def guide_label(section: str) -> str:
    return translate(GUIDE_LABELS[section])


def day_text(day: date) -> str:
    return day.strftime("%d/%m/%Y")


def moment_text(moment: datetime) -> str:
    return moment.astimezone(PARIS).strftime("%d/%m/%Y %H:%M")


def due_text(action: ActionInfo, today: date) -> str:
    text = day_text(action.due_on)
    return translate(OVERDUE_LABEL).replace("%1", text) if action.due_on < today else text


def owner_text(owner_id: uuid.UUID | None, names: dict[uuid.UUID, str]) -> str:
    return translate(NEXT_DOCTOR_LABEL) if owner_id is None else names.get(owner_id, "?")


def html_text(text: str) -> str:
    """Plain text for a rich-text view: escaped, line breaks kept."""
    return escape(text).replace("\n", "<br/>")


def html_rows(pairs: Iterable[tuple[str, str]]) -> str:
    """« label: value » lines of a rich-text view (empty values left out)."""
    return "".join(f"<p><b>{escape(label)}</b> {html_text(value)}</p>" for label, value in pairs if value)


# --- small widgets and the background task -----------------------------------------------------

def message_label(name: str = "message") -> QLabel:
    """A red label, hidden until it has something to say."""
    label = QLabel()
    label.setObjectName(name)
    label.setStyleSheet(ERROR_STYLE)
    label.setWordWrap(True)
    label.hide()
    return label


def show_message(label: QLabel, text: str, *, error: bool = True) -> None:
    label.setStyleSheet(ERROR_STYLE if error else INFO_STYLE)
    label.setText(text)
    label.setVisible(bool(text))


def fit_columns(table: QTableView, stretch: Iterable[int]) -> None:
    """Short columns as wide as their content; the ``stretch`` ones (free text) share the rest."""
    header = table.horizontalHeader()
    wide = set(stretch)
    header.setStretchLastSection(not wide)
    for column in range(header.count()):
        mode = QHeaderView.ResizeMode.Stretch if column in wide else QHeaderView.ResizeMode.ResizeToContents
        header.setSectionResizeMode(column, mode)


def list_table(model: Any, *, multi: bool = False, stretch: Iterable[int] = ()) -> QTableView:
    """A read-only table of rows (sortable on the model's sort role when given a proxy)."""
    table = QTableView()
    table.setModel(model)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection if multi
                           else QAbstractItemView.SelectionMode.SingleSelection)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    table.verticalHeader().hide()
    fit_columns(table, stretch)
    return table


def select_data(combo: QComboBox, value: object) -> bool:
    """Select the item holding ``value`` (``findData`` does not compare Python objects)."""
    for index in range(combo.count()):
        if combo.itemData(index) == value:
            combo.setCurrentIndex(index)
            return True
    return False


def fill_sites(combo: QComboBox, sites: Iterable[Any], selected: uuid.UUID | None) -> None:
    """The sites in a chooser, ``selected`` chosen, without emitting a choice."""
    combo.blockSignals(True)
    combo.clear()
    for site in sites:
        combo.addItem(site.name, site.id)
    if not select_data(combo, selected) and combo.count():
        combo.setCurrentIndex(0)
    combo.blockSignals(False)


def sorted_table(owner: QObject, model: Any, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder, *,
                 multi: bool = False) -> QTableView:
    """A read-only table of a row model through a proxy sorting on its sort role, sorted by
    ``column`` at first; the model's free-text columns stretch."""
    proxy = QSortFilterProxyModel(owner)
    proxy.setSourceModel(model)
    proxy.setSortRole(model.SORT_ROLE)
    table = list_table(proxy, multi=multi, stretch=model.STRETCH)
    table.setSortingEnabled(True)
    table.sortByColumn(column, order)
    return table


def committed(action: Callable[[UnitOfWork], T]) -> Callable[[UnitOfWork], T]:
    """A background task that commits what ``action`` did (services only flush)."""

    def task(uow: UnitOfWork) -> T:
        result = action(uow)
        uow.commit()
        return result

    return task


def run_for(owner: QObject, ctx: Any, task: Callable[[UnitOfWork], Any], *,
            on_done: Callable[[Any], None] | None = None,
            on_error: Callable[[BaseException], None] | None = None) -> None:
    """``ctx.run``, whose answer is dropped when ``owner`` was deleted meanwhile (a dialog
    closed, a page dropped at a switch of user) while the task ran in the background."""

    def guard(callback: Callable[[Any], None] | None) -> Callable[[Any], None] | None:
        if callback is None:
            return None
        return lambda value: callback(value) if isValid(owner) else None

    ctx.run(task, on_done=guard(on_done), on_error=guard(on_error))


class DialogHost:
    """One dialog open at a time on a page, opened with ``open()`` (never ``exec()``), closed
    when the page is cleared."""

    dialog: Any = None

    def _open_dialog(self, dialog: Any) -> Any:
        self._close_dialog()
        self.dialog = dialog
        dialog.finished.connect(partial(self._dialog_finished, dialog))
        dialog.open()
        return dialog

    def _dialog_finished(self, dialog: Any, _result: int) -> None:
        if self.dialog is dialog:
            self.dialog = None
        dialog.deleteLater()

    def _close_dialog(self) -> None:
        dialog, self.dialog = self.dialog, None
        if dialog is not None and isValid(dialog):
            dialog.reject()
            dialog.deleteLater()
