"""The current segment's cues still to go out, in the order they go: spoken ones `speech_lead` early so that they
are heard on time, each said when it comes due, or let go when it comes too late to be said (the machine slept).

The engine owns the clock, the segment's start and the events; this keeps the cues waiting, and which cues of the
segment were said, so that a segment replanned (made longer, or eased) says its countdown again and nothing
else twice.
"""

from __future__ import annotations

from collections.abc import Iterable

from workout_timer.domain.session.cues import Cue, CueKind

STALE_AFTER = 1.0
"""A cue more than this late (the machine slept, say) is dropped rather than said out of time."""


class DueCues:
    """One segment's cues at a time, waiting for their moment."""

    def __init__(self, speech_lead: float = 0.0) -> None:
        """`speech_lead`: seconds the voice needs before it is heard; spoken cues inside a segment are released
        that much early (at a segment's start the tone leads)."""
        self.speech_lead = max(0.0, speech_lead)
        self._waiting: list[Cue] = []
        self._said: set[tuple[CueKind, str]] = set()

    @property
    def waiting(self) -> bool:
        """Whether a cue of the segment is still to go out."""
        return bool(self._waiting)

    def begin(self, cues: Iterable[Cue]) -> None:
        """A new segment, with its cues: nothing of it said yet."""
        self._waiting = self._in_release_order(cues)
        self._said = set()

    def replan(self, cues: Iterable[Cue], elapsed: float) -> None:
        """The segment's cues, planned again after its length or its exercise changed `elapsed` seconds in: those
        still to come, a countdown again, other cues only if not said already."""
        self._waiting = self._in_release_order(
            cue
            for cue in cues
            if cue.at > elapsed and (cue.kind is CueKind.COUNTDOWN or (cue.kind, cue.text) not in self._said)
        )

    def say_first(self, cue: Cue) -> None:
        """`cue` goes out before any other still waiting."""
        self._waiting.insert(0, cue)

    def clear(self) -> None:
        """Nothing more to say (the session ended)."""
        self._waiting = []

    def next_release(self) -> float | None:
        """When, into the segment, the next cue goes out (None: none waits)."""
        return self.release(self._waiting[0]) if self._waiting else None

    def release(self, cue: Cue) -> float:
        """When, into its segment, a cue goes out: spoken ones `speech_lead` early (never before the start)."""
        return max(0.0, cue.at - self.speech_lead) if cue.is_speech and cue.at > 0 else cue.at

    def due(self, segment_start: float, horizon: float, now: float) -> list[tuple[Cue, bool]]:
        """The cues released by `horizon` (on the clock, the segment having started at `segment_start`), taken off
        the list in order, each with whether it is said at `now` (False: let go, over `STALE_AFTER` late)."""
        out: list[tuple[Cue, bool]] = []
        while self._waiting and segment_start + self.release(self._waiting[0]) <= horizon + 1e-9:
            cue = self._waiting.pop(0)
            said = now - (segment_start + cue.at) <= STALE_AFTER
            if said:
                self._said.add((cue.kind, cue.text))
            out.append((cue, said))
        return out

    def _in_release_order(self, cues: Iterable[Cue]) -> list[Cue]:
        return sorted(cues, key=self.release)
