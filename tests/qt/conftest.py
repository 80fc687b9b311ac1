"""The window the Qt face's tests share: the real main window with the short routine, on a fake clock."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from tests.helpers.editor_window import window
from workout_timer.domain.common.clock import FakeClock
from workout_timer.qt.shell.main_window import MainWindow


@pytest.fixture
def main(qtbot: QtBot, clock: FakeClock, tmp_path: Path) -> MainWindow:
    return window(qtbot, clock, tmp_path)
