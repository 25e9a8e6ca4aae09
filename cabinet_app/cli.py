"""``cabinet-app``'s command line: the second face of the core beside the GUI (STYLE.md).

It calls the same services as the GUI, as the local administrator (:func:`_admin_uow`): it
manages accounts and reads patients' identity, never clinical data (secretary role + admin
flag). Messages are in French; core errors become sentences through
:func:`cabinet_app.messages.describe`; an unexpected error is logged with its traceback in the log
file and summed up in one sentence, never shown raw. Exit codes: 0 done, 1 refused or failed,
2 wrong usage.

The core is imported by the commands that use it, so ``--help``, ``--version`` and usage errors
answer at once (and the GUI is never imported here).
"""

from __future__ import annotations

import argparse
import functools
import getpass
import json
import logging
import re
import shlex
import sys
import time
import uuid
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any, NoReturn

from . import __version__
from .identifiers import fold
from .security.permissions import Role

if TYPE_CHECKING:
    from sqlalchemy import Engine

    from .db import UnitOfWork

PROG = "cabinet-app"
CLI_LOGIN = "cli"
log = logging.getLogger(__name__)

ROLE_LABELS = {"secretaire": "secrétaire", "remplacant": "remplaçant", "interne": "interne",
               "titulaire": "titulaire", "salarie": "salarié"}
STATUS_LABELS = {**ROLE_LABELS, "docteur_junior": "docteur junior"}
KIND_LABELS = {"parent": "pôle mère", "secondary": "cabinet secondaire"}
STDIN_HELP = "lire le mot de passe sur l'entrée standard (une ligne), sans le demander"


class CliError(Exception):
    """A refusal of the command line itself, already phrased for a person."""


# --- argparse, in French -----------------------------------------------------------------------

_ARGPARSE_FR: tuple[tuple[re.Pattern[str], str], ...] = tuple((re.compile(p), r) for p, r in (
    (r"^the following arguments are required: (.*)$", r"arguments obligatoires manquants : \1"),
    (r"^unrecognized arguments: (.*)$", r"arguments non reconnus : \1"),
    (r"^invalid choice: (.*) \(choose from (.*)\)$", r"choix invalide : \1 (choix possibles : \2)"),
    (r"^invalid \S+ value: (.*)$", r"valeur invalide : \1"),
    (r"^expected one argument$", r"une valeur est attendue"),
    (r"^expected at most one argument$", r"une valeur au plus est attendue"),
    (r"^expected at least one argument$", r"une valeur au moins est attendue"),
    (r"^expected (\d+) arguments?$", r"\1 valeur(s) attendue(s)"),
    (r"^not allowed with argument (.*)$", r"incompatible avec l'argument \1"),
    (r"^ignored explicit argument (.*)$", r"valeur ignorée : \1"),
    (r"^one of the arguments (.*) is required$", r"l'un des arguments \1 est obligatoire"),
    (r"^ambiguous option: (.*) could match (.*)$", r"option ambiguë : \1 peut désigner \2"),
    (r"^unexpected option string: (.*)$", r"option inattendue : \1"),
))


def translate_argparse(message: str) -> str:
    """argparse's (English) error message in French; unknown ones are left as they are."""
    if match := re.match(r"^argument ([^:]+): (.*)$", message, re.DOTALL):
        return f"argument {match[1]} : {translate_argparse(match[2])}"
    for pattern, replacement in _ARGPARSE_FR:
        if pattern.match(message):
            return pattern.sub(replacement, message)
    return message


class FrenchHelpFormatter(argparse.RawDescriptionHelpFormatter):
    def add_usage(self, usage: Any, actions: Any, groups: Any, prefix: str | None = None) -> None:
        super().add_usage(usage, actions, groups, "Utilisation : " if prefix is None else prefix)


