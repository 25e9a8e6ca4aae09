"""Password hashing with argon2id (argon2-cffi): salted, memory-hard, parameters in the hash."""

from __future__ import annotations

from functools import lru_cache

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

MIN_LENGTH = 8
_hasher = PasswordHasher()  # library defaults follow RFC 9106's recommendations


def hash_password(password: str) -> str:
    return _hasher.hash(password)


def verify_password(password_hash: str, password: str) -> bool:
    try:
        return _hasher.verify(password_hash, password)
    except (VerificationError, InvalidHashError):
        return False


def needs_rehash(password_hash: str) -> bool:
    return _hasher.check_needs_rehash(password_hash)


def password_problem(password: str) -> str | None:
    if len(password or "") < MIN_LENGTH:
        return "password_too_short"
    return None


@lru_cache(maxsize=1)
def dummy_hash() -> str:
    """A hash to verify against when the login is unknown, so that timing does not reveal which
    logins exist (computed on first use: argon2 costs ~0.1 s, not paid at start-up)."""
    return hash_password("cabinet-unknown-login")
