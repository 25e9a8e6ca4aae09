"""The continuity simulation of the handover issue: 52 weekly rotations through the real
services, some packs acknowledged late. Nothing is lost: every action item ends closed, or in
the latest pack and acknowledged, and every handover has its five I-PASS elements."""

from __future__ import annotations

from benchmarks.continuity_simulation import simulate


def test_a_year_of_rotations_loses_no_item(engine):
    figures = simulate(engine, weeks=52, seed=7)
    assert figures.handovers > 100 and figures.items > figures.handovers
    assert figures.late_acknowledgements > 0 and figures.escalated > 0  # the hard cases happened
    assert figures.closed + figures.open_at_end == figures.items
    assert figures.open_at_end_in_pack_and_acknowledged == figures.open_at_end
    assert figures.items_accounted_percent == 100.0
    assert figures.complete_handovers_percent == 100.0
