"""A language a translator starts with the documented commands (docs/translating.md: `./dev i18n new fr`, then
`./dev i18n compile`) is offered in the preferences at once, by its own name, and can be chosen with the keys."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from scripts import translations
from workout_timer import resources
from workout_timer.domain.common import language
from workout_timer.qt.common.settings import Settings
from workout_timer.qt.preferences.language_choice import LanguageChoice


@pytest.fixture
def locale_copy(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """The app's catalogues in a folder of the test's own, where the translator's commands write and the app reads."""
    locale = tmp_path / "locale"
    shutil.copytree(resources.locale_dir(), locale)
    monkeypatch.setattr(translations, "LOCALE", locale)
    monkeypatch.setattr(resources, "locale_dir", lambda: locale)
    language.shipped.cache_clear()
    yield locale
    monkeypatch.undo()  # the app's own catalogues again before the list is made anew: no French left for later tests
    language.shipped.cache_clear()


def offered(choice: LanguageChoice) -> list[str]:
    return [choice.combo.itemText(i) for i in range(choice.combo.count())]


def test_french_started_and_compiled_is_in_the_language_list(
    qtbot: QtBot, tmp_path: Path, locale_copy: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert translations.main(["new", "fr"]) == 0
    assert (locale_copy / "fr" / "LC_MESSAGES" / "workout_timer.po").is_file()
    assert (locale_copy / "fr" / "LC_MESSAGES" / "content.po").is_file()
    assert "français" not in offered(LanguageChoice(Settings(tmp_path / "a.ini"))), "not before it is compiled"
    language.shipped.cache_clear()  # a new start
    assert translations.main(["compile"]) == 0
    assert str(locale_copy / "fr" / "LC_MESSAGES" / "workout_timer.mo") in capsys.readouterr().out

    settings = Settings(tmp_path / "settings.ini")
    choice = LanguageChoice(settings)
    qtbot.addWidget(choice)
    choice.show()
    assert offered(choice)[1:] == ["English", "Deutsch", "français"]
    choice.combo.setFocus()
    qtbot.keyClick(choice.combo, Qt.Key.Key_End)
    assert Settings(tmp_path / "settings.ini").language == "fr"
    assert language.choose("fr", "") == "fr"  # the next start speaks it
