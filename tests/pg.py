"""A real, throwaway PostgreSQL server for the tests: initdb + pg_ctl in a temporary folder.

As root (CI), PostgreSQL refuses to run; the server then runs as the ``postgres`` system user
through ``runuser``. Under ``CI=true`` a missing server fails the run; elsewhere it skips.
"""

from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
import tempfile
import uuid
from dataclasses import dataclass
from pathlib import Path

import pytest


def find_pg_bin() -> Path | None:
    on_path = shutil.which("pg_ctl")
    candidates = [Path(on_path).parent] if on_path else []
    candidates += [Path(p) for p in sorted(glob.glob("/usr/lib/postgresql/*/bin"), reverse=True)]
    for folder in candidates:
        if (folder / "initdb").exists() and (folder / "pg_ctl").exists() and (folder / "postgres").exists():
            return folder
    return None


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@dataclass
class PgServer:
    bin_dir: Path
    data_dir: Path
    port: int
    as_user: str | None

    def _cmd(self, *args: str) -> list[str]:
        cmd = [str(self.bin_dir / args[0]), *args[1:]]
        return ["runuser", "-u", self.as_user, "--", *cmd] if self.as_user else cmd

    def start(self) -> None:
        subprocess.run(self._cmd("initdb", "-D", str(self.data_dir), "-A", "trust", "-U", "postgres",
                                 "-E", "UTF8", "--no-sync", "--locale=C"),
                       check=True, capture_output=True)
        opts = f"-p {self.port} -k {self.data_dir} -c listen_addresses=127.0.0.1 -c fsync=off " \
               f"-c synchronous_commit=off -c full_page_writes=off -c max_connections=100"
        subprocess.run(self._cmd("pg_ctl", "-D", str(self.data_dir), "-o", opts, "-w", "-t", "60",
                                 "-l", str(self.data_dir / "server.log"), "start"),
                       check=True, capture_output=True)

    def stop(self) -> None:
        subprocess.run(self._cmd("pg_ctl", "-D", str(self.data_dir), "-m", "immediate", "-w", "stop"),
                       capture_output=True)

    def url(self, database: str = "postgres") -> str:
        return f"postgresql+psycopg://postgres@127.0.0.1:{self.port}/{database}"

    def create_database(self) -> str:
        import psycopg

        name = f"cabinet_{uuid.uuid4().hex[:12]}"
        with psycopg.connect(f"host=127.0.0.1 port={self.port} user=postgres dbname=postgres",
                             autocommit=True) as conn:
            conn.execute(f'CREATE DATABASE "{name}"')
        return self.url(name)


def start_server() -> PgServer:
    bin_dir = find_pg_bin()
    if bin_dir is None:
        message = "PostgreSQL server binaries not found (initdb, pg_ctl): run scripts/run-tests"
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(message)
        pytest.skip(message)
    root = Path(tempfile.mkdtemp(prefix="cabinet-pg-"))
    as_user = None
    if os.geteuid() == 0:
        as_user = "postgres"
        shutil.chown(root, user=as_user, group=None)
    root.chmod(0o700)
    server = PgServer(bin_dir=bin_dir, data_dir=root / "data", port=_free_port(), as_user=as_user)
    if as_user:
        subprocess.run(["runuser", "-u", as_user, "--", "mkdir", str(server.data_dir)], check=True)
    server.start()
    return server
