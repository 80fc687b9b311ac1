"""The check-in before and after a session, driven by keys, and the advice it may bring."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from tests.helpers.app_window import app_window
from tests.helpers.check_in import press, settle, start
from workout_timer.domain.care.back_care import GENTLE_ROUTINE, CheckIn, Effort, Moment, WarningSign
from workout_timer.domain.care.gentler import Dial
from workout_timer.domain.common.clock import FakeClock
from workout_timer.domain.history.exercise_states import states_of
from workout_timer.qt.shell.main_window import MainWindow


@pytest.fixture
def window(qtbot: QtBot, clock: FakeClock, tmp_path: Path) -> Iterator[MainWindow]:
    main = app_window(qtbot, clock, tmp_path, check_ins=True)
    yield main
    main.close()


def answers(main: MainWindow) -> list[CheckIn]:
    return [answer for _, _, answer in main.history.check_ins()]


def test_before_and_after_with_a_few_keys(qtbot: QtBot, window: MainWindow, clock: FakeClock) -> None:
    start(qtbot, window, clock)
    view = window.session.check_in_view
    assert window.current_view() is view and "today" in view.question.text()
    assert not view.effort_title.isVisibleTo(view)
    press(qtbot, window, Qt.Key.Key_3, Qt.Key.Key_Return)
    assert window.current_view() is window.session.player_view and window.session.driver is not None
    assert answers(window) == [CheckIn(Moment.BEFORE, 3)]

    for _ in range(8):  # skip to the end
        press(qtbot, window, Qt.Key.Key_Right)
    assert window.current_view() is view and view.effort_title.isVisibleTo(view)
    settle(clock)
    press(qtbot, window, Qt.Key.Key_2, Qt.Key.Key_Right, Qt.Key.Key_H, Qt.Key.Key_Return)
    assert window.current_view() is window.session.summary_view
    assert answers(window)[1] == CheckIn(Moment.AFTER, 3, Effort.TOO_HARD)


def test_escape_skips_and_nothing_is_kept(qtbot: QtBot, window: MainWindow, clock: FakeClock) -> None:
    start(qtbot, window, clock)
    press(qtbot, window, Qt.Key.Key_7, Qt.Key.Key_Escape)
    assert window.current_view() is window.session.player_view
    assert answers(window) == []


def test_high_pain_brings_advice_and_the_user_still_decides(qtbot: QtBot, window: MainWindow, clock: FakeClock) -> None:
    start(qtbot, window, clock)
    view = window.session.check_in_view
    press(qtbot, window, Qt.Key.Key_8, Qt.Key.Key_Return)
    assert window.current_view() is view and view.advice.isVisibleTo(view)
    assert "doctor" in view.advice_text.text() and view.gentle_button.isVisibleTo(view)
    settle(clock)
    press(qtbot, window, Qt.Key.Key_Return)  # go on anyway
    assert window.current_view() is window.session.player_view
    assert answers(window) == [CheckIn(Moment.BEFORE, 8)]


def test_warning_signs_and_the_gentle_way(qtbot: QtBot, window: MainWindow, clock: FakeClock) -> None:
    start(qtbot, window, clock)
    view = window.session.check_in_view
    view.signs[WarningSign.NIGHT_PAIN].setChecked(True)
    press(qtbot, window, Qt.Key.Key_2, Qt.Key.Key_Return)
    assert view.advice.isVisibleTo(view) and "pain that spoils your sleep" in view.advice_text.text()
    qtbot.mouseClick(view.gentle_button, Qt.MouseButton.LeftButton)
    assert window.current_view() is window.library_view
    current = window.library_view.current_entry()
    assert current is not None and current.id == GENTLE_ROUTINE
    assert window.session.driver is None


def test_rising_pain_is_noticed_across_sessions(qtbot: QtBot, window: MainWindow, clock: FakeClock) -> None:
    for pain in (Qt.Key.Key_2, Qt.Key.Key_4):
        start(qtbot, window, clock)
        press(qtbot, window, pain, Qt.Key.Key_Return)
        assert window.current_view() is window.session.player_view
    start(qtbot, window, clock)
    press(qtbot, window, Qt.Key.Key_5, Qt.Key.Key_Return)
    view = window.session.check_in_view
    assert window.current_view() is view and "2, 4, 5" in view.advice_text.text()


def test_check_ins_can_be_switched_off(qtbot: QtBot, window: MainWindow, clock: FakeClock) -> None:
    window.settings.check_ins = False
    start(qtbot, window, clock)
    assert window.current_view() is window.session.player_view


def test_ten_is_one_then_zero_by_keys(qtbot: QtBot, window: MainWindow, clock: FakeClock) -> None:
    start(qtbot, window, clock)
    view = window.session.check_in_view
    press(qtbot, window, Qt.Key.Key_1)
    clock.advance(0.3)
    press(qtbot, window, Qt.Key.Key_0)
    assert view.pain.checkedId() == 10
    assert "1 then 0 for 10" in view.hint.text()
    press(qtbot, window, Qt.Key.Key_1)
    clock.advance(2.0)  # a while later, 0 is 0
    press(qtbot, window, Qt.Key.Key_0)
    assert view.pain.checkedId() == 0


def test_the_check_in_names_the_routine(qtbot: QtBot, window: MainWindow, clock: FakeClock) -> None:
    start(qtbot, window, clock)
    view = window.session.check_in_view
    assert view.routine.text() == "Next: Short test session" and view.routine.isVisibleTo(view)
    press(qtbot, window, Qt.Key.Key_Escape)
    for _ in range(8):
        press(qtbot, window, Qt.Key.Key_Right)
    assert (
        window.current_view() is view and view.routine.text() == "After Short test session"
    )  # stopped or done: true either way


def test_the_gentle_routine_is_not_offered_instead_of_itself(
    qtbot: QtBot, window: MainWindow, clock: FakeClock
) -> None:
    start(qtbot, window, clock, GENTLE_ROUTINE)
    view = window.session.check_in_view
    press(qtbot, window, Qt.Key.Key_8, Qt.Key.Key_Return)
    assert view.advice.isVisibleTo(view) and "doctor" in view.advice_text.text()
    assert not view.gentle_button.isVisibleTo(view)
    assert "Gentle back care, the routine you chose, suits such a day" in view.advice_text.text()
    settle(clock)
    press(qtbot, window, Qt.Key.Key_Return)
    assert window.current_view() is window.session.player_view
    assert window.session.driver is not None and window.session.driver.summary.timeline.routine.id == GENTLE_ROUTINE


def test_a_second_enter_does_not_skip_the_advice(qtbot: QtBot, window: MainWindow, clock: FakeClock) -> None:
    start(qtbot, window, clock)
    view = window.session.check_in_view
    press(qtbot, window, Qt.Key.Key_9, Qt.Key.Key_Return, Qt.Key.Key_Return)
    assert window.current_view() is view and view.advice.isVisibleTo(view)


def test_warning_signs_by_keyboard(qtbot: QtBot, window: MainWindow, clock: FakeClock) -> None:
    start(qtbot, window, clock)
    view = window.session.check_in_view
    boxes = list(view.signs.values())
    for box, key in zip(boxes, "LNDFMS", strict=True):
        assert box.text().endswith(f"({key})")
    reached = []
    for _ in boxes:  # Tab goes through the six check boxes, in order
        qtbot.keyClick(view.focusWidget() or view, Qt.Key.Key_Tab)
        reached.append(view.focusWidget())
    assert reached == boxes
    qtbot.keyClick(boxes[-1], Qt.Key.Key_Space)  # Space ticks the one with the focus
    qtbot.keyClick(boxes[-1], Qt.Key.Key_D)  # and a sign's letter ticks it from anywhere
    press(qtbot, window, Qt.Key.Key_N, Qt.Key.Key_N)  # twice: ticked and unticked
    assert {sign for sign, box in view.signs.items() if box.isChecked()} == {
        WarningSign.NIGHT_PAIN,
        WarningSign.DIZZINESS,
    }
    qtbot.keyClick(boxes[-1], Qt.Key.Key_Return)
    assert "dizziness, or pain that spoils your sleep" in view.advice_text.text()


def test_the_command_lines_start_asks_before_the_session_and_after_it(
    qtbot: QtBot, window: MainWindow, clock: FakeClock
) -> None:
    """`workout-timer start` (or a later launch's) asks as Start does: the answer after it has one before it
    to be read against."""
    entry = window.library.find("short-test")
    assert entry is not None
    window.start_session(entry)
    view = window.session.check_in_view
    assert window.current_view() is view and view.question.text() == "How is your back today?"
    settle(clock)
    press(qtbot, window, Qt.Key.Key_2, Qt.Key.Key_Return)
    assert window.session.driver is not None
    window.session.driver.stop()
    assert window.current_view() is view and view.question.text() == "And how is your back now?"
    settle(clock)
    press(qtbot, window, Qt.Key.Key_3, Qt.Key.Key_Right, Qt.Key.Key_Return)
    assert [answer.moment for answer in answers(window)] == [Moment.BEFORE, Moment.AFTER]


def test_a_timing_log_asked_for_on_the_command_line_stays_with_that_session(
    qtbot: QtBot, window: MainWindow, clock: FakeClock, tmp_path: Path
) -> None:
    """`start ROUTINE --event-log FILE` whose check-in before leads to the gentle routine instead: the next
    session started in the app keeps no log in FILE."""
    entry = window.library.find("short-test")
    assert entry is not None
    log = tmp_path / "asked.jsonl"
    window.start_session(entry, log)
    view = window.session.check_in_view
    settle(clock)
    press(qtbot, window, Qt.Key.Key_8, Qt.Key.Key_Return)
    qtbot.mouseClick(view.gentle_button, Qt.MouseButton.LeftButton)  # the advice taken: the library
    assert window.current_view() is window.library_view
    start(qtbot, window, clock)
    press(qtbot, window, Qt.Key.Key_Escape)
    assert window.session.driver is not None and window.current_view() is window.session.player_view
    window.session.driver.stop()
    assert not log.exists()


def test_a_session_replaced_or_closed_mid_way_asks_nothing_after_it(
    qtbot: QtBot, window: MainWindow, clock: FakeClock
) -> None:
    """`workout-timer start` over a running session, or Ctrl+Q mid-session: the first session ends in the
    history, and no question about it appears (nobody finished it; the next one is starting)."""
    entry = window.library.find("short-test")
    assert entry is not None
    window.start_session(entry)
    settle(clock)
    press(qtbot, window, Qt.Key.Key_Escape)  # the check-in before, skipped
    clock.advance(8.0)
    assert window.session.driver is not None
    window.session.driver.wake()
    asked: list[str] = []
    window.stack.currentChanged.connect(
        lambda _: asked.append(
            view.question.text() if (view := window.current_view()) is window.session.check_in_view else ""
        )
    )
    window.start_session(entry)  # a second one over the first: asked about before it, not after the first
    assert window.current_view() is window.session.check_in_view
    settle(clock)
    press(qtbot, window, Qt.Key.Key_Escape)
    assert window.current_view() is window.session.player_view
    assert window.session.flow.stage.name == "RUNNING"
    clock.advance(8.0)
    window.session.driver.wake()
    qtbot.keyClick(window.session.player_view, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
    assert not window.isVisible()
    assert "How is your back today?" in asked and "And how is your back now?" not in asked
    from workout_timer.domain.common.paths import history_path
    from workout_timer.domain.history.store import HistoryStore

    kept = HistoryStore(history_path()).sessions()  # read afresh: the window's closed its own
    assert sorted(record.result.value for record in kept) == ["abandoned", "abandoned"]


def focused(main: MainWindow) -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None and main.isAncestorOf(widget)
    return widget


def key(qtbot: QtBot, main: MainWindow, *keys: Qt.Key) -> None:
    """Keys pressed as a user presses them: each to whatever has the focus."""
    for pressed in keys:
        qtbot.keyClick(focused(main), pressed)


def test_the_whole_check_in_by_tab_space_and_arrows(qtbot: QtBot, window: MainWindow, clock: FakeClock) -> None:
    start(qtbot, window, clock)
    view = window.session.check_in_view
    assert focused(window) is view.pain.button(0)  # it opens on the pain scale, named
    assert focused(window).accessibleName() == "Pain 0, no pain"
    key(qtbot, window, Qt.Key.Key_Space, Qt.Key.Key_Right, Qt.Key.Key_Right)  # choose 0, then along to 2
    assert view.pain.checkedId() == 2 and focused(window) is view.pain.button(2)
    key(qtbot, window, Qt.Key.Key_Tab)  # the scale is one stop: Tab leaves it for the first warning sign
    assert focused(window) is view.signs[WarningSign.SPREADING]
    key(qtbot, window, Qt.Key.Key_Tab, Qt.Key.Key_Space)
    stops = [focused(window)]
    for _ in range(7):
        key(qtbot, window, Qt.Key.Key_Tab)
        stops.append(focused(window))
    signs = list(view.signs.values())
    assert stops == [*signs[1:], view.skip_button, view.go_button, view.pain.button(2)]  # and round again
    key(qtbot, window, Qt.Key.Key_Backtab)
    assert focused(window) is view.go_button and view.go_button.accessibleName() == "Continue"
    key(qtbot, window, Qt.Key.Key_Return)
    assert view.answer() == CheckIn(Moment.BEFORE, 2, None, frozenset({WarningSign.NUMBNESS}))
    assert focused(window) is view.go_button and view.go_button.text().startswith("Go on")  # the advice
    key(qtbot, window, Qt.Key.Key_Return)  # at once: not yet, the advice is there to be read
    assert window.current_view() is view
    settle(clock)
    key(qtbot, window, Qt.Key.Key_Return)
    assert window.current_view() is window.session.player_view
    assert answers(window) == [CheckIn(Moment.BEFORE, 2, None, frozenset({WarningSign.NUMBNESS}))]


def test_skip_and_effort_by_tab(qtbot: QtBot, window: MainWindow, clock: FakeClock) -> None:
    start(qtbot, window, clock)
    view = window.session.check_in_view
    key(qtbot, window, *[Qt.Key.Key_Tab] * 7, Qt.Key.Key_Space)  # past the scale and the six signs: Skip
    assert window.current_view() is window.session.player_view and answers(window) == []
    for _ in range(8):
        press(qtbot, window, Qt.Key.Key_Right)
    settle(clock)
    key(qtbot, window, Qt.Key.Key_4, Qt.Key.Key_Tab)  # a number chooses, and the focus follows it
    assert focused(window) is view.effort.button(0) and focused(window).accessibleName() == "Too easy"
    key(qtbot, window, Qt.Key.Key_Right, Qt.Key.Key_Right, Qt.Key.Key_Return)
    assert answers(window) == [CheckIn(Moment.AFTER, 4, Effort.TOO_HARD)]


def test_the_check_in_after_advice_opens_on_the_scale_by_no_other_button(
    qtbot: QtBot, window: MainWindow, clock: FakeClock
) -> None:
    """Over AT-SPI the focus went to "Continue", the button it was on in the check-in before, then to the scale: a
    screen reader began reading a button the runner never chose."""
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=5000)
    start(qtbot, window, clock)
    view = window.session.check_in_view
    press(qtbot, window, Qt.Key.Key_8, Qt.Key.Key_Return)  # advice: the focus on "Go on"
    settle(clock)
    press(qtbot, window, Qt.Key.Key_Return)
    for _ in range(7):
        press(qtbot, window, Qt.Key.Key_Right)
    focus: list[QWidget | None] = []
    QApplication.instance().focusChanged.connect(lambda _old, new: focus.append(new))  # type: ignore[union-attr]
    press(qtbot, window, Qt.Key.Key_Right)  # the last step skipped: the check-in after
    assert window.current_view() is view and focus == [view.pain.button(0)]


@pytest.mark.parametrize("week", [None, Dial.GENTLEST])
def test_a_session_stopped_after_ten_seconds_offers_nothing_and_says_it_was_short(
    qtbot: QtBot, window: MainWindow, clock: FakeClock, week: Dial | None
) -> None:
    """Ten seconds of the gentlest week offered "Ready for a little more?" with lower doses: a session stopped that
    short is no evidence for a step up, and the summary says so."""
    window.settings.check_ins = False
    entry = window.library.find("short-test")
    assert entry is not None
    window.start_routine(entry, Dial.NORMAL, week=week)  # as Today's Start does in a programme's first week
    for _ in range(5 + 10):  # getting ready, then ten seconds of the plank
        assert window.session.driver is not None
        clock.advance(1.0)
        window.session.driver.wake()
    press(qtbot, window, Qt.Key.Key_MediaStop)  # a remote's Stop asks nothing
    summary = window.session.summary_view
    assert window.current_view() is summary and not summary.suggestion.isVisibleTo(summary)
    assert "It was too short to count towards a step up" in summary.text.toPlainText()
    assert entry.routine is not None and states_of(window.history, entry.routine) == {}  # nothing moved, nor kept
