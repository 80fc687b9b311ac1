"""A real 2-minute session on a real event loop: how late transitions are, and what it costs in CPU.

Targets: transitions (the engine's event and the repaint of the player) within a few milliseconds of
their deadlines; the display never skips or repeats a second; CPU while the session runs under 3% of
one core on average. Baselines measured in the same run: bare precise QTimer single shots (the floor
for lateness) and an idle bare QMainWindow (the floor for CPU). Runs offscreen unless QT_QPA_PLATFORM
says otherwise.
"""

from __future__ import annotations

import itertools
import os
import random
import resource
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
HOME = tempfile.mkdtemp(prefix="bench-session-")
for _name in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"):
    os.environ[_name] = str(Path(HOME) / _name.lower())

from PySide6.QtCore import QEvent, QEventLoop, QObject, Qt, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication, QMainWindow  # noqa: E402

from workout_timer.domain.history.event_log import read_event_log  # noqa: E402
from workout_timer.domain.library.entry import Source  # noqa: E402
from workout_timer.domain.routines.timeline import build_timeline  # noqa: E402
from workout_timer.qt.shell.app import make_application, make_library  # noqa: E402
from workout_timer.qt.shell.main_window import MainWindow  # noqa: E402

ROUTINE = """\
version: 1
name: Two-minute benchmark
defaults: {prepare: 5, rest: 5, switch: 3}
steps:
  - {exercise: plank, duration: 15}
  - {exercise: side-plank, duration: 10, sides: both}
  - {exercise: glute-bridge, duration: 12}
  - {exercise: bird-dog, duration: 10, sides: both}
  - {exercise: dead-bug, reps: 4, tempo: 2.5}
  - {exercise: childs-pose, duration: 10}
"""


def cpu_seconds() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def wait(milliseconds: int) -> None:
    loop = QEventLoop()
    timer = QTimer()
    timer.setSingleShot(True)
    timer.setTimerType(Qt.TimerType.PreciseTimer)
    timer.timeout.connect(loop.quit)
    timer.start(milliseconds)
    loop.exec()


def timer_floor(shots: int = 60) -> list[float]:
    """Lateness of bare precise single-shot timers at random intervals, in ms."""
    late = []
    for _ in range(shots):
        interval = random.randint(100, 900)
        due = time.monotonic() + interval / 1000
        wait(interval)
        late.append((time.monotonic() - due) * 1000)
    return late


def idle_cpu(seconds: float) -> float:
    """Percent of one core used by a shown, idle bare QMainWindow."""
    window = QMainWindow()
    window.resize(1280, 720)
    window.show()
    wait(500)
    cpu, wall = cpu_seconds(), time.monotonic()
    wait(int(seconds * 1000))
    used = (cpu_seconds() - cpu) / (time.monotonic() - wall) * 100
    window.close()
    return used


class PaintRecorder(QObject):
    """Notes when the timer digits are painted, and what they showed."""

    def __init__(self) -> None:
        super().__init__()
        self.paints: list[tuple[float, str]] = []
        self.text = ""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.paints.append((time.monotonic(), watched.text()))  # type: ignore[attr-defined]
        return False


