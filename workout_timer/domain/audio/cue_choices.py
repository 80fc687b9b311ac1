"""Which cues the user wants to hear: named groups of cue kinds, switched on and off in the settings."""

from __future__ import annotations

from collections.abc import Iterable

from workout_timer.domain.routines.cue_groups import CueGroup
from workout_timer.domain.session.cues import Cue, CueKind

GROUP_OF = {
    CueKind.ANNOUNCE: CueGroup.ANNOUNCEMENTS,
    CueKind.SWITCH: CueGroup.ANNOUNCEMENTS,
    CueKind.MOVE_ON: CueGroup.ANNOUNCEMENTS,
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
