"""Secrets (the parent database's password, keys) live in the system keyring, behind this one
small interface. Without a usable keyring the app refuses to store them: never in clear."""

from __future__ import annotations

import keyring
from keyring.backends import fail as fail_backend
from keyring.errors import KeyringError, PasswordDeleteError

from ..errors import NoSecureStorage

SERVICE = "cabinet-app"


def _usable() -> bool:
    backend = keyring.get_keyring()
    if isinstance(backend, fail_backend.Keyring):
        return False
    priority = getattr(backend, "priority", 1)
    return priority is None or priority > 0


def store_secret(name: str, value: str) -> None:
    if not _usable():
        raise NoSecureStorage(name=name)
    try:
        keyring.set_password(SERVICE, name, value)
    except KeyringError as exc:
        raise NoSecureStorage(name=name, reason=str(exc)) from exc


def read_secret(name: str) -> str | None:
    if not _usable():
        return None
    try:
        return keyring.get_password(SERVICE, name)
    except KeyringError:
        return None


def forget_secret(name: str) -> None:
    try:
        keyring.delete_password(SERVICE, name)
    except (PasswordDeleteError, KeyringError):
        pass
