"""argparse's own words ("usage:", "options", "the following arguments are required: …") in the language the
app speaks: argparse asks `gettext` for each; these are them, marked here so that our catalogues hold them,
and `speak` hands argparse our catalogue's words instead of gettext's default (which has none of them)."""

from __future__ import annotations

import argparse

from workout_timer.domain.common import language
from workout_timer.domain.common.language import N_

# Translators: the words of Python's argparse, for `workout-timer --help` and its mistakes. Keep each %(name)s
# and %s as it is; "usage: " keeps its space at the end.
WORDS = (
    N_("usage: "),
    N_("options"),
    N_("positional arguments"),
    N_("show this help message and exit"),
    N_("%(prog)s: error: %(message)s\n"),
    N_("argument %(argument_name)s: %(message)s"),
    N_("the following arguments are required: %s"),
    N_("unrecognized arguments: %s"),
    N_("not allowed with argument %s"),
    N_("one of the arguments %s is required"),
    N_("expected one argument"),
    N_("expected at most one argument"),
    N_("expected at least one argument"),
    N_("invalid choice: %(value)r (choose from %(choices)s)"),
    N_("invalid %(type)s value: %(value)r"),
    N_("ambiguous option: %(option)s could match %(matches)s"),
)


def _words(message: str) -> str:
    """One of argparse's words in the language in use; one our catalogue does not hold stays as argparse wrote it."""
    return language._(message) if message in WORDS else message


def speak() -> None:
    """argparse's words from our catalogue from now on (this process is the command line's own)."""
    argparse._ = _words  # type: ignore[attr-defined]  # argparse reads its words through this name
