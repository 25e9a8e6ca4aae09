"""Rich text of the clinical screens, read in a ``QTextBrowser``: a handover with its five I-PASS
elements, a note beside its amendments (both readable, each signed and dated), the cabinet
guide. Plain functions of frozen rows; texts translated in the "RecordDocuments" context."""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from html import escape

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from ...records.clinical_services import GUIDE_FIELDS, NoteInfo
from .common import (
    SEVERITY_COLOURS, day_text, guide_label, html_text, kind_label, moment_text, owner_text, severity_label,
)
from .data import HandoverRow, NoteThread

CONTEXT = "RecordDocuments"
TEXTS = {
    "severity": QT_TRANSLATE_NOOP("RecordDocuments", "Illness severity:"),
    "summary": QT_TRANSLATE_NOOP("RecordDocuments", "Patient summary:"),
    "actions": QT_TRANSLATE_NOOP("RecordDocuments", "Action list:"),
    "situation": QT_TRANSLATE_NOOP("RecordDocuments", "Situation awareness, if … then …:"),
    "synthesis": QT_TRANSLATE_NOOP("RecordDocuments", "Synthesis by the receiver:"),
    "no_synthesis": QT_TRANSLATE_NOOP("RecordDocuments", "No synthesis yet."),
    "written": QT_TRANSLATE_NOOP("RecordDocuments", "Handover of %1 by %2, for %3"),
    "due": QT_TRANSLATE_NOOP("RecordDocuments", "due %1"),
    "closed": QT_TRANSLATE_NOOP("RecordDocuments", "closed on %1: %2"),
    "signed_off": QT_TRANSLATE_NOOP("RecordDocuments", "Signed off by %1."),
    "reason": QT_TRANSLATE_NOOP("RecordDocuments", "Reason:"),
    "findings": QT_TRANSLATE_NOOP("RecordDocuments", "Findings:"),
    "conclusion": QT_TRANSLATE_NOOP("RecordDocuments", "Conclusion:"),
    "prescriptions": QT_TRANSLATE_NOOP("RecordDocuments", "Prescriptions:"),
    "free_text": QT_TRANSLATE_NOOP("RecordDocuments", "Notes:"),
    "note_by": QT_TRANSLATE_NOOP("RecordDocuments", "Note of %1, signed by %2"),
    "amendment_by": QT_TRANSLATE_NOOP("RecordDocuments", "Amendment of %1, signed by %2"),
    "to_cosign": QT_TRANSLATE_NOOP("RecordDocuments", "To co-sign by a titular"),
    "cosigned": QT_TRANSLATE_NOOP("RecordDocuments", "Co-signed by %1"),
    "empty_guide": QT_TRANSLATE_NOOP("RecordDocuments", "Nothing written yet."),
}
NOTE_FIELDS = ("reason", "findings", "conclusion", "prescriptions", "free_text")


def text(key: str) -> str:
    return QCoreApplication.translate(CONTEXT, TEXTS[key])


def handover_html(row: HandoverRow, people: Mapping[uuid.UUID, str]) -> str:
    """The five I-PASS elements of a handover, with its actions and the receiver's synthesis."""
    h = row.handover
    receiver = row.receiver_name or owner_text(None, {})
    colour = SEVERITY_COLOURS[h.severity]
    title = text("written").replace("%1", moment_text(h.written_at)).replace("%2", row.author_name) \
        .replace("%3", receiver)
    parts = [f"<h3>{escape(row.patient_name)}</h3><p><i>{escape(title)}</i></p>",
             f"<p><b>{escape(text('severity'))}</b> <span style='background:{colour}'>&nbsp;"
             f"{escape(severity_label(h.severity))}&nbsp;</span></p>",
             f"<p><b>{escape(text('summary'))}</b><br/>{html_text(h.summary)}</p>",
             f"<p><b>{escape(text('actions'))}</b></p><ul>"]
    for a in h.actions:
        detail = text("due").replace("%1", day_text(a.due_on))
        if a.closed_at is not None:
            detail = text("closed").replace("%1", moment_text(a.closed_at)).replace("%2", a.outcome)
        parts.append(f"<li>{html_text(a.what)} — {escape(owner_text(a.owner_id, dict(people)))}, "
                     f"{escape(detail)} ({escape(kind_label(a.kind))})</li>")
    parts.append("</ul>")
    parts.append(f"<p><b>{escape(text('situation'))}</b><br/>{html_text(h.situation)}</p>")
    parts.append(f"<p><b>{escape(text('synthesis'))}</b></p>")
    if h.syntheses:
        parts += [f"<p>{html_text(said)} <i>— {escape(people.get(who, '?'))}, {escape(moment_text(when))}</i></p>"
                  for who, said, when in h.syntheses]
    else:
        parts.append(f"<p><i>{escape(text('no_synthesis'))}</i></p>")
    if h.signed_off_by:
        names = ", ".join(people.get(t, "?") for t in h.signed_off_by)
        parts.append(f"<p><i>{escape(text('signed_off').replace('%1', names))}</i></p>")
    return "".join(parts)


def _note_cell(note: NoteInfo, title_key: str) -> str:
    title = text(title_key).replace("%1", moment_text(note.written_at)).replace("%2", note.author_name)
    body = [f"<p><b>{escape(title)}</b></p>"]
    body += [f"<p><b>{escape(text(f))}</b> {html_text(getattr(note, f))}</p>"
             for f in NOTE_FIELDS if getattr(note, f)]
    if note.needs_cosign:
        mark = text("cosigned").replace("%1", note.cosigned_by) if note.cosigned_by else text("to_cosign")
        colour = "#1b5e20" if note.cosigned_by else "#8a5a00"
        body.append(f"<p style='color:{colour}'><i>{escape(mark)}</i></p>")
    return "".join(body)


def thread_html(thread: NoteThread) -> str:
    """A note and, beside it, its amendments: both readable, each signed and dated."""
    cells = [_note_cell(thread.original, "note_by")]
    cells += [_note_cell(n, "amendment_by") for n in thread.amendments]
    width = 100 // len(cells)
    columns = "".join(f"<td width='{width}%' style='padding:6px; border:1px solid #c0c8d0'>{c}</td>"
                      for c in cells)
    return f"<table width='100%' cellspacing='0'><tr valign='top'>{columns}</tr></table>"


def guide_html(sections: Mapping[str, str]) -> str:
    parts = []
    for key in GUIDE_FIELDS:
        value = sections.get(key, "")
        shown = html_text(value) if value else f"<i>{escape(text('empty_guide'))}</i>"
        parts.append(f"<p><b>{escape(guide_label(key))}</b><br/>{shown}</p>")
    return "".join(parts)
