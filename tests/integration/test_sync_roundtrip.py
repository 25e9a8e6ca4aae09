"""Sites and the central database, for real (issue 7): round trips, scope, conflicts, unions."""

from __future__ import annotations

from datetime import time, timedelta

import pytest
from sqlalchemy import text

from cabinet_app.appointments.services import cancel, move
from cabinet_app.planning.calendar import at
from cabinet_app.records.clinical_services import NoteInput, write_note
from cabinet_app.records.services import PatientInput, open_patient, update_patient
from cabinet_app.sync.conflicts import list_conflicts, resolve
from cabinet_app.sync.model import ConflictKind, Resolution
from cabinet_app.sync.service import status
from tests.sync_support import DAY, book_one, make_fleet


@pytest.fixture
def fleet(pg_engine, tmp_path):
    fleet = make_fleet(pg_engine, tmp_path, flaive=True)
    yield fleet
    fleet.dispose()


def _patient_input(uow, patient_id, **changes):
    info = open_patient(uow, patient_id)
    fields = {f: getattr(info, f) for f in PatientInput.__dataclass_fields__ if hasattr(info, f)}
    fields.update(changes)
    return PatientInput(**fields)


def test_everything_written_at_a_site_reaches_central_and_the_parent_practice(fleet):
    appointment = book_one(fleet)
    with fleet.uow("nieul", "dr.bernard") as uow:
        write_note(uow, NoteInput(patient_id=fleet.cabinet.patient_ids[0], reason="Toux", site_id=fleet.cabinet.site_id))
        uow.commit()
    fleet.sync("nieul")
    fleet.sync("parent")
    for where in ("central", "parent"):
        assert fleet.scalar(where, "SELECT count(*) FROM appointments") == 1
        assert fleet.scalar(where, "SELECT count(*) FROM consultation_notes") == 1
        assert fleet.scalar(where, "SELECT count(*) FROM patients") == 4
        assert fleet.scalar(where, "SELECT count(*) FROM users") == 5
    assert str(fleet.scalar("parent", "SELECT id FROM appointments")).replace("-", "") == appointment.hex
    # the parent's secretary edits a patient; Nieul gets it, and both are at rest afterwards
    with fleet.uow("parent") as uow:
        pid = fleet.cabinet.patient_ids[1]
        update_patient(uow, pid, _patient_input(uow, pid, phone="0251000000"))
        uow.commit()
    fleet.sync("parent")
    fleet.sync("nieul")
    assert fleet.scalar("nieul", "SELECT phone FROM patients WHERE id = :id", id=pid.hex) == "0251000000"
    assert status(fleet.nieul).pending == 0 and status(fleet.pcs["parent"]).pending == 0
    again = fleet.sync("nieul")
    assert (again.pushed, again.pulled) == (0, 0)


def test_a_site_only_receives_its_slice(fleet):
    book_one(fleet)
    fleet.sync("nieul")
    fleet.sync("flaive")
    # shared reference data: yes; Nieul's patients, appointments, audit: no
    assert fleet.scalar("flaive", "SELECT count(*) FROM sites") == 3
    assert fleet.scalar("flaive", "SELECT count(*) FROM practitioners") == 3
    assert fleet.scalar("flaive", "SELECT count(*) FROM patients") == 0
    assert fleet.scalar("flaive", "SELECT count(*) FROM appointments") == 0
    assert fleet.scalar("flaive", "SELECT count(*) FROM audit_log") == 0
    assert fleet.scalar("central", "SELECT count(*) FROM audit_log") > 0


def test_a_tombstone_travels(fleet):
    appointment = book_one(fleet)
    fleet.sync("nieul")
    fleet.sync("parent")
    with fleet.uow("parent") as uow:
        cancel(uow, appointment, reason="Patient hospitalisé")
        uow.commit()
    fleet.sync("parent")
    fleet.sync("nieul")
    assert fleet.scalar("nieul", "SELECT status FROM appointments") == "cancelled"
    assert fleet.scalar("nieul", "SELECT cancel_reason FROM appointments") == "Patient hospitalisé"


def _move(fleet, pc, appointment, hour, minute=0):
    with fleet.uow(pc) as uow:
        move(uow, appointment, starts_at=at(DAY, time(hour, minute)))
        uow.commit()


