"""The secretary's settings of the planning, with real widgets (offscreen) on a real SQLite
database: a site's opening hours, closures and settings (« Horaires et fermetures… »), and the
recurring shifts (« Vacation récurrente… »); refusals in French, nothing half-saved; a doctor
gets neither action."""

from __future__ import annotations

from datetime import date, time, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from cabinet_app.clock import today_paris
from cabinet_app.planning.calendar import DEFAULT_HOURS, at, holiday_name
from cabinet_app.planning.model import ShiftSource
from cabinet_app.planning.rota_services import (
    ShiftInput,
    add_contract,
    create_shift,
    list_closures,
    list_gaps,
    list_shifts,
    opening_hours,
)
from cabinet_app.planning.services import get_site
from cabinet_app.ui.planning import PlanningPage
from cabinet_app.ui.planning.data import HalfDay, monday_of
from cabinet_app.ui.planning.models import WeekPlanningModel
from cabinet_app.ui.planning.pattern_dialog import AFTERNOON, PatternDialog
from cabinet_app.ui.planning.site_settings_dialog import SiteSettingsDialog
from cabinet_app.ui.planning.widgets import select_data, set_edited_date, set_edited_time
from tests.ui.test_planning_page import MONDAY, make_page

TUESDAY = MONDAY + timedelta(days=1)


@pytest.fixture
def rota(cabinet):
    with cabinet.uow("secretaire") as uow:
        add_contract(uow, practitioner_id=cabinet.replacement_id, starts_on=MONDAY - timedelta(days=7),
                     ends_on=MONDAY + timedelta(days=60))
        uow.commit()
    return cabinet


@pytest.fixture
def page(qtbot, rota) -> PlanningPage:
    return make_page(qtbot, rota, "secretaire")


def settings_dialog(page: PlanningPage, site_id) -> SiteSettingsDialog:
    page.confirm = lambda _text: True
    dialog = page.actions.site_settings()
    assert isinstance(dialog, SiteSettingsDialog) and dialog.isVisible()
    select_data(dialog.site_combo, site_id)
    assert dialog.settings is not None and dialog.settings.site.id == site_id
    return dialog


def hours_of(cabinet, weekday: int) -> list[tuple[time, time]]:
    with cabinet.uow("secretaire") as uow:
        return [(h.opens, h.closes) for h in opening_hours(uow, cabinet.site_id) if h.weekday == weekday]


def gaps_on(cabinet, day: date) -> list:
    with cabinet.uow("secretaire") as uow:
        return list_gaps(uow, first=day, last=day, site_ids=[cabinet.site_id])


def site_shifts(cabinet, first=MONDAY, days=28):
    with cabinet.uow("secretaire") as uow:
        return list_shifts(uow, start=at(first, time(0)), end=at(first + timedelta(days=days), time(0)),
                           site_ids=[cabinet.site_id])


def closed(page: PlanningPage, cabinet, day: date, half: HalfDay) -> str | None:
    return page.week_model.cell_index(cabinet.site_id, day, half).data(WeekPlanningModel.CLOSED_ROLE)


def coming_working_day() -> date:
    """A working Tuesday a few weeks ahead (closures are listed from today on)."""
    day = monday_of(today_paris()) + timedelta(weeks=2, days=1)
    while holiday_name(day) or holiday_name(day - timedelta(days=1)):
        day += timedelta(weeks=1)
    return day


# --- opening hours --------------------------------------------------------------------------------

def test_the_hours_of_a_site_start_from_the_defaults(page, rota):
    dialog = settings_dialog(page, rota.site_id)
    assert sorted(dialog.edited_hours(), key=lambda h: (h.weekday, h.opens)) == \
        sorted(DEFAULT_HOURS, key=lambda h: (h.weekday, h.opens))
    assert not dialog.period_editor(5, HalfDay.AFTERNOON).box.isChecked()
    assert not dialog.period_editor(6, HalfDay.MORNING).box.isChecked()
    assert not dialog.is_dirty()
    assert [dialog.tabs.tabText(i) for i in range(3)] == ["Horaires", "Fermetures", "Site"]


