"""The session engine: runs a timeline against a monotonic clock.

Every segment has a start and a deadline on the clock; what is shown (time left, progress) is derived
from them, never counted. A segment that ends naturally hands over at its exact deadline, so no error
builds up however long the session. A pause moves the current segment's start and deadline by exactly
the paused time. The owner calls `update()` (or any command) whenever it likes, typically when
`next_wakeup()` comes round, and gets back the events that happened since.
"""

from __future__ import annotations

import math
import time

from workout_timer.domain.common.clock import Clock
from workout_timer.domain.common.language import spoken
from workout_timer.domain.routines.timeline import Segment, Timeline
from workout_timer.domain.session.cue_stream import CueStream
from workout_timer.domain.session.cues import (
    Cue,
    CueKind,
    CuePlan,
    finish_cue,
    moving_on_cue,
    plan_segment,
    speech_seconds,
)
from workout_timer.domain.session.due_cues import DueCues
from workout_timer.domain.session.events import (
    CueDue,
    CueMissed,
    Done,
    Eased,
    Event,
    Extended,
    Felt,
    MovedOn,
    Paused,
    Resumed,
    SegmentStarted,
    SessionFinished,
    SessionStarted,
    Skipped,
)
from workout_timer.domain.session.feel import Feel, easier_choice, rating_at, rating_for_key
from workout_timer.domain.session.snapshot import Snapshot, State, rep_at
from workout_timer.domain.session.summary import Outcome, StepLeaving

__all__ = [  # the events are the engine's words: they may be imported from here too
    "CueDue",
    "CueMissed",
    "Done",
    "Eased",
    "Event",
    "Extended",
    "Felt",
    "MovedOn",
    "Paused",
    "Resumed",
    "SegmentStarted",
    "SessionEngine",
    "SessionFinished",
    "SessionStarted",
    "Skipped",
    "Snapshot",
    "State",
]

RESTART_AFTER = 3.0
"""Seconds into a segment after which "previous" restarts it instead of going back."""
EXTEND_BY = 10.0


