"""The seconds of exercise a session's history row keeps, by the summary's own rule (work steps only,
getting ready, rests, switches and pauses left out), brought up to the moment as the session goes."""

from __future__ import annotations

from collections.abc import Iterable

from workout_timer.domain.routines.timeline import Phase, Timeline
from workout_timer.domain.session.engine import Event, SegmentStarted, Snapshot
from workout_timer.domain.session.summary import SessionSummary


class WorkTally:
    """One session's exercise, fed its events in order: the summary's `work`, plus the time in the work
    step under way (which the summary counts only once the step ends or pauses)."""

    def __init__(self, timeline: Timeline) -> None:
        self.summary = SessionSummary(timeline)
        self._step: int | None = None
        self._before = 0.0
        """The work before the step under way began."""
        self._in_work = False

    def feed(self, events: Iterable[Event]) -> None:
        for event in events:
            self.summary.feed([event])
            if isinstance(event, SegmentStarted):
                self._step, self._before = event.segment.index, self.summary.work
                self._in_work = event.segment.phase is Phase.WORK

    def so_far(self, snapshot: Snapshot) -> float:
        """Seconds of exercise at the moment of `snapshot` (pauses left out, as its `elapsed` is)."""
        if self.summary.completed is not None or snapshot.index != self._step:
            return self.summary.work
        return self._before + (snapshot.elapsed if self._in_work else 0.0)
