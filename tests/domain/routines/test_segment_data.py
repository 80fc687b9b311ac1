"""A segment as data: the same words in `show --json`, the event log and the history, and old files still read."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import FIXTURES
from tests.helpers.recording import recording
from workout_timer.cli import main
from workout_timer.domain.common.clock import FakeClock
from workout_timer.domain.history.event_log import LOG_VERSION, EventLog, read_event_log
from workout_timer.domain.history.report import history_rows
from workout_timer.domain.history.store import HistoryStore
from workout_timer.domain.routines.loading import load_routine
from workout_timer.domain.routines.routine import Catalogue
from workout_timer.domain.routines.timeline import Timeline, build_timeline
from workout_timer.domain.session.engine import SessionEngine
from workout_timer.domain.session.events import SessionFinished

ROUTINE = FIXTURES / "valid" / "issue-example.yaml"
"""Sets, sides, a circuit's rounds, a step that waits for Done and a rest step with a note."""
TIMING = ("event", "t", "planned", "wall")


def whole_session(timeline: Timeline, log: EventLog, store: HistoryStore) -> int | None:
    """Every segment started once (skipped on through to the end), written to the log and the history."""
    engine = SessionEngine(timeline, FakeClock())
    session, record_session = recording(store, timeline)
    events = engine.start()
    while not any(isinstance(event, SessionFinished) for event in events):
        log.write(events)
        record_session(events)
        events = engine.skip()
    log.write(events)
    record_session(events)
    log.close()
    return session


def test_a_segment_has_the_same_words_everywhere(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, catalogue: Catalogue
) -> None:
    assert main(["show", str(ROUTINE), "--json"]) == 0
    shown = json.loads(capsys.readouterr().out)
    for segment in shown["segments"]:
        del segment["offset"]
    timeline = build_timeline(load_routine(ROUTINE, catalogue))
    log = EventLog(tmp_path / "session.jsonl", timeline)
    store = HistoryStore(tmp_path / "history.sqlite")
    session = whole_session(timeline, log, store)
    assert session is not None
    records = read_event_log(log.path)
    logged = [{k: v for k, v in r.items() if k not in TIMING} for r in records if r["event"] == "segment_started"]
    kept = [{k: v for k, v in r.items() if k not in TIMING} for r in store.events(session)]
    (record,) = store.sessions()
    store.close()

    assert len(shown["segments"]) == len(timeline) == 30
    assert logged == shown["segments"]
    assert [r for r in kept if "phase" in r and "estimate" in r] == shown["segments"]
    assert list(record.segments) == shown["segments"]
    assert {s["phase"] for s in shown["segments"]} == {"prepare", "work", "rest", "switch"}
    assert any(s["note"] and s["exercise"] is None for s in shown["segments"])  # the rest step's note
    assert shown["duration"] == 756 and shown["duration_is_estimate"] is True  # the routine's, as in `list --json`
    assert records[0]["event"] == "session_started" and records[0]["log_version"] == LOG_VERSION == 2
    said = [(r["index"], r["kind"], r["text"]) for r in records if r["event"] == "cue"]
    assert said and set(said) <= {(c["index"], c["kind"], c["text"]) for c in shown["cues"]}  # a cue's segment too
    finished = next(r for r in records if r["event"] == "session_finished")
    (row,) = history_rows([record], [])
    assert finished["active_seconds"] == row["active_seconds"] == 0  # the time exercised, in one word too


OLD_LOG = [
    {"event": "session_started", "t": 0.0, "planned": 0.0, "wall": 1.0, "routine": "test", "name": "T", "segments": 2},
    {
        "event": "segment_started", "t": 0.0, "planned": 0.0, "wall": 1.0, "index": 0, "kind": "prepare",
        "exercise": None, "side": None, "set": None, "round": None, "duration": 5.0,
    },
    {"event": "cue", "t": 0.0, "planned": 0.0, "wall": 1.0, "index": 0, "kind": "announce", "text": "Get ready."},
    {"event": "session_finished", "t": 3.0, "planned": 3.0, "wall": 4.0, "result": "abandoned", "active": 0.0},
]  # fmt: skip
"""A log as version 1 wrote it: no `log_version`, a segment's phase called `kind`, the time exercised `active`."""


def test_a_log_of_the_first_version_reads_in_todays_words(tmp_path: Path) -> None:
    path = tmp_path / "old.jsonl"
    path.write_text("".join(json.dumps(record) + "\n" for record in OLD_LOG))
    started, segment, cue, finished = read_event_log(path)
    assert started == OLD_LOG[0]
    assert segment["phase"] == "prepare" and "kind" not in segment and segment["duration"] == 5.0
    assert cue == OLD_LOG[2]  # a cue's kind is still its kind
    assert finished["active_seconds"] == 0.0 and "active" not in finished


def old_timeline(segments: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The history's copy of a timeline as it was first written: one `name`, no sets, rounds, tempo or note."""
    old = []
    for s in segments:
        name = s["exercise_name"] if s["exercise"] else s["note"]
        kept = ("index", "phase", "exercise", "side", "set", "round", "duration", "estimate", "reps")
        old.append({"name": name} | {key: s[key] for key in kept})
    return old


def test_sessions_kept_in_the_first_words_read_in_todays(tmp_path: Path, catalogue: Catalogue) -> None:
    timeline = build_timeline(load_routine(ROUTINE, catalogue))
    path = tmp_path / "history.sqlite"
    store = HistoryStore(path)
    session = whole_session(timeline, EventLog(tmp_path / "log.jsonl", timeline), store)
    (today,) = store.sessions()
    store.close()
    with sqlite3.connect(path) as db:
        db.execute("UPDATE sessions SET timeline = ?", (json.dumps(old_timeline(list(today.segments))),))
        db.execute(
            "UPDATE events SET data = json_remove(json_set(data, '$.kind', data ->> '$.phase'), '$.phase') "
            "WHERE event = 'segment_started'"
        )
    db.close()
    reader = HistoryStore(path, read_only=True)
    (record,) = reader.sessions()
    events = [e for e in reader.events(session or 0) if e["event"] == "segment_started"]
    reader.close()
    for old, new in zip(record.segments, today.segments, strict=True):
        assert old["phase"] == new["phase"] and old["exercise_name"] == new["exercise_name"]
        assert "name" not in old and old["note"] == (None if new["exercise"] else new["note"])
    assert [e["phase"] for e in events] == [s["phase"] for s in today.segments]
    assert not any("kind" in e for e in events)
