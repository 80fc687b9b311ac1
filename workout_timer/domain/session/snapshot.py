"""What the engine says of one moment: its state and a `Snapshot` of the segment under way, all derived
from the clock, for the views to show."""

from __future__ import annotations

import math
from dataclasses import dataclass
from enum import StrEnum

from workout_timer.domain.routines.timeline import Segment
from workout_timer.domain.session.feel import Rating


class State(StrEnum):
    READY = "ready"
    RUNNING = "running"
    PAUSED = "paused"
    FINISHED = "finished"
    ABANDONED = "abandoned"


@dataclass(frozen=True)
class Snapshot:
    """What a view shows at one moment, all derived from the clock."""

    state: State
    index: int
    segment: Segment | None
    length: float | None
    elapsed: float
    remaining: float | None
    progress: float
    session_elapsed: float
    session_left: float
    rep: int | None = None
    """The rep being counted now in a step with a tempo (1-based), else None."""
    rating: Rating | None = None
    """How the back felt after the work just done, when a rating is open (see `feel`)."""


def rep_at(segment: Segment, elapsed: float) -> int | None:
    if segment.reps is None or not segment.tempo:
        return None
    return min(segment.reps, math.floor(elapsed / segment.tempo + 1e-9) + 1)
