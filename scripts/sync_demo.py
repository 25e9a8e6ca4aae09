"""Two PCs and a central database on this machine, to try the sync (see scripts/sync-demo).

demo/sync/central-pg   a local PostgreSQL cluster (port 55432), the parent practice's central database
demo/sync/nieul.sqlite3   the PC of the secondary cabinet of Nieul-le-Dolent (the demo cabinet)
demo/sync/parent.sqlite3  a PC of the parent practice, joined from the central database

Usage: sync_demo.py [setup|start|stop|status]
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from tests.pg import PgServer, find_pg_bin  # noqa: E402 - the same initdb/pg_ctl wrapper as the tests

FOLDER = REPO / "demo" / "sync"
PORT = 55432
DATABASE = "cabinet_central"
URL = f"postgresql://postgres@127.0.0.1:{PORT}/{DATABASE}"
PARENT_SITE = "Maison de santé du Bocage"
APP = [str(REPO / ".venv" / "bin" / "cabinet-app")]


def server() -> PgServer:
    bin_dir = find_pg_bin()
    if bin_dir is None:
        sys.exit("PostgreSQL introuvable : lancez scripts/bootstrap.sh --with-postgres.")
    as_user = "postgres" if os.geteuid() == 0 else None
    return PgServer(bin_dir=bin_dir, data_dir=FOLDER / "central-pg", port=PORT, as_user=as_user)


def running(pg: PgServer) -> bool:
    return subprocess.run(pg._cmd("pg_ctl", "-D", str(pg.data_dir), "status"), capture_output=True).returncode == 0


def start(pg: PgServer) -> None:
    FOLDER.mkdir(parents=True, exist_ok=True)
    if not (pg.data_dir / "PG_VERSION").exists():
        pg.data_dir.mkdir(mode=0o700, exist_ok=True)
        if pg.as_user:
            shutil.chown(pg.data_dir, user=pg.as_user)
        subprocess.run(pg._cmd("initdb", "-D", str(pg.data_dir), "-A", "trust", "-U", "postgres", "-E", "UTF8",
                               "--locale=C"), check=True, capture_output=True)
    if running(pg):
        return
    opts = f"-p {PORT} -k {pg.data_dir} -c listen_addresses=127.0.0.1"
    subprocess.run(pg._cmd("pg_ctl", "-D", str(pg.data_dir), "-o", opts, "-w", "-t", "60",
                           "-l", str(pg.data_dir / "server.log"), "start"), check=True, capture_output=True)
    print(f"» Base centrale (PostgreSQL) démarrée sur le port {PORT}.")


def stop(pg: PgServer) -> None:
    if running(pg):
        subprocess.run(pg._cmd("pg_ctl", "-D", str(pg.data_dir), "-m", "fast", "-w", "stop"), capture_output=True)
    print("» Base centrale arrêtée : les deux postes travaillent hors ligne.")


def cli(*args: str) -> None:
    print("  $ cabinet-app " + " ".join(args))
    subprocess.run([*APP, *args], check=True)


def setup(pg: PgServer) -> None:
    start(pg)
    import psycopg

    with psycopg.connect(f"host=127.0.0.1 port={PORT} user=postgres dbname=postgres", autocommit=True) as conn:
        if not conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", (DATABASE,)).fetchone():
            conn.execute(f'CREATE DATABASE "{DATABASE}"')
    cli("central", "init", "--url", URL)
    nieul, parent = FOLDER / "nieul.sqlite3", FOLDER / "parent.sqlite3"
    if not nieul.exists():
        print("» Le poste de Nieul : le cabinet de démonstration, puis son premier envoi (une demi-minute).")
        cli("--db", str(nieul), "demo")
        started = time.monotonic()
        cli("--db", str(nieul), "sync", "--parent", URL)
        print(f"  ({time.monotonic() - started:.0f} s)")
    if not parent.exists():
        print("» Un poste du pôle mère rejoint la base centrale (il reçoit ses cabinets secondaires).")
        cli("--db", str(parent), "sync", "--parent", URL, "--site", PARENT_SITE)
    print(f"""
Prêt. Deux postes et une base centrale sur cette machine :
  Nieul       : CABINET_DB={nieul} scripts/start-demo
  Pôle mère   : CABINET_DB={parent} scripts/start-demo
  (identifiants de démonstration : voir README.md, mot de passe demo1234)
Synchroniser : menu « Synchronisation », ou  .venv/bin/cabinet-app --db FICHIER sync
Hors ligne   : scripts/sync-demo stop   (puis scripts/sync-demo start)
Conflits     : page « Conflits » de l'application, ou  .venv/bin/cabinet-app --db FICHIER sync conflicts""")


def main() -> None:
    action = sys.argv[1] if len(sys.argv) > 1 else "setup"
    pg = server()
    if action == "setup":
        setup(pg)
    elif action == "start":
        start(pg)
    elif action == "stop":
        stop(pg)
    elif action == "status":
        print("Base centrale : " + ("en marche" if running(pg) else "arrêtée") + f" (port {PORT})")
    else:
        sys.exit(__doc__)


if __name__ == "__main__":
    main()
