"""The I-PASS handover form, made to be filled in a minute: Illness severity as three big toggle
buttons (Alt+1, Alt+2, Alt+3), Patient summary, the Action list (what, owner — « Médecin
suivant » by default —, due date — the next working day by default —, kind), Situation
awareness « si … alors … », and the receiver (the next doctor at the site by default). The
Synthesis is the receiver's, later.

« Envoyer » (or Ctrl+Enter) lists every missing element at once, in French, and marks the
fields; nothing is saved until the handover is complete. Tab goes through the form in order."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup, QComboBox, QDateEdit, QFormLayout, QFrame, QGridLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton,
    QSizePolicy, QToolButton, QVBoxLayout, QWidget,
)

from ...errors import ValidationError
from ...planning.services import PractitionerInfo
from ...records.clinical_services import NEXT_DOCTOR, ActionInput, HandoverInput, handover_problems, send_handover
from ...records.model import Severity
from ..context import AppContext
from .common import SEVERITY_COLOURS, SEVERITY_EDGES, severity_label
from .dialogs import CommandDialog, date_edit, edited_date, kind_combo, owner_combo, text_box

MARK_STYLE = "border: 2px solid #b00020;"
SEVERITY_STYLE = ("QPushButton {{ min-height: 44px; font-size: 15px; font-weight: bold; padding: 4px 18px;"
                  " background: #fafafa; border: 1px solid #9aa5b1; border-left: 10px solid {edge};"
                  " border-radius: 4px; }}"
                  "QPushButton:focus {{ border-top: 2px solid #1a73e8; border-bottom: 2px solid #1a73e8; }}"
                  "QPushButton:checked {{ background: {colour}; border: 3px solid #222;"
                  " border-left: 10px solid {edge}; }}")


@dataclass
class ActionRowWidgets:
    what: QLineEdit
    owner: QComboBox
    due: QDateEdit
    kind: QComboBox
    remove: QToolButton

    def widgets(self) -> list[QWidget]:
        return [self.what, self.owner, self.due, self.kind, self.remove]

    def action_input(self) -> ActionInput:
        return ActionInput(self.what.text(), edited_date(self.due), self.owner.currentData(), self.kind.currentData())


class HandoverDialog(CommandDialog):
    def __init__(self, ctx: AppContext, *, patient_id: uuid.UUID, patient_name: str, site_id: uuid.UUID,
                 practitioners: Sequence[PractitionerInfo], own_id: uuid.UUID | None, due: date,
                 parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.patient_id, self.site_id, self.due = patient_id, site_id, due
        self.practitioners = tuple(practitioners)
        self.rows: list[ActionRowWidgets] = []
        self.setWindowTitle(self.tr("Handover: %1").replace("%1", patient_name))
        self.ok_button.setText(self.tr("Send"))
        self.ok_button.setToolTip(self.tr("Ctrl+Enter"))
        for button in self.buttons.buttons():  # Enter moves on in the form; Ctrl+Enter sends
            button.setDefault(False)
            button.setAutoDefault(False)
        self._build(patient_name, own_id)
        self.add_action_row()
        self.resize(880, 600)
        self.severity_buttons[Severity.STABLE].setFocus()

    # --- building --------------------------------------------------------------------------
    def _build(self, patient_name: str, own_id: uuid.UUID | None) -> None:
        title = QLabel(self.tr("<h3>Handover: %1</h3>").replace("%1", patient_name))
        self.summary_edit = text_box(self.tr("Who the patient is and what is going on (useful history, current "
                                             "treatment)"), 70)
        self.situation_edit = text_box(self.tr("If … then … (what to watch, what to do if it happens)"), 60)
        self.summary_edit.setMaximumHeight(110)
        self.situation_edit.setMaximumHeight(90)
        self.receiver_combo = owner_combo([p for p in self.practitioners if p.id != own_id])
        self.receiver_combo.setItemText(0, self.tr("Next doctor at this site (from the rota)"))
        self.add_button = QPushButton(self.tr("+ Add an action"))
        self.add_button.setAutoDefault(False)
        self.add_button.clicked.connect(lambda: self.add_action_row(focus=True))
        self.actions_box = QWidget()
        self.actions_grid = QGridLayout(self.actions_box)
        self.actions_grid.setContentsMargins(0, 0, 0, 0)
        for column, header in enumerate((self.tr("What"), self.tr("Owner"), self.tr("Due on"), self.tr("Type"))):
            self.actions_grid.addWidget(QLabel(f"<i>{header}</i>"), 0, column)
        self.actions_grid.setColumnStretch(0, 3)
        form = QFormLayout()
        form.addRow(self.tr("<b>I</b> — Illness severity"), self._severity_box())
        form.addRow(self.tr("<b>P</b> — Patient summary"), self.summary_edit)
        actions = QVBoxLayout()
        actions.addWidget(self.actions_box)
        add_row = QHBoxLayout()
        add_row.addWidget(self.add_button)
        add_row.addStretch(1)
        actions.addLayout(add_row)
        form.addRow(self.tr("<b>A</b> — Action list"), actions)
        form.addRow(self.tr("<b>S</b> — Situation: if … then …"), self.situation_edit)
        form.addRow(self.tr("To"), self.receiver_combo)
        hint = QLabel(self.tr("<b>S</b> — The synthesis will be written by the doctor who receives the handover."))
        hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addStretch(1)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)

    def _severity_box(self) -> QWidget:
        self.severity_box = QFrame()
        self.severity_box.setObjectName("severity_box")
        row = QHBoxLayout(self.severity_box)
        row.setContentsMargins(2, 2, 2, 2)
        self.severity_group = QButtonGroup(self)
        self.severity_group.setExclusive(True)
        self.severity_buttons: dict[Severity, QPushButton] = {}
        for number, severity in enumerate(Severity, start=1):
            button = QPushButton(severity_label(severity))
            button.setCheckable(True)
            button.setStyleSheet(SEVERITY_STYLE.format(colour=SEVERITY_COLOURS[severity],
                                                       edge=SEVERITY_EDGES[severity]))
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            button.setToolTip(f"Alt+{number}")
            button.setAutoDefault(False)
            QShortcut(QKeySequence(f"Alt+{number}"), self, activated=button.click)
            self.severity_group.addButton(button)
            self.severity_buttons[severity] = button
            row.addWidget(button)
        return self.severity_box

    def add_action_row(self, *, focus: bool = False) -> ActionRowWidgets:
        what = QLineEdit()
        what.setMinimumWidth(260)
        what.setPlaceholderText(self.tr("e.g. Check the fasting blood sugar"))
        remove = QToolButton()
        remove.setText("✕")
        remove.setToolTip(self.tr("Remove this action"))
        row = ActionRowWidgets(what, owner_combo(self.practitioners, NEXT_DOCTOR), date_edit(self.due), kind_combo(),
                               remove)
        remove.clicked.connect(lambda: self.remove_action_row(row))
        what.returnPressed.connect(lambda: self._next_row(row))
        line = len(self.rows) + 1
        for column, widget in enumerate(row.widgets()):
            self.actions_grid.addWidget(widget, line, column)
        self.rows.append(row)
        self._update_tab_order()
        if focus:
            what.setFocus()
        return row

    def _next_row(self, row: ActionRowWidgets) -> None:
        """Enter in « quoi »: on to the next action (a new one after the last filled one)."""
        if row not in self.rows:
            return
        index = self.rows.index(row)
        if index + 1 < len(self.rows):
            self.rows[index + 1].what.setFocus()
        elif row.what.text().strip():
            self.add_action_row(focus=True)
        else:
            self.situation_edit.setFocus()

    def remove_action_row(self, row: ActionRowWidgets) -> None:
        if row not in self.rows:
            return
        self.rows.remove(row)
        for widget in row.widgets():
            self.actions_grid.removeWidget(widget)
            widget.deleteLater()
        for line, kept in enumerate(self.rows, start=1):
            for column, widget in enumerate(kept.widgets()):
                self.actions_grid.addWidget(widget, line, column)
        self._update_tab_order()

    def _update_tab_order(self) -> None:
        chain: list[QWidget] = [*self.severity_buttons.values(), self.summary_edit]
        for row in self.rows:
            chain += row.widgets()
        chain += [self.add_button, self.situation_edit, self.receiver_combo, self.ok_button,
                  self.buttons.button(self.buttons.StandardButton.Cancel)]
        for first, second in zip(chain, chain[1:]):
            QWidget.setTabOrder(first, second)

    # --- reading and sending ---------------------------------------------------------------
    def severity(self) -> Severity | None:
        for severity, button in self.severity_buttons.items():
            if button.isChecked():
                return severity
        return None

    def set_severity(self, severity: Severity) -> None:
        self.severity_buttons[severity].setChecked(True)

    def handover_input(self) -> HandoverInput:
        """What the form says; action rows left without « what » are not actions."""
        actions = tuple(r.action_input() for r in self.rows if r.what.text().strip())
        receiver = self.receiver_combo.currentData()
        return HandoverInput(
            patient_id=self.patient_id, site_id=self.site_id, severity=self.severity(),
            summary=self.summary_edit.toPlainText(), actions=actions, situation=self.situation_edit.toPlainText(),
            receiver_id=None if receiver == NEXT_DOCTOR else receiver)

    def submit(self) -> None:
        data = self.handover_input()
        problems = handover_problems(data)
        self._mark(problems)
        if problems:
            self.fail(self.tr("The handover is incomplete; nothing was sent:") + "\n"
                      + "\n".join(f"• {line}" for line in self.ctx.describe(ValidationError(problems)).splitlines()))
            return
        self.run_command(lambda uow: send_handover(uow, data))

    def _mark(self, problems: dict[str, str]) -> None:
        """Frame the fields that miss something (the action rows by their index among the filled)."""
        filled = [r for r in self.rows if r.what.text().strip()]
        marked: set[QWidget] = set()
        for key in problems:
            if key == "severity":
                marked.add(self.severity_box)
            elif key == "summary":
                marked.add(self.summary_edit)
            elif key == "situation":
                marked.add(self.situation_edit)
            elif key == "actions":
                marked.update(r.what for r in self.rows[:1])
            elif key.startswith("actions[") and (index := int(key[8:key.index("]")])) < len(filled):
                field = key.rsplit(".", 1)[-1]
                marked.add({"what": filled[index].what, "due_on": filled[index].due,
                            "owner": filled[index].owner}.get(field, filled[index].kind))
        for widget in [self.severity_box, self.summary_edit, self.situation_edit,
                       *(w for r in self.rows for w in r.widgets()[:4])]:
            if widget is self.severity_box:
                widget.setStyleSheet(f"QFrame#severity_box {{ {MARK_STYLE} }}" if widget in marked else "")
            else:
                widget.setStyleSheet(MARK_STYLE if widget in marked else "")
