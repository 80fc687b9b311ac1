"""The app starts in the language the settings ask for: its library's messages and Qt's words in it."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import QLocale
from pytestqt.qtbot import QtBot

from tests.domain.common.test_language import UNKNOWN_REGIONS
from workout_timer.domain.common import language
from workout_timer.domain.common.paths import user_routines_dir
from workout_timer.qt.common.settings import Settings
from workout_timer.qt.shell.app import make_window


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


@pytest.mark.usefixtures("qt_language")
@pytest.mark.parametrize(("system", "written_in"), UNKNOWN_REGIONS)
def test_the_window_opens_on_the_library_under_a_region_babel_does_not_know(
    system: str, written_in: str, monkeypatch: pytest.MonkeyPatch, qtbot: QtBot
) -> None:
    """The system's language with a region Babel has no data for ("en_EN", "de_US") once stopped the app while the
    library's first details were written: it opens in the bare language, durations and all."""
    monkeypatch.setenv("LANG", system)
    window = make_window()
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    shown = window.library_view
    assert language.current_locale() == written_in and shown.routines.count() > 5
    german = written_in == "de"
    for row in range(shown.routines.count()):
        shown.routines.setCurrentRow(row)
        details = shown.details.toPlainText()
        assert re.search(r"\d+ (Min\.|Sek\.)" if german else r"\d+ (min|sec)\b", details), details
    window.close()
