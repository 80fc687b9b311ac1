"""Where the texts to translate are found: the app's Python source, by the calls that mark them (`extract`), and
the content that ships with it, by the walk the loader translates with (`extract_content`). `translations.py`
writes, updates, compiles and checks the catalogues made of them."""

from __future__ import annotations

import ast
import io
import tokenize
from collections.abc import Collection, Iterator
from pathlib import Path
from typing import IO

from babel.messages.catalog import Catalog
from babel.messages.extract import extract_from_dir

from workout_timer import __version__
from workout_timer.domain.common import content
from workout_timer.domain.common.language import DOMAIN

CONTENT = content.DOMAIN
"""The content's catalogue: the exercises, built-in routines and programmes, and the cards (`common.content`)."""
PACKAGE = Path(__file__).resolve().parents[1] / "workout_timer"
KEYWORDS = {
    "_": None,
    "N_": None,
    "gettext": None,
    "ngettext": (1, 2),
    "pgettext": ((1, "c"), 2),
    "npgettext": ((1, "c"), 2, 3),
    "counted": (2, 3),
    "noun": (2, 3),
}
"""The calls that mark text, and which of their arguments are the text (Babel's keyword specs); a method of that
name counts too: `spoken().gettext("Halfway.")`, the cues' words."""
COMMENT_TAGS = ["Translators:"]
"""A comment starting so, on the line before a marked text, goes into the catalogue for the translator."""
HEADER = """\
# The words of workout-timer, for translators: docs/translating.md says how to work with this file.
# This file is distributed under the same licence as workout-timer (GPL-3.0-or-later)."""
CONTENT_HEADER = """\
# The exercises, built-in routines and programmes, and the back tips of workout-timer, for translators:
# docs/translating.md says how to work with this file. Each text's context names its place: the file, then
# its key path ("exercises:plank.instructions" is one of the plank's instructions in routines/exercises.yaml).
# This file is distributed under the same licence as workout-timer (GPL-3.0-or-later)."""


def python_calls(
    file: IO[bytes], keywords: Collection[str], comment_tags: Collection[str], options: object
) -> Iterator[tuple[int, str, tuple[str | None, ...], list[str]]]:
    """Babel's extraction method for Python, reading the syntax tree: it finds marked calls inside f-strings
    too (`f"{counted(n, 'day', 'days')} ago"`), which a reader of tokens misses."""
    del options  # none are needed
    source = file.read()
    comments = _comments(source, tuple(comment_tags))
    for node in ast.walk(ast.parse(source)):
        if not isinstance(node, ast.Call):
            continue
        name = node.func.id if isinstance(node.func, ast.Name) else getattr(node.func, "attr", "")
        if name not in keywords:
            continue
        args = tuple(
            arg.value if isinstance(arg, ast.Constant) and isinstance(arg.value, str) else None for arg in node.args
        )
        yield node.lineno, name, args, _comment_above(comments, node.lineno)


def _comments(source: bytes, tags: tuple[str, ...]) -> dict[int, str]:
    """Each line's comment that starts with a translators' tag, and the comment lines that follow it."""
    found: dict[int, str] = {}
    tagged_at = -2
    for token in tokenize.tokenize(io.BytesIO(source).readline):
        if token.type != tokenize.COMMENT:
            continue
        text = token.string.lstrip("#").strip()
        line = token.start[0]
        if text.startswith(tags) or line == tagged_at + 1:
            found[line] = text
            tagged_at = line
    return found


def _comment_above(comments: dict[int, str], line: int) -> list[str]:
    """The tagged comment lines just above `line` (or on it), in order."""
    lines = []
    above = line - 1
    while above in comments:
        lines.insert(0, comments[above])
        above -= 1
    if line in comments:
        lines.append(comments[line])
    return lines


def _catalog(domain: str, header: str) -> Catalog:
    """An empty catalogue of `domain`, with the project's name, version and `header`."""
    return Catalog(
        project="workout-timer",
        version=__version__,
        domain=domain,
        fuzzy=False,
        header_comment=header,
        copyright_holder="the workout-timer contributors",
        msgid_bugs_address="https://github.com/workout-timer/workout-timer/issues",
    )


def extract(package: Path = PACKAGE) -> Catalog:
    """Every marked text in the package's Python source, with where it is and the translators' comments."""
    catalog = _catalog(DOMAIN, HEADER)
    found = extract_from_dir(
        str(package),
        method_map=[("**.py", "scripts.translation_sources:python_calls")],
        keywords=KEYWORDS,
        comment_tags=COMMENT_TAGS,
        strip_comment_tags=True,
    )
    for filename, lineno, message, comments, context in found:
        where = (package.name + "/" + filename, lineno)
        catalog.add(message, None, [where], auto_comments=comments, context=context)
    return catalog


def extract_content() -> Catalog:
    """Every text of the content that ships with the app (the catalogue's exercises, the built-in routines and
    programmes, the education cards), each with its place as context, found by the walk the loader translates
    with (`library.built_in`), so the two never disagree."""
    from workout_timer import resources
    from workout_timer.domain.care import cards
    from workout_timer.domain.library import built_in
    from workout_timer.domain.library.library import Library
    from workout_timer.domain.programmes.programme_library import load_programme, translated
    from workout_timer.domain.routines.loading import load_catalogue, load_routine
    from workout_timer.domain.routines.routine_files import routine_files

    catalog = _catalog(CONTENT, CONTENT_HEADER)

    def collector(place: str) -> content.Translate:
        def say(context: str, text: str) -> str:
            catalog.add(text, None, [(place, None)], context=context)
            return text

        return say

    english = load_catalogue(resources.catalogue_path())
    top = PACKAGE.parent
    built_in.catalogue(english, collector(_shown_path(resources.catalogue_path(), top)))
    library = Library(resources.routines_dir(), None, resources.catalogue_path())
    for path in routine_files(resources.routines_dir()):
        built_in.routine(load_routine(path, english), collector(_shown_path(path, top)))
    for path in routine_files(resources.programmes_dir()):
        programme = load_programme(path, [entry.id for entry in library.entries()])
        translated(programme, collector(_shown_path(path, top)))
    cards.translated(cards.load_cards(cards.CARDS_FILE), collector(_shown_path(cards.CARDS_FILE, top)))
    return catalog


def _shown_path(path: Path, top: Path) -> str:
    """A shipped file's path as a translator finds it in the source: "routines/exercises.yaml"."""
    try:
        return path.resolve().relative_to(top).as_posix()
    except ValueError:  # an installed wheel: the data folder inside the package
        return path.name


def marked(domain: str = DOMAIN) -> Catalog:
    """Every text to translate in one catalogue: the app's words, or the content's."""
    return extract_content() if domain == CONTENT else extract()
