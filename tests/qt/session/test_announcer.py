"""The voice through the real audio host process, with QtTextToSpeech's `mock` engine.

The mock engine makes no sound but reports every word it "says" (one each 50 ms at the fastest
rate), so these tests read exactly what a session said, in order, on the fake clock.
"""

from __future__ import annotations

import json
import os
import re
import signal
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from tests.helpers.app_window import app_window, run_short_session
from tests.helpers.voiced import Voiced
from workout_timer import resources
from workout_timer.domain.common.clock import FakeClock
from workout_timer.domain.history.event_log import read_event_log
from workout_timer.domain.routines.timeline import build_timeline
from workout_timer.domain.session.cues import plan_cues
from workout_timer.domain.session.start_gate import Readiness
from workout_timer.qt.common.settings import AudioSettings, Settings
from workout_timer.qt.session.announcer import Announcer

pytestmark = pytest.mark.slow  # every test runs the real audio host

SAID = "said:"


@pytest.fixture
def voiced(qtbot: QtBot, clock: FakeClock, tmp_path: Path) -> Iterator[Voiced]:
    """The app with a started mock voice, and what it said."""
    announcer = Announcer(resources.assets_dir() / "sounds", speech_engine="mock")
    main = app_window(qtbot, clock, tmp_path, announcer=announcer)
    heard: list[str] = []
    host = announcer.host
    host.word.connect(heard.append)
    real_say = host.say

    def say(text: str, estimate: float) -> int | None:
        heard.append(SAID + text)
        return real_say(text, estimate)

    host.say = say  # type: ignore[method-assign]
    with qtbot.waitSignal(host.voicesReady, timeout=15000):
        announcer.start(AudioSettings(rate=1.0))
    yield Voiced(main, heard)
    main.close()
    assert not host.running


def words(text: str) -> list[str]:
    return re.findall(r"[\w']+", text)  # the mock engine splits "push-up" in two


def utterances(heard: list[str]) -> list[tuple[str, list[str]]]:
    """Each `say` with the words the engine reported for it, in order."""
    said: list[tuple[str, list[str]]] = []
    for item in heard:
        if item.startswith(SAID):
            said.append((item[len(SAID) :], []))
        else:
            assert said, f"a word before anything was said: {item!r}"
            said[-1][1].append(item)
    return said


def test_the_words_spoken_in_a_whole_routine_are_the_cue_plan_in_order(
    qtbot: QtBot, voiced: Voiced, clock: FakeClock
) -> None:
    run_short_session(qtbot, voiced.window, clock)
    entry = voiced.window.library.find("short-test")
    assert entry is not None and entry.routine is not None
    plan = plan_cues(build_timeline(entry.routine))
    expected = [cue.text for cue in plan.cues if cue.is_speech]
    said = utterances(voiced.heard)
    assert [text for text, _ in said] == expected
    for text, spoken in said:  # every word of each cue, none cut off and none from another cue
        assert [w.lower() for w in spoken] == [w.lower() for w in words(text)], text


def test_muted_means_no_words(qtbot: QtBot, voiced: Voiced, clock: FakeClock) -> None:
    window = voiced.window
    window.session.player_view.muteRequested.emit()  # as the M key does
    assert window.settings.muted
    run_short_session(qtbot, window, clock)
    assert voiced.heard == []


def test_skipping_cuts_an_old_cue_and_never_overlaps(qtbot: QtBot, voiced: Voiced, clock: FakeClock) -> None:
    window = voiced.window
    entry = window.library.find("short-test")
    assert entry is not None
    window.start_session(entry)
    driver = window.session.driver
    assert driver is not None
    host = window.announcer.host
    qtbot.waitUntil(lambda: len(voiced.heard) >= 2, timeout=5000)  # "Get ready" has begun
    driver.skip()  # mid-word: the plank's announcement replaces it at once
    with qtbot.waitSignal(host.finished, timeout=5000):
        pass
    said = utterances(voiced.heard)
    assert [text for text, _ in said] == ["Get ready.", "Plank, 20 seconds."]
    assert said[1][1] == ["Plank", "20", "seconds"]
    assert not host.speaking


