"""Use cases on patients: create, edit, open (audited), search ignoring case and accents."""

from __future__ import annotations

import re
import uuid
from dataclasses import asdict, dataclass, fields
from datetime import date, datetime

from ..changes import Area, Changed
from ..clock import today_paris
from ..db import UnitOfWork
from ..errors import DuplicateValue, NotFound, StaleRecord, ValidationError
from ..identifiers import compact_nir, fold, nir_problem
from ..planning.services import contact_problems
from ..security.model import AuditAction
from ..security.permissions import Permission
from ..security.services import audit, require
from .model import InsStatus, Patient, Sex

INSEE_CODE = re.compile(r"^(\d{5}|2[AB]\d{3})$")
DATE_QUERY = re.compile(r"^(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{4})$")
ISO_DATE_QUERY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")
NIR_QUERY = re.compile(r"^[12378]\s*[\d\s]{4,}[\dAB\s]*$", re.IGNORECASE)
OLDEST_BIRTH = date(1900, 1, 1)


@dataclass(frozen=True)
class PatientInput:
    """What a person types in the patient form (plain values)."""

    birth_name: str
    first_names: str
    birth_date: date | None
    sex: Sex | str
    used_name: str = ""
    used_first_name: str = ""
    birth_place_insee: str = ""
    nir: str = ""
    ins_status: InsStatus | str = InsStatus.NONE
    address_line: str = ""
    postal_code: str = ""
    city: str = ""
    phone: str = ""
    email: str = ""
    gp_practitioner_id: uuid.UUID | None = None
    gp_name: str = ""
    site_id: uuid.UUID | None = None


@dataclass(frozen=True)
class PatientInfo:
    id: uuid.UUID
    row_version: int
    birth_name: str
    used_name: str
    first_names: str
    used_first_name: str
    birth_date: date
    sex: Sex
    birth_place_insee: str
    nir: str | None
    ins_status: InsStatus
    address_line: str
    postal_code: str
    city: str
    phone: str
    email: str
    gp_practitioner_id: uuid.UUID | None
    gp_name: str
    site_id: uuid.UUID | None
    updated_at: datetime

    @property
    def display_name(self) -> str:
        name = self.used_name or self.birth_name
        first = self.used_first_name or self.first_names.split(" ")[0]
        return f"{name.upper()} {first}"

    def as_input(self) -> PatientInput:
        values = {f.name: getattr(self, f.name) for f in fields(PatientInput)}
        values["nir"] = values["nir"] or ""
        return PatientInput(**values)


_EDITABLE = tuple(f.name for f in fields(PatientInput))


def patient_info(p: Patient) -> PatientInfo:
    return PatientInfo(
        id=p.id, row_version=p.row_version, birth_name=p.birth_name, used_name=p.used_name,
        first_names=p.first_names, used_first_name=p.used_first_name, birth_date=p.birth_date,
        sex=Sex(p.sex), birth_place_insee=p.birth_place_insee, nir=p.nir,
        ins_status=InsStatus(p.ins_status), address_line=p.address_line, postal_code=p.postal_code,
        city=p.city, phone=p.phone, email=p.email, gp_practitioner_id=p.gp_practitioner_id,
        gp_name=p.gp_name, site_id=p.site_id, updated_at=p.updated_at,
    )


def patient_problems(data: PatientInput, *, today: date | None = None) -> dict[str, str]:
    """Every problem of the form at once, as field → problem code (pure: no database)."""
    today = today or today_paris()
    problems: dict[str, str] = {}
    if not data.birth_name.strip():
        problems["birth_name"] = "required"
    if not data.first_names.strip():
        problems["first_names"] = "required"
    if data.birth_date is None:
        problems["birth_date"] = "required"
    elif data.birth_date > today:
        problems["birth_date"] = "birth_date_future"
    elif data.birth_date < OLDEST_BIRTH:
        problems["birth_date"] = "birth_date_too_old"
    try:
        sex = Sex(data.sex)
    except ValueError:
        problems["sex"] = "unknown_sex"
        sex = None
    if data.nir.strip():
        birth = data.birth_date if "birth_date" not in problems else None
        if (problem := nir_problem(data.nir, sex=sex.value if sex else None, birth_date=birth)) is not None:
            problems["nir"] = problem
    try:
        ins = InsStatus(data.ins_status)
    except ValueError:
        problems["ins_status"] = "unknown_ins_status"
    else:
        if ins is not InsStatus.NONE and not data.nir.strip():
            problems["ins_status"] = "ins_needs_nir"
        if ins is InsStatus.QUALIFIED and not data.birth_place_insee.strip():
            problems["birth_place_insee"] = "ins_needs_birth_place"
    if data.birth_place_insee.strip() and not INSEE_CODE.match(data.birth_place_insee.strip().upper()):
        problems["birth_place_insee"] = "insee_format"
    problems.update(contact_problems(postal_code=data.postal_code, phone=data.phone, email=data.email))
    return problems


def _clean(data: PatientInput) -> dict[str, object]:
    values = asdict(data)
    for key, value in values.items():
        if isinstance(value, str):
            values[key] = " ".join(value.split())
    values["birth_name"] = str(values["birth_name"]).upper()
    values["used_name"] = str(values["used_name"]).upper()
    values["birth_place_insee"] = str(values["birth_place_insee"]).upper()
    values["nir"] = compact_nir(data.nir) or None
    values["sex"] = Sex(data.sex)
    values["ins_status"] = InsStatus(data.ins_status)
    return values


