from __future__ import annotations

import shutil

import pytest

from cabinet_app.db import make_engine
from tests.pg import PgServer, start_server


@pytest.fixture(scope="session")
def pg_server():
    server: PgServer = start_server()
    yield server
    server.stop()
    shutil.rmtree(server.data_dir.parent, ignore_errors=True)


@pytest.fixture
def pg_engine(pg_server: PgServer):
    """An empty PostgreSQL database of its own for each test."""
    engine = make_engine(pg_server.create_database())
    yield engine
    engine.dispose()
