"""The retrocession statement (*relevé de rétrocession*) of a practitioner for a period, built from
the ledger and the rota, and the settlements recorded against it (a period settles once)."""

from __future__ import annotations

import uuid
from collections import defaultdict
from dataclasses import dataclass
from datetime import date, time, timedelta
from decimal import Decimal

from ..changes import Area, Changed
from ..clock import PARIS, today_paris
from ..db import UnitOfWork, new_id
from ..errors import NotFound, PermissionDenied, ValidationError
from ..planning.calendar import at
from ..planning.rota_services import list_shifts
from ..security.permissions import Permission, permissions_for
from ..security.services import require
from .model import (
    ZERO, BaseAmounts, Basis, EntryKind, Exclusion, LedgerEntry, ReplacementContract, money, received_base,
    split_base,
)
from .services import _stamp


@dataclass(frozen=True)
class StatementLine:
    """The acts of one code on one day."""

    day: date
    code: str
    count: int
    billed: Decimal


@dataclass(frozen=True)
class EmptyShift:
    """A day on the rota with no act recorded: a forgotten entry, or a quiet day."""

    day: date
    site_name: str
    on_call: bool


@dataclass(frozen=True)
class RetrocessionStatement:
    practitioner_id: uuid.UUID
    practitioner_name: str
    due_to: str  # the titular, or the structure
    contract_id: uuid.UUID
    contract_note: str
    first: date
    last: date
    basis: Basis
    retained_percent: Decimal
    ik_excluded: bool
    pds_excluded: bool
    salaried: bool
    cap: Decimal | None
    lines: tuple[StatementLine, ...]
    billed: Decimal
    collected: Decimal
    tp_outstanding: Decimal
    tp_rejected: Decimal
    base: BaseAmounts
    replacement_share: Decimal
    retrocession: Decimal
    capped: bool
    contribution: Decimal
    settled: Decimal
    empty_shifts: tuple[EmptyShift, ...]

    @property
    def due(self) -> Decimal:
        """What the replacement owes the titular (or structure) for the period."""
        return self.retrocession + self.contribution

    @property
    def balance(self) -> Decimal:
        return self.due - self.settled

    @property
    def acts(self) -> int:
        return sum(line.count for line in self.lines)


def _months(first: date, last: date) -> list[tuple[date, date]]:
    out, start = [], first
    while start <= last:
        following = (start.replace(day=1) + timedelta(days=32)).replace(day=1)
        out.append((start, min(last, following - timedelta(days=1))))
        start = following
    return out


def _month_index(day: date) -> int:
    return day.year * 12 + day.month


def _can_read(uow: UnitOfWork, practitioner_id: uuid.UUID) -> None:
    granted = permissions_for(uow.actor.role, is_admin=uow.actor.is_admin)
    if Permission.FEES_ALL_READ in granted:
        return
    user = uow.users.get(uow.actor.user_id) if uow.actor.user_id else None
    if Permission.FEES_OWN_READ in granted and user is not None and user.practitioner_id == practitioner_id:
        return
    raise PermissionDenied(permission=Permission.FEES_ALL_READ.value, login=uow.actor.login)


def _contract(uow: UnitOfWork, practitioner_id: uuid.UUID, first: date, last: date) -> ReplacementContract:
    if last < first:
        raise ValidationError({"period": "end_before_start"})
    contracts = uow.fees.contracts(practitioner_id, first=first, last=last)
    if not contracts:
        raise ValidationError({"period": "no_contract_in_period"})
    if len(contracts) > 1:
        raise ValidationError({"period": "several_contracts"})
    return contracts[0]


@dataclass
class _Consultation:
    day: date
    billed: BaseAmounts = BaseAmounts()
    collected: Decimal = ZERO


def _billed_part(entry: LedgerEntry) -> BaseAmounts:
    if entry.exclusion == Exclusion.IK:
        return BaseAmounts(ik=entry.amount)
    if entry.exclusion == Exclusion.PDS:
        return BaseAmounts(pds=entry.amount)
    return BaseAmounts(ordinary=entry.amount)


def _consultations(uow: UnitOfWork, practitioner_id: uuid.UUID, first: date, last: date,
                   ) -> tuple[dict[object, _Consultation], list[LedgerEntry], Decimal, Decimal]:
    entries = uow.fees.entries(first=first, last=last, practitioner_ids=[practitioner_id],
                               kinds=[EntryKind.ACT, EntryKind.PAYMENT, EntryKind.TP_EXPECTED])
    events = uow.fees.reconciliations_of_period(first=first, last=last, practitioner_ids=[practitioner_id])
    found: dict[object, _Consultation] = {}
    expected = ZERO
    for e in entries:
        c = found.setdefault(e.consultation_id, _Consultation(e.day))
        if e.kind == EntryKind.ACT:
            c.billed = c.billed + _billed_part(e)
        elif e.kind == EntryKind.PAYMENT:
            c.collected += e.amount
        else:
            expected += e.amount
    received = rejected = ZERO
    for ev in events:
        if ev.kind == EntryKind.TP_RECEIVED:
            received += ev.amount
            if ev.consultation_id in found:
                found[ev.consultation_id].collected += ev.amount
        else:
            rejected += ev.amount
    acts = [e for e in entries if e.kind == EntryKind.ACT]
    return found, acts, expected - received - rejected, rejected


