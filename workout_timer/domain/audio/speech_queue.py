"""One voice, many cues: what is said now, what waits for the voice, and what is let go.

The cue plan already keeps its cues apart, but a session does not always follow the plan: Done,
skip and back start segments early, and a slow voice runs long. These rules keep the voice to one
cue at a time and let the more important cue win:

- When the voice is free, a cue is said at once.
- A cue of a segment the user has already left is out of date: a cue of the new segment that
  matters as much cuts it short, unless it is about to end anyway (then the new cue waits).
- Otherwise the new cue waits for the voice. One cue waits at most: the more important one keeps
  the place, or the newer one when they matter alike.
- A waiting cue is let go when it could only start too late to be useful: a rep count soon, a
  form tip a little later, an announcement only after a few seconds.
- While the voice is still starting, every cue waits by the same rules, and the one waiting when
  it is ready is said then, if it is still worth it.

Nothing is let go silently: every cue dropped is kept in `dropped` with its reason, for the event log.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from workout_timer.domain.session.cues import Cue, CueKind

NEARLY_DONE = 0.6
"""An out-of-date cue this close to its estimated end is left to finish rather than cut."""
MAX_LATE = {
    CueKind.REP_COUNT: 0.4,
    CueKind.ANNOUNCE: 3.0,
    CueKind.SWITCH: 3.0,
    CueKind.FINISH: 5.0,
}
"""How late (seconds after its time) a waiting cue may still start; other kinds get DEFAULT_MAX_LATE."""
DEFAULT_MAX_LATE = 1.5


class Action(StrEnum):
    SPEAK = "speak"
    """Say it now: the voice is free."""
    INTERRUPT = "interrupt"
    """Stop the voice, then say it."""
    WAIT = "wait"
    """Say it when the voice is free (the queue hands it back from `finished`)."""
    DROP = "drop"


class Reason(StrEnum):
    """Why a cue was never heard (as the event log gives it)."""

    VOICE_NOT_READY = "voice not ready"
    """The voice was still starting, and the cue went out of date waiting for it."""
    VOICE_UNAVAILABLE = "voice unavailable"
    """The voice failed to start, or stopped answering."""
    VOICE_OFF = "voice off"
    """No voice was started in this run of the app."""
    NO_OUTPUT = "no sound output"
    """The speech engine said it, but no sound output was found (no sound server answered): nobody
    could hear it."""
    HOST_LOST = "host lost"
    """The audio helper process stopped."""
    TONES_NOT_READY = "tones not ready"
    TONES_UNAVAILABLE = "tones unavailable"
    TONES_OFF = "tones off"
    """No tones were started in this run of the app."""
    LATE = "late"
    """It came due over a second late (the computer slept or was very busy): the engine let it go."""
    STALE = "stale"
    """It waited for a busy voice until it was too late to be useful; for a tone, the audio host could
    only have played it over TONE_MAX_LATE after its time."""
    SUPERSEDED = "superseded"
    """A cue that matters as much or more took its place in the wait."""
    OUTRANKED = "outranked"
    """A more important cue was already waiting for the voice."""
    INTERRUPTED = "interrupted"
    """The voice was stopped (a newer cue, a pause, a skip) before it began this one."""
    MUTED = "muted"
    SWITCHED_OFF = "switched off"
    """The user or the routine turned this kind of cue off."""
    PAUSED = "paused"
    SKIPPED = "skipped"
    STOPPED = "stopped"


@dataclass(frozen=True)
class Dropped:
    utterance: Utterance
    reason: Reason
    at: float
    """When it was let go, on the queue's clock."""


@dataclass(frozen=True)
class Utterance:
    """A cue on its way to the voice: `due` is when it should be heard (monotonic seconds)."""

    cue: Cue
    due: float

    @property
    def max_late(self) -> float:
        return MAX_LATE.get(self.cue.kind, DEFAULT_MAX_LATE)


class SpeechQueue:
    """Decides, for one voice, what to do with each cue. It never talks to the voice itself.

    `ready` is whether the voice can speak at all yet (False while it starts)."""

    def __init__(self, ready: bool = True) -> None:
        self.ready = ready
        self.speaking: Utterance | None = None
        self.started = 0.0
        self.waiting: Utterance | None = None
        self.dropped: list[Dropped] = []

    def offer(self, utterance: Utterance, now: float) -> Action:
        current = self.speaking
        if current is None and self.ready:
            self._begin(utterance, now)
            return Action.SPEAK
        if current is not None:
            outdated = current.cue.segment < utterance.cue.segment
            ends = self.started + current.cue.speech
            if outdated and utterance.cue.priority >= current.cue.priority and ends - now > NEARLY_DONE:
                self._let_go(Reason.SUPERSEDED, now)
                self._begin(utterance, now)
                return Action.INTERRUPT
        waiting = self.waiting
        if waiting is not None and waiting.cue.priority > utterance.cue.priority:
            self.dropped.append(Dropped(utterance, Reason.OUTRANKED, now))
            return Action.DROP
        self._let_go(Reason.SUPERSEDED, now)
        self.waiting = utterance
        return Action.WAIT

    def finished(self, now: float) -> Utterance | None:
        """The voice fell silent: the waiting cue to say now, if it is still worth saying."""
        self.speaking = None
        return self._next(now, Reason.STALE)

    def became_ready(self, now: float) -> Utterance | None:
        """The voice can speak from now on: the cue that waited for it, if it is still worth saying."""
        self.ready = True
        return self._next(now, Reason.VOICE_NOT_READY) if self.speaking is None else None

    def clear(self, reason: Reason, now: float) -> None:
        """Forget everything (a pause, a skip, the end, the voice switched off); a waiting cue is let go."""
        self.speaking = None
        self._let_go(reason, now)

    def take_dropped(self) -> list[Dropped]:
        dropped, self.dropped = self.dropped, []
        return dropped

    def _next(self, now: float, too_late: Reason) -> Utterance | None:
        waiting = self.waiting
        if waiting is None or not self.ready:
            return None
        if now - waiting.due > waiting.max_late:
            self._let_go(too_late, now)
            return None
        self.waiting = None
        self._begin(waiting, now)
        return waiting

    def _let_go(self, reason: Reason, now: float) -> None:
        if self.waiting is not None:
            self.dropped.append(Dropped(self.waiting, reason, now))
            self.waiting = None

    def _begin(self, utterance: Utterance, now: float) -> None:
        self.speaking = utterance
        self.started = now
