"""Notices during a session never cover what the runner reads or presses: the timer, the *Next up* line
and the player's buttons stay clear, however many notices come at once."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from tests.helpers.app_window import app_window
from workout_timer.domain.common.clock import FakeClock
from workout_timer.domain.session.fresh_input import GUARD

UNWRITABLE_HOME = (  # the three notices a start in an unwritable home gives
    "Your workout history can't be opened (the app is not allowed to change “/home/runner/.local/share/"
    "workout-timer”). Sessions are kept while the app is open.",
    "Your settings, routines and logs can't be kept: the app is not allowed to change your home folder. "
    "Workouts run as usual, but these are not saved.",
    "The voice is unavailable, so cues show on screen; the tones still play. Connection to speech-dispatcher failed.",
)


def in_window(widget: QWidget) -> QRect:
    window = widget.window()
    return QRect(widget.mapTo(window, widget.rect().topLeft()), widget.size())


def test_three_notices_over_the_player_leave_the_timer_next_up_and_buttons_clear(
    qtbot: QtBot, clock: FakeClock, tmp_path: Path
) -> None:
    window = app_window(qtbot, clock, tmp_path)
    entry = window.library.find("short-test")
    assert entry is not None
    window.show_preview(entry)
    clock.advance(GUARD)
    qtbot.keyClick(window.preview_view, Qt.Key.Key_Return)
    player = window.session.player_view
    assert window.current_view() is player and window.session.driver is not None
    clock.advance(7)  # into the plank: the timer, Next up and every button on screen
    window.session.driver.wake()
    for words in UNWRITABLE_HOME:
        window.notify(words)
    notices = window.notices
    assert notices.isVisible() and notices.messages() == list(UNWRITABLE_HOME)
    covered = notices.geometry()
    for part in (player.timer, player.next_up, player.pause_button, player.stop_button, player.next_button):
        assert part.isVisible()
        assert not covered.intersects(in_window(part)), part
    window.close()


def test_notices_stand_at_the_bottom_again_once_the_player_is_left(
    qtbot: QtBot, clock: FakeClock, tmp_path: Path
) -> None:
    window = app_window(qtbot, clock, tmp_path)
    window.notify(UNWRITABLE_HOME[0])
    assert window.notices.geometry().bottom() > window.height() * 0.8  # over the library: at the bottom
    window.close()
