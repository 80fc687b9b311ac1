"""Draw every catalogue exercise's figure, keyframe by keyframe, on one sheet to look over.

    python scripts/contact_sheet.py sheet.png [--mirrored]

Each cell shows the exercise's name and its keyframes from left to right (the figure moves through
them and back). Look at it and ask: would a runner know each exercise from its picture alone?
"""

from __future__ import annotations

import argparse
import os
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QGuiApplication, QImage, QPainter

from workout_timer.domain.routines.loading import load_catalogue
from workout_timer.qt.common.pose_figure import paint_pose
from workout_timer.resources import catalogue_path

CELL_W, CELL_H, TITLE_H, COLUMNS = 420, 230, 30, 4


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("output")
    parser.add_argument("--mirrored", action="store_true", help="draw the other side")
    args = parser.parse_args()
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    exercises = list(load_catalogue(catalogue_path()).values())
    rows = (len(exercises) + COLUMNS - 1) // COLUMNS
    image = QImage(CELL_W * COLUMNS, CELL_H * rows, QImage.Format.Format_RGB32)
    image.fill(QColor("#ffffff"))
    painter = QPainter(image)
    font = QFont()
    font.setPixelSize(18)
    font.setBold(True)
    painter.setFont(font)
    ink = QColor("#102027")
    for i, exercise in enumerate(exercises):
        x, y = (i % COLUMNS) * CELL_W, (i // COLUMNS) * CELL_H
        painter.setPen(QColor("#b0bec5"))
        painter.drawRect(x, y, CELL_W - 1, CELL_H - 1)
        painter.setPen(ink)
        painter.drawText(QRectF(x + 8, y + 4, CELL_W - 16, TITLE_H), Qt.AlignmentFlag.AlignLeft, exercise.name)
        pose = exercise.pose
        if pose is None:
            painter.drawText(QRectF(x, y, CELL_W, CELL_H), Qt.AlignmentFlag.AlignCenter, "no picture")
            continue
        width = (CELL_W - 8) / len(pose.frames)
        for j, frame in enumerate(pose.frames):
            area = QRectF(x + 4 + j * width, y + TITLE_H, width, CELL_H - TITLE_H - 4)
            paint_pose(painter, area, pose, frame, ink, args.mirrored)
    painter.end()
    image.save(args.output)
    del app
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
