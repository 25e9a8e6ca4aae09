"""Use cases of fees: the dated act catalogue, a consultation's acts and payments (one balanced,
append-only write), corrections by reversal, tiers-payant receipts and rejections, receivables
and their reconciliation, and contracts' financial terms. Statements are in
:mod:`.statement`, the accountant's export in :mod:`.exports`."""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

from ..changes import Area, Changed
from ..clock import today_paris, utcnow
from ..db import UnitOfWork, new_id
from ..errors import NotFound, ValidationError
from ..security.permissions import Permission
from ..security.services import require
from .model import (
    ZERO, ContractTerms, EntryKind, LedgerEntry, Method, Payer, Tariff, TariffKind, apply_terms, ik_km, money,
    terms_problems,
)

DEFAULT_OVERDUE_DAYS = 30
PATIENT_METHODS = {Method.CASH.value, Method.CHEQUE.value, Method.CARD.value}


@dataclass(frozen=True)
class TariffInfo:
    code: str
    label: str
    kind: TariffKind
    exclusion: str
    amount: Decimal
    effective_from: date
    effective_to: date | None


@dataclass(frozen=True)
class ActInput:
    """One NGAP code of a consultation; IK/IKM need the one-way distance in km."""

    code: str
    distance_km: int | None = None


@dataclass(frozen=True)
class PaymentInput:
    """What the patient paid (``method``: cash, cheque, card) or what an insurer owes (AMO/AMC)."""

    payer: str
    amount: object
    method: str = ""


@dataclass(frozen=True)
class ConsultationInput:
    practitioner_id: uuid.UUID
    site_id: uuid.UUID
    patient_id: uuid.UUID | None
    day: date
    acts: tuple[ActInput | str, ...]
    payments: tuple[PaymentInput, ...] = ()


@dataclass(frozen=True)
class ConsultationInfo:
    consultation_id: uuid.UUID
    day: date
    billed: Decimal
    paid: Decimal
    expected: Decimal
    entry_ids: tuple[uuid.UUID, ...] = field(default=())


@dataclass(frozen=True)
class ReceivableInfo:
    """What an insurer owes for one consultation, and what became of it."""

    entry_id: uuid.UUID
    consultation_id: uuid.UUID | None
    practitioner_id: uuid.UUID
    patient_id: uuid.UUID | None
    day: date
    payer: Payer
    expected: Decimal
    received: Decimal
    rejected: Decimal
    last_event: date | None

    @property
    def outstanding(self) -> Decimal:
        return self.expected - self.received - self.rejected

    @property
    def status(self) -> str:
        if self.rejected > 0:
            return "rejected"
        if self.outstanding <= 0:
            return "received"
        return "partial" if self.received > 0 else "expected"


@dataclass(frozen=True)
class ReconciliationRow:
    payer: Payer
    expected: Decimal
    received: Decimal
    rejected: Decimal

    @property
    def outstanding(self) -> Decimal:
        return self.expected - self.received - self.rejected


# --- the catalogue -------------------------------------------------------------------------------------

def _tariff_info(t: Tariff) -> TariffInfo:
    return TariffInfo(t.code, t.label, TariffKind(t.kind), t.exclusion, t.amount, t.effective_from, t.effective_to)


def _catalogue(uow: UnitOfWork) -> dict[str, list[Tariff]]:
    """The catalogue by code, read once per unit of work."""
    info = uow.session.info  # type: ignore[union-attr]
    if "fee_catalogue" not in info:
        by_code: dict[str, list[Tariff]] = defaultdict(list)
        for t in uow.fees.tariffs():
            by_code[t.code].append(t)
        info["fee_catalogue"] = by_code
    return info["fee_catalogue"]


def tariff_at(uow: UnitOfWork, code: str, day: date) -> Tariff | None:
    for t in reversed(_catalogue(uow).get(code.strip().upper(), [])):
        if t.effective_from <= day and (t.effective_to is None or day <= t.effective_to):
            return t
    return None


def list_tariffs(uow: UnitOfWork, *, on: date | None = None) -> list[TariffInfo]:
    """The catalogue, every dated row; with ``on``, only the tariffs in force that day."""
    rows = [t for ts in _catalogue(uow).values() for t in ts]
    if on is not None:
        rows = [t for t in rows if t.effective_from <= on and (t.effective_to is None or on <= t.effective_to)]
    return [_tariff_info(t) for t in sorted(rows, key=lambda t: (t.code, t.effective_from))]


