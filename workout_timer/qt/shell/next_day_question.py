"""The next-day question on the window: the bar above the routines when `workout/next_day` says it is due,
and the answer passed back to it."""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

from PySide6.QtWidgets import QVBoxLayout

if TYPE_CHECKING:
    from workout_timer.domain.care.exercise_progress import NextDay
    from workout_timer.domain.history.store import HistoryStore
    from workout_timer.domain.library.library import Library
    from workout_timer.domain.routines.routine import Routine
    from workout_timer.qt.library.library_view import LibraryView


class Asker(Protocol):
    """What the question needs of the window."""

    @property
    def history(self) -> HistoryStore: ...
    @property
    def library_view(self) -> LibraryView: ...
    @property
    def library(self) -> Library: ...


def offer_next_day(window: Asker) -> None:
    """Put the question above the routines if it is due today (once)."""
    from workout_timer.domain.workout.next_day import answer, question
    from workout_timer.qt.library.next_day_bar import NextDayBar

    asked = question(window.history)
    if asked is None:
        return
    bar = NextDayBar()
    layout = window.library_view.layout()
    assert isinstance(layout, QVBoxLayout)
    layout.insertWidget(0, bar)
    bar.show()  # (added to a window already shown)

    def routine_of(routine_id: str) -> Routine | None:
        entry = window.library.find(routine_id)
        return None if entry is None else entry.routine

    def answered(reply: NextDay | None) -> None:
        answer(window.history, asked, reply, routine_of)

    bar.answered.connect(answered)
