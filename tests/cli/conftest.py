"""Run ``cabinet-app`` as a subprocess, with its own home and data directories in a temporary
folder (nothing touches the real user's), on a copy of a demo database built once."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

from cabinet_app.db import Actor

REPO = Path(__file__).resolve().parents[2]
ADMIN = Actor(user_id=None, site_id=None, login="test", role="secretaire", is_admin=True)
"""Who the tests are when they look at a database in-process (like the CLI: no clinical data)."""
DEMO_PATIENTS = 120  # enough for a "Hélène" with the default seed, small enough to stay fast


@dataclass
class Cli:
    """``cabinet-app`` in a sandbox: ``cli("users", "list")`` → CompletedProcess."""

    home: Path
    db: Path

    @property
    def env(self) -> dict[str, str]:
        env = {k: v for k, v in os.environ.items() if not k.startswith(("CABINET_", "XDG_"))}
        env.update(
            HOME=str(self.home), XDG_DATA_HOME=str(self.home / "data"),
            XDG_STATE_HOME=str(self.home / "state"), XDG_CONFIG_HOME=str(self.home / "config"),
            XDG_CACHE_HOME=str(self.home / "cache"), CABINET_DB=str(self.db), PYTHONUTF8="1",
            PYTHONPATH=os.pathsep.join(filter(None, (str(REPO), os.environ.get("PYTHONPATH")))),
        )
        return env

    def __call__(self, *args: str, stdin: str | None = None, env: dict[str, str] | None = None,
                 ) -> subprocess.CompletedProcess[str]:
        result = subprocess.run(
            [sys.executable, "-m", "cabinet_app", *args], input=stdin, capture_output=True,
            text=True, encoding="utf-8", env=env or self.env, cwd=self.home, timeout=180,
        )
        assert "Traceback" not in result.stderr, result.stderr
        assert "Traceback" not in result.stdout, result.stdout
        return result

    @property
    def log_file(self) -> Path:
        return self.home / "state" / "cabinet" / "log" / "cabinet.log"


def make_cli(home: Path, db: Path) -> Cli:
    home.mkdir(parents=True, exist_ok=True)
    return Cli(home=home, db=db)


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One demo database for the whole run, built by the CLI itself; each test gets a copy."""
    base = tmp_path_factory.mktemp("demo-template")
    cli = make_cli(base / "home", base / "demo.sqlite3")
    result = cli("demo", "--patients", str(DEMO_PATIENTS))
    assert result.returncode == 0, result.stderr
    assert not Path(f"{cli.db}-wal").exists()
    return cli.db


@pytest.fixture
def cli(tmp_path: Path, demo_template: Path) -> Cli:
    """A sandboxed CLI whose CABINET_DB is a fresh copy of the module's demo database."""
    db = tmp_path / "cabinet.sqlite3"
    shutil.copyfile(demo_template, db)
    return make_cli(tmp_path / "home", db)


@pytest.fixture
def empty_cli(tmp_path: Path) -> Cli:
    """A sandboxed CLI whose CABINET_DB does not exist yet."""
    return make_cli(tmp_path / "home", tmp_path / "none.sqlite3")

