"""The words of the sync screens, translated: what kind of row a conflict is about, the kind of
conflict, the names of columns the core's catalogue lacks, the indicator's sentence, and how a
site is named (the sites to join, this PC's own)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from ...messages import field_name
from ...sync.model import ConflictKind, Resolution
from ...sync.service import SyncReport
from .values import StatusSummary

CONTEXT = "SyncLabels"

TABLE_LABELS: dict[str, str] = {
    "sites": QT_TRANSLATE_NOOP("SyncLabels", "Site"),
    "practitioners": QT_TRANSLATE_NOOP("SyncLabels", "Practitioner"),
    "patients": QT_TRANSLATE_NOOP("SyncLabels", "Patient"),
    "users": QT_TRANSLATE_NOOP("SyncLabels", "User account"),
    "opening_hours": QT_TRANSLATE_NOOP("SyncLabels", "Opening hours"),
    "closures": QT_TRANSLATE_NOOP("SyncLabels", "Closure"),
    "recurring_patterns": QT_TRANSLATE_NOOP("SyncLabels", "Recurring shift pattern"),
    "shifts": QT_TRANSLATE_NOOP("SyncLabels", "Shift"),
    "availabilities": QT_TRANSLATE_NOOP("SyncLabels", "Availability"),
    "replacement_contracts": QT_TRANSLATE_NOOP("SyncLabels", "Replacement contract"),
    "appointment_types": QT_TRANSLATE_NOOP("SyncLabels", "Appointment type"),
    "appointments": QT_TRANSLATE_NOOP("SyncLabels", "Appointment"),
    "action_items": QT_TRANSLATE_NOOP("SyncLabels", "Action item"),
    "cabinet_guides": QT_TRANSLATE_NOOP("SyncLabels", "Cabinet guide"),
    "fee_tariffs": QT_TRANSLATE_NOOP("SyncLabels", "Act tariff"),
    "sync_conflicts": QT_TRANSLATE_NOOP("SyncLabels", "Sync conflict"),
    "audit_log": QT_TRANSLATE_NOOP("SyncLabels", "Audit entry"),
    "consultation_notes": QT_TRANSLATE_NOOP("SyncLabels", "Consultation note"),
    "note_cosignatures": QT_TRANSLATE_NOOP("SyncLabels", "Note co-signature"),
    "handovers": QT_TRANSLATE_NOOP("SyncLabels", "Handover"),
    "handover_syntheses": QT_TRANSLATE_NOOP("SyncLabels", "Handover synthesis"),
    "handover_signoffs": QT_TRANSLATE_NOOP("SyncLabels", "Handover sign-off"),
    "pack_acknowledgements": QT_TRANSLATE_NOOP("SyncLabels", "Handover pack acknowledgement"),
    "fee_ledger": QT_TRANSLATE_NOOP("SyncLabels", "Fee entry"),
}

KIND_LABELS: dict[ConflictKind, str] = {
    ConflictKind.FIELDS: QT_TRANSLATE_NOOP("SyncLabels", "Changed on both sides"),
    ConflictKind.EDIT_DELETED: QT_TRANSLATE_NOOP("SyncLabels", "Changed here, deleted elsewhere"),
    ConflictKind.DELETE_EDITED: QT_TRANSLATE_NOOP("SyncLabels", "Deleted here, changed elsewhere"),
    ConflictKind.DOUBLE_BOOKING: QT_TRANSLATE_NOOP("SyncLabels", "Double booking"),
    ConflictKind.REFUSED: QT_TRANSLATE_NOOP("SyncLabels", "Refused by the parent practice"),
}

KIND_EXPLANATIONS: dict[ConflictKind, str] = {
    ConflictKind.FIELDS: QT_TRANSLATE_NOOP(
        "SyncLabels", "The same information was changed here and at another site. The other change reached the "
        "parent practice first and is the one kept for now."),
    ConflictKind.EDIT_DELETED: QT_TRANSLATE_NOOP(
        "SyncLabels", "You changed this while it was being deleted at another site. It stays deleted unless you "
        "take your version back."),
    ConflictKind.DELETE_EDITED: QT_TRANSLATE_NOOP(
        "SyncLabels", "You deleted this while it was being changed at another site. It is kept, changed, unless "
        "you take your version (the deletion) back."),
    ConflictKind.DOUBLE_BOOKING: QT_TRANSLATE_NOOP(
        "SyncLabels", "This booking overlaps another one made at the same time elsewhere: the parent practice "
        "kept the other one."),
    ConflictKind.REFUSED: QT_TRANSLATE_NOOP(
        "SyncLabels", "The parent practice refused this change. Taking your version back sends it again."),
}

RESOLUTION_LABELS: dict[Resolution, str] = {
    Resolution.MINE: QT_TRANSLATE_NOOP("SyncLabels", "Resolved: my version taken back"),
    Resolution.THEIRS: QT_TRANSLATE_NOOP("SyncLabels", "Resolved: kept version"),
}

# columns the core's catalogue (:func:`cabinet_app.messages.field_name`) does not name
COLUMN_LABELS: dict[str, str] = {
    "patient_id": QT_TRANSLATE_NOOP("SyncLabels", "Patient"),
    "author_id": QT_TRANSLATE_NOOP("SyncLabels", "Author"),
    "owner_id": QT_TRANSLATE_NOOP("SyncLabels", "Owner"),
    "titular_id": QT_TRANSLATE_NOOP("SyncLabels", "Titular"),
    "deleted_at": QT_TRANSLATE_NOOP("SyncLabels", "Deleted on"),
    "deleted_by": QT_TRANSLATE_NOOP("SyncLabels", "Deleted by"),
    "cancelled_at": QT_TRANSLATE_NOOP("SyncLabels", "Cancelled on"),
    "cancelled_by": QT_TRANSLATE_NOOP("SyncLabels", "Cancelled by"),
    "closed_at": QT_TRANSLATE_NOOP("SyncLabels", "Closed on"),
    "closed_by": QT_TRANSLATE_NOOP("SyncLabels", "Closed by"),
    "arrived_at": QT_TRANSLATE_NOOP("SyncLabels", "Arrived at"),
    "seen_at": QT_TRANSLATE_NOOP("SyncLabels", "Seen at"),
    "overbooked": QT_TRANSLATE_NOOP("SyncLabels", "Overbooking"),
    "rebook_reason": QT_TRANSLATE_NOOP("SyncLabels", "To rebook because"),
    "on_call": QT_TRANSLATE_NOOP("SyncLabels", "On call"),
    "opens": QT_TRANSLATE_NOOP("SyncLabels", "Opens at"),
    "closes": QT_TRANSLATE_NOOP("SyncLabels", "Closes at"),
    "reason": QT_TRANSLATE_NOOP("SyncLabels", "Reason"),
    "active": QT_TRANSLATE_NOOP("SyncLabels", "Active"),
    "preferred": QT_TRANSLATE_NOOP("SyncLabels", "Preferred"),
    "is_admin": QT_TRANSLATE_NOOP("SyncLabels", "Administrator"),
    "password_hash": QT_TRANSLATE_NOOP("SyncLabels", "Password"),
    "day": QT_TRANSLATE_NOOP("SyncLabels", "Day"),
    "text": QT_TRANSLATE_NOOP("SyncLabels", "Text"),
}

YES = QT_TRANSLATE_NOOP("SyncLabels", "Yes")
NO = QT_TRANSLATE_NOOP("SyncLabels", "No")
HIDDEN = QT_TRANSLATE_NOOP("SyncLabels", "(clinical content, for the doctors)")


SITE_KINDS: dict[str, str] = {
    "parent": QT_TRANSLATE_NOOP("SyncLabels", "parent practice"),
    "secondary": QT_TRANSLATE_NOOP("SyncLabels", "secondary practice"),
}


def translate(source: str) -> str:
    return QCoreApplication.translate(CONTEXT, source)


def site_kind_label(kind: str) -> str:
    """« pôle mère » or « cabinet secondaire » (``kind``: ``parent`` or ``secondary``)."""
    return translate(SITE_KINDS[kind]) if kind in SITE_KINDS else kind


def site_text(name: str, kind: str, city: str = "") -> str:
    """« Cabinet secondaire de Nieul (cabinet secondaire, Nieul-le-Dolent) »."""
    details = ", ".join(part for part in (site_kind_label(kind), city.strip()) if part)
    return f"{name} ({details})"


def table_label(table_name: str) -> str:
    return translate(TABLE_LABELS[table_name]) if table_name in TABLE_LABELS else table_name


def kind_label(kind: ConflictKind) -> str:
    return translate(KIND_LABELS[kind])


def kind_explanation(kind: ConflictKind) -> str:
    return translate(KIND_EXPLANATIONS[kind])


def resolution_label(resolution: Resolution) -> str:
    return translate(RESOLUTION_LABELS[resolution])


def column_label(column: str, language: str = "fr") -> str:
    if column in COLUMN_LABELS:
        return translate(COLUMN_LABELS[column])
    return field_name(column, language)


def yes_no() -> tuple[str, str]:
    return translate(YES), translate(NO)


def hidden_text() -> str:
    return translate(HIDDEN)


# --- the indicator's sentence ------------------------------------------------------------------

STATUS_PARTS = {
    "today": QT_TRANSLATE_NOOP("SyncLabels", "Synced at %1"),
    "before": QT_TRANSLATE_NOOP("SyncLabels", "Synced on %1"),
    "never": QT_TRANSLATE_NOOP("SyncLabels", "Never synced"),
    "pending": QT_TRANSLATE_NOOP("SyncLabels", "%1 change(s) pending"),
    "conflicts": QT_TRANSLATE_NOOP("SyncLabels", "%1 conflict(s)"),
    "failed": QT_TRANSLATE_NOOP("SyncLabels", "last sync failed"),
    "running": QT_TRANSLATE_NOOP("SyncLabels", "Syncing…"),
    "off": QT_TRANSLATE_NOOP("SyncLabels", "Sync not set up"),
}
SEPARATOR = " · "


def status_text(summary: StatusSummary) -> str:
    """« Synchronisé à 10:42 · 3 en attente · 1 conflit(s) » (zero counts left out)."""
    if summary.synced_at:
        head = translate(STATUS_PARTS["today" if summary.synced_today else "before"]).replace("%1", summary.synced_at)
    else:
        head = translate(STATUS_PARTS["never"])
    parts = [head]  # what is zero is not said: the status bar is narrow
    if summary.pending:
        parts.append(translate(STATUS_PARTS["pending"]).replace("%1", str(summary.pending)))
    if summary.conflicts:
        parts.append(translate(STATUS_PARTS["conflicts"]).replace("%1", str(summary.conflicts)))
    if summary.error:
        parts.append(translate(STATUS_PARTS["failed"]))
    return SEPARATOR.join(parts)


def status_word(key: str) -> str:
    return translate(STATUS_PARTS[key])


OUTCOME_TEXTS = {
    "done": QT_TRANSLATE_NOOP("SyncLabels", "Sync done: %1 change(s) sent, %2 received."),
    "conflicts": QT_TRANSLATE_NOOP("SyncLabels", "%1 new conflict(s) to decide: see « Conflicts »."),
}


def report_text(report: SyncReport) -> str:
    """« Synchronisation terminée : 3 modification(s) envoyée(s), 5 reçue(s). »"""
    text = translate(OUTCOME_TEXTS["done"]).replace("%1", str(report.pushed)).replace("%2", str(report.pulled))
    if report.new_conflicts:
        text += " " + translate(OUTCOME_TEXTS["conflicts"]).replace("%1", str(len(report.new_conflicts)))
    return text
