"""The appointment book with real widgets (offscreen) on a real SQLite database: the secretary
books with the mouse and the keyboard, moves, cancels, marks arrivals; a cancelled shift fills
"to rebook"; the day prints; a doctor opens a patient from their day."""

from __future__ import annotations

from datetime import date, time, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from cabinet_app.appointments.model import AppointmentStatus as S
from cabinet_app.appointments.services import BookingInput, book, day_book, list_types, patient_history
from cabinet_app.changes import Area
from cabinet_app.errors import PlanningRefused
from cabinet_app.messages import describe
from cabinet_app.planning.calendar import at
from cabinet_app.planning.rota_services import ShiftInput, cancel_shift, create_shift
from cabinet_app.planning.rules import Violation
from cabinet_app.security.model import AuditAction
from cabinet_app.security.services import list_audit
from cabinet_app.ui.appointments import AppointmentsPage
from cabinet_app.ui.appointments import printing
from cabinet_app.ui.appointments.booking_dialog import BookingDialog
from cabinet_app.ui.appointments.dialogs import CancelAppointmentDialog, AppointmentHistoryDialog
from cabinet_app.ui.appointments.models import PatientHistoryModel
from cabinet_app.ui.appointments.widgets import set_edited_date, set_edited_time
from cabinet_app.ui.context import AppContext
from cabinet_app.ui.tasks import InlineRunner

DAY = date(2031, 12, 1)  # a Monday in the future: no "in the past" warning
DUPONT, MARTIN, LEFEVRE, GARCIA = range(4)


@pytest.fixture
def shift(cabinet):
    with cabinet.uow("secretaire") as uow:
        made = create_shift(uow, ShiftInput(cabinet.site_id, cabinet.titular_id, at(DAY, time(8)),
                                            at(DAY, time(12)))).value
        list_types(uow, cabinet.site_id)
        uow.commit()
    return made


def types(cabinet) -> dict:
    with cabinet.uow("secretaire") as uow:
        return {t.name: t for t in list_types(uow, cabinet.site_id)}


def booked(cabinet, patient: int, hour: int, minute: int = 0, kind: str = "Consultation", day: date = DAY):
    with cabinet.uow("secretaire") as uow:
        info = book(uow, BookingInput(cabinet.site_id, cabinet.titular_id, cabinet.patient_ids[patient],
                                      types(cabinet)[kind].id, at(day, time(hour, minute)))).value
        uow.commit()
    return info


def the_day(cabinet, day: date = DAY):
    with cabinet.uow("secretaire") as uow:
        return [a for c in day_book(uow, cabinet.site_id, day).columns for a in c.appointments]


def make_page(qtbot, cabinet, login: str) -> AppointmentsPage:
    ctx = AppContext(cabinet.engine, InlineRunner(), language="fr")
    ctx.set_session_user(cabinet.login(login))
    widget = AppointmentsPage(ctx)
    ctx.changed.connect(widget.refresh)  # what the main window does
    qtbot.addWidget(widget)
    widget.resize(1200, 800)
    widget.show()
    qtbot.waitExposed(widget)
    widget.go_to_day(DAY)
    return widget


@pytest.fixture
def page(qtbot, cabinet, shift) -> AppointmentsPage:
    return make_page(qtbot, cabinet, "secretaire")


def cell(page: AppointmentsPage, hour: int, minute: int = 0, column: int = 0):
    model = page.book_model
    return model.index(model.layout.row_of(at(DAY, time(hour, minute))), column)


def click(qtbot, page: AppointmentsPage, index, double: bool = False) -> None:
    page.book_view.scrollTo(index)
    pos = page.book_view.visualRect(index).center()
    qtbot.mouseClick(page.book_view.viewport(), Qt.MouseButton.LeftButton, pos=pos)
    if double:
        qtbot.mouseDClick(page.book_view.viewport(), Qt.MouseButton.LeftButton, pos=pos)


def shortcut(qtbot, page: AppointmentsPage, key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    page.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is page)
    page.book_view.setFocus()
    qtbot.keyClick(page.book_view, key, modifier)


def select(qtbot, page: AppointmentsPage, appointment_id) -> None:
    click(qtbot, page, page.book_model.index_of(appointment_id))
    assert page.current() is not None and page.current().id == appointment_id


