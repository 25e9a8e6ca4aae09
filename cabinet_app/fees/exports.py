"""The accountant's export: receipts and retrocessions by period and practitioner, in the shape of a
BNC receipts book (*livre des recettes*: date, pièce, libellé, mode de règlement, recette brute,
rétrocession versée / reçue, net), as a CSV a French spreadsheet opens as it is (``;``, decimal
comma, UTF-8 with BOM); and the DAS2 flag: a payer declares the fees (retrocessions) paid to one
payee above 1,200 € in a calendar year."""

from __future__ import annotations

import csv
import io
import uuid
from collections import defaultdict
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from ..db import UnitOfWork
from ..security.permissions import Permission
from ..security.services import require
from .model import ZERO, EntryKind, Method

DAS2_THRESHOLD = Decimal("1200.00")
METHOD_FR = {Method.CASH: "espèces", Method.CHEQUE: "chèque", Method.CARD: "carte bancaire",
             Method.TRANSFER: "virement", Method.NONE: ""}
HEADERS = ("Date", "Pièce", "Praticien", "Libellé", "Mode de règlement", "Recette brute", "Rétrocession versée",
           "Rétrocession reçue", "Net", "DAS2")


@dataclass(frozen=True)
class ReceiptRow:
    day: date
    piece: str
    practitioner: str
    label: str
    method: str
    gross: Decimal = ZERO
    paid_out: Decimal = ZERO
    received: Decimal = ZERO
    das2: bool = False

    @property
    def net(self) -> Decimal:
        return self.gross - self.paid_out + self.received


@dataclass(frozen=True)
class Das2Payee:
    payer_id: uuid.UUID
    payer: str
    payee: str
    year: int
    total: Decimal

    @property
    def declare(self) -> bool:
        return self.total > DAS2_THRESHOLD


def _names(uow: UnitOfWork) -> dict[uuid.UUID, str]:
    return {p.id: p.display_name for p in uow.practitioners.list()}


def _payee(uow: UnitOfWork, contract_id: uuid.UUID | None, names: dict[uuid.UUID, str]) -> tuple[uuid.UUID | None, str]:
    contract = uow.fees.contract(contract_id) if contract_id else None
    if contract is None or contract.titular_id is None:
        return None, "la structure"
    return contract.titular_id, names.get(contract.titular_id, "?")


def das2_payees(uow: UnitOfWork, *, year: int) -> list[Das2Payee]:
    """Retrocessions paid in ``year`` by each payer to each payee; ``declare`` above 1,200 €."""
    require(uow.actor, Permission.FEES_ALL_READ)
    names = _names(uow)
    totals: dict[tuple[uuid.UUID, str], Decimal] = defaultdict(lambda: ZERO)
    for s in uow.fees.all_settlements(first=date(year, 1, 1), last=date(year, 12, 31)):
        totals[(s.practitioner_id, _payee(uow, s.contract_id, names)[1])] += s.amount
    return sorted((Das2Payee(payer, names.get(payer, "?"), payee, year, total)
                   for (payer, payee), total in totals.items()), key=lambda d: (d.payer, d.payee))


def receipt_rows(uow: UnitOfWork, *, first: date, last: date) -> list[ReceiptRow]:
    """Receipts (patients' payments by day, practitioner and mode; insurers' transfers) and the
    retrocessions paid (by the replacement) and received (by the titular) in the period."""
    require(uow.actor, Permission.FEES_ALL_READ)
    names = _names(uow)
    grouped: dict[tuple[date, uuid.UUID, str, str], Decimal] = defaultdict(lambda: ZERO)
    for e in uow.fees.entries(first=first, last=last, kinds=[EntryKind.PAYMENT, EntryKind.TP_RECEIVED]):
        source = "patients" if e.kind == EntryKind.PAYMENT else e.payer.upper()
        grouped[(e.day, e.practitioner_id, source, e.method)] += e.amount
    rows = [ReceiptRow(day, "", names.get(pid, "?"),
                       "Honoraires encaissés (patients)" if source == "patients" else f"Tiers payant {source} reçu",
                       METHOD_FR.get(Method(method), method), gross=amount)
            for (day, pid, source, method), amount in grouped.items() if amount]
    declared = {(d.payer_id, d.payee) for y in range(first.year, last.year + 1) for d in das2_payees(uow, year=y)
                if d.declare}
    for s in uow.fees.all_settlements(first=first, last=last):
        payee_id, payee = _payee(uow, s.contract_id, names)
        label = f"Rétrocession {s.period_first:%d/%m/%Y}–{s.period_last:%d/%m/%Y}"
        method = METHOD_FR.get(Method(s.method), s.method)
        piece = f"R-{s.id.hex[:8].upper()}"
        das2 = (s.practitioner_id, payee) in declared
        rows.append(ReceiptRow(s.day, piece, names.get(s.practitioner_id, "?"), f"{label} versée à {payee}",
                               method, paid_out=s.amount, das2=das2))
        if payee_id is not None:
            rows.append(ReceiptRow(s.day, piece, payee, f"{label} reçue de {names.get(s.practitioner_id, '?')}",
                                   method, received=s.amount, das2=das2))
    rows.sort(key=lambda r: (r.practitioner, r.day, r.piece, r.label))
    return [ReceiptRow(r.day, r.piece or f"{r.day:%Y%m%d}-{i:05d}", r.practitioner, r.label, r.method, r.gross,
                       r.paid_out, r.received, r.das2) for i, r in enumerate(rows, start=1)]


def _amount(value: Decimal) -> str:
    return "" if value == 0 else f"{value:.2f}".replace(".", ",")


def accountant_csv(uow: UnitOfWork, *, first: date, last: date) -> bytes:
    """The receipts book of the period as CSV bytes (``;``, decimal comma, UTF-8 with BOM)."""
    out = io.StringIO()
    writer = csv.writer(out, delimiter=";", lineterminator="\r\n")
    writer.writerow(HEADERS)
    for r in receipt_rows(uow, first=first, last=last):
        writer.writerow((f"{r.day:%d/%m/%Y}", r.piece, r.practitioner, r.label, r.method, _amount(r.gross),
                         _amount(r.paid_out), _amount(r.received), f"{r.net:.2f}".replace(".", ","),
                         "oui" if r.das2 else ""))
    return out.getvalue().encode("utf-8-sig")
