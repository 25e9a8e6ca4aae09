"""Fees views: entering a consultation's acts and payments, the practitioner's own takings, the
secretary's daily cash-up, tiers-payant receivables, the titular's overview and the accountant's
export."""

from .acts_dialog import ActsDialog, open_acts_dialog
from .page import FeesPage

__all__ = ["ActsDialog", "FeesPage", "open_acts_dialog"]
