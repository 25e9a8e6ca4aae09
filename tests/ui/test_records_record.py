"""The clinical record with real widgets (offscreen) on a real SQLite database: writing, signing
and amending notes, the draft that survives a lock, the I-PASS handover form, actions, and the
full-text search."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit

from cabinet_app.changes import Area
from cabinet_app.clock import today_paris
from cabinet_app.records.clinical_services import NoteInput, patient_notes, write_note
from cabinet_app.records.handover_pack import handover_statuses, review_queue
from cabinet_app.records.model import ActionKind, Severity
from cabinet_app.ui.app import install_translators
from cabinet_app.ui.context import AppContext
from cabinet_app.ui.records import ClinicalRecordPage, HandoverDialog
from cabinet_app.ui.records.common import select_data
from cabinet_app.ui.records.data import next_working_day_after
from cabinet_app.ui.records.dialogs import NewActionDialog, OutcomeDialog
from cabinet_app.ui.tasks import InlineRunner
from tests.ui.shell_support import ensure_translations

LONG_AGO = datetime(2000, 1, 1, tzinfo=timezone.utc)



@pytest.fixture(autouse=True)
def french(qapp):
    """The screens in French, as the cabinet sees them (whatever an earlier test installed)."""
    ensure_translations()
    install_translators("fr")

def make_ctx(cabinet, login: str) -> AppContext:
    ctx = AppContext(cabinet.engine, InlineRunner(), language="fr")
    ctx.set_session_user(cabinet.login(login))
    return ctx


def make_page(qtbot, ctx: AppContext, **options) -> ClinicalRecordPage:
    page = ClinicalRecordPage(ctx, **options)
    ctx.changed.connect(page.refresh)  # what the main window does
    qtbot.addWidget(page)
    page.resize(1200, 800)
    page.show()
    qtbot.waitExposed(page)
    return page


@pytest.fixture
def petit(cabinet) -> AppContext:
    return make_ctx(cabinet, "dr.petit")


def type_text(qtbot, widget, text: str) -> None:
    """Type as a person would (QTest types ASCII only: accented text is inserted)."""
    if text.isascii():
        qtbot.keyClicks(widget, text)
    elif isinstance(widget, QLineEdit):
        widget.insert(text)
    else:
        widget.insertPlainText(text)


def type_note(qtbot, page: ClinicalRecordPage, **values: str) -> None:
    for key, text in values.items():
        widget = page.editor.fields[key]
        widget.clear()
        type_text(qtbot, widget, text)


def notes_of(cabinet, login: str = "dr.bernard", index: int = 0):
    with cabinet.uow(login) as uow:
        return patient_notes(uow, cabinet.patient_ids[index])


def test_the_patient_list_searches_as_you_type(qtbot, cabinet, petit):
    page = make_page(qtbot, petit)
    assert page.search.patient_model.rowCount() == 4
    type_text(qtbot, page.search.patient_box, "helene")
    page.search.search_patients_now()
    model = page.search.patient_model
    assert [model.patient_at(r).birth_name for r in range(model.rowCount())] == ["DUPONT"]
    page.search.patient_box.returnPressed.emit()  # one patient found: Enter opens it
    assert page.record is not None and page.record.patient.birth_name == "DUPONT"
    assert "DUPONT Hélène" in page.header.text()


def test_a_doctor_writes_and_signs_a_note_then_amends_it(qtbot, cabinet, petit):
    page = make_page(qtbot, petit)
    page.open_patient(cabinet.patient_ids[0])
    assert page.editor.isEnabled() and page.notes_model.rowCount() == 0
    type_note(qtbot, page, reason="Toux fébrile", findings="Sibilants bilatéraux", conclusion="Bronchite aiguë",
              prescriptions="Paracétamol 1 g x 3/j", free_text="Revoir si fièvre > 3 jours")
    qtbot.mouseClick(page.editor.sign_button, Qt.MouseButton.LeftButton)
    assert page.editor.is_empty()
    (thread,) = page.notes_model.rows()
    assert (thread.original.reason, thread.original.author_name) == ("Toux fébrile", "Dr Hugo Petit")
    assert page.notes_model.index(0, page.notes_model.AUTHOR).data() == "Dr Hugo Petit"
    assert "Bronchite aiguë" in page.note_view.toPlainText()
    assert [n.conclusion for n in notes_of(cabinet)] == ["Bronchite aiguë"]

    assert page.amend_button.isEnabled()
    qtbot.mouseClick(page.amend_button, Qt.MouseButton.LeftButton)
    assert page.editor.amends is not None and page.editor.text_of("conclusion") == "Bronchite aiguë"
    type_note(qtbot, page, conclusion="Pneumopathie droite")
    qtbot.mouseClick(page.editor.sign_button, Qt.MouseButton.LeftButton)
    (thread,) = page.notes_model.rows()  # the amendment stands beside its original
    assert [n.conclusion for n in (thread.original, *thread.amendments)] == ["Bronchite aiguë", "Pneumopathie droite"]
    shown = page.note_view.toPlainText()
    assert "Bronchite aiguë" in shown and "Pneumopathie droite" in shown and "Dr Hugo Petit" in shown
    notes = notes_of(cabinet)
    assert notes[1].amends_id == notes[0].id and notes[0].amended_by_later


def test_only_the_author_may_amend_and_an_empty_note_is_refused(qtbot, cabinet, petit):
    with cabinet.uow("dr.petit") as uow:
        write_note(uow, NoteInput(patient_id=cabinet.patient_ids[0], reason="Angine"))
        uow.commit()
    page = make_page(qtbot, make_ctx(cabinet, "dr.bernard"))
    page.open_patient(cabinet.patient_ids[0])
    assert page.selected_thread() is not None and not page.amend_button.isEnabled()
    assert page.amend_selected() is False
    qtbot.mouseClick(page.editor.sign_button, Qt.MouseButton.LeftButton)
    assert page.editor.message.text() == "La note est vide : remplissez au moins un champ."
    assert len(notes_of(cabinet)) == 1


def test_an_interns_note_is_marked_to_cosign(qtbot, cabinet):
    page = make_page(qtbot, make_ctx(cabinet, "ines.roux"))
    page.open_patient(cabinet.patient_ids[1])
    type_note(qtbot, page, reason="Otite moyenne aiguë")
    page.editor.sign()
    assert page.notes_model.index(0, page.notes_model.STATUS).data() == "À co-signer"
    assert "À co-signer par un médecin titulaire" in page.note_view.toPlainText()


def test_a_draft_survives_a_lock_and_comes_back(qtbot, cabinet, petit):
    page = make_page(qtbot, petit, autosave_ms=50)
    page.open_patient(cabinet.patient_ids[0])
    type_note(qtbot, page, reason="Lombalgie", findings="Lasègue négatif")
    qtbot.waitUntil(lambda: page.editor.status_label.text().startswith("Brouillon enregistré à"), timeout=3000)
    type_text(qtbot, page.editor.fields["free_text"], "typed just before the lock")
    assert page.editor.dirty
    page.clear()  # the screen locks: what was typed since the last autosave is saved too
    assert page.record is None and page.editor.is_empty() and page.notes_model.rowCount() == 0
    assert page.search.patient_model.rowCount() == 0 and page.header.text() == ""
    page.close()

    again = make_page(qtbot, make_ctx(cabinet, "dr.petit"))  # after a crash: a new window, a new session
    again.open_patient(cabinet.patient_ids[0])
    assert again.editor.text_of("reason") == "Lombalgie"
    assert again.editor.text_of("findings") == "Lasègue négatif"
    assert again.editor.text_of("free_text") == "typed just before the lock"
    assert again.editor.status_label.text() == "Brouillon restauré : il n'est pas encore signé."
    again.editor.sign()
    assert [n.reason for n in notes_of(cabinet)] == ["Lombalgie"]
    third = make_page(qtbot, make_ctx(cabinet, "dr.petit"))
    third.open_patient(cabinet.patient_ids[0])
    assert third.editor.is_empty()  # the draft went with the signature


def test_the_same_doctor_unlocking_finds_the_record_and_the_draft(qtbot, cabinet, petit):
    page = make_page(qtbot, petit)
    page.open_patient(cabinet.patient_ids[2])
    type_note(qtbot, page, reason="Fièvre chez l'enfant")
    page.clear()
    assert page.editor.is_empty()
    page.refresh(Area.CLINICAL | Area.PATIENTS)  # the main window refreshes every page on unlock
    assert page.record.patient.id == cabinet.patient_ids[2]
    assert page.editor.text_of("reason") == "Fièvre chez l'enfant"


def open_handover(page: ClinicalRecordPage) -> HandoverDialog:
    dialog = page.new_handover()
    assert isinstance(dialog, HandoverDialog) and dialog.isVisible()
    dialog.activateWindow()  # shortcuts (Alt+1…3, Ctrl+Enter) work in the active window
    return dialog


def handovers_written(cabinet) -> int:
    with cabinet.uow("secretaire") as uow:
        return len(handover_statuses(uow, site_id=cabinet.site_id, since=LONG_AGO))


def test_the_handover_form_lists_every_missing_element_and_saves_nothing(qtbot, cabinet, petit):
    page = make_page(qtbot, petit)
    page.open_patient(cabinet.patient_ids[0])
    dialog = open_handover(page)
    type_text(qtbot, dialog.summary_edit, "Diabète déséquilibré")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    text = dialog.message.text()
    assert text.startswith("La transmission est incomplète ; rien n'a été envoyé :")
    assert "• La gravité (stable, à surveiller, instable) est obligatoire." in text
    assert "• La liste d'actions doit compter au moins une action (quoi, qui, pour quand)." in text
    assert "• La conduite à tenir « si … alors … » est obligatoire." in text
    assert "résumé" not in text
    assert dialog.isVisible() and handovers_written(cabinet) == 0
    assert "b00020" in dialog.severity_box.styleSheet() and "b00020" in dialog.situation_edit.styleSheet()


def test_a_complete_handover_is_sent_with_ctrl_enter(qtbot, cabinet, petit):
    page = make_page(qtbot, petit)
    page.open_patient(cabinet.patient_ids[0])
    dialog = open_handover(page)
    qtbot.waitUntil(dialog.isActiveWindow, timeout=3000)
    assert dialog.rows[0].owner.currentText() == "Médecin suivant"
    assert dialog.rows[0].due.date().toPython() == next_working_day_after(today_paris())
    assert dialog.receiver_combo.currentData() == "next"
    qtbot.keyClick(dialog, Qt.Key.Key_2, Qt.KeyboardModifier.AltModifier)  # À surveiller
    assert dialog.severity() is Severity.WATCHER
    type_text(qtbot, dialog.summary_edit, "Insuffisance cardiaque, +2 kg cette semaine")
    type_text(qtbot, dialog.rows[0].what, "Peser et revoir les œdèmes")
    second = dialog.add_action_row()
    type_text(qtbot, second.what, "Résultat du BNP")
    second.kind.setCurrentIndex(second.kind.findData(ActionKind.LAB_RESULT.value))
    assert select_data(second.owner, cabinet.titular_id)
    dialog.add_action_row()  # left empty: not an action
    type_text(qtbot, dialog.situation_edit, "Si dyspnée, alors majorer le furosémide")
    with qtbot.waitSignal(dialog.saved, timeout=3000) as sent:
        qtbot.keyClick(dialog, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    info = sent.args[0]
    assert info.severity is Severity.WATCHER and info.receiver_id is None
    assert [(a.what, a.owner_id, a.kind) for a in sorted(info.actions, key=lambda a: a.what)] == [
        ("Peser et revoir les œdèmes", None, ActionKind.ACTION),
        ("Résultat du BNP", cabinet.titular_id, ActionKind.LAB_RESULT)]
    assert not dialog.isVisible() and handovers_written(cabinet) == 1
    assert page.message.text() == "Transmission envoyée."
    assert page.actions_model.rowCount() == 2  # the patient's open actions, at once


def test_the_tab_order_follows_the_form(qtbot, cabinet, petit):
    page = make_page(qtbot, petit)
    page.open_patient(cabinet.patient_ids[0])
    dialog = open_handover(page)
    second = dialog.add_action_row()  # rows added later take their place in the order too
    order = [*dialog.severity_buttons.values(), dialog.summary_edit, *dialog.rows[0].widgets(), *second.widgets(),
             dialog.add_button, dialog.situation_edit, dialog.receiver_combo, dialog.ok_button]
    assert [_next_focusable(first) for first in order[:-1]] == order[1:]


def _next_focusable(widget):
    """The next widget Tab goes to (a date edit's own line edit is part of the date edit)."""
    candidate = widget.nextInFocusChain()
    while candidate is not widget and (candidate.focusPolicy() == Qt.FocusPolicy.NoFocus
                                       or widget.isAncestorOf(candidate)):
        candidate = candidate.nextInFocusChain()
    return candidate


def test_actions_are_added_and_closed_from_the_record(qtbot, cabinet, petit):
    page = make_page(qtbot, petit)
    built: list[NewActionDialog] = []
    page.action_dialog_factory = lambda *a, **kw: built.append(NewActionDialog(*a, **kw)) or built[-1]
    page.open_patient(cabinet.patient_ids[3])
    page.new_action()
    (dialog,) = built
    assert dialog.owner_combo.currentData() == cabinet.replacement_id  # for oneself by default
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.message.text() == "Ce qu'il faut faire est obligatoire."
    type_text(qtbot, dialog.what_edit, "Rappeler avec la glycémie")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert [r.action.what for r in page.actions_model.rows()] == ["Rappeler avec la glycémie"]
    page.actions_table.selectRow(0)
    outcome = page.close_selected_action()
    assert isinstance(outcome, OutcomeDialog)
    qtbot.mouseClick(outcome.ok_button, Qt.MouseButton.LeftButton)
    assert outcome.message.text() == "Le résultat est obligatoire." and outcome.isVisible()
    type_text(qtbot, outcome.outcome_edit, "Glycémie 1,05 g/l, rassurée")
    qtbot.mouseClick(outcome.ok_button, Qt.MouseButton.LeftButton)
    assert page.actions_model.rowCount() == 0


def test_search_finds_a_note_whatever_the_accents(qtbot, cabinet, petit):
    with cabinet.uow("dr.petit") as uow:
        write_note(uow, NoteInput(patient_id=cabinet.patient_ids[1], reason="Fièvre, brûlures mictionnelles",
                                  conclusion="Pyélonéphrite aiguë"))
        write_note(uow, NoteInput(patient_id=cabinet.patient_ids[0], reason="Entorse de cheville"))
        uow.commit()
    page = make_page(qtbot, petit)
    page.search.tabs.setCurrentIndex(1)
    type_text(qtbot, page.search.hit_box, "pyelonephrite")
    page.search.search_records_now()
    assert page.search.hit_model.rowCount() == 1
    assert page.search.hit_model.index(0, 0).data() == "MARTIN Jean"
    assert "Pyélonéphrite" in page.search.hit_model.index(0, 2).data()
    assert page.search.hit_count.text() == "Trouvés : 1"
    page.search.hit_table.clicked.emit(page.search.hit_model.index(0, 0))
    assert page.record.patient.id == cabinet.patient_ids[1]
    assert page.selected_thread().original.conclusion == "Pyélonéphrite aiguë"


def test_a_titular_reads_what_was_handed_over_in_the_queue(qtbot, cabinet, petit):
    page = make_page(qtbot, petit)
    page.open_patient(cabinet.patient_ids[0])
    dialog = open_handover(page)
    dialog.set_severity(Severity.UNSTABLE)
    dialog.summary_edit.setPlainText("Anticoagulant, INR instable")
    dialog.rows[0].what.setText("Contrôle de l'INR")
    dialog.situation_edit.setPlainText("Si INR > 4, alors suspendre une prise")
    dialog.submit()
    with cabinet.uow("dr.bernard") as uow:
        (queued,) = review_queue(uow).handovers
    assert queued.severity is Severity.UNSTABLE and queued.summary == "Anticoagulant, INR instable"


def test_enter_in_an_action_moves_on_and_never_closes_the_form(qtbot, cabinet, petit):
    page = make_page(qtbot, petit)
    page.open_patient(cabinet.patient_ids[0])
    dialog = open_handover(page)
    qtbot.keyClicks(dialog.rows[0].what, "Appeler le laboratoire")
    qtbot.keyClick(dialog.rows[0].what, Qt.Key.Key_Return)
    assert dialog.isVisible() and len(dialog.rows) == 2
    qtbot.keyClick(dialog.rows[1].what, Qt.Key.Key_Return)  # an empty action: on to « si … alors … »
    assert dialog.isVisible() and len(dialog.rows) == 2 and handovers_written(cabinet) == 0


def test_a_draft_belongs_to_the_one_who_typed_it(qtbot, cabinet, petit):
    page = make_page(qtbot, petit)
    page.open_patient(cabinet.patient_ids[0])
    type_note(qtbot, page, reason="Douleur thoracique atypique")
    page.clear()  # a switch of user: the main window clears the pages first…
    petit.set_session_user(cabinet.login("dr.bernard"))  # …then the next person logs in
    page.open_patient(cabinet.patient_ids[0])
    assert page.editor.is_empty()  # Dr Petit's draft is not shown to Dr Bernard
    type_note(qtbot, page, reason="typed by Bernard")
    petit.set_session_user(cabinet.login("dr.petit"))  # no clear first: never saved as someone else
    page.open_patient(cabinet.patient_ids[0])
    assert page.editor.text_of("reason") == "Douleur thoracique atypique"
