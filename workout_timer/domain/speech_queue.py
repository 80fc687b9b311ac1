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
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from .cues import Cue, CueKind

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


@dataclass(frozen=True)
class Utterance:
    """A cue on its way to the voice: `due` is when it should be heard (monotonic seconds)."""

    cue: Cue
    due: float

    @property
    def max_late(self) -> float:
        return MAX_LATE.get(self.cue.kind, DEFAULT_MAX_LATE)


class SpeechQueue:
    """Decides, for one voice, what to do with each cue. It never talks to the voice itself."""

    def __init__(self) -> None:
        self.speaking: Utterance | None = None
        self.started = 0.0
        self.waiting: Utterance | None = None

    def offer(self, utterance: Utterance, now: float) -> Action:
        current = self.speaking
        if current is None:
            self._begin(utterance, now)
            return Action.SPEAK
        outdated = current.cue.segment < utterance.cue.segment
        ends = self.started + current.cue.speech
        if outdated and utterance.cue.priority >= current.cue.priority and ends - now > NEARLY_DONE:
            self.waiting = None
            self._begin(utterance, now)
            return Action.INTERRUPT
        waiting = self.waiting
        if waiting is not None and waiting.cue.priority > utterance.cue.priority:
            return Action.DROP
        self.waiting = utterance
        return Action.WAIT

    def finished(self, now: float) -> Utterance | None:
        """The voice fell silent: the waiting cue to say now, if it is still worth saying."""
        self.speaking = None
        waiting, self.waiting = self.waiting, None
        if waiting is None or now - waiting.due > waiting.max_late:
            return None
        self._begin(waiting, now)
        return waiting

    def clear(self) -> None:
        """Forget everything (the session ended, or the voice was switched off)."""
        self.speaking = None
        self.waiting = None

    def _begin(self, utterance: Utterance, now: float) -> None:
        self.speaking = utterance
        self.started = now