class FrenchArgumentParser(argparse.ArgumentParser):
    """An ArgumentParser whose usage, section titles, help option and errors speak French."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("formatter_class", FrenchHelpFormatter)
        kwargs["add_help"] = False
        super().__init__(*args, **kwargs)
        self._positionals.title = "arguments"
        self._optionals.title = "options"
        self.add_argument("-h", "--help", action="help", default=argparse.SUPPRESS,
                          help="afficher cette aide et quitter")

    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        self.exit(2, f"{self.prog} : erreur : {translate_argparse(message)}\n")


def _global_options(parser: argparse.ArgumentParser, *, top: bool) -> None:
    """--db and --lang, accepted before or after the command."""
    default = None if top else argparse.SUPPRESS
    parser.add_argument("--db", metavar="CHEMIN", default=default,
                        help="fichier de la base de données (sinon la variable CABINET_DB, sinon le "
                             "dossier de données de l'utilisateur)")
    parser.add_argument("--lang", choices=("fr", "en"), default=default,
                        help="langue de l'application et des messages d'erreur (fr par défaut)")


def _role(text: str) -> Role:
    key = fold(text).replace(" ", "_")
    for role in Role:
        if key in (role.value, fold(ROLE_LABELS[role.value])):
            return role
    choices = ", ".join(r.value for r in Role)
    raise argparse.ArgumentTypeError(f"rôle inconnu « {text} » (choix possibles : {choices})")


def _whole_number(minimum: int, maximum: int) -> Callable[[str], int]:
    def parse(text: str) -> int:
        try:
            value = int(text)
        except ValueError:
            value = minimum - 1
        if not minimum <= value <= maximum:
            raise argparse.ArgumentTypeError(
                f"« {text} » n'est pas un nombre entier entre {minimum} et {maximum}")
        return value
    return parse


def _command(group: Any, name: str, help_text: str, handler: Callable[[argparse.Namespace], int],
             description: str | None = None) -> argparse.ArgumentParser:
    parser = group.add_parser(name, help=help_text, description=description or help_text)
    _global_options(parser, top=False)
    parser.set_defaults(handler=handler)
    return parser


def _group(parent: Any, name: str, help_text: str) -> Any:
    parser = parent.add_parser(name, help=help_text, description=help_text)
    return parser.add_subparsers(dest="action", metavar="ACTION", title="actions", required=True)


def build_parser() -> FrenchArgumentParser:
    parser = FrenchArgumentParser(
        prog=PROG,
        description="Cabinet — gestion d'un cabinet médical secondaire.\n"
                    "Sans commande, ouvre l'application graphique.",
        epilog="Base de données : --db, sinon la variable CABINET_DB, sinon cabinet.sqlite3 dans le dossier\n"
               f"de données de l'utilisateur (« {PROG} db check » affiche celle qui est utilisée).\n"
               f"Aide d'une commande : {PROG} COMMANDE --help",
    )
    _global_options(parser, top=True)
    parser.add_argument("--version", action="version", version=f"{PROG} {__version__}",
                        help="afficher la version et quitter")
    commands = parser.add_subparsers(dest="command", metavar="COMMANDE", title="commandes")

    demo = _command(commands, "demo", "créer la base du cabinet de démonstration", cmd_demo,
                    "Crée le cabinet de démonstration (pôle mère, deux cabinets secondaires, "
                    "praticiens, comptes, patients) dans la base choisie.")
    demo.add_argument("--force", action="store_true",
                      help="remplacer une base Cabinet existante (elle est effacée)")
    demo.add_argument("--patients", type=_whole_number(0, 100_000), default=1000, metavar="N",
                      help="nombre de patients (1000 par défaut)")
    demo.add_argument("--seed", type=_whole_number(0, 2**31), default=85430, metavar="GRAINE",
                      help="graine du tirage : la même graine donne les mêmes patients")

    db = _group(commands, "db", "base de données : mise à jour, vérification")
    _command(db, "upgrade", "créer ou mettre à jour la base (migrations)", cmd_db_upgrade)
    _command(db, "check", "vérifier que le fichier est une base Cabinet, sans rien modifier", cmd_db_check)

    users = _group(commands, "users", "comptes du poste partagé")
    add = _command(users, "add", "créer un compte", cmd_users_add)
    add.add_argument("login", metavar="IDENTIFIANT", help="identifiant (minuscules, chiffres, . _ -)")
    add.add_argument("--name", required=True, metavar="NOM", help="nom affiché, ex. « Dr Claire Bernard »")
    add.add_argument("--role", required=True, type=_role, metavar="RÔLE",
                     help="secretaire, remplacant, interne, titulaire ou salarie")
    add.add_argument("--practitioner", metavar="RPPS",
                     help="RPPS du praticien (comptes de médecin ou d'interne)")
    add.add_argument("--admin", action="store_true", help="administrateur : gère les comptes, lit l'audit")
    add.add_argument("--password-stdin", action="store_true", help=STDIN_HELP)
    listing = _command(users, "list", "lister les comptes", cmd_users_list)
    listing.add_argument("--json", action="store_true", help="sortie JSON")
    passwd = _command(users, "passwd", "changer le mot de passe d'un compte", cmd_users_passwd)
    passwd.add_argument("login", metavar="IDENTIFIANT")
    passwd.add_argument("--password-stdin", action="store_true", help=STDIN_HELP)
    for name, help_text, active in (("disable", "désactiver un compte", False),
                                    ("enable", "réactiver un compte", True)):
        handler = functools.partial(_set_active, active=active)
        _command(users, name, help_text, handler).add_argument("login", metavar="IDENTIFIANT")

    sites = _group(commands, "sites", "pôle mère et cabinets secondaires")
    _command(sites, "list", "lister les sites", cmd_sites_list).add_argument(
        "--json", action="store_true", help="sortie JSON")
    practitioners = _group(commands, "practitioners", "praticiens")
    _command(practitioners, "list", "lister les praticiens", cmd_practitioners_list).add_argument(
        "--json", action="store_true", help="sortie JSON")
    patients = _group(commands, "patients", "patients (identité et coordonnées)")
    search = _command(patients, "search", "rechercher des patients (recherche tracée dans l'audit)",
                      cmd_patients_search)
    search.add_argument("text", metavar="TEXTE",
                        help="nom(s), accents et majuscules indifférents ; date de naissance JJ/MM/AAAA ; "
                             "ou début de NIR")
    search.add_argument("--limit", type=_whole_number(1, 10_000), default=50, metavar="N",
                        help="nombre maximal de résultats (50 par défaut)")
    search.add_argument("--json", action="store_true", help="sortie JSON")
    return parser


def parse_args(argv: Sequence[str] | None = None) -> argparse.Namespace:
    """Parse the command line; ``command`` is None when there is no sub-command (open the GUI)."""
    return build_parser().parse_args(argv)


# --- running ---------------------------------------------------------------------------------------

def run(args: argparse.Namespace) -> int:
    """Run a parsed sub-command; return the exit code. Nothing raw ever reaches the screen."""
    from .config import log_path, setup_logging
    from .errors import CabinetError
    from .messages import describe

    setup_logging()
    for stream in (sys.stdout, sys.stderr):
        if hasattr(stream, "reconfigure"):
            stream.reconfigure(errors="replace")
    language = getattr(args, "lang", None) or "fr"
    try:
        return int(args.handler(args))
    except CliError as err:
        print(err, file=sys.stderr)
    except CabinetError as err:
        log.warning("%s refused: %s %s", _command_name(args), err.code, err.data)
        print(describe(err, language), file=sys.stderr)
    except KeyboardInterrupt:
        print("\nInterrompu : l'opération en cours n'a pas été enregistrée.", file=sys.stderr)
        return 130
    except OSError as err:
        log.exception("%s failed", _command_name(args))
        print(f"Fichier inaccessible : {err.filename or ''} ({err.strerror or err}).", file=sys.stderr)
    except Exception as err:  # noqa: BLE001 - the last net: log the traceback, show one sentence
        log.exception("%s failed", _command_name(args))
        print(f"{describe(err, language)} ({log_path()})", file=sys.stderr)
    return 1


def _command_name(args: argparse.Namespace) -> str:
    return " ".join(filter(None, (PROG, getattr(args, "command", None), getattr(args, "action", None))))


@contextmanager
def _database(args: argparse.Namespace, *, create: bool = False) -> Iterator[Engine]:
    """The database, migrated. A missing file is created only when ``create`` is set."""
    from .config import open_database, resolve_db_path

    path = resolve_db_path(args.db)
    if not create and not path.exists():
        raise CliError(f"Aucune base de données à « {path} » : créez-la avec « {PROG} demo », ou en "
                       f"lançant l'application une première fois.")
    engine = open_database(path)
    try:
        yield engine
    finally:
        engine.dispose()


def _admin_uow(engine: Engine) -> UnitOfWork:
    """A unit of work as the local administrator: manages accounts, reads identities, and is
    stamped with this PC's site; no clinical permission (secretary role)."""
    from .db import Actor, UnitOfWork
    from .settings import LOCAL_SITE_ID

    with UnitOfWork(engine) as uow:
        raw = uow.settings.get(LOCAL_SITE_ID)
    actor = Actor(user_id=None, site_id=uuid.UUID(raw) if raw else None, login=CLI_LOGIN,
                  role=Role.SECRETARY.value, is_admin=True)
    return UnitOfWork(engine, actor=actor)