def add_tariff(uow: UnitOfWork, *, code: str, label: str, kind: str, amount: object, effective_from: date,
               exclusion: str = "") -> Changed[TariffInfo]:
    """A new tariff from ``effective_from``: the row in force is closed the day before; acts
    already recorded keep the amount of their date."""
    require(uow.actor, Permission.SETTINGS_MANAGE)
    code = code.strip().upper()
    problems: dict[str, str] = {}
    if not code or len(code) > 10:
        problems["code"] = "required"
    if not label.strip():
        problems["label"] = "required"
    if kind not in {k.value for k in TariffKind}:
        problems["kind"] = "not_a_choice"
    if exclusion not in ("", "ik", "pds"):
        problems["exclusion"] = "not_a_choice"
    try:
        value = money(amount)
        if value < 0:
            problems["amount"] = "negative_amount"
    except ValueError:
        problems["amount"] = "not_a_number"
    existing = list(uow.fees.tariffs_of(code))
    if any(t.effective_from >= effective_from for t in existing):
        problems["effective_from"] = "before_current_tariff"
    if problems:
        raise ValidationError(problems)
    for t in existing:
        if t.effective_to is None or t.effective_to >= effective_from:
            t.effective_to = effective_from - timedelta(days=1)
    row = Tariff(code=code, label=label.strip(), kind=TariffKind(kind), exclusion=exclusion, amount=value,
                 effective_from=effective_from, effective_to=None)
    uow.fees.add(row)
    uow.flush()
    uow.session.info.pop("fee_catalogue", None)  # type: ignore[union-attr]
    return Changed(_tariff_info(row), Area.FEES)


# --- consultations ---------------------------------------------------------------------------------------

def _stamp(uow: UnitOfWork) -> dict[str, Any]:
    return dict(origin_site_id=uow.actor.site_id, created_by=uow.actor.user_id, created_at=utcnow())


def _act_rows(uow: UnitOfWork, data: ConsultationInput, problems: dict[str, str]) -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = []
    if not data.acts:
        problems["codes"] = "required"
    for i, act in enumerate(data.acts):
        act = ActInput(act) if isinstance(act, str) else act
        tariff = tariff_at(uow, act.code, data.day)
        if tariff is None:
            problems[f"codes[{i}].code"] = "unknown_code"
            continue
        quantity = Decimal(1)
        if tariff.kind == TariffKind.ALLOWANCE:
            if act.distance_km is None or act.distance_km < 0:
                problems[f"codes[{i}].distance_km"] = "distance_required"
                continue
            quantity = ik_km(act.distance_km, mountain=tariff.code == "IKM")
        rows.append(dict(kind=EntryKind.ACT, code=tariff.code, exclusion=tariff.exclusion, quantity=quantity,
                         amount=money(tariff.amount * quantity), label=tariff.label))
    return rows


def _payment_rows(data: ConsultationInput, problems: dict[str, str]) -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = []
    for i, pay in enumerate(data.payments):
        try:
            amount = money(pay.amount)
        except ValueError:
            problems[f"payments[{i}].amount"] = "not_a_number"
            continue
        if amount < 0:
            problems[f"payments[{i}].amount"] = "negative_amount"
        payer, method = str(pay.payer).strip().lower(), str(pay.method).strip().lower()
        if payer not in {p.value for p in Payer}:
            problems[f"payments[{i}].payer"] = "not_a_choice"
        elif payer == Payer.PATIENT and method not in PATIENT_METHODS:
            problems[f"payments[{i}].method"] = "not_a_choice"
        if amount == 0:
            continue
        kind = EntryKind.PAYMENT if payer == Payer.PATIENT else EntryKind.TP_EXPECTED
        rows.append(dict(kind=kind, amount=amount, payer=payer, method=method if kind == EntryKind.PAYMENT else ""))
    return rows


def consultation_entries(uow: UnitOfWork, data: ConsultationInput) -> list[dict[str, Any]]:
    """The ledger rows of one consultation, checked: codes known at that date, amounts numeric and
    not negative, payments + expected = billed. Raises :class:`ValidationError`; writes nothing."""
    problems: dict[str, str] = {}
    acts = _act_rows(uow, data, problems)
    payments = _payment_rows(data, problems)
    if not problems:
        billed = sum((r["amount"] for r in acts), ZERO)
        covered = sum((r["amount"] for r in payments), ZERO)
        if covered > billed:
            problems["payments"] = "overpaid"
        elif covered < billed:
            problems["payments"] = "unbalanced"
    if problems:
        raise ValidationError(problems)
    common = dict(consultation_id=new_id(), practitioner_id=data.practitioner_id, site_id=data.site_id,
                  patient_id=data.patient_id, day=data.day, **_stamp(uow))
    return [{"id": new_id(), "code": "", "exclusion": "", "quantity": Decimal(1), "payer": "", "method": "",
             "label": "", **common, **row} for row in acts + payments]


def _consultation_info(rows: Sequence[dict[str, Any]]) -> ConsultationInfo:
    total = defaultdict(lambda: ZERO)
    for r in rows:
        total[r["kind"]] += r["amount"]
    return ConsultationInfo(rows[0]["consultation_id"], rows[0]["day"], total[EntryKind.ACT],
                            total[EntryKind.PAYMENT], total[EntryKind.TP_EXPECTED], tuple(r["id"] for r in rows))


