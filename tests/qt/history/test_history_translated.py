"""The history in another language: every word it shows is marked for translation (the pseudo-language finds
any that is not), and in German on a 1024×600 screen nothing is cut short."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from tests.helpers.app_window import app_window, start_from_the_preview
from tests.helpers.pseudo_language import CLOSE, OPEN, pseudo_language, unmarked
from tests.qt.common.test_larger_text import SMALL, cut_short
from workout_timer.domain.care.back_care import CheckIn, Moment
from workout_timer.domain.common.clock import FakeClock
from workout_timer.domain.common.dates import long_moment
from workout_timer.qt.history.history_view import HistoryView
from workout_timer.qt.shell.main_window import MainWindow

ROUTINE = "Short test session"


@pytest.fixture
def window(qtbot: QtBot, clock: FakeClock, tmp_path: Path) -> Iterator[MainWindow]:
    main = app_window(qtbot, clock, tmp_path)
    yield main
    main.close()


def a_stopped_session_with_check_ins(qtbot: QtBot, window: MainWindow, clock: FakeClock) -> None:
    """A session started from the preview, stopped 30 s in (twice paused by the keys), and how the back felt."""
    start_from_the_preview(qtbot, window, clock)
    driver = window.session.driver
    assert driver is not None
    for _second in range(30):
        clock.advance(1.0)
        driver.wake()
    driver.stop()
    (session,) = window.history.sessions()
    window.history.check_in(session.id, CheckIn(Moment.BEFORE, 4))
    window.history.check_in(session.id, CheckIn(Moment.AFTER, 3))


def open_history(qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch, export: Path) -> HistoryView:
    """The history through the window, its newest session chosen, and exported as CSV (so its note shows)."""
    window.show_history()
    view = window.current_view()
    assert isinstance(view, HistoryView)
    qtbot.keyClick(view.sessions, Qt.Key.Key_Down)
    view.sessions.setCurrentRow(0)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_args, **_kw: (str(export), ""))
    qtbot.mouseClick(view.export_button, Qt.MouseButton.LeftButton)
    return view


def marked(text: str) -> bool:
    return text.startswith(OPEN) and text.endswith(CLOSE)


def test_every_word_of_the_history_is_marked(
    qtbot: QtBot, window: MainWindow, clock: FakeClock, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with pseudo_language():
        a_stopped_session_with_check_ins(qtbot, window, clock)
        view = open_history(qtbot, window, monkeypatch, tmp_path / "history.csv")
        assert view.export_note.isVisibleTo(view) and view.details.text()
        (session,) = window.history.sessions()
        started = long_moment(dt.datetime.fromtimestamp(session.started_at))
        month = view.calendar.locale().standaloneMonthName(view.calendar.monthShown())  # Qt's calendar writes it
        assert unmarked(view, allowed=[ROUTINE, started, month]) == []
        for chart in (view.minutes_chart.chart(), view.pain_chart.chart()):
            assert marked(chart.title())
        assert all(marked(series.name()) for series in view.pain_chart.chart().series())
        assert all(marked(bars.label()) for series in view.minutes_chart.chart().series() for bars in series.barSets())


@pytest.mark.usefixtures("german")
def test_the_history_in_german_fits_a_small_screen(
    qtbot: QtBot, window: MainWindow, clock: FakeClock, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    a_stopped_session_with_check_ins(qtbot, window, clock)
    window.resize(*SMALL)
    view = open_history(qtbot, window, monkeypatch, tmp_path / "verlauf.csv")
    assert view.export_note.text() == f"1 Einheit in {tmp_path / 'verlauf.csv'} gespeichert."
    assert view.goal.itemText(0) == "Kein Tagesziel" and view.goal.itemText(1) == "5 Minuten am Tag"
    assert view.sessions.item(0).text().split("\n")[1].strip() == "0:20 geübt, abgebrochen"
    assert "Vorzeitig beendet nach 0:30, mit 0:20 Übungszeit." in view.details.text()
    assert view.pain_chart.chart().title() == "Wie sich dein Rücken anfühlte (0 bis 10)"
    try:
        qtbot.waitUntil(lambda: cut_short(window) == [], timeout=2000)
    except qtbot.TimeoutError:
        assert cut_short(window) == []
