"""Entering a consultation's acts and payments, keyboard first: type a code (completed from the
catalogue in force at the date), Enter adds it; type the amounts paid; Ctrl+Enter saves once the
rest to pay is 0,00 €. The core checks everything again and refuses in French; nothing is saved
when it refuses."""

from __future__ import annotations

import uuid
from datetime import date
from decimal import Decimal

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView, QCompleter, QComboBox, QDateEdit, QDialog, QFormLayout, QGridLayout, QGroupBox,
    QHBoxLayout, QHeaderView, QLabel, QLineEdit, QPushButton, QSpinBox, QTableView, QVBoxLayout, QWidget,
)

from ...clock import today_paris
from ...fees.model import ZERO, TariffKind, ik_km, money
from ...fees.services import (
    ActInput, ConsultationInfo, ConsultationInput, PaymentInput, TariffInfo, record_consultation,
)
from ..context import AppContext
from ...fees.views import ActsChoices, acts_choices
from .models import ActLine, ActLinesModel, euros

PAYMENT_FIELDS = (("cash", "patient", "cash"), ("cheque", "patient", "cheque"), ("card", "patient", "card"),
                  ("amo", "amo", ""), ("amc", "amc", ""))


def buddy(text: str, widget: QWidget) -> QLabel:
    label = QLabel(text, widget.parentWidget())
    label.setBuddy(widget)
    return label


def find_data(combo: QComboBox, value: object) -> int:
    """The row holding ``value`` (compared with ==: findData does not compare Python objects)."""
    if value is None:
        return -1
    return next((i for i in range(combo.count()) if combo.itemData(i) == value), -1)


