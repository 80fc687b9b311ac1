"""The app driven through its real windows, keys and signals, on a fake clock."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QObject, QRect, Qt, Signal
from PySide6.QtGui import QFontMetrics, QKeyEvent
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from tests.conftest import SHORT_ROUTINE
from tests.helpers.app_window import app_window, listed_names, run_short_session
from workout_timer.domain.common.clock import FakeClock
from workout_timer.domain.common.paths import user_routines_dir
from workout_timer.domain.history.event_log import read_event_log
from workout_timer.domain.history.store import Result
from workout_timer.domain.routines.cue_groups import CueGroup
from workout_timer.domain.routines.timeline import Phase
from workout_timer.domain.session.fresh_input import GUARD
from workout_timer.domain.session.snapshot import State
from workout_timer.qt.common.settings import Settings
from workout_timer.qt.session.fit_label import FitLabel
from workout_timer.qt.shell.main_window import MainWindow


@pytest.fixture
def window(qtbot: QtBot, clock: FakeClock, tmp_path: Path) -> Iterator[MainWindow]:
    main = app_window(qtbot, clock, tmp_path)  # check-ins off: they have tests of their own
    yield main
    main.close()


def key(qtbot: QtBot, main: MainWindow, name: Qt.Key) -> None:
    focused = QApplication.focusWidget() or main
    qtbot.keyClick(focused, name)


def read_the_preview(main: MainWindow) -> None:
    """The moment a user takes to read the preview: Enter pressed as it appears is not taken (the window
    may have been busy showing it)."""
    clock = main._clock
    assert isinstance(clock, FakeClock)
    clock.advance(GUARD)


def open_short_routine(qtbot: QtBot, main: MainWindow) -> None:
    view = main.library_view
    qtbot.keyClicks(view.search, "short test")
    assert listed_names(view) == ["Short test session"]
    qtbot.keyClick(view.search, Qt.Key.Key_Return)
    assert main.current_view() is main.preview_view
    assert "at your own pace" in main.preview_view.text.toPlainText()
    read_the_preview(main)
    key(qtbot, main, Qt.Key.Key_Return)
    assert main.current_view() is main.session.player_view


def tick(main: MainWindow, clock: FakeClock, seconds: float) -> None:
    clock.advance(seconds)
    assert main.session.driver is not None
    main.session.driver.wake()


def test_a_whole_routine_from_the_library_to_the_summary(qtbot: QtBot, window: MainWindow, clock: FakeClock) -> None:
    open_short_routine(qtbot, window)
    player = window.session.player_view
    assert not window.menuBar().isVisible()
    assert (player.phase_title.text(), player.name.text()) == ("GET READY · NEXT UP", "Plank")
    tick(window, clock, 5.0)
    assert (player.phase_title.text(), player.timer.digits.text()) == ("WORK", "20")
    tick(window, clock, 0.4)
    assert player.timer.digits.text() == "20"  # 19.6 s left still shows 20
    tick(window, clock, 0.6)
    assert player.timer.digits.text() == "19"
    key(qtbot, window, Qt.Key.Key_Space)
    assert window.session.driver is not None and window.session.driver.engine.state is State.PAUSED
    assert player.pause_button.text().endswith("Go on")
    tick(window, clock, 120)
    assert player.timer.digits.text() == "19"  # a pause neither loses nor gains time
    key(qtbot, window, Qt.Key.Key_Space)
    key(qtbot, window, Qt.Key.Key_Plus)
    assert player.timer.digits.text() == "29"
    key(qtbot, window, Qt.Key.Key_Right)  # skip the plank
    assert player.phase_title.text() == "REST · NEXT UP" and player.name.text() == "Side plank"
    key(qtbot, window, Qt.Key.Key_Left)  # straight back: the plank again
    assert player.name.text() == "Plank" and player.timer.digits.text() == "20"
    tick(window, clock, 20 + 10 + 10 + 5 + 10 + 10)
    assert player.done_button.isVisible()  # the push-ups wait for Done
    assert not player.extend_button.isEnabled()
    tick(window, clock, 30)
    assert "0:30" in player.timer.caption.text()
    key(qtbot, window, Qt.Key.Key_Return)  # Done with the push-ups: the end
    assert window.current_view() is window.session.summary_view
    summary = window.session.summary_view.text.toPlainText()
    assert "Well done" in summary and "4 of 4 steps done" in summary
    assert "not kept in your history" not in summary  # (a try's summary says it)
    assert window.session.driver is None and window.menuBar().isVisible()
    clock.advance(GUARD)  # the moment it takes to read it
    key(qtbot, window, Qt.Key.Key_Return)
    assert window.current_view() is window.library_view


def test_keys_from_the_player_never_leave_the_summary(qtbot: QtBot, window: MainWindow, clock: FakeClock) -> None:
    open_short_routine(qtbot, window)
    tick(window, clock, 90)
    key(qtbot, window, Qt.Key.Key_Return)  # Done with the push-ups: the end...
    summary = window.session.summary_view
    assert window.current_view() is summary
    for _ in range(5):  # ...and Enter is still held down when the summary appears
        QApplication.sendEvent(
            summary, QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_Return, Qt.KeyboardModifier.NoModifier, "", True)
        )
    key(qtbot, window, Qt.Key.Key_Return)  # and pressed again in the same moment
    key(qtbot, window, Qt.Key.Key_Escape)
    assert window.current_view() is summary
    clock.advance(GUARD)
    summary.keyPressEvent(QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_Return, Qt.KeyboardModifier.NoModifier, "", True))
    assert window.current_view() is summary  # a held key never answers, however late
    key(qtbot, window, Qt.Key.Key_Return)
    assert window.current_view() is window.library_view


def test_a_second_session_in_the_same_run_starts_clean(qtbot: QtBot, window: MainWindow, clock: FakeClock) -> None:
    open_short_routine(qtbot, window)
    first = window.session.driver
    tick(window, clock, 12)
    for _ in range(8):
        key(qtbot, window, Qt.Key.Key_Right)
    assert window.current_view() is window.session.summary_view
    assert "0 of 4" in window.session.summary_view.text.toPlainText()
    qtbot.mouseClick(window.session.summary_view.again_button, Qt.MouseButton.LeftButton)
    assert window.session.driver is not None and window.session.driver is not first
    assert window.session.driver.engine.state is State.RUNNING and window.session.driver.engine.index == 0
    assert window.session.player_view.timer.digits.text() == "5"
    tick(window, clock, 5)
    assert window.session.player_view.name.text() == "Plank"
    first_record, second_record = window.history.sessions()  # both in the history, as they went
    assert first_record.result is Result.COMPLETED and second_record.result is Result.RUNNING
    assert [e["event"] for e in window.history.events(first_record.id)].count("skipped") == 7  # plank to push-ups


def test_stopping_midway_asks_first_and_logs_the_abandon(
    qtbot: QtBot, window: MainWindow, clock: FakeClock, tmp_path: Path
) -> None:
    entry = window.library.find("short-test")
    assert entry is not None
    window.start_session(entry, tmp_path / "events.jsonl")
    tick(window, clock, 7)
    key(qtbot, window, Qt.Key.Key_Escape)
    player = window.session.player_view
    assert player.stop_question.isVisible() and window.findChild(QMessageBox) is None
    tick(window, clock, 1)  # the session waits while the question is open
    qtbot.mouseClick(player.stop_question.go_on_button, Qt.MouseButton.LeftButton)
    assert window.current_view() is window.session.player_view and window.session.driver is not None
    assert window.session.driver.engine.state is State.RUNNING and not player.stop_question.isVisible()
    tick(window, clock, 1)
    key(qtbot, window, Qt.Key.Key_Escape)
    qtbot.mouseClick(player.stop_question.stop_button, Qt.MouseButton.LeftButton)
    assert window.current_view() is window.session.summary_view
    assert "Session stopped" in window.session.summary_view.text.toPlainText()
    records = read_event_log(tmp_path / "events.jsonl")
    assert records[0]["event"] == "session_started" and records[-1]["result"] == "abandoned"
    assert records[-1]["t"] == pytest.approx(9.0)  # 7 s, 1 s paused while asking, 1 s more
    (record,) = window.history.sessions()
    assert record.result is Result.ABANDONED and record.active_seconds == pytest.approx(8.0)


def test_full_screen_and_escape(qtbot: QtBot, window: MainWindow) -> None:
    open_short_routine(qtbot, window)
    key(qtbot, window, Qt.Key.Key_F)
    qtbot.waitUntil(window.isFullScreen, timeout=2000)
    key(qtbot, window, Qt.Key.Key_Escape)  # first Esc only leaves full screen
    qtbot.waitUntil(lambda: not window.isFullScreen(), timeout=2000)
    player, driver = window.session.player_view, window.session.driver
    assert not player.asking_to_stop() and driver is not None and driver.going  # no question, never paused
    key(qtbot, window, Qt.Key.Key_Escape)  # out of full screen, Esc asks to stop
    assert player.asking_to_stop() and not driver.going


def test_mute_is_remembered(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    open_short_routine(qtbot, window)
    key(qtbot, window, Qt.Key.Key_M)
    assert window.settings.muted and "sound off" in window.session.player_view.sound_note.text().lower()
    assert Settings(tmp_path / "settings.ini").muted


def test_the_phase_sets_the_colour_and_buttons_forward_intent(
    qtbot: QtBot, window: MainWindow, clock: FakeClock
) -> None:
    open_short_routine(qtbot, window)
    player = window.session.player_view
    prepare = player._background().name()
    tick(window, clock, 5 + 1)
    qtbot.waitUntil(lambda: player._flash == 0.0, timeout=5000)  # the flash of the new step fades out
    work = player._background().name()
    assert prepare != work
    qtbot.mouseClick(player.next_button, Qt.MouseButton.LeftButton)
    assert window.session.driver is not None and window.session.driver.snapshot().segment is not None
    assert window.session.driver.snapshot().segment.phase is Phase.REST


def text_fits(label: FitLabel) -> bool:
    if not label.text():
        return True
    bounds = QFontMetrics(label.fitted().font).boundingRect(label.rect(), int(Qt.TextFlag.TextWordWrap), label.text())
    return label.rect().contains(bounds) or (bounds.width() <= label.width() and bounds.height() <= label.height())


@pytest.mark.parametrize("size", [(1280, 720), (1024, 600), (1920, 1080)])
def test_readable_from_three_metres_and_nothing_clipped(
    qtbot: QtBot, window: MainWindow, clock: FakeClock, size: tuple[int, int]
) -> None:
    window.resize(*size)
    open_short_routine(qtbot, window)
    player = window.session.player_view
    for _ in range(4):  # prepare, plank, rest, side plank
        QApplication.processEvents()  # let the layout settle after the last change
        height = window.height()
        digits = QFontMetrics(player.timer.digits.fitted().font).tightBoundingRect(player.timer.digits.text())
        assert digits.height() >= 0.15 * height
        name = QFontMetrics(player.name.fitted().font).tightBoundingRect("H")
        assert name.height() >= 0.06 * height * 0.72  # cap height of a 6%-of-height font
        assert player.name.fitted().font.pixelSize() >= 0.06 * height
        for label in player.findChildren(FitLabel):
            assert text_fits(label), label.text()
        assert player.instructions.fits()
        for button in player.findChildren(QPushButton):
            if button.isVisible():
                assert button.fontMetrics().horizontalAdvance(button.text()) <= button.width(), button.text()
        assert QRect(0, 0, window.width(), window.height()).contains(player.geometry())
        key(qtbot, window, Qt.Key.Key_Right)


class _Pinger(QObject):
    ping = Signal(object)


def test_signals_leave_pythons_booleans_alone(qtbot: QtBot) -> None:
    """PySide6 6.12.0 dropped a reference to True on every emit, which crashed long sessions."""
    sender = _Pinger()
    got: list[object] = []
    sender.ping.connect(got.append)
    before = sys.getrefcount(True)
    for number in range(500):
        sender.ping.emit(number)
    assert len(got) == 500
    assert abs(sys.getrefcount(True) - before) < 50


def test_the_get_ready_time_can_be_set_for_every_routine(qtbot: QtBot, window: MainWindow) -> None:
    window.settings.prepare = 0.0
    open_short_routine(qtbot, window)
    assert window.session.driver is not None
    assert window.session.driver.engine.timeline[0].phase is Phase.WORK  # straight into the plank
    window.settings.prepare = 12.0
    window.start_session(window.library.find("short-test"))  # type: ignore[arg-type]
    first = window.session.driver.engine.timeline[0]
    assert first.phase is Phase.PREPARE and first.duration == 12.0


def test_a_routine_that_asks_for_no_beeps_gets_none(qtbot: QtBot, window: MainWindow) -> None:
    quiet = user_routines_dir() / "quiet.yaml"
    quiet.write_text(SHORT_ROUTINE.replace("defaults: {", "defaults: {cues: {countdown: false}, "))
    window.settings.cue_choices = window.settings.cue_choices.with_group(CueGroup.HALFWAY, False)
    entry = window.library.find("quiet")
    assert entry is not None and entry.routine is not None
    window.start_session(entry)
    choices = window.announcer.audio.choices
    assert not choices.wants(CueGroup.COUNTDOWN) and not choices.wants(CueGroup.HALFWAY)  # the routine's and the user's
    assert choices.wants(CueGroup.ANNOUNCEMENTS)
    window.settings.cue_choices = window.settings.cue_choices.with_group(CueGroup.FORM, False)  # changed meanwhile
    choices = window.announcer.audio.choices
    assert not choices.wants(CueGroup.FORM) and not choices.wants(CueGroup.COUNTDOWN)  # the routine's still kept
    assert window.session.driver is not None
    window.session.driver.stop()
    window.settings.cue_choices = window.settings.cue_choices.with_group(CueGroup.HALFWAY, True)
    assert window.announcer.audio.choices.wants(CueGroup.COUNTDOWN)  # no session: the user's choices alone


def test_a_session_replaced_by_another_is_kept_as_stopped(qtbot: QtBot, window: MainWindow, clock: FakeClock) -> None:
    """`workout-timer start` (or Try it) while a session runs: the first one ends in the history, with its time."""
    entry = window.library.find("short-test")
    assert entry is not None
    window.start_session(entry)
    tick(window, clock, 12.0)  # getting ready, then 7 s of the plank
    first = window.session.driver
    window.start_session(entry)
    assert window.session.driver is not first and window.current_view() is window.session.player_view
    tick(window, clock, 1.0)
    running, replaced = sorted(window.history.sessions(), key=lambda record: record.result is Result.RUNNING)[::-1]
    assert running.result is Result.RUNNING
    assert replaced.result is Result.ABANDONED and replaced.work_seconds == 7.0


def test_the_audio_starts_once_the_window_has_painted(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    started: list[bool] = []
    monkeypatch.setattr(window, "start_audio", lambda: started.append(True))
    window.start_audio_once_painted()
    assert started == []  # not before the paint
    qtbot.waitUntil(lambda: started == [True], timeout=2000)
    window.repaint()  # later paints start nothing more
    QApplication.processEvents()
    assert started == [True]


def test_the_first_start_says_once_that_this_is_not_medical_advice(
    qtbot: QtBot, clock: FakeClock, tmp_path: Path
) -> None:
    first = app_window(qtbot, clock, tmp_path)
    assert first.settings.notice_read is False  # app_window leaves the notice as a new user finds it
    notice = first.library_view.notice
    assert notice.isVisible()
    got_it = next(b for b in notice.findChildren(QPushButton) if b.text() == "Got it")
    qtbot.mouseClick(got_it, Qt.MouseButton.LeftButton)
    assert not notice.isVisible() and first.settings.notice_read
    first.close()
    again = app_window(qtbot, clock, tmp_path)
    assert not again.library_view.notice.isVisible()
    again.close()


def test_the_history_shows_what_was_done_and_exports_it(
    qtbot: QtBot, window: MainWindow, clock: FakeClock, tmp_path: Path
) -> None:
    open_short_routine(qtbot, window)
    tick(window, clock, 30)
    for _ in range(7):
        key(qtbot, window, Qt.Key.Key_Right)
    assert window.current_view() is window.session.summary_view
    assert "1 of 4 steps done, 3 skipped" in window.session.summary_view.text.toPlainText()
    clock.advance(GUARD)
    key(qtbot, window, Qt.Key.Key_Return)  # back to the routines
    window.show_history()
    view = window.current_view()
    from workout_timer.qt.history.history_view import HistoryView

    assert isinstance(view, HistoryView)
    assert view.sessions.count() == 1 and "Short test session" in view.sessions.item(0).text()
    assert view.routines.item(0).text() == "Short test session  ×1"
    view.sessions.setCurrentRow(0)
    assert "Skipped 3 exercise steps" in view.details.text()  # as the summary said: 6 presses, 3 exercise steps
    assert "Streak" in view.streak.text() or "This week" in view.streak.text()
    view.export_csv(tmp_path / "history.csv")
    lines = (tmp_path / "history.csv").read_text().splitlines()
    assert lines[0].startswith("id,started") and "Short test session" in lines[1]
    key(qtbot, window, Qt.Key.Key_Escape)
    assert window.current_view() is window.library_view


def test_a_daily_goal_shows_above_the_routines(qtbot: QtBot, window: MainWindow, clock: FakeClock) -> None:
    window.show_history()
    view = window.current_view()
    from workout_timer.qt.history.history_view import HistoryView

    assert isinstance(view, HistoryView)
    view.goal.setCurrentIndex(view.goal.findData(10.0))
    assert window.settings.daily_goal == 10.0
    key(qtbot, window, Qt.Key.Key_Escape)
    assert window.library_view.goal.text() == "Today's goal: 10 minutes. Even a short routine counts."
    open_short_routine(qtbot, window)
    tick(window, clock, 90)
    key(qtbot, window, Qt.Key.Key_Return)  # done with the push-ups
    clock.advance(GUARD)
    key(qtbot, window, Qt.Key.Key_Return)  # from the summary back to the routines
    assert window.current_view() is window.library_view
    # 90 s, of which 60 s of exercise (plank 20, side plank 10 + 10, push-ups 20): getting ready and rests left out
    assert window.library_view.goal.text() == "Today: 1 of 10 minutes. A short routine would do it."


def test_the_summarys_text_scrolls_by_page_keys_from_its_buttons_and_the_arrows_stay_theirs(
    qtbot: QtBot, window: MainWindow, clock: FakeClock
) -> None:
    """Its last lines were below the fold on a small window, and Tab never reached the text to scroll it: Page Up and
    Down scroll it from the buttons. The arrows move the focus between the buttons, as on every page (they never
    reached the text, though the README said they scrolled it)."""
    window.resize(800, 480)
    run_short_session(qtbot, window, clock)
    summary = window.session.summary_view
    QApplication.processEvents()
    clock.advance(GUARD + 0.1)  # the summary read a moment: past the fresh-input guard, which holds the arrows too
    bar = summary.text.verticalScrollBar()
    assert window.current_view() is summary and bar.maximum() > 0 and bar.value() == 0
    focused = QApplication.focusWidget()
    assert focused is summary.library_button  # where the keys are, and stay
    qtbot.keyClick(focused, Qt.Key.Key_PageDown)
    assert bar.value() == min(bar.pageStep(), bar.maximum()) and QApplication.focusWidget() is focused
    qtbot.keyClick(focused, Qt.Key.Key_PageUp)
    assert bar.value() == 0 and QApplication.focusWidget() is focused
    qtbot.keyClick(focused, Qt.Key.Key_Down)  # the buttons' own: on to the other button, the text as it was
    assert QApplication.focusWidget() is summary.again_button and bar.value() == 0
    qtbot.keyClick(summary.again_button, Qt.Key.Key_Up)
    assert QApplication.focusWidget() is summary.library_button and bar.value() == 0
