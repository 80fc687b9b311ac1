"""Finding a routine in the library: what each one is about, and the search and filters of the list."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from .library import Entry
from .routine import Kind, Level
from .timeline import Phase, build_timeline

MAIN_KIND_SHARE = 0.3
"""A routine counts as being of a kind when its tags say so or that kind fills this share of its work time."""


class Length(StrEnum):
    SHORT = "short"
    MEDIUM = "medium"
    LONG = "long"

    @property
    def label(self) -> str:
        return {"short": "Up to 10 min", "medium": "10 to 20 min", "long": "Over 20 min"}[self.value]

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
        kinds.update(kind for kind in Kind if kind.value in routine.tags)
        names = {segment.exercise.name for segment in timeline.segments if segment.exercise is not None}
        words = " ".join([routine.id, routine.name, routine.description or "", *routine.tags, *sorted(names)])
        return cls(
            entry, timeline.total, timeline.is_estimate, frozenset(kinds), routine.all_equipment(), words.lower()
        )


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
        if self.level is not None and routine.level is not self.level:
            return False
        return self.length is None or Length.of(facts.total) is self.length