def test_the_same_appointment_moved_at_two_sites_one_wins_the_other_is_a_conflict(fleet):
    appointment = book_one(fleet)
    fleet.sync("nieul")
    fleet.sync("parent")
    _move(fleet, "nieul", appointment, 9)  # both offline
    _move(fleet, "parent", appointment, 10)
    fleet.sync("nieul")
    fleet.sync("parent")
    fleet.sync("nieul")
    nine = at(DAY, time(9))
    for where in ("central", "nieul", "parent"):
        with (fleet.central if where == "central" else fleet.pcs[where]).connect() as conn:
            from cabinet_app.sync.codec import table
            t = table("appointments")
            starts = conn.execute(t.select()).mappings().one()["starts_at"]
        assert starts == nine, where
    with fleet.uow("parent") as uow:
        [conflict] = list_conflicts(uow)
    assert conflict.kind == ConflictKind.FIELDS
    assert set(conflict.fields) >= {"starts_at", "ends_at"}
    assert conflict.mine["starts_at"] == at(DAY, time(10)) and conflict.theirs["starts_at"] == nine
    assert conflict.base["starts_at"] == at(DAY, time(8))
    assert conflict.mine_by == "Sophie Secrétaire"
    with fleet.uow("nieul") as uow:
        assert list_conflicts(uow) == []  # Nieul's change won: nothing to decide there
    # the parent's secretary takes her version back: it syncs like any change
    with fleet.uow("parent") as uow:
        resolve(uow, conflict.id, Resolution.MINE)
        uow.commit()
    fleet.sync("parent")
    fleet.sync("nieul")
    with fleet.nieul.connect() as conn:
        from cabinet_app.sync.codec import table
        assert conn.execute(table("appointments").select()).mappings().one()["starts_at"] == at(DAY, time(10))
    with fleet.uow("parent") as uow:
        assert list_conflicts(uow) == []
        assert list_conflicts(uow, include_resolved=True)[0].resolution == Resolution.MINE
    assert fleet.scalar("central", "SELECT count(*) FROM sync_conflicts WHERE resolved_at IS NOT NULL") == 1


def test_different_fields_merge_and_identical_edits_are_no_conflict(fleet):
    pid = fleet.cabinet.patient_ids[2]
    with fleet.uow("nieul") as uow:
        update_patient(uow, pid, _patient_input(uow, pid, phone="0600000001", city="Nieul-le-Dolent"))
        uow.commit()
    with fleet.uow("parent") as uow:
        update_patient(uow, pid, _patient_input(uow, pid, email="eloise@example.org", city="Nieul-le-Dolent"))
        uow.commit()
    for pc in ("nieul", "parent", "nieul"):
        fleet.sync(pc)
    for where in ("central", "nieul", "parent"):
        row = (fleet.scalar(where, "SELECT phone FROM patients WHERE id = :id", id=pid if where == "central" else pid.hex),
               fleet.scalar(where, "SELECT email FROM patients WHERE id = :id", id=pid if where == "central" else pid.hex))
        assert row == ("0600000001", "eloise@example.org"), where
    assert fleet.scalar("central", "SELECT count(*) FROM sync_conflicts") == 0


def test_an_edit_against_a_deletion_is_a_conflict(fleet):
    pid = fleet.cabinet.patient_ids[3]
    from cabinet_app.records.services import delete_patient
    with fleet.uow("nieul") as uow:
        delete_patient(uow, pid)
        uow.commit()
    with fleet.uow("parent") as uow:
        update_patient(uow, pid, _patient_input(uow, pid, phone="0611111111"))
        uow.commit()
    fleet.sync("nieul")
    fleet.sync("parent")
    with fleet.uow("parent") as uow:
        [conflict] = list_conflicts(uow)
    assert conflict.kind == ConflictKind.EDIT_DELETED
    assert fleet.scalar("parent", "SELECT deleted_at IS NOT NULL FROM patients WHERE id = :id", id=pid.hex) == 1