class SessionEngine:
    """Runs one session of a timeline. Not thread-safe: call it from one thread."""

    def __init__(
        self,
        timeline: Timeline,
        clock: Clock = time.monotonic,
        plan: CuePlan | CueStream | None = None,
        speech_lead: float = 0.0,
    ) -> None:
        """`speech_lead`: seconds the voice needs before it is heard; spoken cues inside a segment are
        released that much early so they are heard on time (at a segment's start the tone leads)."""
        self.timeline = timeline
        self.words = spoken()
        """The words the session's cues are said in: the language when it began, kept to its end (a language
        chosen meanwhile counts from the next session, as the routine's own words do)."""
        self.plan = plan if plan is not None else CueStream(timeline, self.words)  # planned as the session gets there
        self._clock = clock
        self.state = State.READY
        self.index = 0
        self._session_start = 0.0
        self._segment_start = 0.0
        self._length: float | None = None
        self._paused_at: float | None = None
        self._paused_total = 0.0
        self.due_cues = DueCues(speech_lead)
        """The current segment's cues still to go out."""
        self._ended = 0.0
        self.felt: dict[int, Feel] = {}
        """How the back felt, by work segment rated."""
        self._leaving = StepLeaving()
        """How each segment was left, by the summary's rule: no rating is asked after an exercise skipped."""

    # -- reading ---------------------------------------------------------------------------

    @property
    def segment(self) -> Segment | None:
        if self.state in (State.READY, State.FINISHED, State.ABANDONED):
            return None
        return self.timeline[self.index]

    @property
    def skipped(self) -> frozenset[int]:
        """The segments left with → (Next) and not done since, by index."""
        return frozenset(index for index, outcome in self._leaving.outcomes.items() if outcome is Outcome.SKIPPED)

    @property
    def started_at(self) -> float:
        """When the session started on the monotonic clock (0 before it starts)."""
        return self._session_start

    def since_start(self) -> float:
        """Seconds on the session's clock since it started, pauses included (0 before it starts): the
        time of what happens around the session, such as a cue being spoken."""
        if self.state is State.READY:
            return 0.0
        return self._clock() - self._session_start

    @property
    def deadline(self) -> float | None:
        """When the current segment ends on the monotonic clock (None if it waits or is not running)."""
        if self.segment is None or self._length is None:
            return None
        return self._segment_start + self._length

    def _moves_on_at(self) -> float | None:
        """When a step at your own pace moves on by itself, on the monotonic clock (None: it waits)."""
        segment = self.segment
        if segment is None or self._length is not None or segment.move_on is None:
            return None
        return self._segment_start + segment.move_on

    def snapshot(self) -> Snapshot:
        now = self._now()
        segment = self.segment
        if segment is None:
            return self._idle_snapshot()
        elapsed = max(0.0, now - self._segment_start)
        if self._length is None:
            remaining = None
            progress = 0.0
            left_here = max(0.0, segment.estimate - elapsed)
        else:
            remaining = max(0.0, self._length - elapsed)
            progress = min(1.0, elapsed / self._length) if self._length > 0 else 1.0
            left_here = remaining
        return Snapshot(
            state=self.state,
            index=self.index,
            segment=segment,
            length=self._length,
            elapsed=elapsed,
            remaining=remaining,
            progress=progress,
            session_elapsed=now - self._session_start - self._paused_total,  # `now` stands still in a pause
            session_left=left_here + self.timeline.remaining_after(self.index),
            rep=rep_at(segment, elapsed),
            rating=rating_at(self.timeline, self.index, self.felt, self.skipped),
        )

    def _idle_snapshot(self) -> Snapshot:
        """Before the start (everything ahead) or after the end (nothing ahead)."""
        if self.state is State.READY:
            return Snapshot(self.state, 0, None, None, 0.0, None, 0.0, 0.0, self.timeline.total)
        done = 1.0 if self.state is State.FINISHED else 0.0
        return Snapshot(self.state, self.index, None, None, 0.0, None, done, self._active(), 0.0)

    def next_wakeup(self, display: bool = True) -> float | None:
        """The next moment on the clock when something is due: a cue, the segment's end, and (with
        `display`) the next change of the whole seconds shown. None when nothing will happen."""
        if self.state is not State.RUNNING:
            return None
        times = []
        release = self.due_cues.next_release()
        if release is not None:
            times.append(self._segment_start + release)
        end = self.deadline if self.deadline is not None else self._moves_on_at()
        if end is not None:
            times.append(end)
        if display:
            elapsed = self._clock() - self._segment_start
            if self._length is None:
                times.append(self._segment_start + math.floor(elapsed + 1e-9) + 1)
            else:
                remaining = self._length - elapsed
                step = remaining - math.floor(remaining - 1e-9) if remaining > 0 else 0
                times.append(self._clock() + (step if step > 1e-6 else 1.0))
        return min(times) if times else None

    # -- commands --------------------------------------------------------------------------

    def start(self) -> list[Event]:
        if self.state is not State.READY:
            return []
        now = self._clock()
        self._session_start = now
        self.state = State.RUNNING
        events: list[Event] = [SessionStarted(0.0, 0.0)]
        self._enter(0, now, now, events)
        events.extend(self._catch_up(now))
        return events

    def update(self) -> list[Event]:
        """Everything due up to now: cues, the ends of segments, the end of the session."""
        if self.state is not State.RUNNING:
            return []
        return self._catch_up(self._clock())

    def pause(self) -> list[Event]:
        events = self.update()
        if self.state is State.RUNNING:
            now = self._clock()
            self._paused_at = now
            self.state = State.PAUSED
            events.append(Paused(self._rel(now), self._rel(now)))
        return events

    def resume(self) -> list[Event]:
        if self.state is not State.PAUSED or self._paused_at is None:
            return []
        now = self._clock()
        paused_for = now - self._paused_at
        self._segment_start += paused_for
        self._paused_total += paused_for
        self._paused_at = None
        self.state = State.RUNNING
        events: list[Event] = [Resumed(self._rel(now), self._rel(now), paused_for)]
        events.extend(self._catch_up(now))
        return events

    def skip(self) -> list[Event]:
        """Go on to the next segment now (finishing the session after the last one)."""
        events = self.update()
        if self.segment is None:
            return events
        now = self._clock()
        events.append(Skipped(self._rel(now), self._rel(now), self.index, self.index + 1))
        self._leaving.skipped(self.index, self.index + 1)
        self._move(self.index + 1, now, events)
        return events

    def previous(self) -> list[Event]:
        """Restart the current segment, or go back one if it has only just begun."""
        events = self.update()
        if self.segment is None:
            return events
        now = self._clock()
        elapsed = (self._paused_at or now) - self._segment_start
        to = self.index if elapsed > RESTART_AFTER or self.index == 0 else self.index - 1
        events.append(Skipped(self._rel(now), self._rel(now), self.index, to))
        self._leaving.skipped(self.index, to)
        self._move(to, now, events)
        return events

    def done(self) -> list[Event]:
        """The user finished a rep step: go on now. Ignored for timed holds, rests and switches."""
        events = self.update()
        segment = self.segment
        if segment is None or segment.reps is None:
            return events
        now = self._clock()
        events.append(Done(self._rel(now), self._rel(now), self.index))
        self._move(self.index + 1, now, events)
        return events

    def extend(self, seconds: float = EXTEND_BY) -> list[Event]:
        """Add time to the current timed segment; its countdown and cues move with its new end."""
        events = self.update()
        if self.segment is None or self._length is None or seconds <= 0:
            return events
        now = self._clock()
        elapsed = (self._paused_at or now) - self._segment_start
        self._length += seconds
        self._replan(elapsed)
        events.append(Extended(self._rel(now), self._rel(now), self.index, seconds))
        return events

    def ease(self) -> list[Event]:
        """Easier now: the exercise under way (or coming next, in a rest) takes its easier variant for the rest
        of the session (`Timeline.eased`). The time left and the segment's place stay as they are; the cues
        from now on are the variant's, and the change is said at once. Nothing happens on an exercise's first
        rung."""
        events = self.update()
        if self.segment is None:
            return events
        change = easier_choice(self.timeline, self.index, rating_at(self.timeline, self.index, self.felt, self.skipped))
        if change is None:
            return events
        now = self._clock()
        self.timeline = self.timeline.eased(self.index, change[0])
        self.plan = CueStream(self.timeline, self.words)
        elapsed = (self._paused_at or now) - self._segment_start
        self._replan(elapsed)
        said = self.words.gettext("Easier now: {name}.").format(name=change[1].name)
        self.due_cues.say_first(Cue(self.index, elapsed, CueKind.ANNOUNCE, said, speech_seconds(said)))
        events.append(Eased(self._rel(now), self._rel(now), self.index, *change, self.timeline))
        events.extend(self._catch_up(now))  # said at once (after a pause, once it ends)
        return events

    def rate(self, feel: Feel) -> list[Event]:
        """How the back felt after the work just done, while its rating is open, or just closed (`rating_for_key`);
        once for each segment."""
        events = self.update()
        if self.segment is None:
            return events
        elapsed = self._now() - self._segment_start
        rating = rating_for_key(self.timeline, self.index, elapsed, self.felt, self.skipped)
        if rating is None or rating.feel is not None or rating.work.exercise is None:
            return events
        self.felt[rating.work.index] = feel
        now = self._clock()
        events.append(Felt(self._rel(now), self._rel(now), rating.work.index, rating.work.exercise, feel))
        return events

    def abandon(self, from_remote: bool = False) -> list[Event]:
        events = self.update()
        if self.state in (State.RUNNING, State.PAUSED):
            now = self._clock()
            self._stop(State.ABANDONED, now)
            events.append(SessionFinished(self._rel(now), self._rel(now), False, self._active(), from_remote))
        return events

    # -- inside ----------------------------------------------------------------------------

    def _now(self) -> float:
        return self._paused_at if self._paused_at is not None else self._clock()

    def _active(self) -> float:
        return self._ended - self._session_start - self._paused_total

    def _rel(self, when: float) -> float:
        return when - self._session_start

    def _catch_up(self, now: float) -> list[Event]:
        events: list[Event] = []
        while self.state is State.RUNNING:
            moves_on = self._moves_on_at()
            deadline = self.deadline if moves_on is None else moves_on
            horizon = now if deadline is None else min(now, deadline)
            for cue, said in self.due_cues.due(self._segment_start, horizon, now):
                due = self._rel(self._segment_start + cue.at)
                events.append(CueDue(self._rel(now), due, cue) if said else CueMissed(self._rel(now), due, cue))
            if deadline is None or now < deadline:
                break
            if moves_on is not None:
                events.append(MovedOn(self._rel(now), self._rel(moves_on), self.index))
            self._move(self.index + 1, deadline, events)
        return events

    def _replan(self, elapsed: float) -> None:
        """The current segment's cues still to come, after its length or its exercise changed `elapsed` seconds in."""
        self.due_cues.replan(plan_segment(self.timeline, self.index, self._length, self.words), elapsed)

    def _move(self, to: int, when: float, events: list[Event]) -> None:
        """Leave the current segment for segment `to` (or the end), starting it at `when`."""
        if self._paused_at is not None:  # a move while paused keeps the pause, from now on
            self._paused_total += when - self._paused_at
            self._paused_at = when
        if to >= len(self.timeline):
            now = self._clock()
            cue = finish_cue(self.timeline, self.words)
            self._stop(State.FINISHED, when)
            events.append(CueDue(self._rel(now), self._rel(when), cue))
            events.append(SessionFinished(self._rel(now), self._rel(when), True, self._active()))
            return
        self._enter(to, when, self._clock(), events)

    def _enter(self, index: int, when: float, now: float, events: list[Event]) -> None:
        self.index = index
        self._segment_start = when
        segment = self.timeline[index]
        self._length = segment.duration
        cues = self.plan.for_segment(index)
        if segment.waits and segment.move_on is not None:
            cues = (*cues, moving_on_cue(segment, self.words))
        self.due_cues.begin(cues)
        self._leaving.started(index)
        events.append(SegmentStarted(self._rel(now), self._rel(when), segment))

    def _stop(self, state: State, when: float) -> None:
        if self._paused_at is not None:
            self._paused_total += when - self._paused_at
            self._paused_at = None
        self._ended = when
        self.state = state
        self.due_cues.clear()
