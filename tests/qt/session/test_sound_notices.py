"""What the notices say when the voice or the tones are lost: only what is true, in whole sentences."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from workout_timer import resources
from workout_timer.qt.session.announcer import Announcer


def told(qtbot: QtBot, announcer: Announcer, failed: str, reason: str) -> str:
    """The notice the announcer gives when its audio host says `failed` (the host is never started)."""
    host = announcer.host
    signal = announcer.voiceLost if failed == "voice" else announcer.tonesLost
    with qtbot.waitSignal(signal, timeout=1000) as blocker:
        (host.voiceFailed if failed == "voice" else host.soundsFailed).emit(reason)
    return str(blocker.args[0])


def test_a_lost_voice_says_the_tones_still_play_when_they_do(qtbot: QtBot) -> None:
    announcer = Announcer(resources.assets_dir() / "sounds")
    announcer.audio.tones_ready()
    assert told(qtbot, announcer, "voice", "Connection to speech-dispatcher failed") == (
        "The voice is unavailable, so cues show on screen; the tones still play. "
        "Connection to speech-dispatcher failed."
    )


def test_a_lost_voice_without_tones_says_on_screen_only(qtbot: QtBot) -> None:
    announcer = Announcer(resources.assets_dir() / "sounds")
    announcer.audio.tones_starting()
    announcer.host.soundsFailed.emit("No sound output was found.")
    assert told(qtbot, announcer, "voice", "The speech engine has no English voice.") == (
        "The voice is unavailable, so cues show on screen only. The speech engine has no English voice."
    )


def test_lost_tones_end_their_reason_with_a_full_stop(qtbot: QtBot) -> None:
    announcer = Announcer(resources.assets_dir() / "sounds")
    assert told(qtbot, announcer, "tones", "The sound output would not start") == (
        "The app's tones can't be played. The sound output would not start."
    )