def test_notes_written_at_both_sites_are_all_there(fleet):
    patient = fleet.cabinet.patient_ids[0]
    for pc, login in (("nieul", "dr.petit"), ("parent", "dr.bernard"), ("nieul", "dr.bernard")):
        with fleet.uow(pc, login) as uow:
            write_note(uow, NoteInput(patient_id=patient, reason=f"Note de {login} à {pc}",
                                      site_id=fleet.cabinet.site_id))
            uow.commit()
    for pc in ("nieul", "parent", "nieul"):
        fleet.sync(pc)
    for where in ("central", "nieul", "parent"):
        assert fleet.scalar(where, "SELECT count(*) FROM consultation_notes") == 3, where
    assert fleet.scalar("central", "SELECT count(*) FROM sync_conflicts") == 0


def test_double_booking_across_sites_is_caught_centrally(fleet):
    """The same doctor put on duty at Nieul and at Sainte-Flaive for the same morning, each PC
    unaware of the other: the central database keeps both rows but the second is cancelled and
    becomes a visible conflict at its site."""
    from cabinet_app.planning.rota_services import ShiftInput, create_shift
    cab = fleet.cabinet
    with fleet.uow("nieul") as uow:
        create_shift(uow, ShiftInput(cab.site_id, cab.titular_id, at(DAY, time(8)), at(DAY, time(12))))
        uow.commit()
    with fleet.uow("flaive", "admin") as uow:
        create_shift(uow, ShiftInput(fleet.flaive_id, cab.titular_id, at(DAY, time(10)), at(DAY, time(14))),
                     accept_warnings=True)
        uow.commit()
    fleet.sync("nieul")
    fleet.sync("flaive")
    assert fleet.scalar("central", "SELECT count(*) FROM shifts WHERE status = 'active'") == 1
    assert fleet.scalar("flaive", "SELECT status FROM shifts WHERE site_id = :s", s=fleet.flaive_id.hex) == "cancelled"
    with fleet.uow("flaive", "admin") as uow:
        [conflict] = list_conflicts(uow)
    assert conflict.kind == ConflictKind.DOUBLE_BOOKING
    assert conflict.theirs["site_id"] == cab.site_id


def test_a_pending_local_edit_is_not_overwritten_by_a_pull(fleet):
    pid = fleet.cabinet.patient_ids[1]
    with fleet.uow("parent") as uow:
        update_patient(uow, pid, _patient_input(uow, pid, phone="0700000000", city="La Roche"))
        uow.commit()
    fleet.sync("parent")
    with fleet.uow("nieul") as uow:  # edited at Nieul, not yet pushed
        update_patient(uow, pid, _patient_input(uow, pid, phone="0799999999"))
        uow.commit()
    from cabinet_app.sync.central import PullCursor  # noqa: F401
    from cabinet_app.sync.service import _pull_all, SyncReport
    from cabinet_app.sync.central import read_generation
    with fleet.central.connect() as conn:
        generation = str(read_generation(conn))
    _pull_all(fleet.nieul, fleet.central, fleet.cabinet.site_id, 100, generation, SyncReport(), None)
    assert fleet.scalar("nieul", "SELECT phone FROM patients WHERE id = :id", id=pid.hex) == "0799999999"
    assert fleet.scalar("nieul", "SELECT city FROM patients WHERE id = :id", id=pid.hex) == "La Roche"
    # once pushed, the phone number changed at both is a conflict (the parent's was first)
    fleet.sync("nieul")
    assert fleet.scalar("nieul", "SELECT phone FROM patients WHERE id = :id", id=pid.hex) == "0700000000"
    with fleet.uow("nieul") as uow:
        [conflict] = list_conflicts(uow)
    assert conflict.fields == ("phone",) and conflict.mine["phone"] == "0799999999"


