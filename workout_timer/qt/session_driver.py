"""Wakes the session engine on time and passes what happened on to the views, the log and the summary."""

from __future__ import annotations

import math
import time

from PySide6.QtCore import QObject, Qt, QTimer, Signal

from ..domain.clock import Clock
from ..domain.engine import Event, SessionEngine, Snapshot, State
from ..domain.event_log import EventLog
from ..domain.summary import SessionSummary
from ..domain.timeline import Timeline


class SessionDriver(QObject):
    """Owns one session's engine and a precise single-shot QTimer that only wakes it.

    The engine decides what is due; the timer is set for the engine's next wake-up (a cue, a deadline
    or the next change of the displayed second) and nothing is ever counted.

    Signals:
        happened(list): the engine's events, in order, after every wake-up or command that produced any.
        changed(object): a fresh `Snapshot`, whenever what the player shows may have changed.
        finished(object): the `SessionSummary`, once, when the session ends or is stopped.
    """

    happened = Signal(list)
    changed = Signal(object)
    finished = Signal(object)

    def __init__(
        self,
        timeline: Timeline,
        clock: Clock = time.monotonic,
        event_log: EventLog | None = None,
        parent: QObject | None = None,
        speech_lead: float = 0.0,
    ) -> None:
        super().__init__(parent)
        self.engine = SessionEngine(timeline, clock, speech_lead=speech_lead)
        self.summary = SessionSummary(timeline)
        self.event_log = event_log
        self._clock = clock
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.timeout.connect(self._on_timeout)

    @property
    def running(self) -> bool:
        return self.engine.state in (State.RUNNING, State.PAUSED)

    def snapshot(self) -> Snapshot:
        return self.engine.snapshot()

    # -- commands from the user ------------------------------------------------------------

    def start(self) -> None:
        self._apply(self.engine.start())

    def toggle_pause(self) -> None:
        if self.engine.state is State.PAUSED:
            self._apply(self.engine.resume())
        else:
            self._apply(self.engine.pause())

    def skip(self) -> None:
        self._apply(self.engine.skip())

    def previous(self) -> None:
        self._apply(self.engine.previous())

    def done(self) -> None:
        self._apply(self.engine.done())

    def extend(self) -> None:
        self._apply(self.engine.extend())

    def stop(self) -> None:
        self._apply(self.engine.abandon())

    def wake(self) -> None:
        """Catch up with the clock now (the timer calls this; tests with a fake clock do too)."""
        self._apply(self.engine.update(), always=True)

    # -- inside ----------------------------------------------------------------------------

    def _on_timeout(self) -> None:
        self.wake()

    def _apply(self, events: list[Event], always: bool = False) -> None:
        if events:
            if self.event_log is not None:
                self.event_log.write(events)
            self.summary.feed(events)
            self.happened.emit(events)
        if events or always:
            self.changed.emit(self.engine.snapshot())
        self._schedule()
        if events and not self.running and self.summary.completed is not None:
            if self.event_log is not None:
                self.event_log.close()
            self.finished.emit(self.summary)

    def _schedule(self) -> None:
        wakeup = self.engine.next_wakeup()
        if wakeup is None:
            self._timer.stop()
            return
        # Round up to whole milliseconds so the wake-up is never early; the engine is exact anyway.
        self._timer.start(max(0, math.ceil((wakeup - self._clock()) * 1000)))
