"""Making room for the voice: the other applications' sound is lowered while a cue is spoken.

Every rule is here, with no sound server in sight; `qt/audio/pulse_ducker.py` only reads the
playback streams, hands them to `Ducking.frame`, and sets the volumes it returns.

The rules:
- Which streams: every playback stream of the sound server but our own (the app's and its audio
  host's processes) and the speech engine's (speech-dispatcher speaks the cues), and none that is muted.
- By how much: `depth_db` (12 dB unless the user chose otherwise), reached gently: the level moves
  in steps along a straight line in decibels over `ramp` seconds, down and up alike.
- When: down as soon as an utterance is asked for (the first word is heard about a quarter of a
  second later, by when the ramp is over); up `hold` seconds after the last word, so that the
  music does not bob up between two cues said one after the other.
- What is never touched: a stream the user changed while it was lowered (its level is not the one we
  set) is theirs from then on and never restored over their change; a stream that appeared while the
  others were lowered is left as it is (we never knew it any louder), until the next cue; our own.
- The sound server remembers the level last set for each program (PulseAudio's stream-restore, by a
  key such as "sink-input-by-application-name:Firefox") and gives it to that program's next stream.
  So a stream that appears while lowered at the level we set for an earlier stream of the same key
  started from our level, not the user's: it is brought back with the others. And when a lowered
  stream ends before it is brought back, the remembered level is put back once the others are
  (`take_remembered`), if it is still ours.

Volumes are the sound server's integers per channel (PulseAudio's: 65536 is 100%, and its scale is
cubic, so 20·log10((v/65536)³) dB). A change is recognised by comparing integers, so the level we set
is known exactly.

A record of what is lowered (`Ducking.record`) is written before each change, so that a restart after
a crash can bring the streams back (`recover`): a stream is restored only if it is still the same
stream (its number, its program and process) and still at a level we set.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

DEFAULT_DEPTH_DB = 12.0
RAMP = 0.15
"""Seconds the level takes to go down, or back up."""
FRAME = 0.025
"""Seconds between two steps of a ramp."""
HOLD = 0.3
"""Seconds after the last word before the level comes back; a cue within them keeps it down."""
SPEECH_ENGINES = ("speech-dispatcher", "sd_")
"""Start of the program or application name of a speech engine's stream (the cues' own voice)."""
RECORD_VERSION = 1


@dataclass(frozen=True)
class Stream:
    """A playback stream as the sound server lists it."""

    index: int
    volume: tuple[int, ...]
    name: str = ""
    """The application's name."""
    pid: int = 0
    binary: str = ""
    muted: bool = False
    key: str = ""
    """What the sound server remembers its level by (stream-restore's id); empty if it remembers none."""

    def same_as(self, index: int, name: str, pid: int) -> bool:
        return self.index == index and self.name == name and self.pid == pid


@dataclass(frozen=True)
class Change:
    """Set stream `index` to `volume`."""

    index: int
    volume: tuple[int, ...]


@dataclass(frozen=True)
class Remembered:
    """The level the sound server remembers under `key` should be `original` again, if it is one of `ours`."""

    key: str
    original: tuple[int, ...]
    ours: tuple[tuple[int, ...], ...]

    def to_restore(self, saved: tuple[int, ...]) -> bool:
        return saved in self.ours and saved != self.original


def is_ours(stream: Stream, own_pids: Iterable[int]) -> bool:
    """The app's own sound, or the speech engine's that speaks its cues: never lowered."""
    if stream.pid and stream.pid in set(own_pids):
        return True
    return any(text.startswith(SPEECH_ENGINES) for text in (stream.name, stream.binary) if text)


def scaled(volume: Sequence[int], gain_db: float) -> tuple[int, ...]:
    """`volume` lowered (or raised) by `gain_db` decibels on the server's cubic scale; 0 dB is `volume` itself."""
    if gain_db == 0:
        return tuple(volume)
    factor = 10 ** (gain_db / 60)
    return tuple(max(0, round(value * factor)) for value in volume)


