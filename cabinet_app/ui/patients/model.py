"""The table model of the patient list, and the labels of the patient enums.

One row per :class:`~cabinet_app.records.services.PatientInfo` (a frozen DTO). Sorting goes
through a ``QSortFilterProxyModel`` on :data:`PatientTableModel.SORT_ROLE`, whose values sort
the way people expect (names without accents or case, dates chronologically).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt

from ...identifiers import compact_nir, fold, format_nir
from ...records.model import InsStatus, Sex
from ...records.services import PatientInfo
from ..table_model import DtoTableModel

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


class PatientTableModel(DtoTableModel[PatientInfo]):
    """One row per patient; ``row_of(patient_id)``, ``update_row(patient)`` (targeted)."""

    CONTEXT = "PatientTableModel"
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

    def patient_at(self, row: int) -> PatientInfo:
        return self.row_at(row)

    def extra(self, item: PatientInfo, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ToolTipRole and column == self.NIR and item.nir:
            return ins_label(item.ins_status)
        return None

    def display(self, p: PatientInfo, column: int) -> str:
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

    def sort_key(self, p: PatientInfo, column: int) -> str:
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
