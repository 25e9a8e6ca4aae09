"""The small dialogs of the clinical screens: close an action (with its outcome), acknowledge a
handover with the receiver's synthesis, add an action item or a pending result. Each runs one
committed command in the background; a refusal shows the French message in the dialog and
changes nothing; Ctrl+Enter confirms. Pages open them through factory attributes, so tests
drive them without ``exec()``."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Mapping, Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox, QDateEdit, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QPlainTextEdit, QTextBrowser,
    QVBoxLayout, QWidget,
)

from ...db import UnitOfWork
from ...planning.services import PractitionerInfo
from ...records.clinical_services import NEXT_DOCTOR, ActionInput, acknowledge_handover, add_action, close_action
from ...records.model import ActionKind
from ..context import AppContext
from .common import (
    NEXT_DOCTOR_LABEL, committed, day_text, kind_label, message_label, run_for, select_data, show_message,
    translate,
)
from .data import ActionRow, HandoverRow
from .documents import handover_html

SEND_KEYS = ("Ctrl+Return", "Ctrl+Enter")


# --- fields shared with the handover form ---------------------------------------------------------

def owner_combo(practitioners: Sequence[PractitionerInfo], selected: uuid.UUID | str | None = NEXT_DOCTOR) -> QComboBox:
    """« Médecin suivant » first, then the practitioners."""
    combo = QComboBox()
    combo.addItem(translate(NEXT_DOCTOR_LABEL), NEXT_DOCTOR)
    for p in sorted(practitioners, key=lambda p: (p.last_name, p.first_name)):
        combo.addItem(p.display_name, p.id)
    select_data(combo, selected)
    return combo



def kind_combo(selected: ActionKind = ActionKind.ACTION) -> QComboBox:
    combo = QComboBox()
    for kind in ActionKind:
        combo.addItem(kind_label(kind), kind.value)
    combo.setCurrentIndex(combo.findData(selected.value))
    return combo


def date_edit(day: date) -> QDateEdit:
    edit = QDateEdit(QDate(day.year, day.month, day.day))
    edit.setDisplayFormat("dd/MM/yyyy")
    edit.setCalendarPopup(True)
    return edit


def edited_date(edit: QDateEdit) -> date:
    value = edit.date()
    return date(value.year(), value.month(), value.day())


def text_box(placeholder: str = "", height: int = 70) -> QPlainTextEdit:
    box = QPlainTextEdit()
    box.setPlaceholderText(placeholder)
    box.setTabChangesFocus(True)  # Tab moves on: the form stays keyboard-friendly
    box.setMinimumHeight(height)
    return box


class CommandDialog(QDialog):
    """A dialog that runs one command: ``saved`` carries its result, then the dialog closes."""

    saved = Signal(object)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.message = message_label()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setDefault(True)  # Enter in a line confirms, never cancels
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(QCoreApplication.translate("CommandDialog", "Cancel"))
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        for keys in SEND_KEYS:
            QShortcut(QKeySequence(keys), self, activated=self.submit)

    def submit(self) -> None:
        raise NotImplementedError

    def run_command(self, action: Callable[[UnitOfWork], Any]) -> None:
        self.ok_button.setEnabled(False)
        run_for(self, self.ctx, committed(action), on_done=self._done, on_error=self.fail)

    def _done(self, value: Any) -> None:
        self.saved.emit(value)
        self.accept()

    def fail(self, error: BaseException | str) -> None:
        self.ok_button.setEnabled(True)
        show_message(self.message, error if isinstance(error, str) else self.ctx.describe(error))


class OutcomeDialog(CommandDialog):
    """« Clore… »: what was done, by whom (the person logged in) and when (now)."""

    def __init__(self, ctx: AppContext, *, row: ActionRow, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.row = row
        self.setWindowTitle(self.tr("Close an action"))
        a = row.action
        about = QLabel(f"<b>{row.patient_name}</b> — {a.what}<br/>{kind_label(a.kind)}, "
                       + self.tr("due %1").replace("%1", day_text(a.due_on)))
        about.setTextFormat(Qt.TextFormat.RichText)
        about.setWordWrap(True)
        self.outcome_edit = text_box(self.tr("What was done, the result…"))
        self.ok_button.setText(self.tr("Close the action"))
        layout = QVBoxLayout(self)
        layout.addWidget(about)
        layout.addWidget(QLabel(self.tr("Outcome")))
        layout.addWidget(self.outcome_edit)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.resize(460, 260)

    def submit(self) -> None:
        outcome = self.outcome_edit.toPlainText()
        action_id = self.row.action.id
        self.run_command(lambda uow: close_action(uow, action_id, outcome=outcome))


class SynthesisDialog(CommandDialog):
    """The fifth I-PASS element: the receiver reads the handover, then restates or confirms it."""

    def __init__(self, ctx: AppContext, *, row: HandoverRow, people: Mapping[uuid.UUID, str],
                 read_only: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.row = row
        self.setWindowTitle(self.tr("Handover received: %1").replace("%1", row.patient_name))
        self.view = QTextBrowser()
        self.view.setHtml(handover_html(row, people))
        self.synthesis_edit = text_box(self.tr("Restate or confirm: what you understood and what you will do"), 90)
        self.ok_button.setText(self.tr("Acknowledge"))
        prompt = QLabel(self.tr("<b>Restate or confirm</b> (your synthesis)"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addWidget(prompt)
        layout.addWidget(self.synthesis_edit)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.resize(620, 560)
        if read_only:  # a handover to read (to watch, or already acknowledged)
            for widget in (prompt, self.synthesis_edit, self.ok_button):
                widget.hide()
            self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Close"))
        self.synthesis_edit.setFocus()

    def submit(self) -> None:
        if not self.ok_button.isVisible():
            return
        text = self.synthesis_edit.toPlainText()
        handover_id = self.row.handover.id
        self.run_command(lambda uow: acknowledge_handover(uow, handover_id, synthesis=text))


class NewActionDialog(CommandDialog):
    """« Nouvelle action… »: an action item or a pending result for a patient (e.g. a lab test
    ordered today), open until closed and carried into every next pack."""

    def __init__(self, ctx: AppContext, *, patient_id: uuid.UUID, patient_name: str, site_id: uuid.UUID,
                 practitioners: Sequence[PractitionerInfo], owner: uuid.UUID | str | None, due: date,
                 parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.patient_id, self.site_id = patient_id, site_id
        self.setWindowTitle(self.tr("New action: %1").replace("%1", patient_name))
        self.what_edit = QLineEdit()
        self.what_edit.setPlaceholderText(self.tr("e.g. Call back with the blood test results"))
        self.kind_combo = kind_combo()
        self.owner_combo = owner_combo(practitioners, owner)
        self.due_edit = date_edit(due)
        self.ok_button.setText(self.tr("Add"))
        form = QFormLayout()
        form.addRow(self.tr("What"), self.what_edit)
        form.addRow(self.tr("Type"), self.kind_combo)
        form.addRow(self.tr("Owner"), self.owner_combo)
        form.addRow(self.tr("Due on"), self.due_edit)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.resize(460, 220)

    def action_input(self) -> ActionInput:
        return ActionInput(self.what_edit.text(), edited_date(self.due_edit), self.owner_combo.currentData(),
                           self.kind_combo.currentData())

    def submit(self) -> None:
        data, patient_id, site_id = self.action_input(), self.patient_id, self.site_id
        self.run_command(lambda uow: add_action(uow, patient_id=patient_id, site_id=site_id, data=data))
