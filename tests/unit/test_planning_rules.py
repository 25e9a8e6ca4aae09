"""The rota's rules as plain functions: calendars, holidays, overlaps, supervision, contracts,
gaps (hypothesis where cases are many)."""

from __future__ import annotations

import uuid
from datetime import date, datetime, time, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from cabinet_app.clock import PARIS
from cabinet_app.planning.calendar import DEFAULT_HOURS, Period, SiteCalendar, at, merge, outside, public_holidays
from cabinet_app.planning.gaps import Presence, find_gaps
from cabinet_app.planning.model import PractitionerStatus
from cabinet_app.planning.rules import BusyElsewhere, ShiftFacts, check_shift

CAL = SiteCalendar(DEFAULT_HOURS)
MONDAY = date(2026, 11, 30)


def p(day: date, start: int, end: int) -> Period:
    return Period(at(day, time(start)), at(day, time(end)))


def facts(period, status=PractitionerStatus.TITULAR, **kw) -> ShiftFacts:
    return ShiftFacts(period=period, on_call=kw.pop("on_call", False), status=status, site_calendar=CAL, **kw)


def codes(report):
    return [v.code for v in report.refusals], [v.code for v in report.warnings]


def test_french_holidays_come_from_the_library_with_alsace_moselle_as_an_option():
    plain = public_holidays(2026)
    alsace = public_holidays(2026, alsace_moselle=True)
    assert date(2026, 4, 6) in plain  # Easter Monday
    assert date(2026, 5, 14) in plain  # Ascension
    assert date(2026, 5, 25) in plain  # Whit Monday
    assert date(2026, 4, 3) not in plain and date(2026, 4, 3) in alsace  # Good Friday
    assert date(2026, 12, 26) not in plain and date(2026, 12, 26) in alsace
    assert len(plain) == 11


def test_default_opening_hours_and_closed_days():
    assert CAL.periods_on(MONDAY) == [p(MONDAY, 8, 12), p(MONDAY, 14, 19)]
    assert CAL.periods_on(MONDAY + timedelta(days=5)) == [p(MONDAY + timedelta(days=5), 8, 12)]
    assert CAL.closed_reason(MONDAY + timedelta(days=6)) == "weekday_closed"
    assert CAL.closed_reason(date(2026, 12, 25)) == "holiday:Noël"
    closed = SiteCalendar(DEFAULT_HOURS, closures=((MONDAY, MONDAY, "travaux"),))
    assert closed.closed_reason(MONDAY) == "closure:travaux"


def test_opening_hours_follow_paris_summer_time():
    summer, winter = at(date(2026, 7, 1), time(8)), at(date(2026, 12, 1), time(8))
    assert summer.utcoffset() == timedelta(hours=2) and winter.utcoffset() == timedelta(hours=1)


def test_a_half_day_inside_opening_hours_is_fine():
    assert codes(check_shift(facts(p(MONDAY, 8, 12)))) == ([], [])


def test_end_before_start_and_closed_days_are_refused():
    assert codes(check_shift(facts(Period(at(MONDAY, time(12)), at(MONDAY, time(8))))))[0] == ["end_before_start"]
    assert codes(check_shift(facts(p(date(2026, 12, 25), 8, 12))))[0] == ["closed_day"]
    assert codes(check_shift(facts(p(MONDAY + timedelta(days=6), 8, 12))))[0] == ["closed_day"]


def test_outside_opening_hours_is_a_warning():
    assert codes(check_shift(facts(p(MONDAY, 7, 12)))) == ([], ["outside_opening_hours"])
    assert codes(check_shift(facts(p(MONDAY, 12, 14)))) == ([], ["outside_opening_hours"])


def test_a_whole_week_rotation_is_accepted():
    week = Period(at(MONDAY, time(8)), at(MONDAY + timedelta(days=5), time(12)))
    refusals, warnings = codes(check_shift(facts(week)))
    assert refusals == [] and warnings == ["outside_opening_hours"]  # nights are outside hours


def test_nobody_is_in_two_places_at_once():
    other = BusyElsewhere(uuid.uuid4(), "Pôle mère", p(MONDAY, 10, 12))
    assert codes(check_shift(facts(p(MONDAY, 8, 12), others=(other,))))[0] == ["overlap"]
    assert codes(check_shift(facts(p(MONDAY, 14, 19), others=(other,))))[0] == []