def process_cpu_seconds(pid: int) -> float:
    """User and system CPU seconds of another process so far (Linux /proc); 0 if it can't be read."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return 0.0
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def run_session(
    app: QApplication,
) -> tuple[list[dict[str, object]], float, float, list[tuple[float, str]], float, float, str]:
    routine = _write_routine()
    log = Path(HOME) / "events.jsonl"
    library = make_library()
    entry = library.load(routine, Source.FILE)
    assert entry.routine is not None
    window = MainWindow(library)
    window.resize(1280, 720)
    window.show()
    window.start_audio()  # the voice and tones, as a user has them
    host = window.announcer.host
    for _ in range(50):  # up to 5 s for the voice to start (or to fail)
        if host.voice_ready or host.voice_failed:
            break
        wait(100)
    voice = host.voice if host.voice_ready else "none (" + ("failed" if host.voice_failed else "not started") + ")"
    pid = host._process.processId()
    host_cpu = process_cpu_seconds(pid)
    recorder = PaintRecorder()
    window.session.player_view.timer.digits.installEventFilter(recorder)
    loop = QEventLoop()
    cpu, wall = cpu_seconds(), time.monotonic()
    window.start_session(entry, log)
    assert window.session.driver is not None
    started = window.session.driver.engine.started_at
    window.session.driver.finished.connect(loop.quit)
    loop.exec()
    took = time.monotonic() - wall
    cpu_used = (cpu_seconds() - cpu) / took * 100
    host_used = (process_cpu_seconds(pid) - host_cpu) / took * 100
    window.close()
    return read_event_log(log), started, cpu_used, recorder.paints, took, host_used, voice


def summarise(name: str, values: list[float]) -> str:
    return (
        f"{name:34} median {statistics.median(values):6.2f} ms   p95 {sorted(values)[int(len(values) * 0.95)]:6.2f} ms"
        f"   max {max(values):6.2f} ms   (n={len(values)})"
    )


def main() -> None:
    app = make_application()
    timeline = build_timeline(make_library().load(_write_routine(), Source.FILE).routine)  # type: ignore[arg-type]
    print(f"routine: {len(timeline)} segments, {timeline.total:.0f} s; platform {app.platformName()}")
    floor = timer_floor()
    records, started, cpu_used, paints, wall, host_used, voice = run_session(app)
    idle = idle_cpu(20.0)

    natural = [r for r in records if r["event"] == "segment_started" and r["index"] != 0]
    event_late = [(float(r["t"]) - float(r["planned"])) * 1000 for r in natural]  # type: ignore[arg-type]
    paint_late = []
    for record in natural:
        due = started + float(record["planned"])  # type: ignore[arg-type]
        after = [at for at, _ in paints if at >= due]
        if after:
            paint_late.append((after[0] - due) * 1000)
    finish = next(r for r in records if r["event"] == "session_finished")
    finish_late = (float(finish["t"]) - float(finish["planned"])) * 1000  # type: ignore[arg-type]

    starts = [started + float(r["planned"]) + 0.0005 for r in records if r["event"] == "segment_started"]  # type: ignore[arg-type]
    skipped, repeated = display_errors(paints, starts)
    print(summarise("bare QTimer single shot (floor)", floor))
    print(summarise("segment_started event", event_late))
    print(summarise("player repainted after a deadline", paint_late))
    print(f"{'session finished':34} {finish_late:6.2f} ms late; session took {wall:.1f} s for {timeline.total:.0f} s")
    print(f"{'display':34} {skipped} skipped and {repeated} repeated seconds over {len(paints)} paints")
    print(f"{'CPU during the session':34} {cpu_used:5.2f} % of one core (target < 3 %)")
    print(f"{'CPU of the audio host':34} {host_used:5.2f} % of one core (voice: {voice})")
    print(f"{'CPU of an idle bare QMainWindow':34} {idle:5.2f} % of one core")
    print(f"{'ratio':34} {cpu_used / idle if idle > 0 else float('inf'):5.1f} x the idle window")


def _write_routine() -> Path:
    path = Path(HOME) / "two-minutes.yaml"
    path.write_text(ROUTINE)
    return path


def display_errors(paints: list[tuple[float, str]], starts: list[float]) -> tuple[int, int]:
    """Within each segment's countdown each new number must be one less than the one before it."""
    skipped = repeated = 0
    for begin, end in zip(starts, [*starts[1:], float("inf")], strict=True):
        shown = [int(text) for at, text in paints if begin <= at < end and text.isdigit()]
        changes = [(a, b) for a, b in itertools.pairwise(shown) if a != b]
        skipped += sum(1 for a, b in changes if b < a - 1)
        repeated += sum(1 for a, b in changes if b > a)
    return skipped, repeated


if __name__ == "__main__":
    sys.exit(main())
