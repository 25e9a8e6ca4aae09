"""What every ``cabinet-app`` command shares: French argparse, running with errors turned into
sentences, the database as the local administrator, and output helpers.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import re
import sys
import uuid
from collections.abc import Callable, Iterator, Sequence
from datetime import date, datetime
from pathlib import Path
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any, NoReturn

from ..identifiers import fold
from ..security.permissions import Role

from ..db import UnitOfWork

if TYPE_CHECKING:
    from sqlalchemy import Engine

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


def global_options(parser: argparse.ArgumentParser, *, top: bool) -> None:
    """--db and --lang, accepted before or after the command."""
    default = None if top else argparse.SUPPRESS
    parser.add_argument("--db", metavar="CHEMIN", default=default,
                        help="fichier de la base de données (sinon la variable CABINET_DB, sinon le "
                             "dossier de données de l'utilisateur)")
    parser.add_argument("--lang", choices=("fr", "en"), default=default,
                        help="langue de l'application et des messages d'erreur (fr par défaut)")


def role_arg(text: str) -> Role:
    key = fold(text).replace(" ", "_")
    for role in Role:
        if key in (role.value, fold(ROLE_LABELS[role.value])):
            return role
    choices = ", ".join(r.value for r in Role)
    raise argparse.ArgumentTypeError(f"rôle inconnu « {text} » (choix possibles : {choices})")


def whole_number(minimum: int, maximum: int) -> Callable[[str], int]:
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


def command(group: Any, name: str, help_text: str, handler: Callable[[argparse.Namespace], int],
             description: str | None = None) -> argparse.ArgumentParser:
    parser = group.add_parser(name, help=help_text, description=description or help_text)
    global_options(parser, top=False)
    parser.set_defaults(handler=handler)
    return parser


def group(parent: Any, name: str, help_text: str) -> Any:
    parser = parent.add_parser(name, help=help_text, description=help_text)
    return parser.add_subparsers(dest="action", metavar="ACTION", title="actions", required=True)


# --- running ---------------------------------------------------------------------------------------

def run(args: argparse.Namespace) -> int:
    """Run a parsed sub-command; return the exit code. Nothing raw ever reaches the screen."""
    from ..config import log_path, setup_logging
    from ..errors import CabinetError
    from ..messages import describe

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
        log.warning("%s refused: %s %s", command_name(args), err.code, err.data)
        print(describe(err, language), file=sys.stderr)
    except BrokenPipeError:  # the reader went away (| head): nothing more to say
        sys.stdout = open(os.devnull, "w")  # noqa: SIM115 - silence the interpreter's final flush
        return 1
    except KeyboardInterrupt:
        print("\nInterrompu : l'opération en cours n'a pas été enregistrée.", file=sys.stderr)
        return 130
    except OSError as err:
        log.exception("%s failed", command_name(args))
        print(f"Fichier inaccessible : {err.filename or ''} ({err.strerror or err}).", file=sys.stderr)
    except Exception as err:  # noqa: BLE001 - the last net: log the traceback, show one sentence
        log.exception("%s failed", command_name(args))
        print(f"{describe(err, language)} ({log_path()})", file=sys.stderr)
    return 1


def command_name(args: argparse.Namespace) -> str:
    return " ".join(filter(None, (PROG, getattr(args, "command", None), getattr(args, "action", None))))


@contextmanager
def database(args: argparse.Namespace, *, create: bool = False) -> Iterator[Engine]:
    """The database, migrated. A missing file is created only when ``create`` is set."""
    from ..config import open_database, resolve_db_path

    path = resolve_db_path(args.db)
    if not create and not path.exists():
        raise CliError(f"Aucune base de données à « {path} » : créez-la avec « {PROG} demo », ou en "
                       f"lançant l'application une première fois.")
    engine = open_database(path)
    try:
        yield engine
    finally:
        engine.dispose()


def admin_uow(engine: Engine) -> UnitOfWork:
    """A unit of work as the local administrator: manages accounts, reads identities, and is
    stamped with this PC's site; no clinical permission (secretary role)."""
    from ..db import Actor, UnitOfWork
    from ..settings import LOCAL_SITE_ID

    with UnitOfWork(engine) as uow:
        raw = uow.settings.get(LOCAL_SITE_ID)
    actor = Actor(user_id=None, site_id=uuid.UUID(raw) if raw else None, login=CLI_LOGIN,
                  role=Role.SECRETARY.value, is_admin=True)
    return UnitOfWork(engine, actor=actor)


