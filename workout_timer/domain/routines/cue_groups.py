"""The groups of cues a user can switch off, by name: the words a routine file's `defaults: cues` and the
settings use. Which cue belongs to which group is the sound's business (`audio.cue_choices`)."""

from __future__ import annotations

from enum import StrEnum


class CueGroup(StrEnum):
    ANNOUNCEMENTS = "announcements"
    NEXT_UP = "next-up"
    HALFWAY = "halfway"
    COUNTDOWN = "countdown"
    REP_COUNTS = "rep-counts"
    FORM = "form"
    FINISH = "finish"
    TONES = "tones"

    @property
    def label(self) -> str:
        return LABELS[self]


LABELS = {
    CueGroup.ANNOUNCEMENTS: "Each exercise, rest and side switch as it starts",
    CueGroup.NEXT_UP: "What comes next, during rests",
    CueGroup.HALFWAY: "Halfway through long holds",
    CueGroup.COUNTDOWN: "Countdown beeps in the last 3 seconds",
    CueGroup.REP_COUNTS: "Counting the reps",
    CueGroup.FORM: "Form tips and the routine's own reminders",
    CueGroup.FINISH: "The end of the workout",
    CueGroup.TONES: "A tone when work or rest starts",
}
