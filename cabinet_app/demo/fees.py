"""The demo cabinet's fees: the financial terms of every kind of contract, the acts and payments
of every consultation seen (through the fees services, in bulk), tiers payant mostly received a
few days later, some late and some rejected, and the retrocessions of the first months settled.

Contracts (with Dr Bernard, or the structure): 70 % kept on what is billed (Petit, Moreau,
Fontaine), 80 % on what is received (Girard, Chevalier, Rousseau), 100 % for Dr Lemoine (an
intern holding a replacement licence), a CPTS-style fixed contribution after six free months
(Guérin), and Dr Benali salaried by the centre (no retrocession).
"""

from __future__ import annotations

import random
import uuid
from datetime import date, time, timedelta
from decimal import Decimal

from ..appointments.model import AppointmentStatus
from ..clock import PARIS
from ..db import UnitOfWork, new_id
from ..fees.model import ContractTerms, EntryKind, money
from ..fees.services import ActInput, ConsultationInput, PaymentInput, record_consultations, set_contract_terms
from ..fees.statement import settle_statement
from ..planning.calendar import at
from ..planning.rota_services import add_contract

TERMS = {
    "dr.petit": ContractTerms(retained_percent=Decimal(70)),
    "dr.moreau": ContractTerms(retained_percent=Decimal(70)),
    "dr.fontaine": ContractTerms(retained_percent=Decimal(70), cap=Decimal(2500)),
    "dr.girard": ContractTerms(retained_percent=Decimal(80), basis="received"),
    "dr.chevalier": ContractTerms(retained_percent=Decimal(80), basis="received"),
    "dr.rousseau": ContractTerms(retained_percent=Decimal(80), basis="received"),
    "dr.lemoine": ContractTerms(retained_percent=Decimal(100),
                                note="Interne titulaire d'une licence de remplacement : 100 %."),
    "dr.guerin": ContractTerms(retained_percent=Decimal(100), monthly_contribution=Decimal(300), free_months=6,
                               note="Modèle CPTS : redevance forfaitaire après six mois gratuits."),
}
SETTLED = ("dr.petit", "dr.moreau", "dr.girard", "dr.chevalier")


def build_demo_fees(uow: UnitOfWork, *, practitioner_ids: dict[str, uuid.UUID], today: date, seed: int) -> int:
    """Terms, a consultation's entries for each appointment seen, tiers payant reconciled; returns
    the number of consultations."""
    rng = random.Random(seed + 5)
    first = today - timedelta(days=365)
    for login, terms in TERMS.items():
        for contract in uow.fees.contracts(practitioner_ids[login], first=first, last=today):
            set_contract_terms(uow, contract.id, terms)
    add_contract(uow, practitioner_id=practitioner_ids["dr.benali"], starts_on=first, ends_on=today + timedelta(days=365),
                 terms=ContractTerms(retained_percent=Decimal(0), salaried=True, note="Salariée du centre de santé."))
    seen = uow.appointments.between(start=at(first, time(0)), end=at(today, time(0)),
                                    statuses=[AppointmentStatus.SEEN])
    births = {p.id: p.birth_date for p in uow.patients.by_ids({a.patient_id for a in seen}).values()}
    items = [_consultation(a, births.get(a.patient_id), rng) for a in seen]
    record_consultations(uow, items)
    _reconcile(uow, today, rng)
    _settle(uow, practitioner_ids, today)
    return len(items)


def _consultation(appointment, birth: date | None, rng: random.Random) -> ConsultationInput:  # noqa: ANN001
    day = appointment.starts_at.astimezone(PARIS).date()
    acts: list[ActInput | str] = ["G"]
    draw = rng.random()
    if draw < 0.05:
        acts = ["VG", "MD", ActInput("IK", distance_km=rng.randint(3, 14))]
    elif draw < 0.07:
        acts = ["TCG"]
    if birth is not None and (day - birth).days < 6 * 365 and acts == ["G"]:
        acts.append("MEG")
    if day.weekday() == 5 and appointment.starts_at.astimezone(PARIS).hour >= 12 and rng.random() < 0.5:
        acts = ["VRS"]
    billed = sum((_price(a) for a in acts), Decimal(0))  # checked again by the service
    return ConsultationInput(appointment.practitioner_id, appointment.site_id, appointment.patient_id, day,
                             tuple(acts), _payments(billed, rng))


def _price(act: ActInput | str) -> Decimal:
    prices = {"G": Decimal(30), "VG": Decimal(30), "MD": Decimal(10), "TCG": Decimal(25), "MEG": Decimal(5),
              "VRS": Decimal(30)}
    if isinstance(act, str):
        return prices[act]
    return money(Decimal("0.61") * max(0, 2 * (act.distance_km or 0) - 4))


def _payments(billed: Decimal, rng: random.Random) -> tuple[PaymentInput, ...]:
    draw = rng.random()
    if draw < 0.45:  # full tiers payant: the Assurance Maladie and the complementary insurer
        amo = money(billed * Decimal("0.7"))
        return PaymentInput("amo", amo), PaymentInput("amc", billed - amo)
    if draw < 0.65:  # AMO only (ALD, CSS…): the patient pays nothing
        return (PaymentInput("amo", billed),)
    method = rng.choices(["card", "cheque", "cash"], weights=[6, 2, 2])[0]
    return (PaymentInput("patient", billed, method),)


def _reconcile(uow: UnitOfWork, today: date, rng: random.Random) -> None:
    """Insurers pay within days; a few pay late (still expected after 30 days), a few reject."""
    rows = []
    for e in uow.fees.entries(last=today - timedelta(days=3), kinds=[EntryKind.TP_EXPECTED]):
        draw = rng.random()
        if draw < 0.04:
            continue  # late: still expected
        paid_on = e.day + timedelta(days=rng.randint(2, 12))
        if paid_on > today:
            continue
        rejected = draw < 0.07
        rows.append(dict(id=new_id(), consultation_id=e.consultation_id, practitioner_id=e.practitioner_id,
                         site_id=e.site_id, patient_id=e.patient_id, day=paid_on,
                         kind=EntryKind.TP_REJECTED if rejected else EntryKind.TP_RECEIVED, code="", exclusion="",
                         quantity=Decimal(1), amount=e.amount, payer=e.payer, method="" if rejected else "transfer",
                         expected_id=e.id, label="Rejet : droits non ouverts" if rejected else "Tiers payant reçu",
                         origin_site_id=uow.actor.site_id, created_by=uow.actor.user_id))
    uow.fees.add_entries(rows)


def _settle(uow: UnitOfWork, practitioner_ids: dict[str, uuid.UUID], today: date) -> None:
    """The first three full months of the past half-year are settled for the Nieul replacements."""
    month = (today.replace(day=1) - timedelta(days=170)).replace(day=1)
    for _ in range(3):
        following = (month + timedelta(days=32)).replace(day=1)
        for login in SETTLED:
            settle_statement(uow, practitioner_id=practitioner_ids[login], first=month,
                             last=following - timedelta(days=1), day=following + timedelta(days=9))
        month = following
