#!/usr/bin/env python3
"""Refresh and compile Cabinet's translations.

The source strings are English (``self.tr()``, ``QCoreApplication.translate``,
``QT_TRANSLATE_NOOP``) in every ``cabinet_app/ui/**/*.py``, so strings added anywhere under
``ui/`` are picked up on the next run.

* default: ``pyside6-lupdate`` refreshes ``resources/i18n/cabinet_fr.ts`` (every message, to
  translate) and ``cabinet_en.ts`` (plural forms only: English is the source language), dropping
  obsolete messages; then ``pyside6-lrelease`` compiles them into
  ``cabinet_app/i18n/cabinet_*.qm`` (git-ignored, built by ``scripts/bootstrap.sh``).
* ``--check``: writes no ``.ts``; fails (exit 1) when the code holds a message that
  ``cabinet_fr.ts`` lacks, or when a French message is unfinished or empty.
* ``--compile``: only compiles the ``.ts`` as they are into ``.qm``.

Usage: ``.venv/bin/python scripts/build_translations.py [--check | --compile]``
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ROOT / "cabinet_app" / "ui"
TS_DIR = ROOT / "resources" / "i18n"
QM_DIR = ROOT / "cabinet_app" / "i18n"
LANGUAGES = {"fr": "fr_FR", "en": "en_GB"}
SOURCE_LANGUAGE = "en"
IGNORED_TYPES = {"obsolete", "vanished"}


def tool(name: str) -> str:
    """The PySide6 tool next to this Python (the virtualenv), else on the PATH."""
    sibling = Path(sys.executable).parent / name
    if sibling.exists():
        return str(sibling)
    found = shutil.which(name)
    if found is None:
        raise SystemExit(f"{name} introuvable : installez PySide6 dans le virtualenv (.venv).")
    return found


def source_files() -> list[str]:
    return sorted(str(p.relative_to(ROOT)) for p in SOURCES.rglob("*.py") if "__pycache__" not in p.parts)


def ts_path(language: str) -> Path:
    return TS_DIR / f"cabinet_{language}.ts"


def lupdate(ts: Path, language: str) -> None:
    args = [tool("pyside6-lupdate"), *source_files(), "-no-obsolete", "-silent",
            "-source-language", "en_GB", "-target-language", LANGUAGES[language]]
    if language == SOURCE_LANGUAGE:
        args.append("-pluralonly")
    subprocess.run([*args, "-ts", str(ts)], cwd=ROOT, check=True)


def lrelease(ts: Path, qm: Path) -> None:
    qm.parent.mkdir(parents=True, exist_ok=True)
    subprocess.run([tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)], cwd=ROOT, check=True)


# --- reading a .ts ------------------------------------------------------------------------------

Key = tuple[str, str, str]  # context, source, disambiguation comment


def messages(ts: Path) -> dict[Key, ET.Element]:
    """The live messages of a .ts (obsolete and vanished ones left out)."""
    found: dict[Key, ET.Element] = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is not None and translation.get("type") in IGNORED_TYPES:
                continue
            key = (name, message.findtext("source", ""), message.findtext("comment", ""))
            found[key] = message
    return found


def is_translated(message: ET.Element) -> bool:
    translation = message.find("translation")
    if translation is None or translation.get("type") == "unfinished":
        return False
    forms = translation.findall("numerusform")
    texts = [f.text for f in forms] if forms else [translation.text]
    return all(text and text.strip() for text in texts)


def untranslated(ts: Path) -> list[Key]:
    return [key for key, message in messages(ts).items() if not is_translated(message)]


def missing_from(ts: Path, language: str) -> list[Key]:
    """Messages of the code that ``ts`` lacks (found by a fresh lupdate into a temporary file)."""
    with tempfile.TemporaryDirectory() as tmp:
        fresh = Path(tmp) / ts.name
        lupdate(fresh, language)
        wanted = messages(fresh)
    have = messages(ts) if ts.exists() else {}
    return [key for key in wanted if key not in have]


# --- modes --------------------------------------------------------------------------------------

def compile_all() -> None:
    for language in LANGUAGES:
        ts = ts_path(language)
        if ts.exists():
            lrelease(ts, QM_DIR / f"cabinet_{language}.qm")


def update_all() -> None:
    TS_DIR.mkdir(parents=True, exist_ok=True)
    for language in LANGUAGES:
        lupdate(ts_path(language), language)
    compile_all()
    left = untranslated(ts_path("fr"))
    if left:
        print(f"{len(left)} message(s) à traduire dans {ts_path('fr').relative_to(ROOT)} :")
        for context, source, _comment in left:
            print(f"  [{context}] {source}")


def check() -> int:
    ts = ts_path("fr")
    missing = missing_from(ts, "fr")
    left = untranslated(ts) if ts.exists() else []
    for context, source, _comment in missing:
        print(f"absent de {ts.name} : [{context}] {source}")
    for context, source, _comment in left:
        print(f"non traduit dans {ts.name} : [{context}] {source}")
    if missing or left:
        print("Lancez scripts/build_translations.py puis traduisez les messages signalés.")
        return 1
    print(f"{ts.name} : complet ({len(messages(ts))} messages).")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Met à jour et compile les traductions de Cabinet.")
    mode = parser.add_mutually_exclusive_group()
    mode.add_argument("--check", action="store_true",
                      help="vérifie sans réécrire les .ts (code de sortie 1 si incomplet)")
    mode.add_argument("--compile", action="store_true", help="compile seulement les .ts en .qm")
    args = parser.parse_args(argv)
    if args.check:
        return check()
    if args.compile:
        compile_all()
        return 0
    update_all()
    return 0


if __name__ == "__main__":
    sys.exit(main())
