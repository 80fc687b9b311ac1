"""How the back felt after an exercise: an optional rating, one key during the rest that follows it.

The rating uses the traffic light physiotherapists use for pain during exercise (docs: "Your back"):

- **green** (0 to 3 of 10): fine, or a little discomfort that settles soon;
- **amber** (4 or 5 of 10): the exercise keeps its dose next time, no step up;
- **red** (6 or more of 10): the exercise's easier variant is offered at once, for the rest of the session
  (E takes it), and next time.

A rating is open in the rest straight after an exercise's last set (its last side), for that exercise, and is
never asked for: no key, no rating. Not in a switch of sides nor a rest between sets: the exercise is not over,
and E still makes it easier at any time. Nor after an exercise skipped with → (Next): it was not done, so there is
nothing to feel after it (skipped by the summary's rule, `summary.StepLeaving`: one gone back to and done is asked
about). A segment is rated once; a later key changes nothing. A key pressed as the rest ends still counts for it in
the first `GRACE` seconds of the next step (`rating_for_key`).
"""

from __future__ import annotations

from collections.abc import Container, Mapping
from dataclasses import dataclass
from enum import StrEnum

from workout_timer.domain.common.language import _
from workout_timer.domain.routines.routine import Exercise
from workout_timer.domain.routines.timeline import Phase, Segment, Timeline


class Feel(StrEnum):
    GREEN = "green"
    AMBER = "amber"
    RED = "red"

    @property
    def name_shown(self) -> str:
        """The answer's name on its button: "Green"."""
        return {Feel.GREEN: _("Green"), Feel.AMBER: _("Amber"), Feel.RED: _("Red")}[self]

    @property
    def words(self) -> str:
        return {
            Feel.GREEN: _("green: fine, or a little discomfort that settles"),
            Feel.AMBER: _("amber: sore, 4 or 5 of 10; next time keeps this dose"),
            Feel.RED: _("red: it hurt, 6 or more of 10"),
        }[self]


GRACE = 1.0
"""Seconds into the step after a rest in which a rating key still answers that rest's rating: a key pressed in
the rest's last moments may reach the engine just after the rest has ended."""


@dataclass(frozen=True)
class Rating:
    """The rating open at a moment: the work segment it is about, the answer if given, and for red the easier
    variant offered for the rest of the session (None when there is none, or the exercise does not come again)."""

    work: Segment
    feel: Feel | None = None
    offer: Exercise | None = None


def rated_segment(timeline: Timeline, index: int) -> Segment | None:
    """The work segment a rating at segment `index` is about: the one just before, when `index` is a rest and that
    work was its exercise's last set and side; else None (no rating is open)."""
    if index <= 0 or index >= len(timeline) or timeline[index].phase is not Phase.REST:
        return None
    before = timeline[index - 1]
    last = before.set is None or before.sets is None or before.set >= before.sets
    return before if before.phase is Phase.WORK and before.exercise is not None and last else None


def rating_at(timeline: Timeline, index: int, felt: Mapping[int, Feel], skipped: Container[int]) -> Rating | None:
    """The rating open at segment `index`, given the answers so far (by work segment) and the segments skipped: none
    after an exercise skipped."""
    work = rated_segment(timeline, index)
    if work is None or work.exercise is None or work.index in skipped:
        return None
    feel = felt.get(work.index)
    offer = None
    if feel is Feel.RED and any(s.exercise == work.exercise for s in timeline.segments[index:]):
        change = timeline.easier_at(index, work.exercise)
        offer = None if change is None else change[1]
    return Rating(work, feel, offer)


def rating_for_key(
    timeline: Timeline, index: int, elapsed: float, felt: Mapping[int, Feel], skipped: Container[int]
) -> Rating | None:
    """The rating a key answers `elapsed` seconds into segment `index`: the one open there, or in the step's first
    `GRACE` seconds the one open in the rest just before it (for the exercise done before that rest)."""
    rating = rating_at(timeline, index, felt, skipped)
    if rating is None and elapsed < GRACE:
        rating = rating_at(timeline, index - 1, felt, skipped)
    return rating


def easier_choice(timeline: Timeline, index: int, rating: Rating | None) -> tuple[Exercise, Exercise] | None:
    """What "easier now" at segment `index` would change: after a red rating with an offer, the exercise rated;
    otherwise the exercise the segment is about (`Timeline.easier_at`)."""
    target = rating.work.exercise if rating is not None and rating.offer is not None else None
    return timeline.easier_at(index, target)
