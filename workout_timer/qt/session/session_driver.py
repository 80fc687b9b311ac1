"""Wakes the session engine on time and passes what happened on to the views, the log and the summary."""

from __future__ import annotations

import math
import time
from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, QTimer, Signal

from workout_timer.domain.audio.cue_outcomes import AudioWaited
from workout_timer.domain.common.clock import Clock, Sleep
from workout_timer.domain.history.event_log import EventLog
from workout_timer.domain.routines.timeline import Timeline
from workout_timer.domain.session.engine import SessionEngine
from workout_timer.domain.session.events import Eased, Event, SessionFinished, SessionStarted
from workout_timer.domain.session.feel import Feel
from workout_timer.domain.session.player_text import no_easier_words
from workout_timer.domain.session.snapshot import Snapshot, State
from workout_timer.domain.session.start_gate import Readiness, StartGate
from workout_timer.domain.session.summary import SessionSummary

SoundState = Callable[[], tuple[Readiness, Readiness, bool]]
"""How far the voice and the tones have got, and whether the sound is off."""
EARLY = 0.002
"""With a `sleep`, the timer is set this many seconds before a wake-up is due and the rest is slept out
(under 3 ms, nothing else is due then): Qt counts a timer in whole milliseconds and its event loop
rounds its own wait up again, so a timer set for the moment itself comes 1 to 2 ms late, and so would
every new step."""


