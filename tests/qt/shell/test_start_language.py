"""The app starts in the language the settings ask for: its library's messages and Qt's words in it."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QLocale
from pytestqt.qtbot import QtBot

from workout_timer.domain.common import language
from workout_timer.domain.common.paths import user_routines_dir
from workout_timer.qt.common import app_language
from workout_timer.qt.common.settings import Settings
from workout_timer.qt.shell.app import make_window


@pytest.fixture
def qt_language() -> Iterator[None]:
    before = QLocale()
    yield
    app_language.apply("en")
    QLocale.setDefault(before)


@pytest.mark.usefixtures("qt_language")
def test_the_window_opens_in_the_language_of_the_setting_and_the_library_speaks_it(qtbot: QtBot) -> None:
    Settings().language = "de"
    user_routines_dir().mkdir(parents=True, exist_ok=True)
    (user_routines_dir() / "broken.yaml").write_text(
        "version: 1\nname: Kaputt\nsteps:\n  - exercise: plnk\n    duration: 30\n"
    )
    window = make_window()
    qtbot.addWidget(window)
    assert language.current() == "de" and QLocale().language() == QLocale.Language.German
    broken = window.library.find("broken")
    assert broken is not None
    assert [problem.message for problem in broken.problems] == ["unbekannte Übung plnk; meintest du plank?"]
    window.close()
