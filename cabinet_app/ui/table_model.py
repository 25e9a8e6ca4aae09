"""The one base of the application's list models (STYLE principle 6): a table of frozen DTOs.

A subclass names its columns (constants), gives ``HEADERS`` (marked with ``QT_TRANSLATE_NOOP``
in its ``CONTEXT``, translated when the view asks) and ``display(item, column)``; it may refine
``sort_key`` (the value under ``SORT_ROLE``, folded text by default), ``extra`` (decoration,
colours, tooltips, check states…) and ``key`` (what ``row_of`` and ``update_row`` match on,
``item.id`` by default). ``ROW_ROLE`` gives the row's DTO. A reload resets the model; replacing
one row emits a ``dataChanged`` limited to that row.
"""

from __future__ import annotations

from collections.abc import Hashable, Sequence
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from ..identifiers import fold

Index = QModelIndex | QPersistentModelIndex
DISPLAY = Qt.ItemDataRole.DisplayRole
T = TypeVar("T")


class DtoTableModel(QAbstractTableModel, Generic[T]):
    """One row per DTO of type ``T``; subclasses give CONTEXT, HEADERS and ``display``."""

    #: the translation context of HEADERS (as given to QT_TRANSLATE_NOOP)
    CONTEXT = ""
    HEADERS: tuple[str, ...] = ()
    #: the DTO of a row
    ROW_ROLE: int = Qt.ItemDataRole.UserRole + 1
    #: a value that sorts as people expect (for a QSortFilterProxyModel)
    SORT_ROLE: int = Qt.ItemDataRole.UserRole + 2

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[T] = []

    # --- loading ---------------------------------------------------------------------------
    def set_rows(self, rows: Sequence[T]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def clear(self) -> None:
        self.set_rows([])

    def update_row(self, item: T) -> bool:
        """Replace the row with the same key in place (targeted ``dataChanged``); False if not
        listed."""
        row = self.row_of(self.key(item))
        if row is None:
            return False
        self._rows[row] = item
        self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))
        return True

    # --- reading ---------------------------------------------------------------------------
    def rows(self) -> list[T]:
        return list(self._rows)

    def row_at(self, row: int) -> T:
        return self._rows[row]

    def key(self, item: T) -> Hashable:
        """What identifies a row for ``row_of``/``update_row`` (``item.id`` by default)."""
        return item.id  # type: ignore[attr-defined]

    def row_of(self, key: Hashable) -> int | None:
        return next((row for row, item in enumerate(self._rows) if self.key(item) == key), None)

    # --- Qt --------------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = DISPLAY) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == DISPLAY and 0 <= section < len(self.HEADERS):
            return QCoreApplication.translate(self.CONTEXT, self.HEADERS[section])
        return None

    def data(self, index: Index, role: int = DISPLAY) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        item = self._rows[index.row()]
        if role == self.ROW_ROLE:
            return item
        if role == DISPLAY:
            return self.display(item, index.column())
        if role == self.SORT_ROLE:
            return self.sort_key(item, index.column())
        return self.extra(item, index.column(), role)

    # --- for subclasses --------------------------------------------------------------------
    def display(self, item: T, column: int) -> str:
        raise NotImplementedError

    def sort_key(self, item: T, column: int) -> Any:
        return fold(self.display(item, column))

    def extra(self, item: T, column: int, role: int) -> Any:
        """Any other role (decoration, colours, font, tooltip, check state…); None by default."""
        return None
