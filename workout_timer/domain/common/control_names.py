"""What a control is called when it is read aloud: its words, without the pictures drawn around them.

A button reads "▶  Start  (Enter)" on screen; a screen reader should say "Start", and tell the key
apart ("Key: Enter"), never "black right-pointing triangle Start". The glyphs that decorate a label
(arrows, triangles, ticks, squares) and the key named in brackets at its end are taken out here, so
every screen names its controls by one rule.

A key is named as the language's keyboards name it, the same on the buttons, in the screen reader's words and on
the guide's Keys page: "Enter" and "Space" in English, "Eingabe" and "Leertaste" in German (`key_name`).
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache

from workout_timer.domain.common.language import pgettext

_KEYS = ("Tab", "Backspace", "Home", "End", "PageUp", "PageDown")
"""Keys named in English only, whatever the language (none of them is on a button in another)."""
_MODIFIERS = ("Ctrl", "Alt", "Shift")


def key_names() -> dict[str, str]:
    """The names of the keys the app names on its buttons and in its words, in the language in use, by their English
    names: {"Enter": "Eingabe", "Space": "Leertaste", ...} in German. The guide's Keys page names them the same."""
    return {
        # Translators: a key's name as the keyboards of your language are labelled, the same as on the guide's Keys
        # page: "Eingabe", "Leertaste", "Esc", "Entf", "Strg", "Alt", "Umschalt" in German.
        "Enter": pgettext("a key's name", "Enter"),
        "Space": pgettext("a key's name", "Space"),
        "Esc": pgettext("a key's name", "Esc"),
        "Delete": pgettext("a key's name", "Delete"),
        "Ctrl": pgettext("a key's name", "Ctrl"),
        "Alt": pgettext("a key's name", "Alt"),
        "Shift": pgettext("a key's name", "Shift"),
    }


def key_name(english: str) -> str:
    """A key's name in the language in use: "Eingabe" for "Enter" in German."""
    return key_names()[english]


@cache
def _key_hint(names: tuple[str, ...], modifiers: tuple[str, ...], either: str) -> re.Pattern[str]:
    """A key named in brackets at the end: "Continue  (Enter)", "Sore legs  (L)", "Full screen  (F or F11)", with
    the keys' names in English and in the language in use ("Weiter  (Eingabe)")."""
    modifier = "|".join(re.escape(name) for name in sorted(set(modifiers), key=len, reverse=True))
    named = "|".join(re.escape(name) for name in sorted(set(names), key=len, reverse=True))
    key = rf"(?:(?:{modifier})\+)*(?:F\d{{1,2}}|{named}|[A-Z0-9?+=.]|[←→↑↓])"
    return re.compile(rf"\s*\(({key}(?:(?:,| or| {re.escape(either)}) {key})*)\)\s*$")


def _hint_pattern() -> re.Pattern[str]:
    names = key_names()
    modifiers = [*_MODIFIERS, *(names[name] for name in _MODIFIERS)]
    keys = [*_KEYS, *(english for english in names if english not in _MODIFIERS)]
    keys += [names[english] for english in names if english not in _MODIFIERS]
    # Translators: between two keys that do the same, "F or F11".
    either = pgettext("one key or another", "or")
    return _key_hint(tuple(keys), tuple(modifiers), either)


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
    match = _hint_pattern().search(text)
    return match.group(1).strip() if match else ""


def plain_name(text: str) -> str:
    """`text` as a screen reader should say it: no decorative glyphs, no key in brackets at the end,
    no doubled spaces, and no "&" marking a mnemonic. "▶  Start  (Enter)" is "Start"."""
    words = _hint_pattern().sub("", text)
    words = words.replace("&&", "\0").replace("&", "").replace("\0", "&")
    words = "".join(" " if _decorative(char) else char for char in words)
    return " ".join(words.split())
