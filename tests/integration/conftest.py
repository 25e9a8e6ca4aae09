from __future__ import annotations

import pytest

from cabinet_app.db import make_engine
from tests.pg import PgServer

# pg_server (one throwaway PostgreSQL for the whole run) lives in tests/conftest.py: the CLI
# tests use it too.


@pytest.fixture
def pg_engine(pg_server: PgServer):
    """An empty PostgreSQL database of its own for each test."""
    engine = make_engine(pg_server.create_database())
    yield engine
    engine.dispose()
