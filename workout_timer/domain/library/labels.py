"""The words for a routine's kind, level and length, as the library's filters and rows show them, in the
language in use."""

from __future__ import annotations

from workout_timer.domain.common.language import N_, _, pgettext
from workout_timer.domain.library.browse import Length
from workout_timer.domain.routines.routine import Kind, Level

_KINDS = {
    # Translators: a kind of routine, a choice of the library's filter.
    Kind.WARM_UP: N_("Warm-up"),
    # Translators: a kind of routine (exercises for the trunk's muscles), a choice of the library's filter.
    Kind.CORE: N_("Core"),
    # Translators: a kind of routine, a choice of the library's filter.
    Kind.STRENGTH: N_("Strength"),
    # Translators: a kind of routine, a choice of the library's filter.
    Kind.STRETCH: N_("Stretch"),
    # Translators: a kind of routine, a choice of the library's filter.
    Kind.MOBILITY: N_("Mobility"),
}
_LEVELS = {
    # Translators: a routine's level, a choice of the library's filter.
    Level.BEGINNER: N_("Beginner"),
    # Translators: a routine's level, a choice of the library's filter.
    Level.INTERMEDIATE: N_("Intermediate"),
    # Translators: a routine's level, a choice of the library's filter.
    Level.ADVANCED: N_("Advanced"),
}
_LENGTHS = {
    # Translators: a choice of the library's filter by a routine's length.
    Length.SHORT: N_("Up to 10 min"),
    # Translators: a choice of the library's filter by a routine's length.
    Length.MEDIUM: N_("10 to 20 min"),
    # Translators: a choice of the library's filter by a routine's length.
    Length.LONG: N_("Over 20 min"),
}


def kind_label(kind: Kind) -> str:
    """ "Warm-up", "Core": a kind of routine, as a filter's choice."""
    return _(_KINDS[kind])


def level_label(level: Level) -> str:
    """ "Beginner": a level, as a filter's choice."""
    return _(_LEVELS[level])


def level_in_line(level: Level) -> str:
    """ "beginner": a level, inside a routine's line of facts ("about 14:13 · beginner · mat")."""
    if level is Level.BEGINNER:
        return pgettext("a routine's level, in its line of facts", "beginner")
    if level is Level.INTERMEDIATE:
        return pgettext("a routine's level, in its line of facts", "intermediate")
    return pgettext("a routine's level, in its line of facts", "advanced")


def length_label(length: Length) -> str:
    """ "Up to 10 min": a length, as a filter's choice."""
    return _(_LENGTHS[length])
