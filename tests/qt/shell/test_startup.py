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
)

PROBE = """
import json, sys
import workout_timer.cli
from workout_timer.qt.shell.app import make_application, make_window

app = make_application()
window = make_window()
window.show()
app.processEvents()
print(json.dumps(sorted(sys.modules)))
"""


def loaded_at_start() -> set[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-c", PROBE], env=env, capture_output=True, text=True, check=True, timeout=60
    )
    return set(json.loads(done.stdout.strip().splitlines()[-1]))


def test_a_start_with_the_library_cached_loads_only_what_the_library_needs() -> None:
    assert "yaml" in loaded_at_start()  # the very first start reads the files, and fills the cache
    early = loaded_at_start() & set(NOT_BEFORE_THE_FIRST_PAINT)
    assert early == set(), f"loaded before the first paint: {sorted(early)}"
