"""Settings: typed, persisted at once, and forgiving of a hand-edited file."""

from __future__ import annotations

from pathlib import Path

from workout_timer.domain.cue_choices import CueChoices, CueGroup
from workout_timer.qt.settings import AudioSettings, Settings


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
