"""1,000 routines in the user's folder: `workout-timer list`, and the library read again after one save.

Baseline, measured in the same run: `workout-timer --version`, the same interpreter and package
starting and doing nothing (for the command), a bare QMainWindow's first paint (for the app's, as
bench_cold_start.py measures it), and one routine file parsed and checked (for a reload after a
save, which should cost about that much plus a look at each file's size and time).

Targets: `list` with nothing changed under 1 s (it was 3 s: every file parsed on each call); the
library read again after one save, and the window's list shown again, each under 100 ms (it was
about 3 s, the window frozen), whatever the machine: the ratios say how far from the floor they are.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from bench_cold_start import APP, BARE, launch
from bench_validate import COUNT, make_files

from workout_timer import resources
from workout_timer.domain.library.library import Library
from workout_timer.domain.library.library_cache import LibraryCache
from workout_timer.domain.routines.loading import load_catalogue, load_routine

RUNS = 5


def timed(work: Callable[[], object]) -> float:
    started = time.perf_counter()
    work()
    return time.perf_counter() - started


def median_of(runs: int, work: Callable[[], object]) -> float:
    return statistics.median(timed(work) for _ in range(runs))


def command(env: dict[str, str], *args: str) -> float:
    def run() -> None:
        done = subprocess.run(
            [sys.executable, "-m", "workout_timer", *args], capture_output=True, text=True, check=False, env=env
        )
        assert done.returncode == 0, done.stderr[:2000]

    return timed(run)


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        home = Path(tmp)
        env = {key: value for key, value in os.environ.items() if key != "PYTHONDONTWRITEBYTECODE"}
        env.update(XDG_DATA_HOME=str(home / "data"), XDG_CACHE_HOME=str(home / "cache"))
        user = home / "data" / "workout-timer" / "routines"
        user.mkdir(parents=True)
        paths = make_files(user)
        cache_path = home / "cache" / "workout-timer" / "library.pickle"

        version = statistics.median(command(env, "--version") for _ in range(RUNS))
        first_list = command(env, "list")  # nothing cached yet
        warm_list = statistics.median(command(env, "list") for _ in range(RUNS))
        env.setdefault("QT_QPA_PLATFORM", "offscreen")
        env.update(XDG_CONFIG_HOME=str(home / "config"), XDG_STATE_HOME=str(home / "state"))
        bare_paint = statistics.median(launch(BARE, env)[0] for _ in range(RUNS))
        app_paint = statistics.median(launch(APP, env)[0] for _ in range(RUNS))  # the cache is warm from `list`

        catalogue = load_catalogue(resources.catalogue_path())
        one_parse = median_of(RUNS, lambda: load_routine(paths[0], catalogue))
        library = Library(resources.routines_dir(), user, resources.catalogue_path(), LibraryCache(cache_path))
        library.entries()
        saved = paths[COUNT // 2]

        def save_and_reload() -> None:
            saved.write_text(saved.read_text() + "\n")
            library.entries()

        reload = median_of(RUNS, save_and_reload)

        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        from PySide6.QtWidgets import QApplication

        from workout_timer.qt.library.library_view import LibraryView

        app = QApplication.instance() or QApplication([])
        view = LibraryView()
        first_show = timed(lambda: view.set_entries(library.entries()))

        def save_and_show() -> None:  # what the window does after a save, an import, a delete or an undo
            saved.write_text(saved.read_text() + "\n")
            view.set_entries(library.entries())

        shown_again = median_of(RUNS, save_and_show)
        view.deleteLater()
        app.processEvents()

        def new_start() -> None:  # another run of the app, one file changed since the last
            saved.write_text(saved.read_text() + "\n")
            Library(resources.routines_dir(), user, resources.catalogue_path(), LibraryCache(cache_path)).entries()

        start = median_of(RUNS, new_start)

    print(f"routines in the user's folder: {COUNT}")
    rows = [
        ("baseline, `workout-timer --version`", version, ""),
        ("`workout-timer list`, nothing cached yet", first_list, ""),
        ("`workout-timer list`, nothing changed", warm_list, f"{warm_list / version:.2f}x baseline"),
        ("baseline, a bare window's first paint", bare_paint, ""),
        ("the app's first paint, nothing changed", app_paint, f"{app_paint / bare_paint:.2f}x baseline"),
        ("baseline, one routine file parsed", one_parse, ""),
        ("library read again after one save", reload, f"{reload / one_parse:.1f}x one parse"),
        ("the list shown, the first time", first_show, ""),
        ("the list shown again after one save", shown_again, f"{shown_again / one_parse:.1f}x one parse"),
        ("a new start, one file changed since", start, f"{start / one_parse:.1f}x one parse"),
    ]
    for label, seconds, ratio in rows:
        print(f"{label + ':':44}{seconds * 1000:7.1f} ms   {ratio}".rstrip())
    ok = warm_list < 1.0 and reload < 0.1 and shown_again < 0.1
    print("PASS" if ok else "FAIL: over a target")


if __name__ == "__main__":
    main()
