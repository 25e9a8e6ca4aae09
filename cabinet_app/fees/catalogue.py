"""The NGAP general-practice catalogue shipped for metropolitan France (PRODUCT.md, "Reference
facts"), seeded by migration 0005. Keys are derived from code and start date, so every PC of the
practice seeds the very same rows (the sync sees one catalogue, not one per PC).

Amounts are in euros; IK rows are per kilometre billed (see :func:`~cabinet_app.fees.model.ik_km`).
"""

from __future__ import annotations

import uuid
from datetime import date
from decimal import Decimal

NAMESPACE = uuid.UUID("6f1c1c52-7d0b-4a55-9a37-0d5c2b6f0e55")
TARIFF_CHANGE = date(2024, 12, 22)
OLD_TARIFF = date(2023, 12, 1)

# code, label, kind, exclusion, amount, effective from, effective to
NGAP: tuple[tuple[str, str, str, str, str, date, date | None], ...] = (
    ("G", "Consultation de médecine générale", "act", "", "26.50", OLD_TARIFF, date(2024, 12, 21)),
    ("G", "Consultation de médecine générale", "act", "", "30.00", TARIFF_CHANGE, None),
    ("VG", "Visite à domicile", "act", "", "30.00", TARIFF_CHANGE, None),
    ("MD", "Majoration de déplacement (visite justifiée)", "modifier", "", "10.00", TARIFF_CHANGE, None),
    ("MU", "Majoration d'urgence", "modifier", "", "22.60", TARIFF_CHANGE, None),
    ("VL", "Visite longue et complexe", "act", "", "60.00", TARIFF_CHANGE, None),
    ("MEG", "Majoration enfant de moins de 6 ans", "modifier", "", "5.00", TARIFF_CHANGE, None),
    ("TCG", "Téléconsultation", "act", "", "25.00", TARIFF_CHANGE, None),
    ("APC", "Avis ponctuel de consultant", "act", "", "60.00", TARIFF_CHANGE, None),
    ("COD", "Consultation obligatoire de l'enfant (dépistage)", "act", "", "35.00", TARIFF_CHANGE, None),
    ("COE", "Consultation obligatoire de l'enfant (examen)", "act", "", "54.00", TARIFF_CHANGE, None),
    ("MHP", "Majoration horaire (après 20 h, dimanche, férié)", "modifier", "", "5.00", TARIFF_CHANGE, None),
    ("F", "Majoration dimanche et jour férié (régulée)", "modifier", "pds", "19.06", TARIFF_CHANGE, None),
    ("MN", "Majoration de nuit 20 h – minuit (régulée)", "modifier", "pds", "35.00", TARIFF_CHANGE, None),
    ("MM", "Majoration de milieu de nuit (régulée)", "modifier", "pds", "40.00", TARIFF_CHANGE, None),
    ("CRN", "Consultation régulée de nuit", "act", "pds", "42.50", TARIFF_CHANGE, None),
    ("CRM", "Consultation régulée de milieu de nuit", "act", "pds", "59.50", TARIFF_CHANGE, None),
    ("CRD", "Consultation régulée dimanche et férié", "act", "pds", "26.50", TARIFF_CHANGE, None),
    ("VRN", "Visite régulée de nuit", "act", "pds", "46.00", TARIFF_CHANGE, None),
    ("VRM", "Visite régulée de milieu de nuit", "act", "pds", "59.50", TARIFF_CHANGE, None),
    ("VRD", "Visite régulée dimanche et férié", "act", "pds", "30.00", TARIFF_CHANGE, None),
    ("VRS", "Visite régulée du samedi après-midi", "act", "pds", "30.00", TARIFF_CHANGE, None),
    ("GL", "Consultation longue (plus de 80 ans, une fois par an)", "act", "", "60.00", date(2026, 1, 1), None),
    ("IK", "Indemnité kilométrique (plaine), par km", "allowance", "ik", "0.61", TARIFF_CHANGE, None),
    ("IKM", "Indemnité kilométrique (montagne), par km", "allowance", "ik", "0.91", TARIFF_CHANGE, None),
)


def tariff_id(code: str, effective_from: date) -> uuid.UUID:
    return uuid.uuid5(NAMESPACE, f"{code}@{effective_from.isoformat()}")


def seed_rows() -> list[dict[str, object]]:
    """The rows of the shipped catalogue, ready for an INSERT."""
    return [dict(id=tariff_id(code, start), code=code, label=label, kind=kind, exclusion=exclusion,
                 amount=Decimal(amount), effective_from=start, effective_to=end)
            for code, label, kind, exclusion, amount, start, end in NGAP]