def record_consultation(uow: UnitOfWork, data: ConsultationInput) -> Changed[ConsultationInfo]:
    """A consultation's acts and payments, in the caller's transaction, balanced or refused."""
    require(uow.actor, Permission.PAYMENTS_MANAGE)
    if uow.practitioners.get(data.practitioner_id) is None:
        raise NotFound(kind="practitioner", key=str(data.practitioner_id))
    rows = consultation_entries(uow, data)
    uow.fees.add_entries(rows)
    return Changed(_consultation_info(rows), Area.FEES)


def record_consultations(uow: UnitOfWork, items: Sequence[ConsultationInput]) -> Changed[int]:
    """Many consultations at once (imports, the demo): every one checked as by
    :func:`record_consultation`; one refusal saves none."""
    require(uow.actor, Permission.PAYMENTS_MANAGE)
    known = {p.id for p in uow.practitioners.list()}
    rows: list[dict[str, Any]] = []
    for data in items:
        if data.practitioner_id not in known:
            raise NotFound(kind="practitioner", key=str(data.practitioner_id))
        rows += consultation_entries(uow, data)
    uow.fees.add_entries(rows)
    return Changed(len(items), Area.FEES)


def reverse_consultation(uow: UnitOfWork, consultation_id: uuid.UUID, *, day: date | None = None,
                         reason: str = "") -> Changed[int]:
    """Cancel a consultation's entries by opposite entries pointing to them (nothing is erased).
    Refused once an insurer paid or rejected part of it, or when already reversed."""
    require(uow.actor, Permission.PAYMENTS_MANAGE)
    entries = [e for e in uow.fees.entries(consultation_id=consultation_id) if e.reverses_id is None]
    if not entries:
        raise NotFound(kind="consultation", key=str(consultation_id))
    if uow.fees.reversed_ids([e.id for e in entries]):
        raise ValidationError({"consultation": "already_reversed"})
    expected = [e.id for e in entries if e.kind == EntryKind.TP_EXPECTED]
    if expected and uow.fees.reconciliations(expected):
        raise ValidationError({"consultation": "already_reconciled"})
    stamp, when = _stamp(uow), day or today_paris()
    rows = [dict(id=new_id(), consultation_id=e.consultation_id, practitioner_id=e.practitioner_id,
                 site_id=e.site_id, patient_id=e.patient_id, day=when, kind=e.kind, code=e.code,
                 exclusion=e.exclusion, quantity=e.quantity, amount=-e.amount, payer=e.payer, method=e.method,
                 reverses_id=e.id, label=reason.strip() or "Annulation", **stamp) for e in entries]
    uow.fees.add_entries(rows)
    return Changed(len(rows), Area.FEES)


def correct_consultation(uow: UnitOfWork, consultation_id: uuid.UUID, data: ConsultationInput,
                         *, reason: str = "Correction") -> Changed[ConsultationInfo]:
    """A correction: the reversal of the old entries and the new ones, in one transaction."""
    consultation_entries(uow, data)  # refuse bad input before reversing anything
    reverse_consultation(uow, consultation_id, day=data.day, reason=reason)
    return record_consultation(uow, data)


# --- tiers payant ------------------------------------------------------------------------------------------

def _expected(uow: UnitOfWork, entry_id: uuid.UUID) -> LedgerEntry:
    entry = uow.fees.entry(entry_id)
    if entry is None or entry.kind != EntryKind.TP_EXPECTED or entry.reverses_id is not None:
        raise NotFound(kind="receivable", key=str(entry_id))
    if uow.fees.reversed_ids([entry.id]):
        raise ValidationError({"expected_id": "already_reversed"})
    return entry


def _receivables(uow: UnitOfWork, expected: Sequence[LedgerEntry],
                 events: Sequence[LedgerEntry]) -> list[ReceivableInfo]:
    received: dict[uuid.UUID, Decimal] = defaultdict(lambda: ZERO)
    rejected: dict[uuid.UUID, Decimal] = defaultdict(lambda: ZERO)
    last: dict[uuid.UUID, date] = {}
    for ev in events:
        assert ev.expected_id is not None
        (received if ev.kind == EntryKind.TP_RECEIVED else rejected)[ev.expected_id] += ev.amount
        last[ev.expected_id] = max(last.get(ev.expected_id, ev.day), ev.day)
    cancelled = uow.fees.reversed_ids([e.id for e in expected]) if expected else set()
    return [ReceivableInfo(e.id, e.consultation_id, e.practitioner_id, e.patient_id, e.day, Payer(e.payer),
                           e.amount, received[e.id], rejected[e.id], last.get(e.id))
            for e in expected if e.reverses_id is None and e.id not in cancelled]


