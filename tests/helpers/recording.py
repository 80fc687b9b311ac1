"""A session kept in the history as the app keeps it: the session's own summary is fed each batch of
events first, and the history reads the time exercised from it."""

from __future__ import annotations

from collections.abc import Callable

from workout_timer.domain.common.clock import FakeClock
from workout_timer.domain.history.store import HistoryStore
from workout_timer.domain.routines.timeline import Timeline
from workout_timer.domain.session.engine import SessionEngine
from workout_timer.domain.session.events import Event
from workout_timer.domain.session.summary import SessionSummary


def recording(store: HistoryStore, timeline: Timeline) -> tuple[int | None, Callable[[list[Event]], None]]:
    """A new session in `store`, and what records a batch of its events."""
    summary = SessionSummary(timeline)
    session = store.begin(summary)

    def record(events: list[Event]) -> None:
        summary.feed(events)
        store.record(session, events)

    return session, record


def run_for(engine: SessionEngine, clock: FakeClock, record: Callable[[list[Event]], None], seconds: int) -> None:
    """Run `engine` for `seconds`, a second at a time, recording each second's events."""
    for _ in range(seconds):
        clock.advance(1.0)
        record(engine.update())
