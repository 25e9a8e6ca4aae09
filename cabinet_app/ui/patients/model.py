"""The table model of the patient list, and the labels of the patient enums.

One row per :class:`~cabinet_app.records.services.PatientInfo` (a frozen DTO). Sorting goes
through a ``QSortFilterProxyModel`` on :data:`PatientTableModel.SORT_ROLE`, whose values sort
the way people expect (names without accents or case, dates chronologically).
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QObject,
    Qt,
)

from ...identifiers import compact_nir, fold, format_nir
from ...records.model import InsStatus, Sex
from ...records.services import PatientInfo

Index = QModelIndex | QPersistentModelIndex

LABELS = "PatientLabels"
SEX_LABELS: dict[Sex, str] = {
    Sex.FEMALE: QT_TRANSLATE_NOOP("PatientLabels", "Female"),
    Sex.MALE: QT_TRANSLATE_NOOP("PatientLabels", "Male"),
    Sex.OTHER: QT_TRANSLATE_NOOP("PatientLabels", "Indeterminate"),
}
INS_LABELS: dict[InsStatus, str] = {
    InsStatus.NONE: QT_TRANSLATE_NOOP("PatientLabels", "No INS (identity not qualified)"),
    InsStatus.PROVISIONAL: QT_TRANSLATE_NOOP("PatientLabels", "Provisional identity (PROV)"),
    InsStatus.RECOVERED: QT_TRANSLATE_NOOP("PatientLabels", "Recovered identity (RECUP)"),
    InsStatus.VALIDATED: QT_TRANSLATE_NOOP("PatientLabels", "Validated identity (VALI)"),
    InsStatus.QUALIFIED: QT_TRANSLATE_NOOP("PatientLabels", "Qualified identity (QUAL)"),
}


def sex_label(sex: Sex) -> str:
    return QCoreApplication.translate(LABELS, SEX_LABELS[sex])


def ins_label(status: InsStatus) -> str:
    return QCoreApplication.translate(LABELS, INS_LABELS[status])


def name_text(p: PatientInfo) -> str:
    """The used name, with the birth name in brackets when they differ: "MARTIN (DUPONT)"."""
    if p.used_name and p.used_name != p.birth_name:
        return f"{p.used_name} ({p.birth_name})"
    return p.birth_name


def first_names_text(p: PatientInfo) -> str:
    if p.used_first_name and p.used_first_name not in p.first_names.split():
        return f"{p.used_first_name} ({p.first_names})"
    return p.first_names


class PatientTableModel(QAbstractTableModel):
    NAME, FIRST_NAMES, BIRTH_DATE, SEX, NIR, CITY, PHONE = range(7)
    HEADERS = (
        QT_TRANSLATE_NOOP("PatientTableModel", "Name"),
        QT_TRANSLATE_NOOP("PatientTableModel", "First name(s)"),
        QT_TRANSLATE_NOOP("PatientTableModel", "Born on"),
        QT_TRANSLATE_NOOP("PatientTableModel", "Sex"),
        QT_TRANSLATE_NOOP("PatientTableModel", "NIR"),
        QT_TRANSLATE_NOOP("PatientTableModel", "City"),
        QT_TRANSLATE_NOOP("PatientTableModel", "Phone"),
    )
    #: the PatientInfo of a row
    ROW_ROLE = Qt.ItemDataRole.UserRole + 1
    #: a value that sorts as people expect (folded text, ISO date)
    SORT_ROLE = Qt.ItemDataRole.UserRole + 2

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[PatientInfo] = []

    # --- loading ---------------------------------------------------------------------------
    def set_rows(self, rows: Sequence[PatientInfo]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def clear(self) -> None:
        self.set_rows([])

    def update_row(self, patient: PatientInfo) -> bool:
        """Replace one patient in place (targeted ``dataChanged``); False if not listed."""
        row = self.row_of(patient.id)
        if row is None:
            return False
        self._rows[row] = patient
        self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))
        return True

    # --- reading ---------------------------------------------------------------------------
    def patient_at(self, row: int) -> PatientInfo:
        return self._rows[row]

    def row_of(self, patient_id: uuid.UUID) -> int | None:
        for row, patient in enumerate(self._rows):
            if patient.id == patient_id:
                return row
        return None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("PatientTableModel", self.HEADERS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        patient = self._rows[index.row()]
        if role == self.ROW_ROLE:
            return patient
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(patient, index.column())
        if role == self.SORT_ROLE:
            return self._sort_key(patient, index.column())
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == self.NIR and patient.nir:
            return ins_label(patient.ins_status)
        return None

    def _display(self, p: PatientInfo, column: int) -> str:
        if column == self.NAME:
            return name_text(p)
        if column == self.FIRST_NAMES:
            return first_names_text(p)
        if column == self.BIRTH_DATE:
            return p.birth_date.strftime("%d/%m/%Y")
        if column == self.SEX:
            return sex_label(p.sex)
        if column == self.NIR:
            return format_nir(p.nir) if p.nir else ""
        if column == self.CITY:
            return p.city
        if column == self.PHONE:
            return p.phone
        return ""

    def _sort_key(self, p: PatientInfo, column: int) -> str:
        if column == self.NAME:
            return f"{fold(p.used_name or p.birth_name)} {fold(p.first_names)}"
        if column == self.FIRST_NAMES:
            return fold(p.first_names)
        if column == self.BIRTH_DATE:
            return p.birth_date.isoformat()
        if column == self.SEX:
            return sex_label(p.sex)
        if column == self.NIR:
            return compact_nir(p.nir or "")
        if column == self.CITY:
            return fold(p.city)
        if column == self.PHONE:
            return "".join(ch for ch in p.phone if ch.isdigit())
        return ""
