"""Where the window goes and how big it is: fitted to the screen's free area, as the user left it.

Plain rectangles (x, y, width, height in device-independent pixels), so the decisions are tested
without a screen.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

WANTED = (1280, 720)
"""The size the screens are designed for, when the screen has room for it."""
SMALLEST = (640, 400)
"""No smaller than this, even when a remembered size was smaller (the layouts need it)."""
MARGIN = 0.04
"""Of the screen's free area left around a window that would otherwise fill it, for its frame."""
VISIBLE = 0.25
"""A remembered place is kept while at least this share of the window, its top edge included, is on a screen."""


@dataclass(frozen=True)
class Rect:
    x: int
    y: int
    width: int
    height: int

    @property
    def right(self) -> int:
        return self.x + self.width

    @property
    def bottom(self) -> int:
        return self.y + self.height

    def overlap(self, other: Rect) -> int:
        """The area the two share."""
        width = min(self.right, other.right) - max(self.x, other.x)
        height = min(self.bottom, other.bottom) - max(self.y, other.y)
        return max(0, width) * max(0, height)

    def as_text(self) -> str:
        return f"{self.x},{self.y},{self.width},{self.height}"

    @classmethod
    def from_text(cls, text: object) -> Rect | None:
        """A rectangle written by `as_text`, or None for anything else (a settings file edited by hand)."""
        if not isinstance(text, str):
            return None
        try:
            x, y, width, height = (int(part) for part in text.split(","))
        except ValueError:
            return None
        return cls(x, y, width, height) if width > 0 and height > 0 else None


def first_geometry(available: Rect, wanted: tuple[int, int] = WANTED) -> Rect:
    """The window on first start: the wanted size, or less to fit the free area with a margin
    for its frame, centred on it."""
    room_width = available.width - round(available.width * MARGIN)
    room_height = available.height - round(available.height * MARGIN * 2)  # title bars are tall
    width = max(min(wanted[0], room_width), min(SMALLEST[0], available.width))
    height = max(min(wanted[1], room_height), min(SMALLEST[1], available.height))
    return Rect(
        available.x + (available.width - width) // 2, available.y + (available.height - height) // 2, width, height
    )


def restored_geometry(saved: Rect | None, screens: Sequence[Rect], primary: Rect) -> Rect:
    """The window where the user left it (`saved`), moved and shrunk to fit the screen it is
    mostly on; the first start's place on the `primary` screen when it was left where no screen
    (the free areas `screens`) shows enough of it, say on a monitor since unplugged."""
    if saved is None:
        return first_geometry(primary)
    top_edge = Rect(saved.x, saved.y, saved.width, min(saved.height, 40))
    best = max(screens, key=saved.overlap, default=None)
    if (
        best is None
        or saved.overlap(best) < VISIBLE * saved.width * saved.height
        or not any(top_edge.overlap(screen) for screen in screens)
    ):
        return first_geometry(primary)
    if saved.width <= best.width and saved.height <= best.height:
        width, height = saved.width, saved.height
    else:  # from a larger screen: as large as fits, with room for the frame
        fitted = first_geometry(best, (saved.width, saved.height))
        width, height = fitted.width, fitted.height
    x = min(max(saved.x, best.x), best.right - width)
    y = min(max(saved.y, best.y), best.bottom - height)
    return Rect(x, y, width, height)
