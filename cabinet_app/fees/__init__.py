"""Fees and retrocession: replacement contracts (their dates are what the planning needs today).
No Qt here."""
