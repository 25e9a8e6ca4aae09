"""Small pieces shared by the fees tabs: a table view, an amount-and-date dialog, saving bytes to a
file chosen with QFileDialog, committed tasks."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSortFilterProxyModel, Signal
from PySide6.QtWidgets import (
    QAbstractItemView, QDateEdit, QDialog, QDialogButtonBox, QFileDialog, QFormLayout, QHeaderView, QLabel,
    QLineEdit, QTableView, QWidget,
)

from ...db import UnitOfWork
from ...fees.model import money
from ..table_model import DtoTableModel
from .acts_dialog import as_date, as_qdate
from .models import euros


def committed(task: Callable[[UnitOfWork], Any]) -> Callable[[UnitOfWork], Any]:
    def run(uow: UnitOfWork) -> Any:
        result = task(uow)
        uow.commit()
        return result
    return run


def table_for(model: DtoTableModel, parent: QWidget, stretch: int = -1) -> QTableView:
    view = QTableView(parent)
    proxy = QSortFilterProxyModel(view)
    proxy.setSourceModel(model)
    proxy.setSortRole(model.SORT_ROLE)
    view.setModel(proxy)
    view.setSortingEnabled(True)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.verticalHeader().hide()
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    if stretch >= 0:
        view.horizontalHeader().setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    return view


def selected_row(view: QTableView) -> Any:
    rows = view.selectionModel().selectedRows()
    if not rows:
        return None
    proxy = view.model()
    source = proxy.mapToSource(rows[0])  # type: ignore[attr-defined]
    return proxy.sourceModel().row_at(source.row())  # type: ignore[attr-defined]


def month_edit(parent: QWidget, day: date) -> QDateEdit:
    edit = QDateEdit(as_qdate(day.replace(day=1)), parent)
    edit.setDisplayFormat("MM/yyyy")
    edit.setCalendarPopup(True)
    return edit


def save_to_file(parent: QWidget, title: str, suggested: str, file_filter: str, data: bytes) -> Path | None:
    """Ask where to write (QFileDialog.getSaveFileName, replaced in tests) and write; None if cancelled."""
    name, _chosen = QFileDialog.getSaveFileName(parent, title, suggested, file_filter)
    if not name:
        return None
    path = Path(name)
    path.write_bytes(data)
    return path


class AmountDialog(QDialog):
    """An amount (optional), a date and a reason (optional): a receipt, a rejection, a settlement.
    OK emits ``submitted``; the caller runs the command, then ``accept()`` or ``show_error()``."""

    submitted = Signal()

    def __init__(self, parent: QWidget, title: str, *, day: date, amount: Decimal | None = None,
                 with_reason: bool = False, note: str = "") -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        form = QFormLayout(self)
        if note:
            form.addRow(QLabel(note, self))
        self.amount_edit: QLineEdit | None = None
        if amount is not None:
            self.amount_edit = QLineEdit(f"{amount:.2f}".replace(".", ","), self)
            form.addRow(self.tr("&Amount (€):"), self.amount_edit)
        self.date_edit = QDateEdit(as_qdate(day), self)
        self.date_edit.setDisplayFormat("dd/MM/yyyy")
        self.date_edit.setCalendarPopup(True)
        form.addRow(self.tr("&Date:"), self.date_edit)
        self.reason_edit: QLineEdit | None = None
        if with_reason:
            self.reason_edit = QLineEdit(self)
            form.addRow(self.tr("&Reason:"), self.reason_edit)
        self.error_label = QLabel(self)
        self.error_label.setStyleSheet("color: #b3261e;")
        self.error_label.setWordWrap(True)
        form.addRow(self.error_label)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.buttons.accepted.connect(self._check)
        self.buttons.rejected.connect(self.reject)
        form.addRow(self.buttons)

    @property
    def day(self) -> date:
        return as_date(self.date_edit.date())

    @property
    def reason(self) -> str:
        return self.reason_edit.text() if self.reason_edit is not None else ""

    def amount(self) -> str:
        """As typed (the core checks it and refuses in French)."""
        return self.amount_edit.text().replace("€", "").strip() if self.amount_edit is not None else ""

    def _check(self) -> None:
        if self.amount_edit is not None:
            try:
                money(self.amount())
            except ValueError:
                self.error_label.setText(self.tr("Type an amount in euros, e.g. 21,50."))
                return
        self.error_label.clear()
        self.submitted.emit()

    def show_error(self, error: BaseException | str) -> None:
        self.error_label.setText(error if isinstance(error, str) else str(error))

    def ok_button(self):  # noqa: ANN201
        return self.buttons.button(QDialogButtonBox.StandardButton.Ok)


__all__ = ["AmountDialog", "committed", "euros", "month_edit", "save_to_file", "selected_row", "table_for"]