def test_the_secretary_books_with_the_mouse(qtbot, page, cabinet):
    click(qtbot, page, cell(page, 9), double=True)
    dialog = page.dialog
    assert isinstance(dialog, BookingDialog)
    assert dialog.time_edit.time().toString("HH:mm") == "09:00"
    assert dialog.practitioner_combo.currentText().startswith("Dr Claire Bernard")
    assert "08:00–12:00" in dialog.free_label.text()
    qtbot.keyClicks(dialog.search_edit, "helene")  # no accent, lower case
    qtbot.waitUntil(lambda: dialog.patient_model.rowCount() == 1)
    rect = dialog.patient_table.visualRect(dialog.patient_model.index(0, 0))
    qtbot.mouseClick(dialog.patient_table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert dialog.selected_patient().birth_name == "DUPONT"
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert page.dialog is None
    [made] = the_day(cabinet)
    assert (made.patient_name, made.starts_at, made.practitioner_id) == ("DUPONT Hélène", at(DAY, time(9)),
                                                                          cabinet.titular_id)
    assert page.book_model.info_at(cell(page, 9).row(), 0).id == made.id
    assert page.current().id == made.id
    assert "DUPONT Hélène" in page.info_label.text()


def test_the_secretary_books_with_the_keyboard(qtbot, page, cabinet):
    assert "Ctrl+N" in page.actions_.new.toolTip()
    shortcut(qtbot, page, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    dialog = page.dialog
    assert isinstance(dialog, BookingDialog)
    qtbot.keyClicks(dialog.search_edit, "martin")
    qtbot.keyClick(dialog.search_edit, Qt.Key.Key_Return)  # the only patient found is booked
    assert page.dialog is None
    [made] = the_day(cabinet)
    assert made.patient_name == "MARTIN Jean" and made.starts_at == at(DAY, time(8))  # the first free time


def test_create_the_patient_inline_then_book(qtbot, page, cabinet):
    dialog = page.new_appointment(cabinet.titular_id, at(DAY, time(10)))
    qtbot.mouseClick(dialog.new_patient_button, Qt.MouseButton.LeftButton)
    form = dialog.patient_dialog
    for key, value in {"birth_name": "MORIN", "first_names": "Anaïs", "birth_date": "17/05/1990"}.items():
        form.fields[key].setText(value)
    form.fields["sex"].setCurrentIndex(form.fields["sex"].findData("F"))
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert dialog.selected_patient().birth_name == "MORIN"
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert [a.patient_name for a in the_day(cabinet)] == ["MORIN Anaïs"]


def test_next_free_slot_fills_the_dialog(qtbot, page, cabinet):
    booked(cabinet, DUPONT, 8)
    booked(cabinet, MARTIN, 8, 15)
    page.refresh(Area.APPOINTMENTS)
    dialog = page.new_appointment()
    dialog.type_combo.setCurrentIndex(dialog.type_combo.findText("Consultation longue", Qt.MatchFlag.MatchStartsWith))
    set_edited_time(dialog.time_edit, time(11, 50))
    qtbot.mouseClick(dialog.next_free_button, Qt.MouseButton.LeftButton)
    assert dialog.time_edit.time().toString("HH:mm") == "08:30"
    assert dialog.practitioner_combo.currentText().startswith("Dr Claire Bernard")
    assert "08:30" in dialog.next_free_label.text()


def test_moving_by_drag_and_drop_and_with_the_dialog(qtbot, page, cabinet):
    first = booked(cabinet, DUPONT, 9)
    page.refresh(Area.APPOINTMENTS)
    model = page.book_model
    mime = model.mimeData([model.index_of(first.id)])
    assert model.dropMimeData(mime, Qt.DropAction.MoveAction, -1, -1, cell(page, 11))  # the view's drop
    qtbot.waitUntil(lambda: the_day(cabinet)[0].starts_at == at(DAY, time(11)))
    assert model.index_of(first.id) == cell(page, 11)
    assert page.message_text() == ""

    select(qtbot, page, first.id)
    page.actions_.move.trigger()
    dialog = page.dialog
    assert isinstance(dialog, BookingDialog) and dialog.appointment.id == first.id
    set_edited_time(dialog.time_edit, time(10, 30))
    qtbot.keyClick(dialog.time_edit, Qt.Key.Key_Return)
    assert page.dialog is None
    assert the_day(cabinet)[0].starts_at == at(DAY, time(10, 30))


def test_a_conflicting_move_is_refused_in_french_and_nothing_changes(qtbot, page, cabinet):
    first = booked(cabinet, DUPONT, 9)
    other = booked(cabinet, MARTIN, 10)
    page.refresh(Area.APPOINTMENTS)
    model = page.book_model
    model.dropMimeData(model.mimeData([model.index_of(first.id)]), Qt.DropAction.MoveAction, -1, -1,
                       model.index_of(other.id))
    expected = describe(PlanningRefused((Violation("practitioner_booked", {"start": other.starts_at,
                                                                           "end": other.ends_at}),)), "fr")
    qtbot.waitUntil(lambda: page.message_text() != "")
    assert page.message_text() == expected
    assert expected.startswith("Le praticien a déjà un rendez-vous à ce moment (01/12/2031 10:00 – 10:15)")
    assert {a.id: a.starts_at for a in the_day(cabinet)} == {first.id: first.starts_at, other.id: other.starts_at}

    select(qtbot, page, first.id)  # outside the shift, with the dialog
    dialog = page.move_dialog(page.current())
    set_edited_time(dialog.time_edit, time(14))
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and page.dialog is dialog
    assert dialog.error_text() == describe(PlanningRefused((Violation("outside_shift"),)), "fr")
    assert "choisissez un médecin de garde" in dialog.error_text()
    assert the_day(cabinet)[0].starts_at == at(DAY, time(9))


def test_cancel_with_a_reason_kept_in_the_history(qtbot, page, cabinet):
    first = booked(cabinet, DUPONT, 9)
    page.refresh(Area.APPOINTMENTS)
    select(qtbot, page, first.id)
    shortcut(qtbot, page, Qt.Key.Key_Delete)
    dialog = page.dialog
    assert isinstance(dialog, CancelAppointmentDialog) and not dialog.ok_button.isEnabled()  # a reason first
    dialog.set_reason("Patient hospitalisé")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert page.dialog is None
    assert not page.book_model.index_of(first.id).isValid()  # cancelled ones hidden by default
    page.show_cancelled_check.setChecked(True)
    assert page.book_model.index_of(first.id).isValid()
    with cabinet.uow("secretaire") as uow:
        [kept] = patient_history(uow, cabinet.patient_ids[DUPONT])
    assert (kept.status, kept.cancel_reason) == (S.CANCELLED, "Patient hospitalisé")

    select(qtbot, page, first.id)
    page.actions_.history.trigger()
    history = page.dialog
    assert isinstance(history, AppointmentHistoryDialog) and history.model.rowCount() == 1
    assert history.model.index(0, PatientHistoryModel.DETAILS).data() == "Patient hospitalisé"


def test_arrived_then_seen_through_the_waiting_room(qtbot, page, cabinet):
    first = booked(cabinet, DUPONT, 9)
    second = booked(cabinet, MARTIN, 9, 15)
    page.refresh(Area.APPOINTMENTS)
    select(qtbot, page, second.id)
    assert "F5" in page.actions_.arrived.toolTip()
    shortcut(qtbot, page, Qt.Key.Key_F5)
    assert page.side.waiting_model.rowCount() == 1
    assert page.side.waiting_model.appointment_at(0).patient_name == "MARTIN Jean"
    assert page.side.waiting_badge.text() == "1"
    assert page.book_model.info_at(page.book_model.index_of(second.id).row(), 0).status is S.ARRIVED
    page.side.waiting_table.selectRow(0)
    assert page.current().id == second.id
    page.actions_.seen.trigger()  # F6
    assert page.side.waiting_model.rowCount() == 0 and page.side.waiting_badge.text() == "0"
    statuses = {a.id: a.status for a in the_day(cabinet)}
    assert statuses == {first.id: S.BOOKED, second.id: S.SEEN}
    select(qtbot, page, first.id)
    shortcut(qtbot, page, Qt.Key.Key_F7)
    assert {a.id: a.status for a in the_day(cabinet)}[first.id] is S.NO_SHOW


def test_a_cancelled_shift_fills_to_rebook_and_rebooking_empties_it(qtbot, page, cabinet, shift):
    first = booked(cabinet, DUPONT, 9)
    assert page.side.rebook_count() == 0
    with cabinet.uow("secretaire") as uow:
        cancel_shift(uow, shift.id, reason="Malade")
        create_shift(uow, ShiftInput(cabinet.site_id, cabinet.titular_id, at(DAY + timedelta(days=1), time(8)),
                                     at(DAY + timedelta(days=1), time(12))))
        uow.commit()
    page.refresh(Area.PLANNING)
    assert page.side.rebook_count() == 1 and page.side.rebook_badge.text() == "1"
    assert page.side.rebook_model.appointment_at(0).patient_name == "DUPONT Hélène"
    page.side.select_rebook(0)
    qtbot.mouseClick(page.side.rebook_button, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    assert isinstance(dialog, BookingDialog) and dialog.appointment.id == first.id
    set_edited_date(dialog.date_edit, DAY + timedelta(days=1))
    set_edited_time(dialog.time_edit, time(9, 30))
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert page.side.rebook_count() == 0
    assert page.day == DAY + timedelta(days=1) and page.current().id == first.id
    [moved] = the_day(cabinet, DAY + timedelta(days=1))
    assert (moved.status, moved.starts_at) == (S.BOOKED, at(DAY + timedelta(days=1), time(9, 30)))


def test_a_booking_in_the_past_is_saved_once_confirmed(qtbot, page, cabinet):
    past = date(2024, 12, 2)
    with cabinet.uow("secretaire") as uow:
        create_shift(uow, ShiftInput(cabinet.site_id, cabinet.titular_id, at(past, time(8)), at(past, time(12))))
        uow.commit()
    page.go_to_day(past)
    dialog = page.new_appointment(cabinet.titular_id, at(past, time(9)))
    questions: list[str] = []
    dialog.confirm = lambda text: questions.append(text) or False
    qtbot.keyClicks(dialog.search_edit, "garcia")
    dialog.search_now()
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert "dans le passé (02/12/2024 09:00)" in questions[0] and the_day(cabinet, past) == []
    dialog.confirm = lambda text: True
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert [a.patient_name for a in the_day(cabinet, past)] == ["GARCIA Noël"]


def test_printing_the_day_and_a_reminder_slip(qtbot, page, cabinet, tmp_path, monkeypatch):
    first = booked(cabinet, DUPONT, 9)
    page.refresh(Area.APPOINTMENTS)
    asked: list[str] = []

    def save_as(parent, title, suggested, filter_):
        asked.append(suggested)
        return str(tmp_path / ("day" if len(asked) == 1 else "slip")), filter_

    monkeypatch.setattr(printing.QFileDialog, "getSaveFileName", staticmethod(save_as))
    shortcut(qtbot, page, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    day_pdf = tmp_path / "day.pdf"
    assert day_pdf.read_bytes().startswith(b"%PDF")
    assert asked[0].endswith("2031-12-01.pdf") and str(day_pdf) in page.info_label.text()
    select(qtbot, page, first.id)
    page.actions_.reminder.trigger()
    assert (tmp_path / "slip.pdf").read_bytes().startswith(b"%PDF")


def test_a_doctor_opens_a_patient_from_their_day(qtbot, cabinet, shift):
    booked(cabinet, MARTIN, 10)
    booked(cabinet, DUPONT, 8, 30)
    page = make_page(qtbot, cabinet, "dr.bernard")
    assert page.actions_.my_day.isChecked() and page.stack.currentIndex() == 1
    names = [page.my_day_proxy.index(r, 1).data() for r in range(page.my_day_proxy.rowCount())]
    assert names == ["DUPONT Hélène", "MARTIN Jean"]
    opened: list = []
    page.open_patient_requested.connect(opened.append)
    index = page.my_day_proxy.index(1, 1)
    rect = page.my_day_table.visualRect(index)
    qtbot.mouseClick(page.my_day_table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(page.my_day_table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert opened == [cabinet.patient_ids[MARTIN]]
    with cabinet.uow("admin") as uow:
        [row] = list_audit(uow, action=AuditAction.PATIENT_OPEN)
    assert (row.login, row.patient_id) == ("dr.bernard", cabinet.patient_ids[MARTIN])
    page.actions_.my_day.setChecked(False)  # the whole book is there too
    assert page.stack.currentIndex() == 0 and page.book_model.columnCount() == 1


def test_the_secretary_has_no_my_day_and_clear_hides_every_patient(qtbot, page, cabinet):
    first = booked(cabinet, DUPONT, 9)
    booked(cabinet, MARTIN, 9, 15)
    page.refresh(Area.APPOINTMENTS)
    assert page.my_day_button.isHidden()
    select(qtbot, page, first.id)
    page.actions_.arrived.trigger()
    page.cancel_current()
    assert page.dialog is not None
    page.clear()
    assert page.dialog is None and page.current() is None
    assert page.book_model.rowCount() == 0 and page.side.waiting_model.rowCount() == 0
    assert page.info_label.isHidden() and page.summary_label.text() == ""
    assert not page.actions_.arrived.isEnabled()
    page.refresh(Area.APPOINTMENTS)
    assert page.book_model.index_of(first.id).isValid()


def test_day_navigation_with_the_keyboard(qtbot, page):
    shortcut(qtbot, page, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert page.day == DAY + timedelta(days=1) and page.book_model.rowCount() == 0
    assert page.summary_label.text() == page.tr("Nobody on duty at this site on this day.")
    shortcut(qtbot, page, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert page.day == DAY and page.book_model.rowCount() == 4 * 12
    shortcut(qtbot, page, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    assert page.day != DAY
