"""``cabinet-app sync``: synchronise this PC with the parent practice's central PostgreSQL.

* ``sync [--parent URL] [--site SITE] [--json]``: push this PC's changes, then pull what concerns
  its site; usable from a scheduled task (exit code 0 / 1, one line, or JSON). ``--parent`` is
  remembered (without password) in the settings; ``--site`` makes an empty database join the
  central one as that site (name or id, looked up centrally).
* ``sync login --parent URL``: store the central database's password in the system keyring.
* ``sync status [--json]``: last success, pending changes, open conflicts, last error.
* ``sync conflicts [--all] [--json]`` and ``sync resolve ID --mine|--theirs``.
"""

from __future__ import annotations

import argparse
from typing import Any

from .common import (
    STDIN_HELP, CliError, admin_uow, database, global_options, id_text, print_json, read_password, table, when,
)

PARENT_HELP = ("postgresql://utilisateur@hôte:port/base[?sslmode=require] ; sans mot de passe (il est lu dans "
               "le trousseau du système, voir « sync login »)")
KIND_FR = {"fields": "modifié des deux côtés", "edit_deleted": "modifié ici, supprimé ailleurs",
           "delete_edited": "supprimé ici, modifié ailleurs", "double_booking": "double réservation",
           "refused": "refusé par la base centrale"}


def register(commands: Any) -> None:
    sync = commands.add_parser(
        "sync", help="synchroniser avec la base centrale du pôle mère",
        description="Envoie les modifications de ce poste à la base centrale du pôle mère, puis reçoit "
                    "celles qui concernent son cabinet. Rien n'est perdu si la connexion tombe : ce qui "
                    "n'a pas été confirmé repart à la synchronisation suivante.")
    global_options(sync, top=False)
    _parent(sync, required=False)
    sync.add_argument("--site", metavar="SITE", help="rejoindre la base centrale comme ce cabinet (nom ou "
                                                     "identifiant ; pour une base neuve)")
    sync.add_argument("--json", action="store_true", help="sortie JSON")
    sync.set_defaults(handler=cmd_sync)
    actions = sync.add_subparsers(dest="action", metavar="ACTION", title="actions")

    login = actions.add_parser("login", help="enregistrer le mot de passe de la base centrale (trousseau)",
                               description="Enregistre le mot de passe de la base centrale dans le trousseau "
                                           "du système (jamais dans un fichier), puis teste la connexion.")
    global_options(login, top=False)
    _parent(login, required=True)
    login.add_argument("--password-stdin", action="store_true", help=STDIN_HELP)
    login.set_defaults(handler=cmd_login)

    state = actions.add_parser("status", help="état de la synchronisation de ce poste",
                               description="Dernière synchronisation réussie, modifications en attente, "
                                           "conflits ouverts, dernière erreur.")
    global_options(state, top=False)
    state.add_argument("--json", action="store_true", help="sortie JSON")
    state.set_defaults(handler=cmd_status)

    conflicts = actions.add_parser("conflicts", help="les conflits à régler",
                                   description="Les modifications de ce poste qui n'ont pas été retenues, "
                                               "avec les deux versions.")
    global_options(conflicts, top=False)
    conflicts.add_argument("--all", action="store_true", help="aussi ceux déjà réglés")
    conflicts.add_argument("--json", action="store_true", help="sortie JSON")
    conflicts.set_defaults(handler=cmd_conflicts)

    resolve = actions.add_parser("resolve", help="régler un conflit", description="Régler un conflit : garder "
                                 "la version retenue (--theirs) ou reprendre celle de ce poste (--mine).")
    global_options(resolve, top=False)
    resolve.add_argument("conflict", metavar="ID", help="identifiant du conflit (ou son début)")
    side = resolve.add_mutually_exclusive_group(required=True)
    side.add_argument("--mine", action="store_true", help="reprendre la version de ce poste")
    side.add_argument("--theirs", action="store_true", help="garder la version retenue")
    resolve.set_defaults(handler=cmd_resolve)


def _parent(parser: argparse.ArgumentParser, *, required: bool) -> None:
    parser.add_argument("--parent", required=required, metavar="URL", help=PARENT_HELP)


def _url(engine: Any, given: str | None) -> Any:
    from ..settings import SYNC_URL
    from ..sync.connect import address_setting, parse_central_url

    with admin_uow(engine) as uow:
        raw = given or uow.settings.get(SYNC_URL)
        if not raw:
            from ..errors import SyncNotConfigured

            raise SyncNotConfigured()
        url = parse_central_url(raw)
        if url.password is not None:
            raise CliError("Ne mettez pas le mot de passe dans l'adresse : enregistrez-le avec "
                           "« cabinet-app sync login --parent URL ».")
        if given:
            uow.settings.set(SYNC_URL, address_setting(url))
            uow.commit()
    return url


