"""``cabinet-app``'s command line: the second face of the core beside the GUI (STYLE.md).

It calls the same services as the GUI, as the local administrator: it manages accounts, the
planning and the appointment book, and reads patients' identity, never clinical data (secretary
role + admin flag). Messages are in French; core errors become sentences through
:func:`cabinet_app.messages.describe`; an unexpected error is logged with its traceback in the log
file and summed up in one sentence, never shown raw. Exit codes: 0 done, 1 refused or failed,
2 wrong usage.

The core is imported by the commands that use it, so ``--help``, ``--version`` and usage errors
answer at once (and the GUI is never imported here).
"""

from __future__ import annotations

import argparse
from collections.abc import Sequence

from .. import __version__
from . import admin, appointments, central, fees, handover, planning, sync
from .common import PROG, FrenchArgumentParser, global_options, run

__all__ = ["build_parser", "parse_args", "run"]


def build_parser() -> FrenchArgumentParser:
    parser = FrenchArgumentParser(
        prog=PROG,
        description="Cabinet — gestion d'un cabinet médical secondaire.\n"
                    "Sans commande, ouvre l'application graphique.",
        epilog="Base de données : --db, sinon la variable CABINET_DB, sinon cabinet.sqlite3 dans le dossier\n"
               f"de données de l'utilisateur (« {PROG} db check » affiche celle qui est utilisée).\n"
               f"Aide d'une commande : {PROG} COMMANDE --help",
    )
    global_options(parser, top=True)
    parser.add_argument("--version", action="version", version=f"{PROG} {__version__}",
                        help="afficher la version et quitter")
    commands = parser.add_subparsers(dest="command", metavar="COMMANDE", title="commandes")

    for module in (admin, planning, appointments, handover, fees, central, sync):
        module.register(commands)
    return parser


def parse_args(argv: Sequence[str] | None = None) -> argparse.Namespace:
    """Parse the command line; ``command`` is None when there is no sub-command (open the GUI)."""
    return build_parser().parse_args(argv)
