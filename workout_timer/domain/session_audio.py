"""What a session sounds like: which events become tones, which cues are spoken, and when the voice stops.

The Qt layer carries out the commands this returns; every decision is made here, where tests reach
it without a window, a speech engine or a sound card. Times are seconds since the session started,
as the engine's events give them.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from .cue_choices import CueChoices, CueGroup
from .cues import Cue, CueKind
from .engine import CueDue, Event, Paused, SegmentStarted, SessionFinished, Skipped
from .speech_queue import Action, SpeechQueue, Utterance
from .timeline import Phase

TONE_OF_PHASE = {Phase.WORK: "work", Phase.REST: "rest"}


@dataclass(frozen=True)
class Tone:
    name: str


@dataclass(frozen=True)
class Speak:
    cue: Cue

    @property
    def text(self) -> str:
        return self.cue.text


@dataclass(frozen=True)
class Hush:
    """Stop the voice now."""


Command = Tone | Speak | Hush


class SessionAudio:
    """Turns a session's events into tones and speech, by the user's choices and one voice's limits."""

    def __init__(self, choices: CueChoices | None = None, muted: bool = False) -> None:
        self.choices = choices if choices is not None else CueChoices()
        self.muted = muted
        self.voice_works = True
        self.queue = SpeechQueue()

    def begin_session(self) -> None:
        """A new session: nothing said or waiting from the one before."""
        self.queue.clear()

    def on_events(self, events: Iterable[Event]) -> list[Command]:
        commands: list[Command] = []
        for event in events:
            commands.extend(self._on_event(event))
        return commands

    def on_voice_free(self, now: float) -> list[Command]:
        """The voice finished (or was stopped): say the cue that waited for it, if still worth it."""
        following = self.queue.finished(now)
        return [Speak(following.cue)] if following is not None else []

    def set_muted(self, muted: bool) -> list[Command]:
        self.muted = muted
        return self._hush() if muted else []

    def voice_failed(self) -> None:
        """The voice is gone for this run of the app: only tones from now on."""
        self.voice_works = False
        self.queue.clear()

    def _on_event(self, event: Event) -> list[Command]:
        if isinstance(event, (Paused, Skipped)) or (isinstance(event, SessionFinished) and not event.completed):
            return self._hush() if self.queue.speaking is not None else []
        if self.muted:
            return []
        if isinstance(event, SegmentStarted):
            tone = TONE_OF_PHASE.get(event.segment.phase)
            return [Tone(tone)] if tone and self.choices.wants(CueGroup.TONES) else []
        if isinstance(event, CueDue) and self.choices.wants(event.cue):
            return self._on_cue(event)
        return []

    def _on_cue(self, event: CueDue) -> list[Command]:
        cue = event.cue
        if cue.kind is CueKind.COUNTDOWN:
            return [Tone("countdown")]
        commands: list[Command] = [Tone("finish")] if cue.kind is CueKind.FINISH else []
        if not self.voice_works:
            return commands
        action = self.queue.offer(Utterance(cue, event.planned), event.t)
        if action is Action.SPEAK:
            commands.append(Speak(cue))
        elif action is Action.INTERRUPT:
            commands.extend([Hush(), Speak(cue)])
        return commands

    def _hush(self) -> list[Command]:
        self.queue.clear()
        return [Hush()]
