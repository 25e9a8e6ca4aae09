"""The custom roles of the planning's models (shared by the views, the dialogs and the tests)."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt

Index = QModelIndex | QPersistentModelIndex
SHIFT_MIME = "application/x-cabinet-shift"

SHIFTS_ROLE = Qt.ItemDataRole.UserRole + 1
GAPS_ROLE = Qt.ItemDataRole.UserRole + 2
CELL_ROLE = Qt.ItemDataRole.UserRole + 3
DATE_ROLE = Qt.ItemDataRole.UserRole + 4
CLOSED_ROLE = Qt.ItemDataRole.UserRole + 5
AVAILABILITIES_ROLE = Qt.ItemDataRole.UserRole + 6
ROW_ROLE = Qt.ItemDataRole.UserRole + 7
HINT_ROLE = Qt.ItemDataRole.UserRole + 8  # who said they are available (a lighter line in the cell)
SORT_ROLE = Qt.ItemDataRole.UserRole + 9  # the lists' sort value (folded text)
