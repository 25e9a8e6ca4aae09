"""The planning page with real widgets (offscreen) on a real SQLite database: the secretary
creates, moves (drag and drop) and cancels shifts with the rules checked and explained in French,
navigates with the keyboard, runs auto-fill and accepts part of it; a doctor sees the planning
and his own dates, without the write buttons, and exports his ICS."""

from __future__ import annotations

from datetime import date, time, timedelta

import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QDialogButtonBox

from cabinet_app.changes import Area
from cabinet_app.clock import today_paris
from cabinet_app.planning.calendar import at, holiday_name
from cabinet_app.planning.model import ShiftSource, ShiftStatus
from cabinet_app.planning.rota_services import (
    ShiftInput,
    add_availability,
    add_contract,
    count_gaps_ahead,
    create_shift,
    list_gaps,
    list_shifts,
)
from cabinet_app.ui.app import install_translators
from cabinet_app.ui.context import AppContext
from cabinet_app.ui.planning import PlanningPage, gap_count_ahead
from cabinet_app.ui.planning import actions as actions_module
from cabinet_app.ui.planning.autofill_dialog import AutofillDialog, GapsDialog
from cabinet_app.ui.planning.availability_dialog import AvailabilityDialog
from cabinet_app.ui.planning.data import MINE, HalfDay, monday_of
from cabinet_app.ui.planning.models import WeekPlanningModel
from cabinet_app.ui.planning.shift_dialogs import AFTERNOON, CUSTOM, CancelShiftDialog, ShiftDialog
from cabinet_app.ui.planning.widgets import select_data, set_edited_date, set_edited_time
from cabinet_app.ui.tasks import InlineRunner
from tests.ui.shell_support import ensure_translations

MONDAY = date(2026, 11, 30)


@pytest.fixture
def rota(cabinet):
    """The small cabinet with a replacement contract around the test week."""
    with cabinet.uow("secretaire") as uow:
        add_contract(uow, practitioner_id=cabinet.replacement_id, starts_on=MONDAY - timedelta(days=7),
                     ends_on=MONDAY + timedelta(days=60))
        uow.commit()
    return cabinet


def make_page(qtbot, cabinet, login: str) -> PlanningPage:
    ensure_translations()
    install_translators("fr")
    ctx = AppContext(cabinet.engine, InlineRunner(), language="fr")
    ctx.set_session_user(cabinet.login(login))
    page = PlanningPage(ctx)
    ctx.changed.connect(page.refresh)  # what the main window does
    qtbot.addWidget(page)
    page.resize(1300, 700)
    page.show()
    qtbot.waitExposed(page)
    page.go_to(MONDAY)
    return page


@pytest.fixture
def page(qtbot, rota) -> PlanningPage:
    return make_page(qtbot, rota, "secretaire")


def add_shift(cabinet, who, day=MONDAY, afternoon=False, site=None):
    start, end = (time(14), time(19)) if afternoon else (time(8), time(12))
    with cabinet.uow("secretaire") as uow:
        made = create_shift(uow, ShiftInput(site or cabinet.site_id, who, at(day, start), at(day, end))).value
        uow.commit()
    return made


def shifts(cabinet, include_cancelled=False, **filters):
    with cabinet.uow("secretaire") as uow:
        return list_shifts(uow, start=at(MONDAY, time(0)), end=at(MONDAY + timedelta(days=7), time(0)),
                           include_cancelled=include_cancelled, **filters)


def cell(page: PlanningPage, cabinet, day=MONDAY, half=HalfDay.MORNING, site=None):
    return page.week_model.cell_index(site or cabinet.site_id, day, half)


def names_in(page: PlanningPage, cabinet, day=MONDAY, half=HalfDay.MORNING, site=None) -> list[str]:
    return [s.practitioner_name for s in cell(page, cabinet, day, half, site).data(WeekPlanningModel.SHIFTS_ROLE)]


def new_shift_dialog(page: PlanningPage, cabinet, who, day=MONDAY, half=HalfDay.MORNING) -> ShiftDialog:
    page.actions.new_shift(cell=page.week_model.cell(cell(page, cabinet, day, half)))
    dialog = page.actions.dialog
    assert isinstance(dialog, ShiftDialog) and dialog.isVisible()
    assert select_data(dialog.practitioner_combo, who)
    return dialog


