"""The cue plan worked out as the session gets there, not all before its start.

`plan_cues` lays out every segment and then lets go of speech that would overlap speech of the next
segment, in one pass in time order. For a 10,000-segment routine that is most of a second, which the
window waited for at Start. `CueStream` does the same pass a few segments at a time, as far as the
segment asked for and one cue beyond: the result is the same plan, and a session's start plans only
its first segments.
"""

from __future__ import annotations

from workout_timer.domain.common.language import Words, spoken
from workout_timer.domain.routines.timeline import Timeline
from workout_timer.domain.session.cues import GAP, Cue, finish_cue, plan_segment


class CueStream:
    """The cues of each segment, as `CuePlan.for_segment` gives them, planned on first asking."""

    def __init__(self, timeline: Timeline, words: Words | None = None) -> None:
        self.timeline = timeline
        self.words = words or spoken()
        """The words its cues are said in, for the whole session."""
        self.planned = 0
        """How many segments are laid out so far (the finish counts as one more)."""
        self._kept: dict[int, list[Cue]] = {}
        self._last: Cue | None = None
        """The latest speech kept so far: a cue after it may still push it out."""

    def for_segment(self, index: int) -> tuple[Cue, ...]:
        while not self._settled(index):
            self._plan_next()
        return tuple(self._kept.get(index, ()))

    def _settled(self, index: int) -> bool:
        """Whether no cue still to be planned can change segment `index`'s cues: every later cue starts
        after the last speech kept has ended (or that speech is past `index` already)."""
        if self.planned > len(self.timeline):
            return True
        if self.planned <= index:
            return False
        last = self._last
        return last is None or last.segment > index or self._end(last) <= self._start(self.planned)

    def _plan_next(self) -> None:
        index = self.planned
        self.planned += 1
        if index < len(self.timeline):
            cues = plan_segment(self.timeline, index, words=self.words)
        else:
            cues = (finish_cue(self.timeline, self.words),)
        kept = self._kept[index] = []
        for cue in sorted(cues, key=self._offset):  # the order of plan_cues' pass: by time, stably
            if not cue.is_speech or self._keep(cue):
                kept.append(cue)
        place = {id(cue): number for number, cue in enumerate(cues)}
        kept.sort(key=lambda cue: place[id(cue)])  # and in plan_segment's order, as CuePlan keeps them

    def _keep(self, cue: Cue) -> bool:
        """The pass of plan_cues for one more speech cue: whether it stays (it may push out the last)."""
        last = self._last
        if last is not None and self._end(last) > self._offset(cue):
            if cue.priority < last.priority:
                return False
            kept = self._kept[last.segment]
            del kept[next(number for number, c in enumerate(kept) if c is last)]
        self._last = cue
        return True

    def _start(self, index: int) -> float:
        return self.timeline.total if index >= len(self.timeline) else self.timeline.offsets[index]

    def _offset(self, cue: Cue) -> float:
        return self._start(cue.segment) + cue.at

    def _end(self, cue: Cue) -> float:
        """When a spoken cue is over, with the gap after it."""
        return self._offset(cue) + cue.speech + GAP
