"""Counted words, the one place that puts a number before its noun: "1 second", "2 seconds", "2 Sekunden".

Every text that puts a number before a noun goes through `counted` (or `noun` when the number is shown
apart from its word). The caller names both English forms, `counted(n, "second", "seconds")`, so the
extractor finds them as one plural message (`pybabel extract -k counted:2,3 -k noun:2,3`, in `./dev
i18n`); the language's own plural rules choose the form, never an added "s".
"""

from __future__ import annotations

from workout_timer.domain.common.language import Words, _, ngettext, number


def noun(count: float, singular: str, plural: str, words: Words | None = None) -> str:
    """The form of the noun that goes with `count`: "second" for 1, "seconds" for 0, 2 or 1.5; in the
    screen's language, or in `words` (the cues', `language.spoken()`)."""
    return ngettext(singular, plural, count) if words is None else words.ngettext(singular, plural, count)


def counted(count: float, singular: str, plural: str, words: Words | None = None) -> str:
    """ "1 second", "2 seconds", "0 reps": the number, as the language writes it, and the word that goes with it."""
    # Translators: a number and its counted noun ("2 seconds"); write "{number}{noun}" where no space goes between.
    shown = _("{number} {noun}") if words is None else words.gettext("{number} {noun}")
    return shown.format(number=number(count, words), noun=noun(count, singular, plural, words))
