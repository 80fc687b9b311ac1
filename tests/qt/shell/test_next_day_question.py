"""The next-day question through the real window: a quiet bar above the routines, answered with keys or put
away, once."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from tests.conftest import SHORT_ROUTINE
from tests.helpers.app_window import app_window
from tests.helpers.history_files import ran_to_its_end
from workout_timer.domain.care.exercise_progress import Dose, Move, NextDay, State
from workout_timer.domain.care.reasons import Reason, Why
from workout_timer.domain.common.clock import FakeClock
from workout_timer.domain.common.paths import history_path
from workout_timer.domain.history.exercise_states import keep_next_day, keep_states, next_day_answers, states_of
from workout_timer.domain.history.store import HistoryStore
from workout_timer.domain.routines.loading import load_routine_text
from workout_timer.domain.routines.routine import Catalogue, Routine
from workout_timer.domain.routines.timeline import build_timeline
from workout_timer.domain.session.summary import SessionSummary
from workout_timer.qt.library.next_day_bar import NextDayBar
from workout_timer.qt.shell.main_window import MainWindow

STEPPED_UP = State(
    "knee-plank",
    Dose("plank", 25, True),
    move=Move.UP,
    before=Dose("plank", 20, True),
    reason=Reason(Why.EASY, 3),
)


def trained(catalogue: Catalogue, days_ago: int) -> None:
    """A whole session of the short routine `days_ago` days ago at noon, which stepped the plank up."""
    day = dt.date.today() - dt.timedelta(days=days_ago)
    noon = dt.datetime.combine(day, dt.time(12)).timestamp()
    store = HistoryStore(history_path(), wall_clock=lambda: noon)
    routine = load_routine_text(SHORT_ROUTINE, "short-test.yaml", catalogue, "short-test")
    summary = SessionSummary(build_timeline(routine))
    session = store.begin(summary)
    summary.work = 60.0
    store.record(session, ran_to_its_end(summary.timeline, 90.0))
    keep_states(store, routine, {}, {"knee-plank": STEPPED_UP}, session)
    store.close()


def short(main: MainWindow) -> Routine:
    entry = main.library.find("short-test")
    assert entry is not None and entry.routine is not None
    return entry.routine


def bar_of(main: MainWindow) -> NextDayBar | None:
    """The question's bar above the screens, if it was put there."""
    return main.findChild(NextDayBar)


@pytest.fixture
def window(qtbot: QtBot, clock: FakeClock, tmp_path: Path) -> Iterator[MainWindow]:
    main = app_window(qtbot, clock, tmp_path)
    yield main
    main.close()


def opened(qtbot: QtBot, clock: FakeClock, tmp_path: Path) -> MainWindow:
    main = app_window(qtbot, clock, tmp_path)
    qtbot.waitUntil(lambda: main._history is not None, timeout=2000)  # looked once the window painted
    return main


def test_the_day_after_a_session_a_quiet_bar_asks_and_alt_3_answers_worse(
    qtbot: QtBot, clock: FakeClock, tmp_path: Path, catalogue: Catalogue
) -> None:
    trained(catalogue, days_ago=1)
    main = opened(qtbot, clock, tmp_path)
    bar = bar_of(main)
    assert bar is not None and bar.isVisibleTo(main)
    assert bar.question.text() == "How is your back compared to yesterday?"
    names = [button.accessibleName() for button in (*bar.buttons.values(), bar.not_now)]
    assert names == ["Better", "The same", "Worse", "Not now"]  # the keys are their descriptions, not their names
    assert bar.buttons[NextDay.WORSE].accessibleDescription() == "Key: Alt+3"
    main.activateWindow()
    qtbot.waitUntil(main.isActiveWindow, timeout=2000)  # the keys of a window are the active window's
    focused = QApplication.focusWidget()
    assert focused is not None and main.library_view.isAncestorOf(focused) and not bar.isAncestorOf(focused)
    qtbot.keyClick(focused, Qt.Key.Key_3, Qt.KeyboardModifier.AltModifier)
    assert list(next_day_answers(main.history).values()) == [NextDay.WORSE]
    assert states_of(main.history, short(main))["knee-plank"].dose == Dose("plank", 20, True)  # the step up undone
    assert bar.isVisibleTo(main) and not bar.asking.isVisibleTo(main)  # the question gone, the reply in its place
    assert bar.reply.text() == "Next time: Plank again, 20 seconds, 1 set."
    assert bar.card.isVisibleTo(main) and bar.card.title.text() == "Tip: What pain is telling you"
    qtbot.keyClick(focused, Qt.Key.Key_N, Qt.KeyboardModifier.AltModifier)  # Close
    assert not bar.isVisibleTo(main)
    main.close()
    again = opened(qtbot, clock, tmp_path)
    assert bar_of(again) is None  # asked once
    again.close()


