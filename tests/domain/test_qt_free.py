"""The domain's tests run without Qt, as the domain does: none imports it, the Qt face or pytest-qt, or asks
for a Qt fixture. A test that needs a window belongs in tests/qt/."""

from __future__ import annotations

import ast
from pathlib import Path

QT = ("PySide6", "shiboken6", "pytestqt", "workout_timer.qt")
QT_FIXTURES = {"qtbot", "qapp", "qtmodeltester"}


def qt_uses(path: Path) -> list[str]:
    """What in this file brings Qt in, each with its line."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module is not None and node.level == 0:
            names = [node.module]
        elif isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
            names = [arg.arg for arg in node.args.args if arg.arg in QT_FIXTURES]
        else:
            continue
        found += [
            f"{path}:{node.lineno}: {name}"
            for name in names
            if name in QT_FIXTURES or any(name == qt or name.startswith(qt + ".") for qt in QT)
        ]
    return found


def test_no_test_of_the_domain_imports_qt() -> None:
    files = sorted(Path(__file__).parent.rglob("*.py"))
    assert len(files) > 50  # the whole tree was looked at
    assert [use for path in files for use in qt_uses(path)] == []


def test_the_check_sees_each_way_qt_comes_in(tmp_path: Path) -> None:
    sample = tmp_path / "test_sample.py"
    sample.write_text(
        "import PySide6.QtCore\n"
        "from pytestqt.qtbot import QtBot\n"
        "from workout_timer.qt.shell.app import make_library\n"
        "from workout_timer.domain.common import clock\n"
        "def test_x(qtbot, tmp_path):\n"
        "    from shiboken6 import isValid\n",
        encoding="utf-8",
    )
    assert [use.split(": ")[1] for use in qt_uses(sample)] == [
        "PySide6.QtCore",
        "pytestqt.qtbot",
        "workout_timer.qt.shell.app",
        "qtbot",
        "shiboken6",
    ]