# --- output ------------------------------------------------------------------------------------------

def _table(headers: Sequence[str], rows: Sequence[Sequence[str]]) -> str:
    widths = [max([len(h), *(len(row[i]) for row in rows)]) for i, h in enumerate(headers)]
    lines = [headers, ["-" * w for w in widths], *rows]
    return "\n".join("  ".join(cell.ljust(w) for cell, w in zip(line, widths)).rstrip() for line in lines)


def _print_json(objects: list[dict[str, Any]]) -> None:
    utf8 = (sys.stdout.encoding or "").lower().replace("-", "") == "utf8"
    print(json.dumps(objects, ensure_ascii=not utf8, indent=2))


def _id(value: uuid.UUID | None) -> str | None:
    return None if value is None else str(value)


def _when(moment: Any) -> str:
    from .clock import to_paris

    return "" if moment is None else to_paris(moment).strftime("%d/%m/%Y %H:%M")


# --- commands ------------------------------------------------------------------------------------------

def cmd_demo(args: argparse.Namespace) -> int:
    from .config import resolve_db_path
    from .demo import DEMO_LOGINS, DEMO_PASSWORD, create_demo_database
    from .errors import AlreadyInitialised

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
          f"(graine {summary.seed}), {summary.shifts} vacations au planning.\n")
    print(f"Comptes de démonstration (mot de passe « {DEMO_PASSWORD} ») :")
    print(_table(("Identifiant", "Rôle", "Qui"),
                 [(d.login, ROLE_LABELS[d.role], d.description) for d in DEMO_LOGINS]))
    command = f"{PROG} --db {shlex.quote(str(path))}" if args.db else PROG
    print(f"\nPour ouvrir l'application sur ce cabinet : {command}")
    return 0


