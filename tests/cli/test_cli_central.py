"""``cabinet-app central init`` against the suite's throwaway PostgreSQL, run as a subprocess."""

from __future__ import annotations

import re

from sqlalchemy import inspect, text
from sqlalchemy.engine import make_url

from cabinet_app.cli.central import _central_url, secret_name
from cabinet_app.db import make_engine
from cabinet_app.security.secrets import store_secret

from .conftest import Cli


def generation(result) -> str:
    assert result.returncode == 0, result.stderr
    match = re.search(r"Génération : ([0-9a-f-]{36})", result.stdout)
    assert match, result.stdout
    return match[1]


def test_init_twice_keeps_the_generation_and_creates_the_log(empty_cli: Cli, pg_server) -> None:
    url = pg_server.create_database()
    plain = url.replace("postgresql+psycopg://", "postgresql://")
    first = empty_cli("central", "init", "--url", plain)
    assert "Base centrale prête" in first.stdout
    assert generation(empty_cli("central", "init", "--url", plain)) == generation(first)

    engine = make_engine(url)
    try:
        tables = set(inspect(engine).get_table_names())
        assert {"sync_generation", "sync_change_log", "sites", "appointments"} <= tables
        with engine.connect() as conn:
            assert str(conn.execute(text("SELECT generation_id FROM sync_generation")).scalar_one()) == \
                generation(first)
    finally:
        engine.dispose()
    assert not empty_cli.db.exists()  # the local database is not involved


def test_the_password_is_never_shown_nor_logged(empty_cli: Cli, pg_server) -> None:
    url = make_url(pg_server.create_database()).set(password="Secret-Central-42")
    result = empty_cli("central", "init", "--url", url.render_as_string(hide_password=False))
    assert result.returncode == 0, result.stderr  # the test server trusts local connections
    log = empty_cli.log_file.read_text(encoding="utf-8") if empty_cli.log_file.exists() else ""
    assert "Secret-Central-42" not in result.stdout + result.stderr + log


def test_unreachable_or_wrong_databases_are_refused_in_french(empty_cli: Cli) -> None:
    sqlite = empty_cli("central", "init", "--url", "sqlite:///central.db")
    assert sqlite.returncode == 1 and "doit être PostgreSQL" in sqlite.stderr
    closed = empty_cli("central", "init", "--url", "postgresql://cabinet:Mot-De-Passe-9@127.0.0.1:1/central")
    assert closed.returncode == 1 and "Connexion impossible" in closed.stderr
    assert "Mot-De-Passe-9" not in closed.stdout + closed.stderr
    log = empty_cli.log_file.read_text(encoding="utf-8") if empty_cli.log_file.exists() else ""
    assert "Mot-De-Passe-9" not in log


def test_without_a_password_in_the_url_it_comes_from_the_keyring(memory_keyring) -> None:
    given = "postgresql://cabinet@central.example:5432/pole?sslmode=require"
    store_secret(secret_name(make_url(given)), "du-trousseau")
    url, shown = _central_url(given)
    assert url.password == "du-trousseau" and url.drivername == "postgresql+psycopg"
    assert url.query["sslmode"] == "require"
    assert "du-trousseau" not in shown
    assert secret_name(make_url(given)) == "central:postgresql://cabinet@central.example:5432/pole?sslmode=require"
