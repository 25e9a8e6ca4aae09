"""The administration commands: demo, db, users, sites, practitioners, patients."""

from __future__ import annotations

import argparse
import functools
import getpass
import shlex
import sys
import time
from typing import Any

from .common import (
    KIND_LABELS, PROG, ROLE_LABELS, STATUS_LABELS, STDIN_HELP, CliError, admin_uow, command, database, group,
    id_text, print_json, role_arg, table, when, whole_number,
)


def register(commands: Any) -> None:
    demo = command(commands, "demo", "créer la base du cabinet de démonstration", cmd_demo,
                    "Crée le cabinet de démonstration (pôle mère, deux cabinets secondaires, "
                    "praticiens, comptes, patients) dans la base choisie.")
    demo.add_argument("--force", action="store_true",
                      help="remplacer une base Cabinet existante (elle est effacée)")
    demo.add_argument("--patients", type=whole_number(0, 100_000), default=1000, metavar="N",
                      help="nombre de patients (1000 par défaut)")
    demo.add_argument("--seed", type=whole_number(0, 2**31), default=85430, metavar="GRAINE",
                      help="graine du tirage : la même graine donne les mêmes patients")

    db = group(commands, "db", "base de données : mise à jour, vérification")
    command(db, "upgrade", "créer ou mettre à jour la base (migrations)", cmd_db_upgrade)
    command(db, "check", "vérifier que le fichier est une base Cabinet, sans rien modifier", cmd_db_check)

    users = group(commands, "users", "comptes du poste partagé")
    add = command(users, "add", "créer un compte", cmd_users_add)
    add.add_argument("login", metavar="IDENTIFIANT", help="identifiant (minuscules, chiffres, . _ -)")
    add.add_argument("--name", required=True, metavar="NOM", help="nom affiché, ex. « Dr Claire Bernard »")
    add.add_argument("--role", required=True, type=role_arg, metavar="RÔLE",
                     help="secretaire, remplacant, interne, titulaire ou salarie")
    add.add_argument("--practitioner", metavar="RPPS",
                     help="RPPS du praticien (comptes de médecin ou d'interne)")
    add.add_argument("--admin", action="store_true", help="administrateur : gère les comptes, lit l'audit")
    add.add_argument("--password-stdin", action="store_true", help=STDIN_HELP)
    listing = command(users, "list", "lister les comptes", cmd_users_list)
    listing.add_argument("--json", action="store_true", help="sortie JSON")
    passwd = command(users, "passwd", "changer le mot de passe d'un compte", cmd_users_passwd)
    passwd.add_argument("login", metavar="IDENTIFIANT")
    passwd.add_argument("--password-stdin", action="store_true", help=STDIN_HELP)
    for name, help_text, active in (("disable", "désactiver un compte", False),
                                    ("enable", "réactiver un compte", True)):
        handler = functools.partial(_set_active, active=active)
        command(users, name, help_text, handler).add_argument("login", metavar="IDENTIFIANT")

    sites = group(commands, "sites", "pôle mère et cabinets secondaires")
    command(sites, "list", "lister les sites", cmd_sites_list).add_argument(
        "--json", action="store_true", help="sortie JSON")
    practitioners = group(commands, "practitioners", "praticiens")
    command(practitioners, "list", "lister les praticiens", cmd_practitioners_list).add_argument(
        "--json", action="store_true", help="sortie JSON")
    patients = group(commands, "patients", "patients (identité et coordonnées)")
    search = command(patients, "search", "rechercher des patients (recherche tracée dans l'audit)",
                      cmd_patients_search)
    search.add_argument("text", metavar="TEXTE",
                        help="nom(s), accents et majuscules indifférents ; date de naissance JJ/MM/AAAA ; "
                             "ou début de NIR")
    search.add_argument("--limit", type=whole_number(1, 10_000), default=50, metavar="N",
                        help="nombre maximal de résultats (50 par défaut)")
    search.add_argument("--json", action="store_true", help="sortie JSON")


# --- commands ------------------------------------------------------------------------------------------

