"""The icons: shipped at every size, each drawn from today's SVG (QImage reads them)."""

from __future__ import annotations

import sys
from pathlib import Path

from workout_timer.domain.desktop.identity import APP_ID, ICON_SIZES, icon_paths

ROOT = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(ROOT / "scripts"))


def test_every_icon_is_shipped_at_its_size(qapp: object) -> None:
    from PySide6.QtGui import QImage

    assets = ROOT / "assets"
    for path in icon_paths():
        assert (assets / path).is_file(), path
    for size in ICON_SIZES:
        image = QImage(str(assets / f"icons/hicolor/{size}x{size}/apps/{APP_ID}.png"))
        assert (image.width(), image.height()) == (size, size)


def test_the_pngs_are_drawn_from_the_svg(qapp: object) -> None:
    """Each PNG is what the script draws from today's SVG (a changed SVG needs scripts/make_icons.py)."""
    from make_icons import render
    from PySide6.QtGui import QImage

    svg = ROOT / "assets" / icon_paths()[0]
    for size in (16, 48, 256):
        shipped = QImage(str(ROOT / f"assets/icons/hicolor/{size}x{size}/apps/{APP_ID}.png"))
        drawn = render(svg, size).convertToFormat(shipped.format())
        differing = sum(1 for y in range(size) for x in range(size) if _far(shipped.pixel(x, y), drawn.pixel(x, y)))
        assert differing <= size * size // 100, f"{size}px: {differing} pixels differ"


def _far(a: int, b: int) -> bool:
    return any(abs(((a >> shift) & 0xFF) - ((b >> shift) & 0xFF)) > 8 for shift in (0, 8, 16, 24))
