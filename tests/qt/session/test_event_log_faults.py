"""A timing log that can't be written (`--event-log /dev/full`) is said, on the terminal and in the window."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from tests.helpers.app_window import app_window
from workout_timer.domain.common.clock import FakeClock
from workout_timer.qt.session.wake_lock import UNAVAILABLE

FULL = Path("/dev/full")


@pytest.mark.skipif(not FULL.exists(), reason="needs /dev/full, a device that is always full")
def test_a_full_timing_log_is_told_once_and_the_session_goes_on(
    qtbot: QtBot, clock: FakeClock, tmp_path: Path, capsys: pytest.CaptureFixture[str], caplog: pytest.LogCaptureFixture
) -> None:
    window = app_window(qtbot, clock, tmp_path)
    entry = window.library.find("short-test")
    assert entry is not None
    window.start_session(entry, event_log=FULL)
    for _ in range(30):
        clock.advance(1.0)
        assert window.session.driver is not None
        window.session.driver.wake()
    words = "The timing log /dev/full can't be written (the disk is full); the session goes on without it."
    assert capsys.readouterr().err.count(words) == 1
    told = [r.getMessage() for r in caplog.records if r.name == "workout_timer.window"]
    assert [message for message in told if message != UNAVAILABLE] == [words]  # the test's wake lock has no bus
    assert window.current_view() is window.session.player_view and window.session.driver.running
    window.close()
