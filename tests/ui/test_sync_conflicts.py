"""« Conflits » with real widgets on real conflict records in the small cabinet's SQLite: the
list says what, which kind, when and who; the side-by-side view formats the values for people and
highlights the disagreement; each button settles the conflict, which leaves the open list."""

from __future__ import annotations

import uuid
from datetime import datetime, timezone

import pytest
from PySide6.QtCore import Qt

from cabinet_app.records.services import open_patient
from cabinet_app.sync.conflicts import list_conflicts
from cabinet_app.sync.model import ConflictKind
from cabinet_app.ui.sync.conflicts_page import ConflictsPage
from cabinet_app.ui.sync.models import DIFFERS, ComparisonModel, ConflictListModel
from tests.ui.sync_support import add_conflict, french, make_ctx

MINE_PHONE, THEIR_PHONE, FIRST_PHONE = "0611111111", "0622222222", "0633333333"


@pytest.fixture(autouse=True)
def in_french(qapp):
    french()


@pytest.fixture
def phone_conflict(cabinet) -> uuid.UUID:
    """The secretary changed DUPONT's phone here; Dr Petit's change reached the parent first."""
    return add_conflict(cabinet, table_name="patients", row_id=cabinet.patient_ids[0], fields=["phone"],
                        mine={"phone": MINE_PHONE, "city": "Nieul"}, theirs={"phone": THEIR_PHONE, "city": "Nieul"},
                        base={"phone": FIRST_PHONE, "city": "Nieul"})


@pytest.fixture
def moved_appointment(cabinet) -> uuid.UUID:
    def at(hour: int) -> datetime:
        return datetime(2025, 3, 12, hour, tzinfo=timezone.utc)

    row = {"patient_id": cabinet.patient_ids[1], "practitioner_id": cabinet.replacement_id, "overbooked": False}
    return add_conflict(cabinet, table_name="appointments", row_id=uuid.uuid4(),
                        fields=["starts_at", "ends_at", "overbooked"],
                        mine={**row, "starts_at": at(9), "ends_at": at(10)},
                        theirs={**row, "starts_at": at(8), "ends_at": at(9), "overbooked": True},
                        base={**row, "starts_at": at(7), "ends_at": at(8)}, message="overlap <b>central</b>")


def make_page(qtbot, cabinet, login: str = "secretaire") -> ConflictsPage:
    ctx = make_ctx(cabinet, login)
    page = ConflictsPage(ctx)
    ctx.changed.connect(page.refresh)  # what the main window does
    qtbot.addWidget(page)
    page.show()
    return page


def cells(model, row: int) -> list[str]:
    return [model.index(row, column).data() for column in range(model.columnCount())]


def comparison(page: ConflictsPage) -> dict[str, list[str]]:
    return {cells(page.comparison, r)[0]: cells(page.comparison, r)[1:] for r in range(page.comparison.rowCount())}


def patient_phone(cabinet) -> str:
    with cabinet.uow("secretaire") as uow:
        return open_patient(uow, cabinet.patient_ids[0]).phone


def open_ids(cabinet) -> set[uuid.UUID]:
    with cabinet.uow("secretaire") as uow:
        return {c.id for c in list_conflicts(uow)}


def test_the_list_says_what_which_kind_when_and_who(qtbot, cabinet, phone_conflict, moved_appointment):
    page = make_page(qtbot, cabinet)
    assert page.model.rowCount() == 2 and page.open_count == 2
    assert page.title.text() == "<b>Conflits de synchronisation</b> — à trancher : 2"
    row = page.model.row_of(phone_conflict)
    assert cells(page.model, row) == [
        "Patient — DUPONT Hélène", "Modifié des deux côtés", "12/03/2025 10:30",
        "Sophie Secrétaire, 12/03/2025 10:30", "Dr Hugo Petit, 12/03/2025 10:10", "À trancher"]
    row = page.model.row_of(moved_appointment)
    assert page.model.index(row, ConflictListModel.WHAT).data() == "Rendez-vous — MARTIN Jean, 12/03/2025 09:00"


