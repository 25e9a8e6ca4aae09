"""The patient list and form with real widgets (offscreen), on a real SQLite database."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit

from cabinet_app.changes import Area
from cabinet_app.errors import StaleRecord
from cabinet_app.messages import describe, problem_text
from cabinet_app.records.services import open_patient, search_patients, update_patient
from cabinet_app.security.model import AuditAction
from cabinet_app.security.services import list_audit
from cabinet_app.ui.context import AppContext
from cabinet_app.ui.patients import PatientsPage
from cabinet_app.ui.patients import page as page_module
from cabinet_app.ui.patients.dialog import PatientDialog, parse_date
from cabinet_app.ui.patients.model import PatientTableModel
from cabinet_app.ui.tasks import InlineRunner
from tests.conftest import make_nir


@pytest.fixture
def ctx(cabinet) -> AppContext:
    context = AppContext(cabinet.engine, InlineRunner(), language="fr")
    context.set_session_user(cabinet.login("secretaire"))
    return context


@pytest.fixture
def page(qtbot, ctx) -> PatientsPage:
    widget = PatientsPage(ctx)
    ctx.changed.connect(widget.refresh)  # what the main window does
    qtbot.addWidget(widget)
    widget.resize(1000, 600)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def names(page: PatientsPage) -> list[str]:
    return [page.proxy.index(r, PatientTableModel.NAME).data() for r in range(page.proxy.rowCount())]


def fill(dialog: PatientDialog, **values: Any) -> None:
    for key, value in values.items():
        widget = dialog.fields[key]
        if isinstance(widget, QLineEdit):
            widget.setText(value)
        else:
            index = widget.findData(value)
            assert index >= 0, (key, value)
            widget.setCurrentIndex(index)


def find(cabinet, text: str):
    with cabinet.uow("admin") as uow:
        return search_patients(uow, text)


def audit_rows(cabinet, action: AuditAction):
    with cabinet.uow("admin") as uow:
        return list_audit(uow, action=action)


def open_row(qtbot, page: PatientsPage, name: str) -> PatientDialog:
    row = names(page).index(name)
    page.table.selectRow(row)
    qtbot.mouseClick(page.edit_button, Qt.MouseButton.LeftButton)
    assert page.dialog is not None
    return page.dialog


def test_lists_patients_and_searches_as_you_type(qtbot, page):
    assert sorted(names(page)) == ["DUPONT", "GARCIA", "LEFÈVRE", "MARTIN"]
    qtbot.keyClicks(page.search_box, "helene")
    assert page.model.rowCount() == 4  # debounced: nothing searched yet
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=2000)
    assert names(page) == ["DUPONT"]
    assert page.model.patient_at(0).first_names == "Hélène Marie"
    assert "1" in page.count_label.text()


def test_typing_fast_runs_a_single_search(qtbot, page, monkeypatch):
    calls: list[str] = []
    real = page_module.search_patients

    def counting(uow, text, **kwargs):
        calls.append(text)
        return real(uow, text, **kwargs)

    monkeypatch.setattr(page_module, "search_patients", counting)
    qtbot.keyClicks(page.search_box, "eloise")
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=2000)
    assert calls == ["eloise"]
    assert names(page) == ["LEFÈVRE"]


def test_search_by_birth_date_and_nir_prefix(qtbot, page, cabinet):
    page.search_box.setText("14/07/1950")
    page.search_now()
    assert names(page) == ["MARTIN"]
    page.search_box.setText(make_nir("M", date(1988, 12, 25), order=103)[:7])
    page.search_now()
    assert names(page) == ["GARCIA"]


def test_create_a_patient_through_the_dialog(qtbot, page, cabinet):
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    assert dialog is not None and dialog.isVisible() and dialog.patient is None
    gp = cabinet.titular_id
    nir = make_nir("F", date(1990, 5, 17), order=7)
    fill(dialog, birth_name="Morin", first_names="Anaïs Claire", birth_date="17/05/1990", sex="F",
         nir=nir, birth_place_insee="85163", address_line="3 rue des Lilas", postal_code="85430",
         city="Nieul-le-Dolent", phone="06 12 34 56 78", email="anais.morin@example.fr",
         gp_practitioner_id=str(gp))
    assert not dialog.fields["gp_name"].isEnabled()  # a practitioner of the practice is chosen
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert page.dialog is None  # closed (and deleted later)
    [created] = find(cabinet, "anais")
    assert (created.birth_name, created.first_names, created.birth_date) == ("MORIN", "Anaïs Claire", date(1990, 5, 17))
    assert created.nir == nir and created.gp_practitioner_id == gp and created.city == "Nieul-le-Dolent"
    assert created.site_id == cabinet.site_id
    assert "MORIN" in names(page)
    assert page.selected_patient().id == created.id
    assert [r.patient_id for r in audit_rows(cabinet, AuditAction.PATIENT_CREATE)].count(created.id) == 1


def test_edit_a_patient(qtbot, page, cabinet):
    dialog = open_row(qtbot, page, "MARTIN")
    assert dialog.fields["birth_name"].text() == "MARTIN"
    assert dialog.fields["birth_date"].text() == "14/07/1950"
    fill(dialog, used_first_name="Jeannot", city="Ajain", gp_name="Dr Lemaire, Guéret")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert page.dialog is None  # closed (and deleted later)
    [martin] = find(cabinet, "martin")
    assert (martin.city, martin.used_first_name, martin.gp_name) == ("Ajain", "Jeannot", "Dr Lemaire, Guéret")
    row = page.model.row_of(martin.id)
    assert page.model.index(row, PatientTableModel.CITY).data() == "Ajain"
    [change] = audit_rows(cabinet, AuditAction.PATIENT_UPDATE)[:1]
    assert change.patient_id == martin.id


def test_invalid_nir_is_refused_in_french_and_nothing_changes(qtbot, page, cabinet):
    before = find(cabinet, "")
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    good = make_nir("M", date(1975, 3, 9), order=12)
    wrong_key = good[:13] + f"{(int(good[13:]) + 1) % 97:02d}"
    fill(dialog, birth_name="ROBIN", first_names="Paul", birth_date="09/03/1975", sex="M", nir=wrong_key)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert dialog.error_text("nir") == problem_text("nir", "nir_key", "fr")
    assert dialog.error_text("nir").startswith("NIR a une clé de contrôle fausse")
    assert dialog.fields["birth_name"].text() == "ROBIN"  # what was typed stays
    assert dialog.error_text("birth_name") == ""
    assert find(cabinet, "") == before

    # on an existing patient too: the record keeps its NIR
    dialog.reject()
    dialog = open_row(qtbot, page, "DUPONT")
    [dupont] = find(cabinet, "dupont")
    fill(dialog, nir="2 69 02")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert dialog.error_text("nir") == problem_text("nir", "nir_length", "fr")
    assert find(cabinet, "dupont") == [dupont]


def test_form_problems_are_all_shown_before_saving(qtbot, page, cabinet):
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    fill(dialog, birth_name="", first_names="Léa", birth_date="31/02/2001", postal_code="854")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert dialog.error_text("birth_name") == "Nom de naissance est obligatoire."
    assert dialog.error_text("birth_date") == problem_text("birth_date", "invalid_date", "fr")
    assert dialog.error_text("sex") == problem_text("sex", "required", "fr")
    assert dialog.error_text("postal_code") == problem_text("postal_code", "postal_code_format", "fr")
    assert dialog.error_text("first_names") == ""
    assert find(cabinet, "lea") == []


def test_duplicate_nir_and_stale_record_are_explained(qtbot, page, cabinet):
    [dupont] = find(cabinet, "dupont")
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    fill(dialog, birth_name="DUPONT", first_names="Hélène", birth_date="03/02/1969", sex="F", nir=dupont.nir)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert "est déjà enregistré pour une autre fiche" in dialog.error_text("nir")
    assert len(find(cabinet, "dupont")) == 1
    dialog.reject()

    dialog = open_row(qtbot, page, "GARCIA")
    with cabinet.uow("dr.bernard") as uow:  # someone else saves meanwhile
        garcia = open_patient(uow, cabinet.patient_ids[3])
        update_patient(uow, garcia.id, replace(garcia.as_input(), city="Dijon"))
        uow.commit()
    fill(dialog, city="Ajain")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert describe(StaleRecord(kind="patient", key=""), "fr") in dialog.error_text("")
    assert find(cabinet, "garcia")[0].city == "Dijon"


def test_opening_a_patient_is_audited(qtbot, page, cabinet):
    opened = len(audit_rows(cabinet, AuditAction.PATIENT_OPEN))
    areas: list[Area] = []
    page.ctx.changed.connect(areas.append)
    row = names(page).index("LEFÈVRE")
    rect = page.table.visualRect(page.proxy.index(row, PatientTableModel.NAME))
    qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert page.dialog is not None and page.dialog.fields["birth_name"].text() == "LEFÈVRE"
    rows = audit_rows(cabinet, AuditAction.PATIENT_OPEN)
    assert len(rows) == opened + 1
    assert rows[0].login == "secretaire" and rows[0].patient_id == cabinet.patient_ids[2]
    assert any(Area.AUDIT in a for a in areas)
    page.dialog.reject()

    page.table.setFocus()
    page.table.selectRow(names(page).index("MARTIN"))
    qtbot.keyClick(page.table, Qt.Key.Key_Return)  # Enter opens too
    assert page.dialog is not None and page.dialog.fields["birth_name"].text() == "MARTIN"
    assert len(audit_rows(cabinet, AuditAction.PATIENT_OPEN)) == opened + 2


def test_clear_hides_every_patient_datum(qtbot, page):
    page.search_box.setText("martin")
    page.search_now()
    open_row(qtbot, page, "MARTIN")
    page.clear()
    assert page.model.rowCount() == 0 and page.search_box.text() == "" and page.count_label.text() == ""
    assert page.dialog is None
    page.refresh(Area.PATIENTS)
    assert page.model.rowCount() == 4


class DeferredRunner:
    """Holds tasks until told to run them, like a busy worker thread."""

    def __init__(self) -> None:
        self.queue: list[tuple[Callable[[], Any], Any, Any]] = []

    def submit(self, task, *, on_done=None, on_error=None) -> None:
        self.queue.append((task, on_done, on_error))

    def run_all(self) -> None:
        while self.queue:
            task, on_done, on_error = self.queue.pop(0)
            try:
                result = task()
            except Exception as exc:  # noqa: BLE001
                on_error(exc)
            else:
                on_done(result)

    def wait(self) -> None:
        self.run_all()


def test_results_arriving_after_a_lock_are_dropped(qtbot, cabinet):
    runner = DeferredRunner()
    ctx = AppContext(cabinet.engine, runner, language="fr")
    ctx.set_session_user(cabinet.login("secretaire"))
    page = PatientsPage(ctx)
    qtbot.addWidget(page)
    page.clear()  # the screen locks while the first search is running
    runner.run_all()
    assert page.model.rowCount() == 0
    page.search_box.setText("dupont")
    page.search_now()
    page.search_box.setText("martin")
    page.search_now()
    runner.run_all()
    assert names(page) == ["MARTIN"]  # the older result did not overwrite the newer one


def test_without_a_session_nothing_can_be_done(qtbot, ctx):
    page = PatientsPage(ctx)
    qtbot.addWidget(page)
    assert page.new_button.isVisibleTo(page)
    ctx.set_session_user(None)
    assert page.model.rowCount() == 0
    assert not page.new_button.isVisibleTo(page) and not page.search_box.isEnabled()


def test_parse_date():
    assert parse_date("3/2/1969") == date(1969, 2, 3)
    assert parse_date("03.02.1969") == date(1969, 2, 3)
    assert parse_date("31/02/2001") is None
    assert parse_date("1969-02-03") is None


def test_the_same_person_again_keeps_the_page_another_one_clears_it(qtbot, page, ctx, cabinet):
    page.search_box.setText("martin")
    page.search_now()
    ctx.set_session_user(cabinet.login("secretaire"))  # unlocking: the same person
    assert names(page) == ["MARTIN"] and page.search_box.text() == "martin"
    ctx.set_session_user(cabinet.login("dr.bernard"))  # a switch of user
    assert page.search_box.text() == "" and page.model.rowCount() == 4
