"""The permission matrix of PRODUCT.md: the secretary never reads clinical notes."""

import pytest

from cabinet_app.security.permissions import ADMIN_PERMISSIONS, Permission, Role, can, permissions_for


def test_the_secretary_manages_planning_patients_and_payments_but_not_clinical_data():
    assert can(Role.SECRETARY, Permission.PATIENT_WRITE)
    assert can(Role.SECRETARY, Permission.PLANNING_MANAGE)
    assert can(Role.SECRETARY, Permission.APPOINTMENTS_MANAGE)
    assert can(Role.SECRETARY, Permission.PAYMENTS_MANAGE)
    assert not can(Role.SECRETARY, Permission.CLINICAL_READ)
    assert not can(Role.SECRETARY, Permission.CLINICAL_WRITE)


def test_an_admin_secretary_still_cannot_read_clinical_data():
    assert not can(Role.SECRETARY, Permission.CLINICAL_READ, is_admin=True)
    assert can(Role.SECRETARY, Permission.USERS_MANAGE, is_admin=True)


@pytest.mark.parametrize("role", [Role.REPLACEMENT, Role.INTERN, Role.TITULAR, Role.SALARIED])
def test_doctors_and_interns_read_and_write_clinical_data(role):
    assert can(role, Permission.CLINICAL_READ)
    assert can(role, Permission.CLINICAL_WRITE)


@pytest.mark.parametrize("role", [Role.REPLACEMENT, Role.INTERN, Role.SALARIED, Role.SECRETARY])
def test_only_titulars_sign_off_and_co_sign(role):
    assert not can(role, Permission.HANDOVER_SIGN_OFF)
    assert not can(role, Permission.NOTE_CO_SIGN)
    assert can(Role.TITULAR, Permission.HANDOVER_SIGN_OFF)
    assert can(Role.TITULAR, Permission.NOTE_CO_SIGN)


@pytest.mark.parametrize("role", list(Role))
def test_account_management_and_audit_need_the_admin_flag(role):
    assert not permissions_for(role, is_admin=False) & ADMIN_PERMISSIONS
    assert ADMIN_PERMISSIONS <= permissions_for(role, is_admin=True)
