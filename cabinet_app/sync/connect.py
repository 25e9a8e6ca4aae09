"""Reaching the central database: its URL (kept in the settings without password), the password
(kept in the system keyring under ``central:`` + the URL without password), TLS through the URL's
``sslmode``. Nothing secret is ever written to the settings or the logs."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Engine, text
from sqlalchemy import exc as sa_exc
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError

from ..db import make_engine
from ..errors import ValidationError
from ..security.secrets import read_secret, store_secret

CONNECT_TIMEOUT_S = 10


def parse_central_url(raw: str) -> URL:
    """A PostgreSQL URL for psycopg; refuses anything else with a message for the field."""
    try:
        url = make_url(raw.strip())
    except ArgumentError:
        raise ValidationError({"sync_url": "invalid_url"}) from None
    if url.get_backend_name() != "postgresql" or not url.database:
        raise ValidationError({"sync_url": "invalid_url"})
    if url.drivername == "postgresql":
        url = url.set(drivername="postgresql+psycopg")
    return url


def without_password(url: URL) -> URL:
    """The address with no password at all (``URL.set(password=None)`` leaves it in place)."""
    return URL.create(url.drivername, username=url.username, host=url.host, port=url.port, database=url.database,
                      query=url.query)


def address_setting(url: URL) -> str:
    """What the settings keep of the central database's address: everything but its password."""
    return without_password(url).render_as_string(hide_password=False)


def shown(url: URL) -> str:
    """The URL as it may be shown or logged: never its password."""
    return without_password(url).render_as_string(hide_password=True)


def secret_name(url: URL) -> str:
    """The keyring entry of a central database's password (driver left out, so ``postgresql://``
    and ``postgresql+psycopg://`` share it)."""
    return "central:" + without_password(url.set(drivername="postgresql")).render_as_string(hide_password=False)


def with_password(url: URL) -> URL:
    if url.password is None and (password := read_secret(secret_name(url))):
        return url.set(password=password)
    return url


def remember_password(url: URL, password: str) -> None:
    store_secret(secret_name(url), password)


def central_engine(raw: str | URL, **kwargs: Any) -> Engine:
    url = with_password(raw if isinstance(raw, URL) else parse_central_url(raw))
    # a line that goes silent (no reset) is noticed in about a minute, not the system's two hours
    args = {"connect_timeout": CONNECT_TIMEOUT_S, "application_name": "cabinet-sync", "keepalives": 1,
            "keepalives_idle": 20, "keepalives_interval": 10, "keepalives_count": 3, "tcp_user_timeout": 60_000}
    return make_engine(url, connect_args=args, pool_pre_ping=True, **kwargs)


def test_connection(raw: str | URL) -> str:
    """Connect and check that the database was prepared (``central init``); returns the server's
    version. Raises the same errors as a sync would."""
    from ..errors import SyncCentralNotReady
    from .service import _translate

    engine = central_engine(raw)
    try:
        with engine.connect() as conn:
            version = conn.execute(text("SHOW server_version")).scalar_one()
            ready = conn.execute(text("SELECT to_regclass('sync_change_log') IS NOT NULL")).scalar_one()
    except (sa_exc.DBAPIError, OSError) as exc:
        raise _translate(exc) from exc
    finally:
        engine.dispose()
    if not ready:
        raise SyncCentralNotReady(reason="sync_change_log")
    return str(version)
