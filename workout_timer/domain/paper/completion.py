"""Which exercise steps of a past session were done, read back from its events in the history.

The rule is the summary's (`session.summary.SessionSummary`): a work segment left by moving on to the
next, by Done or by the end of the routine was done; one left by → was skipped; the one a session was
stopped in, and those never reached, were not done. Each set, and each side, is one segment.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from workout_timer.domain.common.language import _


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
    done: set[int] = set()
    current: int | None = None
    left = True

    def leave(was_done: bool) -> None:
        nonlocal left
        if not left and current is not None:
            left = True
            if was_done:
                done.add(current)

    for event in events:
        name = event.get("event")
        if name == "segment_started":
            leave(True)
            current, left = int(event["index"]), False
        elif name == "skipped":
            if event["to"] > event["index"]:
                leave(False)
            else:  # a restart, or back one: the segment is not over yet
                left = True
        elif name == "done":
            leave(True)
        elif name == "session_finished":
            leave(event.get("result") == "completed")
    parts = tuple(
        (
            str(segment.get("exercise_name") or segment.get("exercise") or _("Exercise")),
            segment.get("index", at) in done,
        )
        for at, segment in enumerate(segments)
        if segment.get("phase") == "work"
    )
    return Completion(parts)
