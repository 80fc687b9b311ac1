"""The library paints before anything a session, the voice or the history needs has been loaded.

Each of these modules costs milliseconds of every start; `bench_cold_start.py` measures the total.
This only guards against one of them creeping back onto the path to the first paint.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

pytestmark = pytest.mark.slow  # the app is started in a fresh interpreter

NOT_BEFORE_THE_FIRST_PAINT = (
    "yaml",  # the library comes from its cache when no file changed
    "workout_timer.domain.routines.loading",
    "workout_timer.domain.routines.reading",
    "workout_timer.domain.session.cues",
    "workout_timer.domain.session.engine",
    "workout_timer.domain.history.store",
    "workout_timer.qt.session.player_view",
    "workout_timer.qt.library.preview_view",
    "workout_timer.qt.audio.audio_client",
    "workout_timer.qt.preferences.settings_dialog",
    "workout_timer.qt.session.session_controller",
    "workout_timer.domain.workout.flow",
    "workout_timer.cli.parser",  # the commands load only when one is given
    "PySide6.QtMultimedia",
    "PySide6.QtTextToSpeech",
    "PySide6.QtCharts",
    "urllib.request",  # with http, email and ssl: 40 ms that xml.sax.saxutils once brought for one escape()
    "http.client",
    "PySide6.QtNetwork",  # the single-instance socket listens once the window has painted
    "logging.handlers",  # (with socket, queue and struct) the log file moves itself aside when full
    "socket",  # Ctrl+C wakes Qt through a pipe
    "workout_timer.domain.desktop.install",  # the icon's path is the identity's; install brings metainfo and html
    "hashlib",  # a request to the open window travels only on a later launch
)

PROBE = """
import json, sys
import workout_timer.qt.shell.app as shell

made = shell.make_window


def make_window():  # the window `workout-timer` opens, watched from its first paint on
    window = made()
    window.start_audio = lambda: None  # (the audio host is not what this looks at: no process to end)
    from PySide6.QtCore import QEvent, QObject, QTimer

    class FirstPaint(QObject):
        def eventFilter(self, watched, event):
            if watched is window and event.type() == QEvent.Type.Paint and not hasattr(self, "loaded"):
                self.loaded = sorted(sys.modules)
                self.clear_button = window.library_view.search.isClearButtonEnabled()
                QTimer.singleShot(0, lambda: QTimer.singleShot(0, self.after))  # after what the paint queued
            return False

        def after(self):
            print(json.dumps({
                "at_first_paint": self.loaded,
                "clear_button": [self.clear_button, window.library_view.search.isClearButtonEnabled()],
                "icon": [not shell.QApplication.windowIcon().isNull()],
                "then": sorted(sys.modules),
            }))
            window.close()  # as Quit does: the audio host started after the paint ends with it

    window.probe = FirstPaint(window)
    window.installEventFilter(window.probe)
    return window


shell.make_window = make_window
from workout_timer.cli.dispatch import main

sys.exit(main([]))
"""


def started() -> dict[str, list[object]]:
    """What a start of `workout-timer` had loaded at its window's first paint, and a moment later."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-c", PROBE], env=env, capture_output=True, text=True, check=True, timeout=60
    )
    return json.loads(done.stdout.strip().splitlines()[-1])  # type: ignore[no-any-return]


def test_a_start_with_the_library_cached_loads_only_what_the_library_needs() -> None:
    assert "yaml" in started()["at_first_paint"]  # the very first start reads the files, and fills the cache
    start = started()
    early = set(start["at_first_paint"]) & set(NOT_BEFORE_THE_FIRST_PAINT)
    assert early == set(), f"loaded before the first paint: {sorted(early)}"
    assert "PySide6.QtNetwork" in start["then"], "the app listens for later launches once painted"
    assert start["clear_button"] == [False, True], "the search field's clear button comes after the first paint"
    assert start["icon"] == [True]
