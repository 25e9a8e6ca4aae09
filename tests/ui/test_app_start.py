"""Starting the GUI on a bad database file: a French message box, a non-zero exit, no traceback
on screen (the details go to the log); an unexpected error gets a generic French message."""

from __future__ import annotations

import logging
import sqlite3
import sys

import pytest
from PySide6.QtWidgets import QMessageBox

from cabinet_app.config import open_database
from cabinet_app.ui import app as app_module
from cabinet_app.ui.app import install_excepthook, resolve_language, run_gui
from tests.ui.shell_support import ensure_translations


@pytest.fixture
def shown(monkeypatch, tmp_path, qapp) -> list[str]:
    """Message boxes are recorded instead of shown; the log goes to a temporary file."""
    ensure_translations()
    texts: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda parent, title, text, *a: texts.append(text))
    monkeypatch.setattr(app_module, "setup_logging", lambda: tmp_path / "cabinet.log")
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # restored after the test
    return texts


def test_a_file_that_is_not_a_cabinet_database(shown, tmp_path):
    bad = tmp_path / "notes.sqlite3"
    bad.write_bytes(b"ceci n'est pas une base SQLite" * 100)
    assert run_gui(db=str(bad), language=None) == 1
    [text] = shown
    assert text.startswith(f"Le fichier « {bad} » n'est pas une base de données Cabinet.")
    assert "Traceback" not in text
    assert "Journal : " in text


def test_a_database_of_a_newer_version(shown, tmp_path):
    path = tmp_path / "future.sqlite3"
    open_database(path).dispose()
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE alembic_version SET version_num = 'f00000000099'")
    assert run_gui(db=str(path), language="fr") == 1
    [text] = shown
    assert "créée par une version plus récente de Cabinet" in text


def test_an_unreachable_database(shown, tmp_path):
    blocker = tmp_path / "un-fichier"
    blocker.write_text("x")
    assert run_gui(db=str(blocker / "cabinet.sqlite3"), language=None) == 1
    [text] = shown
    assert text.startswith("La base de données est inaccessible.")


def test_unexpected_errors_are_logged_and_told_in_french(shown, tmp_path, caplog):
    app_module.install_translators("fr")  # as run_gui does before anything can fail
    install_excepthook(tmp_path / "cabinet.log")
    with caplog.at_level(logging.CRITICAL):
        sys.excepthook(ValueError, ValueError("détail technique"), None)
    [text] = shown
    assert text.startswith("Une erreur inattendue s'est produite.")
    assert "détail technique" not in text
    assert "détail technique" in caplog.text


def test_language_comes_from_the_argument_then_the_preferences(cabinet):
    from cabinet_app.db import UnitOfWork
    from cabinet_app.settings import LANGUAGE

    assert resolve_language(None, cabinet.engine) == "fr"
    with UnitOfWork(cabinet.engine) as uow:
        uow.settings.set(LANGUAGE, "en")
        uow.commit()
    assert resolve_language(None, cabinet.engine) == "en"
    assert resolve_language("fr", cabinet.engine) == "fr"