def cmd_db_upgrade(args: argparse.Namespace) -> int:
    from .config import probe_database, resolve_db_path
    from .migrations import current_revision

    path = resolve_db_path(args.db)
    before = probe_database(path) if path.exists() else None
    with _database(args, create=True) as engine:
        after = current_revision(engine)
    if before == after:
        print(f"La base « {path} » est déjà à jour (révision {after}).")
    elif before is None:
        print(f"Base « {path} » créée (révision {after}).")
    else:
        print(f"Base « {path} » mise à jour : révision {before} → {after}.")
    return 0


def cmd_db_check(args: argparse.Namespace) -> int:
    from .config import probe_database, resolve_db_path
    from .migrations import head_revision

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
    from .errors import NotFound
    from .identifiers import compact_rpps
    from .planning.services import list_practitioners
    from .security.services import create_user

    with _database(args) as engine, _admin_uow(engine) as uow:
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
    from .security.services import list_users

    with _database(args) as engine, _admin_uow(engine) as uow:
        users = list_users(uow)
    if args.json:
        _print_json([{"id": _id(u.id), "login": u.login, "name": u.display_name, "role": u.role.value,
                      "admin": u.is_admin, "active": u.active, "practitioner_id": _id(u.practitioner_id),
                      "last_login_at": u.last_login_at.isoformat() if u.last_login_at else None}
                     for u in users])
        return 0
    print(_table(("Identifiant", "Nom", "Rôle", "Admin", "Actif", "Dernière connexion"),
                 [(u.login, u.display_name, ROLE_LABELS[u.role], "oui" if u.is_admin else "",
                   "oui" if u.active else "non", _when(u.last_login_at)) for u in users]))
    return 0


