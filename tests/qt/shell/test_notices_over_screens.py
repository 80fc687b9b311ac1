"""Notices away from the player never cover words or controls: the sound's and the voice's notices stood over the
check-in's and the summary's buttons at the bottom of the window, and over the library's first-run safety text."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from tests.helpers.app_window import app_window, run_short_session
from tests.qt.shell.test_notices_over_player import UNWRITABLE_HOME, in_window
from workout_timer.domain.common.clock import FakeClock
from workout_timer.domain.session.fresh_input import GUARD
from workout_timer.qt.shell.main_window import MainWindow

SMALL = (1024, 600)


def words(widget: QWidget) -> str:
    """What `widget` shows in words, if anything: its text, or the text it holds."""
    for name in ("text", "currentText", "toPlainText", "placeholderText"):
        said = getattr(widget, name, None)
        if callable(said):
            try:
                found = said()
            except TypeError:  # a method of that name that wants more (not a widget's words)
                continue
            if isinstance(found, str) and found.strip():
                return found
    return ""


def covered(window: MainWindow, screen: QWidget) -> list[str]:
    """What on `screen` the notices stand over: every widget shown that shows words or takes input (the keyboard's
    focus, which every control, list and table takes), wherever it is on the screen."""
    notices = window.notices
    assert notices.isVisible()
    over = notices.geometry()
    found = []
    for widget in screen.findChildren(QWidget):
        if not widget.isVisible() or widget.visibleRegion().isEmpty():
            continue
        takes_input = widget.focusPolicy() != Qt.FocusPolicy.NoFocus
        if not (takes_input or words(widget)):
            continue
        shown = widget.visibleRegion().boundingRect()
        rect = QRect(widget.mapTo(window, shown.topLeft()), shown.size())
        if over.intersects(rect):
            found.append(f"{type(widget).__name__} {words(widget)[:60]!r}")
    return found


def test_notices_on_the_library_cover_none_of_its_words(qtbot: QtBot, clock: FakeClock, tmp_path: Path) -> None:
    window = app_window(qtbot, clock, tmp_path)
    window.resize(*SMALL)
    view = window.library_view
    view.notice.show()  # the first run's welcome, with its safety text
    safety = [words(widget) for widget in view.notice.findChildren(QWidget) if "doctor" in words(widget)]
    assert safety, "the safety text shows"
    for message in UNWRITABLE_HOME:
        window.notify(message)
    assert clear(qtbot, window, view), "three at once"
    window.notices.clear()
    window.notify(UNWRITABLE_HOME[0])
    assert clear(qtbot, window, view), "one"
    window.close()


def clear(qtbot: QtBot, window: MainWindow, screen: QWidget) -> bool:
    """The notices cover nothing on `screen`, once the window's layout has made room for them."""
    try:
        qtbot.waitUntil(lambda: covered(window, screen) == [], timeout=2000)
    except qtbot.TimeoutError:
        assert covered(window, screen) == []
    return True


def test_notices_on_the_check_in_and_the_summary_cover_none_of_their_buttons(
    qtbot: QtBot, clock: FakeClock, tmp_path: Path
) -> None:
    window = app_window(qtbot, clock, tmp_path, check_ins=True)
    window.resize(*SMALL)
    entry = window.library.find("short-test")
    assert entry is not None
    window.show_preview(entry)
    clock.advance(GUARD)
    qtbot.keyClick(window.preview_view.start_button, Qt.Key.Key_Return)
    check_in = window.session.check_in_view
    assert window.current_view() is check_in
    window.notify(UNWRITABLE_HOME[2])  # the voice's notice, as a session starts
    assert clear(qtbot, window, check_in)
    for words in UNWRITABLE_HOME[:2]:
        window.notify(words)
    assert window.notices.messages() == [UNWRITABLE_HOME[2], *UNWRITABLE_HOME[:2]]
    assert clear(qtbot, window, check_in), "three at once"
    assert window.notices.geometry().bottom() < window.height(), "all of them in the window"

    window.session.check_ins = False
    window.settings.check_ins = False
    window.notices.clear()
    run_short_session(qtbot, window, clock)
    summary = window.session.summary_view
    assert window.current_view() is summary
    window.notify("The app's tones can't be played. The sound server is not running.")
    assert clear(qtbot, window, summary)
    notice = window.notices.geometry()  # at the bottom, the summary's buttons pushed up above it
    assert notice.intersects(QRect(0, window.height() - 80, window.width(), 80))
    assert in_window(summary.library_button).bottom() < notice.top()
    window.close()


@pytest.fixture
def window(qtbot: QtBot, clock: FakeClock, tmp_path: Path) -> Iterator[MainWindow]:
    main = app_window(qtbot, clock, tmp_path)
    yield main
    main.close()


def test_notices_that_come_together_are_all_read(window: MainWindow, clock: FakeClock) -> None:
    """A start in an unwritable home brings several at once: none may wipe out the one before."""
    window.notify("Your history can't be kept.")
    clock.advance(0.2)
    window.notify("The app's tones can't be played.")
    clock.advance(0.2)
    window.notify("The voice is unavailable.")
    notice = window.notices
    assert notice.isVisible()
    assert notice.text() == "Your history can't be kept.\nThe app's tones can't be played.\nThe voice is unavailable."
    clock.advance(5.0)
    window.notify("Your history can't be kept.")  # said again: shown once, its time starts again
    assert notice.messages()[-1] == "Your history can't be kept." and len(notice.messages()) == 3
    clock.advance(10.0)
    notice.expire()
    assert notice.messages() == ["Your history can't be kept."]  # the others' time is up
    clock.advance(5.1)
    notice.expire()
    assert not notice.isVisible()


def test_a_notice_goes_soon_after_its_screen_is_left(qtbot: QtBot, window: MainWindow, clock: FakeClock) -> None:
    """ "A copy to make your own…" stayed over the library for 15 s after leaving the editor."""
    window.notify("A copy to make your own: change what you like and save it.")
    clock.advance(1.0)
    entry = window.library.find("short-test")
    assert entry is not None
    window.show_preview(entry)  # another screen
    assert window.notices.isVisible()  # never gone at once: it may still be being read
    clock.advance(3.0)
    window.notices.expire()
    assert not window.notices.isVisible()
