"""The shared planning: week and month views per site, gaps, auto-fill, a practitioner's dates."""

from .data import load_week
from .page import PlanningPage, gap_count_ahead

__all__ = ["PlanningPage", "gap_count_ahead", "load_week"]
