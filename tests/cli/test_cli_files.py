"""``cabinet-app`` and its files: --version and --help in French, the demo command, which
database is used (--db over CABINET_DB), files that are not Cabinet databases left untouched,
and unexpected errors kept in the log, never shown raw."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

import cabinet_app
from cabinet_app.config import open_database
from cabinet_app.db import UnitOfWork
from cabinet_app.records.services import count_patients

from .conftest import ADMIN, Cli


def file_state(path: Path) -> tuple[bytes, list[str]]:
    return path.read_bytes(), sorted(p.name for p in path.parent.iterdir())


def random_bytes(path: Path) -> None:
    path.write_bytes(os.urandom(8192))


def foreign_sqlite(path: Path) -> None:
    connection = sqlite3.connect(path)
    connection.execute("CREATE TABLE recettes (nom TEXT, temps INTEGER)")
    connection.execute("INSERT INTO recettes VALUES ('far breton', 60)")
    connection.commit()
    connection.close()


def test_version(empty_cli: Cli) -> None:
    result = empty_cli("--version")
    assert result.returncode == 0
    assert result.stdout.strip() == f"cabinet-app {cabinet_app.__version__}"
    assert not empty_cli.db.exists()


@pytest.mark.parametrize("args", [("--help",), ("users", "add", "--help"), ("demo", "-h"), ("db", "--help")])
def test_help_is_in_french(empty_cli: Cli, args: tuple[str, ...]) -> None:
    result = empty_cli(*args)
    assert result.returncode == 0
    assert result.stdout.startswith("Utilisation : cabinet-app")
    assert "afficher cette aide et quitter" in result.stdout
    assert "usage:" not in result.stdout and "show this help" not in result.stdout
    assert not empty_cli.db.exists()


def test_top_level_help_lists_the_commands(empty_cli: Cli) -> None:
    text = empty_cli("--help").stdout
    for command in ("demo", "db", "users", "sites", "practitioners", "patients"):
        assert f"\n    {command}" in text
    assert "commandes:" in text and "Sans commande, ouvre l'application graphique" in text


def test_usage_errors_are_in_french(empty_cli: Cli) -> None:
    unknown = empty_cli("facturer")
    assert unknown.returncode == 2
    assert "cabinet-app : erreur : argument COMMANDE : choix invalide : 'facturer'" in unknown.stderr
    incomplete = empty_cli("users")
    assert incomplete.returncode == 2 and "arguments obligatoires manquants : ACTION" in incomplete.stderr
    extra = empty_cli("sites", "list", "--trop")
    assert extra.returncode == 2 and "arguments non reconnus : --trop" in extra.stderr
    bad_number = empty_cli("demo", "--patients", "beaucoup")
    assert bad_number.returncode == 2 and "« beaucoup » n'est pas un nombre entier" in bad_number.stderr
    assert not empty_cli.db.exists()


def test_demo_refuses_to_replace_a_cabinet_without_force(cli: Cli) -> None:
    before = file_state(cli.db)
    refused = cli("demo", "--patients", "3")
    assert refused.returncode == 1
    assert "contient déjà un cabinet" in refused.stderr and "--force" in refused.stderr
    assert file_state(cli.db) == before


def test_demo_with_force_replaces_the_database(cli: Cli) -> None:
    replaced = cli("demo", "--force", "--patients", "4", "--seed", "7")
    assert replaced.returncode == 0, replaced.stderr
    assert "Cabinet de démonstration créé" in replaced.stdout
    assert "dr.bernard" in replaced.stdout and "demo1234" in replaced.stdout
    engine = open_database(cli.db)
    try:
        with UnitOfWork(engine, actor=ADMIN) as uow:
            assert count_patients(uow) == 4
    finally:
        engine.dispose()
    leftovers = [p.name for p in cli.db.parent.iterdir() if "demo-tmp" in p.name]
    assert leftovers == []


@pytest.mark.parametrize("make_file, args", [
    (random_bytes, ("sites", "list")), (random_bytes, ("db", "check")),
    (foreign_sqlite, ("users", "list", "--json")), (foreign_sqlite, ("db", "upgrade")),
    (foreign_sqlite, ("demo", "--force")),
], ids=["random-bytes-list", "random-bytes-check", "foreign-sqlite-list", "foreign-sqlite-upgrade",
        "foreign-sqlite-demo"])
def test_a_file_that_is_not_a_cabinet_database_is_left_untouched(
        empty_cli: Cli, make_file, args: tuple[str, ...]) -> None:
    make_file(empty_cli.db)
    before = file_state(empty_cli.db)
    result = empty_cli(*args)
    assert result.returncode == 1
    assert result.stderr.strip() == (f"Le fichier « {empty_cli.db} » n'est pas une base de données "
                                      f"Cabinet. Rien n'a été modifié.")
    assert file_state(empty_cli.db) == before


def test_db_option_overrides_the_environment(cli: Cli, tmp_path: Path) -> None:
    elsewhere = tmp_path / "ailleurs.sqlite3"
    random_bytes(elsewhere)
    env = {**cli.env, "CABINET_DB": str(elsewhere)}
    assert cli("sites", "list", env=env).returncode == 1  # the environment's file: refused
    before = cli("--db", str(cli.db), "sites", "list", "--json", env=env)
    after = cli("sites", "list", "--json", "--db", str(cli.db), env=env)
    assert before.returncode == after.returncode == 0
    assert len(json.loads(before.stdout)) == len(json.loads(after.stdout)) == 3


def test_a_missing_database_is_not_created_by_listings(empty_cli: Cli) -> None:
    result = empty_cli("users", "list")
    assert result.returncode == 1
    assert f"Aucune base de données à « {empty_cli.db} »" in result.stderr
    assert not empty_cli.db.exists()


def test_db_upgrade_creates_then_check_reports(empty_cli: Cli) -> None:
    created = empty_cli("db", "upgrade")
    assert created.returncode == 0 and "créée (révision" in created.stdout
    again = empty_cli("db", "upgrade")
    assert again.returncode == 0 and "déjà à jour" in again.stdout
    checked = empty_cli("db", "check")
    assert checked.returncode == 0 and "base Cabinet à jour" in checked.stdout
    assert json.loads(empty_cli("users", "list", "--json").stdout) == []


def test_an_unexpected_error_goes_to_the_log_not_the_screen(empty_cli: Cli) -> None:
    script = ("import sys\nfrom cabinet_app import cli\n"
              "args = cli.parse_args(['sites', 'list'])\n"
              "def boom(args):\n    raise RuntimeError('panne simulée')\n"
              "args.handler = boom\nsys.exit(cli.run(args))\n")
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                            encoding="utf-8", env=empty_cli.env, cwd=empty_cli.home, timeout=120)
    assert result.returncode == 1
    assert "Traceback" not in result.stderr and "panne simulée" not in result.stderr
    assert result.stderr.startswith("Erreur inattendue. Le détail est dans le journal.")
    log = empty_cli.log_file.read_text(encoding="utf-8")
    assert "Traceback" in log and "RuntimeError: panne simulée" in log


def test_the_command_line_does_not_load_qt(cli: Cli) -> None:
    script = ("import sys\nfrom cabinet_app.__main__ import main\n"
              "code = main(['sites', 'list'])\n"
              "assert not any(m.split('.')[0] == 'PySide6' for m in sys.modules), 'Qt loaded'\n"
              "sys.exit(code)\n")
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                            encoding="utf-8", env=cli.env, cwd=cli.home, timeout=120)
    assert result.returncode == 0, result.stderr
    assert "Nieul-le-Dolent" in result.stdout