def test_changing_then_closing_tuesday_afternoon(qtbot, page, rota):
    dialog = settings_dialog(page, rota.site_id)
    afternoon = dialog.period_editor(1, HalfDay.AFTERNOON)
    set_edited_time(afternoon.closes, time(17))
    assert dialog.is_dirty()
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert hours_of(rota, 1) == [(time(8), time(12)), (time(14), time(17))]
    assert hours_of(rota, 0) == [(time(8), time(12)), (time(14), time(19))]
    assert page.message_label.text() == "Horaires et réglages du site enregistrés."

    dialog = settings_dialog(page, rota.site_id)
    assert dialog.period_editor(1, HalfDay.AFTERNOON).period() == (time(14), time(17))
    dialog.period_editor(1, HalfDay.AFTERNOON).box.setChecked(False)
    dialog.save()
    assert hours_of(rota, 1) == [(time(8), time(12))]
    assert closed(page, rota, TUESDAY, HalfDay.AFTERNOON) == "weekday_closed"  # the planning reloaded
    assert closed(page, rota, TUESDAY, HalfDay.MORNING) is None
    assert [g.start for g in gaps_on(rota, TUESDAY)] == [at(TUESDAY, time(8))]


def test_restoring_the_default_hours(page, rota):
    dialog = settings_dialog(page, rota.site_id)
    dialog.period_editor(0, HalfDay.MORNING).box.setChecked(False)
    dialog.period_editor(6, HalfDay.MORNING).box.setChecked(True)
    dialog.defaults_button.click()
    assert not dialog.is_dirty()
    assert not dialog.period_editor(6, HalfDay.MORNING).box.isChecked()


def test_an_end_before_the_start_is_refused_in_french_and_nothing_is_saved(page, rota):
    dialog = settings_dialog(page, rota.site_id)
    afternoon = dialog.period_editor(1, HalfDay.AFTERNOON)
    set_edited_time(afternoon.opens, time(18))
    set_edited_time(afternoon.closes, time(15))
    dialog.min_spin.setValue(3)
    dialog.save()
    assert dialog.isVisible()
    assert dialog.error_label.text() == "Mardi après-midi : la fermeture doit être après l'ouverture."
    assert hours_of(rota, 1) == [(time(8), time(12)), (time(14), time(19))]
    with rota.uow("secretaire") as uow:
        assert get_site(uow, rota.site_id).min_practitioners == 1


def test_overlapping_periods_are_refused(page, rota):
    dialog = settings_dialog(page, rota.site_id)
    set_edited_time(dialog.period_editor(2, HalfDay.MORNING).closes, time(15))
    dialog.save()
    assert dialog.error_label.text() == "Mercredi : le matin finit après le début de l'après-midi."
    assert hours_of(rota, 2) == [(time(8), time(12)), (time(14), time(19))]


def test_the_core_refusal_is_shown_and_saves_neither_hours_nor_site(page, rota, monkeypatch):
    dialog = settings_dialog(page, rota.site_id)
    set_edited_time(dialog.period_editor(1, HalfDay.AFTERNOON).closes, time(17))
    dialog.postal_edit.setText("123")  # refused by the core: the hours, saved in the same unit, neither
    dialog.save()
    assert dialog.isVisible() and "Code postal" in dialog.error_label.text()
    assert hours_of(rota, 1) == [(time(8), time(12)), (time(14), time(19))]
    monkeypatch.setattr(dialog, "hours_problem", lambda: "")  # the core checks the hours too
    dialog.postal_edit.setText("85430")
    set_edited_time(dialog.period_editor(1, HalfDay.AFTERNOON).opens, time(18))
    dialog.save()
    assert dialog.error_label.text() == "Les horaires doivent ouvrir avant de fermer."
    assert hours_of(rota, 1) == [(time(8), time(12)), (time(14), time(19))]


# --- closures -------------------------------------------------------------------------------------

