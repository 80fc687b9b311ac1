"""A session as the history keeps it: its result and its record, the timeline as plain data (`segment_data`, the
words `show --json` and the event log use too), and whether the app that wrote a running one still runs."""

from __future__ import annotations

import dataclasses
import json
import os
import sys
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import Any

from workout_timer.domain.care.back_care import CheckIn, Effort, Moment, WarningSign
from workout_timer.domain.care.gentler import Dial
from workout_timer.domain.routines.timeline import Timeline, current_segment, segment_data

ABANDONED_AFTER = 24 * 3600.0
"""A session "running" for longer than this was interrupted, whatever now has its process id."""


KNOWN_SIGNS = frozenset(sign.value for sign in WarningSign)


class Result(StrEnum):
    RUNNING = "running"
    COMPLETED = "completed"
    ABANDONED = "abandoned"
    INTERRUPTED = "interrupted"
    """The app stopped (a crash, a power cut) while the session ran."""


@dataclass(frozen=True)
class SessionRecord:
    """One session as the history keeps it."""

    id: int
    routine_id: str
    routine_name: str
    started_at: float
    ended_at: float | None
    result: Result
    active_seconds: float | None
    """The time taken, pauses left out."""
    work_seconds: float | None
    """The time exercised: work steps only, as the session's summary counts it (getting ready, rests,
    switches and pauses left out)."""
    segments: tuple[dict[str, Any], ...]
    dial: Dial = Dial.NORMAL
    """How much gentler than written the session was chosen to be (the gentler-today dial)."""
    current_name: str | None = None
    """The routine's name now, once looked up (`named_now`): None while not looked up, or when the routine is gone.
    `routine_name` is the name it had when the session ran, as the history keeps it."""

    @property
    def name(self) -> str:
        """The name the session is shown under: its routine's name now, else the name recorded."""
        return self.current_name or self.routine_name


@dataclass(frozen=True)
class Ran:
    """A session in brief: what tells which routines were done which day (a quick read, where a whole
    `SessionRecord` is not needed)."""

    id: int
    routine_id: str
    started_at: float
    work_seconds: float | None
    result: Result


DIALS = frozenset(dial.value for dial in Dial)


def named_now(
    records: Iterable[SessionRecord], names: Mapping[str, str], exercises: Mapping[str, str] | None = None
) -> list[SessionRecord]:
    """The records, each with its routine's name now (`SessionRecord.name`) where `names` (`Library.names`) has its
    id: a built-in routine in the language in use, a user's own as it is called today, so that one routine shows
    under one name whatever it was called when a session ran; a routine that is gone keeps the name recorded.

    `exercises` (the catalogue's names by id, in the language in use) names its exercises in the timelines so too,
    for what counts by exercise (the report's tables): the plank done in English and in German is one exercise."""
    return [
        dataclasses.replace(
            record, current_name=names.get(record.routine_id), segments=_exercises_named(record.segments, exercises)
        )
        for record in records
    ]


def _exercises_named(
    segments: tuple[dict[str, Any], ...], exercises: Mapping[str, str] | None
) -> tuple[dict[str, Any], ...]:
    if not exercises:
        return segments
    return tuple(
        {**segment, "exercise_name": exercises[segment["exercise"]]}
        if segment.get("exercise_name") and segment.get("exercise") in exercises
        else segment
        for segment in segments
    )


def timeline_record(timeline: Timeline) -> list[dict[str, Any]]:
    """The timeline as plain data: enough to read an old session without the routine file."""
    return [segment_data(segment) for segment in timeline.segments]


def session_records(rows: list[Any], now: float) -> list[SessionRecord]:
    """Records from rows of (id, routine_id, routine_name, started_at, ended_at, result, active_seconds,
    timeline, owner_pid, owner_start, work_seconds, dial): one left running by an app that is gone reads as
    interrupted; a dial this version does not know reads as normal."""
    records = []
    for row in rows:
        result = Result(row[5])
        if result is Result.RUNNING and owner_gone(row[3], row[8], row[9], now):
            result = Result.INTERRUPTED
        records.append(
            SessionRecord(
                row[0],
                row[1],
                row[2],
                row[3],
                row[4],
                result,
                row[6],
                row[10],
                tuple(map(current_segment, json.loads(row[7]))),
                Dial(row[11]) if row[11] in DIALS else Dial.NORMAL,
            )
        )
    return records


def check_in_records(rows: list[Any]) -> list[tuple[int, float, CheckIn]]:
    """Check-ins from rows of (session_id, at, moment, pain, effort, signs): (session id, Unix time, answer)."""
    return [
        (
            row[0],
            row[1],
            CheckIn(
                Moment(row[2]),
                row[3],
                Effort(row[4]) if row[4] else None,
                frozenset(WarningSign(s) for s in json.loads(row[5]) if s in KNOWN_SIGNS),
            ),
        )
        for row in rows
    ]


# -- who owns a running session ---------------------------------------------------------------


def process_token(pid: int) -> str | None:
    """What tells this run of process `pid` from a later process given the same id: the boot and the
    moment the process started. None where that can't be known (the process is gone, or no /proc)."""
    try:
        boot = Path("/proc/sys/kernel/random/boot_id").read_text().strip()
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return None
    fields = stat[stat.rfind(")") + 2 :].split()  # the name in brackets may hold spaces
    return f"{boot}:{fields[19]}" if len(fields) > 19 else None


def owner_is_running(pid: int | None, token: str | None, tokens: Callable[[int], str | None] = process_token) -> bool:
    """Whether the app that wrote a running session still runs: its process id, and the same run of it."""
    if pid is None:
        return False
    if token is not None and tokens(os.getpid()) is not None:
        return tokens(pid) == token
    if pid == os.getpid():
        return True
    if sys.platform == "win32":  # no safe check: assume not
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # it exists, under another user
        return True
    return True


def owner_gone(started: float, pid: int | None, token: str | None, now: float) -> bool:
    """Whether a session marked running was left so by an app that is no longer running."""
    return now - started > ABANDONED_AFTER or not owner_is_running(pid, token)
