"""Small pieces shared by the planning's dialogs and page: French date and time editors, combos of
sites and practitioners, the red message label, and the committed background task."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from datetime import date, datetime, time
from typing import Any, TypeVar

from PySide6.QtCore import QDate, QObject, QTime
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QTableView,
    QTimeEdit,
    QWidget,
)

from shiboken6 import isValid

from ...db import UnitOfWork
from ...planning.calendar import at
from ...planning.services import PractitionerInfo, SiteInfo

ERROR_STYLE = "color: #b00020;"
T = TypeVar("T")


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
    closed, the page dropped at a switch of user) while the task ran in the background."""

    def guard(callback: Callable[[Any], None] | None) -> Callable[[Any], None] | None:
        if callback is None:
            return None
        return lambda value: callback(value) if isValid(owner) else None

    ctx.run(task, on_done=guard(on_done), on_error=guard(on_error))


def message_label() -> QLabel:
    """A red label, hidden until it has something to say."""
    label = QLabel()
    label.setStyleSheet(ERROR_STYLE)
    label.setWordWrap(True)
    label.hide()
    return label


def show_message(label: QLabel, text: str) -> None:
    label.setText(text)
    label.setVisible(bool(text))


def list_table(model) -> QTableView:
    """A read-only table of rows (one selected at a time)."""
    table = QTableView()
    table.setModel(model)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.verticalHeader().hide()
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)
    return table


def side_by_side(*widgets: QWidget) -> QWidget:
    """Widgets in a row, for one line of a form."""
    box = QWidget()
    row = QHBoxLayout(box)
    row.setContentsMargins(0, 0, 0, 0)
    for widget in widgets:
        row.addWidget(widget)
    row.addStretch(1)
    return box


def date_edit(day: date, parent: QWidget | None = None) -> QDateEdit:
    edit = QDateEdit(QDate(day.year, day.month, day.day), parent)
    edit.setDisplayFormat("dd/MM/yyyy")
    edit.setCalendarPopup(True)
    return edit


def time_edit(moment: time, parent: QWidget | None = None) -> QTimeEdit:
    edit = QTimeEdit(QTime(moment.hour, moment.minute), parent)
    edit.setDisplayFormat("HH:mm")
    return edit


def edited_date(edit: QDateEdit) -> date:
    value = edit.date()
    return date(value.year(), value.month(), value.day())


def set_edited_date(edit: QDateEdit, day: date) -> None:
    edit.setDate(QDate(day.year, day.month, day.day))


def edited_time(edit: QTimeEdit) -> time:
    value = edit.time()
    return time(value.hour(), value.minute())


def set_edited_time(edit: QTimeEdit, moment: time) -> None:
    edit.setTime(QTime(moment.hour, moment.minute))


def moment_of(day_edit: QDateEdit, time_of_day: QTimeEdit) -> datetime:
    """The aware Paris datetime shown by a date and a time editor."""
    return at(edited_date(day_edit), edited_time(time_of_day))


def fill_combo(combo: QComboBox, items: Sequence[tuple[str, Any]], selected: Any = None) -> None:
    combo.clear()
    for text, value in items:
        combo.addItem(text, value)
    if selected is not None:
        select_data(combo, selected)


def select_data(combo: QComboBox, value: Any) -> bool:
    """Select the item holding ``value`` (compared in Python: ``findData`` compares UUID wrappers
    by identity)."""
    for index in range(combo.count()):
        if combo.itemData(index) == value:
            combo.setCurrentIndex(index)
            return True
    return False


def site_items(sites: Sequence[SiteInfo]) -> list[tuple[str, uuid.UUID]]:
    return [(s.name, s.id) for s in sites]


def practitioner_items(practitioners: Sequence[PractitionerInfo]) -> list[tuple[str, uuid.UUID]]:
    return [(p.display_name, p.id) for p in practitioners]


def ask_yes_no(parent: QWidget | None, title: str, text: str) -> bool:
    """A blocking question (the page's ``confirm`` hook; tests replace the hook)."""
    answer = QMessageBox.question(parent, title, text, QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                  QMessageBox.StandardButton.No)
    return answer == QMessageBox.StandardButton.Yes