@dataclass
class _Lowered:
    name: str
    pid: int
    original: tuple[int, ...]
    current: tuple[int, ...]
    """The level we set last."""
    before: tuple[int, ...] = ()
    """The level we set before `current`: a crash between recording and setting leaves it there."""
    key: str = ""

    @property
    def ours(self) -> tuple[tuple[int, ...], ...]:
        return (self.current, self.before) if self.before else (self.current,)

    def remembered(self) -> Remembered:
        return Remembered(self.key, self.original, self.ours)


class Ducking:
    """The state of the other streams' level, moved by `speak`, `quiet` and time (`frame`).

    `own_pids` are the processes whose streams are ours. All times are seconds on one monotonic clock.
    """

    def __init__(
        self,
        depth_db: float = DEFAULT_DEPTH_DB,
        own_pids: Iterable[int] = (),
        ramp: float = RAMP,
        hold: float = HOLD,
    ) -> None:
        self.depth_db = depth_db
        self.own_pids = frozenset(own_pids)
        self.ramp = ramp
        self.hold = hold
        self.lowered: dict[int, _Lowered] = {}
        """The streams we have lowered and not yet brought back, by their number."""
        self._wanted = False
        self._release_at: float | None = None
        self._gain = 0.0
        """Decibels applied at `_since` (0: as the user left them)."""
        self._since = 0.0
        self._target = 0.0
        self._episode = False
        """Streams have been taken down and are not all back yet: until then, no other stream is taken."""
        self._seen: set[int] = set()
        """The streams seen in this episode."""
        self._gone: dict[str, _Lowered] = {}
        """Lowered streams that ended before they were brought back, by key."""
        self._remembered: list[Remembered] = []

    # -- what happens --------------------------------------------------------------------------

    def speak(self, now: float) -> None:
        """An utterance is asked for: down (or stay down)."""
        self._release_at = None
        if not self._wanted:
            self._aim(now, -abs(self.depth_db))
            self._wanted = True

    def quiet(self, now: float) -> None:
        """The voice has stopped: back up after `hold`, unless it speaks again before."""
        if self._wanted and self._release_at is None:
            self._release_at = now + self.hold

    def set_depth(self, depth_db: float, now: float) -> None:
        self.depth_db = depth_db
        if self._wanted:
            self._aim(now, -abs(depth_db))

    def restore_all(self, streams: Iterable[Stream]) -> list[Change]:
        """Everything back at once (the app is closing, or the ducking was switched off)."""
        self._wanted = False
        self._release_at = None
        self._gain = self._target = 0.0
        return self.frame(self._since, streams)

    # -- time ----------------------------------------------------------------------------------

    @property
    def busy(self) -> bool:
        """Something is lowered, or about to be."""
        return self._wanted or self._episode or bool(self.lowered)

    def next_wake(self, now: float) -> float | None:
        """When `frame` should run next; None when nothing will change by itself."""
        if self._gain_at(now) != self._target:
            return now + FRAME
        if self._episode and not self.lowered and not self._wanted:
            return now  # all back: end the episode
        if self._release_at is not None:
            return self._release_at
        return None

    def frame(self, now: float, streams: Iterable[Stream]) -> list[Change]:
        """The volumes to set now, given the streams as they are; call at `next_wake` and after each event."""
        if self._release_at is not None and now >= self._release_at:
            self._release_at = None
            self._wanted = False
            self._aim(now, 0.0)
        gain = self._gain_at(now)
        present = {stream.index: stream for stream in streams}
        for index in [i for i in self.lowered if i not in present]:
            gone = self.lowered.pop(index)  # nothing to bring back but what the server remembers of it
            if gone.key:
                self._gone[gone.key] = gone
        if self._wanted and not self._episode:
            self._episode = True
            for stream in present.values():
                if not stream.muted and not is_ours(stream, self.own_pids):
                    self.lowered[stream.index] = _Lowered(
                        stream.name, stream.pid, stream.volume, stream.volume, key=stream.key
                    )
        changes: list[Change] = []
        for index, stream in present.items():
            if self._episode and index not in self._seen:
                self._seen.add(index)
                self._adopt(stream)
            entry = self.lowered.get(index)
            if entry is None:  # ours, muted, or new since the others went down: left as it is
                continue
            if stream.volume != entry.current:  # the user set it meanwhile: theirs now, never touched again
                del self.lowered[index]
                continue
            volume = scaled(entry.original, gain)
            if volume != entry.current:
                entry.before, entry.current = entry.current, volume
                changes.append(Change(index, volume))
            if gain == 0 and not self._wanted:
                del self.lowered[index]
        if self._episode and not self.lowered and not self._wanted and gain == self._target:
            self._episode = False
            self._seen.clear()
            self._remembered.extend(entry.remembered() for entry in self._gone.values())
            self._gone.clear()
        return changes

    def take_remembered(self) -> list[Remembered]:
        """The remembered levels to put back, now that the streams are (see the module's docstring)."""
        remembered, self._remembered = self._remembered, []
        return remembered

    # -- the record, for a restart after a crash -------------------------------------------------

    def record(self) -> dict[str, Any]:
        """What is lowered, as plain data to be written before the changes `frame` returned are made
        (with the streams that ended while lowered, whose remembered level may be ours)."""
        entries = [*sorted(self.lowered.items()), *((-1, entry) for entry in self._gone.values())]
        entries += [(-1, _Lowered("", 0, r.original, r.ours[0], r.ours[-1], r.key)) for r in self._remembered]
        return {
            "version": RECORD_VERSION,
            "streams": [
                {
                    "index": index,
                    "name": entry.name,
                    "pid": entry.pid,
                    "key": entry.key,
                    "original": list(entry.original),
                    "ours": [list(volume) for volume in entry.ours],
                }
                for index, entry in entries
            ],
        }

    # -- inside --------------------------------------------------------------------------------

    def _adopt(self, stream: Stream) -> None:
        """A stream new in this episode that the server started at a level we set for its key is ours to bring back."""
        if stream.index in self.lowered or not stream.key or stream.muted or is_ours(stream, self.own_pids):
            return
        for entry in [*self.lowered.values(), *self._gone.values()]:
            if entry.key == stream.key and stream.volume in entry.ours:
                self.lowered[stream.index] = _Lowered(
                    stream.name, stream.pid, entry.original, stream.volume, key=entry.key
                )
                self._gone.pop(stream.key, None)
                return

    def _aim(self, now: float, target: float) -> None:
        self._gain = self._gain_at(now)
        self._since = now
        self._target = target

    def _gain_at(self, now: float) -> float:
        """The gain on the ramp from `_gain` (at `_since`) to `_target`, at `ramp` seconds for the whole depth."""
        if self._gain == self._target:
            return self._target
        speed = abs(self.depth_db) / self.ramp if self.ramp > 0 else math.inf
        moved = speed * max(0.0, now - self._since)
        if moved >= abs(self._target - self._gain):
            return self._target
        return self._gain + math.copysign(moved, self._target - self._gain)


