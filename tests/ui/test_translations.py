"""French is complete: no message of cabinet_fr.ts is unfinished or empty, every message of the
code is in it, and the French translator turns the main window into French."""

from __future__ import annotations

import subprocess
import sys

from cabinet_app.ui.app import install_translators
from cabinet_app.ui.main_window import MainWindow
from cabinet_app.ui.tasks import InlineRunner
from cabinet_app.ui.context import AppContext
from tests.ui.shell_support import ROOT, TS_DIR, ensure_translations

sys.path.insert(0, str(ROOT / "scripts"))
import build_translations  # noqa: E402


def test_every_french_message_is_translated():
    ts = TS_DIR / "cabinet_fr.ts"
    messages = build_translations.messages(ts)
    assert len(messages) > 50
    left = build_translations.untranslated(ts)
    assert left == [], f"non traduits dans {ts.name} : {left}"


def test_every_message_of_the_code_is_in_the_french_file():
    """Also catches strings added under ui/ after the last run of the script (no .ts rewritten)."""
    before = (TS_DIR / "cabinet_fr.ts").read_bytes()
    result = subprocess.run([sys.executable, str(ROOT / "scripts" / "build_translations.py"), "--check"],
                            capture_output=True, text=True, cwd=ROOT)
    assert result.returncode == 0, result.stdout + result.stderr
    assert (TS_DIR / "cabinet_fr.ts").read_bytes() == before


def test_the_main_window_speaks_french(qtbot, engine):
    ensure_translations()
    assert install_translators("fr") == "fr"
    window = MainWindow(AppContext(engine, InlineRunner(), language="fr"), pages=())
    qtbot.addWidget(window)
    menus = [action.text() for action in window.menuBar().actions()]
    assert menus == ["&Fichier", "&Outils", "&Aide"]
    assert window.lock_action.text() == "&Verrouiller"
    assert window.switch_action.text() == "&Changer d'utilisateur"
    assert window.preferences_action.text() == "&Préférences…"
    assert window.user_label.text() == "Aucun utilisateur connecté"


def test_english_can_be_chosen(qtbot, engine):
    ensure_translations()
    try:
        assert install_translators("en") == "en"
        window = MainWindow(AppContext(engine, InlineRunner(), language="en"), pages=())
        qtbot.addWidget(window)
        assert window.lock_action.text() == "&Lock"
    finally:
        install_translators("fr")
