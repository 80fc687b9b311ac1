"""Programmes imported and exported from Today go the way the command line goes (`programme_files`)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from tests.helpers.app_window import app_window
from tests.helpers.editor_window import answer, press
from workout_timer.domain.common.clock import FakeClock
from workout_timer.domain.common.paths import user_programmes_dir
from workout_timer.qt.shell.main_window import MainWindow

PLAN = "version: 1\nname: Back on track\nweeks:\n  - days: {1: core-for-runners}\n"


@pytest.fixture
def window(qtbot: QtBot, clock: FakeClock, tmp_path: Path) -> Iterator[MainWindow]:
    main = app_window(qtbot, clock, tmp_path)
    main.show_today()
    yield main
    main.close()


def listed(main: MainWindow) -> list[str]:
    view = main.today_screen.view
    return [view.programmes.item(row).text().split("  ·  ")[0] for row in range(view.programmes.count())]


@pytest.mark.parametrize(
    ("button", "names"),
    [
        ("Keep both", ["Back on track (2)", "Back on track", "Runner's core"]),
        ("Replace", ["Back on track", "Runner's core"]),
        ("Cancel", ["Back on track", "Runner's core"]),
    ],
)
def test_a_clash_is_asked_about_and_the_answer_followed(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, button: str, names: list[str]
) -> None:
    shared = tmp_path / "back-on-track.yaml"
    shared.write_text(PLAN)
    asked = answer(qtbot, press(button))
    got = window.today_screen.import_file(shared)
    assert asked == ["A programme with this name exists"]
    assert (got is None) == (button == "Cancel")
    assert sorted(listed(window)) == sorted(names)
    if button == "Replace":
        assert (user_programmes_dir() / "back-on-track.yaml").read_text() == PLAN
        assert window.today_screen.view.programmes.count() == 2


def test_a_file_with_mistakes_is_refused_with_them(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    shared = tmp_path / "mine.yaml"
    shared.write_text("version: 1\nname: Mine\nweeks:\n  - days: {1: core-for-runers}\n")
    shown: list[str] = []

    def read_and_close(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        shown.append(box.text())
        press("OK")(box)

    asked = answer(qtbot, read_and_close)
    assert window.today_screen.import_file(shared) is None
    assert asked == ["Not imported"]
    assert f"{shared}:4:15: unknown routine core-for-runers; did you mean core-for-runners?" in shown[0]
    assert not user_programmes_dir().exists()


def test_an_export_writes_the_programmes_file(window: MainWindow, tmp_path: Path) -> None:
    assert window.today_screen.export_to("runners-core", tmp_path / "shared.yaml")
    assert (tmp_path / "shared.yaml").read_text().startswith("# Runner's core")
    assert not window.today_screen.export_to("no-such-programme", tmp_path / "other.yaml")
    assert not (tmp_path / "other.yaml").exists()
