"""Patients' records: identity and contacts now; clinical notes and handovers build on it.
No Qt here."""