def as_qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def as_date(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


class ActsDialog(QDialog):
    """One consultation: patient, practitioner, site, date, acts, payments."""

    saved = Signal(object)  # ConsultationInfo

    def __init__(self, ctx: AppContext, parent: QWidget | None = None, *, patient_id: uuid.UUID | None = None,
                 practitioner_id: uuid.UUID | None = None, site_id: uuid.UUID | None = None,
                 day: date | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("acts_dialog")
        self.setWindowTitle(self.tr("Acts and payments"))
        self.tariffs: tuple[TariffInfo, ...] = ()
        self._next_id = 0
        self.model = ActLinesModel(self)
        self._build(day or today_paris())
        self._connect()
        self.ctx.run(acts_choices, on_done=lambda c: self._load(c, patient_id, practitioner_id, site_id),
                     on_error=self._show_error)
        self.code_edit.setFocus()

    # --- building ------------------------------------------------------------------------------
    def _build(self, day: date) -> None:
        self.patient_combo = QComboBox(self)
        self.patient_combo.setEditable(True)
        self.patient_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.patient_combo.completer().setFilterMode(Qt.MatchFlag.MatchContains)
        self.patient_combo.completer().setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.practitioner_combo = QComboBox(self)
        self.site_combo = QComboBox(self)
        self.date_edit = QDateEdit(as_qdate(day), self)
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("dd/MM/yyyy")
        head = QFormLayout()
        head.addRow(self.tr("&Patient:"), self.patient_combo)
        head.addRow(self.tr("P&ractitioner:"), self.practitioner_combo)
        head.addRow(self.tr("&Site:"), self.site_combo)
        head.addRow(self.tr("&Date:"), self.date_edit)
        self.code_edit = QLineEdit(self)
        self.code_edit.setObjectName("code_edit")
        self.code_edit.setPlaceholderText(self.tr("Code (G, VG, MEG, IK…), Enter to add"))
        self.completer = QCompleter([], self)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.code_edit.setCompleter(self.completer)
        self.km_spin = QSpinBox(self)
        self.km_spin.setRange(0, 500)
        self.km_spin.setSuffix(" km")
        self.km_spin.setToolTip(self.tr("One-way distance, for kilometric allowances (IK, IKM)"))
        self.add_button = QPushButton(self.tr("&Add"), self)
        self.remove_button = QPushButton(self.tr("Remo&ve"), self)
        code_row = QHBoxLayout()
        code_row.addWidget(buddy(self.tr("&Code:"), self.code_edit))
        code_row.addWidget(self.code_edit, 1)
        code_row.addWidget(buddy(self.tr("Distance:"), self.km_spin))
        code_row.addWidget(self.km_spin)
        code_row.addWidget(self.add_button)
        code_row.addWidget(self.remove_button)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setSectionResizeMode(ActLinesModel.LABEL, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        self.table.setMinimumHeight(120)
        self.total_label = QLabel(self)
        self.total_label.setObjectName("total_label")
        self._build_payments()
        self.error_label = QLabel(self)
        self.error_label.setObjectName("error_label")
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #b3261e;")
        self.save_button = QPushButton(self.tr("&Save"), self)
        self.save_button.setToolTip(self.tr("Ctrl+Enter"))
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        for button in (self.add_button, self.remove_button, self.save_button, self.cancel_button):
            button.setAutoDefault(False)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.addLayout(head)
        layout.addLayout(code_row)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.total_label, alignment=Qt.AlignmentFlag.AlignRight)
        layout.addWidget(self.payments_box)
        layout.addWidget(self.error_label)
        layout.addLayout(buttons)
        self.resize(620, 600)
        self._update_totals()

    def _build_payments(self) -> None:
        self.payments_box = QGroupBox(self.tr("Payments"), self)
        grid = QGridLayout(self.payments_box)
        labels = {"cash": self.tr("Cas&h:"), "cheque": self.tr("C&heque:"), "card": self.tr("Car&d:"),
                  "amo": self.tr("AMO expected:"), "amc": self.tr("AMC expected:")}
        self.payment_edits: dict[str, QLineEdit] = {}
        for i, (key, _payer, _method) in enumerate(PAYMENT_FIELDS):
            edit = QLineEdit(self.payments_box)
            edit.setObjectName(f"{key}_edit")
            edit.setPlaceholderText("0,00")
            edit.setAlignment(Qt.AlignmentFlag.AlignRight)
            self.payment_edits[key] = edit
            row, col = (0, i * 2) if i < 3 else (1, (i - 3) * 2)
            grid.addWidget(buddy(labels[key], edit), row, col)
            grid.addWidget(edit, row, col + 1)
        self.rest_label = QLabel(self.payments_box)
        self.rest_label.setObjectName("rest_label")
        grid.addWidget(self.rest_label, 1, 4, 1, 2, Qt.AlignmentFlag.AlignRight)

    def _connect(self) -> None:
        self.code_edit.returnPressed.connect(self.add_code)
        self.add_button.clicked.connect(self.add_code)
        self.remove_button.clicked.connect(self.remove_selected)
        self.save_button.clicked.connect(self.save)
        self.cancel_button.clicked.connect(self.reject)
        self.date_edit.dateChanged.connect(self._date_changed)
        for edit in self.payment_edits.values():
            edit.textChanged.connect(self._update_totals)

    def _load(self, choices: ActsChoices, patient_id: uuid.UUID | None, practitioner_id: uuid.UUID | None,
              site_id: uuid.UUID | None) -> None:
        self.tariffs = choices.tariffs
        self.patient_combo.addItem(self.tr("(no patient)"), None)
        for p in choices.patients:
            self.patient_combo.addItem(f"{p.display_name} ({p.birth_date:%d/%m/%Y})", p.id)
        for person in choices.practitioners:
            self.practitioner_combo.addItem(person.display_name, person.id)
        for site in choices.sites:
            self.site_combo.addItem(site.name, site.id)
        user = self.ctx.session_user
        self._select(self.patient_combo, patient_id)
        self._select(self.practitioner_combo, practitioner_id or (user.user.practitioner_id if user else None))
        self._select(self.site_combo, site_id or (user.site_id if user else None))
        self._date_changed()

    @staticmethod
    def _select(combo: QComboBox, value: object) -> None:
        index = find_data(combo, value)
        if index >= 0:
            combo.setCurrentIndex(index)

    # --- acts ----------------------------------------------------------------------------------
    @property
    def day(self) -> date:
        return as_date(self.date_edit.date())

    def tariff(self, code: str) -> TariffInfo | None:
        day, code = self.day, code.strip().upper()
        return next((t for t in self.tariffs if t.code == code and t.effective_from <= day
                     and (t.effective_to is None or day <= t.effective_to)), None)

    def _line(self, line_id: int, code: str, distance_km: int | None) -> ActLine:
        tariff = self.tariff(code)
        if tariff is None:
            return ActLine(line_id, code, self.tr("unknown at this date"), Decimal(1), None, distance_km)
        quantity = Decimal(1)
        if tariff.kind == TariffKind.ALLOWANCE:
            quantity = ik_km(distance_km or 0, mountain=tariff.code == "IKM")
        return ActLine(line_id, tariff.code, tariff.label, quantity, money(tariff.amount * quantity), distance_km)

    def add_code(self) -> bool:
        """Add the typed code; an unknown one is refused with a message, and nothing is added."""
        code = self.code_edit.text().strip().upper()
        if not code:
            return False
        tariff = self.tariff(code)
        if tariff is None:
            self.error_label.setText(self.tr("The code %1 is not in the catalogue on %2.")
                                     .replace("%1", code).replace("%2", f"{self.day:%d/%m/%Y}"))
            self.code_edit.selectAll()  # typing again replaces the refused code
            return False
        distance = self.km_spin.value() if tariff.kind == TariffKind.ALLOWANCE else None
        if distance is not None and distance <= 0:
            self.error_label.setText(self.tr("Type the one-way distance in km before adding %1.").replace("%1", code))
            self.code_edit.selectAll()
            self.km_spin.setFocus()
            return False
        self._next_id += 1
        self.model.set_rows([*self.model.rows(), self._line(self._next_id, code, distance)])
        self.code_edit.clear()
        self.error_label.clear()
        self._update_totals()
        return True

    def remove_selected(self) -> None:
        rows = {i.row() for i in self.table.selectionModel().selectedRows()}
        if not rows and self.model.rowCount():
            rows = {self.model.rowCount() - 1}
        self.model.set_rows([line for i, line in enumerate(self.model.rows()) if i not in rows])
        self._update_totals()

    def _date_changed(self) -> None:
        """Codes in force at the new date; typed acts priced again (their tariff of that date)."""
        day = self.day
        codes = sorted({t.code for t in self.tariffs if t.effective_from <= day
                        and (t.effective_to is None or day <= t.effective_to)})
        self.completer.model().setStringList(codes)  # type: ignore[attr-defined]
        self.model.set_rows([self._line(line.id, line.code, line.distance_km) for line in self.model.rows()])
        self._update_totals()

    # --- totals --------------------------------------------------------------------------------
    def total(self) -> Decimal:
        return sum((line.amount or ZERO for line in self.model.rows()), ZERO)

    def payments(self) -> dict[str, Decimal] | None:
        """The amounts typed (empty = 0); None when one is not a positive amount."""
        out: dict[str, Decimal] = {}
        for key, edit in self.payment_edits.items():
            text = edit.text().strip().replace("€", "").replace("\u00a0", "").replace(" ", "")
            try:
                out[key] = money(text) if text else ZERO
            except ValueError:
                return None
            if out[key] < 0:
                return None
        return out

    def rest(self) -> Decimal | None:
        paid = self.payments()
        return None if paid is None else self.total() - sum(paid.values(), ZERO)

    def _update_totals(self) -> None:
        self.total_label.setText(self.tr("Total: %1").replace("%1", euros(self.total())))
        rest = self.rest()
        if rest is None:
            self.rest_label.setText(self.tr("Rest: amounts are not valid"))
        else:
            self.rest_label.setText(self.tr("Rest: %1").replace("%1", euros(rest)))
        ok = rest == 0 and self.model.rowCount() > 0 and all(line.amount is not None for line in self.model.rows())
        self.rest_label.setStyleSheet("font-weight: bold; color: %s;" % ("#1b5e20" if ok else "#b3261e"))
        self.save_button.setEnabled(ok)

    # --- saving --------------------------------------------------------------------------------
    def consultation(self) -> ConsultationInput:
        paid = self.payments() or {}
        pays = tuple(PaymentInput(payer, paid.get(key, ZERO), method) for key, payer, method in PAYMENT_FIELDS
                     if paid.get(key))
        acts = tuple(ActInput(line.code, line.distance_km) for line in self.model.rows())
        return ConsultationInput(self.practitioner_combo.currentData(), self.site_combo.currentData(),
                                 self.patient_combo.currentData(), self.day, acts, pays)

    def save(self) -> None:
        if not self.save_button.isEnabled():
            return
        data = self.consultation()
        self.save_button.setEnabled(False)
        self.ctx.run(lambda uow: self._record(uow, data), on_done=self._saved, on_error=self._refused)

    @staticmethod
    def _record(uow, data: ConsultationInput):  # noqa: ANN001, ANN205 - a task
        result = record_consultation(uow, data)
        uow.commit()
        return result

    def _saved(self, info: ConsultationInfo) -> None:
        self.saved.emit(info)
        self.accept()

    def _refused(self, error: BaseException) -> None:
        self._show_error(error)
        self._update_totals()

    def _show_error(self, error: BaseException) -> None:
        self.error_label.setText(self.ctx.describe(error))

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        """Enter adds a code (never closes the dialog); Ctrl+Enter saves; Delete removes a row."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
                self.save()
            event.accept()
            return
        if event.key() == Qt.Key.Key_Delete and self.table.hasFocus():
            self.remove_selected()
            return
        super().keyPressEvent(event)


def open_acts_dialog(ctx: AppContext, parent: QWidget | None, *, patient_id: uuid.UUID | None = None,
                     practitioner_id: uuid.UUID | None = None, site_id: uuid.UUID | None = None,
                     day: date | None = None) -> ActsDialog:
    """Open the acts dialog (window-modal, not blocking), e.g. from the doctor's day list."""
    dialog = ActsDialog(ctx, parent, patient_id=patient_id, practitioner_id=practitioner_id, site_id=site_id,
                        day=day)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