def _lines(acts: list[LedgerEntry]) -> tuple[StatementLine, ...]:
    grouped: dict[tuple[date, str], list[Decimal]] = defaultdict(list)
    for e in acts:
        grouped[(e.day, e.code)].append(e.amount)
    lines = []
    for (day, code), amounts in sorted(grouped.items()):
        count = sum(1 if a > 0 else -1 for a in amounts)
        lines.append(StatementLine(day, code, count, sum(amounts, ZERO)))
    return tuple(line for line in lines if line.count or line.billed)


def _empty_shifts(uow: UnitOfWork, practitioner_id: uuid.UUID, first: date, last: date,
                  act_days: set[date]) -> tuple[EmptyShift, ...]:
    shifts = list_shifts(uow, start=at(first, time(0)), end=at(last + timedelta(days=1), time(0)),
                         practitioner_ids=[practitioner_id])
    empty: dict[date, EmptyShift] = {}
    for s in shifts:
        day = s.starts_at.astimezone(PARIS).date()
        while day <= min(last, (s.ends_at - timedelta(microseconds=1)).astimezone(PARIS).date()):
            if first <= day and day not in act_days and day.weekday() < 6:
                empty.setdefault(day, EmptyShift(day, s.site_name, s.on_call))
            day += timedelta(days=1)
    return tuple(empty[d] for d in sorted(empty))


def build_statement(uow: UnitOfWork, *, practitioner_id: uuid.UUID, first: date, last: date) -> RetrocessionStatement:
    """The statement of a replacement (or intern with a licence, or salaried doctor) for a period
    under one contract: acts by day and code, billed vs collected, the base on the contract's
    basis, the split (exclusions 100 % to the replacement, cap per month), the fixed monthly
    contribution after the free months, what is already settled and the balance."""
    _can_read(uow, practitioner_id)
    person = uow.practitioners.get(practitioner_id)
    if person is None:
        raise NotFound(kind="practitioner", key=str(practitioner_id))
    contract = _contract(uow, practitioner_id, first, last)
    found, acts, outstanding, rejected = _consultations(uow, practitioner_id, first, last)
    basis = Basis(contract.basis)
    base, replacement, retro, contribution, capped = BaseAmounts(), ZERO, ZERO, ZERO, False
    for month_first, month_last in _months(max(first, contract.starts_on), min(last, contract.ends_on)):
        month = BaseAmounts()
        for c in found.values():
            if month_first <= c.day <= month_last:
                month = month + (c.billed if basis is Basis.BILLED else received_base(c.billed, c.collected))
        part = split_base(month, retained_percent=contract.retained_percent, ik_excluded=contract.ik_excluded,
                          pds_excluded=contract.pds_excluded, salaried=contract.salaried, cap=contract.cap)
        base, replacement, retro = base + month, replacement + part.replacement, retro + part.retrocession
        capped = capped or part.capped
        if contract.monthly_contribution and \
                _month_index(month_first) - _month_index(contract.starts_on) >= contract.free_months:
            contribution += contract.monthly_contribution
    titular = uow.practitioners.get(contract.titular_id) if contract.titular_id else None
    settled = sum((s.amount for s in uow.fees.settlements(practitioner_id)
                   if s.period_first <= last and first <= s.period_last), ZERO)
    return RetrocessionStatement(
        practitioner_id=practitioner_id, practitioner_name=person.display_name,
        due_to=titular.display_name if titular else "la structure", contract_id=contract.id,
        contract_note=contract.note, first=first, last=last, basis=basis,
        retained_percent=contract.retained_percent, ik_excluded=contract.ik_excluded,
        pds_excluded=contract.pds_excluded, salaried=contract.salaried, cap=contract.cap, lines=_lines(acts),
        billed=sum((c.billed.total for c in found.values()), ZERO),
        collected=sum((c.collected for c in found.values()), ZERO), tp_outstanding=outstanding,
        tp_rejected=rejected, base=base, replacement_share=replacement, retrocession=retro, capped=capped,
        contribution=contribution, settled=settled,
        empty_shifts=_empty_shifts(uow, practitioner_id, first, last, {c.day for c in found.values()}),
    )


def settle_statement(uow: UnitOfWork, *, practitioner_id: uuid.UUID, first: date, last: date,
                     amount: object | None = None, day: date | None = None,
                     method: str = "transfer") -> Changed[RetrocessionStatement]:
    """Record the payment of a statement's balance (or ``amount``). A period that overlaps one
    already settled is refused: the same acts never settle twice."""
    require(uow.actor, Permission.PAYMENTS_MANAGE)
    statement = build_statement(uow, practitioner_id=practitioner_id, first=first, last=last)
    if any(s.period_first <= last and first <= s.period_last for s in uow.fees.settlements(practitioner_id)):
        raise ValidationError({"period": "already_settled"})
    try:
        value = statement.balance if amount is None else money(amount)
    except ValueError:
        raise ValidationError({"amount": "not_a_number"}) from None
    if value < 0:
        raise ValidationError({"amount": "negative_amount"})
    uow.fees.add_entries([dict(
        id=new_id(), consultation_id=None, practitioner_id=practitioner_id, site_id=None, patient_id=None,
        day=day or today_paris(), kind=EntryKind.SETTLEMENT, code="", exclusion="", quantity=Decimal(1),
        amount=value, payer="", method=method, contract_id=statement.contract_id, period_first=first,
        period_last=last, label=f"Rétrocession du {first:%d/%m/%Y} au {last:%d/%m/%Y} — {statement.due_to}",
        **_stamp(uow))])
    return Changed(build_statement(uow, practitioner_id=practitioner_id, first=first, last=last), Area.FEES)
