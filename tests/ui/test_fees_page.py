"""The fees page: the secretary's cash-up per payment mode, a late tiers payant reconciled, the
titular's overview and the statement PDF, the accountant's CSV; the tabs follow the roles."""

from __future__ import annotations

import csv
import io
from decimal import Decimal

import pytest
from PySide6.QtWidgets import QFileDialog

from cabinet_app.changes import Area
from cabinet_app.ui.fees import FeesPage
from tests.ui.fees_support import JUNE, PaymentInput, consult, context, june_contract, qdate


def make_page(qtbot, ctx) -> FeesPage:
    page = FeesPage(ctx)
    ctx.changed.connect(page.refresh)
    qtbot.addWidget(page)
    page.month_edit.setDate(qdate(JUNE))
    return page


def tab_titles(page: FeesPage) -> list[str]:
    return [page.tabs.tabText(i) for i in range(page.tabs.count())]


@pytest.fixture
def june(cabinet):
    june_contract(cabinet)
    consult(cabinet, PaymentInput("patient", "30", "cash"))
    consult(cabinet, PaymentInput("patient", "35", "cheque"), acts=("G", "MEG"))
    consult(cabinet, PaymentInput("patient", "9", "card"), PaymentInput("amo", "21"))
    return cabinet


def save_as(monkeypatch, path) -> list[str]:
    asked: list[str] = []

    def fake(_parent, title, suggested, _filter):
        asked.append(suggested)
        return str(path), ""
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(fake))
    return asked


def test_tabs_follow_the_roles(qtbot, cabinet):
    assert tab_titles(make_page(qtbot, context(cabinet, "secretaire"))) == [
        "Caisse du jour", "Tiers payant", "Vue du titulaire"]
    assert tab_titles(make_page(qtbot, context(cabinet, "dr.petit"))) == [
        "Mes honoraires", "Caisse du jour", "Tiers payant"]
    assert "Vue du titulaire" in tab_titles(make_page(qtbot, context(cabinet, "dr.bernard")))


def test_the_secretary_cash_up_gives_totals_per_payment_mode(qtbot, june):
    page = make_page(qtbot, context(june, "secretaire"))
    page.cash.day_edit.setDate(qdate(JUNE))
    assert page.cash.model.rowCount() == 3
    totals = page.cash.totals
    assert (totals["cash"], totals["cheque"], totals["card"], totals["amo"]) == (
        Decimal("30.00"), Decimal("35.00"), Decimal("9.00"), Decimal("21.00"))
    assert totals["billed"] == Decimal("95.00")
    text = page.cash.totals_label.text()
    assert "Espèces 30,00" in text and "caisse équilibrée" in text and "NON" not in text
    dialog = page.cash.new_act()
    assert dialog.site_combo.currentData() == june.site_id and dialog.day == JUNE
    dialog.close()
    page.clear()
    assert page.cash.model.rowCount() == 0 and page.cash.totals_label.text() == ""


def test_a_late_tiers_payant_is_received_and_leaves_the_overdue_list(qtbot, june):
    page = make_page(qtbot, context(june, "secretaire"))
    tab = page.receivables
    tab.overdue_check.setChecked(True)
    assert tab.model.rowCount() == 1 and tab.model.rows()[0].overdue
    assert "en retard" in tab.model.index(0, tab.model.STATE).data()
    tab.select(0)
    dialog = tab.receive()
    dialog.amount_edit.setText("50")
    dialog.ok_button().click()
    assert dialog.isVisible() and dialog.error_label.text()  # more than outstanding: refused
    dialog.amount_edit.setText("10")
    dialog.ok_button().click()
    assert not dialog.isVisible()
    assert tab.model.rows()[0].info.outstanding == Decimal("11.00")  # partly received, still overdue
    tab.select(0)
    dialog = tab.receive()
    dialog.ok_button().click()  # the rest, prefilled
    assert tab.model.rowCount() == 0


def test_a_rejection_is_recorded(qtbot, june):
    page = make_page(qtbot, context(june, "secretaire"))
    page.receivables.select(0)
    dialog = page.receivables.reject()
    dialog.reason_edit.setText("Droits fermés")
    dialog.ok_button().click()
    assert page.receivables.model.rowCount() == 0


def test_the_titular_overview_settles_and_prints_the_statement(qtbot, june, tmp_path, monkeypatch):
    page = make_page(qtbot, context(june, "dr.bernard"))
    tab = page.overview
    (row,) = tab.model.rows()
    st = row.statement
    assert st.billed == Decimal("95.00") and st.due == Decimal("28.50")  # 30 % of 95 €
    assert tab.model.index(0, tab.model.BALANCE).data() == "28,50\u00a0€"
    pdf = tmp_path / "releve.pdf"
    asked = save_as(monkeypatch, pdf)
    tab.print_statement()
    assert asked == ["releve-2026-06.pdf"] and pdf.read_bytes().startswith(b"%PDF")
    dialog = tab.settle()
    dialog.ok_button().click()
    assert not dialog.isVisible()
    assert tab.model.rows()[0].statement.balance == 0
    dialog = tab.settle()
    dialog.ok_button().click()
    assert dialog.isVisible() and dialog.error_label.text()  # the same period never settles twice


def test_my_fees_prints_my_statement(qtbot, june, tmp_path, monkeypatch):
    page = make_page(qtbot, context(june, "dr.petit"))
    assert page.own.model.rowCount() == 3
    assert "28,50" in page.own.statement_label.text()
    pdf = tmp_path / "mon-releve.pdf"
    save_as(monkeypatch, pdf)
    page.own.print_statement()
    assert pdf.read_bytes().startswith(b"%PDF")


def test_the_accountant_export_is_a_semicolon_csv(qtbot, june, tmp_path, monkeypatch):
    page = make_page(qtbot, context(june, "secretaire"))
    target = tmp_path / "export.csv"
    save_as(monkeypatch, target)
    page.export()
    rows = list(csv.reader(io.StringIO(target.read_bytes().decode("utf-8-sig")), delimiter=";"))
    assert rows[0][0] == "Date" and rows[0][5] == "Recette brute"
    assert any("30,00" in row for row in rows[1:])


def test_refresh_only_on_fees_and_clear_empties(qtbot, june):
    page = make_page(qtbot, context(june, "dr.bernard"))
    page.clear()
    assert page.overview.model.rowCount() == 0 and page.own.model.rowCount() == 0
    page.refresh(Area.CLINICAL)
    assert page.overview.model.rowCount() == 0
    page.refresh(Area.FEES)
    assert page.overview.model.rowCount() == 1
