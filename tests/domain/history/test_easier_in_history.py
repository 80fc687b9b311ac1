"""Easier now, kept: the history's copy of the session, its events, the summary and the timing log say what was done."""

from __future__ import annotations

from pathlib import Path

from tests.helpers.recording import recording
from workout_timer.domain.common.clock import FakeClock
from workout_timer.domain.history.event_log import EventLog, read_event_log
from workout_timer.domain.history.store import HistoryStore
from workout_timer.domain.routines.timeline import Timeline
from workout_timer.domain.session.engine import SessionEngine
from workout_timer.domain.session.events import Event
from workout_timer.domain.session.summary import SessionSummary


def eased_session(timeline: Timeline, clock: FakeClock) -> list[list[Event]]:
    """The short session with Easier now pressed 8 s into its plank, then run to the end (Done at the end)."""
    engine = SessionEngine(timeline, clock)
    batches = [engine.start()]
    clock.advance(5 + 8)
    batches.append(engine.update())
    batches.append(engine.ease())
    for _ in range(100):
        clock.advance(1.0)
        batches.append(engine.update())
    batches.append(engine.done())
    return batches


def test_the_history_keeps_the_easier_variant_as_what_was_done(tmp_path: Path, short_timeline: Timeline) -> None:
    store = HistoryStore(tmp_path / "history.sqlite")
    _session, record = recording(store, short_timeline)
    for batch in eased_session(short_timeline, FakeClock()):
        record(batch)
    (kept,) = store.sessions()
    (eased,) = [e for e in store.events(kept.id) if e["event"] == "eased"]
    assert (eased["index"], eased["exercise"], eased["easier"], eased["t"]) == (1, "plank", "knee-plank", 13)
    work = [s["exercise"] for s in kept.segments if s["phase"] == "work"]
    assert work == ["knee-plank", "side-plank", "side-plank", "knee-push-up"]
    assert kept.segments[1]["exercise_name"] == "Plank on your knees"
    store.close()


def test_the_summary_names_the_variant_done(short_timeline: Timeline) -> None:
    summary = SessionSummary(short_timeline)
    for batch in eased_session(short_timeline, FakeClock()):
        summary.feed(batch)
    assert [s.exercise.name for s in summary.done if s.exercise][:1] == ["Plank on your knees"]
    assert summary.eased_line().startswith("Made easier today: Plank → Plank on your knees.")


def test_the_timing_log_has_a_line_for_easier_now(tmp_path: Path, short_timeline: Timeline) -> None:
    log = EventLog(tmp_path / "session.jsonl", short_timeline, wall_clock=lambda: 1_763_750_000.0)
    for batch in eased_session(short_timeline, FakeClock()):
        log.write(batch)
    log.close()
    records = read_event_log(tmp_path / "session.jsonl")
    (eased,) = [r for r in records if r["event"] == "eased"]
    assert (eased["index"], eased["exercise"], eased["easier"]) == (1, "plank", "knee-plank")


def test_how_the_back_felt_is_kept_in_the_history_the_log_and_the_summary(
    tmp_path: Path, short_timeline: Timeline
) -> None:
    from workout_timer.domain.session.feel import Feel

    clock = FakeClock()
    engine = SessionEngine(short_timeline, clock)
    store = HistoryStore(tmp_path / "history.sqlite")
    log = EventLog(tmp_path / "session.jsonl", short_timeline, wall_clock=lambda: 1_763_750_000.0)
    summary = SessionSummary(short_timeline)
    session = store.begin(summary)
    batches = [engine.start()]
    clock.advance(5 + 20 + 2)  # in the rest after the plank
    batches += [engine.update(), engine.rate(Feel.AMBER), engine.abandon()]
    for batch in batches:
        summary.feed(batch)
        store.record(session, batch)
        log.write(batch)
    log.close()
    (kept,) = store.sessions()
    (felt,) = [e for e in store.events(kept.id) if e["event"] == "felt"]
    assert (felt["index"], felt["exercise"], felt["feel"]) == (1, "plank", "amber")
    assert [r["feel"] for r in read_event_log(tmp_path / "session.jsonl") if r["event"] == "felt"] == ["amber"]
    assert summary.felt_line() == "Your back: amber after Plank."
    store.close()
