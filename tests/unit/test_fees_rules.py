"""The pure rules of fees: money is exact, shares add up to the cent, exclusions stay whole."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from cabinet_app.fees.model import BaseAmounts, ContractTerms, ik_km, money, received_base, split_base, terms_problems

cents = st.integers(min_value=0, max_value=5_000_000).map(lambda c: Decimal(c) / 100)
percents = st.integers(min_value=0, max_value=10_000).map(lambda c: Decimal(c) / 100)


@given(ordinary=cents, ik=cents, pds=cents, rate=percents, ik_excluded=st.booleans(), pds_excluded=st.booleans(),
       cap=st.none() | cents)
def test_a_split_adds_up_to_the_base_to_the_cent(ordinary, ik, pds, rate, ik_excluded, pds_excluded, cap):
    base = BaseAmounts(ordinary, ik, pds)
    part = split_base(base, retained_percent=rate, ik_excluded=ik_excluded, pds_excluded=pds_excluded, cap=cap)
    assert part.replacement + part.retrocession == base.total
    assert part.retrocession >= 0 and part.replacement >= 0
    assert part.retrocession == part.retrocession.quantize(Decimal("0.01"))
    if cap is not None:
        assert part.retrocession <= cap


@given(ordinary=cents, ik=cents, pds=cents, rate=percents)
def test_exclusions_go_whole_to_the_replacement(ordinary, ik, pds, rate):
    with_exclusions = split_base(BaseAmounts(ordinary, ik, pds), retained_percent=rate, ik_excluded=True,
                                 pds_excluded=True)
    ordinary_only = split_base(BaseAmounts(ordinary), retained_percent=rate, ik_excluded=True, pds_excluded=True)
    assert with_exclusions.retrocession == ordinary_only.retrocession
    assert with_exclusions.replacement == ordinary_only.replacement + ik + pds


@given(ordinary=cents, ik=cents, pds=cents, collected_share=st.integers(0, 120))
def test_the_received_base_spreads_what_was_collected(ordinary, ik, pds, collected_share):
    billed = BaseAmounts(ordinary, ik, pds)
    collected = money(billed.total * collected_share / 100)
    base = received_base(billed, collected)
    assert base.total == min(collected, billed.total) if billed.total > 0 else base.total == 0
    assert base.ik <= ik and base.pds <= pds


def test_salaried_doctors_owe_no_retrocession():
    part = split_base(BaseAmounts(Decimal("300.00")), retained_percent=Decimal(70), ik_excluded=True,
                      pds_excluded=True, salaried=True)
    assert part.retrocession == 0


@pytest.mark.parametrize("text", ["abc", "", "1e999999", "nan", "inf"])
def test_non_numeric_amounts_are_refused(text):
    with pytest.raises(ValueError):
        money(text)


def test_floats_are_refused_and_commas_accepted():
    with pytest.raises(ValueError):
        money(0.1)
    assert money("12,345") == Decimal("12.35")


def test_kilometric_allowance_distance():
    assert ik_km(10, mountain=False) == 16 and ik_km(10, mountain=True) == 18 and ik_km(1, mountain=False) == 0


def test_contract_terms_are_checked():
    assert terms_problems(ContractTerms(retained_percent="120")) == {"retained_percent": "percent_range"}
    assert terms_problems(ContractTerms(basis="maybe", cap="-1")) == {"basis": "not_a_choice", "cap": "negative_amount"}
