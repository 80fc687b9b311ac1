"""The audio host's notes go to the app's log, never to the terminal, and a flood of them is cut short."""

from __future__ import annotations

import logging

import pytest

from workout_timer.domain.common.clock import FakeClock
from workout_timer.qt.audio.host_log import BURST, WINDOW, HostLines


def test_lines_are_logged_whole_even_when_they_arrive_in_pieces(caplog: pytest.LogCaptureFixture) -> None:
    lines = HostLines(FakeClock())
    with caplog.at_level(logging.INFO, logger="workout_timer.audio_host"):
        lines.feed(b"qt.multimedia.ffmpeg: Using Qt multimedia with FF")
        assert caplog.messages == []
        lines.feed(b"mpeg version 7.1\nPulseAudioService: pa_context_connect() failed\n\n")
    assert caplog.messages == [
        "qt.multimedia.ffmpeg: Using Qt multimedia with FFmpeg version 7.1",
        "PulseAudioService: pa_context_connect() failed",
    ]


def test_a_flood_is_cut_short_and_counted(caplog: pytest.LogCaptureFixture) -> None:
    clock = FakeClock()
    lines = HostLines(clock)
    with caplog.at_level(logging.INFO, logger="workout_timer.audio_host"):
        lines.feed(b"QSocketNotifier: Invalid socket 12 and type 'Read', disabling...\n" * 100_000)
        assert len(caplog.messages) == BURST
        clock.advance(WINDOW)
        lines.feed(b"back to normal\n")
    assert caplog.messages[-2:] == [f"{100_000 - BURST} more lines from the audio host were left out", "back to normal"]


def test_a_line_that_never_ends_is_kept_short(caplog: pytest.LogCaptureFixture) -> None:
    lines = HostLines(FakeClock())
    with caplog.at_level(logging.INFO, logger="workout_timer.audio_host"):
        lines.feed(b"x" * 10_000)
    assert [len(m) for m in caplog.messages] == [500]
