"""The next-day question on the window: the bar above the screens when `workout/next_day` says it is due, shown
on the screens the window opens on (the routines and Today), never over a preview, a session or the history, and
the answer passed back to it. With the window open across midnight, the new day is taken up at once
(`follow_the_day`): Today's plan and streak move to it, and the question is asked if it is due now."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Protocol

from PySide6.QtWidgets import QStackedWidget, QWidget

from workout_timer.qt.library.day_timer import DayTimer

if TYPE_CHECKING:
    from workout_timer.domain.care.exercise_progress import NextDay
    from workout_timer.domain.common.clock import WallClock
    from workout_timer.domain.history.store import HistoryStore
    from workout_timer.domain.library.library import Library
    from workout_timer.domain.routines.routine import Routine
    from workout_timer.qt.common.settings import Settings
    from workout_timer.qt.library.next_day_bar import NextDayBar
    from workout_timer.qt.shell.today_screen import TodayScreen


class Asker(Protocol):
    """What the question needs of the window."""

    @property
    def history(self) -> HistoryStore: ...
    @property
    def library(self) -> Library: ...
    @property
    def stack(self) -> QStackedWidget: ...
    def put_above_screens(self, widget: QWidget) -> None: ...
    def at_home(self) -> bool: ...
    def refresh_goal(self) -> None: ...
    @property
    def today_screen(self) -> TodayScreen: ...

    settings: Settings


def follow_the_day(window: Asker, wall_clock: WallClock) -> DayTimer:
    """Ask the question if it is due, now and at each midnight by `wall_clock` (the history's): a question about a
    day that is no longer yesterday is taken away, and Today, on screen, shows the new day's plan and streak."""
    from workout_timer.domain.common.paths import history_path

    asking: list[NextDayBar] = []

    def offer() -> None:
        if history_path().is_file():  # no history yet: nothing to ask about, and nothing opened for it
            bar = offer_next_day(window, asking.remove)
            if bar is not None:
                asking.append(bar)

    def turned() -> None:
        for bar in list(asking):
            bar.withdraw()  # unanswered, or its reply, about the day before yesterday now: it goes
        offer()
        if history_path().is_file():  # the daily goal starts again: none of the new day's minutes yet
            window.refresh_goal()
        if window.at_home() and window.stack.currentWidget() is window.today_screen.view:
            window.today_screen.refresh()

    days = DayTimer(window.today_screen.today, wall_clock, window.stack, watch=window.stack.window())
    days.dayChanged.connect(turned)
    offer()
    return days


def offer_next_day(window: Asker, gone: Callable[[NextDayBar], object] = lambda _bar: None) -> NextDayBar | None:
    """Put the question above the screens if it is due today (once), shown while the window is at home; after
    "worse", the reply in its place (what next time does, and a card) until it is closed. The bar, if asked: it is
    deleted once answered with nothing to reply, closed or taken away, and `gone` is told."""
    from workout_timer.domain.care.cards import shipped_cards
    from workout_timer.domain.workout.next_day import answer, question
    from workout_timer.qt.library.next_day_bar import NextDayBar

    asked = question(window.history)
    if asked is None:
        return None
    bar = NextDayBar()
    window.put_above_screens(bar)
    placing = follow_home(bar, window.stack, window.at_home)

    def routine_of(routine_id: str) -> Routine | None:
        entry = window.library.find(routine_id)
        return None if entry is None else entry.routine

    def closed() -> None:
        window.stack.currentChanged.disconnect(placing)  # asked once: not back with the next screen
        bar.deleteLater()  # done with: a new one is made for the next day's question
        gone(bar)

    def answered(reply: NextDay | None) -> None:
        said = answer(window.history, asked, reply, routine_of, window.today_screen.week_for)
        if said is None or not said.next_time:
            closed()
            return
        cards = {card.id: card for card in shipped_cards()} if window.settings.cards_on else {}
        bar.show_reply(said.next_time, cards.get(said.card or ""))
        placing()

    bar.answered.connect(answered)
    bar.closed.connect(closed)
    return bar


def follow_home(bar: QWidget, stack: QStackedWidget, at_home: Callable[[], bool]) -> Callable[[], None]:
    """Show `bar` while the window is at home (the routines or Today), hide it over any other screen (its keys
    work only while it shows); the slot that does it, to disconnect."""

    def placed() -> None:
        bar.setVisible(at_home())

    stack.currentChanged.connect(placed)
    placed()
    return placed