def test_adding_and_removing_a_closure(page, rota):
    day = coming_working_day()
    page.go_to(day)
    assert gaps_on(rota, day)
    dialog = settings_dialog(page, rota.site_id)
    set_edited_date(dialog.closure_first, day)
    set_edited_date(dialog.closure_last, day)
    dialog.closure_reason.setText("Travaux")
    dialog.add_closure()
    assert dialog.closure_model.rowCount() == 1
    assert dialog.closure_model.index(0, dialog.closure_model.REASON).data() == "Travaux"
    assert gaps_on(rota, day) == []
    assert closed(page, rota, day, HalfDay.MORNING) == "closure:Travaux"  # the planning reloaded
    assert not dialog.remove_closure_button.isEnabled()

    dialog.closure_table.setCurrentIndex(dialog.closure_model.index(0, 0))
    assert dialog.remove_closure_button.isEnabled()
    questions: list[str] = []
    dialog.confirm = lambda text: questions.append(text) or True
    dialog.remove_closure()
    assert questions and questions[0].startswith("Retirer la fermeture du ")
    assert dialog.closure_model.rowCount() == 0
    with rota.uow("secretaire") as uow:
        assert list_closures(uow, rota.site_id) == []
    assert len(gaps_on(rota, day)) == 2
    assert closed(page, rota, day, HalfDay.MORNING) is None


def test_a_closure_ending_before_it_starts_is_refused(page, rota):
    day = coming_working_day()
    dialog = settings_dialog(page, rota.site_id)
    set_edited_date(dialog.closure_first, day)
    set_edited_date(dialog.closure_last, day - timedelta(days=3))
    dialog.add_closure()
    assert "Dernier jour" in dialog.error_label.text()
    assert dialog.closure_model.rowCount() == 0


# --- the site's settings --------------------------------------------------------------------------

def test_alsace_moselle_and_the_minimum_are_saved(page, rota):
    dialog = settings_dialog(page, rota.site_id)
    dialog.alsace_box.setChecked(True)
    dialog.min_spin.setValue(2)
    dialog.by_week_box.setChecked(True)
    dialog.phone_edit.setText("02 51 00 00 00")
    dialog.save()
    assert not dialog.isVisible()
    with rota.uow("secretaire") as uow:
        site = get_site(uow, rota.site_id)
    assert (site.alsace_moselle, site.min_practitioners, site.works_by_week, site.phone) == \
        (True, 2, True, "02 51 00 00 00")
    assert site.postal_code == "85430" and site.name == "Cabinet secondaire de Nieul"
    page.go_to(date(2026, 12, 21))
    assert closed(page, rota, date(2026, 12, 26), HalfDay.MORNING).startswith("holiday:")  # Saint-Étienne
    assert [g.required for g in gaps_on(rota, date(2026, 12, 21))] == [2, 2]


def test_choosing_another_site_asks_before_leaving_changes(page, rota):
    dialog = settings_dialog(page, rota.site_id)
    dialog.min_spin.setValue(3)
    dialog.confirm = lambda _text: False
    select_data(dialog.site_combo, rota.parent_id)
    assert dialog.site_id() == rota.site_id and dialog.min_spin.value() == 3
    dialog.confirm = lambda _text: True
    select_data(dialog.site_combo, rota.parent_id)
    assert dialog.settings.site.id == rota.parent_id and dialog.min_spin.value() == 2


# --- recurring shifts -----------------------------------------------------------------------------

def pattern_dialog(page: PlanningPage, cabinet, who, weeks: int = 4) -> PatternDialog:
    dialog = page.actions.recurring_shift()
    assert isinstance(dialog, PatternDialog) and dialog.isVisible()
    select_data(dialog.site_combo, cabinet.site_id)
    select_data(dialog.practitioner_combo, who)
    select_data(dialog.weekday_combo, 1)
    select_data(dialog.preset_combo, AFTERNOON)
    set_edited_date(dialog.first_date, MONDAY)
    set_edited_date(dialog.last_date, MONDAY + timedelta(weeks=weeks, days=-1))
    return dialog


