"""The shared base of the list models (DtoTableModel), without any view."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, replace
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QModelIndex, QSortFilterProxyModel, Qt, QTranslator
from pytestqt.modeltest import ModelTester

from cabinet_app.ui.table_model import DtoTableModel


@dataclass(frozen=True)
class Fruit:
    id: uuid.UUID
    name: str
    weight: int
    ripe: bool = True


class FruitModel(DtoTableModel[Fruit]):
    CONTEXT = "FruitModel"
    NAME, WEIGHT = range(2)
    HEADERS = ("Name", "Weight")

    def display(self, item: Fruit, column: int) -> str:
        return item.name if column == self.NAME else f"{item.weight} g"

    def sort_key(self, item: Fruit, column: int) -> Any:
        return item.weight if column == self.WEIGHT else super().sort_key(item, column)

    def extra(self, item: Fruit, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.CheckStateRole and column == self.NAME:
            return Qt.CheckState.Checked if item.ripe else Qt.CheckState.Unchecked
        return None


class ByNameModel(FruitModel):
    def key(self, item: Fruit) -> str:
        return item.name


class ContextTranslator(QTranslator):
    """Answers only for one context, to show which context the headers are looked up in."""

    def translate(self, context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str:
        return {"Name": "Nom", "Weight": "Poids"}.get(source, "") if context == "FruitModel" else ""


def fruit(name: str, weight: int, ripe: bool = True) -> Fruit:
    return Fruit(uuid.uuid4(), name, weight, ripe)


@pytest.fixture
def rows() -> list[Fruit]:
    return [fruit("Pomme", 150), fruit("Églantine", 5, ripe=False), fruit("banane", 120)]


def test_rows_roles_and_display(qapp, rows):
    model = FruitModel()
    ModelTester(model).check(model)
    model.set_rows(rows)
    assert model.rowCount() == 3 and model.columnCount() == 2
    assert model.rowCount(model.index(0, 0)) == 0 and model.columnCount(model.index(0, 0)) == 0
    assert model.index(0, FruitModel.NAME).data() == "Pomme"
    assert model.index(0, FruitModel.WEIGHT).data() == "150 g"
    assert model.index(2, FruitModel.WEIGHT).data(FruitModel.ROW_ROLE) is rows[2]
    assert model.row_at(1) is rows[1] and model.rows() == rows and model.rows() is not model._rows
    # the extra hook answers the other roles
    assert model.index(1, FruitModel.NAME).data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Unchecked
    assert model.index(0, FruitModel.WEIGHT).data(Qt.ItemDataRole.CheckStateRole) is None
    assert model.index(0, 0).data(Qt.ItemDataRole.ToolTipRole) is None
    assert model.data(QModelIndex()) is None


def test_role_values_are_the_ones_callers_use():
    assert DtoTableModel.ROW_ROLE == Qt.ItemDataRole.UserRole + 1
    assert DtoTableModel.SORT_ROLE == Qt.ItemDataRole.UserRole + 2


def test_sort_role_folds_text_unless_overridden(qapp, rows):
    model = FruitModel()
    model.set_rows(rows)
    assert model.index(1, FruitModel.NAME).data(FruitModel.SORT_ROLE) == "eglantine"
    assert model.index(1, FruitModel.WEIGHT).data(FruitModel.SORT_ROLE) == 5
    proxy = QSortFilterProxyModel()
    proxy.setSourceModel(model)
    proxy.setSortRole(FruitModel.SORT_ROLE)
    proxy.sort(FruitModel.NAME, Qt.SortOrder.AscendingOrder)
    assert [proxy.index(r, 0).data() for r in range(3)] == ["banane", "Églantine", "Pomme"]
    proxy.sort(FruitModel.WEIGHT, Qt.SortOrder.AscendingOrder)
    assert [proxy.index(r, 1).data() for r in range(3)] == ["5 g", "120 g", "150 g"]  # numbers, not text


def test_headers_are_translated_in_the_model_context(qapp):
    model = FruitModel()
    horizontal = Qt.Orientation.Horizontal
    assert model.headerData(FruitModel.NAME, horizontal) == "Name"
    translator = ContextTranslator()
    QCoreApplication.installTranslator(translator)
    try:
        assert model.headerData(FruitModel.NAME, horizontal) == "Nom"
        assert model.headerData(FruitModel.WEIGHT, horizontal) == "Poids"
    finally:
        QCoreApplication.removeTranslator(translator)
    assert model.headerData(FruitModel.NAME, horizontal, Qt.ItemDataRole.ToolTipRole) is None
    assert model.headerData(0, Qt.Orientation.Vertical) is None
    assert model.headerData(5, horizontal) is None


def test_reload_resets_and_update_row_is_targeted(qapp, qtbot, rows):
    model = FruitModel()
    ModelTester(model).check(model)
    with qtbot.waitSignals([model.modelAboutToBeReset, model.modelReset]):
        model.set_rows(rows)
    assert model.row_of(rows[2].id) == 2 and model.row_of(uuid.uuid4()) is None
    heavier = replace(rows[1], weight=7)
    with qtbot.waitSignal(model.dataChanged) as blocker:
        assert model.update_row(heavier)
    top_left, bottom_right = blocker.args[0], blocker.args[1]
    assert (top_left.row(), top_left.column()) == (1, 0)
    assert (bottom_right.row(), bottom_right.column()) == (1, 1)
    assert model.index(1, FruitModel.WEIGHT).data() == "7 g" and model.row_at(1) is heavier
    with qtbot.assertNotEmitted(model.dataChanged):
        assert not model.update_row(fruit("Kiwi", 80))
    assert model.rowCount() == 3
    with qtbot.waitSignals([model.modelAboutToBeReset, model.modelReset]):
        model.clear()
    assert model.rowCount() == 0 and model.rows() == []


def test_rows_can_be_keyed_on_another_field(qapp, qtbot, rows):
    model = ByNameModel()
    model.set_rows(rows)
    assert model.row_of("banane") == 2
    renamed_id = replace(rows[0], id=uuid.uuid4(), weight=160)  # same name, another id
    with qtbot.waitSignal(model.dataChanged):
        assert model.update_row(renamed_id)
    assert model.index(0, FruitModel.WEIGHT).data() == "160 g"


def test_display_must_be_given(qapp):
    model = DtoTableModel()
    model.set_rows([fruit("Pomme", 150)])
    assert model.columnCount() == 0
    with pytest.raises(NotImplementedError):
        model.display(model.row_at(0), 0)
