"""Answers meant for this screen only: keys still held or pressed from the screen before are ignored.

When one screen follows another at once (the player ends and the check-in asks "How is your back
now?"), a key still held down keeps repeating, and a key pressed a moment too late lands on the new
question. Neither is an answer. A screen arms a `FreshInput` when it appears and asks it about each
key: auto-repeated keys are never taken, and nothing is taken for a short guard time after arming.

The system does not always mark a repeat as one (on X11, Qt misses about a third of them). X11 sends
each repeat as a release and a press at the same moment, so a press that comes within `LET_GO_GAP` of
the same key's release is a repeat too, marked or not; and so is a press sooner than `HOLD_GAP` after
the last: a finger can't let go and press again that fast, but a held key repeats faster still.
"""

from __future__ import annotations

import time

from workout_timer.domain.common.clock import Clock

GUARD = 0.4
"""Seconds after a screen appears during which keys still belong to the screen before."""
HOLD_GAP = 0.12
"""A key pressed again within this many seconds of its last press is being held (keys repeat every
25 to 100 ms; a deliberate second press takes longer)."""
LET_GO_GAP = 0.02
"""A press this soon after the same key's release is the other half of a repeat, not a new press."""


class FreshInput:
    """Tells keys meant for the screen now shown from keys left over from the one before."""

    def __init__(self, clock: Clock = time.monotonic, guard: float = GUARD) -> None:
        self._clock = clock
        self.guard = guard
        self._since = clock()
        self._last: dict[int, int] = {}
        """When each key last came (the system's milliseconds), answer or not."""
        self._let_go: dict[int, int] = {}
        """When each key was last released (the system's milliseconds)."""

    def arm(self) -> None:
        """The screen has just appeared (or asks a new question): start the guard time."""
        self._since = self._clock()

    def released(self, key: int, stamp: int) -> None:
        """`key` was let go at `stamp` (or so the system says: X11 sends a release with every repeat)."""
        if stamp:
            self._let_go[key] = stamp

    def accepts(self, repeated: bool, key: int = 0, stamp: int = 0) -> bool:
        """Whether a press of `key` is an answer: not a repeat, marked or not, and after the guard time.

        `stamp` is the press's own time in milliseconds, as the system gives it (0 when unknown, as for
        presses a test makes). Every press is remembered, so a key held through the guard time (repeating
        all along) stays refused until it is let go and pressed again."""
        last, let_go = self._last.get(key), self._let_go.get(key)
        if stamp:
            self._last[key] = stamp
        if repeated or (stamp and _within(last, stamp, HOLD_GAP)) or (stamp and _within(let_go, stamp, LET_GO_GAP)):
            return False
        return self._clock() >= self._since + self.guard


def _within(before: int | None, stamp: int, seconds: float) -> bool:
    return before is not None and 0 <= stamp - before < seconds * 1000
