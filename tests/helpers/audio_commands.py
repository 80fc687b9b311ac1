"""A cue and a session's sound commands, short, for the tests of the sound's decisions."""

from __future__ import annotations

from workout_timer.domain.audio.session_audio import Command, Speak, Tone
from workout_timer.domain.session.cues import Cue, CueKind, speech_seconds


def cue(segment: int, kind: CueKind, text: str = "Something to say.", at: float = 0.0) -> Cue:
    return Cue(segment, at, kind, text, speech_seconds(text))


def names(commands: list[Command]) -> list[str]:
    """Each command as a short word: the tone's name, the words said, or "hush"."""
    return [c.name if isinstance(c, Tone) else c.text if isinstance(c, Speak) else "hush" for c in commands]