def drop(page: PlanningPage, source, target) -> None:
    """A drop event handled by the view: the view asks the model, which asks the page."""
    page.week_view.setCurrentIndex(source)
    mime = page.week_view.week_model().shift_mime_data(page.week_model.cell(source),
                                                        page.week_view.selected_shift())
    point = QPointF(page.week_view.visualRect(target).center())
    event = QDropEvent(point, Qt.DropAction.MoveAction, mime, Qt.MouseButton.LeftButton,
                       Qt.KeyboardModifier.NoModifier)
    event.ignore()  # as Qt delivers it: the view accepts it once the model took the drop
    page.week_view.dropEvent(event)  # QAbstractItemView's own handling (there is no drag in progress)
    assert event.isAccepted()


def test_the_secretary_creates_a_shift_through_the_dialog(qtbot, page, rota):
    assert page.new_button.isVisible() and page.autofill_button.isVisible()
    dialog = new_shift_dialog(page, rota, rota.titular_id)
    assert dialog.site_combo.currentData() == rota.site_id
    assert (dialog.start_time.time().hour(), dialog.end_time.time().hour()) == (8, 12)
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert names_in(page, rota) == ["Dr Claire Bernard"]
    assert page.message_label.text() == "Vacation enregistrée."


def test_an_afternoon_preset_and_a_week_preset(page, rota):
    dialog = new_shift_dialog(page, rota, rota.replacement_id, day=MONDAY + timedelta(days=2))
    select_data(dialog.preset_combo, AFTERNOON)
    assert (dialog.start_time.time().hour(), dialog.end_time.time().hour()) == (14, 19)
    select_data(dialog.preset_combo, "week")
    data = dialog.shift_input()
    assert (data.starts_at, data.ends_at) == (at(MONDAY, time(8)), at(MONDAY + timedelta(days=5), time(12)))
    select_data(dialog.preset_combo, CUSTOM)
    set_edited_date(dialog.start_date, MONDAY + timedelta(days=7))  # other times keep their length
    data = dialog.shift_input()
    assert (data.starts_at, data.ends_at) == (at(MONDAY + timedelta(days=7), time(8)),
                                              at(MONDAY + timedelta(days=12), time(12)))


def test_an_overlapping_shift_is_refused_in_french_and_nothing_is_saved(page, rota):
    add_shift(rota, rota.titular_id, site=rota.parent_id)
    dialog = new_shift_dialog(page, rota, rota.titular_id)
    dialog.save()
    assert dialog.isVisible()
    assert "déjà en vacation à « Pôle mère de la Roche »" in dialog.error_label.text()
    assert "deux endroits à la fois" in dialog.error_label.text()
    assert len(shifts(rota, site_ids=[rota.site_id])) == 0
    assert names_in(page, rota) == []


def test_a_warning_asks_before_saving(page, rota):
    questions: list[str] = []
    answers = iter([False, True])
    page.confirm = lambda text: questions.append(text) or next(answers)
    dialog = new_shift_dialog(page, rota, rota.titular_id, half=HalfDay.AFTERNOON)
    set_edited_time(dialog.start_time, time(18))
    set_edited_time(dialog.end_time, time(21))
    dialog.save()
    assert "horaires d'ouverture" in questions[0] and questions[0].endswith("Enregistrer quand même ?")
    assert dialog.isVisible() and shifts(rota) == []
    dialog.save()
    assert not dialog.isVisible()
    assert [(s.starts_at, s.ends_at) for s in shifts(rota)] == [(at(MONDAY, time(18)), at(MONDAY, time(21)))]


def test_dragging_a_shift_to_another_day_and_half_day_moves_it(page, rota):
    made = add_shift(rota, rota.titular_id)
    page.reload()
    wednesday = MONDAY + timedelta(days=2)
    drop(page, cell(page, rota), cell(page, rota, wednesday, HalfDay.AFTERNOON))
    (moved,) = shifts(rota)
    assert (moved.id, moved.starts_at, moved.ends_at) == (made.id, at(wednesday, time(14)), at(wednesday, time(19)))
    assert names_in(page, rota) == []
    assert names_in(page, rota, wednesday, HalfDay.AFTERNOON) == ["Dr Claire Bernard"]
    assert page.message_label.text() == "Vacation déplacée."


def test_dragging_onto_a_conflict_is_refused_and_the_planning_stays(page, rota):
    add_shift(rota, rota.titular_id)
    tuesday = MONDAY + timedelta(days=1)
    add_shift(rota, rota.titular_id, day=tuesday, site=rota.parent_id)
    page.reload()
    drop(page, cell(page, rota), cell(page, rota, tuesday))
    assert "déjà en vacation à « Pôle mère de la Roche »" in page.message_label.text()
    assert [s.starts_at for s in shifts(rota, site_ids=[rota.site_id])] == [at(MONDAY, time(8))]
    assert names_in(page, rota) == ["Dr Claire Bernard"] and names_in(page, rota, tuesday) == []