def _check(uow: UnitOfWork, data: PatientInput, *, excluding: uuid.UUID | None = None) -> dict[str, object]:
    if problems := patient_problems(data):
        raise ValidationError(problems)
    values = _clean(data)
    if values["nir"] and uow.patients.with_nir(values["nir"], excluding=excluding) is not None:
        raise DuplicateValue(field="nir", value=values["nir"])
    if data.gp_practitioner_id is not None and uow.practitioners.get(data.gp_practitioner_id) is None:
        raise ValidationError({"gp_practitioner_id": "unknown_practitioner"})
    if data.site_id is not None and uow.sites.get(data.site_id) is None:
        raise ValidationError({"site_id": "unknown_site"})
    return values


def create_patient(uow: UnitOfWork, data: PatientInput) -> Changed[PatientInfo]:
    require(uow.actor, Permission.PATIENT_WRITE)
    values = _check(uow, data)
    patient = Patient(**values)
    patient.refresh_search_text()
    uow.patients.add(patient)
    uow.flush()
    audit(uow, AuditAction.PATIENT_CREATE, patient_id=patient.id, target=patient.display_name)
    return Changed(patient_info(patient), Area.PATIENTS | Area.AUDIT)


def update_patient(uow: UnitOfWork, patient_id: uuid.UUID, data: PatientInput, *,
                   expected_version: int | None = None) -> Changed[PatientInfo]:
    """Save an edit. ``expected_version`` is the row_version the form was opened with: if
    someone saved meanwhile, :class:`StaleRecord` is raised and nothing is written."""
    require(uow.actor, Permission.PATIENT_WRITE)
    patient = uow.patients.get(patient_id)
    if patient is None:
        raise NotFound(kind="patient", key=str(patient_id))
    if expected_version is not None and patient.row_version != expected_version:
        raise StaleRecord(kind="patient", key=str(patient_id))
    values = _check(uow, data, excluding=patient_id)
    changed = sorted(k for k in _EDITABLE if getattr(patient, k) != values[k])
    for key in changed:
        setattr(patient, key, values[key])
    if changed:
        patient.refresh_search_text()
        uow.flush()
        audit(uow, AuditAction.PATIENT_UPDATE, patient_id=patient.id, target=patient.display_name,
              details={"fields": changed})
    return Changed(patient_info(patient), Area.PATIENTS | Area.AUDIT if changed else Area.NONE)


def open_patient(uow: UnitOfWork, patient_id: uuid.UUID) -> PatientInfo:
    """Open a patient's record: audited (who, when, which patient), committed by the caller."""
    require(uow.actor, Permission.PATIENT_READ)
    patient = uow.patients.get(patient_id)
    if patient is None:
        raise NotFound(kind="patient", key=str(patient_id))
    audit(uow, AuditAction.PATIENT_OPEN, patient_id=patient.id, target=patient.display_name)
    return patient_info(patient)


def delete_patient(uow: UnitOfWork, patient_id: uuid.UUID) -> Changed[None]:
    """Tombstone a patient created by mistake (e.g. a duplicate): the row and its history stay."""
    require(uow.actor, Permission.PATIENT_WRITE)
    patient = uow.patients.get(patient_id)
    if patient is None:
        raise NotFound(kind="patient", key=str(patient_id))
    patient.mark_deleted(by=uow.actor.user_id)
    audit(uow, AuditAction.PATIENT_DELETE, patient_id=patient.id, target=patient.display_name)
    return Changed(None, Area.PATIENTS | Area.AUDIT)


@dataclass(frozen=True)
class PatientQuery:
    words: tuple[str, ...] = ()
    birth_date: date | None = None
    nir_prefix: str | None = None

    @property
    def is_empty(self) -> bool:
        return not self.words and self.birth_date is None and not self.nir_prefix


def parse_query(text: str) -> PatientQuery:
    """Split what was typed into name words, a birth date (dd/mm/yyyy or ISO) and a NIR prefix."""
    words: list[str] = []
    birth: date | None = None
    nir: str | None = None
    raw = (text or "").strip()
    compact = compact_nir(raw)
    if len(compact) >= 5 and NIR_QUERY.match(raw) and compact[1:].replace("A", "").replace("B", "").isdigit():
        return PatientQuery(nir_prefix=compact)
    for token in raw.split():
        match = DATE_QUERY.match(token) or ISO_DATE_QUERY.match(token)
        if match:
            parts = [int(x) for x in match.groups()]
            day, month, year = (parts[2], parts[1], parts[0]) if ISO_DATE_QUERY.match(token) else parts
            try:
                birth = date(year, month, day)
                continue
            except ValueError:
                pass
        words.extend(fold(token).split())
    return PatientQuery(words=tuple(words), birth_date=birth, nir_prefix=nir)


def search_patients(uow: UnitOfWork, text: str, *, limit: int = 200) -> list[PatientInfo]:
    """Patients matching what was typed: names (case and accents ignored), a birth date, or the
    start of a NIR. An empty query lists the first patients alphabetically."""
    require(uow.actor, Permission.PATIENT_READ)
    query = parse_query(text)
    found = uow.patients.search(words=query.words, birth_date=query.birth_date,
                                nir_prefix=query.nir_prefix, limit=limit)
    return [patient_info(p) for p in found]


def count_patients(uow: UnitOfWork) -> int:
    require(uow.actor, Permission.PATIENT_READ)
    return uow.patients.count()
