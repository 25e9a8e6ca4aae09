"""Secrets live in the system keyring only; without a usable keyring they are refused, never
written in clear. (Tests use an in-memory keyring: see tests/conftest.py.)"""

import keyring
import pytest
from keyring.backends import fail

from cabinet_app.errors import NoSecureStorage
from cabinet_app.security.secrets import forget_secret, read_secret, store_secret


def test_a_secret_goes_to_the_keyring_and_comes_back(memory_keyring):
    store_secret("central:postgresql://cabinet@pole-mere/cabinet", "s3cret")
    assert read_secret("central:postgresql://cabinet@pole-mere/cabinet") == "s3cret"
    assert ("cabinet-app", "central:postgresql://cabinet@pole-mere/cabinet") in memory_keyring.store
    forget_secret("central:postgresql://cabinet@pole-mere/cabinet")
    assert read_secret("central:postgresql://cabinet@pole-mere/cabinet") is None
    forget_secret("never stored")  # forgetting twice is harmless


def test_without_a_keyring_the_secret_is_refused_not_stored():
    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    try:
        with pytest.raises(NoSecureStorage):
            store_secret("central:x", "s3cret")
        assert read_secret("central:x") is None
    finally:
        keyring.set_keyring(previous)