def cmd_demo(args: argparse.Namespace) -> int:
    from ..config import resolve_db_path
    from ..demo import DEMO_LOGINS, DEMO_PASSWORD, create_demo_database
    from ..errors import AlreadyInitialised

    path = resolve_db_path(args.db)
    started = time.perf_counter()
    try:
        summary = create_demo_database(path, replace=args.force, patients=args.patients, seed=args.seed)
    except AlreadyInitialised:
        raise CliError(f"La base « {path} » contient déjà un cabinet : rien n'a été modifié. Ajoutez "
                       "--force pour la remplacer par le cabinet de démonstration (elle sera effacée).") from None
    seconds = f"{time.perf_counter() - started:.1f}".replace(".", ",")
    print(f"Cabinet de démonstration créé dans « {path} » en {seconds} s : {summary.sites} sites, "
          f"{summary.practitioners} praticiens, {summary.users} comptes, {summary.patients} patients "
          f"(graine {summary.seed}), {summary.shifts} vacations au planning, "
          f"{summary.appointments} rendez-vous.\n")
    print(f"Comptes de démonstration (mot de passe « {DEMO_PASSWORD} ») :")
    print(table(("Identifiant", "Rôle", "Qui"),
                 [(d.login, ROLE_LABELS[d.role], d.description) for d in DEMO_LOGINS]))
    command = f"{PROG} --db {shlex.quote(str(path))}" if args.db else PROG
    print(f"\nPour ouvrir l'application sur ce cabinet : {command}")
    return 0


def cmd_db_upgrade(args: argparse.Namespace) -> int:
    from ..config import probe_database, resolve_db_path
    from ..migrations import current_revision

    path = resolve_db_path(args.db)
    before = probe_database(path) if path.exists() else None
    with database(args, create=True) as engine:
        after = current_revision(engine)
    if before == after:
        print(f"La base « {path} » est déjà à jour (révision {after}).")
    elif before is None:
        print(f"Base « {path} » créée (révision {after}).")
    else:
        print(f"Base « {path} » mise à jour : révision {before} → {after}.")
    return 0


def cmd_db_check(args: argparse.Namespace) -> int:
    from ..config import probe_database, resolve_db_path
    from ..migrations import head_revision

    path = resolve_db_path(args.db)
    if not path.exists():
        raise CliError(f"Aucune base de données à « {path} ».")
    revision = probe_database(path)
    head = head_revision()
    if revision is None:
        print(f"La base « {path} » est vide : « {PROG} db upgrade » la prépare.")
        return 1
    if revision == head:
        print(f"La base « {path} » est une base Cabinet à jour (révision {revision}).")
    else:
        print(f"La base « {path} » est une base Cabinet en révision {revision} ; la révision actuelle est "
              f"{head} : « {PROG} db upgrade » la met à jour (l'application le fait aussi au démarrage).")
    return 0


def _read_password(args: argparse.Namespace) -> str:
    if args.password_stdin:
        password = sys.stdin.readline().rstrip("\r\n")
        if not password:
            raise CliError("Aucun mot de passe reçu sur l'entrée standard : rien n'a été modifié.")
        return password
    if not sys.stdin.isatty():
        raise CliError("Pas de terminal pour saisir le mot de passe : utilisez --password-stdin.")
    try:
        first = getpass.getpass("Mot de passe : ")
        second = getpass.getpass("Confirmez le mot de passe : ")
    except EOFError:
        raise CliError("Saisie du mot de passe interrompue : rien n'a été modifié.") from None
    if first != second:
        raise CliError("Les deux saisies du mot de passe diffèrent : rien n'a été modifié.")
    return first


def cmd_users_add(args: argparse.Namespace) -> int:
    from ..errors import NotFound
    from ..identifiers import compact_rpps
    from ..planning.services import list_practitioners
    from ..security.services import create_user

    with database(args) as engine, admin_uow(engine) as uow:
        practitioner_id = None
        if args.practitioner:
            rpps = compact_rpps(args.practitioner)
            found = [p for p in list_practitioners(uow) if p.rpps == rpps]
            if not found:
                raise NotFound(kind="practitioner", key=rpps)
            practitioner_id = found[0].id
        password = _read_password(args)
        user = create_user(uow, login=args.login, display_name=args.name, role=args.role,
                           password=password, practitioner_id=practitioner_id, is_admin=args.admin).value
        uow.commit()
    admin = ", administrateur" if user.is_admin else ""
    print(f"Compte « {user.login} » créé ({ROLE_LABELS[user.role]}{admin}).")
    return 0


