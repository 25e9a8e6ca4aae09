"""The rota through its services on a real SQLite file: every rule refuses or warns and saves
nothing, gaps appear and disappear, auto-fill proposes and never touches what was set by hand."""

from __future__ import annotations

from datetime import date, time, timedelta

import pytest

from cabinet_app.errors import PermissionDenied, PlanningRefused, PlanningWarning, ValidationError
from cabinet_app.planning.calendar import WeeklyHours, at
from cabinet_app.planning.model import ShiftSource, ShiftStatus
from cabinet_app.planning.proposals import apply_proposal, propose_rota
from cabinet_app.planning.rota_services import (
    PatternInput,
    ShiftInput,
    add_availability,
    add_closure,
    add_contract,
    cancel_shift,
    create_pattern,
    create_shift,
    list_gaps,
    list_shifts,
    move_shift,
    set_opening_hours,
)

MONDAY = date(2026, 11, 30)


def half_day(day, afternoon=False):
    return (at(day, time(14)), at(day, time(19))) if afternoon else (at(day, time(8)), at(day, time(12)))


def shift(cabinet, who, day=MONDAY, afternoon=False, site=None, on_call=False):
    start, end = half_day(day, afternoon)
    return ShiftInput(site_id=site or cabinet.site_id, practitioner_id=who, starts_at=start, ends_at=end,
                      on_call=on_call)


@pytest.fixture
def rota(cabinet):
    with cabinet.uow("secretaire") as uow:
        add_contract(uow, practitioner_id=cabinet.replacement_id, starts_on=MONDAY - timedelta(days=7),
                     ends_on=MONDAY + timedelta(days=60))
        uow.commit()
    return cabinet


def _refusals(exc):
    return [v.code for v in exc.value.violations]


def test_a_titular_covers_a_half_day(rota):
    with rota.uow("secretaire") as uow:
        created = create_shift(uow, shift(rota, rota.titular_id)).value
        uow.commit()
    assert created.status is ShiftStatus.ACTIVE and created.site_name == "Cabinet secondaire de Nieul"


def test_two_places_at_once_are_refused_and_nothing_is_saved(rota):
    with rota.uow("secretaire") as uow:
        create_shift(uow, shift(rota, rota.titular_id, site=rota.parent_id))
        uow.commit()
    with rota.uow("secretaire") as uow, pytest.raises(PlanningRefused) as caught:
        create_shift(uow, shift(rota, rota.titular_id))
    assert _refusals(caught) == ["overlap"]
    assert caught.value.violations[0].data["site"] == "Pôle mère de la Roche"
    with rota.uow("secretaire") as uow:
        start, end = half_day(MONDAY)
        assert len(list_shifts(uow, start=start, end=end)) == 1


def test_closed_days_and_end_before_start(rota):
    with rota.uow("secretaire") as uow:
        with pytest.raises(PlanningRefused) as caught:
            create_shift(uow, shift(rota, rota.titular_id, day=date(2026, 12, 25)))
        assert _refusals(caught) == ["closed_day"]
        start, end = half_day(MONDAY)
        with pytest.raises(PlanningRefused) as caught:
            create_shift(uow, ShiftInput(rota.site_id, rota.titular_id, end, start))
        assert _refusals(caught) == ["end_before_start"]


def test_outside_opening_hours_needs_confirmation(rota):
    data = ShiftInput(rota.site_id, rota.titular_id, at(MONDAY, time(18)), at(MONDAY, time(21)))
    with rota.uow("secretaire") as uow:
        with pytest.raises(PlanningWarning):
            create_shift(uow, data)
        assert create_shift(uow, data, accept_warnings=True).value


def test_replacements_need_a_contract_and_interns_a_supervisor(rota):
    with rota.uow("secretaire") as uow:
        with pytest.raises(PlanningRefused) as caught:
            create_shift(uow, shift(rota, rota.replacement_id, day=MONDAY + timedelta(days=91)))
        assert _refusals(caught) == ["no_contract"]
        assert create_shift(uow, shift(rota, rota.replacement_id)).value
        with pytest.raises(PlanningRefused) as caught:
            create_shift(uow, shift(rota, rota.intern_id, afternoon=True))
        assert _refusals(caught) == ["no_supervisor"]
        create_shift(uow, shift(rota, rota.titular_id, afternoon=True, site=rota.parent_id, on_call=True))
        assert create_shift(uow, shift(rota, rota.intern_id, afternoon=True)).value


def test_move_shorten_and_cancel_keep_a_trace(rota):
    with rota.uow("secretaire") as uow:
        created = create_shift(uow, shift(rota, rota.titular_id)).value
        moved = move_shift(uow, created.id, starts_at=at(MONDAY, time(9)), ends_at=at(MONDAY, time(11)),
                           expected_version=created.row_version).value
        assert (moved.starts_at, moved.row_version) == (at(MONDAY, time(9)), 2)
        with pytest.raises(ValidationError):
            cancel_shift(uow, created.id, reason=" ")
        cancelled = cancel_shift(uow, created.id, reason="Malade").value
        uow.commit()
    assert cancelled.status is ShiftStatus.CANCELLED
    with rota.uow("secretaire") as uow:
        start, end = half_day(MONDAY)
        assert list_shifts(uow, start=start, end=end) == []
        (kept,) = list_shifts(uow, start=start, end=end, include_cancelled=True)
        assert kept.cancel_reason == "Malade"


