"""What changed in a routine between sessions: read from the copy of its timeline each session keeps, so
a step up or down the app suggested (or an edit by hand) shows as what was actually done."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from workout_timer.domain.common.language import _, ngettext
from workout_timer.domain.history.records import SessionRecord
from workout_timer.domain.routines.durations import spoken_duration


@dataclass(frozen=True)
class DoseChange:
    """ "Plank: 3 sets of 30 seconds → 3 sets of 35 seconds", first done on `day`."""

    day: dt.date
    routine: str
    exercise: str
    before: str
    after: str


def doses(segments: Sequence[Mapping[str, Any]]) -> dict[str, str]:
    """Each exercise of a stored timeline with its dose in words, in order of first appearance."""
    amounts: dict[str, list[str]] = {}
    for segment in segments:
        if segment.get("phase") != "work":
            continue
        name = str(segment.get("exercise_name") or segment.get("exercise") or _("Exercise"))
        if segment.get("reps"):
            reps = int(segment["reps"])
            amount = ngettext("{n} rep", "{n} reps", reps).format(n=reps)
        else:
            amount = spoken_duration(float(segment.get("duration") or segment.get("estimate") or 0.0))
        sets = int(segment.get("sets") or 1)
        words = ngettext("{n} set of {amount}", "{n} sets of {amount}", sets).format(n=sets, amount=amount)
        words = words if sets > 1 else amount
        seen = amounts.setdefault(name, [])
        if words not in seen:
            seen.append(words)
    return {name: ", ".join(words) for name, words in amounts.items()}


def dose_changes(records: Iterable[SessionRecord], start: dt.date) -> list[DoseChange]:
    """Every change of dose from one session of a routine to its next, for sessions from `start` on (the
    last session before `start` counts as where they began)."""
    last: dict[str, dict[str, str]] = {}
    changes: list[DoseChange] = []
    for record in sorted(records, key=lambda r: (r.started_at, r.id)):
        now = doses(record.segments)
        before = last.get(record.routine_id)
        last[record.routine_id] = now
        day = dt.date.fromtimestamp(record.started_at)
        if before is None or day < start or not now:
            continue
        for name, after in now.items():
            if name in before and before[name] != after:
                changes.append(DoseChange(day, record.name, name, before[name], after))
            elif name not in before:
                changes.append(DoseChange(day, record.name, name, _("not in the routine"), after))
        gone = [(name, was) for name, was in before.items() if name not in now]
        changes.extend(DoseChange(day, record.name, name, was, _("left out")) for name, was in gone)
    return changes
