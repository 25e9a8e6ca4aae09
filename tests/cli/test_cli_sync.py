"""``cabinet-app sync`` as a subprocess, against the suite's throwaway PostgreSQL (issue 7)."""

from __future__ import annotations

import json

from cabinet_app.db import make_engine, sqlite_url
from cabinet_app.migrations import upgrade
from tests.conftest import build_small_cabinet

from .conftest import Cli, make_cli


def _cabinet_cli(tmp_path, name: str) -> Cli:
    cli = make_cli(tmp_path / f"home-{name}", tmp_path / f"{name}.sqlite3")
    engine = make_engine(sqlite_url(cli.db))
    upgrade(engine)
    build_small_cabinet(engine)
    engine.dispose()
    return cli


def test_sync_join_status_and_conflicts(tmp_path, pg_server) -> None:
    url = pg_server.create_database().replace("postgresql+psycopg://", "postgresql://")
    nieul = _cabinet_cli(tmp_path, "nieul")
    assert nieul("central", "init", "--url", url).returncode == 0

    first = nieul("sync", "--parent", url)
    assert first.returncode == 0, first.stderr
    assert "terminée" in first.stdout and "envoyée(s)" in first.stdout
    status = json.loads(nieul("sync", "status", "--json").stdout)[0]
    assert status["pending"] == 0 and status["open_conflicts"] == 0 and status["last_success"]
    assert status["parent"].startswith("postgresql+psycopg://")  # remembered, without password
    again = json.loads(nieul("sync", "--json").stdout)[0]  # the URL is remembered
    assert again["pushed"] == 0

    # a new PC of the parent practice joins with an empty database
    parent = make_cli(tmp_path / "home-parent", tmp_path / "parent.sqlite3")
    joined = parent("sync", "--parent", url, "--site", "Pôle mère de la Roche", "--json")
    assert joined.returncode == 0, joined.stderr
    assert json.loads(joined.stdout)[0]["pulled"] > 0
    users = parent("users", "list", "--json")
    assert {u["login"] for u in json.loads(users.stdout)} >= {"admin", "secretaire", "dr.bernard"}
    assert json.loads(parent("sync", "conflicts", "--json").stdout) == []
    assert "Aucun conflit" in parent("sync", "conflicts").stdout


def test_sync_failures_are_sentences_in_french(tmp_path) -> None:
    cli = _cabinet_cli(tmp_path, "seul")
    unset = cli("sync")
    assert unset.returncode == 1 and "n'est pas configurée" in unset.stderr
    closed = cli("sync", "--parent", "postgresql://cabinet@127.0.0.1:1/central")
    assert closed.returncode == 1 and "injoignable" in closed.stderr
    assert "Rien n'est perdu" in closed.stderr
    status = cli("sync", "status")
    assert "Dernière erreur" in status.stdout and "injoignable" in status.stdout
    with_password = cli("sync", "--parent", "postgresql://cabinet:Secret-9@127.0.0.1:1/central")
    assert with_password.returncode == 1 and "sync login" in with_password.stderr
    assert "Secret-9" not in with_password.stdout + with_password.stderr
    bad = cli("sync", "--parent", "http://example.org")
    assert bad.returncode == 1 and "adresse PostgreSQL" in bad.stderr


def test_only_an_empty_database_joins_as_a_site(tmp_path, pg_server) -> None:
    url = pg_server.create_database().replace("postgresql+psycopg://", "postgresql://")
    nieul = _cabinet_cli(tmp_path, "nieul")
    assert nieul("central", "init", "--url", url).returncode == 0
    assert nieul("sync", "--parent", url).returncode == 0
    other = _cabinet_cli(tmp_path, "autre")  # a cabinet of its own, with its accounts
    refused = other("sync", "--parent", url, "--site", "Pôle mère")
    assert refused.returncode == 1 and "base neuve" in refused.stderr
    unknown = make_cli(tmp_path / "home-x", tmp_path / "x.sqlite3")("sync", "--parent", url, "--site", "Paris")
    assert unknown.returncode == 1


def test_a_join_that_cannot_reach_the_server_leaves_the_pc_free(tmp_path, pg_server) -> None:
    from cabinet_app.sync.capture import get_state
    from cabinet_app.sync.join import join

    pc = make_engine(sqlite_url(tmp_path / "pc.sqlite3"))
    upgrade(pc)
    closed = make_engine("postgresql+psycopg://cabinet@127.0.0.1:1/central")
    import uuid
    import pytest
    from cabinet_app.errors import SyncUnreachable

    with pytest.raises(SyncUnreachable):
        join(pc, closed, uuid.uuid4())
    with pc.connect() as conn:
        assert get_state(conn, "site_id") is None and get_state(conn, "capture") == "off"
    pc.dispose()
