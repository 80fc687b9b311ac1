"""Answers meant for this screen only: keys still held or pressed from the screen before are ignored.

When one screen follows another at once (the player ends and the check-in asks "How is your back
now?"), a key still held down keeps repeating, and a key pressed a moment too late lands on the new
question. Neither is an answer. A screen arms a `FreshInput` when it appears and asks it about each
key: auto-repeated keys are never taken, and nothing is taken for a short guard time after arming.

The system does not always mark a repeat as one (on X11, Qt misses about a third of them). X11 sends
each repeat as a release and a press at the same moment, so a press that comes within `LET_GO_GAP` of
the same key's release is a repeat too, marked or not; and so is a press sooner than `HOLD_GAP` after
the last: a finger can't let go and press again that fast, but a held key repeats faster still.

A key pressed in a rhythm is no answer either: a runner skipping steps with → presses it every half second or so,
slower than the guard time, and goes on pressing as the check-in after the last step appears. Screens that follow
one another share one `KeyTimes`, and a key used on the screen before is carried over: it answers nothing until it
has rested (neither pressed nor let go) for `QUIET` seconds. Keys not used before (a number for the pain) are
answers as soon as the guard time is over.
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
QUIET = 1.5
"""Seconds a key carried over from the screen before must rest before it answers this one: longer than the beat of
a runner skipping steps, shorter than it takes to read a new question."""


class KeyTimes:
    """When each key last came and was last let go (the system's milliseconds), on whichever screen had it: shared
    by screens that follow one another, so that one knows the keys the one before was given."""

    def __init__(self) -> None:
        self.pressed: dict[int, int] = {}
        self.let_go: dict[int, int] = {}


class FreshInput:
    """Tells keys meant for the screen now shown from keys left over from the one before."""

    def __init__(self, clock: Clock = time.monotonic, guard: float = GUARD, keys: KeyTimes | None = None) -> None:
        self._clock = clock
        self.guard = guard
        self._since = clock()
        self._keys = keys or KeyTimes()
        """When each key last came, answer or not, and was last let go: this screen's own, or shared."""
        self._carried: set[int] = set()
        """The keys used before this screen appeared that have not rested since."""

    def arm(self) -> None:
        """The screen has just appeared (or asks a new question): start the guard time; every key used so far is
        carried over until it rests."""
        self._since = self._clock()
        self._carried = set(self._keys.pressed) | set(self._keys.let_go)

    def released(self, key: int, stamp: int) -> None:
        """`key` was let go at `stamp` (or so the system says: X11 sends a release with every repeat)."""
        if stamp:
            self._keys.let_go[key] = stamp

    def accepts(self, repeated: bool, key: int = 0, stamp: int = 0) -> bool:
        """Whether a press of `key` is an answer: not a repeat, marked or not, and after the guard time.

        `stamp` is the press's own time in milliseconds, as the system gives it (0 when unknown, as for
        presses a test makes). Every press is remembered, so a key held through the guard time (repeating
        all along) stays refused until it is let go and pressed again, and a key carried over from the screen
        before until it has rested for `QUIET` seconds."""
        last, let_go = self._keys.pressed.get(key), self._keys.let_go.get(key)
        if stamp:
            self._keys.pressed[key] = stamp
        if repeated or (stamp and _within(last, stamp, HOLD_GAP)) or (stamp and _within(let_go, stamp, LET_GO_GAP)):
            return False
        if stamp and key in self._carried:
            if _within(last, stamp, QUIET) or _within(let_go, stamp, QUIET):
                return False  # still in the rhythm it had on the screen before
            self._carried.discard(key)
        return self._clock() >= self._since + self.guard


def _within(before: int | None, stamp: int, seconds: float) -> bool:
    return before is not None and 0 <= stamp - before < seconds * 1000
