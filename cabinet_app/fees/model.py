"""Fees and retrocession: the act catalogue, the ledger, replacement contracts and the pure rules
that turn them into amounts.

Words of the domain: a *rétrocession* is the share of the fees a replacement pays back to the
doctor replaced (or to the structure); *tiers payant* (TP) is the part the insurers pay directly:
AMO = Assurance Maladie, AMC = the complementary insurer. Money is :class:`~decimal.Decimal`
quantized to the cent, never float.

The ledger is append-only: a consultation writes its acts, the patient's payments and what is
expected from the insurers in one go, balanced (payments + expected = billed); a correction is a
reversal (the same entries with opposite amounts, each pointing to the one it cancels) plus new
entries. Tiers-payant receipts and rejections point to the expected entry they settle.
"""

from __future__ import annotations

import enum
import uuid
from dataclasses import dataclass
from datetime import date
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from sqlalchemy import CheckConstraint, ForeignKey, Index, Numeric, String, Text, false, text, true
from sqlalchemy.orm import Mapped, mapped_column

from ..db import AppendOnlyMixin, Base, SyncedMixin, str_enum

CENT = Decimal("0.01")
ZERO = Decimal("0.00")
HUNDRED = Decimal(100)
Money = Numeric(10, 2)


def money(value: object) -> Decimal:
    """A Decimal amount in euros, quantized to the cent; floats, NaN and infinities are refused
    (``ValueError``), so that an imprecise amount never enters the books."""
    if isinstance(value, bool) or isinstance(value, float):
        raise ValueError("not_a_number")
    try:
        amount = Decimal(str(value).strip().replace(",", ".")) if not isinstance(value, Decimal) else value
    except (InvalidOperation, ValueError):
        raise ValueError("not_a_number") from None
    if not amount.is_finite() or abs(amount) >= Decimal("1e8"):  # Numeric(10, 2) holds below 10^8
        raise ValueError("not_a_number")
    return amount.quantize(CENT, rounding=ROUND_HALF_UP)


def share(amount: Decimal, percent: Decimal) -> Decimal:
    return (amount * percent / HUNDRED).quantize(CENT, rounding=ROUND_HALF_UP)


class TariffKind(enum.StrEnum):
    ACT = "act"
    MODIFIER = "modifier"  # majoration, added to an act
    ALLOWANCE = "allowance"  # kilometric allowance (IK), per km billed


class Exclusion(enum.StrEnum):
    """Amounts left out of the retrocession base (100 % to the one who earned them)."""

    NONE = ""
    IK = "ik"  # kilometric allowances: to the one who drove
    PDS = "pds"  # regulated out-of-hours care (permanence des soins)


class EntryKind(enum.StrEnum):
    ACT = "act"  # an act billed
    PAYMENT = "payment"  # what the patient paid (cash, cheque, card)
    TP_EXPECTED = "tp_expected"  # what the insurer (AMO/AMC) is expected to pay
    TP_RECEIVED = "tp_received"  # a (partial) receipt of an expected amount
    TP_REJECTED = "tp_rejected"  # an expected amount the insurer refused
    SETTLEMENT = "settlement"  # a retrocession paid against a statement


class Payer(enum.StrEnum):
    PATIENT = "patient"
    AMO = "amo"
    AMC = "amc"


class Method(enum.StrEnum):
    NONE = ""
    CASH = "cash"
    CHEQUE = "cheque"
    CARD = "card"
    TRANSFER = "transfer"


class Basis(enum.StrEnum):
    BILLED = "billed"  # the titular bears nothing: retrocession on what was billed
    RECEIVED = "received"  # on what was actually received: unpaid fees are shared


