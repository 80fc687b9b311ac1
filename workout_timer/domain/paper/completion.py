"""Which exercise steps of a past session were done, read back from its events in the history.

The rule is the summary's (`session.summary.SessionSummary`), read back by `history.event_log.step_outcomes`:
a work segment left by moving on to the next, by Done or by the end of the routine was done; one left by →
was skipped; the one a session was stopped in, and those never reached, were not done. Each set, and each
side, is one segment.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from workout_timer.domain.common.language import _
from workout_timer.domain.history.event_log import step_outcomes
from workout_timer.domain.session.summary import Outcome


@dataclass(frozen=True)
class Completion:
    """One session's work segments, each with whether it was done, in order."""

    parts: tuple[tuple[str, bool], ...]
    """(exercise name, done) of each work segment of the session's timeline."""

    @property
    def done(self) -> int:
        return sum(done for _, done in self.parts)


def session_completion(segments: Sequence[Mapping[str, Any]], events: Iterable[Mapping[str, Any]]) -> Completion:
    """The work segments of a session's stored timeline, each done or not, by its stored events."""
    outcomes = step_outcomes(events)
    parts = tuple(
        (
            str(segment.get("exercise_name") or segment.get("exercise") or _("Exercise")),
            outcomes.get(segment.get("index", at)) is Outcome.DONE,
        )
        for at, segment in enumerate(segments)
        if segment.get("phase") == "work"
    )
    return Completion(parts)
