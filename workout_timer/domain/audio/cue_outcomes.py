"""What became of each cue: heard when the audio host said so, or dropped, and why.

The engine's `CueDue` says a cue was due; these say what the user could really hear. The audio host
reports when speech began and when a tone was played, and `SessionAudio` turns those reports (and
its own decisions to let a cue go) into these events for the event log. Times are seconds since the
session started, as the engine's are; `planned` is when the cue (or the segment's tone) was due.
"""

from __future__ import annotations

from dataclasses import dataclass

from workout_timer.domain.audio.speech_queue import Reason
from workout_timer.domain.session.events import Event


@dataclass(frozen=True)
class Sound:
    """Something asked of the voice or the tones: a cue's words, or a tone of a cue or of a segment."""

    index: int
    """The segment it belongs to."""
    kind: str
    """The cue's kind (`countdown`, `announce`, …), or for a segment's tone its phase (`work`, `rest`)."""
    text: str = ""
    """The words, for speech."""
    tone: str = ""
    """The tone's name, for a tone."""


@dataclass(frozen=True)
class CueSpoken(Event):
    """The voice began to say it."""

    sound: Sound


@dataclass(frozen=True)
class CuePlayed(Event):
    """The tone was played."""

    sound: Sound


@dataclass(frozen=True)
class CueAnnounced(Event):
    """Its words went to a listening screen reader (a new step, the 3-2-1, the end, or a cue's words
    when the screen reader speaks the cues instead of the app's voice)."""

    sound: Sound


@dataclass(frozen=True)
class CueDropped(Event):
    """It was never heard, for `reason`."""

    sound: Sound
    reason: Reason


@dataclass(frozen=True)
class AudioWaited(Event):
    """The session waited `waited` seconds for its sound before its clock started (or it was stopped)."""

    waited: float
    voice: str
    tones: str