def receivable(uow: UnitOfWork, entry_id: uuid.UUID) -> ReceivableInfo:
    entry = _expected(uow, entry_id)
    return _receivables(uow, [entry], uow.fees.reconciliations([entry.id]))[0]


def receive_tiers_payant(uow: UnitOfWork, entry_id: uuid.UUID, *, amount: object, day: date,
                         method: str = Method.TRANSFER.value) -> Changed[ReceivableInfo]:
    """An insurer's payment (whole or partial) of an expected amount."""
    require(uow.actor, Permission.PAYMENTS_MANAGE)
    entry = _expected(uow, entry_id)
    try:
        value = money(amount)
    except ValueError:
        raise ValidationError({"amount": "not_a_number"}) from None
    owed = receivable(uow, entry_id).outstanding
    if value <= 0:
        raise ValidationError({"amount": "negative_amount"})
    if value > owed:
        raise ValidationError({"amount": "more_than_outstanding"})
    _reconcile(uow, entry, EntryKind.TP_RECEIVED, value, day, method, "Tiers payant reçu")
    return Changed(receivable(uow, entry_id), Area.FEES)


def reject_tiers_payant(uow: UnitOfWork, entry_id: uuid.UUID, *, day: date, reason: str = "") -> Changed[ReceivableInfo]:
    """The insurer refused what was still outstanding (the patient may be asked to pay it)."""
    require(uow.actor, Permission.PAYMENTS_MANAGE)
    entry = _expected(uow, entry_id)
    owed = receivable(uow, entry_id).outstanding
    if owed <= 0:
        raise ValidationError({"expected_id": "nothing_outstanding"})
    _reconcile(uow, entry, EntryKind.TP_REJECTED, owed, day, "", reason.strip() or "Rejet")
    return Changed(receivable(uow, entry_id), Area.FEES)


def _reconcile(uow: UnitOfWork, entry: LedgerEntry, kind: EntryKind, amount: Decimal, day: date, method: str,
               label: str) -> None:
    uow.fees.add_entries([dict(id=new_id(), consultation_id=entry.consultation_id,
                               practitioner_id=entry.practitioner_id, site_id=entry.site_id,
                               patient_id=entry.patient_id, day=day, kind=kind, code="", exclusion="",
                               quantity=Decimal(1), amount=amount, payer=entry.payer, method=method,
                               expected_id=entry.id, label=label, **_stamp(uow))])


def list_receivables(uow: UnitOfWork, *, first: date | None = None, last: date | None = None,
                     overdue_days: int | None = None, today: date | None = None,
                     practitioner_ids: Sequence[uuid.UUID] | None = None) -> list[ReceivableInfo]:
    """Tiers payant expected in the period; with ``overdue_days``, only what is still
    outstanding that many days after the consultation (oldest first)."""
    require(uow.actor, Permission.PAYMENTS_MANAGE)
    if overdue_days is not None:
        limit = (today or today_paris()) - timedelta(days=overdue_days)
        last = min(last, limit) if last else limit
    expected = uow.fees.entries(first=first, last=last, practitioner_ids=practitioner_ids,
                                kinds=[EntryKind.TP_EXPECTED])
    events = uow.fees.reconciliations_of_period(first=first, last=last, practitioner_ids=practitioner_ids)
    rows = _receivables(uow, expected, events)
    if overdue_days is not None:
        rows = [r for r in rows if r.outstanding > 0 and r.rejected == 0]
    return sorted(rows, key=lambda r: (r.day, r.payer.value))


def reconcile_period(uow: UnitOfWork, *, first: date, last: date) -> list[ReconciliationRow]:
    """Per insurer: expected for consultations of the period, received, rejected, outstanding."""
    rows = list_receivables(uow, first=first, last=last)
    totals: dict[Payer, list[Decimal]] = {}
    for r in rows:
        t = totals.setdefault(r.payer, [ZERO, ZERO, ZERO])
        t[0] += r.expected
        t[1] += r.received
        t[2] += r.rejected
    return [ReconciliationRow(p, *totals[p]) for p in (Payer.AMO, Payer.AMC) if p in totals]


# --- contracts' terms ------------------------------------------------------------------------------------

def set_contract_terms(uow: UnitOfWork, contract_id: uuid.UUID, terms: ContractTerms) -> Changed[uuid.UUID]:
    """The financial terms of a contract (its dates come from the planning's ``add_contract``)."""
    require(uow.actor, Permission.PLANNING_MANAGE)
    row = uow.fees.contract(contract_id)
    if row is None:
        raise NotFound(kind="contract", key=str(contract_id))
    if problems := terms_problems(terms):
        raise ValidationError(problems)
    apply_terms(row, terms)
    uow.flush()
    return Changed(row.id, Area.FEES | Area.PLANNING)
