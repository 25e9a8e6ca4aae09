"""The acts dialog: a replacement enters a consultation by keyboard (G + MEG, paid by card) and
it appears in "Mes honoraires"; an unbalanced entry cannot be saved, an unknown code is refused
in French, nothing is saved."""

from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtCore import Qt

from cabinet_app.fees.services import ActInput, ConsultationInput
from cabinet_app.ui.fees import FeesPage, open_acts_dialog
from cabinet_app.ui.fees.models import euros
from tests.ui.fees_support import JUNE, context, june_contract, qdate


def ledger_count(cabinet) -> int:
    with cabinet.uow("secretaire") as uow:
        return len(uow.fees.entries())


@pytest.fixture
def doctor(qtbot, cabinet):
    june_contract(cabinet)
    return context(cabinet, "dr.petit")


def type_code(qtbot, dialog, code: str) -> None:
    qtbot.keyClicks(dialog.code_edit, code)
    qtbot.keyClick(dialog.code_edit, Qt.Key.Key_Return)


def test_a_replacement_enters_acts_and_sees_them_in_my_fees(qtbot, cabinet, doctor):
    page = FeesPage(doctor)
    doctor.changed.connect(page.refresh)
    qtbot.addWidget(page)
    page.month_edit.setDate(qdate(JUNE))
    dialog = open_acts_dialog(doctor, page, patient_id=cabinet.patient_ids[2], day=JUNE)
    assert dialog.practitioner_combo.currentData() == cabinet.replacement_id  # the doctor logged in
    assert dialog.patient_combo.currentData() == cabinet.patient_ids[2]
    type_code(qtbot, dialog, "g")
    type_code(qtbot, dialog, "MEG")
    assert [line.code for line in dialog.model.rows()] == ["G", "MEG"]
    assert dialog.total() == Decimal("35.00") and dialog.total_label.text() == f"Total : {euros(Decimal(35))}"
    assert not dialog.save_button.isEnabled()
    qtbot.keyClicks(dialog.payment_edits["card"], "35,00")
    assert dialog.rest_label.text() == f"Reste : {euros(Decimal(0))}"
    assert dialog.save_button.isEnabled()
    qtbot.keyClick(dialog.payment_edits["card"], Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert dialog.result() == dialog.DialogCode.Accepted
    assert ledger_count(cabinet) == 3
    assert page.own is not None
    rows = page.own.model.rows()
    assert len(rows) == 1 and rows[0].codes == "G + MEG" and rows[0].card == Decimal("35.00")
    assert "35,00" in page.own.totals_label.text()
    assert page.own.print_button.isEnabled()


def test_unbalanced_or_unknown_is_refused_in_french_and_nothing_saved(qtbot, cabinet, doctor, monkeypatch):
    dialog = open_acts_dialog(doctor, None, day=JUNE)
    qtbot.addWidget(dialog)
    type_code(qtbot, dialog, "ZZZ")
    assert dialog.model.rowCount() == 0
    assert dialog.error_label.text() == "Le code ZZZ n'existe pas dans la nomenclature au 01/06/2026."
    type_code(qtbot, dialog, "G")
    dialog.payment_edits["cash"].setText("10")
    assert dialog.rest_label.text() == f"Reste : {euros(Decimal(20))}"
    assert not dialog.save_button.isEnabled()
    qtbot.keyClick(dialog.code_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert dialog.isVisible() and ledger_count(cabinet) == 0
    dialog.payment_edits["cash"].setText("dix")
    assert not dialog.save_button.isEnabled()
    # should the dialog let an unknown code through, the core refuses it, in French, nothing saved
    dialog.payment_edits["cash"].setText("30")
    assert dialog.save_button.isEnabled()
    data = dialog.consultation()
    monkeypatch.setattr(dialog, "consultation", lambda: ConsultationInput(
        data.practitioner_id, data.site_id, data.patient_id, data.day, (ActInput("ZZZ"),), data.payments))
    dialog.save()
    assert "n'existe pas dans la nomenclature" in dialog.error_label.text()
    assert dialog.isVisible() and ledger_count(cabinet) == 0


def test_ik_needs_a_distance(qtbot, cabinet, doctor):
    dialog = open_acts_dialog(doctor, None, day=JUNE)
    qtbot.addWidget(dialog)
    type_code(qtbot, dialog, "VG")
    type_code(qtbot, dialog, "IK")
    assert dialog.model.rowCount() == 1 and "km" in dialog.error_label.text()
    dialog.km_spin.setValue(10)
    type_code(qtbot, dialog, "IK")
    assert dialog.total() == Decimal("39.76")  # 30 + 16 km × 0,61
