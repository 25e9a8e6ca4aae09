"""``cabinet-app handover`` as a subprocess: it acts as a person who gives their password."""

from __future__ import annotations

import json
import subprocess

from tests.cli.conftest import Cli

PASSWORD = "demo1234\n"


def test_pack_pdf_for_a_doctor(cli: Cli) -> None:
    pdf = cli.home / "pack.pdf"
    result = cli("handover", "pack", "--site", "nieul", "-o", str(pdf), "--user", "dr.bernard", "--password-stdin",
                 stdin=PASSWORD)
    assert result.returncode == 0, result.stderr
    assert "Dossier de relève" in result.stdout and pdf.read_bytes().startswith(b"%PDF")
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    assert "Guide du cabinet" in text and "Patients à surveiller" in text


def test_open_items_json_and_who_may_read_them(cli: Cli) -> None:
    result = cli("handover", "open-items", "--site", "nieul", "--json", "--user", "dr.petit", "--password-stdin",
                 stdin=PASSWORD)
    items = json.loads(result.stdout)
    assert items and set(items[0]) == {"id", "patient_id", "patient", "kind", "what", "owner_id", "due_on"}
    secretary = cli("handover", "open-items", "--site", "nieul", "--user", "secretaire", "--password-stdin",
                    stdin=PASSWORD)
    assert secretary.returncode == 1 and "Accès refusé" in secretary.stderr
    wrong = cli("handover", "open-items", "--site", "nieul", "--user", "dr.petit", "--password-stdin", stdin="non\n")
    assert wrong.returncode == 1 and "mot de passe incorrect" in wrong.stderr
