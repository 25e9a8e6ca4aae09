"""French identifiers and the text folding used for search.

* **NIR** (*numéro d'inscription au répertoire*, the social security number): 13 characters and a
  2-digit key = 97 − (number mod 97); Corsica's departments 2A/2B count as 19/18 for the key.
  The check is `stdnum.fr.nir` (maintained), plus coherence with the patient's sex and birth date.
* **RPPS** (*répertoire partagé des professionnels de santé*): 11 digits, no published key.
* **INS** (*identité nationale de santé*): the NIR (or NIA) of an identity whose status is
  PROV / RECUP / VALI / QUAL.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import date

from stdnum.exceptions import InvalidChecksum, InvalidComponent, InvalidFormat, InvalidLength, ValidationError
from stdnum.fr import nir as stdnum_nir

_SPACES = re.compile(r"[\s.\-]+")
_RPPS = re.compile(r"^\d{11}$")


def compact_nir(value: str) -> str:
    return _SPACES.sub("", value or "").upper()


def nir_problem(value: str, *, sex: str | None = None, birth_date: date | None = None) -> str | None:
    """Return a problem code for an invalid NIR, or None when it is valid.

    Codes: ``nir_length``, ``nir_format``, ``nir_key``, ``nir_sex`` (first digit does not match
    the sex), ``nir_birth`` (year/month do not match the birth date).
    """
    number = compact_nir(value)
    if len(number) != 15:
        return "nir_length"
    try:
        stdnum_nir.validate(number)
    except InvalidChecksum:
        return "nir_key"
    except (InvalidLength,):
        return "nir_length"
    except (InvalidFormat, InvalidComponent, ValidationError):
        return "nir_format"
    if sex in ("M", "F") and number[0] in "12":  # "I" (indeterminate): no sex check
        if (number[0] == "1") != (sex == "M"):
            return "nir_sex"
    if birth_date is not None:
        year, month = number[1:3], int(number[3:5])
        if year != f"{birth_date.year % 100:02d}":
            return "nir_birth"
        # months 20+ and 99 exist when the birth month is unknown (civil registers)
        if 1 <= month <= 12 and month != birth_date.month:
            return "nir_birth"
    return None


def nir_key(first13: str) -> str:
    """The 2-digit key of 13 NIR characters (2A/2B counted as 19/18)."""
    digits = first13.upper().replace("2A", "19").replace("2B", "18")
    return f"{97 - int(digits) % 97:02d}"


def format_nir(value: str) -> str:
    n = compact_nir(value)
    if len(n) != 15:
        return value
    return f"{n[0]} {n[1:3]} {n[3:5]} {n[5:7]} {n[7:10]} {n[10:13]} {n[13:]}"


def rpps_problem(value: str) -> str | None:
    if not _RPPS.match(_SPACES.sub("", value or "")):
        return "rpps_format"
    return None


def compact_rpps(value: str) -> str:
    return _SPACES.sub("", value or "")


def fold(text: str) -> str:
    """Lower-case, accent-free, single-spaced text: "Hélène  D'Aubigné-Œuf" → "helene d aubigne oeuf"."""
    text = (text or "").replace("œ", "oe").replace("Œ", "OE").replace("æ", "ae").replace("Æ", "AE")
    decomposed = unicodedata.normalize("NFKD", text)
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    cleaned = re.sub(r"[^\w]+", " ", stripped.casefold())
    return " ".join(cleaned.split())