class Tariff(SyncedMixin, Base):
    """One dated tariff of an NGAP code; a change of tariff adds a row (the old one is closed)."""

    __tablename__ = "fee_tariffs"

    code: Mapped[str] = mapped_column(String(10))
    label: Mapped[str] = mapped_column(String(120))
    kind: Mapped[TariffKind] = mapped_column(str_enum(TariffKind, "tariff_kind"))
    exclusion: Mapped[str] = mapped_column(String(10), default="")
    amount: Mapped[Decimal] = mapped_column(Money)
    effective_from: Mapped[date]
    effective_to: Mapped[date | None]

    __table_args__ = (
        CheckConstraint("amount >= 0", name="amount_not_negative"),
        Index("ix_fee_tariffs_code_effective_from", "code", "effective_from"),
    )


class LedgerEntry(AppendOnlyMixin, Base):
    """One line of the books. Append-only: triggers refuse UPDATE and DELETE."""

    __tablename__ = "fee_ledger"

    consultation_id: Mapped[uuid.UUID | None]  # groups the entries written together
    practitioner_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("practitioners.id"))
    site_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("sites.id"))
    patient_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("patients.id"))
    day: Mapped[date]
    kind: Mapped[EntryKind] = mapped_column(str_enum(EntryKind, "entry_kind"))
    code: Mapped[str] = mapped_column(String(10), default="")
    exclusion: Mapped[str] = mapped_column(String(10), default="")
    quantity: Mapped[Decimal] = mapped_column(Money, default=Decimal(1))
    amount: Mapped[Decimal] = mapped_column(Money)
    payer: Mapped[str] = mapped_column(String(10), default="")
    method: Mapped[str] = mapped_column(String(10), default="")
    reverses_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("fee_ledger.id"))
    expected_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("fee_ledger.id"))
    contract_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("replacement_contracts.id"))
    period_first: Mapped[date | None]
    period_last: Mapped[date | None]
    label: Mapped[str] = mapped_column(Text, default="")

    __table_args__ = (
        Index("ix_fee_ledger_practitioner_id_day", "practitioner_id", "day"),
        Index("ix_fee_ledger_consultation_id", "consultation_id"),
        Index("ix_fee_ledger_expected_id", "expected_id"),
        Index("ix_fee_ledger_day", "day"),
    )


class ReplacementContract(SyncedMixin, Base):
    """A replacement contract (*contrat de remplacement*): its dates (the planning checks a
    replacement's shifts against them) and its financial terms.

    ``retained_percent`` is the share of the base the replacement keeps (the rest is the
    retrocession); ``basis`` says whether the base is what was billed or what was received;
    ``ik_excluded``/``pds_excluded`` leave kilometric allowances and out-of-hours fees 100 % to the
    replacement; ``cap`` limits the retrocession per calendar month; ``monthly_contribution`` is a
    fixed amount due each month after ``free_months`` (CPTS model); ``salaried``: no retrocession,
    the acts are the centre's. ``titular_id`` is empty for a structure (centre, CPTS).
    """

    __tablename__ = "replacement_contracts"

    practitioner_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("practitioners.id"))
    titular_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("practitioners.id"))
    starts_on: Mapped[date]
    ends_on: Mapped[date]
    retained_percent: Mapped[Decimal] = mapped_column(Numeric(5, 2), default=Decimal(70), server_default=text("70"))
    basis: Mapped[str] = mapped_column(String(10), default=Basis.BILLED.value,
                                       server_default=Basis.BILLED.value)
    ik_excluded: Mapped[bool] = mapped_column(default=True, server_default=true())
    pds_excluded: Mapped[bool] = mapped_column(default=True, server_default=true())
    cap: Mapped[Decimal | None] = mapped_column(Money)
    monthly_contribution: Mapped[Decimal | None] = mapped_column(Money)
    free_months: Mapped[int] = mapped_column(default=0, server_default=text("0"))
    salaried: Mapped[bool] = mapped_column(default=False, server_default=false())
    note: Mapped[str] = mapped_column(Text, default="", server_default="")

    __table_args__ = (
        CheckConstraint("starts_on <= ends_on", name="dates_in_order"),
        Index("ix_replacement_contracts_practitioner_id", "practitioner_id"),
    )


