"""The patient table model, without any view."""

from __future__ import annotations

import uuid
from dataclasses import replace
from datetime import date, datetime, timezone

import pytest
from PySide6.QtCore import QModelIndex, QSortFilterProxyModel, Qt
from pytestqt.modeltest import ModelTester

from cabinet_app.records.model import InsStatus, Sex
from cabinet_app.records.services import PatientInfo
from cabinet_app.ui.patients.model import PatientTableModel

M = PatientTableModel


def info(birth_name: str, first_names: str, born: date, sex: Sex = Sex.FEMALE, *, nir: str | None = None,
         used_name: str = "", city: str = "", phone: str = "") -> PatientInfo:
    return PatientInfo(
        id=uuid.uuid4(), row_version=1, birth_name=birth_name, used_name=used_name,
        first_names=first_names, used_first_name="", birth_date=born, sex=sex, birth_place_insee="",
        nir=nir, ins_status=InsStatus.NONE, address_line="", postal_code="", city=city, phone=phone,
        email="", gp_practitioner_id=None, gp_name="", site_id=None,
        updated_at=datetime(2024, 1, 1, tzinfo=timezone.utc),
    )


@pytest.fixture
def rows() -> list[PatientInfo]:
    return [
        info("DUPONT", "Hélène Marie", date(1969, 2, 3), nir="269028516310045", city="Nieul-le-Dolent",
             phone="02 51 00 00 00"),
        info("ÉTIENNE", "Noël", date(1988, 12, 25), Sex.MALE, city="La Roche-sur-Yon"),
        info("MARTIN", "Jean", date(1950, 7, 14), Sex.MALE, used_name="BERNARD"),
    ]


def test_columns_show_french_formats(qapp, rows):
    model = M()
    model.set_rows(rows)
    assert model.rowCount() == 3 and model.columnCount() == 7
    text = lambda r, c: model.index(r, c).data()  # noqa: E731
    assert text(0, M.NAME) == "DUPONT"
    assert text(0, M.FIRST_NAMES) == "Hélène Marie"
    assert text(0, M.BIRTH_DATE) == "03/02/1969"
    assert text(0, M.NIR) == "2 69 02 85 163 100 45"
    assert text(0, M.CITY) == "Nieul-le-Dolent"
    assert text(0, M.PHONE) == "02 51 00 00 00"
    assert text(1, M.NIR) == ""
    assert text(2, M.NAME) == "BERNARD (MARTIN)"  # used name, birth name in brackets
    assert model.headerData(M.BIRTH_DATE, Qt.Orientation.Horizontal) in ("Born on", "Né(e) le")


def test_row_role_returns_the_dto(qapp, rows):
    model = M()
    model.set_rows(rows)
    assert model.index(1, M.CITY).data(M.ROW_ROLE) is rows[1]
    assert model.row_of(rows[2].id) == 2
    assert model.row_of(uuid.uuid4()) is None


def test_sort_role_ignores_accents_and_sorts_dates(qapp, rows):
    model = M()
    model.set_rows(rows)
    proxy = QSortFilterProxyModel()
    proxy.setSourceModel(model)
    proxy.setSortRole(M.SORT_ROLE)
    proxy.sort(M.NAME, Qt.SortOrder.AscendingOrder)
    names = [proxy.index(r, M.NAME).data() for r in range(3)]
    assert names == ["BERNARD (MARTIN)", "DUPONT", "ÉTIENNE"]  # É sorts with E, not after Z
    proxy.sort(M.BIRTH_DATE, Qt.SortOrder.AscendingOrder)
    assert [proxy.index(r, M.BIRTH_DATE).data() for r in range(3)] == ["14/07/1950", "03/02/1969", "25/12/1988"]


def test_reload_resets_and_update_row_is_targeted(qapp, qtbot, rows):
    model = M()
    ModelTester(model).check(model)
    with qtbot.waitSignals([model.modelAboutToBeReset, model.modelReset]):
        model.set_rows(rows)
    changed = replace(rows[1], city="Ajain")
    with qtbot.waitSignal(model.dataChanged) as blocker:
        assert model.update_row(changed)
    top_left, bottom_right = blocker.args[0], blocker.args[1]
    assert top_left.row() == bottom_right.row() == 1
    assert model.index(1, M.CITY).data() == "Ajain"
    assert not model.update_row(info("X", "Y", date(2000, 1, 1)))
    model.clear()
    assert model.rowCount() == 0
    assert model.rowCount(model.index(0, 0)) == 0 and model.data(QModelIndex()) is None
