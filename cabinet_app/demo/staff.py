"""The demo cabinet's places and people: a parent practice (*pôle mère*) and two secondary
cabinets, the practitioners who cover them, and the accounts of the shared PC.

The logins below are documented in the README; every demo account's password is
:data:`DEMO_PASSWORD`.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..planning.model import PractitionerStatus, SiteKind
from ..security.permissions import Role

DEMO_PASSWORD = "demo1234"


@dataclass(frozen=True)
class DemoSite:
    key: str
    name: str
    kind: SiteKind
    address_line: str
    postal_code: str
    city: str
    phone: str
    min_practitioners: int
    parent_key: str | None = None
    works_by_week: bool = False


PARENT = "bocage"
NIEUL = "nieul"
SAINTE_FLAIVE = "sainte-flaive"

SITES: tuple[DemoSite, ...] = (
    DemoSite(PARENT, "Maison de santé du Bocage", SiteKind.PARENT, "12 rue des Primevères",
             "85000", "La Roche-sur-Yon", "02 61 91 00 10", 2),
    # run entirely by replacements and interns, in week-long rotations
    DemoSite(NIEUL, "Cabinet secondaire de Nieul-le-Dolent", SiteKind.SECONDARY,
             "1 place de l'Église", "85430", "Nieul-le-Dolent", "02 61 91 00 20", 1, PARENT,
             works_by_week=True),
    # doctors come when available, "liberal but never alone": two present at least
    DemoSite(SAINTE_FLAIVE, "Cabinet collectif de Sainte-Flaive-des-Loups", SiteKind.SECONDARY,
             "4 rue de la Mairie", "85150", "Sainte-Flaive-des-Loups", "02 61 91 00 30", 2, PARENT),
)

LOCAL_SITE = NIEUL
"""The site this PC works for (the LOCAL_SITE_ID setting of the demo database)."""


@dataclass(frozen=True)
class DemoPractitioner:
    login: str
    first_name: str
    last_name: str
    rpps: str
    status: PractitionerStatus
    home_site: str | None
    supervisor_login: str | None = None
    is_admin: bool = False
    female: bool = False


PRACTITIONERS: tuple[DemoPractitioner, ...] = (
    DemoPractitioner("dr.bernard", "Claire", "Bernard", "10003456789", PractitionerStatus.TITULAR,
                     PARENT, is_admin=True, female=True),
    DemoPractitioner("dr.lambert", "Thomas", "Lambert", "10003456790", PractitionerStatus.TITULAR,
                     PARENT),
    DemoPractitioner("dr.petit", "Hugo", "Petit", "10004567801", PractitionerStatus.REPLACEMENT, NIEUL),
    DemoPractitioner("dr.moreau", "Léa", "Moreau", "10004567802", PractitionerStatus.REPLACEMENT, NIEUL,
                     female=True),
    DemoPractitioner("dr.girard", "Antoine", "Girard", "10004567803", PractitionerStatus.REPLACEMENT,
                     NIEUL),
    DemoPractitioner("dr.chevalier", "Manon", "Chevalier", "10004567804",
                     PractitionerStatus.REPLACEMENT, NIEUL, female=True),
    DemoPractitioner("dr.guerin", "Julien", "Guérin", "10004567805", PractitionerStatus.REPLACEMENT,
                     SAINTE_FLAIVE),
    DemoPractitioner("dr.fontaine", "Élise", "Fontaine", "10004567806", PractitionerStatus.REPLACEMENT,
                     SAINTE_FLAIVE, female=True),
    DemoPractitioner("dr.rousseau", "Mathieu", "Rousseau", "10004567807",
                     PractitionerStatus.REPLACEMENT, SAINTE_FLAIVE),
    DemoPractitioner("dr.lemoine", "Sarah", "Lemoine", "10004567808", PractitionerStatus.REPLACEMENT,
                     None, female=True),
    DemoPractitioner("dr.benali", "Nadia", "Benali", "10005678901", PractitionerStatus.SALARIED,
                     SAINTE_FLAIVE, female=True),
    DemoPractitioner("interne.roux", "Inès", "Roux", "10006789012", PractitionerStatus.INTERN, NIEUL,
                     supervisor_login="dr.bernard", female=True),
    DemoPractitioner("interne.faure", "Maxime", "Faure", "10006789013", PractitionerStatus.INTERN,
                     NIEUL, supervisor_login="dr.lambert"),
)

ROLE_OF_STATUS: dict[PractitionerStatus, Role] = {
    PractitionerStatus.TITULAR: Role.TITULAR,
    PractitionerStatus.REPLACEMENT: Role.REPLACEMENT,
    PractitionerStatus.INTERN: Role.INTERN,
    PractitionerStatus.JUNIOR_DOCTOR: Role.INTERN,
    PractitionerStatus.SALARIED: Role.SALARIED,
}


@dataclass(frozen=True)
class DemoAccount:
    """An account without a practitioner record (secretary, administrator)."""

    login: str
    display_name: str
    role: Role
    is_admin: bool = False


ACCOUNTS: tuple[DemoAccount, ...] = (
    DemoAccount("admin", "Administratrice", Role.SECRETARY, is_admin=True),
    DemoAccount("secretaire", "Sophie Morel", Role.SECRETARY),
)


@dataclass(frozen=True)
class DemoLogin:
    login: str
    role: Role
    description: str


def _practitioner_description(p: DemoPractitioner) -> str:
    e = "e" if p.female else ""
    status = {
        PractitionerStatus.TITULAR: "médecin titulaire du pôle mère",
        PractitionerStatus.REPLACEMENT: f"médecin remplaçant{e}",
        PractitionerStatus.INTERN: "interne en SASPAS",
        PractitionerStatus.JUNIOR_DOCTOR: "docteur junior",
        PractitionerStatus.SALARIED: f"médecin salarié{e}",
    }[p.status]
    title = "" if p.status is PractitionerStatus.INTERN else "Dr "
    text = f"{title}{p.first_name} {p.last_name}, {status}"
    if p.supervisor_login:
        supervisor = next(s for s in PRACTITIONERS if s.login == p.supervisor_login)
        text += f" (maître de stage : Dr {supervisor.last_name})"
    if p.is_admin:
        text += f" ; {'administratrice' if p.female else 'administrateur'} des comptes"
    return text


DEMO_LOGINS: tuple[DemoLogin, ...] = (
    DemoLogin("admin", Role.SECRETARY, "Administratrice : gère les comptes et lit le journal d'audit"),
    DemoLogin("secretaire", Role.SECRETARY,
              "Sophie Morel, secrétaire médicale : planning, patients (sans les notes cliniques)"),
    *(DemoLogin(p.login, ROLE_OF_STATUS[p.status], _practitioner_description(p)) for p in PRACTITIONERS),
)
"""Every demo login (password :data:`DEMO_PASSWORD`), with its role and who it is."""
