"""What a session leaves behind: the event log, the summary, the player's words."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from workout_timer.domain.common.clock import FakeClock
from workout_timer.domain.history.event_log import EventLog, read_event_log
from workout_timer.domain.routines.timeline import Phase, Timeline
from workout_timer.domain.session.engine import SessionEngine
from workout_timer.domain.session.events import Event
from workout_timer.domain.session.player_text import countdown_text, player_text, shown_seconds
from workout_timer.domain.session.summary import SessionSummary


def run(engine: SessionEngine, clock: FakeClock, script: list[tuple[float, str]]) -> list[Event]:
    """Advance the clock by each step's seconds, then call the named command (or update)."""
    return engine.start() + run_more(engine, clock, script)


def test_segments_are_numbered_as_steps_of_the_session(short_timeline: Timeline) -> None:
    phases = [s.phase for s in short_timeline.segments]
    assert phases[:3] == [Phase.PREPARE, Phase.WORK, Phase.REST]
    assert short_timeline.work_count == 4
    assert [short_timeline.work_number(i) for i in range(len(short_timeline))] == [1, 1, 2, 2, 3, 3, 4, 4]


def test_the_event_log_has_one_flushed_json_object_a_line(short_timeline: Timeline, tmp_path: Path) -> None:
    clock = FakeClock()
    engine = SessionEngine(short_timeline, clock)
    log = EventLog(tmp_path / "logs" / "session.jsonl", short_timeline, wall_clock=lambda: 1763750000.0)
    log.write(engine.start())
    clock.advance(5.002)
    log.write(engine.update())
    # flushed as it goes: readable while the file is still open
    records = read_event_log(log.path)
    started = [r for r in records if r["event"] == "segment_started"]
    assert started[1] == {
        "event": "segment_started", "t": 5.002, "planned": 5.0, "wall": 1763750000.0, "index": 1, "phase": "work",
        "exercise": "plank", "exercise_name": "Plank", "note": None, "side": None, "set": 1, "sets": 1,
        "round": None, "rounds": None, "duration": 20.0, "estimate": 20.0, "reps": None, "tempo": None,
    }  # fmt: skip
    assert records[0]["event"] == "session_started" and records[0]["routine"] == "test"
    clock.advance(3)
    log.write(engine.pause())
    clock.advance(60)
    log.write(engine.resume() + engine.skip() + engine.extend())
    clock.advance(1)
    log.write(engine.abandon())
    log.close()
    records = read_event_log(log.path)
    names = [r["event"] for r in records]
    for name in ("cue", "paused", "resumed", "skipped", "extended", "session_finished"):
        assert name in names
    assert records[-1]["result"] == "abandoned" and records[-1]["active_seconds"] == pytest.approx(9.002)
    assert all(json.loads(line) for line in log.path.read_text().splitlines())
    cue = next(r for r in records if r["event"] == "cue")
    assert cue["kind"] and cue["text"]


def test_an_unwritable_log_is_switched_off_not_fatal(short_timeline: Timeline, tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("")
    log = EventLog(blocker / "log.jsonl", short_timeline)
    assert log.error is not None
    log.write(SessionEngine(short_timeline, FakeClock()).start())  # no exception


def test_the_summary_counts_done_skipped_and_stopped_steps(short_timeline: Timeline) -> None:
    clock = FakeClock()
    engine = SessionEngine(short_timeline, clock)
    summary = SessionSummary(short_timeline)
    # plank runs out; side plank left is skipped; a restart of the right side does not count; then stop
    summary.feed(run(engine, clock, [(25, "update"), (10, "update"), (2, "skip"), (1, "update"), (6, "update")]))
    assert engine.snapshot().segment is not None and engine.snapshot().segment.side is not None
    summary.feed(run_more(engine, clock, [(4, "previous"), (2, "abandon")]))
    assert [s.exercise.id for s in summary.done if s.exercise] == ["plank"]
    assert [(s.exercise.id, s.side) for s in summary.skipped if s.exercise] == [("side-plank", "left")]
    assert summary.completed is False
    assert summary.active == pytest.approx(50.0)


def run_more(engine: SessionEngine, clock: FakeClock, script: list[tuple[float, str]]) -> list[Event]:
    events: list[Event] = []
    for seconds, command in script:
        clock.advance(seconds)
        events += getattr(engine, command)()
    return events


def test_a_finished_session_counts_every_step_done_and_leaves_out_pauses(short_timeline: Timeline) -> None:
    clock = FakeClock()
    engine = SessionEngine(short_timeline, clock)
    summary = SessionSummary(short_timeline)
    summary.feed(run(engine, clock, [(10, "pause"), (100, "resume"), (60, "update"), (7, "done")]))
    assert summary.completed is True
    assert len(summary.done) == short_timeline.work_count and summary.skipped == []
    assert summary.paused == pytest.approx(100.0)
    assert summary.active == pytest.approx(77.0)


def test_countdowns_show_whole_seconds_rounded_up() -> None:
    assert [shown_seconds(x) for x in (0.0, 0.001, 0.999, 1.0, 4.2)] == [0, 1, 1, 1, 5]
    assert [countdown_text(x) for x in (45, 59.5, 60, 90, 3600)] == ["45", "1:00", "1:00", "1:30", "1:00:00"]


def test_the_player_text_names_what_to_do_now_and_next(short_timeline: Timeline) -> None:
    clock = FakeClock()
    engine = SessionEngine(short_timeline, clock)
    engine.start()
    text = player_text(short_timeline, engine.snapshot())
    assert (text.phase_title, text.name, text.timer, text.step) == ("Get ready · next up", "Plank", "5", "Step 1 of 4")
    clock.advance(5.5)
    engine.update()
    text = player_text(short_timeline, engine.snapshot())
    assert (text.phase_title, text.name, text.timer, text.timer_template) == ("Work", "Plank", "20", "00")
    assert text.next_up == "Next up: Side plank, left side" and text.exercise is not None
    assert text.session_left.startswith("about ")  # the push-ups wait for Done
    clock.advance(19.5 + 10 + 10)
    engine.update()
    text = player_text(short_timeline, engine.snapshot())
    assert (text.phase, text.name, text.detail) == (Phase.SWITCH, "Side plank", "Right side next")
    engine.pause()
    assert player_text(short_timeline, engine.snapshot()).paused
    engine.resume()
    clock.advance(5 + 10 + 10)
    engine.update()
    text = player_text(short_timeline, engine.snapshot())
    assert text.waits and text.timer == "8" and "Enter when done" in text.caption
    assert text.next_up == "Next up: the finish"
