"""Starting a 10,000-segment routine: how long the window is held between Start and the player.

Each part of the start is timed on its own (the timeline, the whole cue plan as `show` makes it, the
first segment's cues as a session plans them, the history's row), then the whole `start_session` in
the real main window, offscreen. Baseline, measured in the same run: the same start of a routine of
10 segments. Target: the big start within 0.25 s (it was 1 to 2 s, most of it the whole cue plan).
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

RUNS = 3
BIG = """\
version: 1
name: A very long routine
defaults: {{prepare: 5, rest: 3}}
steps:
  - circuit:
      rounds: {rounds}
      steps:
{steps}
"""
STEP = "        - {exercise: plank, duration: 5}\n"
"""Each step with its rest is two segments: 50 rounds of 100 steps make 10,000."""


def timed(work: Callable[[], object]) -> float:
    started = time.perf_counter()
    work()
    return time.perf_counter() - started


def main() -> None:
    tmp = Path(tempfile.mkdtemp(prefix="bench-big-"))
    for name in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"):
        os.environ[name] = str(tmp / name.lower())
    from PySide6.QtWidgets import QApplication

    from workout_timer import resources
    from workout_timer.domain.common.clock import FakeClock
    from workout_timer.domain.history.store import HistoryStore
    from workout_timer.domain.library.entry import Source
    from workout_timer.domain.library.library import Library
    from workout_timer.domain.routines.timeline import build_timeline
    from workout_timer.domain.session.cue_stream import CueStream
    from workout_timer.domain.session.cues import plan_cues
    from workout_timer.qt.common.settings import Settings
    from workout_timer.qt.session.wake_lock import WakeLock
    from workout_timer.qt.shell.main_window import MainWindow

    app = QApplication.instance() or QApplication(sys.argv[:1])
    library = Library(resources.routines_dir(), None, resources.catalogue_path())

    def measure(rounds: int, steps: int) -> dict[str, float]:
        path = tmp / f"routine-{rounds}.yaml"
        path.write_text(BIG.format(rounds=rounds, steps=STEP * steps))
        entry = library.load(path, Source.FILE)
        routine = entry.routine
        assert routine is not None, entry.problems
        timeline = build_timeline(routine)
        parts = {
            "segments": float(len(timeline)),
            "timeline": timed(lambda: build_timeline(routine)),
            "whole cue plan": timed(lambda: plan_cues(timeline)),
            "first cues": timed(lambda: CueStream(timeline).for_segment(0)),
        }
        store = HistoryStore(tmp / f"history-{rounds}.sqlite")
        parts["history row"] = timed(lambda: store.begin(timeline))
        store.close()
        starts = []
        for _ in range(RUNS):
            settings = Settings(tmp / "settings.ini")
            settings.check_ins = False
            lock = WakeLock(bus_address="unix:path=" + str(tmp / "no-bus"))
            window = MainWindow(library, settings, clock=FakeClock(), wake_lock=lock)
            window.resize(1280, 720)
            window.show()
            app.processEvents()
            starts.append(timed(lambda window=window: window.start_session(entry)))  # type: ignore[misc]
            window.close()
            window.deleteLater()
            app.processEvents()
        parts["whole start"] = statistics.median(starts)
        return parts

    figures = {"10 segments": measure(1, 5), "10,000 segments": measure(50, 100)}
    small, big = figures["10 segments"], figures["10,000 segments"]
    for name in ("timeline", "whole cue plan", "first cues", "history row", "whole start"):
        print(
            f"{name + ':':16} {small[name] * 1000:8.1f} ms for {small['segments']:.0f} segments, "
            f"{big[name] * 1000:8.1f} ms for {big['segments']:.0f}   ({big[name] / small[name]:.0f}x)"
        )
    print("PASS" if big["whole start"] < 0.25 else "FAIL: the big start holds the window over 0.25 s")


if __name__ == "__main__":
    main()
