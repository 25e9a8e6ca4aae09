"""The book's rules as plain functions, with hypothesis for free time and first fit; and the
auto-fill solver's hard constraints on random instances."""

from __future__ import annotations

import uuid
from datetime import date, datetime, time, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from cabinet_app.appointments.rules import Booked, BookingFacts, check_booking, first_fit, free_periods
from cabinet_app.planning.autofill import Candidate, Slot, solve
from cabinet_app.planning.calendar import Period, at, covered

DAY = date(2031, 12, 1)
NOW = at(date(2030, 1, 1), time(0))
DOC, PAT = uuid.uuid4(), uuid.uuid4()


def m(minutes: int) -> datetime:
    return at(DAY, time(8)) + timedelta(minutes=minutes)


def facts(start, end, *, shifts=((0, 240),), doc=(), pat=(), overbook=False, now=NOW):
    return BookingFacts(
        period=Period(m(start), m(end)), practitioner_id=DOC, patient_id=PAT,
        shifts=tuple(Period(m(a), m(b)) for a, b in shifts),
        practitioner_booked=tuple(Booked(uuid.uuid4(), Period(m(a), m(b)), DOC, uuid.uuid4()) for a, b in doc),
        patient_booked=tuple(Booked(uuid.uuid4(), Period(m(a), m(b)), uuid.uuid4(), PAT, "Pôle mère") for a, b in pat),
        now=now, overbook=overbook)


def codes(report):
    return [v.code for v in report.refusals], [v.code for v in report.warnings]


def test_each_rule():
    assert codes(check_booking(facts(0, 15))) == ([], [])
    assert codes(check_booking(facts(230, 245)))[0] == ["outside_shift"]
    assert codes(check_booking(facts(0, 15, doc=[(10, 25)])))[0] == ["practitioner_booked"]
    assert codes(check_booking(facts(0, 15, doc=[(10, 25)], overbook=True)))[0] == []
    assert codes(check_booking(facts(0, 15, pat=[(5, 20)], overbook=True)))[0] == ["patient_booked"]
    assert codes(check_booking(facts(0, 15, now=m(60)))) == ([], ["in_the_past"])
    assert codes(check_booking(facts(15, 0)))[0] == ["end_before_start"]


intervals = st.lists(st.tuples(st.integers(0, 600), st.integers(5, 120)).map(lambda t: (t[0], t[0] + t[1])),
                     max_size=8)


@settings(max_examples=200, deadline=None)
@given(shifts=intervals, booked=intervals, duration=st.integers(5, 60), after=st.integers(0, 600))
def test_first_fit_is_free_inside_a_shift_and_earliest(shifts, booked, duration, after):
    shift_periods = [Period(m(a), m(b)) for a, b in shifts]
    booked_periods = [Period(m(a), m(b)) for a, b in booked]
    free = free_periods(shift_periods, booked_periods)
    slot = first_fit(free, timedelta(minutes=duration), not_before=m(after))
    for f in free:
        assert not any(f.overlaps(b) for b in booked_periods)
        assert covered(f, shift_periods)
    if slot is None:
        return
    assert slot.duration == timedelta(minutes=duration) and slot.start >= m(after)
    assert any(f.contains(slot) for f in free)
    assert not any(slot.overlaps(b) for b in booked_periods)


@st.composite
def instances(draw):
    sites = [uuid.uuid4() for _ in range(draw(st.integers(1, 3)))]
    people = [uuid.uuid4() for _ in range(draw(st.integers(1, 5)))]
    slots = []
    for day in range(draw(st.integers(1, 4))):
        for site in sites:
            for a, b in ((8, 12), (14, 19)):
                period = Period(at(DAY + timedelta(days=day), time(a)), at(DAY + timedelta(days=day), time(b)))
                slots.append(Slot(site, period, draw(st.integers(1, 2)), (2031, 49), draw(st.booleans())))
    candidates = [Candidate(p, i, draw(st.booleans())) for i in range(len(slots)) for p in people
                  if draw(st.booleans())]
    return slots, candidates


@settings(max_examples=40, deadline=None)
@given(instances())
def test_autofill_respects_its_hard_constraints(instance):
    slots, candidates = instance
    solution = solve(slots, candidates, time_limit=2.0)
    offered = {(c.practitioner_id, c.slot_index) for c in candidates}
    taken: dict[int, int] = {}
    by_person: dict[uuid.UUID, list[Period]] = {}
    for a in solution.assignments:
        index = slots.index(a.slot)
        assert (a.practitioner_id, index) in offered  # only where they said they could come
        taken[index] = taken.get(index, 0) + 1
        mine = by_person.setdefault(a.practitioner_id, [])
        assert not any(p.overlaps(a.slot.period) for p in mine)  # one place at a time
        mine.append(a.slot.period)
    assert all(count <= slots[i].need for i, count in taken.items())
    uncovered = {slots.index(u.slot): u.missing for u in solution.uncovered}
    for i, slot in enumerate(slots):
        assert taken.get(i, 0) + uncovered.get(i, 0) == slot.need  # every gap is covered or reported
