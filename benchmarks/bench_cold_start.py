"""Cold start to a painted, usable window: the app against a bare PySide6 QMainWindow, started the same way.

Target: the app within 1.5x the bare window, the very first start (no library cache yet) included.
Each is a fresh `python -c` process timed from just before it is launched to the end of its window's
first paint once the window is exposed (visible on the screen). The app is started as the
`workout-timer` command starts it (`cli.main` with no arguments: the log, the single-instance lock, the
error hook, Ctrl+C), so everything on the way to its first paint is counted; what it paints is the real
library, every routine listed. Besides the wall time, each process reports its own CPU time up to that
paint (user + system), which a busy machine does not inflate as much: the machine's load is printed
with the figures. Runs offscreen unless QT_QPA_PLATFORM says otherwise; `--xvfb :N` starts Xvfb on
display :N and measures under it (xcb), as a desktop shows the window.

The app keeps a cache of the parsed library between starts; a usual start finds it. The very first
start has none: an installed app then takes the built-in routines as its wheel's build read them
(`workout_timer/routines.pickle`, written here first by `scripts/ship_library.py` as the build writes
it), and a source checkout without that file parses the YAML. Each is reported on its own line.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

RUNS = 9

PROBE = """
import os, sys, time
def watch(window):
    import json, resource
    from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
    class FirstPaint(QObject):
        def eventFilter(self, watched, event):
            if event.type() == QEvent.Type.Paint and watched.isVisible() and not hasattr(self, "seen"):
                self.seen = True
                QTimer.singleShot(0, self.report)
            return False
        def report(self):
            wall = time.time() - float(os.environ["LAUNCHED_AT"])
            used = resource.getrusage(resource.RUSAGE_SELF)
            print(json.dumps([wall, used.ru_utime + used.ru_stime, used.ru_maxrss / 1024]), flush=True)
            QCoreApplication.quit()
    window.probe = FirstPaint(window)
    window.installEventFilter(window.probe)
{build}
"""

BARE = """
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv)
window = QMainWindow()
window.resize(1280, 720)
watch(window)
window.show()
app.exec()
"""

APP = """
import importlib.util
class Watch:  # the window watched, its module imported where `main` imports it (a finder needs no base class:
    # importlib.abc would cost the app 5 ms of importlib.resources that neither it nor the bare window loads)
    def find_spec(self, name, path, target=None):
        if name != "workout_timer.qt.shell.app":
            return None
        sys.meta_path.remove(self)
        spec = importlib.util.find_spec(name)
        run = spec.loader.exec_module
        def exec_module(module):
            run(module)
            made = module.make_window
            def make_window():
                window = made()
                watch(window)
                return window
            module.make_window = make_window
        spec.loader.exec_module = exec_module
        return spec
sys.meta_path.insert(0, Watch())
from workout_timer.cli.dispatch import main
main([])
"""

UNSHIPPED = (
    """
from pathlib import Path
from workout_timer import resources
resources.shipped_library_path = lambda: Path("/nonexistent/routines.pickle")  # a checkout that has none
"""
    + APP
)


def launch(build: str, env: dict[str, str]) -> tuple[float, float, float]:
    """Seconds to the first paint, the CPU seconds the process had used by then, and its peak memory in MB."""
    env = {**env, "LAUNCHED_AT": repr(time.time())}
    done = subprocess.run(
        [sys.executable, "-c", PROBE.format(build=build)], env=env, capture_output=True, text=True, check=True
    )
    wall, cpu, peak = json.loads(done.stdout.strip().splitlines()[-1])
    return float(wall), float(cpu), float(peak)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--xvfb", metavar="DISPLAY", help="start Xvfb on DISPLAY and measure under it (xcb)")
    parser.add_argument("--runs", type=int, default=RUNS, help=f"of each kind of start (default {RUNS})")
    options = parser.parse_args()
    env = {key: value for key, value in os.environ.items() if key != "PYTHONDONTWRITEBYTECODE"}
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env["QT_LOGGING_RULES"] = "qt.multimedia.symbolsresolver=false"
    if options.xvfb:
        server = subprocess.Popen(
            ["Xvfb", options.xvfb, "-screen", "0", "1280x720x24", "-nolisten", "tcp"],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        socket = Path(f"/tmp/.X11-unix/X{options.xvfb.lstrip(':')}")
        while not socket.exists() and server.poll() is None:
            time.sleep(0.05)
        env.update(QT_QPA_PLATFORM="xcb", DISPLAY=options.xvfb)
        try:
            measure(env, options.runs)
        finally:
            server.terminate()
            server.wait()
        return
    measure(env, options.runs)


def line(label: str, runs: list[tuple[float, float, float]], bare: list[tuple[float, float, float]]) -> str:
    wall, cpu = statistics.median(r[0] for r in runs), statistics.median(r[1] for r in runs)
    bare_wall, bare_cpu = statistics.median(r[0] for r in bare), statistics.median(r[1] for r in bare)
    ratios = f"   {wall / bare_wall:4.2f} x   {cpu / bare_cpu:4.2f} x" if runs is not bare else ""
    return (
        f"{label:22} {wall * 1000:5.0f} ms ({min(r[0] for r in runs) * 1000:.0f}-{max(r[0] for r in runs) * 1000:.0f})"
        f"   {cpu * 1000:5.0f} ms ({min(r[1] for r in runs) * 1000:.0f}-{max(r[1] for r in runs) * 1000:.0f})"
        f"   {max(r[2] for r in runs):3.0f} MB{ratios}"
    )


def measure(env: dict[str, str], count: int) -> None:
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "scripts"))
    from ship_library import ship_library

    from workout_timer import resources

    ship_library(resources.shipped_library_path())  # as the wheel's build does
    with tempfile.TemporaryDirectory() as home:  # an empty user folder, as on a first start
        for name in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME", "XDG_RUNTIME_DIR"):
            env[name] = str(Path(home) / name.lower())  # (its own runtime folder: a running app is not asked)
        Path(env["XDG_RUNTIME_DIR"]).mkdir(mode=0o700)
        load_before = os.getloadavg()
        launch(BARE, env)  # warm the disk cache and the bytecode of both
        launch(APP, env)
        bare, app, first, unshipped = [], [], [], []
        for _ in range(count):  # interleaved, so a busy moment hurts all alike
            bare.append(launch(BARE, env))
            app.append(launch(APP, env))
            shutil.rmtree(env["XDG_CACHE_HOME"], ignore_errors=True)
            first.append(launch(APP, env))
            shutil.rmtree(env["XDG_CACHE_HOME"], ignore_errors=True)
            unshipped.append(launch(UNSHIPPED, env))
        load_after = os.getloadavg()
    print(f"platform: {env['QT_QPA_PLATFORM']}, {count} runs each, median (range) to the first paint")
    print(f"load average (1 min) {load_before[0]:.2f} before, {load_after[0]:.2f} after, on {os.cpu_count()} cores")
    print(f"{'':22} {'wall':>20}   {'CPU time':>20}   peak   wall    CPU  (ratios to the bare window)")
    print(line("bare QMainWindow", bare, bare))
    print(line("workout-timer", app, bare))
    print(line("first start", first, bare) + "   (no library cache yet, as installed)")
    print(line("first, nothing shipped", unshipped, bare) + "   (a checkout without routines.pickle)")
    print("target: at most 1.5 x, the first start included")


if __name__ == "__main__":
    main()
