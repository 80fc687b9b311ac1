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
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from tests.helpers.app_window import app_window, run_short_session
from workout_timer import resources
from workout_timer.domain.common.clock import FakeClock
from workout_timer.domain.history.event_log import read_event_log
from workout_timer.domain.routines.timeline import build_timeline
from workout_timer.domain.session.cues import plan_cues
from workout_timer.domain.session.fresh_input import GUARD
from workout_timer.domain.session.snapshot import State
from workout_timer.domain.session.start_gate import Readiness
from workout_timer.qt.common.settings import AudioSettings, Settings
from workout_timer.qt.session.announcer import Announcer
from workout_timer.qt.shell.main_window import MainWindow

pytestmark = pytest.mark.slow  # every test runs the real audio host

SAID = "said:"


@dataclass
class Voiced:
    window: MainWindow
    heard: list[str]
    """Each `say` (as SAID + text) and each word the engine reported, in order."""


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


@pytest.fixture
def at_once(qtbot: QtBot, clock: FakeClock, tmp_path: Path) -> Iterator[Voiced]:
    """The app as `workout-timer start` opens it: the voice not started yet when the session is asked for."""
    announcer = Announcer(resources.assets_dir() / "sounds", speech_engine="mock")
    main = app_window(qtbot, clock, tmp_path, announcer=announcer)
    heard: list[str] = []
    announcer.host.word.connect(heard.append)
    main.start_audio_once_painted()  # as the app does; a session asked for before the paint starts the audio
    yield Voiced(main, heard)
    main.close()
    assert not announcer.host.running


def test_a_session_started_at_once_waits_for_the_voice_and_every_cue_is_heard(
    qtbot: QtBot, at_once: Voiced, clock: FakeClock, tmp_path: Path
) -> None:
    window, log = at_once.window, tmp_path / "events.jsonl"
    entry = window.library.find("short-test")
    assert entry is not None
    window.start_session(entry, log)
    driver = window.session.driver
    assert driver is not None and driver.engine.state is State.READY  # the session's clock has not started
    assert window.session.player_view.name.text() == "Getting the voice ready…"
    clock.advance(1.0)  # the voice takes its time
    with qtbot.waitSignal(driver.happened, timeout=15000):
        pass
    assert driver.engine.started_at == clock() and driver.engine.state is State.RUNNING
    assert window.session.player_view.name.text() == "Plank"  # the prepare step names what comes
    qtbot.waitUntil(lambda: [w.lower() for w in at_once.heard] == ["get", "ready"], timeout=5000)
    qtbot.waitUntil(lambda: any(r["event"] == "cue_spoken" for r in read_event_log(log)), timeout=5000)
    records = read_event_log(log)
    assert [r["event"] for r in records[:2]] == ["session_started", "audio_wait"]
    assert records[1]["voice"] == "ready" and records[1]["waited"] == 1.0
    (spoken,) = [r for r in records if r["event"] == "cue_spoken"]
    assert spoken["text"] == "Get ready." and spoken["t"] == 0.0 and spoken["planned"] == 0.0


def test_the_wait_for_the_voice_can_be_paused_and_stopped_with_the_keys(
    qtbot: QtBot, at_once: Voiced, clock: FakeClock, tmp_path: Path
) -> None:
    window, player = at_once.window, at_once.window.session.player_view
    entry = window.library.find("short-test")
    assert entry is not None
    window.start_session(entry, tmp_path / "events.jsonl")
    qtbot.keyClick(player, Qt.Key.Key_Space)
    assert player.name.text() == "Paused · Space to start"
    with qtbot.waitSignal(window.announcer.host.voicesReady, timeout=15000):
        pass
    driver = window.session.driver
    assert driver is not None and driver.engine.state is State.READY  # ready, but the user has not gone on
    clock.advance(10.0)
    driver.sound_changed()  # as the wait's deadline would
    assert driver.engine.state is State.READY
    qtbot.keyClick(player, Qt.Key.Key_Space)
    assert driver.engine.state is State.RUNNING and driver.engine.started_at == clock()

    window.start_session(entry, tmp_path / "stopped.jsonl")  # the voice is ready now: no wait
    assert window.session.driver is not None and window.session.driver.engine.state is State.RUNNING


