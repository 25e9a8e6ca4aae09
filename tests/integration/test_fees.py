"""Fees through their services on a real SQLite file (and the ledger's guard on PostgreSQL):
balanced consultations or nothing saved, tariffs by date, tiers payant, statements, settlements."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

import pytest
from sqlalchemy import exc as sa_exc
from sqlalchemy import text

from cabinet_app.errors import ValidationError
from cabinet_app.fees.exports import accountant_csv, das2_payees
from cabinet_app.fees.model import ContractTerms, EntryKind
from cabinet_app.fees.services import (
    ActInput, ConsultationInput, PaymentInput, add_tariff, correct_consultation, list_receivables,
    receive_tiers_payant, record_consultation, reconcile_period, reject_tiers_payant,
)
from cabinet_app.fees.statement import build_statement, settle_statement
from cabinet_app.migrations import upgrade
from cabinet_app.planning.rota_services import add_contract
from tests.conftest import build_small_cabinet

JUNE = date(2026, 6, 1)
END = date(2026, 6, 30)


def contract(cabinet, **terms):
    with cabinet.uow("secretaire") as uow:
        add_contract(uow, practitioner_id=cabinet.replacement_id, titular_id=cabinet.titular_id, starts_on=JUNE,
                     ends_on=END, terms=ContractTerms(**terms))
        uow.commit()


def consult(cabinet, *payments, acts=("G",), day=JUNE):
    with cabinet.uow("secretaire") as uow:
        info = record_consultation(uow, ConsultationInput(cabinet.replacement_id, cabinet.site_id,
                                                          cabinet.patient_ids[0], day, tuple(acts),
                                                          tuple(payments))).value
        uow.commit()
    return info


def ledger_count(cabinet):
    with cabinet.uow("secretaire") as uow:
        return len(uow.fees.entries())


def statement(cabinet, first=JUNE, last=END):
    with cabinet.uow("secretaire") as uow:
        return build_statement(uow, practitioner_id=cabinet.replacement_id, first=first, last=last)


def test_a_consultation_balances_and_keeps_the_tariff_of_its_date(cabinet):
    info = consult(cabinet, PaymentInput("patient", "9", "card"), PaymentInput("amo", "21"))
    assert (info.billed, info.paid, info.expected) == (Decimal("30.00"), Decimal("9.00"), Decimal("21.00"))
    old = consult(cabinet, PaymentInput("patient", "26.50", "cash"), day=date(2024, 6, 3))
    assert old.billed == Decimal("26.50")


@pytest.mark.parametrize(("acts", "payments", "problem"), [
    (("G",), (PaymentInput("patient", "31", "card"),), ("payments", "overpaid")),
    (("G",), (PaymentInput("patient", "-5", "card"), PaymentInput("amo", "35")), ("payments[0].amount", "negative_amount")),
    (("G",), (PaymentInput("patient", "trente", "card"),), ("payments[0].amount", "not_a_number")),
    (("GL",), (PaymentInput("patient", "60", "card"),), ("codes[0].code", "unknown_code")),  # GL from 2026
    (("ZZZ",), (PaymentInput("patient", "30", "card"),), ("codes[0].code", "unknown_code")),
    (("G",), (PaymentInput("patient", "10", "card"),), ("payments", "unbalanced")),
    (("VG", ActInput("IK")), (PaymentInput("patient", "30", "card"),), ("codes[1].distance_km", "distance_required")),
])
def test_bad_input_is_refused_and_nothing_saved(cabinet, acts, payments, problem):
    with pytest.raises(ValidationError) as refused:
        consult(cabinet, *payments, acts=acts, day=date(2025, 6, 2))
    assert refused.value.problems[problem[0]] == problem[1]
    assert ledger_count(cabinet) == 0


def test_a_tariff_change_mid_period_applies_by_act_date(cabinet):
    contract(cabinet)
    with cabinet.uow("admin") as uow:
        add_tariff(uow, code="G", label="Consultation", kind="act", amount="32", effective_from=date(2026, 6, 15))
        uow.commit()
    before = consult(cabinet, PaymentInput("patient", "30", "card"), day=date(2026, 6, 14))
    after = consult(cabinet, PaymentInput("patient", "32", "card"), day=date(2026, 6, 15))
    assert (before.billed, after.billed) == (Decimal("30.00"), Decimal("32.00"))
    assert statement(cabinet).billed == Decimal("62.00")
    with cabinet.uow("admin") as uow, pytest.raises(ValidationError):
        add_tariff(uow, code="G", label="Consultation", kind="act", amount="31", effective_from=date(2026, 6, 1))


def test_received_basis_follows_late_tiers_payant_billed_does_not(cabinet):
    contract(cabinet, retained_percent=Decimal(70), basis="received")
    consult(cabinet, PaymentInput("amo", "30"), day=date(2026, 6, 2))
    with cabinet.uow("secretaire") as uow:
        (owed,) = list_receivables(uow, overdue_days=30, today=date(2026, 7, 10))
    before = statement(cabinet)
    assert before.retrocession == 0 and before.tp_outstanding == Decimal("30.00")
    with cabinet.uow("secretaire") as uow:
        receive_tiers_payant(uow, owed.entry_id, amount="30", day=date(2026, 7, 20))
        uow.commit()
    after = statement(cabinet)
    assert after.retrocession == Decimal("9.00") and after.collected == Decimal("30.00")
    with cabinet.uow("secretaire") as uow:
        uow.fees.contract(after.contract_id).basis = "billed"
        uow.commit()
    assert statement(cabinet).retrocession == Decimal("9.00")  # billed: the same before and after


def test_receivables_partial_rejected_and_reconciliation(cabinet):
    consult(cabinet, PaymentInput("amo", "21"), PaymentInput("amc", "9"), day=date(2026, 6, 2))
    with cabinet.uow("secretaire") as uow:
        amc, amo = sorted(list_receivables(uow), key=lambda r: r.payer.value)
        receive_tiers_payant(uow, amo.entry_id, amount="10", day=date(2026, 6, 12))
        with pytest.raises(ValidationError):
            receive_tiers_payant(uow, amo.entry_id, amount="12", day=date(2026, 6, 12))
        reject_tiers_payant(uow, amc.entry_id, day=date(2026, 6, 12), reason="Droits fermés")
        uow.commit()
    with cabinet.uow("secretaire") as uow:
        states = {r.payer.value: r.status for r in list_receivables(uow)}
        rows = {r.payer.value: r for r in reconcile_period(uow, first=JUNE, last=END)}
    assert states == {"amo": "partial", "amc": "rejected"}
    assert rows["amo"].outstanding == Decimal("11.00") and rows["amc"].rejected == Decimal("9.00")


def test_a_correction_is_a_reversal_plus_a_new_entry(cabinet):
    contract(cabinet)
    wrong = consult(cabinet, PaymentInput("patient", "30", "card"), day=date(2026, 6, 3))
    with cabinet.uow("secretaire") as uow:
        correct_consultation(uow, wrong.consultation_id, ConsultationInput(
            cabinet.replacement_id, cabinet.site_id, cabinet.patient_ids[0], date(2026, 6, 3), ("G", "MEG"),
            (PaymentInput("patient", "35", "cash"),)))
        uow.commit()
    with cabinet.uow("secretaire") as uow:
        entries = uow.fees.entries()
        assert len(entries) == 7 and sum(1 for e in entries if e.reverses_id) == 2
    assert statement(cabinet).billed == Decimal("35.00")


def test_statement_shares_exclusions_settles_once(cabinet):
    contract(cabinet, retained_percent=Decimal(70))
    consult(cabinet, PaymentInput("patient", "49.76", "card"), acts=("VG", "MD", ActInput("IK", 10)),
            day=date(2026, 6, 4))
    st = statement(cabinet)
    assert st.base.ik == Decimal("9.76") and st.retrocession == Decimal("12.00")  # 30 % of 40 €, IK excluded
    with cabinet.uow("secretaire") as uow:
        settle_statement(uow, practitioner_id=cabinet.replacement_id, first=JUNE, last=END, day=date(2026, 7, 5))
        uow.commit()
    assert statement(cabinet).balance == 0
    with cabinet.uow("secretaire") as uow, pytest.raises(ValidationError) as twice:
        settle_statement(uow, practitioner_id=cabinet.replacement_id, first=date(2026, 6, 15), last=END)
    assert twice.value.problems == {"period": "already_settled"}
    with cabinet.uow("secretaire") as uow:
        assert das2_payees(uow, year=2026)[0].total == Decimal("12.00")
        csv_text = accountant_csv(uow, first=JUNE, last=date(2026, 7, 31)).decode("utf-8-sig")
    assert "Rétrocession" in csv_text and "49,76" in csv_text


def test_a_period_without_contract_is_refused(cabinet):
    with cabinet.uow("secretaire") as uow, pytest.raises(ValidationError) as refused:
        build_statement(uow, practitioner_id=cabinet.replacement_id, first=JUNE, last=END)
    assert refused.value.problems == {"period": "no_contract_in_period"}
    contract(cabinet)
    with cabinet.uow("secretaire") as uow, pytest.raises(ValidationError) as overlap:
        add_contract(uow, practitioner_id=cabinet.replacement_id, titular_id=cabinet.titular_id,
                     starts_on=END, ends_on=END + timedelta(days=3))
    assert overlap.value.problems == {"starts_on": "contract_overlap"}


@pytest.fixture(params=["sqlite", "postgresql"])
def any_cabinet(request, engine):
    if request.param == "sqlite":
        return build_small_cabinet(engine)
    pg = request.getfixturevalue("pg_engine")
    upgrade(pg)
    return build_small_cabinet(pg)


def test_the_ledger_is_append_only_in_the_database(any_cabinet):
    consult(any_cabinet, PaymentInput("patient", "30", "card"))
    engine = any_cabinet.engine
    for statement_text in ("UPDATE fee_ledger SET amount = 0", "DELETE FROM fee_ledger"):
        with pytest.raises(sa_exc.DatabaseError, match="append-only"):
            with engine.begin() as conn:
                conn.execute(text(statement_text))
    with any_cabinet.uow("secretaire") as uow:
        assert {e.kind for e in uow.fees.entries()} == {EntryKind.ACT, EntryKind.PAYMENT}
        assert len(uow.fees.tariffs()) >= 25
