"""Cold start to a painted, usable window: the app against a bare PySide6 QMainWindow, started the same way.

Target: the app within 1.5x the bare window. Each is a fresh `python -c` process timed from just before
it is launched to the end of its window's first paint once the window is exposed (visible on the
screen); the median of several runs is reported, with each one's peak memory. Runs offscreen unless
QT_QPA_PLATFORM says otherwise; `--xvfb :N` starts Xvfb on display :N and measures under it (xcb), as
a desktop shows the window.

The app keeps a cache of the parsed library between starts; a usual start finds it. The very first
start (or the first after a routine file changed) parses the YAML, and is reported on its own line.
"""

from __future__ import annotations

import argparse
import os
import resource
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
{build}
from PySide6.QtCore import QEvent, QObject, QTimer
class FirstPaint(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint and watched.isVisible() and not hasattr(self, "seen"):
            self.seen = True
            QTimer.singleShot(0, self.report)
        return False
    def report(self):
        print(time.time() - float(os.environ["LAUNCHED_AT"]), flush=True)
        app.quit()
probe = FirstPaint()
window.installEventFilter(probe)
window.show()
{after_show}
app.exec()
"""

BARE = """
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv)
window = QMainWindow()
window.resize(1280, 720)
"""

APP = """
import workout_timer.cli  # what the `workout-timer` command loads first
from workout_timer.qt.shell.app import make_application, make_window
app = make_application()
window = make_window()
"""


def launch(build: str, env: dict[str, str]) -> tuple[float, float]:
    """Seconds to the first paint, and the child's peak memory in MB."""
    env = {**env, "LAUNCHED_AT": repr(time.time())}
    after_show = "window.start_audio_once_painted()" if build is APP else ""  # as run_app does
    probe = PROBE.format(build=build, after_show=after_show)
    done = subprocess.run([sys.executable, "-c", probe], env=env, capture_output=True, text=True, check=True)
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return float(done.stdout.strip().splitlines()[-1]), peak


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--xvfb", metavar="DISPLAY", help="start Xvfb on DISPLAY and measure under it (xcb)")
    options = parser.parse_args()
    env = {key: value for key, value in os.environ.items() if key != "PYTHONDONTWRITEBYTECODE"}
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
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
            measure(env)
        finally:
            server.terminate()
            server.wait()
        return
    measure(env)


def measure(env: dict[str, str]) -> None:
    with tempfile.TemporaryDirectory() as home:  # an empty user folder, as on a first start
        for name in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"):
            env[name] = str(Path(home) / name.lower())
        launch(BARE, env)  # warm the disk cache and the bytecode of both
        launch(APP, env)
        bare, app, first, bare_peak, app_peak = [], [], [], 0.0, 0.0
        for _ in range(RUNS):  # interleaved, so a busy moment hurts all alike
            seconds, bare_peak = launch(BARE, env)
            bare.append(seconds)
            seconds, app_peak = launch(APP, env)
            app.append(seconds)
            shutil.rmtree(env["XDG_CACHE_HOME"], ignore_errors=True)
            first.append(launch(APP, env)[0])
    bare_median, app_median = statistics.median(bare), statistics.median(app)
    print(f"platform: {env['QT_QPA_PLATFORM']}, {RUNS} runs each, median to the first paint")
    print(f"bare QMainWindow   {bare_median * 1000:7.0f} ms   (min {min(bare) * 1000:.0f}, max {max(bare) * 1000:.0f})")
    print(f"workout-timer      {app_median * 1000:7.0f} ms   (min {min(app) * 1000:.0f}, max {max(app) * 1000:.0f})")
    print(f"ratio              {app_median / bare_median:7.2f} x  (target: at most 1.5)")
    first_median = statistics.median(first)
    print(
        f"first start        {first_median * 1000:7.0f} ms   (no library cache yet: {first_median / bare_median:.2f} x)"
    )
    print(f"peak memory (largest child so far): {max(bare_peak, app_peak):.0f} MB")


if __name__ == "__main__":
    main()