def cmd_users_list(args: argparse.Namespace) -> int:
    from ..security.services import list_users

    with database(args) as engine, admin_uow(engine) as uow:
        users = list_users(uow)
    if args.json:
        print_json([{"id": id_text(u.id), "login": u.login, "name": u.display_name, "role": u.role.value,
                      "admin": u.is_admin, "active": u.active, "practitioner_id": id_text(u.practitioner_id),
                      "last_login_at": u.last_login_at.isoformat() if u.last_login_at else None}
                     for u in users])
        return 0
    print(table(("Identifiant", "Nom", "Rôle", "Admin", "Actif", "Dernière connexion"),
                 [(u.login, u.display_name, ROLE_LABELS[u.role], "oui" if u.is_admin else "",
                   "oui" if u.active else "non", when(u.last_login_at)) for u in users]))
    return 0


def cmd_users_passwd(args: argparse.Namespace) -> int:
    from ..security.services import set_password

    with database(args) as engine, admin_uow(engine) as uow:
        password = _read_password(args)
        user = set_password(uow, login=args.login, new_password=password).value
        uow.commit()
    print(f"Mot de passe du compte « {user.login} » changé.")
    return 0


def _set_active(args: argparse.Namespace, *, active: bool) -> int:
    from ..security.services import set_active

    with database(args) as engine, admin_uow(engine) as uow:
        user = set_active(uow, login=args.login, active=active).value
        uow.commit()
    print(f"Compte « {user.login} » {'réactivé' if active else 'désactivé'}.")
    return 0


def cmd_sites_list(args: argparse.Namespace) -> int:
    from ..planning.services import list_sites

    with database(args) as engine, admin_uow(engine) as uow:
        sites = list_sites(uow)
    if args.json:
        print_json([{"id": id_text(s.id), "name": s.name, "kind": s.kind.value, "city": s.city,
                      "postal_code": s.postal_code, "min_practitioners": s.min_practitioners}
                     for s in sites])
        return 0
    print(table(("Nom", "Type", "Code postal", "Ville", "Praticiens présents au minimum"),
                 [(s.name, KIND_LABELS[s.kind], s.postal_code, s.city, str(s.min_practitioners))
                  for s in sites]))
    return 0


def cmd_practitioners_list(args: argparse.Namespace) -> int:
    from ..planning.services import list_practitioners, list_sites

    with database(args) as engine, admin_uow(engine) as uow:
        practitioners = list_practitioners(uow)
        site_names = {s.id: s.name for s in list_sites(uow)}
    if args.json:
        print_json([{"id": id_text(p.id), "name": f"{p.first_name} {p.last_name}", "first_name": p.first_name,
                      "last_name": p.last_name, "rpps": p.rpps, "status": p.status.value,
                      "supervisor_id": id_text(p.supervisor_id)} for p in practitioners])
        return 0
    names = {p.id: f"{p.first_name} {p.last_name}" for p in practitioners}
    print(table(("Nom", "Statut", "RPPS", "Site principal", "Maître de stage"),
                 [(names[p.id], STATUS_LABELS[p.status], p.rpps, site_names.get(p.home_site_id, ""),
                   names.get(p.supervisor_id, "")) for p in practitioners]))
    return 0


def cmd_patients_search(args: argparse.Namespace) -> int:
    from ..identifiers import format_nir
    from ..records.services import search_patients
    from ..security.model import AuditAction
    from ..security.services import audit

    with database(args) as engine, admin_uow(engine) as uow:
        found = search_patients(uow, args.text, limit=args.limit)
        audit(uow, AuditAction.PATIENT_SEARCH, target=args.text[:200],
              details={"query": args.text, "results": len(found), "via": "cli"})
        uow.commit()
    if args.json:
        print_json([{"id": id_text(p.id), "name": p.display_name, "birth_name": p.birth_name,
                      "used_name": p.used_name, "first_names": p.first_names,
                      "birth_date": p.birth_date.isoformat(), "sex": p.sex.value, "nir": p.nir,
                      "city": p.city, "phone": p.phone} for p in found])
        return 0
    if not found:
        print(f"Aucun patient ne correspond à « {args.text} ».")
        return 0
    print(table(("Nom", "Né(e) le", "Sexe", "NIR", "Ville", "Téléphone"),
                 [(p.display_name, p.birth_date.strftime("%d/%m/%Y"), p.sex.value,
                   format_nir(p.nir) if p.nir else "", p.city, p.phone) for p in found]))
    more = " (limite atteinte : --limit pour en voir plus)" if len(found) == args.limit else ""
    print(f"\n{len(found)} patient{'s' if len(found) > 1 else ''}{more}.")
    return 0
