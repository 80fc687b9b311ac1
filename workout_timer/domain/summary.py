"""What a session amounted to, worked out from the engine's events: for the summary screen."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

from .engine import Done, Event, Extended, SegmentStarted, SessionFinished, Skipped
from .timeline import Phase, Segment, Timeline


class Outcome(StrEnum):
    DONE = "done"
    SKIPPED = "skipped"
    STOPPED = "stopped"
    """The session was stopped during it."""


@dataclass
class SessionSummary:
    """Tallies the work segments of one session as its events arrive (feed it every event, in order)."""

    timeline: Timeline
    outcomes: dict[int, Outcome] = field(default_factory=dict)
    completed: bool | None = None
    """None while the session runs; then True (finished) or False (stopped)."""
    active: float = 0.0
    """Seconds of the session not spent paused."""
    paused: float = 0.0
    extended: float = 0.0
    _current: int | None = None
    _left: bool = True

    def feed(self, events: list[Event]) -> None:
        for event in events:
            self._feed(event)

    def _feed(self, event: Event) -> None:
        if isinstance(event, SegmentStarted):
            self._leave(Outcome.DONE)
            self._current, self._left = event.segment.index, False
        elif isinstance(event, Skipped):
            self._leave(Outcome.SKIPPED if event.to > event.index else None)
        elif isinstance(event, Done):
            self._leave(Outcome.DONE)
        elif isinstance(event, Extended):
            self.extended += event.seconds
        elif isinstance(event, SessionFinished):
            self._leave(Outcome.DONE if event.completed else Outcome.STOPPED)
            self.completed = event.completed
            self.active = event.active
            self.paused = max(0.0, event.planned - event.active)

    def _leave(self, outcome: Outcome | None) -> None:
        """The current segment ends with `outcome` (None: it is about to be done again)."""
        if self._left or self._current is None:
            return
        self._left = True
        if outcome is not None and self.timeline[self._current].phase is Phase.WORK:
            self.outcomes[self._current] = outcome

    @property
    def done(self) -> list[Segment]:
        return self._with(Outcome.DONE)

    @property
    def skipped(self) -> list[Segment]:
        return self._with(Outcome.SKIPPED)

    @property
    def work_total(self) -> int:
        return self.timeline.work_count

    def _with(self, outcome: Outcome) -> list[Segment]:
        return [self.timeline[i] for i, found in sorted(self.outcomes.items()) if found is outcome]
