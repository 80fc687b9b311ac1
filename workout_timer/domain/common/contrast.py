"""How readable one colour is on another: the contrast ratio of WCAG 2, on colours written "#rrggbb".

Text needs 4.5:1 on its background to pass WCAG's level AA, and 7:1 for level AAA; the player asks 7:1
of everything it shows, so that it reads from the floor.
"""

from __future__ import annotations

AA = 4.5
"""The least contrast for text (WCAG 2, level AA)."""
AAA = 7.0
"""The least contrast for text at level AAA: the player's bar."""


def channels(colour: str) -> tuple[float, float, float]:
    """Red, green and blue of "#rrggbb" (or "rrggbb"), each from 0 to 1."""
    digits = colour.removeprefix("#")
    if len(digits) != 6:
        raise ValueError(f"not a colour written #rrggbb: {colour!r}")
    red, green, blue = (int(digits[i : i + 2], 16) / 255 for i in (0, 2, 4))
    return red, green, blue


def _linear(channel: float) -> float:
    return channel / 12.92 if channel <= 0.04045 else ((channel + 0.055) / 1.055) ** 2.4


def luminance(colour: str) -> float:
    """The relative luminance of `colour`: 0 for black, 1 for white."""
    red, green, blue = (_linear(channel) for channel in channels(colour))
    return 0.2126 * red + 0.7152 * green + 0.0722 * blue


def contrast_ratio(one: str, other: str) -> float:
    """From 1 (the same luminance) to 21 (black on white); the order does not matter."""
    light, dark = sorted((luminance(one), luminance(other)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def mix(start: str, end: str, share: float) -> str:
    """The colour `share` of the way from `start` to `end` (0: `start`, 1: `end`), channel by channel.

    The same as `end` drawn over `start` with an opacity of `share`. Along the way the luminance moves
    one way only, so a text that reads on both ends reads on every colour between them."""
    share = min(1.0, max(0.0, share))
    mixed = (a + (b - a) * share for a, b in zip(channels(start), channels(end), strict=True))
    return "#" + "".join(f"{round(channel * 255):02x}" for channel in mixed)
