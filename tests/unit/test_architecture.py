"""The core never imports Qt (STYLE.md, principle 1): walk every module's imports."""

from __future__ import annotations

import ast
from pathlib import Path

import cabinet_app

PACKAGE = Path(cabinet_app.__file__).parent
ALLOWED = {PACKAGE / "__main__.py"}  # the entry point opens the GUI when asked


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            module = node.module or ""
            if node.level:  # relative: resolve against the file's package
                parts = path.relative_to(PACKAGE.parent).with_suffix("").parts[: -node.level]
                module = ".".join([*parts, module]) if module else ".".join(parts)
            names.add(module)
    return names


def test_no_module_outside_ui_imports_qt_or_the_ui():
    offenders = []
    for path in PACKAGE.rglob("*.py"):
        if PACKAGE / "ui" in path.parents or path in ALLOWED:
            continue
        for name in _imports(path):
            if name.split(".")[0] == "PySide6" or name.startswith("cabinet_app.ui"):
                offenders.append(f"{path.relative_to(PACKAGE.parent)} imports {name}")
    assert offenders == []


def test_the_walker_sees_relative_imports():
    names = _imports(PACKAGE / "records" / "services.py")
    assert "cabinet_app.records.model" in names
