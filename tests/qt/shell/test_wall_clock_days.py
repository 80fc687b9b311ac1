"""Every "today" of the window comes from its one injected wall clock: the tips' first week and the sheet's date."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from tests.helpers.app_window import app_window
from tests.qt.shell.test_next_day_question import trained
from workout_timer.domain.common.clock import FakeClock
from workout_timer.domain.routines.routine import Catalogue


def test_a_month_after_the_first_session_by_the_windows_clock_the_preview_shows_no_first_week_tip(
    qtbot: QtBot, clock: FakeClock, tmp_path: Path, catalogue: Catalogue
) -> None:
    """The bug: the tips went by the computer's clock, not the window's: a month on, still "the first week"."""
    trained(catalogue, days_ago=0)  # the one session so far, today by the computer's clock
    wall = FakeClock(dt.datetime.combine(dt.date.today() + dt.timedelta(days=30), dt.time(12)).timestamp())
    main = app_window(qtbot, clock, tmp_path, wall_clock=wall)
    main.settings.cards_shown = ""
    main.show_preview(main.library.find("short-test"))  # type: ignore[arg-type]
    card = main.preview_view.card
    assert card.isVisibleTo(main) and card.title.text() != "Tip: Build up gradually"  # the first week's tip
    main.close()


def test_the_preview_dates_its_sheet_by_the_windows_wall_clock(
    qtbot: QtBot, clock: FakeClock, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from workout_timer.qt.paper import paper_dialogs

    day = dt.date.today() + dt.timedelta(days=30)
    wall = FakeClock(dt.datetime.combine(day, dt.time(12)).timestamp())
    main = app_window(qtbot, clock, tmp_path, wall_clock=wall)
    dated: list[dt.date] = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_args, **_kw: (str(tmp_path / "s.pdf"), ""))
    monkeypatch.setattr(paper_dialogs, "save_sheet", lambda _routine, _path, _size, today: dated.append(today) or 1)
    main.show_preview(main.library.find("short-test"))  # type: ignore[arg-type]
    qtbot.mouseClick(main.preview_view.pdf_button, Qt.MouseButton.LeftButton)
    assert dated == [day]
    main.close()


def test_a_month_after_the_first_session_by_the_windows_clock_the_summary_shows_no_first_week_tip(
    qtbot: QtBot, clock: FakeClock, tmp_path: Path, catalogue: Catalogue
) -> None:
    """The summary's tip went by the computer's clock too."""
    from tests.helpers.app_window import run_short_session

    trained(catalogue, days_ago=0)
    wall = FakeClock(dt.datetime.combine(dt.date.today() + dt.timedelta(days=30), dt.time(12)).timestamp())
    main = app_window(qtbot, clock, tmp_path, wall_clock=wall)
    main.settings.cards_shown = ""
    run_short_session(qtbot, main, clock)
    card = main.session.summary_view.card
    assert main.current_view() is main.session.summary_view
    assert card.isVisibleTo(main) and card.title.text() != "Tip: Build up gradually"
    main.close()
