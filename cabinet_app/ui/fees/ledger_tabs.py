"""Two tabs of the fees page: "Tiers payant" (receivables, overdue highlighted, receipts and
rejections) and "Vue du titulaire" (each replacement's month: billed, collected, due, settled,
balance; the statement; settlements)."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ...clock import today_paris
from ...fees.services import receive_tiers_payant, reject_tiers_payant
from ...fees.statement import settle_statement
from ..context import AppContext
from ...fees.views import OverviewRow, ReceivableRow, month_bounds, open_receivables, overview, statement_bytes
from .models import OverviewModel, ReceivablesModel, euros
from .widgets import AmountDialog, committed, save_to_file, selected_row, table_for


class ReceivablesTab(QWidget):
    """What the insurers still owe; a receipt (whole or partial) or a rejection is recorded here."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.overdue_check = QCheckBox(self.tr("&Overdue only (more than 30 days)"), self)
        self.receive_button = QPushButton(self.tr("&Received…"), self)
        self.reject_button = QPushButton(self.tr("Re&jected…"), self)
        top = QHBoxLayout()
        top.addWidget(self.overdue_check)
        top.addStretch(1)
        top.addWidget(self.receive_button)
        top.addWidget(self.reject_button)
        self.model = ReceivablesModel(self)
        self.table = table_for(self.model, self, ReceivablesModel.PRACTITIONER)
        self.summary_label = QLabel(self)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.summary_label)
        self.dialog: AmountDialog | None = None
        self.overdue_check.toggled.connect(lambda _on: self.load())
        self.receive_button.clicked.connect(self.receive)
        self.reject_button.clicked.connect(self.reject)

    def load(self) -> None:
        only = self.overdue_check.isChecked()
        self.ctx.run(lambda uow: open_receivables(uow, today=today_paris(), overdue_only=only),
                     on_done=self._show, on_error=self._failed)

    def _show(self, rows: list[ReceivableRow]) -> None:
        self.model.set_rows(rows)
        late = [r for r in rows if r.overdue]
        self.summary_label.setText(self.tr("%1 outstanding, %2 overdue (%3)").replace("%1", str(len(rows)))
                                   .replace("%2", str(len(late)))
                                   .replace("%3", euros(sum((r.info.outstanding for r in late), start=0) or 0)))

    def _failed(self, error: BaseException) -> None:
        self.summary_label.setText(self.ctx.describe(error))

    def select(self, row: int) -> None:
        self.table.selectRow(row)

    def receive(self) -> AmountDialog | None:
        row: ReceivableRow | None = selected_row(self.table)
        if row is None:
            return None
        note = self.tr("%1, %2 of %3: outstanding %4").replace("%1", row.info.payer.value.upper()) \
            .replace("%2", row.practitioner).replace("%3", f"{row.info.day:%d/%m/%Y}") \
            .replace("%4", euros(row.info.outstanding))
        dialog = self._open(AmountDialog(self, self.tr("Tiers payant received"), day=today_paris(),
                                         amount=row.info.outstanding, note=note))
        dialog.submitted.connect(lambda: self._run(dialog, lambda uow: receive_tiers_payant(
            uow, row.id, amount=dialog.amount(), day=dialog.day)))
        return dialog

    def reject(self) -> AmountDialog | None:
        row: ReceivableRow | None = selected_row(self.table)
        if row is None:
            return None
        dialog = self._open(AmountDialog(self, self.tr("Tiers payant rejected"), day=today_paris(),
                                         with_reason=True, note=self.tr("The outstanding %1 will be written off "
                                                                        "as rejected.").replace(
                                             "%1", euros(row.info.outstanding))))
        dialog.submitted.connect(lambda: self._run(dialog, lambda uow: reject_tiers_payant(
            uow, row.id, day=dialog.day, reason=dialog.reason)))
        return dialog

    def _open(self, dialog: AmountDialog) -> AmountDialog:
        self.dialog = dialog
        dialog.open()
        return dialog

    def _run(self, dialog: AmountDialog, task) -> None:  # noqa: ANN001
        self.ctx.run(committed(task), on_done=lambda _r: dialog.accept(),
                     on_error=lambda e: dialog.show_error(self.ctx.describe(e)))

    def clear(self) -> None:
        self.model.clear()
        self.summary_label.clear()


