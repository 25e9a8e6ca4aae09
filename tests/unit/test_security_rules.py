from datetime import timedelta

from cabinet_app.errors import LoginThrottled, ValidationError
from cabinet_app.messages import PROBLEMS, describe, problem_text
from cabinet_app.security.passwords import hash_password, password_problem, verify_password
from cabinet_app.security.services import FREE_ATTEMPTS, MAX_DELAY, throttle_delay
from cabinet_app.settings import LOCK_TIMEOUT_MINUTES


def test_passwords_are_hashed_with_argon2id_and_verified():
    hashed = hash_password("correct horse")
    assert hashed.startswith("$argon2id$")
    assert "correct horse" not in hashed
    assert verify_password(hashed, "correct horse")
    assert not verify_password(hashed, "wrong horse")
    assert not verify_password("not a hash", "x")


def test_password_minimum_length():
    assert password_problem("1234567") == "password_too_short"
    assert password_problem("12345678") is None


def test_throttle_grows_then_caps():
    assert all(throttle_delay(n) is None for n in range(FREE_ATTEMPTS))
    delays = [throttle_delay(n) for n in range(FREE_ATTEMPTS, FREE_ATTEMPTS + 12)]
    assert delays[0] == timedelta(seconds=30)
    assert delays == sorted(delays)
    assert delays[-1] == MAX_DELAY


def test_lock_timeout_setting_bounds():
    assert LOCK_TIMEOUT_MINUTES.default == 5
    assert LOCK_TIMEOUT_MINUTES.parse("10") == 10
    for bad in ("0", "500", "abc"):
        try:
            LOCK_TIMEOUT_MINUTES.parse(bad)
        except ValidationError:
            continue
        raise AssertionError(bad)


def test_messages_are_french_by_default_and_cover_every_problem_code():
    assert set(PROBLEMS["fr"]) == set(PROBLEMS["en"])
    assert problem_text("nir", "nir_key") == "NIR a une clé de contrôle fausse : vérifiez les 15 caractères."
    text = describe(LoginThrottled(login="admin", retry_after=42.0))
    assert "réessayez dans 42 s" in text
    assert describe(RuntimeError("boom")) == "Erreur inattendue. Le détail est dans le journal."
