"""Patients through the services on a real SQLite file: validation, audit, search."""

from __future__ import annotations

import dataclasses
from datetime import date

import pytest

from cabinet_app.errors import DuplicateValue, PermissionDenied, ValidationError
from cabinet_app.records.services import (
    PatientInput,
    count_patients,
    create_patient,
    delete_patient,
    open_patient,
    search_patients,
    update_patient,
)
from cabinet_app.security.model import AuditAction
from cabinet_app.security.services import list_audit


def _names(cabinet, text, login="secretaire"):
    with cabinet.uow(login) as uow:
        return [p.birth_name for p in search_patients(uow, text)]


@pytest.mark.parametrize("query, expected", [
    ("helene", ["DUPONT"]), ("HÉLÈNE", ["DUPONT"]), ("dupont hel", ["DUPONT"]),
    ("lefevre", ["LEFÈVRE"]), ("eloise", ["LEFÈVRE"]), ("noel", ["GARCIA"]),
    ("03/02/1969", ["DUPONT"]), ("1969-02-03", ["DUPONT"]), ("14/07/1950 martin", ["MARTIN"]),
    ("2690285", ["DUPONT"]), ("introuvable", []),
])
def test_search_ignores_case_and_accents_and_knows_dates_and_nir(cabinet, query, expected):
    assert _names(cabinet, query) == expected


def test_empty_search_lists_everyone_alphabetically(cabinet):
    assert _names(cabinet, "") == ["DUPONT", "GARCIA", "LEFÈVRE", "MARTIN"]


def test_an_invalid_nir_is_refused_and_nothing_is_saved(cabinet):
    with cabinet.uow("secretaire") as uow:
        with pytest.raises(ValidationError) as caught:
            create_patient(uow, PatientInput(birth_name="Roy", first_names="Léo", birth_date=date(2001, 4, 5),
                                             sex="M", nir="101047512345699"))
        assert caught.value.problems == {"nir": "nir_key"}
        uow.commit()
    with cabinet.uow("secretaire") as uow:
        assert count_patients(uow) == len(cabinet.patient_ids)


def test_a_nir_already_used_is_refused(cabinet):
    with cabinet.uow("secretaire") as uow:
        existing = open_patient(uow, cabinet.patient_ids[0])
        with pytest.raises(DuplicateValue):
            create_patient(uow, PatientInput(birth_name="Autre", first_names="Anne",
                                             birth_date=existing.birth_date, sex="F", nir=existing.nir))


def test_edit_is_audited_with_the_changed_fields_only(cabinet):
    with cabinet.uow("secretaire") as uow:
        info = open_patient(uow, cabinet.patient_ids[1])
        edited = dataclasses.replace(info.as_input(), phone="06 12 34 56 78", used_name="martin-roy")
        saved = update_patient(uow, info.id, edited, expected_version=info.row_version).value
        uow.commit()
    assert saved.used_name == "MARTIN-ROY"
    assert _names(cabinet, "roy") == ["MARTIN"]
    with cabinet.uow("admin") as uow:
        rows = list_audit(uow, patient_id=info.id)
    assert [r.action for r in rows] == [AuditAction.PATIENT_UPDATE, AuditAction.PATIENT_OPEN,
                                        AuditAction.PATIENT_CREATE]
    assert rows[0].login == "secretaire"
    assert '"fields": ["phone", "used_name"]' in rows[0].details


def test_every_opening_of_a_record_is_audited(cabinet):
    for login in ("secretaire", "dr.petit", "dr.petit"):
        with cabinet.uow(login) as uow:
            open_patient(uow, cabinet.patient_ids[2])
            uow.commit()
    with cabinet.uow("admin") as uow:
        opened = [r.login for r in list_audit(uow, action=AuditAction.PATIENT_OPEN)]
    assert opened == ["dr.petit", "dr.petit", "secretaire"]


def test_deleting_a_patient_leaves_a_tombstone(cabinet):
    with cabinet.uow("secretaire") as uow:
        delete_patient(uow, cabinet.patient_ids[3])
        uow.commit()
    assert "GARCIA" not in _names(cabinet, "")
    with cabinet.uow("secretaire") as uow:
        from cabinet_app.records.model import Patient

        row = uow.session.get(Patient, cabinet.patient_ids[3])
        assert row is not None and row.deleted_at is not None


def test_corsican_birth_place_and_nir(cabinet):
    birth = date(1985, 12, 1)
    first13 = "18512" + "2A004" + "123"
    from cabinet_app.identifiers import nir_key

    with cabinet.uow("secretaire") as uow:
        created = create_patient(uow, PatientInput(
            birth_name="Santoni", first_names="Pierre", birth_date=birth, sex="M",
            nir=first13 + nir_key(first13), birth_place_insee="2a004", ins_status="QUAL")).value
        uow.commit()
    assert created.birth_place_insee == "2A004"


def test_patients_need_patient_permissions(cabinet):
    from cabinet_app.db import UnitOfWork

    with UnitOfWork(cabinet.engine) as uow:  # the system actor is no one's role
        with pytest.raises(PermissionDenied):
            search_patients(uow, "dupont")
