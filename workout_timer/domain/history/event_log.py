"""The session's event log: one JSON object a line, written and flushed as the session goes.

It lets a runner who reports a timing problem send what actually happened, and lets the benchmarks
read the same figures. `t` is seconds since the session started on the monotonic clock, `planned` is
when the engine meant the event to happen, and `wall` is Unix time when the line was written.

`cue` is a cue coming due (what was planned); `cue_spoken`, `cue_played` and `cue_dropped` are what
became of it, as the audio host reported it. Every event type is described in docs/event-log.md.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path
from typing import IO, Any

from workout_timer.domain.audio.cue_outcomes import AudioWaited, CueAnnounced, CueDropped, CuePlayed, CueSpoken
from workout_timer.domain.audio.speech_queue import Reason
from workout_timer.domain.routines.timeline import Timeline, current_segment, segment_data
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
from workout_timer.domain.session.summary import Outcome, StepLeaving, mostly_done

LOG_VERSION = 2
"""The version of the log's words, in its first line (`session_started`); a log without one is version 1.
docs/event-log.md says what changed; `read_event_log` reads every version in today's words."""

_NAMES: dict[type[Event], str] = {
    SessionStarted: "session_started",
    SegmentStarted: "segment_started",
    CueDue: "cue",
    Paused: "paused",
    Resumed: "resumed",
    Skipped: "skipped",
    Extended: "extended",
    Eased: "eased",
    Felt: "felt",
    Done: "done",
    MovedOn: "moved_on",
    SessionFinished: "session_finished",
    CueSpoken: "cue_spoken",
    CuePlayed: "cue_played",
    CueDropped: "cue_dropped",
    CueAnnounced: "cue_announced",
    CueMissed: "cue_dropped",
    AudioWaited: "audio_wait",
}


def event_record(event: Event, wall: float) -> dict[str, Any]:
    """An engine event as the plain dict written to the log."""
    record: dict[str, Any] = {"event": _NAMES[type(event)], "t": round(event.t, 4), "planned": round(event.planned, 4)}
    record["wall"] = round(wall, 3)
    if isinstance(event, SegmentStarted):
        record.update(segment_data(event.segment))
    elif isinstance(event, CueDue):
        record.update(index=event.cue.segment, kind=event.cue.kind.value, text=event.cue.text)
    elif isinstance(event, Resumed):
        record.update(paused_for=round(event.paused_for, 4))
    elif isinstance(event, Skipped):
        record.update(index=event.index, to=event.to)
    elif isinstance(event, Extended):
        record.update(index=event.index, seconds=event.seconds)
    elif isinstance(event, Eased):
        record.update(index=event.index, exercise=event.exercise.id, easier=event.easier.id)
    elif isinstance(event, Felt):
        record.update(index=event.index, exercise=event.exercise.id, feel=event.feel.value)
    elif isinstance(event, (Done, MovedOn)):
        record.update(index=event.index)
    elif isinstance(event, SessionFinished):
        record.update(result="completed" if event.completed else "abandoned", active_seconds=round(event.active, 4))
        if event.from_remote:
            record.update(stopped_from="remote")
    else:
        record.update(_sound_fields(event))
    return record


def _sound_fields(event: Event) -> dict[str, Any]:
    """What became of a cue or tone, and the wait for the sound, as the log writes them."""
    if isinstance(event, (CueSpoken, CuePlayed, CueDropped, CueAnnounced)):
        sound = event.sound
        fields: dict[str, Any] = {"index": sound.index, "kind": sound.kind}
        fields.update({"text": sound.text} if sound.text else {"sound": sound.tone})
        if isinstance(event, CueDropped):
            fields.update(reason=event.reason.value)
        return fields
    if isinstance(event, CueMissed):
        cue = event.cue
        fields = {"index": cue.segment, "kind": cue.kind.value}
        fields.update({"text": cue.text} if cue.is_speech else {"sound": "countdown"})
        return {**fields, "reason": Reason.LATE.value}
    if isinstance(event, AudioWaited):
        return {"waited": round(event.waited, 4), "voice": event.voice, "tones": event.tones}
    return {}


