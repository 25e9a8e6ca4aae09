"""A site's appointment types, edited from the appointment book with real widgets (offscreen) on a
real SQLite database: the secretary changes a type's duration and colour and adds one; a refusal
is shown in French with nothing saved; a doctor without PLANNING_MANAGE does not get the action."""

from __future__ import annotations

import uuid
from datetime import date, time

import pytest
from PySide6.QtCore import QModelIndex, Qt
from pytestqt.modeltest import ModelTester

from cabinet_app.appointments.model import AppointmentKind as K
from cabinet_app.appointments.services import AppointmentTypeInfo, list_types
from cabinet_app.changes import Area
from cabinet_app.errors import ValidationError
from cabinet_app.messages import describe
from cabinet_app.planning.calendar import at
from cabinet_app.planning.rota_services import ShiftInput, create_shift
from cabinet_app.ui.app import install_translators
from cabinet_app.ui.appointments import AppointmentsPage
from cabinet_app.ui.appointments.types_dialog import AppointmentTypesDialog, AppointmentTypesModel
from cabinet_app.ui.context import AppContext
from cabinet_app.ui.tasks import InlineRunner
from tests.ui.shell_support import ensure_translations

M = AppointmentTypesModel
DAY = date(2031, 12, 1)


@pytest.fixture(autouse=True)
def french():
    ensure_translations()
    install_translators("fr")


@pytest.fixture
def shift(cabinet):
    with cabinet.uow("secretaire") as uow:
        create_shift(uow, ShiftInput(cabinet.site_id, cabinet.titular_id, at(DAY, time(8)), at(DAY, time(12))))
        uow.commit()


def saved_types(cabinet) -> dict[str, AppointmentTypeInfo]:
    with cabinet.uow("secretaire") as uow:
        return {t.name: t for t in list_types(uow, cabinet.site_id)}


def make_page(qtbot, cabinet, login: str) -> tuple[AppointmentsPage, list]:
    ctx = AppContext(cabinet.engine, InlineRunner(), language="fr")
    ctx.set_session_user(cabinet.login(login))
    page = AppointmentsPage(ctx)
    changes: list = []
    ctx.changed.connect(page.refresh)  # what the main window does
    ctx.changed.connect(changes.append)
    qtbot.addWidget(page)
    page.resize(1200, 800)
    page.show()
    qtbot.waitExposed(page)
    page.go_to_day(DAY)
    return page, changes


@pytest.fixture
def secretary(qtbot, cabinet, shift):
    return make_page(qtbot, cabinet, "secretaire")


def open_dialog(qtbot, page: AppointmentsPage) -> AppointmentTypesDialog:
    action = page.actions_.types
    assert action.isVisible() and action.isEnabled()
    assert action.text() == "Types de rendez-vous…"
    action.trigger()
    dialog = page.dialog
    assert isinstance(dialog, AppointmentTypesDialog) and dialog.isVisible()
    return dialog


def row_named(dialog: AppointmentTypesDialog, name: str) -> int:
    """The row of the table (as sorted on screen) showing the type called ``name``."""
    proxy = dialog.proxy
    return next(r for r in range(proxy.rowCount()) if proxy.index(r, M.NAME).data() == name)


def click_row(qtbot, dialog: AppointmentTypesDialog, name: str) -> None:
    index = dialog.proxy.index(row_named(dialog, name), M.NAME)
    dialog.table.scrollTo(index)
    qtbot.mouseClick(dialog.table.viewport(), Qt.MouseButton.LeftButton,
                     pos=dialog.table.visualRect(index).center())
    assert dialog.editing() is not None and dialog.editing().name == name


# --- the model, without widgets ---------------------------------------------------------------

def info(name: str, kind: K, minutes: int, colour: str = "#4c8bf5", active: bool = True) -> AppointmentTypeInfo:
    return AppointmentTypeInfo(uuid.uuid4(), uuid.uuid4(), name, kind, minutes, colour, active)


def test_the_model_shows_kinds_in_french_with_colour_and_active(qtbot):
    model = M()
    ModelTester(qtbot).check(model)
    rows = [info("Consultation", K.CONSULTATION, 15), info("Consultation longue", K.LONG_CONSULTATION, 45),
            info("Visite", K.HOME_VISIT, 30, "#2e9d6a"), info("Téléconsultation", K.TELECONSULTATION, 15),
            info("Urgence", K.URGENT, 15, active=False)]
    model.set_rows(rows)
    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())] == [
        "Nom", "Type", "Durée (min)", "Couleur", "Actif"]
    assert [model.index(r, M.KIND).data() for r in range(5)] == [
        "Consultation", "Consultation longue", "Visite à domicile", "Téléconsultation", "Urgence"]
    assert model.index(2, M.DURATION).data() == "30" and model.index(2, M.DURATION).data(M.SORT_ROLE) == 30
    assert model.index(2, M.COLOUR).data() == "#2e9d6a"
    assert not model.index(2, M.COLOUR).data(Qt.ItemDataRole.DecorationRole).isNull()  # the swatch
    assert model.index(0, M.ACTIVE).data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
    assert model.index(4, M.ACTIVE).data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Unchecked
    assert model.index(1, 0).data(M.ROW_ROLE) is rows[1]
    changed: list = []
    model.dataChanged.connect(lambda first, last: changed.append((first.row(), last.row(), last.column())))
    longer = AppointmentTypeInfo(**{**rows[0].__dict__, "duration_minutes": 20})
    assert model.update_row(longer) and changed == [(0, 0, M.ACTIVE)]
    assert model.index(0, M.DURATION).data() == "20"
    assert not model.update_row(info("Inconnu", K.URGENT, 15))
    assert model.index(0, 0, QModelIndex()).isValid() and model.rowCount(model.index(0, 0)) == 0


