"""Gaps: the parts of opening periods with fewer practitioners present than the site's minimum.
A sweep over the shift boundaries inside each opening period (pure)."""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from .calendar import Period


@dataclass(frozen=True)
class Presence:
    practitioner_id: uuid.UUID
    period: Period


@dataclass(frozen=True)
class Gap:
    period: Period
    present: int
    required: int

    @property
    def missing(self) -> int:
        return self.required - self.present


def find_gaps(opening: Iterable[Period], presences: Sequence[Presence], required: int) -> list[Gap]:
    """Gaps in each opening period; adjacent slices with the same head-count are merged."""
    ordered = sorted(presences, key=lambda p: p.period.start)
    gaps: list[Gap] = []
    active: list[Presence] = []  # started before the current window ends (windows are sorted)
    next_index = 0
    for window in sorted(opening):
        while next_index < len(ordered) and ordered[next_index].period.start < window.end:
            active.append(ordered[next_index])
            next_index += 1
        active = [p for p in active if p.period.end > window.start]
        inside = [p for p in active if p.period.overlaps(window)]
        cuts = {window.start, window.end}
        for p in inside:
            cuts.update(t for t in (p.period.start, p.period.end) if window.start < t < window.end)
        points = sorted(cuts)
        for start, end in zip(points, points[1:]):
            slice_ = Period(start, end)
            present = len({p.practitioner_id for p in inside if p.period.contains(slice_)})
            if present >= required:
                continue
            last = gaps[-1] if gaps else None
            if last and last.period.end == start and last.present == present:
                gaps[-1] = Gap(Period(last.period.start, end), present, required)
            else:
                gaps.append(Gap(slice_, present, required))
    return gaps
