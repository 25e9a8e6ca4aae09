"""The appointment book: the day's book per site, booking, moving, cancelling, arrivals and
no-shows, the waiting room, the appointments to rebook, and a practitioner's own day."""

from .page import AppointmentsPage

__all__ = ["AppointmentsPage"]
