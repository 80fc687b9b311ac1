"""The groups of cues a user can switch off, by name: the words a routine file's `defaults: cues` and the
settings use. Which cue belongs to which group is the sound's business (`audio.cue_choices`)."""

from __future__ import annotations

from enum import StrEnum

from workout_timer.domain.common.language import N_, _


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
        """The group's tick box in the preferences, in the language in use."""
        return _(LABELS[self])


LABELS = {
    CueGroup.ANNOUNCEMENTS: N_("Each exercise, rest and side switch as it starts"),
    CueGroup.NEXT_UP: N_("What comes next, during rests"),
    CueGroup.HALFWAY: N_("Halfway through long holds"),
    CueGroup.COUNTDOWN: N_("Countdown beeps in the last 3 seconds"),
    CueGroup.REP_COUNTS: N_("Counting the reps"),
    CueGroup.FORM: N_("Form tips and the routine's own reminders"),
    CueGroup.FINISH: N_("The end of the workout"),
    CueGroup.TONES: N_("A tone when work or rest starts"),
}
