"""When a session may start: once its voice and tones are ready, and never after a wait of MAX_WAIT.

The voice takes seconds to start (speech-dispatcher lists its voices first), and a session started
before it is ready would lose its first words and beeps. So the session's clock does not start until
the voice and the tones are ready (or have failed: there is nothing more to wait for), or MAX_WAIT
seconds have passed since the session was asked for. Meanwhile the player says why it waits, and the
user may pause the wait (the session then starts when they go on) or stop it.
"""

from __future__ import annotations

from enum import StrEnum

from workout_timer.domain.common.clock import Clock
from workout_timer.domain.common.language import N_, _

MAX_WAIT = 5.0
"""The longest a session waits for its voice and tones, in seconds."""
WAITING_TEXT = N_("Getting the voice ready…")
"""Shown in the exercise's place while the session waits for its voice: `_(WAITING_TEXT)`."""
# Translators: shown while a session waits, paused, for its first second; Space is the key.
HELD_TEXT = N_("Paused · Space to start")


class Readiness(StrEnum):
    """How far the voice (or the tones) has got."""

    OFF = "off"
    """Not started in this run of the app: there is nothing to wait for."""
    STARTING = "starting"
    READY = "ready"
    FAILED = "failed"

    @property
    def settled(self) -> bool:
        return self is not Readiness.STARTING


class StartGate:
    """Holds one session's start until its sound is ready, or its deadline, whichever comes first.

    The owner asks `may_start` whenever something changed (the voice or the tones got ready or
    failed, the deadline came, the user went on after a pause) and starts the session the first time
    the answer is yes.
    """

    def __init__(self, clock: Clock, limit: float = MAX_WAIT) -> None:
        self._clock = clock
        self.asked_at = clock()
        self.deadline = self.asked_at + limit
        self.held = False

    def may_start(self, voice: Readiness, tones: Readiness, muted: bool = False) -> bool:
        """Yes when not held and the sound is ready (or will not be heard anyway), or time is up."""
        if self.held:
            return False
        return muted or (voice.settled and tones.settled) or self._clock() >= self.deadline

    def toggle_hold(self) -> None:
        """The user paused the wait, or went on."""
        self.held = not self.held

    @property
    def waited(self) -> float:
        """Seconds since the session was asked for."""
        return self._clock() - self.asked_at

    @property
    def text(self) -> str:
        """What the player shows while the session waits."""
        return _(HELD_TEXT) if self.held else _(WAITING_TEXT)
