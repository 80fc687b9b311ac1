"""The history's calendar and charts in the theme's colours, readable in every scheme."""

from __future__ import annotations

import datetime as dt
import time
from pathlib import Path

from PySide6.QtGui import QColor
from pytestqt.qtbot import QtBot

from tests.helpers.recording import recording
from workout_timer.domain.common.clock import FakeClock
from workout_timer.domain.history.store import HistoryStore
from workout_timer.domain.routines.timeline import Timeline, build_timeline
from workout_timer.domain.session.engine import SessionEngine
from workout_timer.qt.common.theme.look import look
from workout_timer.qt.history.history_view import HistoryView


def exercised_on(path: Path, timeline: Timeline, day: dt.date, minutes: int = 2) -> None:
    """A session of `minutes` of exercise at noon on `day`, as the app writes one."""
    noon = time.mktime(dt.datetime.combine(day, dt.time(12)).timetuple())
    store = HistoryStore(path, wall_clock=lambda: noon)
    clock = FakeClock()
    engine = SessionEngine(timeline, clock)
    _session, record = recording(store, timeline)
    record(engine.start())
    for _ in range(minutes * 60):
        clock.advance(1.0)
        record(engine.update())
    record(engine.abandon())
    store.close()


LONG = """\
version: 1
name: Long plank
defaults: {prepare: 0}
steps:
  - {exercise: plank, duration: 180}
"""


def test_a_day_of_the_month_beside_is_marked_only_when_its_month_shows(qtbot: QtBot, tmp_path: Path, load) -> None:  # type: ignore[no-untyped-def]
    """Qt greys the days of the months beside the one shown, over a mark: grey on the accent colour read at
    1.7:1. Such a day is marked when its own month shows."""
    today = dt.date(2026, 12, 16)  # December begins on a Tuesday: the page shows 30 November
    last_month = dt.date(2026, 11, 30)
    timeline = build_timeline(load(LONG))
    exercised_on(tmp_path / "history.db", timeline, last_month)
    exercised_on(tmp_path / "history.db", timeline, dt.date(2026, 12, 2))
    view = HistoryView()
    qtbot.addWidget(view)
    view.calendar.setCurrentPage(2026, 12)
    store = HistoryStore(tmp_path / "history.db", read_only=True)
    view.show_history(store, today=today)
    accent = QColor(look().palette.accent)

    def marked(day: dt.date) -> bool:
        return view.calendar.dateTextFormat(day).background().color() == accent

    assert marked(dt.date(2026, 12, 2)) and not marked(last_month)
    view.calendar.showPreviousMonth()  # the calendar's ◀
    assert marked(last_month) and not marked(dt.date(2026, 12, 2))
    store.close()