def recover(record: Mapping[str, Any], streams: Iterable[Stream]) -> list[Change]:
    """The changes that bring back what a run that ended while lowering left lowered (`Ducking.record`).

    A stream is brought back only if it is the same one (number, program and process) and still at a
    level we set; one the user has changed since, or that has gone, is left alone. A record that can't
    be read brings nothing back."""
    present = list(streams)
    changes = []
    for index, name, pid, _, original, ours in _entries(record):
        for stream in present:
            if stream.same_as(index, name, pid) and stream.volume in ours and stream.volume != original:
                changes.append(Change(index, original))
    return changes


def recover_remembered(record: Mapping[str, Any]) -> list[Remembered]:
    """The remembered levels a run that ended while lowering may have left at ours (see `Remembered`)."""
    return [Remembered(key, original, ours) for _, _, _, key, original, ours in _entries(record) if key]


_Entry = tuple[int, str, int, str, tuple[int, ...], tuple[tuple[int, ...], ...]]


def _entries(record: Mapping[str, Any]) -> list[_Entry]:
    """The record's streams that can be read: index, name, pid, key, original and our levels."""
    entries = record.get("streams") if isinstance(record, Mapping) else None
    if record.get("version") != RECORD_VERSION or not isinstance(entries, list):
        return []
    read = []
    for entry in entries:
        try:
            read.append(
                (
                    int(entry["index"]),
                    str(entry["name"]),
                    int(entry["pid"]),
                    str(entry.get("key", "")),
                    tuple(int(v) for v in entry["original"]),
                    tuple(tuple(int(v) for v in volume) for volume in entry["ours"]),
                )
            )
        except (KeyError, TypeError, ValueError, AttributeError):
            continue
    return read
