"""The fees lists, one table model each (STYLE principle 6), and how amounts read in French."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor

from ..table_model import DtoTableModel
from ...fees.views import ConsultationRow, OverviewRow, ReceivableRow

OVERDUE = QColor("#fde2e1")
RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


def euros(value: Decimal | None) -> str:
    """``1 234,50 €`` (narrow no-break spaces: a French amount never wraps)."""
    if value is None:
        return ""
    text = f"{value:,.2f}".replace(",", "\u202f").replace(".", ",")
    return f"{text}\u00a0€"


@dataclass(frozen=True)
class ActLine:
    """One code typed in the acts dialog (``amount`` is None when unknown at that date)."""

    id: int
    code: str
    label: str
    quantity: Decimal
    amount: Decimal | None
    distance_km: int | None = None


class _MoneyModel(DtoTableModel):
    MONEY: frozenset[int] = frozenset()

    def extra(self, item: Any, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.TextAlignmentRole and column in self.MONEY:
            return RIGHT
        return None


class ActLinesModel(_MoneyModel):
    CONTEXT = "ActLinesModel"
    CODE, LABEL, QUANTITY, AMOUNT = range(4)
    HEADERS = (QT_TRANSLATE_NOOP("ActLinesModel", "Code"), QT_TRANSLATE_NOOP("ActLinesModel", "Act"),
               QT_TRANSLATE_NOOP("ActLinesModel", "Qty"), QT_TRANSLATE_NOOP("ActLinesModel", "Amount"))
    MONEY = frozenset({QUANTITY, AMOUNT})

    def display(self, item: ActLine, column: int) -> str:
        if column == self.CODE:
            return item.code
        if column == self.LABEL:
            return item.label
        if column == self.QUANTITY:
            return f"{item.quantity.normalize():f}"
        return euros(item.amount) if item.amount is not None else "—"

    def extra(self, item: ActLine, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and item.amount is None:
            return QBrush(QColor("#b3261e"))
        return super().extra(item, column, role)


class ConsultationsModel(_MoneyModel):
    """A practitioner's or a site's consultations: what was billed and how it was paid."""

    CONTEXT = "ConsultationsModel"
    DAY, PRACTITIONER, CODES, BILLED, CASH, CHEQUE, CARD, AMO, AMC = range(9)
    HEADERS = (QT_TRANSLATE_NOOP("ConsultationsModel", "Date"),
               QT_TRANSLATE_NOOP("ConsultationsModel", "Practitioner"),
               QT_TRANSLATE_NOOP("ConsultationsModel", "Acts"), QT_TRANSLATE_NOOP("ConsultationsModel", "Billed"),
               QT_TRANSLATE_NOOP("ConsultationsModel", "Cash"), QT_TRANSLATE_NOOP("ConsultationsModel", "Cheque"),
               QT_TRANSLATE_NOOP("ConsultationsModel", "Card"), QT_TRANSLATE_NOOP("ConsultationsModel", "AMO"),
               QT_TRANSLATE_NOOP("ConsultationsModel", "AMC"))
    MONEY = frozenset(range(3, 9))
    FIELDS = {BILLED: "billed", CASH: "cash", CHEQUE: "cheque", CARD: "card", AMO: "amo", AMC: "amc"}

    def display(self, item: ConsultationRow, column: int) -> str:
        if column == self.DAY:
            return f"{item.day:%d/%m/%Y}"
        if column == self.PRACTITIONER:
            return item.practitioner
        if column == self.CODES:
            return item.codes
        value = getattr(item, self.FIELDS[column])
        return euros(value) if value else ""

    def sort_key(self, item: ConsultationRow, column: int) -> Any:
        if column == self.DAY:
            return item.day.toordinal()
        if column in self.FIELDS:
            return float(getattr(item, self.FIELDS[column]))
        return super().sort_key(item, column)


class ReceivablesModel(_MoneyModel):
    """Tiers payant outstanding; overdue rows are tinted."""

    CONTEXT = "ReceivablesModel"
    DAY, PRACTITIONER, PAYER, EXPECTED, RECEIVED, OUTSTANDING, STATE = range(7)
    HEADERS = (QT_TRANSLATE_NOOP("ReceivablesModel", "Date"),
               QT_TRANSLATE_NOOP("ReceivablesModel", "Practitioner"),
               QT_TRANSLATE_NOOP("ReceivablesModel", "Payer"), QT_TRANSLATE_NOOP("ReceivablesModel", "Expected"),
               QT_TRANSLATE_NOOP("ReceivablesModel", "Received"),
               QT_TRANSLATE_NOOP("ReceivablesModel", "Outstanding"), QT_TRANSLATE_NOOP("ReceivablesModel", "State"))
    MONEY = frozenset({EXPECTED, RECEIVED, OUTSTANDING})
    STATES = {"expected": QT_TRANSLATE_NOOP("ReceivablesModel", "Expected"),
              "partial": QT_TRANSLATE_NOOP("ReceivablesModel", "Partly received")}
    OVERDUE_TEXT = QT_TRANSLATE_NOOP("ReceivablesModel", "overdue")

    def display(self, item: ReceivableRow, column: int) -> str:
        r = item.info
        if column == self.DAY:
            return f"{r.day:%d/%m/%Y}"
        if column == self.PRACTITIONER:
            return item.practitioner
        if column == self.PAYER:
            return r.payer.value.upper()
        if column == self.EXPECTED:
            return euros(r.expected)
        if column == self.RECEIVED:
            return euros(r.received) if r.received else ""
        if column == self.OUTSTANDING:
            return euros(r.outstanding)
        state = self.tr_context(self.STATES.get(r.status, r.status))
        return f"{state}, {self.tr_context(self.OVERDUE_TEXT)}" if item.overdue else state

    def tr_context(self, text: str) -> str:
        return QCoreApplication.translate(self.CONTEXT, text)

    def extra(self, item: ReceivableRow, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.BackgroundRole and item.overdue:
            return QBrush(OVERDUE)
        return super().extra(item, column, role)


class OverviewModel(_MoneyModel):
    """The titular's overview: one replacement's month each."""

    CONTEXT = "OverviewModel"
    PRACTITIONER, ACTS, BILLED, COLLECTED, DUE, SETTLED, BALANCE = range(7)
    HEADERS = (QT_TRANSLATE_NOOP("OverviewModel", "Replacement"), QT_TRANSLATE_NOOP("OverviewModel", "Acts"),
               QT_TRANSLATE_NOOP("OverviewModel", "Billed"), QT_TRANSLATE_NOOP("OverviewModel", "Collected"),
               QT_TRANSLATE_NOOP("OverviewModel", "Due"), QT_TRANSLATE_NOOP("OverviewModel", "Settled"),
               QT_TRANSLATE_NOOP("OverviewModel", "Balance"))
    MONEY = frozenset(range(1, 7))

    def display(self, item: OverviewRow, column: int) -> str:
        st = item.statement
        if column == self.PRACTITIONER:
            return f"{st.practitioner_name} → {st.due_to}"
        if column == self.ACTS:
            return str(st.acts)
        value = {self.BILLED: st.billed, self.COLLECTED: st.collected, self.DUE: st.due,
                 self.SETTLED: st.settled, self.BALANCE: st.balance}[column]
        return euros(value)
