"""Two tabs of the fees page: "Mes honoraires" (a practitioner's month and their statement) and
"Caisse du jour" (a site's day, totals per payment mode)."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QComboBox, QDateEdit, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ...clock import today_paris
from ...fees.model import ZERO
from ..context import AppContext
from .acts_dialog import ActsDialog, as_date, as_qdate, find_data, open_acts_dialog
from ...fees.views import CashUp, OwnFees, cash_up, own_fees, sites, statement_bytes
from .models import ConsultationsModel, euros
from .widgets import save_to_file, table_for


class OwnFeesTab(QWidget):
    """The logged-in practitioner's acts and takings for the month, and their statement."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.month = today_paris().replace(day=1)
        self.model = ConsultationsModel(self)
        self.table = table_for(self.model, self, ConsultationsModel.CODES)
        self.table.hideColumn(ConsultationsModel.PRACTITIONER)
        self.totals_label = QLabel(self)
        self.totals_label.setObjectName("own_totals")
        self.statement_label = QLabel(self)
        self.statement_label.setObjectName("own_statement")
        self.statement_label.setWordWrap(True)
        self.new_button = QPushButton(self.tr("&New act…"), self)
        self.print_button = QPushButton(self.tr("&Print the statement…"), self)
        self.print_button.setEnabled(False)
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addStretch(1)
        buttons.addWidget(self.print_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.totals_label)
        layout.addWidget(self.statement_label)
        layout.addLayout(buttons)
        self.new_button.clicked.connect(self.new_act)
        self.print_button.clicked.connect(self.print_statement)
        self.last_dialog: ActsDialog | None = None

    @property
    def practitioner_id(self):  # noqa: ANN201
        user = self.ctx.session_user
        return user.user.practitioner_id if user else None

    def load(self, month: date) -> None:
        self.month = month
        pid = self.practitioner_id
        if pid is None:
            return
        self.ctx.run(lambda uow: own_fees(uow, practitioner_id=pid, month=month),
                     on_done=self._show, on_error=self._failed)

    def _show(self, fees: OwnFees) -> None:
        self.model.set_rows(fees.rows)
        billed = sum((r.billed for r in fees.rows), ZERO)
        paid = sum((r.paid for r in fees.rows), ZERO)
        expected = sum((r.expected for r in fees.rows), ZERO)
        self.totals_label.setText(self.tr("%1 consultation(s): billed %2, collected from patients %3, "
                                          "tiers payant expected %4")
                                  .replace("%1", str(len(fees.rows))).replace("%2", euros(billed))
                                  .replace("%3", euros(paid)).replace("%4", euros(expected)))
        st = fees.statement
        self.print_button.setEnabled(st is not None)
        if st is None:
            self.statement_label.setText(self.ctx.describe(fees.refusal) if fees.refusal else "")
            return
        self.statement_label.setText(
            self.tr("Statement: base %1, you keep %2, due to %3: %4, settled %5, balance %6")
            .replace("%1", euros(st.base.total)).replace("%2", euros(st.replacement_share))
            .replace("%3", st.due_to).replace("%4", euros(st.due)).replace("%5", euros(st.settled))
            .replace("%6", euros(st.balance)))

    def _failed(self, error: BaseException) -> None:
        self.model.clear()
        self.statement_label.setText(self.ctx.describe(error))

    def new_act(self) -> ActsDialog:
        self.last_dialog = open_acts_dialog(self.ctx, self, practitioner_id=self.practitioner_id)
        return self.last_dialog

    def print_statement(self) -> None:
        month, pid = self.month, self.practitioner_id
        self.ctx.run(lambda uow: statement_bytes(uow, practitioner_id=pid, month=month),
                     on_done=lambda data: save_to_file(self, self.tr("Print the statement"),
                                                       f"releve-{month:%Y-%m}.pdf", self.tr("PDF (*.pdf)"), data),
                     on_error=self._failed)

    def clear(self) -> None:
        self.model.clear()
        self.totals_label.clear()
        self.statement_label.clear()
        self.print_button.setEnabled(False)


class CashUpTab(QWidget):
    """The secretary's daily cash-up for one site: every consultation, totals per payment mode."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.site_combo = QComboBox(self)
        self.day_edit = QDateEdit(as_qdate(today_paris()), self)
        self.day_edit.setDisplayFormat("dd/MM/yyyy")
        self.day_edit.setCalendarPopup(True)
        self.new_button = QPushButton(self.tr("&New act…"), self)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Site:"), self))
        top.addWidget(self.site_combo, 1)
        top.addWidget(QLabel(self.tr("Day:"), self))
        top.addWidget(self.day_edit)
        top.addStretch(1)
        top.addWidget(self.new_button)
        self.model = ConsultationsModel(self)
        self.table = table_for(self.model, self, ConsultationsModel.CODES)
        self.totals_label = QLabel(self)
        self.totals_label.setObjectName("cash_totals")
        self.totals_label.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.totals_label)
        self.totals: dict = {}
        self.last_dialog: ActsDialog | None = None
        self.site_combo.currentIndexChanged.connect(lambda _i: self.load())
        self.day_edit.dateChanged.connect(lambda _d: self.load())
        self.new_button.clicked.connect(self.new_act)

    @property
    def day(self) -> date:
        return as_date(self.day_edit.date())

    def load(self) -> None:
        if self.site_combo.count() == 0:
            self.ctx.run(sites, on_done=self._sites, on_error=self._failed)
            return
        site_id, day = self.site_combo.currentData(), self.day
        if site_id is None:
            return
        self.ctx.run(lambda uow: cash_up(uow, site_id=site_id, day=day), on_done=self._show, on_error=self._failed)

    def _sites(self, found: list) -> None:
        if not found:
            return
        self.site_combo.blockSignals(True)
        for site in found:
            self.site_combo.addItem(site.name, site.id)
        user = self.ctx.session_user
        index = find_data(self.site_combo, user.site_id if user else None)
        self.site_combo.setCurrentIndex(max(index, 0))
        self.site_combo.blockSignals(False)
        self.load()

    def _show(self, result: CashUp) -> None:
        self.model.set_rows(result.rows)
        t = self.totals = result.totals
        collected = t["cash"] + t["cheque"] + t["card"]
        tiers = t["amo"] + t["amc"]
        balanced = collected + tiers == t["billed"]
        self.totals_label.setText(
            self.tr("Cash %1 · Cheques %2 · Cards %3 = collected %4 | Tiers payant expected %5 (AMO %6, AMC %7)"
                    " | Billed %8 — %9")
            .replace("%1", euros(t["cash"])).replace("%2", euros(t["cheque"])).replace("%3", euros(t["card"]))
            .replace("%4", euros(collected)).replace("%5", euros(tiers)).replace("%6", euros(t["amo"]))
            .replace("%7", euros(t["amc"])).replace("%8", euros(t["billed"]))
            .replace("%9", self.tr("balanced") if balanced else self.tr("NOT balanced")))

    def _failed(self, error: BaseException) -> None:
        self.totals_label.setText(self.ctx.describe(error))

    def new_act(self) -> ActsDialog:
        self.last_dialog = open_acts_dialog(self.ctx, self, site_id=self.site_combo.currentData(), day=self.day)
        return self.last_dialog

    def clear(self) -> None:
        self.model.clear()
        self.totals_label.clear()
        self.totals = {}
