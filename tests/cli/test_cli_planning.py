"""``cabinet-app planning`` and ``cabinet-app appointments`` as subprocesses on the demo cabinet
(its rota is built around the day the tests run: gaps ahead, today's book)."""

from __future__ import annotations

import json
import subprocess
from datetime import date, timedelta

from icalendar import Calendar

from tests.cli.conftest import Cli


def _json(result: subprocess.CompletedProcess[str]):
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def test_gaps_ahead_are_listed_with_stable_keys(cli: Cli) -> None:
    gaps = _json(cli("planning", "gaps", "--json"))
    assert gaps, "the demo leaves gaps in the coming weeks"
    assert set(gaps[0]) == {"site_id", "site", "start", "end", "present", "required"}
    assert all(g["present"] < g["required"] for g in gaps)
    text = cli("planning", "gaps", "--site", "flaive")
    assert "Sainte-Flaive" in text.stdout and "non couvert" in text.stdout


def test_ics_of_a_practitioner_parses_back(cli: Cli) -> None:
    path = cli.home / "petit.ics"
    result = cli("planning", "ics", "--practitioner", "dr.petit", "-o", str(path))
    assert result.returncode == 0, result.stderr
    events = list(Calendar.from_ical(path.read_bytes()).walk("VEVENT"))
    assert events and all(str(e["uid"]).endswith("@cabinet-app") for e in events)
    assert all("Nieul" in str(e["summary"]) for e in events)


def test_autofill_proposes_then_applies_and_gaps_drop(cli: Cli) -> None:
    start = date.today() + timedelta(days=1)
    period = ("--site", "flaive", "--from", start.isoformat(), "--to", (start + timedelta(days=20)).isoformat())
    before = _json(cli("planning", "gaps", *period, "--json"))
    (proposal,) = _json(cli("planning", "autofill", *period, "--json"))
    assert proposal["status"] in ("OPTIMAL", "FEASIBLE") and not proposal["applied"]
    assert _json(cli("planning", "gaps", *period, "--json")) == before  # nothing saved without --apply
    (applied,) = _json(cli("planning", "autofill", *period, "--apply", "--json"))
    assert applied["applied"] == bool(applied["shifts"])
    after = _json(cli("planning", "gaps", *period, "--json"))
    assert len(after) == len(applied["uncovered"]) < len(before)


def test_month_print_and_bad_input(cli: Cli) -> None:
    pdf = cli.home / "planning.pdf"
    ok = cli("planning", "print", "--site", "nieul", "--month", date.today().strftime("%Y-%m"), "-o", str(pdf))
    assert ok.returncode == 0, ok.stderr
    assert pdf.read_bytes().startswith(b"%PDF")
    bad_month = cli("planning", "print", "--site", "nieul", "--month", "2026-13", "-o", str(pdf))
    assert bad_month.returncode == 1 and "n'est pas un mois valide" in bad_month.stderr
    unknown = cli("planning", "ics", "--practitioner", "personne", "-o", str(cli.home / "x.ics"))
    assert unknown.returncode == 1 and "aucun praticien" in unknown.stderr
    no_folder = cli("planning", "ics", "--practitioner", "dr.petit", "-o", str(cli.home / "nope" / "x.ics"))
    assert no_folder.returncode == 1 and "n'existe pas" in no_folder.stderr
    reversed_period = cli("planning", "gaps", "--from", "2026-12-10", "--to", "2026-12-01")
    assert reversed_period.returncode == 1 and "avant son début" in reversed_period.stderr


def test_todays_appointments_and_next_free_slot(cli: Cli) -> None:
    today = _json(cli("appointments", "list", "--site", "nieul", "--json"))
    if date.today().weekday() < 6:
        assert today, "the demo book fills today's shifts"
        assert set(today[0]) == {"id", "start", "end", "practitioner_id", "practitioner", "patient_id", "patient",
                                 "type", "status"}
    (slot,) = _json(cli("appointments", "next-free", "--site", "flaive", "--type", "consultation", "--json"))
    assert slot["type"] == "Consultation" and slot["start"] < slot["end"]
    unknown = cli("appointments", "next-free", "--site", "flaive", "--type", "radiographie")
    assert unknown.returncode == 1 and "Type de rendez-vous inconnu" in unknown.stderr
