"""Counted words, the one place that knows "1 second" from "2 seconds".

Every text that puts a number before a noun goes through `counted` (or `noun` when the number is
shown apart from its word), so the rule lives here and nowhere else.
"""

from __future__ import annotations

IRREGULAR: dict[str, str] = {}
"""Plurals that are not the word plus "s" ("person": "people"); none is needed yet."""


def noun(number: float, singular: str, plural: str | None = None) -> str:
    """The form of `singular` that goes with `number`: "second" for 1, "seconds" for 0, 2 or 1.5."""
    if number == 1:
        return singular
    return plural if plural is not None else IRREGULAR.get(singular, singular + "s")


def counted(number: float, singular: str, plural: str | None = None) -> str:
    """ "1 second", "2 seconds", "0 reps": the number and the word that goes with it."""
    shown = f"{number:g}" if isinstance(number, float) else str(number)
    return f"{shown} {noun(number, singular, plural)}"
