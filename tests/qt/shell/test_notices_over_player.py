"""Notices during a session never cover what the runner reads or presses: the timer, the *Next up* line
and the player's buttons stay clear, however many notices come at once."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import QApplication, QLabel, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from tests.helpers.app_window import app_window
from tests.qt.shell.test_player_app import open_short_routine
from workout_timer.domain.common.clock import FakeClock
from workout_timer.domain.session.fresh_input import GUARD
from workout_timer.qt.shell.main_window import MainWindow
from workout_timer.qt.shell.notice_overlay import LASTING

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


def in_the_plank_with_notices(
    qtbot: QtBot, clock: FakeClock, tmp_path: Path, size: tuple[int, int], count: int
) -> MainWindow:
    """A window of `size` in the short routine's plank, the first `count` of `UNWRITABLE_HOME` told."""
    window = app_window(qtbot, clock, tmp_path)
    window.resize(*size)
    entry = window.library.find("short-test")
    assert entry is not None
    window.show_preview(entry)
    clock.advance(GUARD)
    qtbot.keyClick(window.preview_view, Qt.Key.Key_Return)
    clock.advance(7)
    window.session.driver.wake()  # type: ignore[union-attr]
    for words in UNWRITABLE_HOME[:count]:
        window.notify(words)
    return window


@pytest.mark.parametrize(("width", "height", "count"), [(1280, 720, 3), (1280, 720, 1), (1920, 1080, 3), (900, 560, 2)])
def test_notices_over_the_player_have_a_place_of_their_own_that_covers_none_of_it(
    qtbot: QtBot, clock: FakeClock, tmp_path: Path, width: int, height: int, count: int
) -> None:
    """They stood over the routine's name, the step and the time left (and the top of WORK) while shown."""
    window = in_the_plank_with_notices(qtbot, clock, tmp_path, (width, height), count)
    player = window.session.player_view
    notices = window.notices
    assert notices.isVisible()
    covered = notices.geometry()
    parts = [player.routine, player.step, player.session_left, player.phase_title, player.name, player.detail]
    parts += [player.timer, player.figure, player.instructions, player.next_up, player.sound_note]
    parts += [button for button in player.findChildren(QPushButton) if button.isVisible()]
    for part in parts:
        assert not covered.intersects(in_window(part)), (part, covered, in_window(part))
    assert notices.font().pixelSize() >= 10 or notices.font().pointSizeF() >= 7.5  # still readable
    window.close()


def test_a_notice_that_comes_as_the_player_opens_stands_in_its_place_once_the_menu_bar_is_gone(
    qtbot: QtBot, clock: FakeClock, tmp_path: Path
) -> None:
    """The screen's notice at the start was placed while the menu bar was still there, over the header line."""
    window = app_window(qtbot, clock, tmp_path)
    entry = window.library.find("short-test")
    assert entry is not None
    window.show_preview(entry)
    clock.advance(GUARD)
    qtbot.keyClick(window.preview_view, Qt.Key.Key_Return)
    player = window.session.player_view
    notices = window.notices
    assert window.current_view() is player and not window.menuBar().isVisible()
    assert notices.isVisible() and "screen may go dark" in notices.messages()[0]  # no bus to keep it awake
    for part in (player.routine, player.step, player.session_left, player.phase_title):
        assert not notices.geometry().intersects(in_window(part)), part
    window.close()


def test_notices_the_strip_cannot_hold_wait_their_turn_and_all_show_at_the_bottom_after(
    qtbot: QtBot, clock: FakeClock, tmp_path: Path
) -> None:
    window = app_window(qtbot, clock, tmp_path)
    window.resize(900, 560)
    entry = window.library.find("short-test")
    assert entry is not None
    window.show_preview(entry)
    clock.advance(GUARD)
    qtbot.keyClick(window.preview_view, Qt.Key.Key_Return)
    for words in UNWRITABLE_HOME:
        window.notify(words)
    notices = window.notices
    assert notices.messages() == list(UNWRITABLE_HOME[:2]) and notices.waiting() == [UNWRITABLE_HOME[2]]
    player = window.session.player_view
    strip = player.notice_place()
    assert QRect(player.mapTo(window, strip.topLeft()), strip.size()).contains(notices.geometry())
    clock.advance(LASTING)
    notices.expire()
    assert notices.messages() == [UNWRITABLE_HOME[2]] and notices.waiting() == []  # its time starts as it shows
    clock.advance(LASTING - 1)
    notices.expire()
    assert notices.messages() == [UNWRITABLE_HOME[2]]
    window.notify(UNWRITABLE_HOME[0])
    window.notify(UNWRITABLE_HOME[1])
    assert notices.waiting() == [UNWRITABLE_HOME[1]]
    window.session.driver.stop()  # type: ignore[union-attr]
    assert window.current_view() is window.session.summary_view
    assert notices.messages() == list(UNWRITABLE_HOME[2:] + UNWRITABLE_HOME[:2]) and notices.waiting() == []
    assert notices.geometry().bottom() > window.height() * 0.8  # at the bottom: room for all
    clock.advance(GUARD)
    window.close()


