"""What a control is called when it is read aloud: its words, without the pictures drawn around them.

A button reads "▶  Start  (Enter)" on screen; a screen reader should say "Start", and tell the key
apart ("Key: Enter"), never "black right-pointing triangle Start". The glyphs that decorate a label
(arrows, triangles, ticks, squares) and the key named in brackets at its end are taken out here, so
every screen names its controls by one rule.
"""

from __future__ import annotations

import re
import unicodedata

_KEY = (
    r"(?:(?:Ctrl|Alt|Shift)\+)*"
    r"(?:F\d{1,2}|Enter|Esc|Space|Tab|Delete|Backspace|Home|End|PageUp|PageDown|[A-Z0-9?+=.]|[←→↑↓])"
)
_KEY_HINT = re.compile(rf"\s*\(({_KEY}(?:(?:,| or) {_KEY})*)\)\s*$")
"""A key named in brackets at the end: "Continue  (Enter)", "Sore legs  (L)", "Full screen  (F or F11)"."""
_KEEP = frozenset("+-=<>%°'\"")
"""Symbols that carry meaning in words ("+10 s"), never taken out."""


def _decorative(char: str) -> bool:
    """A picture rather than a letter: arrows, geometric shapes, ticks, dingbats."""
    if char in _KEEP:
        return False
    category = unicodedata.category(char)
    return category == "So" or (category == "Sm" and ord(char) >= 0x2000)


def key_hint(text: str) -> str:
    """The key named at the end of `text` in brackets ("Enter" for "Continue  (Enter)"), else ""."""
    match = _KEY_HINT.search(text)
    return match.group(1).strip() if match else ""


def plain_name(text: str) -> str:
    """`text` as a screen reader should say it: no decorative glyphs, no key in brackets at the end,
    no doubled spaces, and no "&" marking a mnemonic. "▶  Start  (Enter)" is "Start"."""
    words = _KEY_HINT.sub("", text)
    words = words.replace("&&", "\0").replace("&", "").replace("\0", "&")
    words = "".join(" " if _decorative(char) else char for char in words)
    return " ".join(words.split())
