"""The words of the files the desktop reads about the app (the launcher and the AppStream metainfo) in each language
the app speaks, taken from the app's own catalogues when `install-desktop` writes the files.

This is what `msgfmt --desktop` and `msgfmt --xml` do for an app built with gettext's tools: the files are written
in English with their texts marked for translation, and each language's translation from its catalogue is merged in
beside the English (`Name[de]=`, `<summary xml:lang="de">`). Done here from the compiled catalogues the app ships,
a German runner's menu and software centre speak German wherever the app was installed from, with no second copy of
the words to keep, and a language added to the app is in its launcher at the next install.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache

from workout_timer import resources
from workout_timer.domain.common import language

Translated = Callable[[str], list[tuple[str, str]]]
"""A text's translations, by language code: [("de", "…")]; none for a file in English alone."""


def in_each_language(english: str) -> list[tuple[str, str]]:
    """`english` (marked with `N_`) in each language the app speaks whose catalogue translates it, in code order."""
    return [(code, words[english]) for code, words in _catalogues() if english in words]


@cache
def _catalogues() -> tuple[tuple[str, dict[str, str]], ...]:
    """Each language's translated texts, read from its compiled catalogue: fuzzy ones are not compiled in."""
    from babel.messages.mofile import read_mo  # only when the desktop's files are written

    found = []
    for code in language.shipped():
        path = resources.locale_dir() / code / "LC_MESSAGES" / f"{language.DOMAIN}.mo"
        if code == language.SOURCE or not path.is_file():
            continue
        with path.open("rb") as file:
            catalogue = read_mo(file)
        words = {
            message.id: message.string
            for message in catalogue
            if isinstance(message.id, str) and message.id and not message.context and isinstance(message.string, str)
            if message.string
        }
        found.append((code, words))
    return tuple(found)