def test_a_session_stopped_while_it_waits_for_the_voice_ends_with_nothing_done(
    qtbot: QtBot, at_once: Voiced, tmp_path: Path, clock: FakeClock
) -> None:
    window, log = at_once.window, tmp_path / "events.jsonl"
    entry = window.library.find("short-test")
    assert entry is not None
    window.start_session(entry, log)
    qtbot.keyClick(window.session.player_view, Qt.Key.Key_Escape)
    assert window.session.player_view.asking_to_stop()
    clock.advance(1.0)
    qtbot.keyClick(window.session.player_view, Qt.Key.Key_Return)
    assert window.current_view() is window.preview_view and window.session.driver is None  # back where it began
    records = read_event_log(log)
    assert [r["event"] for r in records] == ["audio_wait", "session_finished"]
    assert records[1]["result"] == "abandoned" and records[1]["active_seconds"] == 0
    assert at_once.heard == []
    assert window.history.sessions() == []  # it never began: nothing for the history


def test_a_session_stopped_before_it_began_asks_nothing_afterwards(
    qtbot: QtBot, at_once: Voiced, clock: FakeClock
) -> None:
    """No "After…" check-in for a session that never began, and its check-in before is not kept."""
    window = at_once.window
    window.settings.check_ins = True
    entry = window.library.find("short-test")
    assert entry is not None
    window.show_preview(entry)
    clock.advance(GUARD)  # the moment it takes to read it
    qtbot.keyClick(window.preview_view, Qt.Key.Key_Return)
    clock.advance(1.0)
    for answer in (Qt.Key.Key_3, Qt.Key.Key_Return):
        qtbot.keyClick(window.session.check_in_view, answer)
    assert window.current_view() is window.session.player_view and window.session.driver is not None
    assert window.session.driver.engine.state is State.READY  # waiting for the voice
    qtbot.keyClick(window.session.player_view, Qt.Key.Key_Escape)
    clock.advance(1.0)
    qtbot.keyClick(window.session.player_view, Qt.Key.Key_Return)
    assert window.current_view() is window.preview_view
    assert window.history.sessions() == [] and window.history.check_ins() == []


def test_sound_off_during_the_wait_starts_the_session_at_once(qtbot: QtBot, at_once: Voiced, tmp_path: Path) -> None:
    window, log = at_once.window, tmp_path / "events.jsonl"
    entry = window.library.find("short-test")
    assert entry is not None
    window.start_session(entry, log)
    driver = window.session.driver
    assert driver is not None and driver.engine.state is State.READY
    assert window.session.player_view.name.text() == "Getting the voice ready…"
    qtbot.keyClick(window.session.player_view, Qt.Key.Key_M)  # nothing will be heard: nothing to wait for
    assert driver.engine.state is State.RUNNING
    (dropped,) = [r for r in read_event_log(log) if r["event"] == "cue_dropped"]
    assert dropped["text"] == "Get ready." and dropped["reason"] == "muted"


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


def test_the_stop_question_holds_a_session_still_waiting_for_the_voice(
    qtbot: QtBot, at_once: Voiced, clock: FakeClock
) -> None:
    window, player = at_once.window, at_once.window.session.player_view
    entry = window.library.find("short-test")
    assert entry is not None
    window.start_session(entry)
    qtbot.keyClick(player, Qt.Key.Key_Escape)
    assert player.asking_to_stop()
    with qtbot.waitSignal(window.announcer.host.voicesReady, timeout=15000):
        pass
    driver = window.session.driver
    assert driver is not None and driver.engine.state is State.READY  # not under the open question
    clock.advance(1.0)
    qtbot.keyClick(player.stop_question, Qt.Key.Key_Escape)  # keep going
    assert not player.asking_to_stop()
    assert driver.engine.state is State.RUNNING and driver.engine.started_at == clock()


def test_a_remotes_play_pause_while_the_session_waits_for_the_voice_shows_on_the_remote(
    qtbot: QtBot, at_once: Voiced, tmp_path: Path
) -> None:
    """A held wait changes no snapshot: the remote is told what its own button did (`PlayerRequests.remote_pressed`)."""
    from workout_timer.domain.session.remote import Command

    window = at_once.window
    entry = window.library.find("short-test")
    assert entry is not None
    window.start_session(entry, tmp_path / "events.jsonl")
    driver, remote = window.session.driver, window.session.remote
    assert driver is not None and driver.engine.state is State.READY  # waiting for the voice
    assert remote.mpris.properties["PlaybackStatus"] == "Playing"
    remote.mpris.commanded.emit(Command.PLAY_PAUSE)  # as a remote's button, over D-Bus
    assert not driver.going and remote.mpris.properties["PlaybackStatus"] == "Paused"
    remote.mpris.commanded.emit(Command.PLAY_PAUSE)
    assert driver.going and remote.mpris.properties["PlaybackStatus"] == "Playing"