def test_cancelling_asks_a_reason_and_keeps_the_shift_as_cancelled(qtbot, page, rota):
    add_shift(rota, rota.titular_id)
    page.reload()
    page.week_view.setCurrentIndex(cell(page, rota))
    assert page.cancel_button.isEnabled()
    qtbot.mouseClick(page.cancel_button, Qt.MouseButton.LeftButton)
    dialog = page.actions.dialog
    assert isinstance(dialog, CancelShiftDialog)
    dialog.save()
    assert dialog.isVisible() and "motif" in dialog.error_label.text()
    dialog.reason_edit.setText("Malade")
    dialog.save()
    assert not dialog.isVisible()
    (kept,) = shifts(rota, include_cancelled=True)
    assert (kept.status, kept.cancel_reason) == (ShiftStatus.CANCELLED, "Malade")
    assert names_in(page, rota) == []


def test_editing_a_shift_gives_it_to_someone_else(page, rota):
    add_shift(rota, rota.titular_id)
    page.reload()
    page.week_view.setCurrentIndex(cell(page, rota))
    dialog = page.actions.edit_selected()
    assert dialog is not None and dialog.preset_combo.currentData() == CUSTOM
    select_data(dialog.practitioner_combo, rota.replacement_id)
    dialog.save()
    assert names_in(page, rota) == ["Dr Hugo Petit"]


