"""A workout's flow over a real history file, its sessions run on a fake clock, for the flow's tests."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import SHORT_ROUTINE
from workout_timer.domain.common.clock import FakeClock
from workout_timer.domain.history.store import HistoryStore
from workout_timer.domain.library.entry import Entry, Source
from workout_timer.domain.routines.routine import Routine
from workout_timer.domain.routines.timeline import build_timeline
from workout_timer.domain.session.engine import SessionEngine
from workout_timer.domain.session.events import Event
from workout_timer.domain.session.summary import SessionSummary
from workout_timer.domain.workout.flow import Run, WorkoutFlow


class Rig:
    """A flow over a real history file, with a session that runs on a fake clock when the flow says Run."""

    def __init__(self, tmp_path: Path, routine: Routine, check_ins: bool = True) -> None:
        self.store = HistoryStore(tmp_path / "history.sqlite")
        self.check_ins = check_ins
        self.flow = WorkoutFlow(lambda: self.store, lambda: self.check_ins)
        self.entry = Entry(routine.id, tmp_path / f"{routine.id}.yaml", Source.USER, routine)
        self.clock = FakeClock()
        self.engine: SessionEngine | None = None
        self.summary: SessionSummary | None = None

    def run(self, steps: list[object]) -> None:
        """Carry out a Run as the controller does: a new engine and its own summary."""
        (step,) = steps
        assert isinstance(step, Run) and step.entry.routine is not None
        timeline = build_timeline(step.routine)  # the dial applied
        self.engine, self.summary = SessionEngine(timeline, self.clock), SessionSummary(timeline)

    def feed(self, events: list[Event]) -> None:
        assert self.summary is not None and self.engine is not None
        self.summary.feed(events)
        self.flow.events(events, self.summary)
        self.flow.progress(self.engine.snapshot())

    def whole_session(self, own_pace: float = 0.0) -> list[object]:
        """Start, run to the end (own-pace steps done after `own_pace` seconds more), and return what the flow
        says next."""
        assert self.engine is not None and self.summary is not None
        self.feed(self.engine.start())
        while self.summary.completed is None:
            self.clock.advance(1.0)
            self.feed(self.engine.update())
            if self.engine.snapshot().length is None:  # an own-pace step waits for Done
                self.clock.advance(own_pace)
                self.feed(self.engine.done())
        return list(self.flow.finished_session(self.summary, editor_open=False))


def rig(tmp_path: Path, load, check_ins: bool = True) -> Rig:  # type: ignore[no-untyped-def]
    return Rig(tmp_path, load(SHORT_ROUTINE), check_ins)