class EventLog:
    """Appends events to a JSON-lines file, flushing every line so a crash loses nothing written.

    A log that cannot be written is switched off with its error kept in `error`: the session goes on.
    A write that fails once the log is open (a full disk) calls `failed` with the error, once.
    Once closed, a line still written (what became of the last cue, reported after the end) is appended.
    """

    def __init__(
        self,
        path: Path,
        timeline: Timeline,
        wall_clock: Callable[[], float] = time.time,
        failed: Callable[[OSError], None] | None = None,
    ) -> None:
        self.path = path
        self.error: OSError | None = None
        self._failed = failed
        self._timeline = timeline
        self._wall = wall_clock
        self._file: IO[str] | None = None
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            self._file = path.open("a", encoding="utf-8")
        except OSError as error:
            self.error = error

    def write(self, events: list[Event]) -> None:
        for event in events:
            record = event_record(event, self._wall())
            if isinstance(event, SessionStarted):
                routine = self._timeline.routine
                record.update(
                    log_version=LOG_VERSION, routine=routine.id, name=routine.name, segments=len(self._timeline)
                )
            self._write_line(record)

    def _write_line(self, record: dict[str, Any]) -> None:
        if self.error is not None:
            return
        line = json.dumps(record, ensure_ascii=False) + "\n"
        try:
            if self._file is not None:
                self._file.write(line)
                self._file.flush()
            else:
                with self.path.open("a", encoding="utf-8") as late:
                    late.write(line)
        except OSError as error:
            self.error = error
            self.close()
            if self._failed is not None:
                self._failed(error)

    def close(self) -> None:
        if self._file is not None:
            file, self._file = self._file, None
            try:
                file.close()  # a line still buffered is written now: it may fail too
            except OSError as error:
                if self.error is None:
                    self.error = error
                    if self._failed is not None:
                        self._failed(error)


def read_event_log(path: Path) -> list[dict[str, Any]]:
    """The records of a log file of any version, in order and in today's words (lines that are not JSON
    objects are skipped)."""
    records = []
    for line in path.read_text(encoding="utf-8").splitlines():
        try:
            record = json.loads(line)
        except json.JSONDecodeError:
            continue
        if isinstance(record, dict):
            records.append(current_record(record))
    return records


def current_record(record: dict[str, Any]) -> dict[str, Any]:
    """An event written by any version of the app, in today's words."""
    if record.get("event") == "segment_started":
        return current_segment(record)
    if record.get("event") == "session_finished" and "active" in record:  # version 1
        record = dict(record)
        record["active_seconds"] = record.pop("active")
    return record


def step_outcomes(records: Iterable[Mapping[str, Any]]) -> dict[int, Outcome]:
    """How each segment a stored session left was left, by its index, read back from its records by the
    summary's own rule (`session.summary.StepLeaving`)."""
    steps = StepLeaving()
    for record in records:
        name = record.get("event")
        if name == "segment_started":
            steps.started(int(record["index"]))
        elif name == "skipped":
            steps.skipped(int(record["index"]), int(record["to"]))
        elif name in ("done", "moved_on"):
            steps.leave(Outcome.DONE)
        elif name == "session_finished":
            steps.finished(record.get("result") == "completed")
    return steps.outcomes


def work_steps(segments: Iterable[Mapping[str, Any]]) -> set[int]:
    """The indexes of a stored session's exercise steps (each set and side one), from its copy of the timeline."""
    return {segment.get("index", at) for at, segment in enumerate(segments) if segment.get("phase") == "work"}


def was_mostly_done(segments: Iterable[Mapping[str, Any]], records: Iterable[Mapping[str, Any]]) -> bool:
    """Whether a stored session had most of its exercise steps done, not skipped: the rule its summary praised it by
    (`summary.mostly_done`), read back from its copy of the timeline (`segments`) and its events (`records`)."""
    work = work_steps(segments)
    outcomes = step_outcomes(records)
    return bool(work) and mostly_done(sum(outcomes.get(index) is Outcome.DONE for index in work) / len(work))