@dataclass(frozen=True)
class ContractTerms:
    """The financial terms of a contract, as typed (amounts are checked by :func:`terms_problems`)."""

    retained_percent: object = Decimal(70)
    basis: str = Basis.BILLED.value
    ik_excluded: bool = True
    pds_excluded: bool = True
    cap: object | None = None
    monthly_contribution: object | None = None
    free_months: int = 0
    salaried: bool = False
    note: str = ""


def terms_problems(terms: ContractTerms) -> dict[str, str]:
    problems: dict[str, str] = {}
    for field in ("retained_percent", "cap", "monthly_contribution"):
        value = getattr(terms, field)
        if value is None:
            continue
        try:
            amount = money(value)
        except ValueError:
            problems[field] = "not_a_number"
            continue
        if amount < 0 or (field == "retained_percent" and amount > HUNDRED):
            problems[field] = "percent_range" if field == "retained_percent" else "negative_amount"
    if terms.basis not in {b.value for b in Basis}:
        problems["basis"] = "not_a_choice"
    if not isinstance(terms.free_months, int) or not 0 <= terms.free_months <= 120:
        problems["free_months"] = "out_of_range"
    return problems


def apply_terms(row: ReplacementContract, terms: ContractTerms) -> None:
    row.retained_percent = money(terms.retained_percent)
    row.basis = Basis(terms.basis).value
    row.ik_excluded = terms.ik_excluded
    row.pds_excluded = terms.pds_excluded
    row.cap = None if terms.cap is None else money(terms.cap)
    row.monthly_contribution = None if terms.monthly_contribution is None else money(terms.monthly_contribution)
    row.free_months = terms.free_months
    row.salaried = terms.salaried
    row.note = terms.note.strip()


def ik_km(distance_km: int, *, mountain: bool) -> Decimal:
    """Kilometres billed for a home visit ``distance_km`` away (one way): (2d − 4) on the plain,
    (2d − 2) in the mountains; never negative."""
    return Decimal(max(0, 2 * distance_km - (2 if mountain else 4)))


# --- the split of one month's base -------------------------------------------------------------------

@dataclass(frozen=True)
class BaseAmounts:
    """The base of a retrocession: ordinary fees, and the excluded ones (IK, PDS)."""

    ordinary: Decimal = ZERO
    ik: Decimal = ZERO
    pds: Decimal = ZERO

    def __add__(self, other: "BaseAmounts") -> "BaseAmounts":
        return BaseAmounts(self.ordinary + other.ordinary, self.ik + other.ik, self.pds + other.pds)

    @property
    def total(self) -> Decimal:
        return self.ordinary + self.ik + self.pds


@dataclass(frozen=True)
class Split:
    """Who keeps what of a base: ``retrocession`` goes to the titular (or structure)."""

    replacement: Decimal
    retrocession: Decimal
    capped: bool = False


def split_base(base: BaseAmounts, *, retained_percent: Decimal, ik_excluded: bool, pds_excluded: bool,
               salaried: bool = False, cap: Decimal | None = None) -> Split:
    """Share a base: excluded amounts stay 100 % with the replacement, the rest at the contract's
    rate; a salaried doctor keeps nothing and owes nothing (the centre collects). The two parts
    always add up to the base, to the cent."""
    if salaried:
        return Split(ZERO, ZERO)
    shared = base.ordinary + (ZERO if ik_excluded else base.ik) + (ZERO if pds_excluded else base.pds)
    retro = shared - share(shared, retained_percent)
    capped = cap is not None and retro > cap
    if capped:
        retro = cap  # type: ignore[assignment]
    return Split(base.total - retro, retro, capped)


def received_base(billed: BaseAmounts, collected: Decimal) -> BaseAmounts:
    """The base on the "received" basis for one consultation: what was collected, spread over its
    parts in proportion of what was billed (the ordinary part takes the rounding)."""
    total = billed.total
    if total <= 0:
        return BaseAmounts()
    if collected >= total:
        return billed
    ik = (billed.ik * collected / total).quantize(CENT, rounding=ROUND_HALF_UP)
    pds = (billed.pds * collected / total).quantize(CENT, rounding=ROUND_HALF_UP)
    return BaseAmounts(collected - ik - pds, ik, pds)
