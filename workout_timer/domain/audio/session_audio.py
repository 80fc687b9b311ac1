"""What a session sounds like: which events become tones, which cues are spoken, and when the voice stops.

The Qt layer carries out the commands this returns and passes back what the audio host reports;
every decision is made here, where tests reach it without a window, a speech engine or a sound card.
Times are seconds since the session started, as the engine's events give them.

Every sound a session asks for ends in the log as heard (`CueSpoken`, `CuePlayed`, when the host
says so) or dropped with its reason (`CueDropped`): `take_log` hands them over.

A batch of events is one moment: after a catch-up (the computer paused or asleep) it can hold many
segment starts at once. Only what is still due is played, and one tone at most: the latest; the
others are dropped as late or superseded. Tones fired together were also what broke the sound output.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from workout_timer.domain.audio.cue_choices import CueChoices
from workout_timer.domain.audio.cue_outcomes import CueDropped, CuePlayed, CueSpoken, Sound
from workout_timer.domain.audio.speech_queue import Action, Dropped, Reason, SpeechQueue, Utterance
from workout_timer.domain.routines.cue_groups import CueGroup
from workout_timer.domain.routines.timeline import Phase
from workout_timer.domain.session.cues import Cue, CueKind
from workout_timer.domain.session.due_cues import STALE_AFTER
from workout_timer.domain.session.events import CueDue, Event, Paused, SegmentStarted, SessionFinished, Skipped
from workout_timer.domain.session.start_gate import Readiness

TONE_OF_PHASE = {Phase.WORK: "work", Phase.REST: "rest"}
VOICE_REASONS = {
    Readiness.OFF: Reason.VOICE_OFF,
    Readiness.STARTING: Reason.VOICE_NOT_READY,
    Readiness.FAILED: Reason.VOICE_UNAVAILABLE,
}
TONE_REASONS = {
    Readiness.OFF: Reason.TONES_OFF,
    Readiness.STARTING: Reason.TONES_NOT_READY,
    Readiness.FAILED: Reason.TONES_UNAVAILABLE,
}


TONE_MAX_LATE = 0.5
"""Seconds after its time a tone may still start: half a beat of a countdown. Later, it would fall
nearer the next beat than its own, so the audio host lets it go (logged as stale)."""


@dataclass(frozen=True)
class Tone:
    name: str
    sound: Sound
    planned: float
    """When it was due."""

    @property
    def latest(self) -> float:
        """The latest it may start (it is let go after)."""
        return self.planned + TONE_MAX_LATE


@dataclass(frozen=True)
class Speak:
    cue: Cue
    planned: float
    """When it was due."""

    @property
    def text(self) -> str:
        return self.cue.text

    @property
    def sound(self) -> Sound:
        return spoken(self.cue)


@dataclass(frozen=True)
class Hush:
    """Stop the voice now."""


Command = Tone | Speak | Hush


def spoken(cue: Cue) -> Sound:
    return Sound(cue.segment, cue.kind.value, text=cue.text)


class SessionAudio:
    """Turns a session's events into tones and speech, by the user's choices and one voice's limits.

    `voice` and `tones` say how far each has got; the owner keeps them up to date through
    `voice_ready`, `voice_failed`, `tones_ready` and `tones_failed`.
    """

    def __init__(
        self,
        choices: CueChoices | None = None,
        muted: bool = False,
        voice: Readiness = Readiness.READY,
        tones: Readiness = Readiness.READY,
    ) -> None:
        self.choices = choices if choices is not None else CueChoices()
        self.muted = muted
        self.voice = voice
        self.tones = tones
        self.voice_reason = VOICE_REASONS.get(voice, Reason.VOICE_UNAVAILABLE)
        """Why the voice cannot speak (when it cannot)."""
        self.tones_reason = TONE_REASONS.get(tones, Reason.TONES_UNAVAILABLE)
        self.queue = SpeechQueue(ready=voice is Readiness.READY)
        self.voice_takes_cues = True
        """False while a screen reader says the cues' words instead (see `screen_reader`): the voice keeps
        quiet for them, and the tones play as ever."""
        self._log: list[Event] = []
        self._asked: dict[int, Tone | Speak] = {}
        """What the host took, by its number, until it reports what became of it."""
        self._began: set[int] = set()

    def begin_session(self) -> None:
        """A new session: nothing said, waiting or to be reported from the one before."""
        self.queue.clear(Reason.STOPPED, 0.0)
        self.queue.take_dropped()
        self._asked.clear()
        self._began.clear()
        self._log.clear()

    def on_events(self, events: Iterable[Event]) -> list[Command]:
        """What to do about events that happened together: at most one tone among them, the latest."""
        commands: list[Command] = []
        now = None
        for event in events:
            commands.extend(self._on_event(event))
            now = event.t
        tones = [command for command in commands if isinstance(command, Tone)]
        for tone in tones[:-1]:
            assert now is not None
            self._drop(tone.sound, tone.planned, Reason.SUPERSEDED, now)
        return [command for command in commands if not isinstance(command, Tone) or command is tones[-1]]

    def on_voice_free(self, now: float) -> list[Command]:
        """The voice finished (or was stopped): say the cue that waited for it, if still worth it."""
        following = self.queue.finished(now)
        return [Speak(following.cue, following.due)] if following is not None else []

    def set_muted(self, muted: bool, now: float = 0.0) -> list[Command]:
        self.muted = muted
        return self._hush(Reason.MUTED, now) if muted else []

    # -- how far the voice and the tones have got -------------------------------------------

    def voice_starting(self) -> None:
        self.voice = Readiness.STARTING
        self.voice_reason = Reason.VOICE_NOT_READY

    def voice_ready(self, now: float) -> list[Command]:
        """The voice can speak: say the cue that waited for it, if still worth it."""
        self.voice = Readiness.READY
        following = self.queue.became_ready(now)
        return [Speak(following.cue, following.due)] if following is not None else []

    def voice_failed(self, now: float, reason: Reason = Reason.VOICE_UNAVAILABLE) -> None:
        """The voice is gone for this run of the app: only tones from now on."""
        self.voice = Readiness.FAILED
        self.voice_reason = reason
        self.queue.clear(reason, now)
        self.queue.ready = False
        self._lose(Speak, reason, now)

    def host_restarted(self, now: float) -> None:
        """The audio host was started afresh: what it had not answered is lost, and the voice and the
        tones are starting again, except one that failed: that stays failed for this run of the app, as
        the host keeps it (it reports a failure once), so no session waits for it again."""
        self.queue.clear(Reason.HOST_LOST, now)
        self.queue.ready = False
        self._lose(Speak, Reason.HOST_LOST, now)
        self._lose(Tone, Reason.HOST_LOST, now)
        if self.voice is not Readiness.FAILED:
            self.voice_starting()
        if self.tones is not Readiness.FAILED:
            self.tones_starting()

    def tones_starting(self) -> None:
        self.tones = Readiness.STARTING
        self.tones_reason = Reason.TONES_NOT_READY

    def tones_ready(self) -> None:
        self.tones = Readiness.READY

    def tones_failed(self, now: float, reason: Reason = Reason.TONES_UNAVAILABLE) -> None:
        self.tones = Readiness.FAILED
        self.tones_reason = reason
        self._lose(Tone, reason, now)

    # -- what the audio host reports ---------------------------------------------------------

    def sent(self, command: Tone | Speak, number: int | None, now: float) -> None:
        """The host took `command` as `number`, or (None) could not take it."""
        if number is not None:
            self._asked[number] = command
        elif isinstance(command, Speak):
            self._drop(command.sound, command.planned, self.voice_reason, now)
        else:
            self._drop(command.sound, command.planned, self.tones_reason, now)

    def began(self, number: int, now: float, heard: bool = True) -> None:
        """The voice began to say utterance `number`; not `heard` when no sound output was found (the
        speech engine speaks all the same, to nobody)."""
        command = self._asked.get(number)
        if isinstance(command, Speak) and number not in self._began:
            self._began.add(number)
            if heard:
                self._log.append(CueSpoken(now, command.planned, command.sound))
            else:
                self._drop(command.sound, command.planned, Reason.NO_OUTPUT, now)

    def said(self, number: int, now: float) -> None:
        """Utterance `number` is over: said, cut short, or stopped before it began."""
        command = self._asked.pop(number, None)
        if isinstance(command, Speak) and number not in self._began:
            self._drop(command.sound, command.planned, Reason.INTERRUPTED, now)
        self._began.discard(number)

    def played(self, number: int, now: float) -> None:
        """Tone `number` was played."""
        command = self._asked.pop(number, None)
        if isinstance(command, Tone):
            self._log.append(CuePlayed(now, command.planned, command.sound))

    def tone_dropped(self, number: int, now: float, late: bool = False) -> None:
        """Tone `number` was not played: a newer one came before it could start, or (`late`) it could
        only have started after its `latest`."""
        command = self._asked.pop(number, None)
        if isinstance(command, Tone):
            self._drop(command.sound, command.planned, Reason.STALE if late else Reason.SUPERSEDED, now)

    def take_log(self) -> list[Event]:
        """What became of the sounds since the last call: heard, or dropped and why."""
        log, self._log = self._log, []
        return sorted([*log, *map(_dropped, self.queue.take_dropped())], key=lambda event: event.t)

    # -- inside ----------------------------------------------------------------------------

    def _on_event(self, event: Event) -> list[Command]:
        stopped = isinstance(event, SessionFinished) and not event.completed
        if isinstance(event, (Paused, Skipped)) or stopped:
            reason = Reason.PAUSED if isinstance(event, Paused) else Reason.SKIPPED if not stopped else Reason.STOPPED
            speaking = self.queue.speaking is not None
            self.queue.clear(reason, event.t)
            return [Hush()] if speaking else []
        if isinstance(event, SegmentStarted):
            tone = TONE_OF_PHASE.get(event.segment.phase)
            if tone is None:
                return []
            sound = Sound(event.segment.index, event.segment.phase.value, tone=tone)
            return self._tone(sound, event, self.choices.wants(CueGroup.TONES))
        if not isinstance(event, CueDue):
            return []
        cue = event.cue
        wanted = self.choices.wants(cue)
        if cue.kind is CueKind.COUNTDOWN:
            return self._tone(Sound(cue.segment, cue.kind.value, tone="countdown"), event, wanted)
        chime = Sound(cue.segment, cue.kind.value, tone="finish")
        commands = self._tone(chime, event, wanted) if cue.kind is CueKind.FINISH else []
        return commands + self._speak(event, wanted)

    def _tone(self, sound: Sound, event: Event, wanted: bool) -> list[Command]:
        reason = Reason.SWITCHED_OFF if not wanted else Reason.MUTED if self.muted else None
        if reason is None and self.tones is not Readiness.READY:
            reason = self.tones_reason
        if reason is None and event.t - event.planned > STALE_AFTER:  # a step started long ago, in a catch-up
            reason = Reason.LATE
        if reason is not None:
            self._drop(sound, event.planned, reason, event.t)
            return []
        return [Tone(sound.tone, sound, event.planned)]

    def _speak(self, event: CueDue, wanted: bool) -> list[Command]:
        cue = event.cue
        if not self.voice_takes_cues:
            return []  # the screen reader says it; its outcome is logged as announced
        reason = Reason.SWITCHED_OFF if not wanted else Reason.MUTED if self.muted else None
        if reason is None and self.voice not in (Readiness.READY, Readiness.STARTING):
            reason = self.voice_reason
        if reason is not None:
            self._drop(spoken(cue), event.planned, reason, event.t)
            return []
        action = self.queue.offer(Utterance(cue, event.planned), event.t)
        if action is Action.SPEAK:
            return [Speak(cue, event.planned)]
        if action is Action.INTERRUPT:
            return [Hush(), Speak(cue, event.planned)]
        return []

    def _hush(self, reason: Reason, now: float) -> list[Command]:
        self.queue.clear(reason, now)
        return [Hush()]

    def _drop(self, sound: Sound, planned: float, reason: Reason, now: float) -> None:
        self._log.append(CueDropped(now, planned, sound, reason))

    def _lose(self, kind: type[Tone] | type[Speak], reason: Reason, now: float) -> None:
        """What the host took of `kind` and never reported is lost with it."""
        for number, command in list(self._asked.items()):
            if isinstance(command, kind):
                del self._asked[number]
                if number not in self._began:
                    self._drop(command.sound, command.planned, reason, now)


def _dropped(dropped: Dropped) -> CueDropped:
    utterance = dropped.utterance
    return CueDropped(dropped.at, utterance.due, spoken(utterance.cue), dropped.reason)