def test_notices_stand_at_the_bottom_again_once_the_player_is_left(
    qtbot: QtBot, clock: FakeClock, tmp_path: Path
) -> None:
    window = app_window(qtbot, clock, tmp_path)
    window.notify(UNWRITABLE_HOME[0])
    assert window.notices.geometry().bottom() > window.height() * 0.8  # over the library: at the bottom
    window.close()


@pytest.mark.parametrize(("width", "height", "count"), [(1280, 720, 3), (1280, 720, 1), (1920, 1080, 3), (900, 560, 2)])
def test_notices_leave_the_how_to_and_the_stop_question_clear(
    qtbot: QtBot, clock: FakeClock, tmp_path: Path, width: int, height: int, count: int
) -> None:
    """The how-to that ? (or I) opens over the player had its title, the exercise's name, under the notices."""
    window = in_the_plank_with_notices(qtbot, clock, tmp_path, (width, height), count)
    player = window.session.player_view
    qtbot.keyClick(player, Qt.Key.Key_Question)
    details = player.details
    assert details.isVisible() and details.title.text() == "Plank"
    covered = window.notices.geometry()
    assert window.notices.isVisible()
    for part in (details.title, details.panel, details.hint):
        assert not covered.intersects(in_window(part)), (part, covered, in_window(part))
    qtbot.keyClick(player, Qt.Key.Key_Question)  # closed
    assert not details.isVisible()
    qtbot.keyClick(player, Qt.Key.Key_Escape)  # "Stop the session?"
    question = player.stop_question
    assert question.isVisible()
    for part in (question.title, question.note, question.stop_button, question.go_on_button):
        assert not covered.intersects(in_window(part)), (part, covered, in_window(part))
    window.close()


@pytest.fixture
def window(qtbot: QtBot, clock: FakeClock, tmp_path: Path) -> Iterator[MainWindow]:
    main = app_window(qtbot, clock, tmp_path)
    yield main
    main.close()


def test_a_notice_floats_over_the_top_of_the_player_and_never_moves_it(
    qtbot: QtBot, window: MainWindow, clock: FakeClock
) -> None:
    open_short_routine(qtbot, window)
    player = window.session.player_view
    QApplication.processEvents()
    before = player.geometry()
    window.announcer.voiceLost.emit("The voice is unavailable, so cues show on screen only.")
    QApplication.processEvents()
    assert player.geometry() == before  # a message never pushes the player
    notice = window.findChild(QLabel, "notice")
    assert isinstance(notice, QLabel) and notice.isVisible() and "unavailable" in notice.text()
    assert notice.geometry().top() >= 0 and notice.geometry().bottom() < window.height() // 4  # clear of the controls
    assert (
        "Voice off" in window.session.player_view.sound_note.text()
        or window.session.player_view.sound_note.text().startswith("“")
    )
    clock.advance(15.0)
    window.notices.expire()  # as its timer does when its time is up
    assert not notice.isVisible() and player.geometry() == before
    window.notify("Something else.")
    assert not [b for b in player.findChildren(QPushButton) if b.isVisible() and _covers(notice, b)]
    under = window.childAt(notice.geometry().center())
    assert under is not None and under is not notice  # a click there goes through the notice to the player
    with qtbot.waitSignal(player.pause_button.clicked, timeout=1000):
        qtbot.mouseClick(player.pause_button, Qt.MouseButton.LeftButton)
    assert not notice.isVisible() and window.notices.messages() == []  # a click anywhere puts it away


def _covers(notice: QWidget, button: QWidget) -> bool:
    top_left = button.mapTo(notice.window(), QPoint(0, 0))
    return notice.geometry().intersects(QRect(top_left, button.size()))
