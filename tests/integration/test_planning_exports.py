"""ICS and month PDF from the rota, read back: the ICS through the icalendar parser, the PDF
through poppler's pdftotext."""

from __future__ import annotations

import subprocess
from datetime import date, time, timedelta

import pytest
from icalendar import Calendar

from cabinet_app.errors import ValidationError
from cabinet_app.planning.calendar import at
from cabinet_app.planning.exports import export_ics, month_pdf, parse_month, shift_uid
from cabinet_app.planning.rota_services import ShiftInput, cancel_shift, create_shift

MONDAY = date(2026, 11, 30)


@pytest.fixture
def planned(cabinet):
    with cabinet.uow("secretaire") as uow:
        first = create_shift(uow, ShiftInput(cabinet.site_id, cabinet.titular_id, at(MONDAY, time(8)),
                                             at(MONDAY, time(12)))).value
        second = create_shift(uow, ShiftInput(cabinet.site_id, cabinet.titular_id,
                                              at(MONDAY + timedelta(days=2), time(14)),
                                              at(MONDAY + timedelta(days=2), time(19)))).value
        uow.commit()
    return cabinet, first, second


def _events(data: bytes):
    return {str(e["uid"]): e for e in Calendar.from_ical(data).walk("VEVENT")}


def test_ics_has_the_practitioners_dates_with_stable_uids(planned):
    cabinet, first, second = planned
    with cabinet.uow("dr.bernard") as uow:  # a doctor exports their own dates
        events = _events(export_ics(uow, cabinet.titular_id, first=MONDAY, last=MONDAY + timedelta(days=6)))
    assert set(events) == {shift_uid(first.id), shift_uid(second.id)}
    event = events[shift_uid(first.id)]
    assert event.decoded("dtstart") == at(MONDAY, time(8))
    assert str(event["summary"]) == "Vacation — Cabinet secondaire de Nieul"
    assert str(event["status"]) == "CONFIRMED"
    with cabinet.uow("secretaire") as uow:
        cancel_shift(uow, second.id, reason="Congé")
        uow.commit()
    with cabinet.uow("secretaire") as uow:
        again = _events(export_ics(uow, cabinet.titular_id, first=MONDAY, last=MONDAY + timedelta(days=6)))
    assert set(again) == set(events)  # same UIDs: a calendar re-import updates, never duplicates
    assert str(again[shift_uid(second.id)]["status"]) == "CANCELLED"
    assert int(again[shift_uid(second.id)]["sequence"]) > int(events[shift_uid(second.id)]["sequence"])


def test_month_pdf_shows_shifts_holidays_and_gaps(planned, tmp_path):
    cabinet, _, _ = planned
    with cabinet.uow("secretaire") as uow:
        pdf = month_pdf(uow, cabinet.site_id, 2026, 12)
    path = tmp_path / "planning.pdf"
    path.write_bytes(pdf)
    text = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True,
                          check=True).stdout
    assert "Planning — Cabinet secondaire de Nieul — décembre 2026" in text
    assert "Férié : Noël" in text
    assert "Bernard" in text and "non couvert" in text


def test_an_invalid_month_is_refused():
    for bad in ("2026-13", "décembre", "2026/12", ""):
        with pytest.raises(ValidationError):
            parse_month(bad)
    assert parse_month("2026-12") == (2026, 12)
