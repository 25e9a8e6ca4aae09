"""The clinical table models, without widgets: columns, custom roles, highlighting, and the
grouping of amendments with their original."""

from __future__ import annotations

import uuid
from dataclasses import replace
from datetime import date, datetime, timedelta, timezone

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush

from cabinet_app.errors import ValidationError
from cabinet_app.messages import describe, field_name
from cabinet_app.records.clinical_services import ActionInfo, HandoverInfo, NoteInfo, SearchHit
from cabinet_app.records.handover_pack import Escalation, HandoverStatus, PackItem
from cabinet_app.records.model import ActionKind, Severity
from cabinet_app.ui.app import install_translators
from cabinet_app.ui.records.data import ActionRow, HandoverRow, NoteThread, default_site, threads_of
from cabinet_app.ui.records.models import (
    ROW_ROLE, SORT_ROLE, EscalationModel, HandoverListModel, HandoverStatusModel, NoteThreadModel, PackActionModel,
    SearchHitModel,
)
from tests.ui.shell_support import ensure_translations

TODAY = date(2026, 3, 9)
AT = datetime(2026, 3, 9, 9, 30, tzinfo=timezone.utc)
PATIENT, SITE, AUTHOR = uuid.uuid4(), uuid.uuid4(), uuid.uuid4()



@pytest.fixture(autouse=True)
def french(qapp):
    """The screens in French, as the cabinet sees them (whatever an earlier test installed)."""
    ensure_translations()
    install_translators("fr")

def action(what: str, due: date, kind: ActionKind = ActionKind.ACTION) -> ActionInfo:
    return ActionInfo(uuid.uuid4(), PATIENT, SITE, None, kind, what, None, due, AT, None, "")


def note(reason: str, minutes: int = 0, amends: NoteInfo | None = None, **kw) -> NoteInfo:
    values = dict(id=uuid.uuid4(), patient_id=PATIENT, author_id=AUTHOR, author_name="Dr Hugo Petit",
                  written_at=AT + timedelta(minutes=minutes), reason=reason, findings="", conclusion="",
                  prescriptions="", free_text="", amends_id=amends.id if amends else None, needs_cosign=False,
                  cosigned_by=None, amended_by_later=False)
    values.update(kw)
    return NoteInfo(**values)


def handover(severity: Severity) -> HandoverRow:
    info = HandoverInfo(uuid.uuid4(), PATIENT, SITE, AUTHOR, None, AT, severity, "Résumé", "Si … alors …")
    return HandoverRow(info, "DUPONT Hélène", "Dr Hugo Petit", "", acknowledged=False)


def cell(model, row: int, column: int, role=Qt.ItemDataRole.DisplayRole):
    return model.index(row, column).data(role)


def test_pack_actions_highlight_overdue_and_due_items_and_bold_what_is_left(qapp):
    model = PackActionModel(today=TODAY)
    late = ActionRow(action("Rappeler", TODAY - timedelta(days=2)), "DUPONT Hélène", "", False, True, True)
    due = ActionRow(action("NFS", TODAY + timedelta(days=1), ActionKind.LAB_RESULT), "MARTIN Jean", "Dr Claire Bernard",
                    True, True, False)
    later = ActionRow(action("Courrier", TODAY + timedelta(days=30), ActionKind.LETTER), "GARCIA Noël", "", False,
                      False, False)
    model.set_rows([late, due, later])
    assert model.columnCount() == 6 and model.rowCount() == 3
    assert model.headerData(PackActionModel.WHAT, Qt.Orientation.Horizontal) == "Quoi"
    assert cell(model, 0, PackActionModel.DUE) == "07/03/2026 (en retard)"
    assert cell(model, 0, PackActionModel.OWNER) == "Médecin suivant"
    assert cell(model, 1, PackActionModel.OWNER) == "Dr Claire Bernard"
    assert cell(model, 1, PackActionModel.KIND) == "Résultat de laboratoire"
    assert [cell(model, r, PackActionModel.ACK) for r in range(3)] == ["", "✓", ""]
    colours = [cell(model, r, PackActionModel.WHAT, Qt.ItemDataRole.BackgroundRole) for r in range(3)]
    assert isinstance(colours[0], QBrush) and isinstance(colours[1], QBrush) and colours[2] is None
    assert colours[0].color().name() != colours[1].color().name()
    assert cell(model, 0, 0, Qt.ItemDataRole.FontRole).bold() and cell(model, 1, 0, Qt.ItemDataRole.FontRole) is None
    assert cell(model, 2, PackActionModel.DUE, SORT_ROLE) == "2026-04-08"
    assert cell(model, 1, 0, ROW_ROLE) is due
    model.clear()
    assert model.rowCount() == 0


