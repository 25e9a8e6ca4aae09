"""The patient form: create or edit a patient's identity, contacts and regular doctor.

Nothing is saved while a field is wrong: every problem is shown in French next to its field (the
sentences come from :mod:`cabinet_app.messages`, shared with the CLI) and the dialog stays open
with what was typed. Errors that are not about one field (the record changed meanwhile…) appear
in the label at the top.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ...errors import DuplicateValue, ValidationError
from ...identifiers import format_nir
from ...messages import problem_text
from ...planning.services import PractitionerInfo
from ...records.model import InsStatus, Sex
from ...records.services import PatientInfo, PatientInput, create_patient, patient_problems, update_patient
from ..context import AppContext
from .model import ins_label, sex_label

DATE_TEXT = re.compile(r"^\s*(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{4})\s*$")
ERROR_STYLE = "color: #b00020;"

#: the text fields of the form and their maximum length (the database columns')
TEXT_FIELDS: dict[str, int] = {
    "birth_name": 100, "used_name": 100, "first_names": 150, "used_first_name": 80,
    "birth_date": 10, "birth_place_insee": 5, "nir": 21, "address_line": 200, "postal_code": 10,
    "city": 120, "phone": 30, "email": 200, "gp_name": 150,
}

#: every field in the order of the form (the first one with a problem gets the focus)
FORM_ORDER = ("birth_name", "used_name", "first_names", "used_first_name", "birth_date", "sex",
              "birth_place_insee", "nir", "ins_status", "address_line", "postal_code", "city",
              "phone", "email", "gp_practitioner_id", "gp_name")


def parse_date(text: str) -> date | None:
    """dd/mm/yyyy (or with dots or dashes) → date; None when it is not a real date."""
    match = DATE_TEXT.match(text)
    if match is None:
        return None
    day, month, year = (int(x) for x in match.groups())
    try:
        return date(year, month, day)
    except ValueError:
        return None


def error_label(*, wrap: bool = False) -> QLabel:
    """A red label, hidden until it has something to say. Labels under a field do not wrap
    (a wrapped label in a form row is cut off instead of growing the dialog)."""
    label = QLabel()
    label.setStyleSheet(ERROR_STYLE)
    label.setWordWrap(wrap)
    label.hide()
    return label


class PatientDialog(QDialog):
    """Create a patient (``patient=None``) or edit one; ``read_only`` only shows it."""

    #: emitted with the saved PatientInfo, just before the dialog closes
    saved = Signal(object)

    def __init__(self, ctx: AppContext, *, patient: PatientInfo | None = None,
                 practitioners: Sequence[PractitionerInfo] = (), site_id: uuid.UUID | None = None,
                 read_only: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.patient = patient
        self.read_only = read_only
        self._site_id = patient.site_id if patient is not None else site_id
        self.fields: dict[str, QWidget] = {}
        self.errors: dict[str, QLabel] = {}
        self.saved_patient: PatientInfo | None = None
        self.setModal(True)
        self.setMinimumWidth(560)
        self._build(practitioners)
        if patient is not None:
            self._fill(patient)
            self.setWindowTitle(self.tr("Patient: %1").replace("%1", patient.display_name))
        else:
            self.setWindowTitle(self.tr("New patient"))
        if read_only:
            self._make_read_only()
        self._gp_changed()

    # --- building --------------------------------------------------------------------------
    def _build(self, practitioners: Sequence[PractitionerInfo]) -> None:
        layout = QVBoxLayout(self)
        self.general_error = error_label(wrap=True)
        layout.addWidget(self.general_error)
        for key in TEXT_FIELDS:
            edit = QLineEdit()
            edit.setMaxLength(TEXT_FIELDS[key])
            edit.setObjectName(key)
            self.fields[key] = edit
        self._build_combos(practitioners)
        self._placeholders()
        layout.addWidget(self._group(self.tr("Identity"), [
            ("birth_name", self.tr("Birth name")), ("used_name", self.tr("Used name")),
            ("first_names", self.tr("Birth first names")), ("used_first_name", self.tr("Used first name")),
            ("birth_date", self.tr("Birth date")), ("sex", self.tr("Sex")),
            ("birth_place_insee", self.tr("Birth place (INSEE code)")), ("nir", self.tr("NIR")),
            ("ins_status", self.tr("Identity status (INS)")),
        ]))
        layout.addWidget(self._group(self.tr("Contact details"), [
            ("address_line", self.tr("Address")), ("postal_code", self.tr("Postal code")),
            ("city", self.tr("City")), ("phone", self.tr("Phone")), ("email", self.tr("E-mail")),
        ]))
        layout.addWidget(self._group(self.tr("Regular doctor (médecin traitant)"), [
            ("gp_practitioner_id", self.tr("Practitioner of the practice")),
            ("gp_name", self.tr("Or another doctor")),
        ]))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(self.tr("Save"))
        self.cancel_button = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setText(self.tr("Cancel"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

    def _build_combos(self, practitioners: Sequence[PractitionerInfo]) -> None:
        sex = QComboBox()
        sex.addItem(self.tr("Choose…"), None)
        for value in Sex:
            sex.addItem(sex_label(value), value.value)
        ins = QComboBox()
        for status in InsStatus:
            ins.addItem(ins_label(status), status.value)
        gp = QComboBox()
        gp.addItem(self.tr("None, or another doctor (below)"), None)
        for practitioner in practitioners:
            gp.addItem(practitioner.display_name, str(practitioner.id))  # UUIDs do not survive QVariant
        gp.currentIndexChanged.connect(self._gp_changed)
        self.fields.update(sex=sex, ins_status=ins, gp_practitioner_id=gp)

    def _placeholders(self) -> None:
        self._line("birth_date").setPlaceholderText(self.tr("dd/mm/yyyy"))
        self._line("birth_place_insee").setPlaceholderText(self.tr("e.g. 85163, or 99 + country code abroad"))
        self._line("nir").setPlaceholderText(self.tr("13 characters + 2-digit key"))
        self._line("postal_code").setPlaceholderText(self.tr("e.g. 85430"))
        self._line("gp_name").setPlaceholderText(self.tr("Name and town of the doctor"))

    def _group(self, title: str, rows: list[tuple[str, str]]) -> QGroupBox:
        group = QGroupBox(title)
        form = QFormLayout(group)
        for key, label in rows:
            cell = QWidget()
            box = QVBoxLayout(cell)
            box.setContentsMargins(0, 0, 0, 0)
            box.setSpacing(2)
            box.addWidget(self.fields[key])
            self.errors[key] = error_label()
            box.addWidget(self.errors[key])
            form.addRow(label, cell)
        return group

    def _fill(self, p: PatientInfo) -> None:
        for key in ("birth_name", "used_name", "first_names", "used_first_name", "birth_place_insee",
                    "address_line", "postal_code", "city", "phone", "email", "gp_name"):
            self._line(key).setText(getattr(p, key))
        self._line("birth_date").setText(p.birth_date.strftime("%d/%m/%Y"))
        self._line("nir").setText(format_nir(p.nir) if p.nir else "")
        self._select(self._combo("sex"), p.sex.value)
        self._select(self._combo("ins_status"), p.ins_status.value)
        gp = self._combo("gp_practitioner_id")
        gp_id = str(p.gp_practitioner_id) if p.gp_practitioner_id is not None else None
        if gp_id is not None and gp.findData(gp_id) < 0:
            gp.addItem(self.tr("Practitioner no longer listed"), gp_id)
        self._select(gp, gp_id)

    def _make_read_only(self) -> None:
        for widget in self.fields.values():
            if isinstance(widget, QLineEdit):
                widget.setReadOnly(True)
            else:
                widget.setEnabled(False)
        self.save_button.hide()
        self.cancel_button.setText(self.tr("Close"))

    # --- small helpers ---------------------------------------------------------------------
    def _line(self, key: str) -> QLineEdit:
        widget = self.fields[key]
        assert isinstance(widget, QLineEdit)
        return widget

    def _combo(self, key: str) -> QComboBox:
        widget = self.fields[key]
        assert isinstance(widget, QComboBox)
        return widget

    @staticmethod
    def _select(combo: QComboBox, data: object) -> None:
        combo.setCurrentIndex(max(0, combo.findData(data)))

    def _gp_changed(self) -> None:
        chosen = self._combo("gp_practitioner_id").currentData() is not None
        self._line("gp_name").setEnabled(not chosen and not self.read_only)

    def error_text(self, key: str) -> str:
        """The problem shown next to a field ("" when none): for tests and accessibility."""
        label = self.errors.get(key, self.general_error)
        return label.text() if not label.isHidden() else ""

    # --- reading the form ------------------------------------------------------------------
    def collect(self) -> tuple[PatientInput, dict[str, str]]:
        """What was typed, and the problems only the form can see (a date that is not one, no
        sex chosen)."""
        problems: dict[str, str] = {}
        birth_text = self._line("birth_date").text().strip()
        birth = parse_date(birth_text) if birth_text else None
        if birth_text and birth is None:
            problems["birth_date"] = "invalid_date"
        sex = self._combo("sex").currentData()
        if sex is None:
            problems["sex"] = "required"
        gp_data = self._combo("gp_practitioner_id").currentData()
        gp_id = uuid.UUID(gp_data) if gp_data is not None else None
        text = {key: self._line(key).text() for key in TEXT_FIELDS if key != "birth_date"}
        data = PatientInput(
            birth_name=text["birth_name"], used_name=text["used_name"],
            first_names=text["first_names"], used_first_name=text["used_first_name"],
            birth_date=birth, sex=sex or "", birth_place_insee=text["birth_place_insee"],
            nir=text["nir"], ins_status=self._combo("ins_status").currentData(),
            address_line=text["address_line"], postal_code=text["postal_code"], city=text["city"],
            phone=text["phone"], email=text["email"], gp_practitioner_id=gp_id,
            gp_name="" if gp_id is not None else text["gp_name"], site_id=self._site_id,
        )
        return data, problems

    # --- saving ----------------------------------------------------------------------------
    def save(self) -> None:
        """Check, then create or update in the background; the dialog closes only on success."""
        if self.read_only:
            return
        data, problems = self.collect()
        if problems:
            self.show_problems({**patient_problems(data), **problems})
            return
        self.save_button.setEnabled(False)
        patient = self.patient

        def task(uow):  # runs on the database worker: no widget here
            if patient is None:
                result = create_patient(uow, data)
            else:
                result = update_patient(uow, patient.id, data, expected_version=patient.row_version)
            uow.commit()
            return result

        self.ctx.run(task, on_done=self._on_saved, on_error=self._on_failed)

    def _on_saved(self, patient: PatientInfo) -> None:
        self.saved_patient = patient
        self.saved.emit(patient)
        self.accept()

    def _on_failed(self, error: BaseException) -> None:
        self.save_button.setEnabled(True)
        if isinstance(error, ValidationError):
            self.show_problems(error.problems)
        elif isinstance(error, DuplicateValue) and str(error.data.get("field")) in self.errors:
            self.show_problems({})
            self._show_at(str(error.data["field"]), self.ctx.describe(error))
        else:
            self.show_problems({})
            self._show_general(self.ctx.describe(error))

    def show_problems(self, problems: dict[str, str]) -> None:
        """Show each problem next to its field (those of no field go to the top label)."""
        for label in self.errors.values():
            label.clear()
            label.hide()
        self.general_error.clear()
        self.general_error.hide()
        elsewhere: list[str] = []
        for key, code in problems.items():
            text = problem_text(key, code, self.ctx.language)
            if key in self.errors:
                self._show_at(key, text)
            else:
                elsewhere.append(text)
        if problems:
            heading = self.tr("Nothing was saved: correct what is marked in red.")
            self._show_general("\n".join([heading, *elsewhere]))
            first = next((k for k in FORM_ORDER if k in problems), None)
            if first is not None:
                self.fields[first].setFocus()

    def _show_at(self, key: str, text: str) -> None:
        self.errors[key].setText(text)
        self.errors[key].show()

    def _show_general(self, text: str) -> None:
        self.general_error.setText(text)
        self.general_error.show()