def cmd_sync(args: argparse.Namespace) -> int:
    from ..sync.connect import central_engine, shown
    from ..sync.join import central_sites, find_central_site, join
    from ..sync.service import synchronise

    with database(args, create=bool(args.site)) as engine:
        url = _url(engine, args.parent)
        central = central_engine(url)
        try:
            if args.site:
                site = find_central_site(central_sites(central), args.site)
                report = join(engine, central, site.id)
            else:
                report = synchronise(engine, central)
        finally:
            central.dispose()
    if args.json:
        print_json([{"pushed": report.pushed, "duplicates": report.duplicates, "pulled": report.pulled,
                     "applied": report.applied, "new_conflicts": [id_text(c) for c in report.new_conflicts],
                     "generation_changed": report.generation_changed, "parent": shown(url),
                     "finished_at": report.finished_at.isoformat() if report.finished_at else None}])
        return 0
    line = (f"Synchronisation avec « {shown(url)} » terminée : {report.pushed} modification(s) envoyée(s), "
            f"{report.pulled} reçue(s).")
    if report.new_conflicts:
        line += f" {len(report.new_conflicts)} conflit(s) à régler : « cabinet-app sync conflicts »."
    if report.generation_changed:
        line += " La base centrale a été restaurée : ce poste lui a renvoyé toutes ses données."
    print(line)
    return 0


def cmd_login(args: argparse.Namespace) -> int:
    from ..sync.connect import parse_central_url, remember_password, shown, test_connection, without_password

    url = parse_central_url(args.parent)
    password = read_password(args, f"Mot de passe pour {shown(url)} : ")
    if not password:
        raise CliError("Mot de passe vide : rien n'a été enregistré.")
    remember_password(without_password(url), password)
    version = test_connection(without_password(url))
    print(f"Mot de passe enregistré dans le trousseau du système ; connexion réussie à « {shown(url)} » "
          f"(PostgreSQL {version}).")
    return 0


def cmd_status(args: argparse.Namespace) -> int:
    from ..settings import SYNC_URL
    from ..sync.service import status

    with database(args) as engine:
        state = status(engine)
        with admin_uow(engine) as uow:
            parent = uow.settings.get(SYNC_URL)
    if args.json:
        print_json([{"parent": parent or None, "site_id": state.site_id, "enabled": state.configured,
                     "pending": state.pending, "open_conflicts": state.open_conflicts,
                     "last_success": state.last_success, "last_error": state.last_error}])
        return 0
    print(f"Base centrale : {parent or 'non configurée'}")
    print(f"Dernière synchronisation réussie : {_moment(state.last_success)}")
    print(f"Modifications en attente d'envoi : {state.pending}")
    print(f"Conflits à régler : {state.open_conflicts}")
    if state.last_error:
        print(f"Dernière erreur : {state.last_error}")
    return 0


def _moment(iso: str | None) -> str:
    if not iso:
        return "jamais"
    from datetime import datetime

    return when(datetime.fromisoformat(iso))


def cmd_conflicts(args: argparse.Namespace) -> int:
    from ..sync.conflicts import list_conflicts
    from ..sync.codec import jsonable

    with database(args) as engine, admin_uow(engine) as uow:
        conflicts = list_conflicts(uow, include_resolved=args.all)
    if args.json:
        print_json([{"id": id_text(c.id), "table": c.table_name, "row_id": id_text(c.row_id), "kind": c.kind.value,
                     "fields": list(c.shown_fields), "message": c.message,
                     "mine": {f: jsonable(c.mine.get(f)) for f in c.shown_fields},
                     "theirs": {f: jsonable(c.theirs.get(f)) for f in c.shown_fields},
                     "base": {f: jsonable(c.base.get(f)) for f in c.shown_fields},
                     "mine_by": c.mine_by, "theirs_by": c.theirs_by, "created_at": c.created_at.isoformat(),
                     "resolution": c.resolution.value if c.resolution else None} for c in conflicts])
        return 0
    if not conflicts:
        print("Aucun conflit à régler." if not args.all else "Aucun conflit.")
        return 0
    rows = []
    for c in conflicts:
        fields = ", ".join(c.shown_fields)
        detail = "; ".join(f"{f} : ici {_value(c.mine.get(f))} / retenu {_value(c.theirs.get(f))}"
                           for f in c.shown_fields[:3])
        rows.append((str(c.id)[:8], when(c.created_at), c.table_name, KIND_FR[c.kind.value],
                     c.resolution.value if c.resolution else "à régler", detail or fields or c.message))
    print(table(("Id", "Quand", "Table", "Conflit", "État", "Détail"), rows))
    print(f"\nRégler : cabinet-app sync resolve ID --theirs (garder la version retenue) ou --mine.")
    return 0


def _value(value: Any) -> str:
    from datetime import datetime

    if value is None or value == "":
        return "(vide)"
    if isinstance(value, datetime):
        return when(value)
    return str(getattr(value, "value", value))


def cmd_resolve(args: argparse.Namespace) -> int:
    from ..sync.conflicts import list_conflicts, resolve
    from ..sync.model import Resolution

    with database(args) as engine, admin_uow(engine) as uow:
        wanted = args.conflict.strip().lower()
        matches = [c for c in list_conflicts(uow) if str(c.id).startswith(wanted)]
        if len(matches) != 1:
            raise CliError(f"Conflit « {args.conflict} » introuvable parmi ceux à régler (ou ambigu).")
        resolve(uow, matches[0].id, Resolution.MINE if args.mine else Resolution.THEIRS)
        uow.commit()
    side = "la version de ce poste est reprise" if args.mine else "la version retenue est gardée"
    print(f"Conflit {str(matches[0].id)[:8]} réglé : {side}. Cela partira à la prochaine synchronisation.")
    return 0


__all__ = ["register"]
