from datetime import date

from hypothesis import given
from hypothesis import strategies as st

from cabinet_app.identifiers import compact_nir, fold, format_nir, nir_key, nir_problem, rpps_problem

VALID = "269029934173285"


def test_a_valid_nir_passes():
    assert nir_problem(VALID) is None
    assert nir_problem("2 69 02 99 341 732 85") is None
    assert nir_problem(VALID, sex="F", birth_date=date(1969, 2, 3)) is None


def test_wrong_key_length_and_format():
    assert nir_problem("269029934173284") == "nir_key"
    assert nir_problem("26902993417328") == "nir_length"
    assert nir_problem("26902993417328X") == "nir_format"
    assert nir_problem("") == "nir_length"


def test_sex_and_birth_must_match():
    assert nir_problem(VALID, sex="M") == "nir_sex"
    assert nir_problem(VALID, birth_date=date(1970, 2, 3)) == "nir_birth"
    assert nir_problem(VALID, birth_date=date(1969, 3, 3)) == "nir_birth"


def test_corsica_counts_2a_as_19_and_2b_as_18():
    base_a = "18512" + "2A004" + "123"  # a man born in December 1985 in Corse-du-Sud
    key_a = nir_key(base_a)
    assert key_a == f"{97 - int(base_a.replace('2A', '19')) % 97:02d}"
    assert nir_problem(base_a + key_a) is None
    base_b = "28512" + "2B033" + "045"
    assert nir_problem(base_b + nir_key(base_b)) is None
    assert nir_problem(base_b + nir_key(base_b.replace("2B", "2A"))) == "nir_key"


@given(
    sex=st.sampled_from("12"),
    year=st.integers(0, 99),
    month=st.integers(1, 12),
    department=st.integers(1, 95).filter(lambda d: d != 20),
    commune=st.integers(1, 990),
    order=st.integers(1, 999),
)
def test_any_computed_key_validates_and_any_other_key_fails(sex, year, month, department, commune, order):
    first13 = f"{sex}{year:02d}{month:02d}{department:02d}{commune:03d}{order:03d}"
    key = nir_key(first13)
    assert nir_problem(first13 + key) is None
    wrong = f"{(int(key) % 97) + 1:02d}"
    assert nir_problem(first13 + wrong) == "nir_key"


def test_compact_and_format():
    assert compact_nir(" 2 69-02.99 341 732 85 ") == VALID
    assert format_nir(VALID) == "2 69 02 99 341 732 85"


def test_rpps_is_eleven_digits_without_invented_key():
    assert rpps_problem("10003456789") is None
    assert rpps_problem("1000 345 6789") is None
    assert rpps_problem("1000345678") == "rpps_format"
    assert rpps_problem("1000345678A") == "rpps_format"


def test_fold_removes_case_accents_and_punctuation():
    assert fold("Hélène") == "helene"
    assert fold("  D'AUBIGNÉ-Œuf ") == "d aubigne oeuf"
    assert fold("Ç à ï ô ù æ") == "c a i o u ae"


@given(st.text())
def test_fold_is_idempotent(text):
    assert fold(fold(text)) == fold(text)


def test_an_indeterminate_sex_is_not_checked_against_the_nir():
    assert nir_problem("169029934173285"[:13] + nir_key("1690299341732"), sex="I") is None
