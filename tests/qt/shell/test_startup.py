"""The library paints before anything a session, the voice or the history needs has been loaded.

Each of these modules costs milliseconds of every start; `bench_cold_start.py` measures the total.
This only guards against one of them creeping back onto the path to the first paint.
"""

from __future__ import annotations

import importlib.util
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow  # the app is started in a fresh interpreter

NOT_BEFORE_THE_FIRST_PAINT = (
    "yaml",  # the library comes from its cache when no file changed
    "workout_timer.domain.routines.loading",
    "workout_timer.domain.routines.reading",
    "workout_timer.domain.session.cues",
    "workout_timer.domain.session.engine",
    "workout_timer.domain.session.due_cues",
    "workout_timer.domain.history.store",
    "workout_timer.qt.session.player_view",
    "workout_timer.qt.library.preview_view",
    "workout_timer.qt.audio.audio_client",
    "workout_timer.qt.audio.host_process",
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
    "hashlib",  # only for a runtime folder whose path is too long for a socket (`identity.instance_address`)
    "babel",  # its import and a locale's data, 45 ms: the details' durations are written without it (`durations`)
    "difflib",  # a routine asked for by a name not found
    "workout_timer.qt.common.theme.app_style",  # QStyle's 14 Python enums: the first frame draws nothing of it
    "workout_timer.qt.common.theme.icons",
    "workout_timer.domain.desktop.second_launch",  # what a later launch asks, and the answer: only when one does
    "workout_timer.qt.shell.launches",
)

FIRST_PAINT_BUDGET = (68, 22)
"""The app's own modules and dataclasses loaded before the first paint, at most (66 and 21 now). Each module costs
every start about 0.1 ms, each frozen dataclass about 0.7 ms (Python 3.11 writes and compiles five functions for
it): one more on the way to the first paint is a choice made here, its cost measured (benchmarks/README.md)."""

PROBE = """
import dataclasses, gc, json, os, sys
from pathlib import Path
from workout_timer import resources
import workout_timer.qt.shell.app as shell

resources.shipped_library_path = lambda: Path(os.environ["SHIPPED_LIBRARY"])  # as built into the wheel, or none

made = shell.make_window


def make_window():  # the window `workout-timer` opens, watched from its first paint on
    window = made()
    window.start_audio = lambda: None  # (the audio host is not what this looks at: no process to end)
    from PySide6.QtCore import QEvent, QObject, QTimer

    class FirstPaint(QObject):
        def eventFilter(self, watched, event):
            if watched is window and event.type() == QEvent.Type.Paint and not hasattr(self, "loaded"):
                self.loaded = sorted(sys.modules)
                ours = [module for name, module in sys.modules.items() if name.startswith("workout_timer")]
                self.ours = [len(ours), len({
                    kind for module in ours for kind in vars(module).values()
                    if isinstance(kind, type) and kind.__module__ == module.__name__ and dataclasses.is_dataclass(kind)
                })]
                self.collecting = gc.isenabled()
                self.widget_classes = sorted(name for name in vars(sys.modules["PySide6.QtWidgets"]) if name[0] == "Q")
                self.made_classes = sorted(  # PySide makes a class's Python type, enums included, when first used
                    name for module in ("QtCore", "QtGui") for name in vars(sys.modules["PySide6." + module])
                    if name[0] == "Q"
                )
                self.clear_button = window.library_view.search.isClearButtonEnabled()
                self.styled = type(shell.QApplication.style()).__name__ == "MarkedStyle"
                self.shown = [window.library_view.routines.count(), window.library_view.details.toPlainText()]
                QTimer.singleShot(0, lambda: QTimer.singleShot(0, self.after))  # after what the paint queued
            return False

        def after(self):
            print(json.dumps({
                "at_first_paint": self.loaded,
                "ours": self.ours,
                "widget_classes": self.widget_classes,
                "made_classes": self.made_classes,
                "collecting": [self.collecting, gc.isenabled(), bool(gc.get_freeze_count())],
                "clear_button": [self.clear_button, window.library_view.search.isClearButtonEnabled()],
                "icon": [not shell.QApplication.windowIcon().isNull()],
                "style": [self.styled, type(shell.QApplication.style()).__name__ == "MarkedStyle"],
                "then": sorted(sys.modules),
                "library": self.shown,
            }))
            window.close()  # as Quit does: the audio host started after the paint ends with it

    window.probe = FirstPaint(window)
    window.installEventFilter(window.probe)
    return window


shell.make_window = make_window
from workout_timer.cli.dispatch import main

sys.exit(main([]))
"""