def test_keyboard_navigation_changes_week(qtbot, page, rota):
    view = page.week_view
    view.setFocus()
    view.setCurrentIndex(cell(page, rota))
    qtbot.keyClick(view, Qt.Key.Key_Right)
    assert view.currentIndex().column() == 1  # arrows move in the table
    qtbot.keyClick(view, Qt.Key.Key_PageDown)
    assert page.week_model.week_start == MONDAY + timedelta(days=7)
    qtbot.keyClick(view, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    qtbot.keyClick(view, Qt.Key.Key_PageUp)
    assert page.week_model.week_start == MONDAY - timedelta(days=7)
    qtbot.keyClick(view, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    assert page.week_model.week_start == monday_of(today_paris())
    assert "Semaine" in page.period_label.text()


def test_the_month_view_and_back_to_a_week(page, rota):
    add_shift(rota, rota.titular_id)
    page.mode_buttons["month"].click()
    assert page.period_label.text() == "Novembre 2026"
    assert "Claire Bernard" in page.month_model.index_of(MONDAY).data()
    page.next()
    assert page.period_label.text() == "Décembre 2026"
    page._day_activated(page.month_model.index_of(date(2026, 12, 9)))
    assert page.mode == "week" and page.week_model.week_start == date(2026, 12, 7)


def test_autofill_proposes_and_accepting_part_applies_only_the_checked_rows(page, rota):
    with rota.uow("secretaire") as uow:
        for who in (rota.titular_id, rota.replacement_id):
            add_availability(uow, practitioner_id=who, starts_at=at(MONDAY, time(7)),
                             ends_at=at(MONDAY + timedelta(days=2), time(20)), site_id=rota.site_id)
        uow.commit()
    dialog = page.actions.autofill()
    assert isinstance(dialog, AutofillDialog)
    set_edited_date(dialog.first_date, MONDAY)
    set_edited_date(dialog.last_date, MONDAY + timedelta(days=6))
    for i in range(dialog.site_list.count()):
        item = dialog.site_list.item(i)
        item.setCheckState(Qt.CheckState.Checked if item.data(Qt.ItemDataRole.UserRole) == rota.site_id
                           else Qt.CheckState.Unchecked)
    dialog.propose()
    proposed = dialog.proposal_model.rows()
    assert len(proposed) == 6  # Monday to Wednesday, mornings and afternoons
    assert dialog.status_label.text().startswith(("Proposition : optimale.", "Proposition : réalisable"))
    uncovered = dialog.uncovered_model
    assert uncovered.rowCount() == 5  # Thursday to Saturday: nobody offered
    assert uncovered.index(0, uncovered.REASONS).data() == "personne ne s'est dit disponible"
    dialog.proposal_model.set_checked(0, False)
    dialog.proposal_model.set_checked(1, False)
    dialog.accept_selection()
    assert not dialog.isVisible()
    saved = shifts(rota, site_ids=[rota.site_id])
    assert sorted((s.starts_at, s.practitioner_id) for s in saved) == \
        sorted((p.starts_at, p.practitioner_id) for p in proposed[2:])
    assert all(s.source is ShiftSource.AUTOFILL for s in saved)
    with rota.uow("secretaire") as uow:
        assert len(list_gaps(uow, first=MONDAY, last=MONDAY + timedelta(days=6), site_ids=[rota.site_id])) == 7
    assert sum(bool(cell(page, rota, MONDAY + timedelta(days=d), h).data(WeekPlanningModel.SHIFTS_ROLE))
               for d in range(3) for h in HalfDay) == 4


def test_the_gap_counter_and_the_list_of_gaps(qtbot, page, rota):
    counted: list[int] = []
    page.gapsCounted.connect(counted.append)
    page.refresh(Area.PLANNING)
    with rota.uow("secretaire") as uow:
        expected = count_gaps_ahead(uow)
    assert counted == [expected] == [gap_count_ahead(page.ctx)] and expected > 0
    assert page.gap_label.text() == f"{expected} créneaux non couverts dans les 30 prochains jours"
    page.actions.show_gaps()
    dialog = page.actions.dialog
    assert isinstance(dialog, GapsDialog) and dialog.model.rowCount() == expected
    first = dialog.model.index(0, 0)
    dialog.jump_to(first)
    assert page.week_model.week_start == monday_of(first.data(dialog.model.DATE_ROLE))
    assert page.week_view.currentIndex().data(WeekPlanningModel.GAPS_ROLE)


def next_working_day() -> date:
    day = today_paris() + timedelta(days=1)
    while day.weekday() >= 5 or holiday_name(day):
        day += timedelta(days=1)
    return day


def test_the_doctor_sees_his_dates_and_exports_his_ics(qtbot, rota, tmp_path, monkeypatch):
    day = next_working_day()
    with rota.uow("secretaire") as uow:
        add_contract(uow, practitioner_id=rota.replacement_id, starts_on=day, ends_on=day, titular_id=rota.titular_id)
        uow.commit()
    add_shift(rota, rota.replacement_id, day=day)
    page = make_page(qtbot, rota, "dr.petit")
    for button in (page.new_button, page.edit_button, page.cancel_button, page.autofill_button):
        assert not button.isVisible()
    assert page.mode_buttons[MINE].isVisible() and page.ics_button.isVisible()
    assert not page.week_model.editable
    page.mode_buttons[MINE].click()
    assert page.dates_model.rowCount() == 1
    assert page.dates_model.index(0, 1).data() == "Cabinet secondaire de Nieul"
    target = tmp_path / "mes-dates.ics"
    monkeypatch.setattr(actions_module.QFileDialog, "getSaveFileName",
                        lambda *args, **kwargs: (str(target), "Calendrier (*.ics)"))
    qtbot.mouseClick(page.ics_button, Qt.MouseButton.LeftButton)
    content = target.read_text()
    assert content.startswith("BEGIN:VCALENDAR") and content.count("BEGIN:VEVENT") == 1
    assert "Cabinet secondaire de Nieul" in content


def test_the_doctor_enters_only_his_own_availabilities(qtbot, rota):
    page = make_page(qtbot, rota, "dr.petit")
    dialog = page.actions.availabilities()
    assert isinstance(dialog, AvailabilityDialog)
    assert dialog.practitioner_combo.count() == 1 and not dialog.practitioner_combo.isEnabled()
    assert dialog.practitioner_id() == rota.replacement_id
    set_edited_date(dialog.start_date, MONDAY)
    set_edited_date(dialog.end_date, MONDAY + timedelta(days=1))
    dialog.add()
    assert dialog.model.rowCount() == 1 and dialog.model.index(0, 2).data() == "Disponible"
    assert page.availability_model.rowCount() == 1  # visible on the planning at once


def test_printing_the_month_writes_a_pdf_or_says_why_not(qtbot, page, rota, tmp_path, monkeypatch):
    chosen = iter([str(tmp_path / "novembre.pdf"), str(tmp_path / "absent" / "x.pdf")])
    monkeypatch.setattr(actions_module.QFileDialog, "getSaveFileName",
                        lambda *args, **kwargs: (next(chosen), ""))
    page.actions.print_month(rota.site_id)
    assert (tmp_path / "novembre.pdf").read_bytes().startswith(b"%PDF")
    assert "Enregistré" in page.message_label.text()
    page.actions.print_month(rota.site_id)
    assert "ne peut pas être écrit" in page.message_label.text()


def test_clear_forgets_what_is_shown(page, rota):
    add_shift(rota, rota.titular_id)
    page.reload()
    page.clear()
    assert page.week_model.rowCount() == 0 and page.availability_model.rowCount() == 0
    page.refresh(Area.PLANNING)
    assert names_in(page, rota) == ["Dr Claire Bernard"]