def test_gaps_list_every_uncovered_opening_period(rota):
    with rota.uow("secretaire") as uow:
        gaps = list_gaps(uow, first=MONDAY, last=MONDAY + timedelta(days=6), site_ids=[rota.site_id])
        assert len(gaps) == 11  # 5 × 2 half-days + Saturday morning
        create_shift(uow, shift(rota, rota.titular_id))
        gaps = list_gaps(uow, first=MONDAY, last=MONDAY + timedelta(days=6), site_ids=[rota.site_id])
        assert len(gaps) == 10


def test_opening_hours_and_closures_change_the_gaps(rota):
    with rota.uow("secretaire") as uow:
        set_opening_hours(uow, rota.site_id, [WeeklyHours(1, time(14), time(18))])  # Tuesday afternoons
        add_closure(uow, rota.site_id, first_day=MONDAY + timedelta(days=8), last_day=MONDAY + timedelta(days=8),
                    reason="Congés")
        gaps = list_gaps(uow, first=MONDAY, last=MONDAY + timedelta(days=13), site_ids=[rota.site_id])
    assert [g.start for g in gaps] == [at(MONDAY + timedelta(days=1), time(14))]


def test_a_recurring_pattern_generates_its_shifts_all_or_nothing(rota):
    pattern = PatternInput(site_id=rota.site_id, practitioner_id=rota.titular_id, weekday=1,
                           starts=time(14), ends=time(19), first_day=MONDAY, last_day=MONDAY + timedelta(days=27),
                           every_n_weeks=2)
    with rota.uow("secretaire") as uow:
        created = create_pattern(uow, pattern).value
        uow.commit()
    assert [s.starts_at.date() for s in created] == [MONDAY + timedelta(days=1), MONDAY + timedelta(days=15)]
    assert {s.source for s in created} == {ShiftSource.PATTERN}
    with rota.uow("secretaire") as uow, pytest.raises(PlanningRefused):
        create_pattern(uow, pattern)


def test_the_secretary_plans_but_a_replacement_does_not(rota):
    with rota.uow("dr.petit") as uow, pytest.raises(PermissionDenied):
        create_shift(uow, shift(rota, rota.replacement_id))
    with rota.uow("dr.petit") as uow:  # but enters their own availability
        start, end = half_day(MONDAY)
        assert add_availability(uow, practitioner_id=rota.replacement_id, starts_at=start, ends_at=end).value
        with pytest.raises(PermissionDenied):
            add_availability(uow, practitioner_id=rota.titular_id, starts_at=start, ends_at=end)


def test_autofill_covers_gaps_from_availabilities_and_keeps_manual_shifts(rota):
    week_end = MONDAY + timedelta(days=5)
    with rota.uow("secretaire") as uow:
        manual = create_shift(uow, shift(rota, rota.titular_id)).value
        add_availability(uow, practitioner_id=rota.replacement_id, starts_at=at(MONDAY, time(0)),
                         ends_at=at(week_end, time(23)))
        uow.commit()
    with rota.uow("secretaire") as uow:
        proposal = propose_rota(uow, site_ids=[rota.site_id], first=MONDAY, last=week_end)
    assert proposal.status == "OPTIMAL"
    assert len(proposal.shifts) == 10 and {s.practitioner_id for s in proposal.shifts} == {rota.replacement_id}
    assert proposal.uncovered == ()
    with rota.uow("secretaire") as uow:
        apply_proposal(uow, proposal.shifts)
        uow.commit()
    with rota.uow("secretaire") as uow:
        assert list_gaps(uow, first=MONDAY, last=week_end, site_ids=[rota.site_id]) == []
        mine = list_shifts(uow, start=at(MONDAY, time(0)), end=at(week_end, time(23)),
                           practitioner_ids=[rota.titular_id])
    assert [s.id for s in mine] == [manual.id]


def test_autofill_says_why_a_gap_stays(rota):
    with rota.uow("secretaire") as uow:
        add_availability(uow, practitioner_id=rota.intern_id, starts_at=at(MONDAY, time(0)),
                         ends_at=at(MONDAY, time(23)))
        proposal = propose_rota(uow, site_ids=[rota.site_id], first=MONDAY, last=MONDAY)
    assert proposal.shifts == ()
    assert [u.reasons for u in proposal.uncovered] == [("no_supervisor",), ("no_supervisor",)]


def test_site_options_closures_and_their_removal(rota):
    from cabinet_app.planning.rota_services import list_closures, remove_closure
    from cabinet_app.planning.services import SiteInput, get_site, update_site

    with rota.uow("secretaire") as uow:
        site = get_site(uow, rota.site_id)
        update_site(uow, rota.site_id, SiteInput(name=site.name, kind=site.kind, min_practitioners=2,
                                                 alsace_moselle=True, works_by_week=True))
        add_closure(uow, rota.site_id, first_day=MONDAY, last_day=MONDAY + timedelta(days=4), reason="Congés")
        with pytest.raises(ValidationError):
            update_site(uow, rota.site_id, SiteInput(name="", min_practitioners=0))
        uow.commit()
    with rota.uow("secretaire") as uow:
        assert (get_site(uow, rota.site_id).min_practitioners, get_site(uow, rota.site_id).alsace_moselle) == (2, True)
        (closure,) = list_closures(uow, rota.site_id)
        assert list_gaps(uow, first=MONDAY, last=MONDAY + timedelta(days=4), site_ids=[rota.site_id]) == []
        remove_closure(uow, closure.id)
        assert len(list_gaps(uow, first=MONDAY, last=MONDAY, site_ids=[rota.site_id])) == 2
    with rota.uow("dr.petit") as uow, pytest.raises(PermissionDenied):
        update_site(uow, rota.site_id, SiteInput(name="x"))