def test_esc_in_the_bar_puts_it_away_and_moves_nothing(
    qtbot: QtBot, clock: FakeClock, tmp_path: Path, catalogue: Catalogue
) -> None:
    trained(catalogue, days_ago=1)
    main = opened(qtbot, clock, tmp_path)
    bar = bar_of(main)
    assert bar is not None
    bar.buttons[NextDay.SAME].setFocus()  # Tab reaches it like any button
    qtbot.keyClick(bar.buttons[NextDay.SAME], Qt.Key.Key_Escape)
    assert not bar.isVisibleTo(main)
    assert list(next_day_answers(main.history).values()) == [None]
    assert states_of(main.history, short(main))["knee-plank"] == STEPPED_UP
    main.close()


def test_a_click_on_better_is_kept_and_moves_nothing(
    qtbot: QtBot, clock: FakeClock, tmp_path: Path, catalogue: Catalogue
) -> None:
    trained(catalogue, days_ago=1)
    main = opened(qtbot, clock, tmp_path)
    assert bar_of(main) is not None
    bar = bar_of(main)
    assert bar is not None
    qtbot.mouseClick(bar.buttons[NextDay.BETTER], Qt.MouseButton.LeftButton)
    assert list(next_day_answers(main.history).values()) == [NextDay.BETTER]
    assert states_of(main.history, short(main))["knee-plank"] == STEPPED_UP
    main.close()


def test_not_asked_two_days_after(qtbot: QtBot, clock: FakeClock, tmp_path: Path, catalogue: Catalogue) -> None:
    trained(catalogue, days_ago=2)
    main = opened(qtbot, clock, tmp_path)
    assert bar_of(main) is None
    main.close()


def test_a_first_start_asks_nothing_and_opens_no_history(window: MainWindow, qtbot: QtBot) -> None:
    qtbot.waitUntil(lambda: window._folders_checked, timeout=2000)  # painted: the question's turn is queued
    QApplication.processEvents()  # and taken
    assert bar_of(window) is None
    assert window._history is None  # no file yet: nothing to ask about, and nothing opened for it
    assert not history_path().exists()


def test_alt_n_puts_it_away_from_anywhere_in_the_window(
    qtbot: QtBot, clock: FakeClock, tmp_path: Path, catalogue: Catalogue
) -> None:
    trained(catalogue, days_ago=1)
    main = opened(qtbot, clock, tmp_path)
    bar = bar_of(main)
    assert bar is not None
    main.activateWindow()
    qtbot.waitUntil(main.isActiveWindow, timeout=2000)
    qtbot.keyClick(main.library_view.search, Qt.Key.Key_N, Qt.KeyboardModifier.AltModifier)
    assert not bar.isVisibleTo(main)
    assert list(next_day_answers(main.history).values()) == [None]
    main.close()


def test_the_question_and_its_answers_speak_german_and_alt_1_answers_better(
    qtbot: QtBot, clock: FakeClock, tmp_path: Path, catalogue: Catalogue
) -> None:
    from workout_timer.domain.common import language

    language.use("de_DE")
    trained(catalogue, days_ago=1)
    main = opened(qtbot, clock, tmp_path)
    bar = bar_of(main)
    assert bar is not None and bar.isVisibleTo(main)
    assert bar.question.text() == "Wie geht es deinem Rücken im Vergleich zu gestern?"
    names = [button.accessibleName() for button in (*bar.buttons.values(), bar.not_now)]
    assert names == ["Besser", "Gleich", "Schlechter", "Jetzt nicht"]
    words = " ".join([bar.question.text(), bar.not_now.toolTip(), *(b.text() for b in bar.buttons.values())])
    for english in ("How", "back", "yesterday", "Better", "same", "Worse", "Not now", "question", "asked"):
        assert english not in words, (english, words)
    main.activateWindow()
    qtbot.waitUntil(main.isActiveWindow, timeout=2000)
    focused = QApplication.focusWidget()
    assert focused is not None
    qtbot.keyClick(focused, Qt.Key.Key_1, Qt.KeyboardModifier.AltModifier)
    assert not bar.isVisibleTo(main)
    assert list(next_day_answers(main.history).values()) == [NextDay.BETTER]
    main.close()


