"""A session driven without getting up: a presenter clicker's keys, the keyboard's media keys and a media
remote's buttons, through the real window on a fake clock."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from tests.helpers.app_window import app_window
from tests.qt.shell.test_player_app import open_short_routine, tick
from workout_timer.domain.common.clock import FakeClock
from workout_timer.domain.common.paths import user_log_dir
from workout_timer.domain.history.event_log import read_event_log
from workout_timer.domain.session.remote import Command
from workout_timer.domain.session.snapshot import State
from workout_timer.qt.shell.main_window import MainWindow


@pytest.fixture
def window(qtbot: QtBot, clock: FakeClock, tmp_path: Path) -> Iterator[MainWindow]:
    main = app_window(qtbot, clock, tmp_path)
    main.settings.keep_event_log = True
    yield main
    main.close()


def press(qtbot: QtBot, main: MainWindow, key: Qt.Key) -> None:
    focused = QApplication.focusWidget() or main
    if key.name.startswith("Key_Media"):  # keys QTest has no text for: sent as the keyboard sends them
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(focused, QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier))
        return
    qtbot.keyClick(focused, key)


def state(main: MainWindow) -> State:
    assert main.session.driver is not None
    return main.session.driver.engine.state


def records(main: MainWindow) -> list[dict[str, object]]:
    return [record for log in sorted(user_log_dir().glob("*.jsonl")) for record in read_event_log(log)]


def test_a_presenter_clicker_pauses_skips_and_finishes_steps_at_your_own_pace(
    qtbot: QtBot, window: MainWindow, clock: FakeClock
) -> None:
    open_short_routine(qtbot, window)
    player = window.session.player_view
    tick(window, clock, 6)
    assert player.name.text() == "Plank"
    press(qtbot, window, Qt.Key.Key_B)
    assert state(window) is State.PAUSED
    clock.advance(1)  # a second press, not a key held down
    press(qtbot, window, Qt.Key.Key_Period)
    assert state(window) is State.RUNNING
    press(qtbot, window, Qt.Key.Key_PageDown)  # skip the plank
    assert player.phase_title.text() == "REST · NEXT UP"
    clock.advance(1)
    press(qtbot, window, Qt.Key.Key_PageUp)  # straight back
    assert player.name.text() == "Plank"
    tick(window, clock, 20 + 10 + 10 + 5 + 10 + 10)
    assert player.done_button.isVisible()  # the push-ups, at your own pace
    press(qtbot, window, Qt.Key.Key_PageDown)  # Done, from the mat
    summary = window.session.summary_view.text.toPlainText()
    assert window.current_view() is window.session.summary_view
    assert "4 of 4 steps done" in summary  # finished, not skipped


def test_media_keys_play_pause_skip_and_stop_without_the_question(
    qtbot: QtBot, window: MainWindow, clock: FakeClock
) -> None:
    open_short_routine(qtbot, window)
    tick(window, clock, 6)
    press(qtbot, window, Qt.Key.Key_MediaTogglePlayPause)
    assert state(window) is State.PAUSED
    clock.advance(1)
    press(qtbot, window, Qt.Key.Key_MediaPlay)
    assert state(window) is State.RUNNING
    clock.advance(1)
    press(qtbot, window, Qt.Key.Key_MediaNext)
    assert window.session.player_view.phase_title.text() == "REST · NEXT UP"
    clock.advance(1)
    press(qtbot, window, Qt.Key.Key_MediaStop)
    assert not window.session.player_view.asking_to_stop()
    assert window.current_view() is window.session.summary_view
    assert "Session stopped from your remote" in window.session.summary_view.text.toPlainText()


def test_a_remote_stop_closes_the_question_and_a_remote_play_answers_it(
    qtbot: QtBot, window: MainWindow, clock: FakeClock
) -> None:
    open_short_routine(qtbot, window)
    tick(window, clock, 6)
    player = window.session.player_view
    press(qtbot, window, Qt.Key.Key_Escape)  # the question, and the session paused while it is open
    assert player.asking_to_stop() and state(window) is State.PAUSED
    remote = window.session.remote.mpris
    remote.commanded.emit(Command.PLAY)  # from across the room: the question goes, the session goes on
    assert not player.asking_to_stop() and state(window) is State.RUNNING
    tick(window, clock, 1)
    remote.commanded.emit(Command.PAUSE)
    assert state(window) is State.PAUSED
    remote.commanded.emit(Command.PAUSE)  # Pause when paused does nothing
    assert state(window) is State.PAUSED
    press(qtbot, window, Qt.Key.Key_Escape)
    remote.commanded.emit(Command.STOP)
    assert window.current_view() is window.session.summary_view
    assert not player.asking_to_stop()
    (finished,) = [record for record in records(window) if record["event"] == "session_finished"]
    assert finished["result"] == "abandoned" and finished["stopped_from"] == "remote"


def test_the_remote_shows_the_session_and_leaves_with_it(qtbot: QtBot, window: MainWindow, clock: FakeClock) -> None:
    open_short_routine(qtbot, window)
    tick(window, clock, 6)
    remote = window.session.remote.mpris
    assert remote.view is not None and remote.view.title == "Plank" and remote.view.artist == "Short test session"
    press(qtbot, window, Qt.Key.Key_Space)
    assert remote.properties["PlaybackStatus"] == "Paused"
    remote.commanded.emit(Command.STOP)
    assert remote.view is None and not remote.published  # no session, no player


def test_the_keys_of_clickers_and_media_are_told_in_help_and_the_readme() -> None:
    from workout_timer.domain.desktop.guide import KEYS_HTML

    readme = (Path(__file__).parents[3] / "README.md").read_text()
    for key in ("Page Down", "Page Up", "B", "."):
        assert f"<b>{key}</b>" in KEYS_HTML
    assert "| Page Down / Page Up |" in readme and "| B or . |" in readme and "| media keys ⏯ ⏭ ⏮ ⏹ |" in readme


def test_with_move_on_chosen_a_step_at_your_own_pace_moves_on_by_itself(
    qtbot: QtBot, window: MainWindow, clock: FakeClock
) -> None:
    window.menus.move_on.trigger()  # Session → Move on by itself after a step at my own pace
    assert window.settings.move_on
    open_short_routine(qtbot, window)
    tick(window, clock, 5 + 20 + 10 + 10 + 5 + 10 + 10)  # the push-ups: 8 reps, about 24 s
    assert window.session.player_view.done_button.isVisible()
    assert window.session.remote.mpris.view is not None and window.session.remote.mpris.view.length == 36_000_000
    tick(window, clock, 31)  # "Moving on in 5"
    tick(window, clock, 4.9)
    assert window.current_view() is window.session.player_view  # still time to finish
    tick(window, clock, 0.1)
    assert window.current_view() is window.session.summary_view
    assert "4 of 4 steps done" in window.session.summary_view.text.toPlainText()
    events = [record["event"] for record in records(window)]
    assert "moved_on" in events and "done" not in events
    texts = [record.get("text") for record in records(window) if record["event"] == "cue"]
    assert "Moving on in 5." in texts
