"""Keys meant for the screen before never answer the check-in: held, repeating unmarked, pressed in the beat of
skipping steps, or pressed at once as it appears (the fresh-input rule: `fresh_input`)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from tests.helpers.app_window import app_window
from tests.helpers.check_in import press, settle, start
from tests.qt.session.test_check_in import answers, focused, key
from workout_timer.domain.care.back_care import CheckIn, Moment
from workout_timer.domain.common.clock import FakeClock
from workout_timer.qt.shell.main_window import MainWindow


@pytest.fixture
def window(qtbot: QtBot, clock: FakeClock, tmp_path: Path) -> Iterator[MainWindow]:
    main = app_window(qtbot, clock, tmp_path, check_ins=True)
    yield main
    main.close()


def held(view: QWidget, key: Qt.Key, times: int) -> None:
    """A key held down: the auto-repeated presses the system sends."""
    for _ in range(times):
        QApplication.sendEvent(view, QKeyEvent(QEvent.Type.KeyPress, key, Qt.KeyboardModifier.NoModifier, "", True))


def test_keys_from_the_player_never_answer_the_check_in(qtbot: QtBot, window: MainWindow, clock: FakeClock) -> None:
    start(qtbot, window, clock)
    press(qtbot, window, Qt.Key.Key_Escape)  # no check-in before
    for _ in range(8):  # → skips to the end of the session...
        press(qtbot, window, Qt.Key.Key_Right)
    view = window.session.check_in_view
    assert window.current_view() is view
    held(view, Qt.Key.Key_Right, 12)  # ...and is still held down when the check-in appears
    press(qtbot, window, Qt.Key.Key_Return)  # and Enter, pressed in the same moment
    assert window.current_view() is view and view.pain.checkedId() == -1
    assert answers(window) == []
    settle(clock)
    press(qtbot, window, Qt.Key.Key_2)
    held(view, Qt.Key.Key_Right, 3)  # a held key never answers, however late
    press(qtbot, window, Qt.Key.Key_Return)
    assert answers(window) == [CheckIn(Moment.AFTER, 2)]


def unmarked_repeats(view: QWidget, key: Qt.Key, first_ms: int, times: int, every_ms: int = 33) -> int:
    """A key held down on X11, where Qt marks only some repeats as such: these carry the system's times
    but no mark. Returns the time of the last one."""
    for number in range(times):
        event = QKeyEvent(QEvent.Type.KeyPress, key, Qt.KeyboardModifier.NoModifier)
        event.setTimestamp(first_ms + number * every_ms)
        QApplication.sendEvent(view, event)
    return first_ms + (times - 1) * every_ms


def test_a_key_held_through_the_check_in_never_answers_it_even_unmarked(
    qtbot: QtBot, window: MainWindow, clock: FakeClock
) -> None:
    """Seen on a real X server: → held at the end of a session set the pain after it to 10."""
    start(qtbot, window, clock)
    press(qtbot, window, Qt.Key.Key_Escape)  # no check-in before
    player = window.session.player_view
    last = unmarked_repeats(player, Qt.Key.Key_Right, 50_000, 15)  # held in the player: one step, not fifteen
    assert window.session.driver is not None and window.session.driver.engine.index == 1
    window.session.driver.stop()  # the session ends while → is still held
    view = window.session.check_in_view
    assert window.current_view() is view
    for _ in range(6):  # held on, past the guard time, repeating all along
        clock.advance(0.1)
        last = unmarked_repeats(view, Qt.Key.Key_Right, last + 33, 3)
    assert view.pain.checkedId() == -1 and answers(window) == []
    press(qtbot, window, Qt.Key.Key_4)  # let go; a real answer
    unmarked_repeats(view, Qt.Key.Key_Right, last + 1600, 1)  # and → pressed again once it has rested: one more
    press(qtbot, window, Qt.Key.Key_Return)
    assert answers(window) == [CheckIn(Moment.AFTER, 5)]


def beat(main: MainWindow, key: Qt.Key, at_ms: int) -> None:
    """A key pressed and let go as a finger does it (pressed at `at_ms`, let go 80 ms later, the system's times on
    both events), to whatever has the focus."""
    for kind, stamp in ((QEvent.Type.KeyPress, at_ms), (QEvent.Type.KeyRelease, at_ms + 80)):
        event = QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier)
        event.setTimestamp(stamp)
        QApplication.sendEvent(focused(main), event)


def test_an_arrow_pressed_in_the_rhythm_of_skipping_steps_answers_nothing_until_it_rests(
    qtbot: QtBot, window: MainWindow, clock: FakeClock
) -> None:
    """Seen on a real X server: → pressed every 0.6 s to skip to the end, slower than the guard time, chose a pain on
    the check-in after. A key that was skipping answers nothing until it rests; a number is an answer at once."""
    start(qtbot, window, clock)
    press(qtbot, window, Qt.Key.Key_Escape)  # no check-in before
    view = window.session.check_in_view
    at = 50_000
    while window.current_view() is not view:  # → in a steady beat, step after step, to the end of the session
        assert window.current_view() is window.session.player_view and at < 60_000
        beat(window, Qt.Key.Key_Right, at)
        clock.advance(0.6)
        at += 600
    for _ in range(3):  # and on, in the same beat, as the check-in appears: well past its guard time
        beat(window, Qt.Key.Key_Right, at)
        clock.advance(0.6)
        at += 600
    assert view.pain.checkedId() == -1 and answers(window) == []
    beat(window, Qt.Key.Key_4, at)  # a number, in the same beat: a key the player was not given, an answer
    assert view.pain.checkedId() == 4
    clock.advance(1.6)
    beat(window, Qt.Key.Key_Right, at + 1600)  # → after a rest of 1.6 s: one along the scale
    assert view.pain.checkedId() == 5
    beat(window, Qt.Key.Key_Right, at + 2200)  # and again at once: the scale's own now
    clock.advance(0.6)
    beat(window, Qt.Key.Key_Return, at + 2800)
    assert answers(window) == [CheckIn(Moment.AFTER, 6)]


def test_an_arrow_from_the_player_chooses_no_pain(qtbot: QtBot, window: MainWindow, clock: FakeClock) -> None:
    entry = window.library.find("short-test")
    assert entry is not None
    window.show_preview(entry)
    settle(clock)
    press(qtbot, window, Qt.Key.Key_Return)
    view = window.session.check_in_view
    key(qtbot, window, Qt.Key.Key_Right, Qt.Key.Key_Space)  # at once, on the pain scale: from the screen before
    assert view.pain.checkedId() == -1 and focused(window) is view.pain.button(0)
    settle(clock)
    key(qtbot, window, Qt.Key.Key_Right)
    assert view.pain.checkedId() == 1
