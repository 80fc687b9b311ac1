"""What a screen reader is told during a session, and which voice says the cues.

A screen reader hears about a new step, the last three seconds and the end, politely (after what it is
already saying). With `reader_speaks_cues` (the setting "Let my screen reader speak the cues") the
app's voice keeps quiet for the cues and the screen reader says their words instead, so two voices
never talk over each other; the tones still play. That holds only while a screen reader listens: with
none, the app's voice speaks as usual, so nobody is left with silence.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from workout_timer.domain.audio.cue_choices import CueChoices
from workout_timer.domain.audio.cue_outcomes import CueAnnounced, Sound
from workout_timer.domain.common.failures import as_sentence
from workout_timer.domain.common.language import _, ngettext
from workout_timer.domain.routines.timeline import Phase, Segment, Timeline
from workout_timer.domain.session.cues import CueKind
from workout_timer.domain.session.events import (
    CueDue,
    Eased,
    Event,
    Extended,
    Paused,
    Resumed,
    SegmentStarted,
    SessionFinished,
)
from workout_timer.domain.session.player_text import segment_label

STEP = "step"
"""The kind of an announcement of a new step (cues keep their own kinds)."""
END = "end"
"""The kind of the announcement that the session ended."""


@dataclass(frozen=True)
class Announcement:
    """Words for the screen reader, and the event they stand for in the log once posted."""

    text: str
    sound: Sound
    planned: float

    def posted(self, now: float) -> CueAnnounced:
        """The log's record that the words went to the screen reader at `now`."""
        return CueAnnounced(now, self.planned, self.sound)


def voice_takes_cues(reader_speaks_cues: bool, reader_listening: bool) -> bool:
    """Whether the app's voice says the cues: not when the runner asked the screen reader to, and one listens."""
    return not (reader_speaks_cues and reader_listening)


def step_words(timeline: Timeline, segment: Segment) -> str:
    """A new step as a screen reader says it: "Work: Plank, left side, set 2 of 3", or between exercises
    what comes: "Rest. Next up: Side plank, left side"."""
    if segment.phase is Phase.WORK and segment.exercise is not None:
        # Translators: a new step, as a screen reader says it; {step} is "Plank, left side, set 2 of 3".
        return _("Work: {step}").format(step=_spoken(segment_label(segment)))
    words = _spoken(segment_label(segment))
    coming = timeline.next_work(segment.index)
    if coming is None or coming.exercise is None:
        return words
    # Translators: a rest or a switch as a screen reader says it: "Rest. Next up: Side plank, left side"; {step} is a
    # sentence with its full stop ("Rest.", "Rest. Have a drink of water.").
    return _("{step} Next up: {next}").format(step=as_sentence(words), next=_spoken(segment_label(coming)))


def _spoken(label: str) -> str:
    """A label's "·" as a pause in speech: "Plank · left side" → "Plank, left side"."""
    return label.replace(" · ", ", ")


def end_words(completed: bool) -> str:
    return _("Session complete. Well done.") if completed else _("Session stopped.")


def answer_words(event: Event) -> tuple[str, str] | None:
    """What the runner's own keys did, said back (the buttons never take the keyboard): the words, and
    the kind they are logged as (the event's own name)."""
    if isinstance(event, Paused):
        return _("Paused. Space to go on."), "paused"
    if isinstance(event, Resumed):
        return _("Going on."), "resumed"
    if isinstance(event, Extended):
        seconds = round(event.seconds)
        return ngettext("{n} second more.", "{n} seconds more.", seconds).format(n=seconds), "extended"
    if isinstance(event, Eased):
        return _("Easier from now on: {name}.").format(name=event.easier.name), "eased"
    return None


def announcements(
    events: Iterable[Event], timeline: Timeline, at: int, reader_speaks_cues: bool, choices: CueChoices | None = None
) -> list[Announcement]:
    """What to tell a listening screen reader about events that happened together, at step `at`.

    A new step, the 3-2-1, the end, and what the runner's keys did (pause, go on, ten seconds more,
    easier) always; the cues' words (those switched on) only when the reader speaks the cues instead of
    the app's voice. In a catch-up of several steps at once, only the last step is worth saying. The
    end is numbered after the last step, as the finish cue is."""
    choices = choices if choices is not None else CueChoices()
    said: list[Announcement] = []
    for event in events:
        answer = answer_words(event)
        if answer is not None:
            words, kind = answer
            index = event.index if isinstance(event, (Extended, Eased)) else at
            said.append(Announcement(words, Sound(index, kind, text=words), event.planned))
        elif isinstance(event, SegmentStarted):
            said = [announcement for announcement in said if announcement.sound.kind != STEP]
            words = step_words(timeline, event.segment)
            said.append(Announcement(words, Sound(event.segment.index, STEP, text=words), event.planned))
        elif isinstance(event, SessionFinished):
            words = end_words(event.completed)
            said.append(Announcement(words, Sound(len(timeline), END, text=words), event.planned))
        elif isinstance(event, CueDue) and _announced(event, reader_speaks_cues, choices):
            cue = event.cue
            said.append(Announcement(cue.text, Sound(cue.segment, cue.kind.value, text=cue.text), event.planned))
    if any(announcement.sound.kind == CueKind.FINISH.value for announcement in said):
        said = [announcement for announcement in said if announcement.sound.kind != END]  # said once, in its words
    return said


def _announced(event: CueDue, reader_speaks_cues: bool, choices: CueChoices) -> bool:
    """The 3-2-1 always; a cue's words when the reader speaks the cues and that cue is switched on."""
    return event.cue.kind is CueKind.COUNTDOWN or (reader_speaks_cues and choices.wants(event.cue))
