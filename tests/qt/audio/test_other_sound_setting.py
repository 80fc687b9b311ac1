"""The sound dialog's choice of what becomes of other sound, through the real combo box and keys."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from tests.helpers.app_window import app_window
from workout_timer import resources
from workout_timer.domain.common.clock import FakeClock
from workout_timer.qt.common.settings import AudioSettings, Settings
from workout_timer.qt.preferences.other_sound import LABELS, NOT_HERE, NOTES
from workout_timer.qt.session.announcer import Announcer
from workout_timer.qt.shell.main_window import MainWindow


@pytest.fixture
def window(qtbot: QtBot, clock: FakeClock, tmp_path: Path) -> Iterator[MainWindow]:
    """The app with its audio host started; the tests' runtime folder has no sound server."""
    announcer = Announcer(resources.assets_dir() / "sounds", speech_engine="mock")
    main = app_window(qtbot, clock, tmp_path, announcer=announcer)
    with qtbot.waitSignal(announcer.host.duckingChecked, timeout=15000) as checked:
        announcer.start(AudioSettings())
    assert checked.args[0] is False
    yield main
    main.close()


@pytest.mark.slow  # the real audio host
def test_lowering_says_it_is_not_available_without_a_sound_server_and_the_choice_is_kept(
    qtbot: QtBot, window: MainWindow
) -> None:
    from workout_timer.qt.preferences.settings_dialog import SettingsDialog

    window.show_settings()
    dialog = window.findChild(SettingsDialog)
    assert dialog is not None
    combo = dialog.others.combo
    assert combo.currentData() == "lower", "the default"
    assert combo.itemText(0) == NOT_HERE.format(choice=LABELS["lower"])
    assert "PulseAudio or PipeWire" in dialog.others.note.text()

    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_End)
    assert combo.currentData() == "leave"
    assert dialog.others.note.text() == NOTES["leave"]
    assert Settings(window.settings.path).others == "leave", "kept at once"
    assert window.announcer.host.others == "leave", "and the audio host told"

    qtbot.keyClick(combo, Qt.Key.Key_Home)
    assert combo.currentData() != "lower", "a choice that can't be had here can't be chosen"
    dialog.close()


def test_an_unknown_value_in_the_file_reads_as_the_default(tmp_path: Path) -> None:
    settings = Settings(tmp_path / "settings.ini")
    settings.other_sound = "shout"
    assert Settings(tmp_path / "settings.ini").others == "lower"
    assert Settings(tmp_path / "settings.ini").audio.others == "lower"
