"""The rotation's handover pack, the titulars' review and what the secretary sees, with real
widgets (offscreen) on a real SQLite database: Dr Petit covers the week before, Dr Bernard
arrives on MONDAY and acknowledges; what is left reaches the titulars' queue."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import QAbstractButton, QFileDialog, QLabel, QLineEdit, QPlainTextEdit, QTextBrowser, \
    QWidget

from cabinet_app.changes import Area
from cabinet_app.planning.calendar import at
from cabinet_app.planning.rota_services import ShiftInput, add_contract, create_shift
from cabinet_app.records.clinical_services import (
    NEXT_DOCTOR, ActionInput, HandoverInput, NoteInput, get_guide, save_guide, send_handover, write_note,
)
from cabinet_app.records.handover_pack import build_pack
from cabinet_app.records.model import ActionKind, Severity
from cabinet_app.security.permissions import Permission
from cabinet_app.ui.app import install_translators
from cabinet_app.ui.context import AppContext
from cabinet_app.ui.records import (
    CabinetGuideDialog, ClinicalRecordPage, HandoverPackPage, HandoverStatusPage, ReviewPage, pack_needs_attention,
)
from cabinet_app.ui.records.dialogs import OutcomeDialog, SynthesisDialog
from cabinet_app.ui.records.models import PackActionModel
from cabinet_app.ui.tasks import InlineRunner
from tests.ui.shell_support import ensure_translations

TODAY = date.today()
MONDAY = TODAY + timedelta(days=7 - TODAY.weekday())  # the next rotation starts next Monday
SUMMARY = "Diabète déséquilibré, HbA1c 9,1 %"
SITUATION = "Si glycémie > 3 g/l, alors appeler le 15"



@pytest.fixture(autouse=True)
def french(qapp):
    """The screens in French, as the cabinet sees them (whatever an earlier test installed)."""
    ensure_translations()
    install_translators("fr")

def make_ctx(cabinet, login: str) -> AppContext:
    ctx = AppContext(cabinet.engine, InlineRunner(), language="fr")
    ctx.set_session_user(cabinet.login(login))
    return ctx


def show(qtbot, page: QWidget) -> QWidget:
    page.ctx.changed.connect(page.refresh)  # what the main window does
    qtbot.addWidget(page)
    page.resize(1280, 800)
    page.show()
    qtbot.waitExposed(page)
    return page


def rotation(cabinet) -> None:
    """Dr Petit covers the week before MONDAY, Dr Bernard arrives on MONDAY."""
    with cabinet.uow("secretaire") as uow:
        add_contract(uow, practitioner_id=cabinet.replacement_id, starts_on=MONDAY - timedelta(days=14),
                     ends_on=MONDAY)
        create_shift(uow, ShiftInput(cabinet.site_id, cabinet.replacement_id, at(MONDAY - timedelta(days=7), time(8)),
                                     at(MONDAY - timedelta(days=2), time(12))), accept_warnings=True)
        create_shift(uow, ShiftInput(cabinet.site_id, cabinet.titular_id, at(MONDAY, time(8)),
                                     at(MONDAY + timedelta(days=5), time(12))), accept_warnings=True)
        save_guide(uow, cabinet.site_id, access="Code porte 1985B", contacts="Pharmacie du Bourg")
        uow.commit()


def hand_over(cabinet, patient: int = 0):
    """Dr Petit leaves an I-PASS handover for the next doctor: an action and a pending result."""
    with cabinet.uow("dr.petit") as uow:
        sent = send_handover(uow, HandoverInput(
            patient_id=cabinet.patient_ids[patient], site_id=cabinet.site_id, severity="watcher", summary=SUMMARY,
            situation=SITUATION, actions=(
                ActionInput("Contrôler la glycémie à jeun", MONDAY, NEXT_DOCTOR),
                ActionInput("Résultat de la NFS", MONDAY + timedelta(days=3), NEXT_DOCTOR, ActionKind.LAB_RESULT)),
        )).value
        uow.commit()
    return sent


@pytest.fixture
def handed_over(cabinet):
    rotation(cabinet)
    return hand_over(cabinet)


def pack_page(qtbot, cabinet, login: str = "dr.bernard") -> HandoverPackPage:
    return show(qtbot, HandoverPackPage(make_ctx(cabinet, login), day=MONDAY))


def test_the_arriving_doctor_lands_on_the_pack(cabinet, handed_over):
    assert pack_needs_attention(make_ctx(cabinet, "dr.bernard"), MONDAY)
    assert not pack_needs_attention(make_ctx(cabinet, "dr.petit"), MONDAY)  # not the one arriving
    assert not pack_needs_attention(make_ctx(cabinet, "secretaire"), MONDAY)
    assert not pack_needs_attention(make_ctx(cabinet, "dr.bernard"), MONDAY - timedelta(days=3))


def test_the_pack_shows_guide_watch_list_actions_results_and_handovers(qtbot, cabinet, handed_over):
    page = pack_page(qtbot, cabinet)
    assert page.site_combo.currentData() == cabinet.site_id
    assert "Dr Claire Bernard" in page.rotation_label.text() and "Dr Hugo Petit" in page.rotation_label.text()
    assert "Code porte 1985B" in page.guide_view.toPlainText()
    assert page.counter_label.text() == "À prendre en compte : 4"  # the guide, the handover, two items
    assert [r.handover.summary for r in page.watch_model.rows()] == [SUMMARY]
    assert [r.handover.id for r in page.received_model.rows()] == [handed_over.id]
    assert [r.action.what for r in page.actions_model.rows()] == ["Contrôler la glycémie à jeun"]
    assert [r.action.what for r in page.pending_model.rows()] == ["Résultat de la NFS"]
    due = page.actions_model.index(0, PackActionModel.DUE)
    assert due.data(Qt.ItemDataRole.BackgroundRole) is not None  # due during the rotation: highlighted
    assert page.actions_group.title() == "Actions ouvertes (1)"
    assert page.received_group.title() == "Transmissions reçues (1, dont 1 sans synthèse)"


def test_the_next_doctor_acknowledges_with_a_synthesis(qtbot, cabinet, handed_over):
    page = pack_page(qtbot, cabinet)
    built: list[SynthesisDialog] = []
    page.synthesis_dialog_factory = lambda *a, **kw: built.append(SynthesisDialog(*a, **kw)) or built[-1]
    page.received_table.selectRow(0)
    page.acknowledge_selected_handover()
    (dialog,) = built
    text = dialog.view.toPlainText()
    assert SUMMARY in text and SITUATION in text and "Contrôler la glycémie à jeun" in text
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.message.text() == "La synthèse (reformulez ou confirmez) est obligatoire." and dialog.isVisible()
    dialog.synthesis_edit.setPlainText("Glycémie à jeun lundi, NFS jeudi ; le 15 si > 3 g/l")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert page.received_model.rows()[0].acknowledged
    assert page.counter_label.text() == "À prendre en compte : 3"
    with cabinet.uow("dr.bernard") as uow:
        (handover,) = build_pack(uow, site_id=cabinet.site_id, day=MONDAY).handed_over
    assert handover.syntheses[0][1] == "Glycémie à jeun lundi, NFS jeudi ; le 15 si > 3 g/l"


def test_acknowledging_items_and_closing_an_action(qtbot, cabinet, handed_over):
    page = pack_page(qtbot, cabinet)
    qtbot.mouseClick(page.guide_ack_button, Qt.MouseButton.LeftButton)
    assert page.view.guide_acknowledged and not page.guide_ack_button.isEnabled()
    page.pending_table.selectRow(0)
    qtbot.mouseClick(page.pending_ack_button, Qt.MouseButton.LeftButton)
    assert page.pending_model.rows()[0].acknowledged
    assert page.pending_model.index(0, PackActionModel.ACK).data() == "✓"
    page.actions_table.selectRow(0)
    qtbot.mouseClick(page.actions_ack_button, Qt.MouseButton.LeftButton)
    assert page.counter_label.text() == "À prendre en compte : 1"  # the handover waits for its synthesis
    page.actions_table.selectRow(0)
    dialog = page.close_selected("actions")
    assert isinstance(dialog, OutcomeDialog)
    dialog.outcome_edit.setPlainText("Glycémie 1,2 g/l")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert page.actions_model.rowCount() == 0
    assert [r.action.what for r in page.pending_model.rows()] == ["Résultat de la NFS"]  # still open: still there


def test_only_the_arriving_doctor_acknowledges_the_items(qtbot, cabinet, handed_over):
    page = pack_page(qtbot, cabinet, "ines.roux")
    assert "seul(e) ce médecin en prend les éléments en compte" in page.rotation_label.text()
    page.actions_table.selectRow(0)
    assert not page.actions_ack_button.isEnabled() and not page.guide_ack_button.isEnabled()
    assert page.actions_close_button.isEnabled()  # anyone may close what is done


def test_the_pack_is_printed_as_a_pdf(qtbot, cabinet, handed_over, tmp_path, monkeypatch):
    target = tmp_path / "releve"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **kw: (str(target), "PDF"))
    page = pack_page(qtbot, cabinet)
    qtbot.mouseClick(page.print_button, Qt.MouseButton.LeftButton)
    written = tmp_path / "releve.pdf"
    assert written.read_bytes().startswith(b"%PDF")
    assert str(written) in page.message.text()


def test_an_unacknowledged_item_reaches_the_titulars_queue(qtbot, cabinet, handed_over):
    tuesday = at(MONDAY + timedelta(days=1), time(9))
    page = show(qtbot, ReviewPage(make_ctx(cabinet, "dr.bernard"), clock=lambda: tuesday))
    rows = page.escalation_model.rows()
    assert {r.item.kind for r in rows} == {"handover", "action"} and len(rows) == 3
    assert {r.practitioner_name for r in rows} == {"Dr Claire Bernard"}
    assert page.tabs.tabText(2) == "Non pris en compte (3)"
    assert page.tabs.tabText(0) == "Transmissions à valider (1)"
    page.handover_table.selectRow(0)
    assert SUMMARY in page.handover_view.toPlainText()
    qtbot.mouseClick(page.sign_off_button, Qt.MouseButton.LeftButton)
    assert page.tabs.tabText(0) == "Transmissions à valider (0)"
    monday_noon = show(qtbot, ReviewPage(make_ctx(cabinet, "dr.bernard"), clock=lambda: at(MONDAY, time(12))))
    assert monday_noon.escalation_model.rowCount() == 0  # within one working day: not yet


def test_a_titular_cosigns_an_interns_note(qtbot, cabinet):
    with cabinet.uow("ines.roux") as uow:
        write_note(uow, NoteInput(patient_id=cabinet.patient_ids[2], reason="Otite", conclusion="Amoxicilline"))
        uow.commit()
    page = show(qtbot, ReviewPage(make_ctx(cabinet, "dr.bernard")))
    assert page.tabs.tabText(1) == "Notes à co-signer (1)"
    row = page.note_model.rows()[0]
    assert (row.patient_name, row.note.author_name) == ("LEFÈVRE Éloïse", "Dr Inès Roux")
    page.note_table.selectRow(0)
    assert "Amoxicilline" in page.note_view.toPlainText()
    qtbot.mouseClick(page.cosign_button, Qt.MouseButton.LeftButton)
    assert page.tabs.tabText(1) == "Notes à co-signer (0)"
    assert page.message.text() == "Note co-signée."


def _texts(widget: QWidget) -> str:
    parts = []
    for child in widget.findChildren(QWidget):
        if isinstance(child, (QLabel, QAbstractButton)):
            parts.append(child.text())
        elif isinstance(child, QLineEdit):
            parts.append(child.text())
        elif isinstance(child, (QPlainTextEdit, QTextBrowser)):
            parts.append(child.toPlainText())
    return "\n".join(parts)


def test_the_secretary_sees_that_handovers_exist_never_their_content(qtbot, cabinet, handed_over):
    ctx = make_ctx(cabinet, "secretaire")
    assert not ctx.can(Permission.CLINICAL_READ) and not ctx.can(Permission.HANDOVER_SIGN_OFF)
    page = show(qtbot, HandoverStatusPage(ctx, since=MONDAY - timedelta(days=30)))
    (status,) = page.model.rows()
    assert (status.patient_name, status.author_name, status.acknowledged) == ("DUPONT Hélène", "Dr Hugo Petit", False)
    assert [page.model.index(0, c).data() for c in range(1, 4)] == ["DUPONT Hélène", "Dr Hugo Petit", "Non"]
    shown = _texts(page)
    for clinical in (SUMMARY, SITUATION, "glycémie", "NFS"):
        assert clinical not in shown
    # the clinical pages show nothing to her and load nothing
    for other in (HandoverPackPage(ctx, day=MONDAY), ClinicalRecordPage(ctx), ReviewPage(ctx)):
        qtbot.addWidget(other)
        assert not other.isEnabled()
        assert SUMMARY not in _texts(other)
    assert page.guide_button.isVisible()


def test_the_secretary_keeps_the_cabinet_guide(qtbot, cabinet, handed_over):
    page = show(qtbot, HandoverStatusPage(make_ctx(cabinet, "secretaire")))
    dialog = page.edit_guide()
    assert isinstance(dialog, CabinetGuideDialog)
    assert dialog.sections["access"].toPlainText() == "Code porte 1985B"
    dialog.sections["protocols"].setPlainText("Vaccins au réfrigérateur de la salle 2")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    with cabinet.uow("dr.bernard") as uow:
        assert get_guide(uow, cabinet.site_id)["protocols"] == "Vaccins au réfrigérateur de la salle 2"
    doctor = pack_page(qtbot, cabinet)
    assert "Vaccins au réfrigérateur" in doctor.guide_view.toPlainText()


def test_clearing_the_pack_forgets_every_patient(qtbot, cabinet, handed_over):
    page = pack_page(qtbot, cabinet)
    page.received_table.selectRow(0)
    dialog = page.acknowledge_selected_handover()
    page.clear()
    assert not dialog.isVisible()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)  # the closed dialog is gone
    assert page.received_model.rowCount() == page.actions_model.rowCount() == page.watch_model.rowCount() == 0
    assert "DUPONT" not in _texts(page) and page.guide_view.toPlainText() == ""
    page.refresh(Area.CLINICAL)  # unlocking: everything comes back
    assert page.received_model.rowCount() == 1


def test_now_is_used_for_the_escalations_by_default(qtbot, cabinet):
    page = show(qtbot, ReviewPage(make_ctx(cabinet, "dr.bernard")))
    assert isinstance(page.clock(), datetime) and page.escalation_model.rowCount() == 0


def test_a_handover_written_on_screen_reaches_the_next_doctors_pack(qtbot, cabinet):
    rotation(cabinet)
    record = show(qtbot, ClinicalRecordPage(make_ctx(cabinet, "dr.petit")))
    record.open_patient(cabinet.patient_ids[1])
    dialog = record.new_handover()
    dialog.set_severity(Severity.UNSTABLE)
    dialog.summary_edit.setPlainText("Pneumopathie sous amoxicilline, J2")
    dialog.rows[0].what.setText("Revoir à J3")
    dialog.situation_edit.setPlainText("Si fièvre persistante à J3, alors radiographie")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    page = pack_page(qtbot, cabinet)
    (received,) = page.received_model.rows()
    assert (received.patient_name, received.author_name) == ("MARTIN Jean", "Dr Hugo Petit")
    assert received.handover.severity is Severity.UNSTABLE and not received.acknowledged
    assert [r.action.what for r in page.actions_model.rows()] == ["Revoir à J3"]
    assert [r.patient_name for r in page.watch_model.rows()] == ["MARTIN Jean"]
