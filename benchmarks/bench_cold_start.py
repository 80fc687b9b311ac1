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

The app keeps a cache of the parsed library between starts; a usual start finds it, and its settings
say the first-run notice was read. The very first start has neither: it shows the notice, and an
installed app takes the built-in routines as its wheel's build read them (`workout_timer/routines.pickle`,
written here first by `scripts/ship_library.py` as the build writes it), where a source checkout without
that file parses the YAML. Each is reported on its own line. A third window is the library's first
screen built by PySide alone (`SCREEN`): what PySide costs for that screen, whoever builds it.
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

SCREEN = """
from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QKeySequence, QPalette
from PySide6.QtWidgets import (QApplication, QComboBox, QHBoxLayout, QLabel, QLineEdit, QListWidget, QListWidgetItem,
    QMainWindow, QPushButton, QSplitter, QStackedWidget, QStyledItemDelegate, QTextBrowser, QVBoxLayout, QWidget)
app = QApplication(sys.argv)
palette = QPalette()
for number, role in enumerate(list(QPalette.ColorRole)[:16]):
    palette.setColor(role, QColor.fromHsv(number * 20, 40, 250 - number * 9))
app.setPalette(palette)
class Rows(QStyledItemDelegate):  # a routine's name in bold over a line of facts, as the library draws it
    def sizeHint(self, option, index):
        return QSize(300, int(option.fontMetrics.height() * 2.9) + 16)
    def paint(self, painter, option, index):
        name, facts = index.data(Qt.ItemDataRole.UserRole)
        painter.save()
        inner = option.rect.adjusted(14, 8, -14, -8)
        top = inner.adjusted(0, 0, 0, -inner.height() // 2)
        bold = QFont(option.font)
        bold.setPointSizeF(bold.pointSizeF() * 1.2)
        bold.setBold(True)
        painter.setFont(bold)
        painter.setPen(QColor("#202020"))
        name = QFontMetrics(bold).elidedText(name, Qt.TextElideMode.ElideRight, top.width())
        painter.drawText(top, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom, name)
        painter.setFont(option.font)
        painter.setPen(QColor("#606060"))
        painter.drawText(inner.adjusted(0, inner.height() // 2 + 2, 0, 0), Qt.AlignmentFlag.AlignLeft, facts)
        painter.restore()
window = QMainWindow()
for title, count in (("&Session", 12), ("&Routine", 11), ("&View", 4), ("&Help", 3)):
    menu = window.menuBar().addMenu(title)
    for number in range(count):
        action = menu.addAction(f"{title} item {number}")
        action.setShortcuts([QKeySequence(f"Ctrl+Shift+{chr(65 + number)}")])
left, right = QWidget(), QWidget()
column = QVBoxLayout(left)
heading = QLabel("Routines")
heading.setFont(QFont(heading.font().family(), 16, QFont.Weight.Bold))
row = QHBoxLayout()
row.addWidget(heading, 1)
row.addWidget(QPushButton("Today and programmes  (Ctrl+T)"))
column.addLayout(row)
search = QLineEdit()
search.setPlaceholderText("Search routines and exercises  (Ctrl+F)")
column.addWidget(search)
filters = QHBoxLayout()
kinds = ["Any kind", "Core", "Stretch", "Mobility"]
levels = ["Any level", "Beginner", "Intermediate"]
for choices in (kinds, levels, ["Any length", "Short", "Medium", "Long"]):
    combo = QComboBox()
    combo.addItems(choices)
    filters.addWidget(combo)
column.addLayout(filters)
rows = QListWidget()
rows.setItemDelegate(Rows(rows))
rows.setUniformItemSizes(True)
for number in range(9):
    item = QListWidgetItem()
    item.setText(f"Routine {number}")
    item.setData(Qt.ItemDataRole.UserRole, (f"Routine number {number}", "about 14 min · beginner · mat, wall"))
    rows.addItem(item)
rows.setCurrentRow(0)
column.addWidget(rows, 1)
details = QTextBrowser()
step = "<li><b>Exercise {}</b> · 30 s, then rest 10 s<br>Keep your back flat and breathe out.</li>"
steps = "".join(step.format(n) for n in range(14))
facts = "<p><b>about 14 min · beginner · you need: mat</b></p><p>A description of it.</p>"
details.setHtml(f"<h1>Routine number 0</h1>{facts}<ol>{steps}</ol>")
side = QVBoxLayout(right)
side.addWidget(details, 1)
hint = QLabel("Enter or double-click opens a routine")
hint.setAlignment(Qt.AlignmentFlag.AlignRight)
side.addWidget(hint)
splitter = QSplitter()
splitter.addWidget(left)
splitter.addWidget(right)
splitter.setSizes([420, 700])
stack = QStackedWidget()
stack.addWidget(splitter)
window.setCentralWidget(stack)
window.resize(1280, 720)
search.setFocus()
watch(window)
window.show()
app.exec()
"""
"""The library's first screen built by PySide alone, none of the app's code: the widgets it shows, rows drawn in Python
with a pen, a page of rich text and the menus. What a PySide window with that screen costs whoever builds it."""

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
        f"{label:24} {wall * 1000:5.0f} ms ({min(r[0] for r in runs) * 1000:.0f}-{max(r[0] for r in runs) * 1000:.0f})"
        f"   {cpu * 1000:5.0f} ms ({min(r[1] for r in runs) * 1000:.0f}-{max(r[1] for r in runs) * 1000:.0f})"
        f"   {max(r[2] for r in runs):3.0f} MB{ratios}"
    )


def returning(env: dict[str, str]) -> None:
    """The settings of a runner who has used the app before: the first-run notice read (not timed)."""
    read = "from workout_timer.qt.common.settings import Settings; Settings().notice_read = True"
    subprocess.run([sys.executable, "-c", read], env=env, check=True)


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
        launch(SCREEN, env)
        bare, screen, app, first, unshipped = [], [], [], [], []
        for _ in range(count):  # interleaved, so a busy moment hurts all alike
            bare.append(launch(BARE, env))
            screen.append(launch(SCREEN, env))
            returning(env)  # a usual start: the first-run notice was read long ago
            app.append(launch(APP, env))
            for kind, runs in ((APP, first), (UNSHIPPED, unshipped)):  # as on the very first start: no settings,
                for folder in ("XDG_CACHE_HOME", "XDG_CONFIG_HOME"):  # no cache, the notice shown
                    shutil.rmtree(env[folder], ignore_errors=True)
                runs.append(launch(kind, env))
        load_after = os.getloadavg()
    print(f"platform: {env['QT_QPA_PLATFORM']}, {count} runs each, median (range) to the first paint")
    print(f"load average (1 min) {load_before[0]:.2f} before, {load_after[0]:.2f} after, on {os.cpu_count()} cores")
    print(f"{'':24} {'wall':>20}   {'CPU time':>20}   peak   wall    CPU  (ratios to the bare window)")
    print(line("bare QMainWindow", bare, bare))
    print(line("the screen, PySide only", screen, bare) + "   (the same widgets, rows, text and menus; none of ours)")
    print(line("workout-timer", app, bare) + "   (a usual start: the library cached, the first-run notice read)")
    print(line("first start", first, bare) + "   (no settings or library cache yet, as installed)")
    print(line("first, nothing shipped", unshipped, bare) + "   (a checkout without routines.pickle)")
    print("target: at most 1.5 x, the first start included")


if __name__ == "__main__":
    main()
