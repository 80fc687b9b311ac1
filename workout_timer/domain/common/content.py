"""The built-in content's words in the language in use: the catalogue's exercises, the built-in routines and
programmes, and the education cards.

Content has a gettext catalogue of its own, `content` (`workout_timer/locale/<language>/LC_MESSAGES/content.po`
and its `.mo`), beside the app's `workout_timer` catalogue: a translator works with the same tools on two files,
and the screens' words and the exercises' words are updated, reviewed and counted apart. Each text is found by
its English and its place in the shipped files as the context, `"exercises:plank.instructions"` (the file's
name without `.yaml`, a colon, the key path with list positions left out), so the same English in two places
may be translated apart.

Only the files that ship with the app are translated, when they are loaded (`library.built_in` says what, and
`./dev i18n extract` finds the texts by the same walk). A user's own routines and programmes stay in the words
their author wrote. The model stays frozen: a translated routine is a copy with other words.
"""

from __future__ import annotations

import gettext as _gettext
from collections.abc import Callable
from functools import cache
from pathlib import Path

from workout_timer import resources
from workout_timer.domain.common import language

DOMAIN = "content"
"""The content catalogues' name: `content.po` and `.mo` in each language's folder."""

Translate = Callable[[str, str], str]
"""Words for one text of the content: `say(context, english)` gives it in the language in use."""


def key(file: str, path: str) -> str:
    """The context of a text: the file it is in (without `.yaml`) and its key path, "exercises:plank.name"."""
    return f"{file}:{path}"


def translator() -> Translate:
    """The content's words in the language in use (English: the text as it stands)."""
    return _catalogue(language.current()).pgettext


def catalogue_file() -> Path:
    """The compiled content catalogue of the language in use (no such file for English)."""
    return resources.locale_dir() / language.current() / "LC_MESSAGES" / f"{DOMAIN}.mo"


def english_of(context: str) -> dict[str, str]:
    """The English of each text of `context` in the language in use, by its words in any case: for "equipment" in
    German {"matte": "mat", ...}; nothing in English. What tells the same thing apart from the words it is written in:
    a user's own routine says "mat" in its author's words where a catalogue exercise it uses says "Matte"."""
    return _english(language.current()).get(context, {})


@cache
def _english(code: str) -> dict[str, dict[str, str]]:
    """Each context's English by its translation, read once per language from the catalogue gettext has already
    loaded, which keys each message by its context and its English (joined by gettext's separator). Reading the
    `.mo` again with Babel's reader cost a German start 50 to 75 ms before its first paint (Babel, difflib, and a
    second parse of the file)."""
    messages = getattr(_catalogue(code), "_catalog", None)  # GNUTranslations' own table; none for English
    found: dict[str, dict[str, str]] = {}
    for key, words in messages.items() if isinstance(messages, dict) else ():
        if isinstance(key, str) and "\x04" in key and isinstance(words, str) and words:
            context, _sep, english = key.partition("\x04")
            found.setdefault(context, {})[words.casefold()] = english
    return found


@cache
def _catalogue(code: str) -> _gettext.NullTranslations:
    if code == language.SOURCE:
        return _gettext.NullTranslations()
    return _gettext.translation(DOMAIN, str(resources.locale_dir()), languages=[code], fallback=True)
