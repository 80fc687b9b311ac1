"""What a moving exercise figure costs: one repaint of the figure, at the player's size and full screen.

The figure repaints itself up to 10 times a second while a step moves, and nothing else on the screen
repaints with it. Target: under 1.5% of one core even full screen, so a whole session stays within
the player's budget of 3% (bench_session.py measures that, with moving figures). The baseline,
measured in the same run, repaints a bare QWidget of the same size that only fills itself. Runs
offscreen unless QT_QPA_PLATFORM says otherwise.
"""

from __future__ import annotations

import os
import statistics
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtGui import QColor, QImage, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QApplication, QWidget

from workout_timer.domain.common.clock import FakeClock
from workout_timer.domain.routines.loading import load_catalogue
from workout_timer.qt.common.pose_figure import FRAME_MS, PoseFigure
from workout_timer.resources import catalogue_path

SIZES = {"player at 1280x720": (390, 330), "full screen 1920x1080": (600, 520)}
REPAINTS = 200


class Bare(QWidget):
    """The floor: a widget that paints only its background."""

    def paintEvent(self, _event: QPaintEvent) -> None:
        QPainter(self).fillRect(self.rect(), QColor("#135c32"))


def repaint_ms(widget: QWidget, step: FakeClock | None = None) -> list[float]:
    """Milliseconds per paint of `widget` into a screen-sized image (what a repaint draws)."""
    target = QImage(widget.size(), QImage.Format.Format_ARGB32_Premultiplied)
    times = []
    for _ in range(REPAINTS):
        if step is not None:
            step.advance(FRAME_MS / 1000)
        start = time.perf_counter()
        widget.render(target)
        times.append((time.perf_counter() - start) * 1000)
    return times


def main() -> None:
    app = QApplication.instance() or QApplication([])
    catalogue = load_catalogue(catalogue_path())
    moving = [e for e in catalogue.values() if e.pose is not None and e.pose.moves]
    print(f"{len(moving)} moving exercises, {REPAINTS} repaints each; platform {app.platformName()}")
    columns = ("figure median", 14), ("figure max", 11), ("bare median", 12), ("ratio", 6), ("CPU at 10 fps", 14)
    print(f"{'size':24} " + " ".join(f"{name:>{width}}" for name, width in columns))
    for label, (width, height) in SIZES.items():
        bare = Bare()
        bare.resize(width, height)
        bare.show()
        floor = statistics.median(repaint_ms(bare))
        clock = FakeClock()
        figure = PoseFigure(clock=clock)
        palette = figure.palette()
        palette.setColor(QPalette.ColorRole.WindowText, QColor("white"))
        figure.setPalette(palette)
        figure.resize(width, height)
        figure.show()
        medians, worst = [], 0.0
        for exercise in moving:
            assert exercise.pose is not None
            figure.show_pose(exercise.pose, tempo=3.0)
            figure.follow(0.0, running=True)
            times = repaint_ms(figure, clock)
            medians.append(statistics.median(times))
            worst = max(worst, max(times))
        figure.hold()
        median = statistics.median(medians)
        cpu = median * (1000 / FRAME_MS) / 10  # ms per second -> % of one core
        print(f"{label:24} {median:11.3f} ms {worst:8.3f} ms {floor:9.3f} ms {median / floor:5.1f}x {cpu:11.2f} %")
        figure.close()
        bare.close()


if __name__ == "__main__":
    main()
