"""Roles and the permission matrix (PRODUCT.md, "Security and privacy").

The secretary manages planning, appointments, patients' administrative data and payments but
never reads clinical notes; doctors and interns read and write clinical data; titulars also
review, sign off and co-sign; an admin (a flag on any account) manages accounts and reads the
audit log.
"""

from __future__ import annotations

import enum


class Role(enum.StrEnum):
    SECRETARY = "secretaire"
    REPLACEMENT = "remplacant"
    INTERN = "interne"
    TITULAR = "titulaire"
    SALARIED = "salarie"

    @property
    def is_clinician(self) -> bool:
        return self is not Role.SECRETARY


class Permission(enum.StrEnum):
    PATIENT_READ = "patient.read"  # identity and contacts
    PATIENT_WRITE = "patient.write"
    CLINICAL_READ = "clinical.read"  # notes, handovers' clinical content
    CLINICAL_WRITE = "clinical.write"
    HANDOVER_SIGN_OFF = "handover.sign_off"
    NOTE_CO_SIGN = "note.co_sign"
    PLANNING_READ = "planning.read"
    PLANNING_MANAGE = "planning.manage"
    APPOINTMENTS_MANAGE = "appointments.manage"
    PAYMENTS_MANAGE = "payments.manage"
    FEES_OWN_READ = "fees.own_read"
    FEES_ALL_READ = "fees.all_read"
    CABINET_GUIDE_EDIT = "cabinet_guide.edit"
    USERS_MANAGE = "users.manage"
    AUDIT_READ = "audit.read"
    SETTINGS_MANAGE = "settings.manage"


P = Permission
_CLINICIAN = {
    P.PATIENT_READ, P.PATIENT_WRITE, P.CLINICAL_READ, P.CLINICAL_WRITE, P.PLANNING_READ,
    P.APPOINTMENTS_MANAGE, P.PAYMENTS_MANAGE, P.FEES_OWN_READ,
}

ROLE_PERMISSIONS: dict[Role, frozenset[Permission]] = {
    Role.SECRETARY: frozenset({
        P.PATIENT_READ, P.PATIENT_WRITE, P.PLANNING_READ, P.PLANNING_MANAGE,
        P.APPOINTMENTS_MANAGE, P.PAYMENTS_MANAGE, P.FEES_ALL_READ, P.CABINET_GUIDE_EDIT,
    }),
    Role.REPLACEMENT: frozenset(_CLINICIAN),
    Role.SALARIED: frozenset(_CLINICIAN),
    Role.INTERN: frozenset(_CLINICIAN),
    Role.TITULAR: frozenset(_CLINICIAN | {
        P.HANDOVER_SIGN_OFF, P.NOTE_CO_SIGN, P.PLANNING_MANAGE, P.FEES_ALL_READ, P.CABINET_GUIDE_EDIT,
    }),
}

ADMIN_PERMISSIONS = frozenset({P.USERS_MANAGE, P.AUDIT_READ, P.SETTINGS_MANAGE})


def permissions_for(role: Role | str | None, *, is_admin: bool) -> frozenset[Permission]:
    granted: frozenset[Permission] = frozenset()
    if role is not None:
        granted = ROLE_PERMISSIONS[Role(role)]
    if is_admin:
        granted = granted | ADMIN_PERMISSIONS
    return granted


def can(role: Role | str | None, permission: Permission, *, is_admin: bool = False) -> bool:
    return permission in permissions_for(role, is_admin=is_admin)