class OverviewTab(QWidget):
    """The titular's overview: per replacement, the chosen month's statement in figures."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.month = today_paris().replace(day=1)
        self.model = OverviewModel(self)
        self.table = table_for(self.model, self, OverviewModel.PRACTITIONER)
        self.detail_label = QLabel(self)
        self.detail_label.setWordWrap(True)
        self.print_button = QPushButton(self.tr("&Open the statement…"), self)
        self.settle_button = QPushButton(self.tr("&Settle…"), self)
        buttons = QHBoxLayout()
        buttons.addWidget(self.detail_label, 1)
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.settle_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.dialog: AmountDialog | None = None
        self.print_button.clicked.connect(self.print_statement)
        self.settle_button.clicked.connect(self.settle)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._detail())

    def load(self, month: date) -> None:
        self.month = month
        self.ctx.run(lambda uow: overview(uow, month=month), on_done=self._show, on_error=self._failed)

    def _show(self, rows: list[OverviewRow]) -> None:
        self.model.set_rows(rows)
        if rows:
            self.table.selectRow(0)
        self._detail()

    def _detail(self) -> None:
        row: OverviewRow | None = selected_row(self.table)
        for button in (self.print_button, self.settle_button):
            button.setEnabled(row is not None)
        if row is None:
            self.detail_label.setText(self.tr("No replacement under contract this month.")
                                      if not self.model.rowCount() else "")
            return
        st = row.statement
        self.detail_label.setText(
            self.tr("%1: %2 % kept, basis %3; retrocession %4, contribution %5; tiers payant outstanding %6")
            .replace("%1", st.practitioner_name).replace("%2", f"{st.retained_percent.normalize():f}")
            .replace("%3", self.tr("billed") if st.basis.value == "billed" else self.tr("received"))
            .replace("%4", euros(st.retrocession)).replace("%5", euros(st.contribution))
            .replace("%6", euros(st.tp_outstanding)))

    def _failed(self, error: BaseException) -> None:
        self.detail_label.setText(self.ctx.describe(error))

    def print_statement(self) -> None:
        row: OverviewRow | None = selected_row(self.table)
        if row is None:
            return
        month, pid = self.month, row.statement.practitioner_id
        self.ctx.run(lambda uow: statement_bytes(uow, practitioner_id=pid, month=month),
                     on_done=lambda data: save_to_file(self, self.tr("Print the statement"),
                                                       f"releve-{month:%Y-%m}.pdf", self.tr("PDF (*.pdf)"), data),
                     on_error=self._failed)

    def settle(self) -> AmountDialog | None:
        row: OverviewRow | None = selected_row(self.table)
        if row is None:
            return None
        st = row.statement
        first, last = month_bounds(self.month)
        dialog = AmountDialog(self, self.tr("Settle the retrocession"), day=today_paris(), amount=st.balance,
                              note=self.tr("%1 → %2, balance %3").replace("%1", st.practitioner_name)
                              .replace("%2", st.due_to).replace("%3", euros(st.balance)))
        self.dialog = dialog
        dialog.submitted.connect(lambda: self.ctx.run(
            committed(lambda uow: settle_statement(uow, practitioner_id=st.practitioner_id, first=first, last=last,
                                                   amount=dialog.amount(), day=dialog.day)),
            on_done=lambda _r: dialog.accept(), on_error=lambda e: dialog.show_error(self.ctx.describe(e))))
        dialog.open()
        return dialog

    def clear(self) -> None:
        self.model.clear()
        self.detail_label.clear()
