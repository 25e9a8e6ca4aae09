"""Imports every mapped class so that ``Base.metadata`` is complete (migrations, tests)."""

from .appointments.model import Appointment, AppointmentType
from .db import Base
from .fees.model import LedgerEntry, ReplacementContract, Tariff
from .planning.model import Availability, Closure, OpeningHours, Practitioner, RecurringPattern, Shift, Site
from .records.model import (
    ActionItem, CabinetGuide, ConsultationNote, Handover, HandoverSignOff, HandoverSynthesis, NoteCosignature,
    NoteDraft, PackAcknowledgement, Patient,
)
from .security.model import AuditEntry, LoginThrottle, User
from .settings import AppSetting
from .sync.model import SyncConflict, sync_outbox, sync_state

SYNCED_TABLES = (
    "sites", "practitioners", "patients", "users", "opening_hours", "closures", "recurring_patterns",
    "shifts", "availabilities", "replacement_contracts", "appointment_types", "appointments",
    "action_items", "cabinet_guides", "fee_tariffs", "sync_conflicts",
)
APPEND_ONLY_TABLES = (
    "audit_log", "consultation_notes", "note_cosignatures", "handovers", "handover_syntheses",
    "handover_signoffs", "pack_acknowledgements", "fee_ledger",
)
LOCAL_TABLES = ("app_settings", "login_throttle", "note_drafts", "sync_outbox", "sync_state")

__all__ = [
    "Base", "Site", "Practitioner", "Patient", "User", "LoginThrottle", "AuditEntry", "AppSetting",
    "OpeningHours", "Closure", "RecurringPattern", "Shift", "Availability", "ReplacementContract",
    "AppointmentType", "Appointment", "ConsultationNote", "NoteCosignature", "Handover", "HandoverSynthesis",
    "HandoverSignOff", "ActionItem", "PackAcknowledgement", "CabinetGuide", "NoteDraft", "Tariff", "LedgerEntry",
    "SyncConflict", "sync_outbox", "sync_state",
    "SYNCED_TABLES", "APPEND_ONLY_TABLES", "LOCAL_TABLES",
]
