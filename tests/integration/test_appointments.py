"""The appointment book through its services on a real SQLite file."""

from __future__ import annotations

from datetime import date, time, timedelta

import pytest

from cabinet_app.appointments.model import AppointmentStatus
from cabinet_app.appointments.services import (
    BookingInput,
    book,
    cancel,
    day_book,
    list_types,
    move,
    next_free_slot,
    patient_history,
    set_status,
    to_rebook,
)
from cabinet_app.errors import PlanningRefused, PlanningWarning, ValidationError
from cabinet_app.planning.calendar import Period, at
from cabinet_app.planning.rota_services import ShiftInput, cancel_shift, create_shift, move_shift

DAY = date(2031, 12, 1)  # a Monday in the future: no "in the past" warning


@pytest.fixture
def book_day(cabinet):
    with cabinet.uow("secretaire") as uow:
        shift = create_shift(uow, ShiftInput(cabinet.site_id, cabinet.titular_id, at(DAY, time(8)),
                                             at(DAY, time(12)))).value
        types = {t.name: t for t in list_types(uow, cabinet.site_id)}
        uow.commit()
    return cabinet, shift, types


def _book(cabinet, types, patient=0, hour=8, minute=0, **kw):
    return BookingInput(cabinet.site_id, cabinet.titular_id, cabinet.patient_ids[patient],
                        types[kw.pop("kind", "Consultation")].id, at(DAY, time(hour, minute)), **kw)


def _codes(caught):
    return [v.code for v in caught.value.violations]


def test_a_site_gets_the_usual_appointment_types(book_day):
    _, _, types = book_day
    assert {"Consultation", "Consultation longue", "Visite à domicile", "Téléconsultation", "Urgence"} <= set(types)
    assert types["Consultation"].duration_minutes == 15


def test_booking_inside_a_shift_and_the_days_free_time(book_day):
    cabinet, _, types = book_day
    with cabinet.uow("secretaire") as uow:
        booked = book(uow, _book(cabinet, types, hour=9)).value
        uow.commit()
    assert (booked.patient_name, booked.ends_at) == ("DUPONT Hélène", at(DAY, time(9, 15)))
    with cabinet.uow("secretaire") as uow:
        (column,) = day_book(uow, cabinet.site_id, DAY).columns
    assert column.free == (Period(at(DAY, time(8)), at(DAY, time(9))), Period(at(DAY, time(9, 15)), at(DAY, time(12))))


def test_refusals_save_nothing(book_day):
    cabinet, _, types = book_day
    with cabinet.uow("secretaire") as uow:
        book(uow, _book(cabinet, types, hour=9))
        uow.commit()
    with cabinet.uow("secretaire") as uow:
        with pytest.raises(PlanningRefused) as caught:
            book(uow, _book(cabinet, types, patient=1, hour=14))
        assert _codes(caught) == ["outside_shift"]
        with pytest.raises(PlanningRefused) as caught:
            book(uow, _book(cabinet, types, patient=1, hour=9, minute=10))
        assert _codes(caught) == ["practitioner_booked"]
        with pytest.raises(PlanningRefused) as caught:
            book(uow, _book(cabinet, types, patient=0, hour=9, minute=10, overbook=True))
        assert _codes(caught) == ["patient_booked"]
        assert book(uow, _book(cabinet, types, patient=1, hour=9, minute=10, overbook=True)).value.overbooked
        uow.commit()
    with cabinet.uow("secretaire") as uow:
        assert len(day_book(uow, cabinet.site_id, DAY).columns[0].appointments) == 2


def test_the_past_is_allowed_for_catch_up_but_warned(cabinet):
    past = date(2024, 12, 2)
    with cabinet.uow("secretaire") as uow:
        create_shift(uow, ShiftInput(cabinet.site_id, cabinet.titular_id, at(past, time(8)), at(past, time(12))))
        consultation = next(t for t in list_types(uow, cabinet.site_id) if t.name == "Consultation")
        data = BookingInput(cabinet.site_id, cabinet.titular_id, cabinet.patient_ids[0], consultation.id,
                            at(past, time(8)))
        with pytest.raises(PlanningWarning):
            book(uow, data)
        assert book(uow, data, accept_warnings=True).value


def test_arrived_seen_no_show_and_history(book_day):
    cabinet, _, types = book_day
    with cabinet.uow("secretaire") as uow:
        first = book(uow, _book(cabinet, types, hour=8)).value
        second = book(uow, _book(cabinet, types, patient=1, hour=8, minute=15)).value
        set_status(uow, first.id, AppointmentStatus.ARRIVED)
        assert [a.id for a in day_book(uow, cabinet.site_id, DAY).waiting_room] == [first.id]
        set_status(uow, first.id, AppointmentStatus.SEEN)
        set_status(uow, second.id, AppointmentStatus.NO_SHOW)
        with pytest.raises(ValidationError):
            set_status(uow, second.id, AppointmentStatus.SEEN)
        with pytest.raises(ValidationError):
            cancel(uow, first.id, reason="trop tard")
        uow.commit()
    with cabinet.uow("secretaire") as uow:
        assert [a.status for a in patient_history(uow, cabinet.patient_ids[1])] == [AppointmentStatus.NO_SHOW]