def test_a_patient_new_to_a_site_arrives_with_his_record(pg_engine, tmp_path):
    """Sainte-Flaive's patient is booked at Nieul by the parent practice: Nieul receives the
    appointment, the patient it refers to, and his notes written at Sainte-Flaive."""
    from cabinet_app.appointments.services import BookingInput, book, list_types
    from cabinet_app.planning.rota_services import ShiftInput, create_shift
    from cabinet_app.records.services import create_patient
    from sqlalchemy import update as sa_update
    from cabinet_app.planning.model import Site
    from tests.conftest import make_nir
    from datetime import date

    fleet = make_fleet(pg_engine, tmp_path, flaive=True)
    try:
        cab = fleet.cabinet
        with fleet.uow("flaive", "admin") as uow:  # Sainte-Flaive becomes a cabinet of the parent too
            uow.session.execute(sa_update(Site).where(Site.id == fleet.flaive_id).values(
                parent_site_id=cab.parent_id, row_version=Site.row_version + 1))
            patient = create_patient(uow, PatientInput(
                birth_name="ROBIN", first_names="Luc", birth_date=date(1961, 5, 4), sex="M",
                nir=make_nir("M", date(1961, 5, 4), order=300), site_id=fleet.flaive_id)).value.id
            uow.commit()
        with fleet.uow("flaive", "dr.bernard") as uow:
            write_note(uow, NoteInput(patient_id=patient, reason="Lombalgie", site_id=fleet.flaive_id))
            uow.commit()
        fleet.sync("flaive")
        fleet.sync("parent")
        assert fleet.scalar("nieul", "SELECT count(*) FROM patients WHERE id = :id", id=patient.hex) == 0
        with fleet.uow("parent") as uow:
            create_shift(uow, ShiftInput(cab.site_id, cab.titular_id, at(DAY, time(8)), at(DAY, time(12))))
            types = {t.name: t for t in list_types(uow, cab.site_id)}
            book(uow, BookingInput(cab.site_id, cab.titular_id, patient, types["Consultation"].id, at(DAY, time(9))))
            uow.commit()
        fleet.sync("parent")
        fleet.sync("nieul")
        assert fleet.scalar("nieul", "SELECT birth_name FROM patients WHERE id = :id", id=patient.hex) == "ROBIN"
        assert fleet.scalar("nieul", "SELECT count(*) FROM appointments WHERE patient_id = :id", id=patient.hex) == 1
        assert fleet.scalar("nieul", "SELECT reason FROM consultation_notes WHERE patient_id = :id",
                            id=patient.hex) == "Lombalgie"
    finally:
        fleet.dispose()


def test_the_values_of_a_clinical_conflict_are_for_clinicians_only(fleet):
    import json
    import uuid as _uuid
    from cabinet_app.sync.model import SyncConflict
    from cabinet_app.sync.codec import to_json

    with fleet.uow("nieul", "admin") as uow:
        uow.session.add(SyncConflict(site_id=fleet.cabinet.site_id, table_name="action_items", row_id=_uuid.uuid4(),
                                     kind=ConflictKind.FIELDS, fields=json.dumps(["outcome"]),
                                     mine=to_json({"outcome": "Scanner normal"}), theirs=to_json({"outcome": "Revu"}),
                                     base=to_json({"outcome": ""})))
        uow.commit()
    with fleet.uow("nieul", "secretaire") as uow:
        [hidden] = list_conflicts(uow)
    assert hidden.mine == {} and hidden.theirs == {}
    with fleet.uow("nieul", "dr.bernard") as uow:
        [shown] = list_conflicts(uow)
    assert shown.mine["outcome"] == "Scanner normal"


def test_the_same_login_created_at_two_sites_is_refused_once_and_stops_nothing(fleet):
    """Two PCs create « dr.martin » before syncing: the second is refused centrally (a conflict at
    its site), and neither push nor pull gets stuck on it."""
    from cabinet_app.security.permissions import Role
    from cabinet_app.security.services import create_user
    from tests.conftest import PASSWORD

    for pc in ("nieul", "parent"):
        with fleet.uow(pc, "admin") as uow:
            create_user(uow, login="dr.martin", display_name=f"Dr Martin ({pc})", role=Role.SECRETARY,
                        password=PASSWORD)
            uow.commit()
    fleet.sync("nieul")
    fleet.sync("parent")
    fleet.sync("parent")  # again: nothing blocks
    assert status(fleet.pcs["parent"]).pending == 0
    fleet.sync("nieul")
    assert fleet.scalar("central", "SELECT display_name FROM users WHERE login = 'dr.martin'") == "Dr Martin (nieul)"
    with fleet.uow("parent", "admin") as uow:
        [conflict] = list_conflicts(uow)
    assert conflict.kind == ConflictKind.REFUSED and conflict.table_name == "users"