def test_after_worse_the_reply_stays_home_and_worse_twice_running_points_to_a_doctor(
    qtbot: QtBot, clock: FakeClock, tmp_path: Path, catalogue: Catalogue
) -> None:
    """After "worse" nothing told the runner what happens next: the reply says what next time does, by the progress
    rules, with a card that fits; it never shows over a session, and worse the time before too brings the doctor's
    card (never a diagnosis)."""
    trained(catalogue, days_ago=2)
    store = HistoryStore(history_path())
    (first,) = [record.id for record in store.sessions()]
    keep_next_day(store, first, NextDay.WORSE)
    store.close()
    trained(catalogue, days_ago=1)
    main = opened(qtbot, clock, tmp_path)
    bar = bar_of(main)
    assert bar is not None
    qtbot.mouseClick(bar.buttons[NextDay.WORSE], Qt.MouseButton.LeftButton)
    assert bar.reply.text() == "Next time: Plank again, 20 seconds, 1 set."
    assert bar.card.title.text() == "Tip: When to see a doctor"
    entry = main.library.find("short-test")
    assert entry is not None
    main.show_preview(entry)
    assert not bar.isVisible()  # the reply keeps to the home screens, as the question did
    main.show_library()
    assert bar.isVisible()
    qtbot.mouseClick(bar.close_button, Qt.MouseButton.LeftButton)
    assert not bar.isVisible()
    main.show_preview(entry)
    main.show_library()
    assert not bar.isVisible()  # closed for good
    qtbot.waitUntil(lambda: bar_of(main) is None, timeout=2000)  # and deleted: no bar left behind
    main.close()


def test_after_worse_on_a_rest_day_the_reply_gives_the_routines_next_week_in_the_programme(
    qtbot: QtBot, clock: FakeClock, tmp_path: Path, catalogue: Catalogue
) -> None:
    """The bug: the day after a session is usually a rest day, and the reply took the routine as written ("3
    sets") though its next session, in the programme's gentler week 2, runs the easier version, once."""
    from workout_timer import resources
    from workout_timer.domain.history.following import Following

    today = dt.date.today()
    store = HistoryStore(history_path())
    store.follow(Following("back-on-track", today - dt.timedelta(days=3)))  # today is day 4 of week 1: a rest day
    store.close()
    for routine_id, days_ago in (("back-care-mobility", 3), ("core-for-runners", 1)):
        noon = dt.datetime.combine(today - dt.timedelta(days=days_ago), dt.time(12)).timestamp()
        store = HistoryStore(history_path(), wall_clock=lambda noon=noon: noon)
        routine = load_routine_text(
            (resources.routines_dir() / f"{routine_id}.yaml").read_text(), f"{routine_id}.yaml", catalogue, routine_id
        )
        summary = SessionSummary(build_timeline(routine))
        session = store.begin(summary)
        summary.work = 600.0
        store.record(session, ran_to_its_end(summary.timeline, 900.0))
        if routine_id == "core-for-runners":
            stepped = State("knee-plank", Dose("plank", 25, True), move=Move.UP, before=Dose("plank", 20, True))
            keep_states(store, routine, {}, {"knee-plank": stepped}, session)
        store.close()
    main = opened(qtbot, clock, tmp_path)
    qtbot.waitUntil(lambda: bar_of(main) is not None, timeout=2000)  # Today opens the history first: asked after
    bar = bar_of(main)
    assert bar is not None
    qtbot.mouseClick(bar.buttons[NextDay.WORSE], Qt.MouseButton.LeftButton)
    assert bar.reply.text() == "Next time: Plank on your knees again, 20 seconds, 1 set."  # week 2, gentler
    main.close()
