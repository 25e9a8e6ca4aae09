"""``cabinet-app fees`` as subprocesses on the demo cabinet: the statement PDF read back, the
accountant's CSV parsed as a spreadsheet would, overdue tiers payant, bad input."""

from __future__ import annotations

import csv
import io
import json
import subprocess
from datetime import date, timedelta

from tests.cli.conftest import Cli


def _month():
    first = (date.today().replace(day=1) - timedelta(days=40)).replace(day=1)
    last = (first + timedelta(days=32)).replace(day=1) - timedelta(days=1)
    return first.isoformat(), last.isoformat()


def test_statement_pdf_and_json_agree(cli: Cli) -> None:
    first, last = _month()
    pdf = cli.home / "releve.pdf"
    result = cli("fees", "statement", "--practitioner", "dr.girard", "--from", first, "--to", last, "-o", str(pdf),
                 "--json")
    assert result.returncode == 0, result.stderr
    (data,) = json.loads(result.stdout)
    assert data["acts"] > 0 and data["basis"] == "received" and data["retained_percent"] == "80.00"
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    assert "Relevé de rétrocession" in text and "Dr Antoine Girard" in text and "€" in text
    assert data["retrocession"].replace(".", ",") in text.replace("\u202f", "")
    assert "Date et signature" in text


def test_export_csv_opens_as_a_spreadsheet(cli: Cli) -> None:
    first, last = _month()
    path = cli.home / "recettes.csv"
    result = cli("fees", "export", "--from", first, "--to", last, "-o", str(path))
    assert result.returncode == 0, result.stderr
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig")), delimiter=";"))
    assert rows and {"Date", "Pièce", "Libellé", "Mode de règlement", "Recette brute", "Net"} <= set(rows[0])
    assert any(r["Recette brute"] and "," in r["Recette brute"] for r in rows)


def test_overdue_receivables_and_bad_input(cli: Cli) -> None:
    result = cli("fees", "receivables", "--overdue", "--json")
    assert result.returncode == 0, result.stderr
    overdue = json.loads(result.stdout)
    assert overdue and all(r["status"] in ("expected", "partial") for r in overdue)
    limit = (date.today() - timedelta(days=30)).isoformat()
    assert all(r["day"] <= limit for r in overdue)
    none = cli("fees", "statement", "--practitioner", "dr.bernard", "--from", "2026-01-01", "--to", "2026-01-31",
               "--json")
    assert none.returncode == 1 and "aucun contrat" in none.stderr
    reversed_period = cli("fees", "export", "--from", "2026-12-10", "--to", "2026-12-01", "-o", str(cli.home / "x.csv"))
    assert reversed_period.returncode == 1 and "avant son début" in reversed_period.stderr
