"""``cabinet-app`` on a demo database: listings (JSON with stable keys), patient search, and
account administration, run as a subprocess."""

from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import contextmanager

import pytest

from cabinet_app.config import open_database
from cabinet_app.db import UnitOfWork
from cabinet_app.demo import DEMO_LOGINS, DEMO_PASSWORD
from cabinet_app.errors import AccountDisabled, InvalidCredentials
from cabinet_app.identifiers import fold
from cabinet_app.records.services import search_patients
from cabinet_app.security.model import AuditAction
from cabinet_app.security.services import UserInfo, authenticate, list_audit, list_users

from .conftest import ADMIN, DEMO_PATIENTS, Cli

USER_KEYS = {"id", "login", "name", "role", "admin", "active", "practitioner_id", "last_login_at"}
SITE_KEYS = {"id", "name", "kind", "city", "postal_code", "min_practitioners"}
PRACTITIONER_KEYS = {"id", "name", "first_name", "last_name", "rpps", "status", "supervisor_id"}
PATIENT_KEYS = {"id", "name", "birth_name", "used_name", "first_names", "birth_date", "sex", "nir", "city",
                "phone"}


def as_json(result) -> list[dict]:
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert isinstance(data, list)
    return data


@contextmanager
def services(cli: Cli) -> Iterator[UnitOfWork]:
    """Look at the CLI's database in-process, through the services (faster than another run)."""
    engine = open_database(cli.db)
    try:
        with UnitOfWork(engine, actor=ADMIN) as uow:
            yield uow
    finally:
        engine.dispose()


def login(cli: Cli, login: str, password: str):
    with services(cli) as uow:
        return authenticate(uow, login=login, password=password)


def users(cli: Cli) -> dict[str, UserInfo]:
    with services(cli) as uow:
        return {u.login: u for u in list_users(uow)}


def test_listings_in_json_have_stable_keys(cli: Cli) -> None:
    users = as_json(cli("users", "list", "--json"))
    assert all(set(u) == USER_KEYS for u in users)
    assert {u["login"] for u in users} == {d.login for d in DEMO_LOGINS}
    by_login = {u["login"]: u for u in users}
    assert by_login["admin"]["admin"] and by_login["dr.bernard"]["admin"]
    assert by_login["secretaire"] == {**by_login["secretaire"], "role": "secretaire", "admin": False,
                                      "active": True, "practitioner_id": None, "name": "Sophie Morel"}

    sites = as_json(cli("sites", "list", "--json"))
    assert all(set(s) == SITE_KEYS for s in sites)
    assert sorted(s["kind"] for s in sites) == ["parent", "secondary", "secondary"]
    assert {s["name"]: s["min_practitioners"] for s in sites}["Maison de santé du Bocage"] == 2

    practitioners = as_json(cli("practitioners", "list", "--json"))
    assert all(set(p) == PRACTITIONER_KEYS for p in practitioners)
    ids = {p["id"] for p in practitioners}
    interns = [p for p in practitioners if p["status"] == "interne"]
    assert len(interns) == 2 and all(p["supervisor_id"] in ids for p in interns)
    assert by_login["dr.lambert"]["practitioner_id"] in ids


def test_listings_for_people_have_french_headers(cli: Cli) -> None:
    users = cli("users", "list")
    assert users.returncode == 0
    assert users.stdout.splitlines()[0].split() == ["Identifiant", "Nom", "Rôle", "Admin", "Actif",
                                                    "Dernière", "connexion"]
    assert "Sophie Morel" in users.stdout and "secrétaire" in users.stdout
    sites = cli("sites", "list")
    assert "pôle mère" in sites.stdout and "Cabinet secondaire de Nieul-le-Dolent" in sites.stdout
    practitioners = cli("practitioners", "list")
    assert "Maître de stage" in practitioners.stdout and "remplaçant" in practitioners.stdout


def test_patient_search_ignores_accents_and_is_audited(cli: Cli) -> None:
    found = as_json(cli("patients", "search", "helene", "--json"))
    assert found, "the demo should hold a Hélène"
    assert all(set(p) == PATIENT_KEYS for p in found)
    assert all("helene" in fold(f"{p['first_names']} {p['birth_name']} {p['used_name']}") for p in found)
    assert any("Hélène" in p["first_names"] for p in found)

    with services(cli) as uow:
        everyone = search_patients(uow, "", limit=1000)
    assert len(everyone) == DEMO_PATIENTS
    accented = next(p for p in everyone if fold(p.birth_name) != p.birth_name.lower())
    again = as_json(cli("patients", "search", fold(accented.birth_name), "--json", "--limit", "1000"))
    assert str(accented.id) in {p["id"] for p in again}

    human = cli("patients", "search", "HELENE", "--limit", "1")
    assert human.returncode == 0 and "Né(e) le" in human.stdout and "1 patient" in human.stdout

    with services(cli) as uow:
        searches = list_audit(uow, action=AuditAction.PATIENT_SEARCH)
    assert {(r.login, json.loads(r.details)["query"]) for r in searches} >= {("cli", "helene"), ("cli", "HELENE")}


