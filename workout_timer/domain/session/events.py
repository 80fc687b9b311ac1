"""What a session's engine reports: each thing that happened, with when it was noticed and when it was due.

The views, the sound, the summary, the history and the event log all take the session from these.
"""

from __future__ import annotations

from dataclasses import dataclass

from workout_timer.domain.routines.routine import Exercise
from workout_timer.domain.routines.timeline import Segment, Timeline
from workout_timer.domain.session.cues import Cue
from workout_timer.domain.session.feel import Feel


@dataclass(frozen=True)
class Event:
    """Something that happened. `t` is when it was noticed and `planned` when it was due, both in
    seconds since the session started (pauses included)."""

    t: float
    planned: float


@dataclass(frozen=True)
class SessionStarted(Event):
    pass


@dataclass(frozen=True)
class SegmentStarted(Event):
    segment: Segment


@dataclass(frozen=True)
class CueDue(Event):
    cue: Cue


@dataclass(frozen=True)
class CueMissed(Event):
    """A cue that came due over STALE_AFTER seconds late (the computer slept, say): let go, never said."""

    cue: Cue


@dataclass(frozen=True)
class Paused(Event):
    pass


@dataclass(frozen=True)
class Resumed(Event):
    paused_for: float


@dataclass(frozen=True)
class Skipped(Event):
    """The user moved from segment `index` to `to`: forwards, backwards, or (to == index) a restart."""

    index: int
    to: int


@dataclass(frozen=True)
class Extended(Event):
    index: int
    seconds: float


@dataclass(frozen=True)
class Eased(Event):
    """The user made `exercise` easier for the rest of the session, from segment `index` on: each of its
    segments from there is now of `easier`, and `timeline` is the session's timeline from now on."""

    index: int
    exercise: Exercise
    easier: Exercise
    timeline: Timeline


@dataclass(frozen=True)
class Felt(Event):
    """The user said how the back felt after the work segment `index` (of `exercise`)."""

    index: int
    exercise: Exercise
    feel: Feel


@dataclass(frozen=True)
class Done(Event):
    index: int


@dataclass(frozen=True)
class MovedOn(Event):
    """A step at your own pace moved on by itself: its time ran out with nobody pressing Done."""

    index: int


@dataclass(frozen=True)
class SessionFinished(Event):
    completed: bool
    active: float = 0.0
    """Seconds the session ran, pauses left out."""
    from_remote: bool = False
    """Stopped from a media remote (without the question)."""
