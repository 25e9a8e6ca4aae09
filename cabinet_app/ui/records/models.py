"""The table models of the clinical screens: one ``QAbstractTableModel`` per list of frozen rows
(pack actions, handovers, notes, search hits, notes to co-sign, escalations, the secretary's
statuses). Each has its column constants, its headers (translated in its own context), and two
custom roles: :data:`ROW_ROLE` (the row object) and :data:`SORT_ROLE` (a value that sorts as
people expect). Tested without widgets."""

from __future__ import annotations

from datetime import date
from typing import Any, TypeVar

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from ...clock import today_paris
from ...records.clinical_services import SearchHit
from ...records.handover_pack import Escalation, HandoverStatus
from .common import NEXT_DOCTOR_LABEL, SEVERITY_COLOURS, due_text, kind_label, moment_text, severity_label, translate
from ..table_model import DtoTableModel
from .data import ActionRow, CosignRow, HandoverRow, NoteThread

R = TypeVar("R")

ROW_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2
OVERDUE_COLOUR = "#f8d7da"
DUE_COLOUR = "#fff3cd"
ACK_MARK = "✓"


class RowTableModel(DtoTableModel[R]):
    """Rows of one frozen type (the shared base), plus the clinical lists' ways of drawing a
    cell: a tooltip for long texts, a background colour, a bold row."""

    CONTEXT = "RowTableModel"
    #: the columns of free text, which share the width left
    STRETCH: tuple[int, ...] = ()
    ROW_ROLE = ROW_ROLE
    SORT_ROLE = SORT_ROLE

    def text(self, source: str) -> str:
        """A text of this model, declared with ``QT_TRANSLATE_NOOP(<its context>, ...)``."""
        return QCoreApplication.translate(self.CONTEXT, source)

    def extra(self, row: R, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tooltip(row, column)
        if role == Qt.ItemDataRole.BackgroundRole and (colour := self.background(row, column)):
            return QBrush(QColor(colour))
        if role == Qt.ItemDataRole.FontRole and self.bold(row):
            font = QFont()
            font.setBold(True)
            return font
        return None

    # --- what subclasses say ---------------------------------------------------------------
    def tooltip(self, row: R, column: int) -> str | None:
        text = self.display(row, column)
        return text if len(text) > 40 else None

    def background(self, row: R, column: int) -> str | None:
        return None

    def bold(self, row: R) -> bool:
        return False


class PackActionModel(RowTableModel[ActionRow]):
    """Open actions (or pending results) of a pack, due and overdue ones highlighted; those not
    acknowledged yet in bold."""

    CONTEXT = "PackActionModel"
    ACK, DUE, PATIENT, WHAT, KIND, OWNER = range(6)
    STRETCH = (WHAT,)
    HEADERS = (
        QT_TRANSLATE_NOOP("PackActionModel", "Ack."),
        QT_TRANSLATE_NOOP("PackActionModel", "Due"),
        QT_TRANSLATE_NOOP("PackActionModel", "Patient"),
        QT_TRANSLATE_NOOP("PackActionModel", "What"),
        QT_TRANSLATE_NOOP("PackActionModel", "Type"),
        QT_TRANSLATE_NOOP("PackActionModel", "Owner"),
    )

    ACKNOWLEDGED = QT_TRANSLATE_NOOP("PackActionModel", "Acknowledged")
    TO_ACKNOWLEDGE = QT_TRANSLATE_NOOP("PackActionModel", "To acknowledge")

    def __init__(self, parent: QObject | None = None, *, today: date | None = None) -> None:
        super().__init__(parent)
        self.today = today or today_paris()

    def display(self, row: ActionRow, column: int) -> str:
        a = row.action
        if column == self.ACK:
            return ACK_MARK if row.acknowledged else ""
        if column == self.DUE:
            return due_text(a, self.today)
        if column == self.PATIENT:
            return row.patient_name
        if column == self.WHAT:
            return a.what
        if column == self.KIND:
            return kind_label(a.kind)
        if column == self.OWNER:
            return row.owner_name or translate(NEXT_DOCTOR_LABEL)
        return ""

    def sort_key(self, row: ActionRow, column: int) -> Any:
        if column == self.DUE:
            return row.action.due_on.isoformat()
        if column == self.ACK:
            return int(row.acknowledged)
        return super().sort_key(row, column)

    def tooltip(self, row: ActionRow, column: int) -> str | None:
        if column == self.ACK:
            return self.text(self.ACKNOWLEDGED if row.acknowledged else self.TO_ACKNOWLEDGE)
        return super().tooltip(row, column)

    def background(self, row: ActionRow, column: int) -> str | None:
        if row.overdue or row.action.due_on < self.today:
            return OVERDUE_COLOUR
        return DUE_COLOUR if row.due else None

    def bold(self, row: ActionRow) -> bool:
        return not row.acknowledged


class HandoverListModel(RowTableModel[HandoverRow]):
    """Handovers (to watch, received, to sign off): the severity coloured."""

    CONTEXT = "HandoverListModel"
    ACK, WRITTEN, PATIENT, SEVERITY, SUMMARY, SITUATION, AUTHOR = range(7)
    STRETCH = (SUMMARY, SITUATION)
    HEADERS = (
        QT_TRANSLATE_NOOP("HandoverListModel", "Synthesis"),
        QT_TRANSLATE_NOOP("HandoverListModel", "Written"),
        QT_TRANSLATE_NOOP("HandoverListModel", "Patient"),
        QT_TRANSLATE_NOOP("HandoverListModel", "Severity"),
        QT_TRANSLATE_NOOP("HandoverListModel", "Summary"),
        QT_TRANSLATE_NOOP("HandoverListModel", "If … then …"),
        QT_TRANSLATE_NOOP("HandoverListModel", "Author"),
    )

    def __init__(self, parent: QObject | None = None, *, bold_unacknowledged: bool = False) -> None:
        super().__init__(parent)
        self.bold_unacknowledged = bold_unacknowledged

    def display(self, row: HandoverRow, column: int) -> str:
        h = row.handover
        if column == self.ACK:
            return ACK_MARK if row.acknowledged else ""
        if column == self.WRITTEN:
            return moment_text(h.written_at)
        if column == self.PATIENT:
            return row.patient_name
        if column == self.SEVERITY:
            return severity_label(h.severity)
        if column == self.SUMMARY:
            return h.summary
        if column == self.SITUATION:
            return h.situation
        if column == self.AUTHOR:
            return row.author_name
        return ""

    def sort_key(self, row: HandoverRow, column: int) -> Any:
        if column == self.WRITTEN:
            return row.handover.written_at.isoformat()
        if column == self.SEVERITY:
            return list(SEVERITY_COLOURS).index(row.handover.severity)
        return super().sort_key(row, column)

    def background(self, row: HandoverRow, column: int) -> str | None:
        return SEVERITY_COLOURS[row.handover.severity] if column == self.SEVERITY else None

    def bold(self, row: HandoverRow) -> bool:
        return self.bold_unacknowledged and not row.acknowledged


class NoteThreadModel(RowTableModel[NoteThread]):
    """A patient's notes, oldest first; an amended note is one row (its amendments beside it)."""

    CONTEXT = "NoteThreadModel"
    WRITTEN, AUTHOR, REASON, CONCLUSION, STATUS = range(5)
    STRETCH = (REASON, CONCLUSION)
    HEADERS = (
        QT_TRANSLATE_NOOP("NoteThreadModel", "Written"),
        QT_TRANSLATE_NOOP("NoteThreadModel", "Author"),
        QT_TRANSLATE_NOOP("NoteThreadModel", "Reason"),
        QT_TRANSLATE_NOOP("NoteThreadModel", "Conclusion"),
        QT_TRANSLATE_NOOP("NoteThreadModel", "Status"),
    )
    AMENDED = QT_TRANSLATE_NOOP("NoteThreadModel", "Amended on %1")
    TO_COSIGN = QT_TRANSLATE_NOOP("NoteThreadModel", "To co-sign")
    COSIGNED = QT_TRANSLATE_NOOP("NoteThreadModel", "Co-signed by %1")

    def display(self, row: NoteThread, column: int) -> str:
        note = row.latest
        if column == self.WRITTEN:
            return moment_text(row.original.written_at)
        if column == self.AUTHOR:
            return row.original.author_name
        if column == self.REASON:
            return note.reason
        if column == self.CONCLUSION:
            return note.conclusion
        if column == self.STATUS:
            return self.status(row)
        return ""

    def status(self, row: NoteThread) -> str:
        parts = []
        if row.amendments:
            parts.append(self.text(self.AMENDED).replace("%1", moment_text(row.latest.written_at)))
        if row.waiting_cosign:
            parts.append(self.text(self.TO_COSIGN))
        elif row.original.cosigned_by:
            parts.append(self.text(self.COSIGNED).replace("%1", row.original.cosigned_by))
        return " — ".join(parts)

    def sort_key(self, row: NoteThread, column: int) -> Any:
        if column == self.WRITTEN:
            return row.original.written_at.isoformat()
        return super().sort_key(row, column)

    def background(self, row: NoteThread, column: int) -> str | None:
        return DUE_COLOUR if column == self.STATUS and row.waiting_cosign else None


class SearchHitModel(RowTableModel[SearchHit]):
    CONTEXT = "SearchHitModel"
    PATIENT, KIND, SNIPPET = range(3)
    STRETCH = (SNIPPET,)
    HEADERS = (
        QT_TRANSLATE_NOOP("SearchHitModel", "Patient"),
        QT_TRANSLATE_NOOP("SearchHitModel", "In"),
        QT_TRANSLATE_NOOP("SearchHitModel", "Extract"),
    )
    SOURCES = {"handover": QT_TRANSLATE_NOOP("SearchHitModel", "Handover"),
               "note": QT_TRANSLATE_NOOP("SearchHitModel", "Note")}

    def display(self, row: SearchHit, column: int) -> str:
        if column == self.PATIENT:
            return row.patient_name
        if column == self.KIND:
            return self.text(self.SOURCES.get(row.kind, self.SOURCES["note"]))
        if column == self.SNIPPET:
            return " ".join(row.snippet.split())
        return ""


class CosignModel(RowTableModel[CosignRow]):
    CONTEXT = "CosignModel"
    WRITTEN, PATIENT, AUTHOR, REASON, CONCLUSION = range(5)
    STRETCH = (REASON, CONCLUSION)
    HEADERS = (
        QT_TRANSLATE_NOOP("CosignModel", "Written"),
        QT_TRANSLATE_NOOP("CosignModel", "Patient"),
        QT_TRANSLATE_NOOP("CosignModel", "Intern"),
        QT_TRANSLATE_NOOP("CosignModel", "Reason"),
        QT_TRANSLATE_NOOP("CosignModel", "Conclusion"),
    )

    def display(self, row: CosignRow, column: int) -> str:
        n = row.note
        values = {self.WRITTEN: moment_text(n.written_at), self.PATIENT: row.patient_name,
                  self.AUTHOR: n.author_name, self.REASON: n.reason, self.CONCLUSION: n.conclusion}
        return values.get(column, "")

    def sort_key(self, row: CosignRow, column: int) -> Any:
        return row.note.written_at.isoformat() if column == self.WRITTEN else super().sort_key(row, column)


class EscalationModel(RowTableModel[Escalation]):
    """Pack items the incoming practitioner has not acknowledged one working day after arriving."""

    CONTEXT = "EscalationModel"
    SINCE, SITE, PRACTITIONER, ITEM, PATIENT = range(5)
    STRETCH = (PATIENT,)
    HEADERS = (
        QT_TRANSLATE_NOOP("EscalationModel", "Arrived"),
        QT_TRANSLATE_NOOP("EscalationModel", "Site"),
        QT_TRANSLATE_NOOP("EscalationModel", "Practitioner"),
        QT_TRANSLATE_NOOP("EscalationModel", "Item"),
        QT_TRANSLATE_NOOP("EscalationModel", "Patient"),
    )
    ITEM_KINDS = {
        "handover": QT_TRANSLATE_NOOP("EscalationModel", "Handover without synthesis"),
        "action": QT_TRANSLATE_NOOP("EscalationModel", "Open action not acknowledged"),
        "guide": QT_TRANSLATE_NOOP("EscalationModel", "Cabinet guide not read"),
    }

    def display(self, row: Escalation, column: int) -> str:
        if column == self.SINCE:
            return moment_text(row.since)
        if column == self.SITE:
            return row.site_name
        if column == self.PRACTITIONER:
            return row.practitioner_name
        if column == self.ITEM:
            return self.text(self.ITEM_KINDS.get(row.item.kind, row.item.kind))
        if column == self.PATIENT:
            return row.item.patient_name
        return ""

    def sort_key(self, row: Escalation, column: int) -> Any:
        return row.since.isoformat() if column == self.SINCE else super().sort_key(row, column)

    def background(self, row: Escalation, column: int) -> str | None:
        return OVERDUE_COLOUR if column == self.ITEM else None


class HandoverStatusModel(RowTableModel[HandoverStatus]):
    """What the secretary may see of a handover: that it exists, and whether it was acknowledged."""

    CONTEXT = "HandoverStatusModel"
    WRITTEN, PATIENT, AUTHOR, ACKNOWLEDGED = range(4)
    STRETCH = (PATIENT,)
    HEADERS = (
        QT_TRANSLATE_NOOP("HandoverStatusModel", "Written"),
        QT_TRANSLATE_NOOP("HandoverStatusModel", "Patient"),
        QT_TRANSLATE_NOOP("HandoverStatusModel", "Author"),
        QT_TRANSLATE_NOOP("HandoverStatusModel", "Acknowledged"),
    )
    YES = QT_TRANSLATE_NOOP("HandoverStatusModel", "Yes")
    NO = QT_TRANSLATE_NOOP("HandoverStatusModel", "No")

    def display(self, row: HandoverStatus, column: int) -> str:
        if column == self.WRITTEN:
            return moment_text(row.written_at)
        if column == self.PATIENT:
            return row.patient_name
        if column == self.AUTHOR:
            return row.author_name
        if column == self.ACKNOWLEDGED:
            return self.text(self.YES if row.acknowledged else self.NO)
        return ""

    def sort_key(self, row: HandoverStatus, column: int) -> Any:
        return row.written_at.isoformat() if column == self.WRITTEN else super().sort_key(row, column)

    def background(self, row: HandoverStatus, column: int) -> str | None:
        return DUE_COLOUR if column == self.ACKNOWLEDGED and not row.acknowledged else None

