"""A session asked for before the voice is ready (as `workout-timer start` opens the app): it waits for the voice
through the real audio host with QtTextToSpeech's `mock` engine, and the keys, the stop question and a remote hold
the wait as they hold a session.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from tests.helpers.app_window import app_window
from tests.helpers.voiced import Voiced
from workout_timer import resources
from workout_timer.domain.common.clock import FakeClock
from workout_timer.domain.history.event_log import read_event_log
from workout_timer.domain.session.fresh_input import GUARD
from workout_timer.domain.session.snapshot import State
from workout_timer.qt.session.announcer import Announcer

pytestmark = pytest.mark.slow  # every test runs the real audio host


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