def test_cancel_keeps_history_and_frees_the_time(book_day):
    cabinet, _, types = book_day
    with cabinet.uow("secretaire") as uow:
        booked = book(uow, _book(cabinet, types, hour=10)).value
        with pytest.raises(ValidationError):
            cancel(uow, booked.id, reason="")
        cancel(uow, booked.id, reason="Patient hospitalisé")
        assert book(uow, _book(cabinet, types, patient=1, hour=10)).value
        uow.commit()
    with cabinet.uow("secretaire") as uow:
        (kept,) = patient_history(uow, cabinet.patient_ids[0])
    assert (kept.status, kept.cancel_reason) == (AppointmentStatus.CANCELLED, "Patient hospitalisé")


def test_booking_moving_and_cancelling_are_audited(book_day):
    from sqlalchemy import select

    from cabinet_app.security.model import AuditAction, AuditEntry

    cabinet, _, types = book_day
    with cabinet.uow("secretaire") as uow:
        booked = book(uow, _book(cabinet, types, hour=9)).value
        move(uow, booked.id, starts_at=at(DAY, time(10)))
        cancel(uow, booked.id, reason="Empêchement")
        uow.commit()
    with cabinet.uow("admin") as uow:
        rows = [(r[0].value, *r[1:]) for r in uow.session.execute(
            select(AuditEntry.action, AuditEntry.login, AuditEntry.patient_id, AuditEntry.target, AuditEntry.details)
            .where(AuditEntry.action.in_(
                [AuditAction.APPOINTMENT_BOOK, AuditAction.APPOINTMENT_MOVE, AuditAction.APPOINTMENT_CANCEL]))
            .order_by(AuditEntry.created_at))]
    assert [r[0] for r in rows] == ["appointment_book", "appointment_move", "appointment_cancel"]
    assert {r[1] for r in rows} == {"secretaire"} and rows[0][2] == cabinet.patient_ids[0]
    assert "10:00" in rows[1][3] and "Empêchement" in rows[2][4]


def test_next_free_slot_for_a_type(book_day):
    cabinet, _, types = book_day
    with cabinet.uow("secretaire") as uow:
        book(uow, _book(cabinet, types, hour=8))
        book(uow, _book(cabinet, types, patient=1, hour=8, minute=15))
        who, slot = next_free_slot(uow, site_id=cabinet.site_id, type_id=types["Consultation longue"].id,
                                   after=at(DAY, time(0)))
    assert who == cabinet.titular_id and slot == Period(at(DAY, time(8, 30)), at(DAY, time(9, 15)))
    with cabinet.uow("secretaire") as uow:
        assert next_free_slot(uow, site_id=cabinet.site_id, type_id=types["Consultation"].id,
                              practitioner_id=cabinet.replacement_id, after=at(DAY, time(0))) is None


def test_cancelling_or_shortening_a_shift_flags_its_appointments_to_rebook(book_day):
    cabinet, shift, types = book_day
    with cabinet.uow("secretaire") as uow:
        early = book(uow, _book(cabinet, types, hour=8)).value
        late = book(uow, _book(cabinet, types, patient=1, hour=11)).value
        uow.commit()
    with cabinet.uow("secretaire") as uow:
        move_shift(uow, shift.id, starts_at=at(DAY, time(8)), ends_at=at(DAY, time(10)))
        uow.commit()
    with cabinet.uow("secretaire") as uow:
        assert [a.id for a in to_rebook(uow)] == [late.id]
        cancel_shift(uow, shift.id, reason="Malade")
        uow.commit()
    with cabinet.uow("secretaire") as uow:
        flagged = to_rebook(uow)
    assert [a.id for a in flagged] == [early.id, late.id]
    assert {a.rebook_reason for a in flagged} == {"shift_moved", "shift_cancelled"}
    with cabinet.uow("secretaire") as uow:  # rebooked with the doctor who now covers the morning
        create_shift(uow, ShiftInput(cabinet.site_id, cabinet.titular_id, at(DAY + timedelta(days=1), time(8)),
                                     at(DAY + timedelta(days=1), time(12))))
        moved = move(uow, early.id, starts_at=at(DAY + timedelta(days=1), time(9))).value
        uow.commit()
    assert moved.status is AppointmentStatus.BOOKED


def _pdf_text(tmp_path, data: bytes) -> str:
    import subprocess

    path = tmp_path / "doc.pdf"
    path.write_bytes(data)
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True,
                          check=True).stdout


