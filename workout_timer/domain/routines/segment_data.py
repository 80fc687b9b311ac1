"""A segment as plain data: the one dict that `show --json`, the event log and the history all write.

One word for each fact: a segment's `phase` (prepare, work, rest, switch; a cue's `kind` is another
thing), `exercise` (its id) and `exercise_name`, the step's `note`, `duration` (None for a step that
waits for Done) and `estimate` (always a number).

Older files used other words: version 1 of the event log called the phase `kind`, and the history's
copy of a timeline kept one `name` (the exercise's, else the note). `current_segment` reads either.
"""

from __future__ import annotations

from typing import Any

from workout_timer.domain.routines.timeline import Segment


def segment_data(segment: Segment) -> dict[str, Any]:
    """The segment as plain data (docs/event-log.md lists the fields)."""
    exercise = segment.exercise
    return {
        "index": segment.index,
        "phase": segment.phase.value,
        "exercise": exercise.id if exercise else None,
        "exercise_name": exercise.name if exercise else None,
        "note": segment.note,
        "side": segment.side.value if segment.side else None,
        "set": segment.set,
        "sets": segment.sets,
        "round": segment.round,
        "rounds": segment.rounds,
        "duration": segment.duration,
        "estimate": segment.estimate,
        "reps": segment.reps,
        "tempo": segment.tempo,
    }


def current_segment(record: dict[str, Any]) -> dict[str, Any]:
    """A segment written by an older version in today's words (a copy; today's records come back as they are)."""
    if "phase" in record and "name" not in record:
        return record
    record = dict(record)
    if "phase" not in record and "kind" in record:  # the event log, version 1
        record["phase"] = record.pop("kind")
    if "name" in record:  # the history's timelines before the exercise's name and the note were told apart
        name = record.pop("name")
        record.setdefault("exercise_name", name if record.get("exercise") else None)
        record.setdefault("note", None if record.get("exercise") else name)  # a step's own note was not kept
    return record