def cmd_users_passwd(args: argparse.Namespace) -> int:
    from .security.services import set_password

    with _database(args) as engine, _admin_uow(engine) as uow:
        password = _read_password(args)
        user = set_password(uow, login=args.login, new_password=password).value
        uow.commit()
    print(f"Mot de passe du compte « {user.login} » changé.")
    return 0


def _set_active(args: argparse.Namespace, *, active: bool) -> int:
    from .security.services import set_active

    with _database(args) as engine, _admin_uow(engine) as uow:
        user = set_active(uow, login=args.login, active=active).value
        uow.commit()
    print(f"Compte « {user.login} » {'réactivé' if active else 'désactivé'}.")
    return 0


def cmd_sites_list(args: argparse.Namespace) -> int:
    from .planning.services import list_sites

    with _database(args) as engine, _admin_uow(engine) as uow:
        sites = list_sites(uow)
    if args.json:
        _print_json([{"id": _id(s.id), "name": s.name, "kind": s.kind.value, "city": s.city,
                      "postal_code": s.postal_code, "min_practitioners": s.min_practitioners}
                     for s in sites])
        return 0
    print(_table(("Nom", "Type", "Code postal", "Ville", "Praticiens présents au minimum"),
                 [(s.name, KIND_LABELS[s.kind], s.postal_code, s.city, str(s.min_practitioners))
                  for s in sites]))
    return 0


def cmd_practitioners_list(args: argparse.Namespace) -> int:
    from .planning.services import list_practitioners, list_sites

    with _database(args) as engine, _admin_uow(engine) as uow:
        practitioners = list_practitioners(uow)
        site_names = {s.id: s.name for s in list_sites(uow)}
    if args.json:
        _print_json([{"id": _id(p.id), "name": f"{p.first_name} {p.last_name}", "first_name": p.first_name,
                      "last_name": p.last_name, "rpps": p.rpps, "status": p.status.value,
                      "supervisor_id": _id(p.supervisor_id)} for p in practitioners])
        return 0
    names = {p.id: f"{p.first_name} {p.last_name}" for p in practitioners}
    print(_table(("Nom", "Statut", "RPPS", "Site principal", "Maître de stage"),
                 [(names[p.id], STATUS_LABELS[p.status], p.rpps, site_names.get(p.home_site_id, ""),
                   names.get(p.supervisor_id, "")) for p in practitioners]))
    return 0


def cmd_patients_search(args: argparse.Namespace) -> int:
    from .identifiers import format_nir
    from .records.services import search_patients
    from .security.model import AuditAction
    from .security.services import audit

    with _database(args) as engine, _admin_uow(engine) as uow:
        found = search_patients(uow, args.text, limit=args.limit)
        audit(uow, AuditAction.PATIENT_SEARCH, target=args.text[:200],
              details={"query": args.text, "results": len(found), "via": "cli"})
        uow.commit()
    if args.json:
        _print_json([{"id": _id(p.id), "name": p.display_name, "birth_name": p.birth_name,
                      "used_name": p.used_name, "first_names": p.first_names,
                      "birth_date": p.birth_date.isoformat(), "sex": p.sex.value, "nir": p.nir,
                      "city": p.city, "phone": p.phone} for p in found])
        return 0
    if not found:
        print(f"Aucun patient ne correspond à « {args.text} ».")
        return 0
    print(_table(("Nom", "Né(e) le", "Sexe", "NIR", "Ville", "Téléphone"),
                 [(p.display_name, p.birth_date.strftime("%d/%m/%Y"), p.sex.value,
                   format_nir(p.nir) if p.nir else "", p.city, p.phone) for p in found]))
    more = " (limite atteinte : --limit pour en voir plus)" if len(found) == args.limit else ""
    print(f"\n{len(found)} patient{'s' if len(found) > 1 else ''}{more}.")
    return 0