# --- output ------------------------------------------------------------------------------------------

def table(headers: Sequence[str], rows: Sequence[Sequence[str]]) -> str:
    widths = [max([len(h), *(len(row[i]) for row in rows)]) for i, h in enumerate(headers)]
    lines = [headers, ["-" * w for w in widths], *rows]
    return "\n".join("  ".join(cell.ljust(w) for cell, w in zip(line, widths)).rstrip() for line in lines)


def print_json(objects: list[dict[str, Any]]) -> None:
    utf8 = (sys.stdout.encoding or "").lower().replace("-", "") == "utf8"
    print(json.dumps(objects, ensure_ascii=not utf8, indent=2))


def id_text(value: uuid.UUID | None) -> str | None:
    return None if value is None else str(value)


def when(moment: Any) -> str:
    from ..clock import to_paris

    return "" if moment is None else to_paris(moment).strftime("%d/%m/%Y %H:%M")


def parse_day(text: str) -> date:
    """A day typed as JJ/MM/AAAA or AAAA-MM-JJ."""
    for pattern in ("%d/%m/%Y", "%Y-%m-%d"):
        try:
            return datetime.strptime(text.strip(), pattern).date()
        except ValueError:
            continue
    raise argparse.ArgumentTypeError(f"« {text} » n'est pas une date (JJ/MM/AAAA ou AAAA-MM-JJ)")


def find_site(uow: UnitOfWork, text: str) -> Any:
    """A site by its id, or by a part of its name (accents and case ignored)."""
    from ..planning.services import list_sites

    sites = list_sites(uow)
    wanted = fold(text)
    exact = [s for s in sites if str(s.id) == text.strip() or fold(s.name) == wanted]
    found = exact or [s for s in sites if wanted and wanted in fold(s.name)]
    if len(found) != 1:
        names = ", ".join(f"« {s.name} »" for s in (found or sites))
        what = "plusieurs sites" if found else "aucun site"
        raise CliError(f"« {text} » désigne {what} ; sites : {names}.")
    return found[0]


def find_practitioner(uow: UnitOfWork, text: str) -> Any:
    """A practitioner by RPPS, id, login of their account, or name."""
    from ..planning.services import list_practitioners

    people = list_practitioners(uow)
    key = fold(text)
    by_login = uow.users.by_login(text.strip().lower())
    found = [p for p in people if p.rpps == text.strip() or str(p.id) == text.strip()
             or (by_login is not None and by_login.practitioner_id == p.id)]
    found = found or [p for p in people if key and key in fold(f"{p.first_name} {p.last_name}")]
    if len(found) != 1:
        what = "plusieurs praticiens" if found else "aucun praticien"
        raise CliError(f"« {text} » désigne {what} : donnez le RPPS, l'identifiant du compte ou le nom complet.")
    return found[0]


def output_path(text: str) -> Path:
    """A file to write: its folder must exist (checked before any work is done)."""
    path = Path(text).expanduser()
    if not path.parent.exists():
        raise CliError(f"Le dossier « {path.parent} » n'existe pas : rien n'a été écrit.")
    return path


def login_options(parser: argparse.ArgumentParser) -> None:
    """Commands that read clinical data act as a person, who logs in like on the shared PC."""
    parser.add_argument("--user", required=True, metavar="IDENTIFIANT",
                        help="compte d'un médecin ou d'un interne (les données cliniques sont nominatives)")
    parser.add_argument("--password-stdin", action="store_true", help=STDIN_HELP)


def user_uow(engine: Engine, args: argparse.Namespace) -> UnitOfWork:
    """A unit of work as the person given by --user, once their password is checked (failures
    are throttled and audited exactly as at the login window)."""
    from ..security.services import authenticate

    password = read_password(args, f"Mot de passe de {args.user} : ")
    with UnitOfWork(engine) as uow:
        session_user = authenticate(uow, login=args.user, password=password)
    return UnitOfWork(engine, actor=session_user.actor)


def read_password(args: argparse.Namespace, prompt: str) -> str:
    """A password from stdin (``--password-stdin``) or typed at the terminal, never echoed."""
    import getpass

    if args.password_stdin:
        return sys.stdin.readline().rstrip("\r\n")
    if sys.stdin.isatty():
        try:
            return getpass.getpass(prompt)
        except EOFError:
            raise CliError("Saisie du mot de passe interrompue : rien n'a été fait.") from None
    raise CliError("Pas de terminal pour saisir le mot de passe : utilisez --password-stdin.")