def test_users_add_then_duplicate_login_is_refused(cli: Cli) -> None:
    added = cli("users", "add", "accueil", "--name", "Julie Accueil", "--role", "secrétaire",
                "--password-stdin", stdin="accueil-2026\n")
    assert added.returncode == 0, added.stderr
    assert "« accueil » créé" in added.stdout
    user = users(cli)["accueil"]
    assert (user.role, user.is_admin, user.active, user.display_name) == ("secretaire", False, True,
                                                                          "Julie Accueil")
    assert login(cli, "accueil", "accueil-2026").user.login == "accueil"

    again = cli("users", "add", "accueil", "--name", "Autre", "--role", "secretaire", "--password-stdin",
                stdin="autre-mot-de-passe\n")
    assert again.returncode == 1
    assert "L'identifiant « accueil » existe déjà" in again.stderr
    assert login(cli, "accueil", "accueil-2026").user.display_name == "Julie Accueil"


def test_users_add_a_doctor_linked_by_rpps(cli: Cli) -> None:
    added = cli("users", "add", "dr.bernard2", "--name", "Dr Claire Bernard", "--role", "titulaire",
                "--practitioner", "100 0345 6789", "--admin", "--password-stdin", stdin="bernard-2026\n")
    assert added.returncode == 0, added.stderr
    accounts = users(cli)
    assert accounts["dr.bernard2"].practitioner_id == accounts["dr.bernard"].practitioner_id
    assert accounts["dr.bernard2"].is_admin

    missing = cli("users", "add", "dr.x", "--name", "Dr X", "--role", "remplacant", "--password-stdin",
                  stdin="motdepasse-x\n")
    assert missing.returncode == 1 and "Praticien est obligatoire" in missing.stderr
    unknown = cli("users", "add", "dr.x", "--name", "Dr X", "--role", "remplacant", "--practitioner",
                  "12345678901", "--password-stdin", stdin="motdepasse-x\n")
    assert unknown.returncode == 1 and "Introuvable : praticien « 12345678901 »" in unknown.stderr


@pytest.mark.parametrize("args, message", [
    (("--role", "chirurgien"), "rôle inconnu « chirurgien »"),
    (("--role",), "une valeur est attendue"),
    ((), "arguments obligatoires manquants : --role"),
])
def test_users_add_with_a_bad_role_is_a_usage_error(cli: Cli, args: tuple[str, ...], message: str) -> None:
    result = cli("users", "add", "nouveau", "--name", "Nouveau", *args, "--password-stdin",
                 stdin="motdepasse-1\n")
    assert result.returncode == 2  # refused while parsing: the database is not even opened
    assert message in result.stderr and "erreur" in result.stderr and "Utilisation :" in result.stderr


def test_users_add_refuses_a_short_password_and_needs_a_terminal_to_prompt(cli: Cli) -> None:
    short = cli("users", "add", "bref", "--name", "Bref", "--role", "secretaire", "--password-stdin",
                stdin="court\n")
    assert short.returncode == 1 and "Mot de passe doit compter au moins 8 caractères" in short.stderr
    prompt = cli("users", "add", "bref", "--name", "Bref", "--role", "secretaire", stdin="")
    assert prompt.returncode == 1 and "--password-stdin" in prompt.stderr
    assert "bref" not in users(cli)


def test_users_passwd_and_disable(cli: Cli) -> None:
    changed = cli("users", "passwd", "dr.petit", "--password-stdin", stdin="nouveau-secret\n")
    assert changed.returncode == 0, changed.stderr
    assert login(cli, "dr.petit", "nouveau-secret").user.login == "dr.petit"
    with pytest.raises(InvalidCredentials):
        login(cli, "dr.petit", DEMO_PASSWORD)

    disabled = cli("users", "disable", "dr.petit")
    assert disabled.returncode == 0 and "désactivé" in disabled.stdout
    assert not users(cli)["dr.petit"].active
    with pytest.raises(AccountDisabled):
        login(cli, "dr.petit", "nouveau-secret")
    assert cli("users", "enable", "dr.petit").returncode == 0
    assert login(cli, "dr.petit", "nouveau-secret").user.active


def test_unknown_login_gets_a_sentence_in_the_chosen_language(cli: Cli) -> None:
    french = cli("users", "disable", "personne")
    assert french.returncode == 1 and french.stderr.strip() == "Introuvable : utilisateur « personne »."
    english = cli("--lang", "en", "users", "passwd", "personne", "--password-stdin", stdin="abcdefgh\n")
    assert english.returncode == 1 and english.stderr.strip() == "Not found: user 'personne'."
