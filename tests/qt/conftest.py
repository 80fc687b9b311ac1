"""The window the Qt face's tests share: the real main window with the short routine, on a fake clock."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent, QAccessibleEvent
from pytestqt.qtbot import QtBot

from tests.helpers.editor_window import window
from workout_timer.domain.common import language
from workout_timer.domain.common.clock import FakeClock
from workout_timer.qt.common import app_language
from workout_timer.qt.shell.main_window import MainWindow


@pytest.fixture
def main(qtbot: QtBot, clock: FakeClock, tmp_path: Path) -> MainWindow:
    return window(qtbot, clock, tmp_path)


@pytest.fixture
def german() -> Iterator[None]:
    """The app in German, as chosen at start (screens read their words when built: ask for it before the window),
    and Qt's own words and the locale with it; English again afterwards."""
    before = QLocale()
    language.use("de_DE")
    app_language.apply("de")
    yield
    language.use("en_GB")
    app_language.apply("en")
    QLocale.setDefault(before)


@pytest.fixture
def qt_language() -> Iterator[None]:
    """Qt's default locale and translators as they were, after a test that puts a language into effect."""
    before = QLocale()
    yield
    app_language.apply("en")
    QLocale.setDefault(before)


@pytest.fixture
def heard(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    """What the app asks a listening screen reader to say (Qt's accessibility on, as when Orca runs), in order."""
    said: list[str] = []
    post = QAccessible.updateAccessibility

    def updated(event: QAccessibleEvent) -> None:
        if isinstance(event, QAccessibleAnnouncementEvent):
            said.append(event.message())
        post(event)

    monkeypatch.setattr(QAccessible, "updateAccessibility", staticmethod(updated))
    QAccessible.setActive(True)
    yield said
    QAccessible.setActive(False)
