"""The language setting: chosen in the preferences with the keys, kept, and put into effect with Qt's own words
for its dialogs and the app's language in its calendars (at once in the open window: tests/qt/shell/
test_language_live.py)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QCalendarWidget, QDialogButtonBox, QToolButton
from pytestqt.qtbot import QtBot

from workout_timer.domain.common import language
from workout_timer.qt.common import app_language
from workout_timer.qt.common.settings import Settings
from workout_timer.qt.preferences.language_choice import LanguageChoice


def test_a_language_is_chosen_with_the_keys_and_kept_at_once(qtbot: QtBot, tmp_path: Path) -> None:
    settings = Settings(tmp_path / "settings.ini")
    chosen: list[str] = []
    settings.languageChanged.connect(chosen.append)
    choice = LanguageChoice(settings)
    qtbot.addWidget(choice)
    choice.show()
    assert choice.combo.currentData() == "" and choice.combo.currentText() == "The system's language"
    assert [choice.combo.itemText(i) for i in range(choice.combo.count())][1:] == ["English", "Deutsch"]

    choice.combo.setFocus()
    qtbot.keyClick(choice.combo, Qt.Key.Key_End)
    assert choice.combo.currentData() == "de"
    assert Settings(tmp_path / "settings.ini").language == "de", "kept at once"
    qtbot.keyClick(choice.combo, Qt.Key.Key_Up)
    assert Settings(tmp_path / "settings.ini").language == "en"
    assert chosen == ["de", "en"], "the window puts each into effect as it is chosen"

    assert not choice.english.isChecked()
    choice.english.setFocus()
    qtbot.keyClick(choice.english, Qt.Key.Key_Space)
    assert Settings(tmp_path / "settings.ini").english_speech


@pytest.mark.usefixtures("qt_language")
def test_the_next_start_speaks_the_language_chosen_with_qts_dialogs_and_calendars_in_it(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    settings = Settings(tmp_path / "settings.ini")
    settings.language = "de"
    assert app_language.apply(Settings(tmp_path / "settings.ini").language) == "de"
    assert language.current() == "de"
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)  # Qt's own words, from qtbase_de.qm
    qtbot.addWidget(buttons)
    assert buttons.button(QDialogButtonBox.StandardButton.Cancel).text().replace("&", "") == "Abbrechen"
    calendar = QCalendarWidget()
    qtbot.addWidget(calendar)
    calendar.setLocale(app_language.app_locale())
    calendar.setCurrentPage(2026, 12)
    month = calendar.findChild(QToolButton, "qt_calendar_monthbutton")
    assert month is not None and month.text().replace("&", "") == "Dezember"

    monkeypatch.setenv("LANG", "de_AT.UTF-8")
    settings.language = ""  # the system's
    assert app_language.apply(settings.language) == "de" and language.current_locale() == "de_AT"
    assert app_language.app_locale().toString(QDate(2026, 1, 6), "MMMM") == "Jänner"  # Austrian German
    assert app_language.apply("en") == "en"
    english = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)  # Qt's own translators taken off again
    qtbot.addWidget(english)
    assert english.button(QDialogButtonBox.StandardButton.Cancel).text().replace("&", "") == "Cancel"
