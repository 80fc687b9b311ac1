"""The words of a routine file that can't be read as YAML at all, for runners rather than programmers: the file
itself (too big, not text, empty, not a regular file) and the YAML reader's mistakes, the common ones in the app's
words. The format's own messages, once the file is read, are `messages`.

The app reads YAML with libyaml where PyYAML has it (`yaml_nodes`), else with PyYAML's own parser: the two word the
same mistake differently, so each common mistake is known by both wordings, tried on real files by the tests.
"""

from __future__ import annotations

import re

from workout_timer.domain.common import language
from workout_timer.domain.common.language import N_, _
from workout_timer.domain.routines.messages import as_key

# -- the file itself -------------------------------------------------------------------------


def too_large(size: int, limit: int) -> str:
    return _("the file is {size} KiB; routine files may be at most {limit} KiB").format(
        size=-(-size // 1024), limit=limit // 1024
    )


def not_a_regular_file(kind: str) -> str:
    # Translators: {kind} is what the file is instead ("a named pipe", "a socket").
    return _("this is {kind}, not a regular file; the app reads only regular files").format(kind=kind)


def binary_file() -> str:
    return _("this looks like a binary file, not a YAML text file")


def not_utf8(byte: int) -> str:
    return _("the file is not UTF-8 text (unexpected byte 0x{byte}); save it as UTF-8").format(byte=f"{byte:02x}")


def empty_file() -> str:
    return _("the file is empty: a routine needs at least `version: 1`, a name and some steps")


# -- the YAML reader's mistakes ---------------------------------------------------------------

_COLON = N_("a colon where no value can start: put text with a colon in quotes, or start a new line for the key")
_TAB = N_("a tab: indent with spaces")
_UNCLOSED = N_("the file ends inside a quote or a list")
_OPEN_LIST = N_("a list in [ ] is not closed with ], or its items are not separated by commas")
_OPEN_MAPPING = N_("a mapping in { } is not closed with }, or its pairs are not separated by commas")
_LINED_UP = N_(
    "this does not line up with the lines above: keys of one mapping and items of one list start in the same "
    "column, and nothing follows a closing quote"
)
_NO_COLON = N_("a line without a colon where a key is expected: write it as `key: value`")

_YAML_PROBLEMS: tuple[tuple[str, str], ...] = (
    # libyaml's words (the app reads with it), then the pure-Python parser's: each the start of the reader's problem.
    ("mapping values are not allowed in this context", _COLON),
    ("mapping values are not allowed here", _COLON),
    ("found a tab character that violates indentation", _TAB),
    ("found unexpected end of stream", _UNCLOSED),
    ("did not find expected ',' or ']'", _OPEN_LIST),
    ("expected ',' or ']', but got", _OPEN_LIST),
    ("did not find expected ',' or '}'", _OPEN_MAPPING),
    ("expected ',' or '}', but got", _OPEN_MAPPING),
    ("did not find expected key", _LINED_UP),
    ("expected <block end>, but found", _LINED_UP),
    ("could not find expected ':'", _NO_COLON),
)
"""The YAML reader's words for the mistakes people make most, in the app's words."""

_CANNOT_START = re.compile(r"found character (?:'(?P<found>.+)' )?that cannot start any token")
"""A character no value can start with: libyaml doesn't say which (the file does, at the place), PyYAML does."""


def bad_yaml(problem: str, found: str = "") -> str:
    """The YAML reader's `problem` (its own words, in English): in the app's words where it is a common mistake;
    in another language than English the rest is left out (the file, line and column say where to look). `found`
    is the character at the place the reader stopped, when it is known."""
    problem = problem.strip()
    known = next((said for words, said in _YAML_PROBLEMS if problem.startswith(words)), None)
    if known is None and (cannot_start := _CANNOT_START.fullmatch(problem)):
        found = cannot_start["found"] or found
        if found in ("\t", "\\t"):  # a tab, or a tab as PyYAML writes it
            known = _TAB
        elif found.strip():
            # Translators: {problem} says what is wrong, such as "a tab: indent with spaces".
            return _("this is not valid YAML: {problem}").format(problem=cannot_start_with(found))
    if known is not None:
        # Translators: {problem} says what is wrong, such as "a tab: indent with spaces".
        return _("this is not valid YAML: {problem}").format(problem=_(known))
    if language.current() != language.SOURCE:
        return _("this is not valid YAML here")
    # Translators: {problem} is the YAML reader's own description, in English (shown in English only).
    return _("this is not valid YAML: {problem}").format(problem=problem)


def cannot_start_with(found: str) -> str:
    # Translators: {found} is a character as the file writes it, quoted as a key (`@`, `%`).
    return _("a value cannot start with {found}: put the text in quotes").format(found=as_key(found))


def unknown_alias(alias: str) -> str:
    # Translators: {alias} is as the file writes it (`*base`), {anchor} the anchor it needs (`&base`).
    return _("{alias} names no anchor: give a value the anchor {anchor} before it").format(
        alias=as_key(f"*{alias}"), anchor=as_key(f"&{alias}")
    )


def too_deep(limit: int) -> str:
    return _("lists and mappings are nested more than {limit} levels deep").format(limit=limit)


def too_many_nodes(limit: int) -> str:
    return _(
        "the file expands to more than {limit} values (aliases that repeat each other?); "
        "a routine never needs that many"
    ).format(limit=limit)


def tag_not_allowed(tag: str) -> str:
    return _("YAML tags such as {tag} are not allowed in routine files").format(tag=tag)


def duplicate_key(key: str, first_line: int) -> str:
    return _("{key} is given twice (first on line {line}); keep one").format(key=as_key(key), line=first_line)


def several_documents() -> str:
    return _("the file holds more than one YAML document (a second `---`); keep one routine a file")
