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
    assert told(qtbot, announcer, "voice", "The system's speech service (speech-dispatcher) can't be reached") == (
        "The voice is unavailable, so cues show on screen; the tones still play. "
        "The system's speech service (speech-dispatcher) can't be reached."
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


def test_no_voice_of_the_apps_language_is_told_once_in_it_and_the_cues_stay_on_screen(qtbot: QtBot) -> None:
    from workout_timer.domain.common import language

    language.use("de_DE")
    announcer = Announcer(resources.assets_dir() / "sounds")
    announcer.audio.tones_ready()
    notices: list[str] = []
    announcer.voiceLost.connect(notices.append)
    host = announcer.host
    with qtbot.waitSignal(announcer.voiceLost, timeout=1000):
        # What the audio host reports when no installed voice speaks German (tests/qt/audio/test_voice_language.py).
        host._on_message("speech_failed", {"reason": "No voice speaks the app's language.", "no_voice": "de"})
    host._on_message("speech_failed", {"reason": "No voice speaks the app's language.", "no_voice": "de"})
    assert notices == [
        "Die Stimme ist nicht verfügbar, darum erscheinen die Hinweise auf dem Bildschirm; die Töne sind weiter zu "
        "hören. Auf diesem Computer spricht keine Stimme Deutsch. Wenn du die Hinweise stattdessen auf Englisch "
        "hören möchtest, schalte das unter „Ton, Stimme und Sprache“ ein."
    ]
    assert host.voice_failed and not host.voice_ready


def test_english_speech_when_allowed_makes_the_cues_english(qtbot: QtBot) -> None:
    from tests.conftest import SHORT_ROUTINE
    from workout_timer.domain.common import language
    from workout_timer.domain.routines.loading import load_catalogue, load_routine_text
    from workout_timer.domain.routines.timeline import build_timeline
    from workout_timer.domain.session.cues import finish_cue

    language.use("de_DE")
    routine = load_routine_text(SHORT_ROUTINE, "short.yaml", load_catalogue(resources.catalogue_path()), "short")
    timeline = build_timeline(routine)
    assert finish_cue(timeline).text == "Training geschafft. Gut gemacht."
    announcer = Announcer(resources.assets_dir() / "sounds")
    with qtbot.waitSignal(announcer.host.voicesReady, timeout=1000):
        announcer.host._on_message(
            "speech_ready", {"voices": ["English (America)"], "voice": "English (America)", "language": "en"}
        )
    assert finish_cue(timeline).text == "Workout complete. Well done.", "said by an English voice, in English"
    assert language.current() == "de", "the screen keeps its language"


def test_in_german_the_notice_and_the_cause_it_quotes_are_german(qtbot: QtBot) -> None:
    from workout_timer.domain.common import language

    language.use("de_DE")
    announcer = Announcer(resources.assets_dir() / "sounds")
    host = announcer.host
    with qtbot.waitSignal(announcer.tonesLost, timeout=1000) as blocker:
        # What the audio host reports when no sound server answers (qt/audio/audio_host.py).
        host._on_message("sounds_failed", {"reason": "No sound output was found.", "no_output": True})
    assert blocker.args == ["Die Töne der App lassen sich nicht abspielen. Es wurde keine Tonausgabe gefunden."]
    with qtbot.waitSignal(announcer.voiceLost, timeout=1000) as blocker:
        host._on_watchdog()  # the voice never said it was ready
    assert blocker.args == [
        "Die Stimme ist nicht verfügbar, darum erscheinen die Hinweise nur auf dem Bildschirm. "
        "Sie brauchte zu lange zum Starten."
    ]
    for english in ("No", "sound", "output", "found", "took", "long", "start"):
        assert english not in blocker.args[0].split(), blocker.args[0]


def test_in_german_a_speech_engines_own_words_never_end_the_notice_in_english(qtbot: QtBot) -> None:
    """The last trial read "… nur auf dem Bildschirm. Connection to speech-dispatcher failed.": speech-dispatcher's
    words are the app's own now; words the app does not know stay in the log, and the notice says where."""
    from workout_timer import logs
    from workout_timer.domain.common import language

    language.use("de_DE")
    for reason, why in [
        ("Connection to speech-dispatcher failed", "Die Sprachausgabe des Systems (speech-dispatcher) ist nicht"),
        ("Audio device busy", f"Was das System dazu sagt, steht in {logs.where()}."),  # the log file, or the terminal
    ]:
        announcer = Announcer(resources.assets_dir() / "sounds")
        with qtbot.waitSignal(announcer.voiceLost, timeout=1000) as blocker:
            announcer.host._on_message("speech_failed", {"reason": reason})
        said = str(blocker.args[0])
        assert said.startswith("Die Stimme ist nicht verfügbar") and why in said, said
        assert not {"Connection", "failed", "Audio", "device", "busy"} & set(said.replace(".", " ").split()), said