def started(shipped: Path, system: str = "C.UTF-8") -> dict[str, list[object]]:
    """What a start of `workout-timer` had loaded at its window's first paint, and a moment later, with the
    built-in routines read when the app was built at `shipped` (or none there), under the system's locale `system`."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "SHIPPED_LIBRARY": str(shipped), "LANG": system}
    done = subprocess.run(
        [sys.executable, "-c", PROBE], env=env, capture_output=True, text=True, check=True, timeout=60
    )
    return json.loads(done.stdout.strip().splitlines()[-1])  # type: ignore[no-any-return]


LANGUAGES = pytest.mark.parametrize("system", ["C.UTF-8", "de_DE.UTF-8"])
"""Each start is tried in English and in German: a language's words must not bring Babel or difflib back."""


@LANGUAGES
def test_a_start_with_the_library_cached_loads_only_what_the_library_needs(tmp_path: Path, system: str) -> None:
    none_shipped = tmp_path / "none.pickle"
    first = started(none_shipped, system)
    assert "yaml" in first["at_first_paint"]  # the very first start reads the files, fills the cache
    assert (" Sek." if system.startswith("de") else " sec") in str(first["library"][1])  # in its language
    start = started(none_shipped, system)
    early = set(start["at_first_paint"]) & set(NOT_BEFORE_THE_FIRST_PAINT)
    assert early == set(), f"loaded before the first paint: {sorted(early)}"
    modules, dataclasses = start["ours"]
    assert modules <= FIRST_PAINT_BUDGET[0], f"{modules} of the app's modules before the first paint"
    assert dataclasses <= FIRST_PAINT_BUDGET[1], f"{dataclasses} dataclasses made before the first paint"
    assert "PySide6.QtNetwork" in start["then"], "the app listens for later launches once painted"
    # A widget Qt made (a list's viewport) handed to Python builds the Python class of every kind of widget
    # with its enums first (8 ms): the library has no tabs, so QTabBar is one of those.
    assert "QTabBar" not in start["widget_classes"], "a widget made by Qt was looked up before the first paint"
    assert start["clear_button"] == [False, True], "the search field's clear button comes after the first paint"
    assert "QStyle" not in start["widget_classes"], "the app's style (a QProxyStyle) comes after the first paint"
    # `QAction(text, parent)` tries an overload with a QIcon first, which builds QIcon's Python enums (1.4 ms)
    assert "QIcon" not in start["made_classes"], "QIcon was made before the first paint (the icon comes after it)"
    if system.startswith("C"):
        assert "QLibraryInfo" not in start["made_classes"], "English needs none of Qt's translations"
    assert start["style"] == [False, True]
    assert start["icon"] == [True]
    assert start["collecting"] == [False, True, True], "Python's cycle collector waits for the first paint"


@LANGUAGES
def test_the_very_first_start_takes_the_built_in_routines_read_when_the_app_was_built(
    tmp_path: Path, system: str
) -> None:
    """No cache of the user's yet: the routines come from the file the wheel's build writes, with no YAML read."""
    script = Path(__file__).resolve().parents[3] / "scripts" / "ship_library.py"
    spec = importlib.util.spec_from_file_location("ship_library", script)
    assert spec is not None and spec.loader is not None
    ship = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(ship)
    shipped = tmp_path / "routines.pickle"
    ship.ship_library(shipped)
    cache = Path(os.environ["XDG_CACHE_HOME"])
    shutil.rmtree(cache, ignore_errors=True)
    start = started(shipped, system)
    early = set(start["at_first_paint"]) & set(NOT_BEFORE_THE_FIRST_PAINT)
    assert early == set(), f"loaded before the first paint: {sorted(early)}"
    assert any(cache.rglob("library.pickle")), "and the user's own cache is filled for the next start"


@pytest.mark.parametrize(("system", "said"), [("en_EN.UTF-8", "30 sec"), ("de_US.UTF-8", "30 Sek.")])
def test_the_app_starts_on_its_library_under_a_region_babel_does_not_know(
    system: str, said: str, tmp_path: Path
) -> None:
    """`LANG=en_EN.UTF-8 workout-timer` once ended at start, Babel not knowing the region of the library's durations."""
    rows, details = started(tmp_path / "none.pickle", system)["library"]
    assert isinstance(rows, int) and rows > 5
    assert said in str(details)
