"""Two routines that make the very same session: the same timeline, cues and facts."""

from __future__ import annotations

from workout_timer.domain.routines.routine import Routine
from workout_timer.domain.routines.timeline import build_timeline
from workout_timer.domain.session.cues import plan_cues


def same_session(first: Routine, second: Routine) -> None:
    one, two = build_timeline(first), build_timeline(second)
    assert one.segments == two.segments
    assert plan_cues(one).cues == plan_cues(two).cues
    assert (first.name, first.description, first.tags, first.level, first.equipment, first.defaults) == (
        second.name, second.description, second.tags, second.level, second.equipment, second.defaults,
    )  # fmt: skip
