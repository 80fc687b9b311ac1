"""One rule for how a step was left: the summary as a session goes and the history reading its stored events back
agree, whatever the runner pressed (Hypothesis drives the real engine with the fake clock)."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from workout_timer.domain.common.clock import FakeClock
from workout_timer.domain.history.event_log import event_record, step_outcomes
from workout_timer.domain.routines.timeline import Phase, Timeline
from workout_timer.domain.session.engine import SessionEngine
from workout_timer.domain.session.events import Event
from workout_timer.domain.session.summary import SessionSummary

ACTIONS = st.lists(
    st.sampled_from(["wait", "wait", "skip", "previous", "done", "pause", "resume", "ease"]), max_size=40
)


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(actions=ACTIONS, stop=st.booleans(), seconds=st.floats(min_value=0.5, max_value=12.0))
def test_the_history_reads_back_what_the_summary_counted(
    short_timeline: Timeline, actions: list[str], stop: bool, seconds: float
) -> None:
    clock = FakeClock()
    engine = SessionEngine(short_timeline, clock)
    summary = SessionSummary(short_timeline)
    records: list[dict[str, object]] = []

    def feed(events: list[Event]) -> None:
        summary.feed(events)
        records.extend(event_record(event, 0.0) for event in events)

    feed(engine.start())
    for action in actions:
        if summary.completed is not None:
            break
        clock.advance(seconds)
        feed(engine.update())
        if summary.completed is not None:
            break
        feed(getattr(engine, {"wait": "update"}.get(action, action))())
    if summary.completed is None and stop:
        feed(engine.abandon())
    work = {s.index for s in short_timeline.segments if s.phase is Phase.WORK}
    read_back = {index: outcome for index, outcome in step_outcomes(records).items() if index in work}
    assert read_back == summary.outcomes
