"""Which cues the user wants to hear: named groups of cue kinds, switched on and off in the settings."""

from __future__ import annotations

from collections.abc import Iterable
from enum import StrEnum

from .cues import Cue, CueKind


class CueGroup(StrEnum):
    ANNOUNCEMENTS = "announcements"
    NEXT_UP = "next-up"
    HALFWAY = "halfway"
    COUNTDOWN = "countdown"
    REP_COUNTS = "rep-counts"
    FORM = "form"
    FINISH = "finish"
    TONES = "tones"

    @property
    def label(self) -> str:
        return LABELS[self]


LABELS = {
    CueGroup.ANNOUNCEMENTS: "Each exercise, rest and side switch as it starts",
    CueGroup.NEXT_UP: "What comes next, during rests",
    CueGroup.HALFWAY: "Halfway through long holds",
    CueGroup.COUNTDOWN: "Countdown beeps in the last 3 seconds",
    CueGroup.REP_COUNTS: "Counting the reps",
    CueGroup.FORM: "Form tips and the routine's own reminders",
    CueGroup.FINISH: "The end of the workout",
    CueGroup.TONES: "A tone when work or rest starts",
}

GROUP_OF = {
    CueKind.ANNOUNCE: CueGroup.ANNOUNCEMENTS,
    CueKind.SWITCH: CueGroup.ANNOUNCEMENTS,
    CueKind.NEXT_UP: CueGroup.NEXT_UP,
    CueKind.HALFWAY: CueGroup.HALFWAY,
    CueKind.COUNTDOWN: CueGroup.COUNTDOWN,
    CueKind.REP_COUNT: CueGroup.REP_COUNTS,
    CueKind.FORM: CueGroup.FORM,
    CueKind.ROUTINE: CueGroup.FORM,
    CueKind.FINISH: CueGroup.FINISH,
}


class CueChoices:
    """The set of groups switched on; every group is on unless the user turned it off."""

    def __init__(self, off: Iterable[str] = ()) -> None:
        known = {group.value for group in CueGroup}
        self.off = frozenset(CueGroup(value) for value in off if value in known)

    def wants(self, item: Cue | CueGroup) -> bool:
        group = item if isinstance(item, CueGroup) else GROUP_OF[item.kind]
        return group not in self.off

    def without(self, groups: Iterable[str]) -> CueChoices:
        """These choices with more groups off, such as those a routine is better without."""
        return CueChoices([*self.off, *groups])

    def with_group(self, group: CueGroup, on: bool) -> CueChoices:
        return CueChoices((self.off - {group}) if on else (self.off | {group}))

    def __eq__(self, other: object) -> bool:
        return isinstance(other, CueChoices) and other.off == self.off

    def __hash__(self) -> int:
        return hash(self.off)
