"""Settings: typed, persisted at once, and forgiving of a hand-edited file."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from workout_timer.domain.audio.cue_choices import CueChoices
from workout_timer.domain.routines.cue_groups import CueGroup
from workout_timer.qt.common import settings as settings_module
from workout_timer.qt.common.settings import AudioSettings, Settings
from workout_timer.qt.shell.window_geometry import remember_window


def test_values_survive_a_restart(tmp_path: Path) -> None:
    path = tmp_path / "settings.ini"
    first = Settings(path)
    assert first.audio == AudioSettings() and not first.muted and first.cue_choices == CueChoices()
    first.muted = True
    first.voice = "English (Great Britain)"
    first.rate = 0.25
    first.tone_volume = 0.5
    first.cue_choices = CueChoices().with_group(CueGroup.FORM, False).with_group(CueGroup.HALFWAY, False)
    again = Settings(path)
    assert again.muted and again.voice == "English (Great Britain)"
    assert again.audio == AudioSettings("English (Great Britain)", 0.25, 0.0, 1.0, 0.5)
    assert again.cue_choices == CueChoices(["form", "halfway"])
    again.cue_choices = CueChoices(["tones"])  # a single value is stored as a plain string
    assert Settings(path).cue_choices == CueChoices(["tones"])


def test_a_hand_edited_file_gives_sensible_values(tmp_path: Path) -> None:
    path = tmp_path / "settings.ini"
    path.write_text("[speech]\nrate=fast\npitch=7\nvolume=-2\n[sound]\nmuted=yes please\ncues_off=form, nonsense\n")
    settings = Settings(path)
    assert settings.rate == 0.0 and settings.pitch == 1.0 and settings.speech_volume == 0.0
    assert not settings.muted
    assert settings.cue_choices == CueChoices(["form"])


def test_a_new_file_is_written_with_the_current_version(tmp_path: Path) -> None:
    path = tmp_path / "settings.ini"
    settings = Settings(path)
    assert not path.exists()  # opening writes nothing
    settings.muted = True
    assert settings_module.VERSION_KEY in _keys(path)
    assert _keys(path)[settings_module.VERSION_KEY] == str(settings_module.current_version())


def _keys(path: Path) -> dict[str, str]:
    """The file's keys as the INI text has them (sections joined to keys with "/"; [General] has none)."""
    keys, section = {}, ""
    for line in path.read_text().splitlines():
        if line.startswith("["):
            section = "" if line == "[General]" else line.strip("[]") + "/"
        elif "=" in line:
            key, value = line.split("=", 1)
            keys[section + key] = value
    return keys


def _renamed(old: str, new: str, order: list[str]) -> Callable[[QSettings], None]:
    def step(store: QSettings) -> None:
        order.append(new)
        if store.contains(old):
            store.setValue(new, store.value(old))
            store.remove(old)

    return step


def test_an_old_file_is_brought_up_to_date_step_by_step(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    order: list[str] = []
    monkeypatch.setattr(
        settings_module,
        "MIGRATIONS",
        (_renamed("speech/speed", "speech/pace", order), _renamed("speech/pace", "speech/rate", order)),
    )
    path = tmp_path / "settings.ini"
    path.write_text("[speech]\nspeed=0.5\nvoice=English\n")  # version 1: the file had no version
    settings = Settings(path)
    assert order == ["speech/pace", "speech/rate"] and not settings.newer
    assert settings.rate == 0.5 and settings.voice == "English"
    keys = _keys(path)
    assert keys["version"] == "3" and keys["speech/rate"] == "0.5" and "speech/speed" not in keys
    order.clear()
    path.write_text("[General]\nversion=2\n[speech]\npace=0.25\n")  # only the steps not yet run
    assert Settings(path).rate == 0.25 and order == ["speech/rate"]
    order.clear()
    path.write_text("[General]\nversion=two\n[speech]\nspeed=0.75\n")  # a version spoilt by hand: from the start
    assert Settings(path).rate == 0.75 and order == ["speech/pace", "speech/rate"]


def test_a_file_from_a_newer_app_is_read_and_never_written(
    tmp_path: Path, qtbot: QtBot, caplog: pytest.LogCaptureFixture
) -> None:
    path = tmp_path / "settings.ini"
    newer = f"[General]\nversion={settings_module.current_version() + 1}\nnew_thing=kept\n[sound]\nmuted=true\n"
    path.write_text(newer)
    settings = Settings(path)
    assert settings.newer and settings.muted
    assert f"{path} was written by a newer version of the app: it is read, and changes are not kept" in caplog.text
    with qtbot.waitSignal(settings.mutedChanged, timeout=1000) as blocker:
        settings.muted = False
    assert blocker.args == [False] and not settings.muted  # the change holds while the app runs
    settings.cue_choices = CueChoices(["form"])
    assert settings.cue_choices == CueChoices(["form"])
    assert path.read_text() == newer
    assert Settings(path).muted


def test_the_window_place_of_a_newer_file_is_left_as_it_was(tmp_path: Path, qtbot: QtBot) -> None:
    path = tmp_path / "settings.ini"
    newer = f'[General]\nversion={settings_module.current_version() + 1}\n[window]\ngeometry="10,20,800,600"\n'
    path.write_text(newer)
    window = QWidget()
    qtbot.addWidget(window)
    window.setGeometry(30, 40, 700, 500)
    remember_window(window, Settings(path))
    assert path.read_text() == newer