def test_an_intern_needs_a_supervisor_reachable_for_the_whole_shift():
    intern = PractitionerStatus.INTERN
    assert codes(check_shift(facts(p(MONDAY, 8, 12), status=intern)))[0] == ["no_supervisor"]
    partly = (p(MONDAY, 8, 10),)
    assert codes(check_shift(facts(p(MONDAY, 8, 12), status=intern, supervision=partly)))[0] == ["no_supervisor"]
    pieces = (p(MONDAY, 7, 10), p(MONDAY, 10, 13))
    assert codes(check_shift(facts(p(MONDAY, 8, 12), status=intern, supervision=pieces)))[0] == []


def test_a_replacement_works_inside_an_active_contract():
    repl = PractitionerStatus.REPLACEMENT
    assert codes(check_shift(facts(p(MONDAY, 8, 12), status=repl)))[0] == ["no_contract"]
    contract = ((MONDAY - timedelta(days=30), MONDAY),)
    assert codes(check_shift(facts(p(MONDAY, 8, 12), status=repl, contracts=contract)))[0] == []
    ended = ((MONDAY - timedelta(days=30), MONDAY - timedelta(days=1)),)
    assert codes(check_shift(facts(p(MONDAY, 8, 12), status=repl, contracts=ended)))[0] == ["no_contract"]


def test_gaps_are_the_uncovered_parts_of_opening_periods():
    opening = CAL.periods_on(MONDAY)
    alice, bob = uuid.uuid4(), uuid.uuid4()
    gaps = find_gaps(opening, [Presence(alice, p(MONDAY, 8, 10))], required=1)
    assert [(g.period, g.present) for g in gaps] == [(p(MONDAY, 10, 12), 0), (p(MONDAY, 14, 19), 0)]
    never_alone = find_gaps(opening, [Presence(alice, p(MONDAY, 8, 19)), Presence(bob, p(MONDAY, 14, 16))],
                            required=2)
    assert [(g.period, g.present) for g in never_alone] == [(p(MONDAY, 8, 12), 1), (p(MONDAY, 16, 19), 1)]


hours = st.integers(min_value=6, max_value=21)


@st.composite
def presences(draw):
    people = [uuid.uuid4() for _ in range(3)]
    items = []
    for _ in range(draw(st.integers(0, 6))):
        a, b = sorted(draw(st.lists(hours, min_size=2, max_size=2, unique=True)))
        items.append(Presence(draw(st.sampled_from(people)), p(MONDAY, a, b)))
    return items


@settings(max_examples=200, deadline=None)
@given(items=presences(), required=st.integers(1, 3))
def test_gaps_agree_with_a_minute_by_minute_count(items, required):
    opening = CAL.periods_on(MONDAY)
    gaps = find_gaps(opening, items, required)
    for window in opening:
        moment = window.start
        while moment < window.end:
            present = len({i.practitioner_id for i in items if i.period.start <= moment < i.period.end})
            in_gap = any(g.period.start <= moment < g.period.end for g in gaps)
            assert in_gap == (present < required), moment
            moment += timedelta(minutes=30)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(hours, hours), max_size=6), st.tuples(hours, hours))
def test_outside_and_merge_partition_a_period(pairs, target):
    allowed = [p(MONDAY, a, b) for a, b in pairs if a < b]
    a, b = target
    if a >= b:
        return
    period = p(MONDAY, a, b)
    rest = outside(period, allowed)
    inside = sum(((min(m.end, period.end) - max(m.start, period.start)) for m in merge(allowed)
                  if m.overlaps(period)), timedelta())
    assert sum((r.duration for r in rest), timedelta()) + inside == period.duration


def test_datetimes_are_aware_in_paris():
    assert at(MONDAY, time(8)).tzinfo is PARIS
    assert isinstance(at(MONDAY, time(8)), datetime)


def test_an_intern_on_call_needs_a_supervisor_reachable_too():
    night = Period(at(MONDAY, time(20)), at(MONDAY + timedelta(days=1), time(8)))
    refusals, _ = codes(check_shift(facts(night, status=PractitionerStatus.INTERN, on_call=True)))
    assert refusals == ["no_supervisor"]
