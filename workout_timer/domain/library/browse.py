"""Finding a routine in the library: what each one is about, and the search and filters of the list."""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum

from workout_timer.domain.common.content import english_of, translator
from workout_timer.domain.common.language import pgettext
from workout_timer.domain.library.built_in import EQUIPMENT, tag_word
from workout_timer.domain.library.entry import Entry
from workout_timer.domain.routines.routine import Kind, Level
from workout_timer.domain.routines.timeline import Phase, build_timeline

MAIN_KIND_SHARE = 0.3
"""A routine counts as being of a kind when its tags say so or that kind fills this share of its work time."""


class Length(StrEnum):
    SHORT = "short"
    MEDIUM = "medium"
    LONG = "long"

    @classmethod
    def of(cls, seconds: float) -> Length:
        if seconds <= 10 * 60:
            return cls.SHORT
        return cls.MEDIUM if seconds <= 20 * 60 else cls.LONG


@dataclass(frozen=True)
class Facts:
    """What the library list shows and filters on, worked out once per routine."""

    entry: Entry
    total: float
    is_estimate: bool
    kinds: frozenset[Kind]
    equipment: tuple[str, ...]
    words: str
    """Everything a search may match, lower case."""

    @classmethod
    def of(cls, entry: Entry) -> Facts:
        routine = entry.routine
        if routine is None:
            return cls(entry, 0.0, False, frozenset(), (), entry.id.lower())
        timeline = build_timeline(routine)
        work: dict[Kind, float] = {}
        for segment in timeline.segments:
            if segment.phase is Phase.WORK and segment.exercise is not None:
                work[segment.exercise.kind] = work.get(segment.exercise.kind, 0.0) + segment.estimate
        worked = sum(work.values()) or 1.0
        kinds = {kind for kind, seconds in work.items() if seconds / worked >= MAIN_KIND_SHARE}
        tags = found_by_tags(routine.tags, entry.written_tags)
        kinds.update(kind for kind in Kind if kind.value in tags or tag_word(kind.value, translator()) in tags)
        names = {segment.exercise.name for segment in timeline.segments if segment.exercise is not None}
        words = " ".join([routine.id, routine.name, routine.description or "", *sorted(tags), *sorted(names)])
        return cls(
            entry,
            timeline.total,
            timeline.is_estimate,
            frozenset(kinds),
            equipment_list(routine.all_equipment()),
            words.lower(),
        )

    @property
    def name(self) -> str:
        """The routine's name as the list shows it (the file's id when it does not load)."""
        return self.entry.routine.name if self.entry.routine is not None else self.entry.id


@dataclass(frozen=True)
class Filter:
    """The search text and the chosen kind, level and length; None means any."""

    text: str = ""
    kind: Kind | None = None
    level: Level | None = None
    length: Length | None = None

    def matches(self, facts: Facts) -> bool:
        if not all(word in facts.words for word in self.text.lower().split()):
            return False
        routine = facts.entry.routine
        if routine is None:  # a broken file shows unless a filter asks about its content
            return self.kind is None and self.level is None and self.length is None
        if self.kind is not None and self.kind not in facts.kinds:
            return False
        if self.level is not None and routine.level != self.level:
            return False
        return self.length is None or Length.of(facts.total) == self.length

    def rank(self, facts: Iterable[Facts]) -> list[Facts]:
        """The routines this filter matches, best first: names that start with the search words,
        then names that hold them all, then those found by their other words; each group by name."""
        words = self.text.lower().split()
        phrase = " ".join(words)

        def order(found: Facts) -> tuple[int, str]:
            name = " ".join(found.name.lower().split())
            if not words or name.startswith(phrase):
                group = 0
            elif all(word in name for word in words):
                group = 1
            else:
                group = 2
            return group, name_key(found.name)

        return sorted((found for found in facts if self.matches(found)), key=order)


def found_by_tags(shown: Iterable[str], written: Iterable[str]) -> set[str]:
    """The words a routine's tags find it by, in either language: its tags as shown and as its file writes them (a
    built-in routine's in English), and each in the language in use ("running" is found by "laufen" too, in a
    runner's own routine as well)."""
    tags = {tag.casefold() for tag in (*shown, *written)}
    return tags | {tag_word(tag, translator()).casefold() for tag in tags}


def name_key(name: str) -> str:
    """How names sort: by letter, whatever the case and accents ("Épaule" between "Dos" and "Fente")."""
    decomposed = unicodedata.normalize("NFKD", name.casefold())
    return "".join(char for char in decomposed if not unicodedata.combining(char))


def equipment_list(equipment: Iterable[str]) -> tuple[str, ...]:
    """Each piece of equipment once, in order, as it is first written. A choice ("kettlebell or dumbbell") is left
    out when one of its options is needed anyway, and the same choice written twice is listed once. Pieces are
    told apart by what they are, not by their words: the built-in exercises' equipment comes translated ("Matte"),
    a user's own routine says it in its author's words ("mat"), and both are the one mat."""
    pieces: dict[str, str] = {}
    for item in equipment:
        text = " ".join(item.split())
        if text:
            pieces.setdefault(equipment_identity(text), text)
    needed = {key for key in pieces if _EITHER not in key}
    kept: dict[frozenset[str], str] = {}
    for key, text in pieces.items():
        options = frozenset(option.strip() for option in key.split(_EITHER))
        if len(options) > 1 and options & needed:
            continue
        kept.setdefault(options, text)
    return tuple(kept.values())


_EITHER = " or "
"""Between the options of a choice of equipment, in English, the words the identities are written in."""


def equipment_identity(text: str) -> str:
    """What a piece of equipment is, whatever the language it is written in: the catalogue's English for it, in any
    case ("mat" for "Matte", "mat" or "Mat"); a choice as its options' ("kettlebell or dumbbell")."""
    english = english_of(EQUIPMENT)
    folded = text.casefold()
    if folded in english:
        return english[folded].casefold()
    # Translators: the word between two pieces of equipment where either will do ("kettlebell or dumbbell").
    either = f" {pgettext('equipment: either will do', 'or').casefold()} "
    options = [option.strip() for part in folded.split(either) for option in part.split(_EITHER)]
    return _EITHER.join(english.get(option, option).casefold() for option in options)