def test_the_side_by_side_view_is_formatted_and_highlights_the_disagreement(qtbot, cabinet, moved_appointment):
    page = make_page(qtbot, cabinet)
    assert page.select(moved_appointment)
    assert [page.comparison.headerData(c, Qt.Orientation.Horizontal) for c in range(4)] == [
        "Champ", "Votre version", "Version retenue", "Version d'origine"]
    assert comparison(page) == {
        "Début": ["12/03/2025 10:00", "12/03/2025 09:00", "12/03/2025 08:00"],
        "Fin": ["12/03/2025 11:00", "12/03/2025 10:00", "12/03/2025 09:00"],
        "Surbooking": ["Non", "Oui", "Non"],
    }
    index = page.comparison.index(0, ComparisonModel.MINE)
    assert index.data(Qt.ItemDataRole.BackgroundRole) == DIFFERS
    assert page.comparison.index(0, ComparisonModel.BASE).data(Qt.ItemDataRole.BackgroundRole) is None
    assert "Rendez-vous" in page.explanation.text() and "&lt;b&gt;central&lt;/b&gt;" in page.explanation.text()
    assert page.keep_theirs_button.text() == "&Garder la version retenue"
    assert page.take_mine_button.text() == "&Reprendre ma version"


def test_keeping_the_kept_version_settles_it_and_leaves_the_row_alone(qtbot, cabinet, phone_conflict):
    before = patient_phone(cabinet)
    page = make_page(qtbot, cabinet)
    assert page.select(phone_conflict)
    assert comparison(page) == {"Téléphone": [MINE_PHONE, THEIR_PHONE, FIRST_PHONE]}
    counts: list[int] = []
    page.countChanged.connect(counts.append)
    qtbot.mouseClick(page.keep_theirs_button, Qt.MouseButton.LeftButton)
    assert page.model.rowCount() == 0 and counts[-1] == 0
    assert page.message.text() == "Conflit résolu (Patient)."
    assert page.title.text() == "<b>Conflits de synchronisation</b> — rien à trancher"
    assert not page.keep_theirs_button.isEnabled()
    assert open_ids(cabinet) == set() and patient_phone(cabinet) == before

    page.resolved_check.setChecked(True)  # resolved ones on demand, greyed, not to decide again
    assert page.model.rowCount() == 1
    assert page.model.index(0, ConflictListModel.STATE).data() == "Résolu : version retenue gardée"
    assert page.select(phone_conflict) and not page.take_mine_button.isEnabled()


def test_taking_my_version_back_writes_it_over_the_row(qtbot, cabinet, phone_conflict, moved_appointment):
    page = make_page(qtbot, cabinet)
    assert page.select(phone_conflict)
    qtbot.mouseClick(page.take_mine_button, Qt.MouseButton.LeftButton)
    assert page.model.row_of(phone_conflict) is None and page.model.rowCount() == 1
    assert open_ids(cabinet) == {moved_appointment}
    assert patient_phone(cabinet) == MINE_PHONE
    assert page.selected().id == moved_appointment  # the next one is ready to decide
    page.resolved_check.setChecked(True)
    row = page.model.row_of(phone_conflict)
    assert page.model.index(row, ConflictListModel.STATE).data() == "Résolu : ma version reprise"


def test_clinical_content_stays_with_the_doctors(qtbot, cabinet):
    note = add_conflict(cabinet, table_name="consultation_notes", row_id=uuid.uuid4(), kind=ConflictKind.REFUSED,
                        fields=["conclusion"], mine={"conclusion": "Angine virale"}, theirs={}, base={},
                        mine_by="dr.petit", theirs_by="dr.bernard")
    page = make_page(qtbot, cabinet, "secretaire")
    assert page.select(note)
    assert comparison(page)["conclusion"][0] == "(contenu clinique, réservé aux médecins)"
    assert not page.take_mine_button.isEnabled() and not page.keep_theirs_button.isEnabled()

    doctor = make_page(qtbot, cabinet, "dr.petit")
    assert doctor.select(note)
    assert comparison(doctor)["conclusion"][0] == "Angine virale"
    assert doctor.keep_theirs_button.isEnabled()


def test_clear_forgets_everything_shown(qtbot, cabinet, phone_conflict):
    page = make_page(qtbot, cabinet)
    assert page.select(phone_conflict) and page.comparison.rowCount() == 1
    page.clear()
    assert page.model.rowCount() == 0 and page.comparison.rowCount() == 0
