"""``cabinet-app central``: prepare the parent practice's central PostgreSQL database.

``central init --url URL`` applies the app's migrations, then the sync change log, its triggers
and the generation (:mod:`cabinet_app.sync.central`); it is idempotent. Without a password in the
URL, it is read from the system keyring under ``central:`` + the URL without password. The
password is never printed nor logged.
"""

from __future__ import annotations

import argparse
import logging
from typing import Any

from .common import CliError, command, group

log = logging.getLogger(__name__)


def register(commands: Any) -> None:
    central = group(commands, "central", "base centrale PostgreSQL du pôle mère (synchronisation)")
    init = command(central, "init", "préparer la base centrale (schéma, journal des modifications)",
                   cmd_central_init,
                   "Prépare une base PostgreSQL comme base centrale : schéma (mêmes migrations que "
                   "les cabinets), journal des modifications et ses déclencheurs, génération. Peut "
                   "être relancée sans risque ; à relancer après une restauration de la base.")
    init.add_argument("--url", required=True, metavar="URL",
                      help="postgresql://utilisateur@hôte:port/base[?sslmode=require] ; sans mot de "
                           "passe, celui-ci est lu dans le trousseau du système")


def cmd_central_init(args: argparse.Namespace) -> int:
    from sqlalchemy import exc as sa_exc

    from ..db import make_engine
    from ..errors import DatabaseUnavailable
    from ..sync.central import CAPTURED_TABLES, central_init

    url, shown = _central_url(args.url)
    engine = make_engine(url)
    try:
        generation = central_init(engine)
    except (sa_exc.OperationalError, DatabaseUnavailable, sa_exc.InterfaceError) as exc:
        # the driver's own message (host, port, reason), never the URL: it may hold the password
        log.warning("central init: %s unreachable: %s", shown, getattr(exc, "orig", None) or exc.__class__.__name__)
        raise CliError(f"Connexion impossible à la base centrale « {shown} » : vérifiez l'adresse, "
                       f"le mot de passe (trousseau du système) et que le serveur répond.") from None
    finally:
        engine.dispose()
    print(f"Base centrale prête : {shown}")
    print(f"Génération : {generation}")
    print(f"Tables suivies par le journal des modifications : {len(CAPTURED_TABLES)}")
    return 0


def _central_url(text: str) -> tuple[Any, str]:
    """The URL to connect with (password from the keyring when absent) and the one to show."""
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import ArgumentError

    from ..security.secrets import read_secret
    from ..sync import connect

    try:
        url = make_url(text.strip())
    except ArgumentError:
        raise CliError("Adresse invalide : attendu postgresql://utilisateur@hôte:port/base.") from None
    if url.get_backend_name() != "postgresql":
        raise CliError(f"La base centrale doit être PostgreSQL (adresse postgresql://…), "
                       f"pas « {url.get_backend_name()} ».")
    if url.drivername == "postgresql":
        url = url.set(drivername="postgresql+psycopg")
    shown = connect.shown(url)
    if url.password is None:
        if password := read_secret(secret_name(url)):
            url = url.set(password=password)
    return url, shown


def secret_name(url: Any) -> str:
    """The keyring entry of a central database's password (see :mod:`cabinet_app.sync.connect`)."""
    from ..sync.connect import secret_name as name

    return name(url)