def test_every_tuesday_afternoon_for_four_weeks(qtbot, page, rota):
    dialog = pattern_dialog(page, rota, rota.titular_id)
    assert (dialog.start_time.time().hour(), dialog.end_time.time().hour()) == (14, 19)
    dialog.preview_button.click()
    assert dialog.preview_label.text().startswith("4 dates : mar. 01/12/2026, mar. 08/12/2026, mar. 15/12/2026")
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    made = site_shifts(rota)
    assert [s.starts_at for s in made] == [at(TUESDAY + timedelta(weeks=w), time(14)) for w in range(4)]
    assert all(s.source is ShiftSource.PATTERN and s.practitioner_id == rota.titular_id for s in made)
    assert page.message_label.text() == "4 vacations créées par la vacation récurrente."
    shown = page.week_model.cell_index(rota.site_id, TUESDAY, HalfDay.AFTERNOON).data(WeekPlanningModel.SHIFTS_ROLE)
    assert [s.practitioner_name for s in shown] == ["Dr Claire Bernard"]


def test_every_fourth_week_and_the_preview(page, rota):
    dialog = pattern_dialog(page, rota, rota.titular_id, weeks=8)
    dialog.every_spin.setValue(4)
    assert dialog.every_spin.text() == "toutes les 4 semaines"
    assert dialog.dates() == [TUESDAY, TUESDAY + timedelta(weeks=4)]
    assert dialog.preview_label.text().startswith("2 dates : ")
    set_edited_date(dialog.last_date, MONDAY - timedelta(days=1))
    assert dialog.preview_label.text() == "Le dernier jour est avant le premier."
    dialog.every_spin.setValue(1)
    assert dialog.every_spin.text() == "chaque semaine"


def test_a_pattern_clashing_with_a_shift_is_refused_and_nothing_is_saved(page, rota):
    with rota.uow("secretaire") as uow:
        clash = TUESDAY + timedelta(weeks=2)
        create_shift(uow, ShiftInput(rota.parent_id, rota.titular_id, at(clash, time(14)), at(clash, time(19))))
        uow.commit()
    dialog = pattern_dialog(page, rota, rota.titular_id)
    dialog.save()
    assert dialog.isVisible()
    text = dialog.error_label.text()
    assert text.startswith("Le 15/12/2026 : ") and "déjà en vacation à « Pôle mère de la Roche »" in text
    assert site_shifts(rota) == []


def test_a_warning_asks_before_creating(page, rota):
    questions: list[str] = []
    answers = iter([False, True])
    page.confirm = lambda text: questions.append(text) or next(answers)
    dialog = pattern_dialog(page, rota, rota.titular_id, weeks=2)
    dialog.set_times(time(18), time(21))
    assert dialog.preset_combo.currentData() == "custom"
    dialog.save()
    assert "horaires d'ouverture" in questions[0] and questions[0].endswith("Créer quand même ?")
    assert dialog.isVisible() and site_shifts(rota) == []
    dialog.save()
    assert not dialog.isVisible()
    assert [s.starts_at for s in site_shifts(rota)] == [at(TUESDAY, time(18)), at(TUESDAY + timedelta(weeks=1), time(18))]


def test_an_end_before_the_start_of_a_pattern_is_refused(page, rota):
    dialog = pattern_dialog(page, rota, rota.titular_id)
    dialog.set_times(time(15), time(14))
    dialog.save()
    assert dialog.isVisible() and "après le début" in dialog.error_label.text()
    assert site_shifts(rota) == []


# --- who gets the actions -------------------------------------------------------------------------

def test_a_doctor_gets_neither_action(qtbot, rota):
    page = make_page(qtbot, rota, "dr.petit")
    assert not page.hours_button.isVisible() and not page.pattern_button.isVisible()
    assert page.actions.site_settings() is None and page.actions.recurring_shift() is None
    assert page.actions.dialog is None


def test_the_secretary_has_both_buttons(page):
    assert page.hours_button.isVisible() and page.hours_button.text() == "Horaires et fermetures…"
    assert page.pattern_button.isVisible() and page.pattern_button.text() == "Vacation récurrente…"