def test_handovers_colour_their_severity(qapp):
    model = HandoverListModel(bold_unacknowledged=True)
    model.set_rows([handover(s) for s in Severity])
    assert [cell(model, r, HandoverListModel.SEVERITY) for r in range(3)] == ["Stable", "À surveiller", "Instable"]
    assert [cell(model, r, HandoverListModel.SEVERITY, SORT_ROLE) for r in range(3)] == [0, 1, 2]
    names = {cell(model, r, HandoverListModel.SEVERITY, Qt.ItemDataRole.BackgroundRole).color().name()
             for r in range(3)}
    assert len(names) == 3
    assert cell(model, 0, HandoverListModel.WRITTEN) == "09/03/2026 10:30"  # Paris time
    assert cell(model, 0, 0, Qt.ItemDataRole.FontRole).bold()


def test_amendments_are_grouped_beside_their_original():
    first = note("Toux")
    other = note("Angine", 5)
    fix = note("Toux sèche", 10, amends=first)
    fix_again = note("Toux sèche nocturne", 20, amends=fix)
    threads = threads_of([fix_again, other, first, fix])
    assert [(t.original.reason, [n.reason for n in t.amendments]) for t in threads] == [
        ("Toux", ["Toux sèche", "Toux sèche nocturne"]), ("Angine", [])]
    assert threads[0].latest is fix_again


def test_notes_say_amended_and_to_cosign(qapp):
    intern = note("Otite", needs_cosign=True, author_name="Dr Inès Roux")
    signed = note("Otite", needs_cosign=True, cosigned_by="Dr Claire Bernard")
    original = note("Toux")
    model = NoteThreadModel()
    model.set_rows([NoteThread(intern), NoteThread(signed), NoteThread(original, (note("Toux sèche", 60, original),))])
    assert cell(model, 0, NoteThreadModel.STATUS) == "À co-signer"
    assert cell(model, 0, NoteThreadModel.STATUS, Qt.ItemDataRole.BackgroundRole) is not None
    assert cell(model, 1, NoteThreadModel.STATUS) == "Co-signée par Dr Claire Bernard"
    assert cell(model, 2, NoteThreadModel.STATUS) == "Corrigée le 09/03/2026 11:30"
    assert cell(model, 2, NoteThreadModel.REASON) == "Toux sèche"  # the latest version


def test_the_secretarys_statuses_and_the_escalations(qapp):
    status = HandoverStatus(uuid.uuid4(), "DUPONT Hélène", AT, "Dr Hugo Petit", acknowledged=False)
    model = HandoverStatusModel()
    model.set_rows([status, replace(status, acknowledged=True)])
    assert [cell(model, r, HandoverStatusModel.ACKNOWLEDGED) for r in range(2)] == ["Non", "Oui"]
    assert model.columnCount() == 4  # patient, date, author, acknowledged: nothing clinical
    item = PackItem("action", uuid.uuid4(), PATIENT, "DUPONT Hélène", acknowledged=False, due=True)
    escalations = EscalationModel()
    escalations.set_rows([Escalation(SITE, "Cabinet de Nieul", AUTHOR, "Dr Claire Bernard", item, AT)])
    assert [cell(escalations, 0, c) for c in range(5)] == [
        "09/03/2026 10:30", "Cabinet de Nieul", "Dr Claire Bernard", "Action ouverte non prise en compte", "DUPONT Hélène"]


def test_search_hits_flatten_their_snippet(qapp):
    model = SearchHitModel()
    model.set_rows([SearchHit("note", uuid.uuid4(), PATIENT, "MARTIN Jean", "…[Pyélonéphrite]\naiguë…")])
    assert [cell(model, 0, c) for c in range(3)] == ["MARTIN Jean", "Note", "…[Pyélonéphrite] aiguë…"]


def test_default_site_and_the_handover_messages():
    assert default_site([], None) is None
    assert field_name("actions[1].owner") == "Action 2 — Le responsable"
    assert field_name("action[0].what") == "Ce qu'il faut faire"
    assert describe(ValidationError({"actions": "action_list_required"})) == \
        "La liste d'actions doit compter au moins une action (quoi, qui, pour quand)."
    english = describe(ValidationError({"actions[0].due_on": "required"}), "en")
    assert english == "Action 1 — The due date is required."