class SessionDriver(QObject):
    """Owns one session's engine and a precise single-shot QTimer that only wakes it.

    The engine decides what is due; the timer is set for the engine's next wake-up (a cue, a deadline
    or the next change of the displayed second) and nothing is ever counted. Given a `sleep` on the
    same clock, the timer comes a moment early and the driver sleeps out the rest (`EARLY`), so the
    engine wakes within a fraction of a millisecond of what is due.

    Before the engine starts, the session waits for its sound (`StartGate` decides how long): the
    timer then only wakes it at the gate's deadline, and `sound_changed` is called when the voice or
    the tones get ready. `sound_state` tells how far they have got (no sound to wait for without it).

    Signals:
        happened(list): the engine's events, in order, after every wake-up or command that produced any.
        changed(object): a fresh `Snapshot`, whenever what the player shows may have changed.
        finished(object): the `SessionSummary`, once, when the session ends or is stopped.
        waiting(str): what to show while the session waits for its sound; "" once it starts.
    """

    happened = Signal(list)
    changed = Signal(object)
    finished = Signal(object)
    waiting = Signal(str)

    def __init__(
        self,
        timeline: Timeline,
        clock: Clock = time.monotonic,
        event_log: EventLog | None = None,
        parent: QObject | None = None,
        speech_lead: float = 0.0,
        sleep: Sleep | None = None,
    ) -> None:
        super().__init__(parent)
        self.engine = SessionEngine(timeline, clock, speech_lead=speech_lead)
        self.summary = SessionSummary(timeline)
        self.event_log = event_log
        self.sound_state: SoundState | None = None
        self._clock = clock
        self._sleep = sleep
        self._due: float | None = None
        """When the engine's next wake-up is due (the timer is set a moment before it)."""
        self._gate: StartGate | None = None
        self._display = True
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.timeout.connect(self._on_timeout)

    @property
    def running(self) -> bool:
        """Waiting for its sound, running or paused: not over yet."""
        return self._gate is not None or self.engine.state in (State.RUNNING, State.PAUSED)

    @property
    def going(self) -> bool:
        """Counting down, or waiting for its sound and not paused: a pause would hold it."""
        if self._gate is not None:
            return not self._gate.held
        return self.engine.state is State.RUNNING

    def show_display(self, shown: bool) -> None:
        """Whether the countdown can be seen. While it can't (the window minimised, another screen shown)
        the timer wakes only for what is due (cues, the ends of steps), not for each new second; when it
        can again, the display catches up at once."""
        if shown == self._display:
            return
        self._display = shown
        if self._gate is not None:
            return  # waiting for the sound: the timer is the gate's
        if shown and self.engine.state is State.RUNNING:
            self.wake()
        else:
            self._schedule()

    def snapshot(self) -> Snapshot:
        return self.engine.snapshot()

    # -- commands from the user ------------------------------------------------------------

    def start(self) -> None:
        """Start the session once its sound is ready (or the wait is over)."""
        if self.engine.state is not State.READY or self._gate is not None:
            return
        self._gate = StartGate(self._clock)
        self.changed.emit(self.engine.snapshot())
        self.sound_changed()

    def sound_changed(self) -> None:
        """The voice or the tones got ready or failed (or the wait's deadline came): start if now is the time."""
        gate = self._gate
        if gate is None:
            return
        voice, tones, muted = self._sound()
        if not gate.may_start(voice, tones, muted):
            self.waiting.emit(gate.text)
            if gate.held:
                self._timer.stop()
            else:
                self._timer.start(max(0, math.ceil((gate.deadline - self._clock()) * 1000)))
            return
        waited = self._end_wait(gate, voice, tones)
        self._apply(self.engine.start(), waited=waited)

    def toggle_pause(self) -> None:
        if self._gate is not None:
            self._gate.toggle_hold()
            self.sound_changed()
        elif self.engine.state is State.PAUSED:
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

    def ease(self) -> str | None:
        """Easier now; when nothing was made easier, what to tell the runner (`no_easier_words`), else None."""
        events = self.engine.ease()
        self._apply(events)
        if any(isinstance(event, Eased) for event in events):
            return None
        return no_easier_words(self.engine.timeline, self.engine.snapshot())

    def rate(self, feel: Feel) -> None:
        self._apply(self.engine.rate(feel))

    def stop(self, from_remote: bool = False) -> None:
        gate = self._gate
        if gate is not None:  # stopped before it started: it ends with nothing done
            voice, tones, _ = self._sound()
            waited = self._end_wait(gate, voice, tones)
            self._apply([SessionFinished(0.0, 0.0, False, 0.0, from_remote)], waited=waited)
            return
        self._apply(self.engine.abandon(from_remote))

    def wake(self) -> None:
        """Catch up with the clock now (the timer calls this; tests with a fake clock do too)."""
        self._apply(self.engine.update(), always=True)

    # -- inside ----------------------------------------------------------------------------

    def _on_timeout(self) -> None:
        if self._gate is not None:
            self.sound_changed()
            return
        left = self._due - self._clock() if self._due is not None else 0.0
        if self._sleep is not None and 0 < left <= EARLY + 0.001:
            self._sleep(left)  # the timer came early on purpose: the rest of the wait, to the microsecond
        self.wake()

    def _sound(self) -> tuple[Readiness, Readiness, bool]:
        return self.sound_state() if self.sound_state is not None else (Readiness.OFF, Readiness.OFF, False)

    def _end_wait(self, gate: StartGate, voice: Readiness, tones: Readiness) -> AudioWaited:
        self._gate = None
        self._timer.stop()
        self.waiting.emit("")
        return AudioWaited(0.0, 0.0, gate.waited, voice.value, tones.value)

    def log(self, events: list[Event]) -> None:
        """What became of the session's sounds, for the event log only."""
        if self.event_log is not None and events:
            self.event_log.write(events)

    def _apply(self, events: list[Event], always: bool = False, waited: AudioWaited | None = None) -> None:
        """`waited`: how the wait for the sound ended, logged after the session's start (or before its end)."""
        if events:
            if self.event_log is not None:
                place = 1 if isinstance(events[0], SessionStarted) else 0
                self.event_log.write(events[:place] + ([waited] if waited else []) + events[place:])
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
        wakeup = self._due = self.engine.next_wakeup(display=self._display)
        if wakeup is None:
            self._timer.stop()
            return
        # Whole milliseconds, rounded up: without a sleep the wake-up is never early (the engine is exact
        # anyway); with one, it comes up to EARLY before and sleeps out the rest.
        early = EARLY if self._sleep is not None else 0.0
        self._timer.start(max(0, math.ceil((wakeup - early - self._clock()) * 1000)))
