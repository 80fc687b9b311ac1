"""Draw the app's PNG icons at the hicolor sizes from its SVG, with Qt's SVG renderer.

Run from the project folder after changing the SVG: `.venv/bin/python scripts/make_icons.py`.
The PNGs are kept in the repository (`assets/icons/hicolor/`), where install-desktop and packagers take them.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

from workout_timer.domain.desktop.identity import ICON_SIZES, icon_file_name

ROOT = Path(__file__).resolve().parents[1]
HICOLOR = ROOT / "assets" / "icons" / "hicolor"


def render(svg: Path, size: int) -> QImage:
    """The SVG drawn on a transparent square of `size` pixels, smoothed."""
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"{svg} is not an SVG Qt can draw")
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter)
    painter.end()
    return image


def main(folder: Path = HICOLOR) -> int:
    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    svg = folder / "scalable" / "apps" / icon_file_name("svg")
    for size in ICON_SIZES:
        target = folder / f"{size}x{size}" / "apps" / icon_file_name()
        target.parent.mkdir(parents=True, exist_ok=True)
        if not render(svg, size).save(str(target), "PNG"):
            raise SystemExit(f"could not write {target}")
        print(target.relative_to(ROOT) if target.is_relative_to(ROOT) else target)
    return 0


if __name__ == "__main__":
    sys.exit(main())