def test_the_settings_dialog_changes_what_is_heard_at_once(qtbot: QtBot, voiced: Voiced) -> None:
    from workout_timer.domain.routines.cue_groups import CueGroup
    from workout_timer.qt.preferences.settings_dialog import AUTOMATIC, TEST_SENTENCE, SettingsDialog

    window = voiced.window
    window.show_settings()
    dialog = window.findChild(SettingsDialog)
    assert dialog is not None and dialog.isVisible()
    names = [dialog.voice.itemText(i) for i in range(dialog.voice.count())]
    anne = "English (United Kingdom) · Anne"  # a voice named by its language in the app's words, then its own name
    assert names[0] == AUTOMATIC and anne in names and dialog.test_voice.isEnabled()
    assert dialog.voice_status.text().startswith("The voice “") and "speaks English (" in dialog.voice_status.text()

    dialog.voice.setCurrentIndex(names.index(anne))
    dialog.rate.setValue(10)
    dialog.cues[CueGroup.FORM].setChecked(False)
    again = Settings(window.settings.path)
    assert again.voice == "Anne" and again.rate == 1.0
    assert not window.announcer.audio.choices.wants(CueGroup.FORM) and not again.cue_choices.wants(CueGroup.FORM)

    qtbot.mouseClick(dialog.test_voice, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(window.announcer.host.finished, timeout=5000):
        pass
    assert utterances(voiced.heard) == [(TEST_SENTENCE, words(TEST_SENTENCE))]
    assert window.announcer.host.voice == "Anne"
    assert dialog.voice_status.text() == "The voice “Anne” speaks English (United Kingdom)."  # the one now in use

    dialog.muted.setChecked(True)
    assert window.settings.muted and window.announcer.audio.muted
    dialog.close()


def test_a_voice_that_stops_answering_is_given_up_with_one_notice(
    qtbot: QtBot, voiced: Voiced, clock: FakeClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    import workout_timer.qt.audio.audio_client as audio_client

    window = voiced.window
    host = window.announcer.host
    monkeypatch.setattr(audio_client, "WATCHDOG_SLACK", 0.1)
    monkeypatch.setattr(audio_client, "MAX_RESTARTS", 0)  # a new host would do no better (test_audio_host_restart)
    real_send = host._send
    monkeypatch.setattr(
        host, "_send", lambda command, **fields: None if command == "say" else real_send(command, **fields)
    )
    notices: list[str] = []
    window.announcer.voiceLost.connect(notices.append)
    entry = window.library.find("short-test")
    assert entry is not None
    window.start_session(entry)  # "Get ready." goes out and nothing ever answers
    with qtbot.waitSignal(host.voiceFailed, timeout=5000):
        pass
    assert not host.voice_ready and not host.speaking
    assert window.session.driver is not None and window.session.driver.running  # the timer goes on
    clock.advance(5.0)
    window.session.driver.wake()
    assert "Plank" in window.session.player_view.sound_note.text()  # the cue, on screen
    assert len(notices) == 1 and "cues show on screen" in notices[0]
    assert window.announcer.audio.voice is Readiness.FAILED  # nothing more is sent to the voice


def test_no_speech_engine_leaves_the_screen(qtbot: QtBot, tmp_path: Path) -> None:
    announcer = Announcer(resources.assets_dir() / "sounds", speech_engine="no-such-engine")
    failed: list[str] = []
    announcer.host.voiceFailed.connect(failed.append)
    with qtbot.waitSignal(announcer.host.voiceFailed, timeout=15000):
        announcer.start()
    assert "not installed" in failed[0]
    announcer.shut_down()


def test_a_player_opened_after_the_voice_was_lost_says_so(qtbot: QtBot, clock: FakeClock, tmp_path: Path) -> None:
    """The voice failed before the first session: the player, built later, asks the announcer (the one
    that knows) and says the cues show on screen."""
    announcer = Announcer(resources.assets_dir() / "sounds", speech_engine="no-such-engine")
    window = app_window(qtbot, clock, tmp_path, announcer=announcer)
    with qtbot.waitSignal(announcer.voiceLost, timeout=15000):
        window.start_audio()
    entry = window.library.find("short-test")
    assert entry is not None
    window.start_session(entry)
    player = window.session.player_view
    assert player.sound_note.text() == "“Get ready.”"  # the cue, on screen instead
    player.cue_note.timer.timeout.emit()  # as its timer does when the cue has been shown long enough
    assert player.sound_note.text() == "Voice off: cues show here"
    window.close()


def test_the_audio_host_does_not_warn_about_optional_sound_libraries_on_every_start(tmp_path: Path) -> None:
    """Qt Multimedia's "Couldn't load pipewire-0.3 library" came with every `./dev run`."""
    env = {k: v for k, v in os.environ.items() if k != "QT_LOGGING_RULES"}
    commands = json.dumps({"cmd": "start_sounds", "folder": str(resources.assets_dir() / "sounds"), "volume": 1.0})
    done = subprocess.run(
        [sys.executable, "-m", "workout_timer.qt.audio.audio_host"],
        input=commands + "\n" + json.dumps({"cmd": "quit"}) + "\n",
        env=env, capture_output=True, text=True, timeout=60, check=True,
    )  # fmt: skip
    assert '"event": "sounds_' in done.stdout  # Qt Multimedia was loaded
    assert "symbols" not in done.stderr and "pipewire" not in done.stderr, done.stderr


def test_an_audio_host_killed_mid_session_is_started_afresh_and_the_session_is_heard_again(
    qtbot: QtBot, voiced: Voiced, clock: FakeClock, tmp_path: Path
) -> None:
    """kill -9 of the host, as a crash: it is started again, the user is told nothing, and the cues go on."""
    window, log = voiced.window, tmp_path / "events.jsonl"
    entry = window.library.find("short-test")
    assert entry is not None
    notices: list[str] = []
    window.announcer.voiceLost.connect(notices.append)
    window.announcer.tonesLost.connect(notices.append)
    window.start_session(entry, log)  # the voice is ready: no wait
    host = window.announcer.host
    qtbot.waitUntil(lambda: any(r["event"] == "cue_spoken" for r in read_event_log(log)), timeout=5000)
    first = host._process.pid()
    with qtbot.waitSignal(host.restarted, timeout=5000):
        os.kill(first, signal.SIGKILL)
    with qtbot.waitSignal(host.voicesReady, timeout=15000):
        pass
    assert host.running and host._process.pid() != first and host.restarts == 1
    assert host.voice_ready and not host.lost and notices == []
    driver = window.session.driver
    assert driver is not None
    clock.advance(5.0)  # the plank starts: its name is said by the new host
    driver.wake()
    qtbot.waitUntil(lambda: "Plank, 20 seconds." in spoken_texts(log), timeout=5000)
    assert window.announcer.audio.voice is Readiness.READY
    if host.sounds_failed:  # no sound output here: the tones failed before the kill, and stay failed after it
        tones = [r for r in read_event_log(log) if r["event"] == "cue_dropped" and "sound" in r]
        reasons = {r["reason"] for r in tones}  # the clock jumped 5 s: beeps over a second old went as late
        assert "tones unavailable" in reasons and "tones not ready" not in reasons, tones


def spoken_texts(log: Path) -> list[str]:
    return [r["text"] for r in read_event_log(log) if r["event"] == "cue_spoken"]


def test_cues_after_the_audio_host_is_given_up_are_logged_with_the_reason(
    qtbot: QtBot, voiced: Voiced, clock: FakeClock, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import workout_timer.qt.audio.audio_client as audio_client

    monkeypatch.setattr(audio_client, "MAX_RESTARTS", 0)  # every restart used up: the next death is the last
    window, log = voiced.window, tmp_path / "events.jsonl"
    entry = window.library.find("short-test")
    assert entry is not None
    notices: list[str] = []
    window.announcer.voiceLost.connect(notices.append)
    window.start_session(entry, log)
    host = window.announcer.host
    qtbot.waitUntil(lambda: any(r["event"] == "cue_spoken" for r in read_event_log(log)), timeout=5000)
    with qtbot.waitSignal(host.voiceFailed, timeout=5000):
        os.kill(host._process.pid(), signal.SIGKILL)
    assert host.lost and not host.running
    assert notices == ["The voice is unavailable, so cues show on screen only. The audio helper stopped."]
    clock.advance(5.0)
    assert window.session.driver is not None
    window.session.driver.wake()
    dropped = [
        (r["text"] if "text" in r else r["sound"], r["reason"])
        for r in read_event_log(log)
        if r["event"] == "cue_dropped"
    ]
    assert ("Plank, 20 seconds.", "host lost") in dropped
    tone = next(reason for what, reason in dropped if what == "work")
    assert tone in ("host lost", "tones unavailable")  # without a sound server the tones failed first
