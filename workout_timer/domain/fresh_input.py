"""Answers meant for this screen only: keys still held or pressed from the screen before are ignored.

When one screen follows another at once (the player ends and the check-in asks "How is your back
now?"), a key still held down keeps repeating, and a key pressed a moment too late lands on the new
question. Neither is an answer. A screen arms a `FreshInput` when it appears and asks it about each
key: auto-repeated keys are never taken, and nothing is taken for a short guard time after arming.
"""

from __future__ import annotations

import time

from .clock import Clock

GUARD = 0.4
"""Seconds after a screen appears during which keys still belong to the screen before."""


class FreshInput:
    """Tells keys meant for the screen now shown from keys left over from the one before."""

    def __init__(self, clock: Clock = time.monotonic, guard: float = GUARD) -> None:
        self._clock = clock
        self.guard = guard
        self._since = clock()

    def arm(self) -> None:
        """The screen has just appeared (or asks a new question): start the guard time."""
        self._since = self._clock()

    def accepts(self, repeated: bool) -> bool:
        """Whether a key press is an answer: not auto-repeated, and after the guard time."""
        return not repeated and self._clock() >= self._since + self.guard