def test_day_list_and_reminder_slip_pdfs(book_day, tmp_path):
    from cabinet_app.appointments.services import day_list_pdf, reminder_pdf

    cabinet, _, types = book_day
    with cabinet.uow("secretaire") as uow:
        booked = book(uow, _book(cabinet, types, hour=9, kind="Consultation longue")).value
        book(uow, _book(cabinet, types, patient=2, hour=10))
        uow.commit()
    with cabinet.uow("secretaire") as uow:
        day_text = _pdf_text(tmp_path, day_list_pdf(uow, cabinet.site_id, DAY))
        slip_text = _pdf_text(tmp_path, reminder_pdf(uow, booked.id))
    assert "Rendez-vous du lundi 1 décembre 2031" in day_text
    assert "DUPONT Hélène" in day_text and "LEFÈVRE Éloïse" in day_text and "09:00–09:45" in day_text
    assert "Rappel de rendez-vous" in slip_text and "le lundi 1 décembre 2031 à 09:00" in slip_text


def test_bulk_import_checks_the_same_rules_and_refuses_the_whole_batch(book_day):
    from cabinet_app.appointments.model import Appointment
    from cabinet_app.appointments.services import import_appointments

    cabinet, _, types = book_day
    kind = types["Consultation"]

    def row(patient, hour, minute=0):
        start = at(DAY, time(hour, minute))
        return Appointment(site_id=cabinet.site_id, practitioner_id=cabinet.titular_id,
                           patient_id=cabinet.patient_ids[patient], type_id=kind.id, starts_at=start,
                           ends_at=start + timedelta(minutes=15), status=AppointmentStatus.BOOKED)

    with cabinet.uow("secretaire") as uow:
        with pytest.raises(PlanningRefused):
            import_appointments(uow, [row(0, 8), row(1, 8, 10)])  # the doctor twice at once
        with pytest.raises(PlanningRefused):
            import_appointments(uow, [row(0, 8), row(0, 13)])  # outside the shift
    with cabinet.uow("secretaire") as uow:
        assert import_appointments(uow, [row(0, 8), row(1, 8, 15), row(2, 8, 30)]).value == 3
        uow.commit()
    with cabinet.uow("secretaire") as uow:
        assert len(day_book(uow, cabinet.site_id, DAY).columns[0].appointments) == 3


def test_a_week_long_shift_is_bookable_during_opening_hours_only(cabinet):
    monday = DAY + timedelta(days=7)
    with cabinet.uow("secretaire") as uow:
        create_shift(uow, ShiftInput(cabinet.site_id, cabinet.titular_id, at(monday, time(8)),
                                     at(monday + timedelta(days=5), time(12))), accept_warnings=True)
        kind = next(t for t in list_types(uow, cabinet.site_id) if t.name == "Consultation")
        (column,) = day_book(uow, cabinet.site_id, monday + timedelta(days=1)).columns
        _, slot = next_free_slot(uow, site_id=cabinet.site_id, type_id=kind.id, after=at(monday, time(19)))
    tuesday = monday + timedelta(days=1)
    assert column.free == (Period(at(tuesday, time(8)), at(tuesday, time(12))),
                           Period(at(tuesday, time(14)), at(tuesday, time(19))))
    assert slot.start == at(tuesday, time(8))  # not Monday night


def test_no_booking_at_night_in_a_week_long_shift(cabinet):
    monday = DAY + timedelta(days=14)
    with cabinet.uow("secretaire") as uow:
        create_shift(uow, ShiftInput(cabinet.site_id, cabinet.titular_id, at(monday, time(8)),
                                     at(monday + timedelta(days=5), time(12))), accept_warnings=True)
        kind = next(t for t in list_types(uow, cabinet.site_id) if t.name == "Consultation")
        data = BookingInput(cabinet.site_id, cabinet.titular_id, cabinet.patient_ids[0], kind.id,
                            at(monday + timedelta(days=1), time(3)))
        with pytest.raises(PlanningRefused):
            book(uow, data)
        assert book(uow, BookingInput(cabinet.site_id, cabinet.titular_id, cabinet.patient_ids[0], kind.id,
                                      at(monday + timedelta(days=1), time(9)))).value


def test_bulk_import_sees_a_clash_with_an_early_appointment_of_a_full_day(book_day):
    from cabinet_app.appointments.model import Appointment
    from cabinet_app.appointments.services import import_appointments

    cabinet, _, types = book_day
    kind = types["Consultation"]

    def row(patient, minutes):
        start = at(DAY, time(8)) + timedelta(minutes=minutes)
        return Appointment(site_id=cabinet.site_id, practitioner_id=cabinet.titular_id,
                           patient_id=cabinet.patient_ids[patient], type_id=kind.id, starts_at=start,
                           ends_at=start + timedelta(minutes=5), status=AppointmentStatus.BOOKED)

    with cabinet.uow("secretaire") as uow:
        import_appointments(uow, [row(i % 4, 5 * i) for i in range(45)])  # 08:00 to 11:45, full
        uow.commit()
    with cabinet.uow("secretaire") as uow, pytest.raises(PlanningRefused):
        import_appointments(uow, [row(1, 0)])  # 08:00 again
