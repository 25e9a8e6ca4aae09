"""The conflicts page's two tables: the list of conflicts, and one conflict's fields side by
side (« Votre version », « Version retenue », « Version d'origine »), the cells where the two
sides disagree highlighted."""

from __future__ import annotations

import uuid
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject, Qt
from PySide6.QtGui import QColor

from ...sync.conflicts import ConflictInfo
from ..table_model import DtoTableModel
from .labels import column_label, kind_label, resolution_label, table_label, translate
from .values import FieldComparison, paris_text, subject

DIFFERS = QColor("#fff3cd")
OPEN = QT_TRANSLATE_NOOP("SyncLabels", "To decide")


def side_text(name: str, moment: Any) -> str:
    """« Sophie Secrétaire, 12/03/2025 10:42 » (either part may be missing)."""
    return ", ".join(part for part in (name, paris_text(moment) if moment else "") if part)


class ConflictListModel(DtoTableModel[ConflictInfo]):
    WHAT, KIND, WHEN, MINE, THEIRS, STATE = range(6)
    CONTEXT = "ConflictListModel"
    HEADERS = (
        QT_TRANSLATE_NOOP("ConflictListModel", "What"),
        QT_TRANSLATE_NOOP("ConflictListModel", "Conflict"),
        QT_TRANSLATE_NOOP("ConflictListModel", "When"),
        QT_TRANSLATE_NOOP("ConflictListModel", "Your version"),
        QT_TRANSLATE_NOOP("ConflictListModel", "Kept version"),
        QT_TRANSLATE_NOOP("ConflictListModel", "State"),
    )
    STRETCH = (WHAT,)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.names: dict[uuid.UUID, str] = {}

    def set_conflicts(self, conflicts: tuple[ConflictInfo, ...], names: dict[uuid.UUID, str]) -> None:
        self.names = dict(names)
        self.set_rows(conflicts)

    def display(self, item: ConflictInfo, column: int) -> str:
        if column == self.WHAT:
            about = subject(item, self.names)
            return f"{table_label(item.table_name)} — {about}" if about else table_label(item.table_name)
        if column == self.KIND:
            return kind_label(item.kind)
        if column == self.WHEN:
            return paris_text(item.created_at)
        if column == self.MINE:
            return side_text(item.mine_by, item.mine_at)
        if column == self.THEIRS:
            return side_text(item.theirs_by, item.theirs_at)
        if column == self.STATE:
            return resolution_label(item.resolution) if item.resolution else translate(OPEN)
        return ""

    def sort_key(self, item: ConflictInfo, column: int) -> Any:
        if column == self.WHEN:
            return item.created_at.isoformat()
        return super().sort_key(item, column)

    def extra(self, item: ConflictInfo, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and item.resolved_at is not None:
            return QColor(Qt.GlobalColor.gray)
        return None


class ComparisonModel(DtoTableModel[FieldComparison]):
    FIELD, MINE, THEIRS, BASE = range(4)
    CONTEXT = "ComparisonModel"
    HEADERS = (
        QT_TRANSLATE_NOOP("ComparisonModel", "Field"),
        QT_TRANSLATE_NOOP("ComparisonModel", "Your version"),
        QT_TRANSLATE_NOOP("ComparisonModel", "Kept version"),
        QT_TRANSLATE_NOOP("ComparisonModel", "Original version"),
    )
    STRETCH = (MINE, THEIRS, BASE)

    def __init__(self, parent: QObject | None = None, *, language: str = "fr") -> None:
        super().__init__(parent)
        self.language = language

    def key(self, item: FieldComparison) -> str:
        return item.field

    def display(self, item: FieldComparison, column: int) -> str:
        if column == self.FIELD:
            return column_label(item.field, self.language)
        return (item.mine, item.theirs, item.base)[column - 1] if column in (self.MINE, self.THEIRS, self.BASE) else ""

    def extra(self, item: FieldComparison, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.BackgroundRole and item.differs and column in (self.MINE, self.THEIRS):
            return DIFFERS
        if role == Qt.ItemDataRole.ToolTipRole and column != self.FIELD:
            return self.display(item, column)
        return None