# --- the dialog from the appointment book -------------------------------------------------------

def test_the_secretary_changes_a_type_duration_and_colour(qtbot, secretary, cabinet):
    page, changes = secretary
    dialog = open_dialog(qtbot, page)
    assert "Cabinet secondaire de Nieul" in dialog.windowTitle()
    assert dialog.model.rowCount() == len(saved_types(cabinet)) == 7  # the usual ones
    assert dialog.proxy.index(row_named(dialog, "Visite à domicile"), M.KIND).data() == "Visite à domicile"
    assert dialog.save_button.text() == "Enregistrer"
    before = saved_types(cabinet)["Consultation"]

    click_row(qtbot, dialog, "Consultation")
    assert (dialog.duration_spin.value(), dialog.colour(), dialog.kind_combo.currentText()) == (
        15, "#4c8bf5", "Consultation")
    assert (dialog.duration_spin.minimum(), dialog.duration_spin.maximum()) == (5, 240)
    dialog.duration_spin.setValue(20)
    asked: list[str] = []
    dialog.choose_colour = lambda current: asked.append(current) or "#aa3377"  # QColorDialog's answer
    qtbot.mouseClick(dialog.colour_button, Qt.MouseButton.LeftButton)
    assert asked == ["#4c8bf5"] and dialog.colour_button.text() == "#aa3377"
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    assert dialog.error_text() == ""
    after = saved_types(cabinet)["Consultation"]
    assert (after.id, after.duration_minutes, after.colour, after.kind, after.active) == (
        before.id, 20, "#aa3377", K.CONSULTATION, True)
    assert "Consultation" in dialog.info_label.text()
    row = row_named(dialog, "Consultation")
    assert dialog.proxy.index(row, M.DURATION).data() == "20"
    assert dialog.proxy.index(row, M.COLOUR).data() == "#aa3377"
    assert any(areas & Area.APPOINTMENTS for areas in changes)  # fanned out: the book reloaded
    assert {t.name: t.duration_minutes for t in page.data.types}["Consultation"] == 20
    assert page.dialog is dialog and dialog.isVisible()  # stays open for the next change


def test_the_secretary_adds_a_vaccination_type(qtbot, secretary, cabinet):
    page, _changes = secretary
    dialog = open_dialog(qtbot, page)
    click_row(qtbot, dialog, "Urgence")
    qtbot.mouseClick(dialog.new_button, Qt.MouseButton.LeftButton)
    assert dialog.editing() is None and dialog.name_edit.text() == "" and dialog.active_check.isChecked()
    qtbot.keyClicks(dialog.name_edit, "Vaccination")
    dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findText("Consultation"))
    dialog.duration_spin.setValue(10)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    made = saved_types(cabinet)["Vaccination"]
    assert (made.duration_minutes, made.kind, made.active, made.site_id) == (10, K.CONSULTATION, True,
                                                                              cabinet.site_id)
    assert len(saved_types(cabinet)) == 8 and dialog.model.rowCount() == 8
    assert dialog.editing().id == made.id  # the new type is selected: a second save edits it
    assert "Vaccination" in {t.name for t in page.data.types}


def test_an_empty_name_is_refused_in_french_and_nothing_changes(qtbot, secretary, cabinet):
    page, changes = secretary
    dialog = open_dialog(qtbot, page)
    before = saved_types(cabinet)
    click_row(qtbot, dialog, "Consultation")
    dialog.name_edit.clear()
    dialog.duration_spin.setValue(25)
    changes.clear()
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    expected = describe(ValidationError({"name": "required"}), "fr")
    assert dialog.error_text() == expected == "Nom est obligatoire."
    assert saved_types(cabinet) == before and changes == []
    assert dialog.isVisible() and dialog.save_button.isEnabled()
    qtbot.mouseClick(dialog.new_button, Qt.MouseButton.LeftButton)  # nor is a new type without a name
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.error_text() == expected and saved_types(cabinet) == before


@pytest.mark.parametrize(("login", "allowed"), [("dr.petit", False), ("dr.bernard", True)])
def test_only_planning_managers_get_the_action(qtbot, cabinet, shift, login, allowed):
    page, _changes = make_page(qtbot, cabinet, login)
    action = page.actions_.types
    assert action.isVisible() is allowed and action.isEnabled() is allowed
    dialog = page.open_types()
    assert (dialog is not None) is allowed
    if not allowed:
        assert page.dialog is None
