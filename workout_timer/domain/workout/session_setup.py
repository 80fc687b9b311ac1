"""What a session runs with, from the user's settings, and the one question asked during it.

The doses of a session are composed here, in one order: the routine as written; then each exercise's own
dose (`care/exercise_plan`, from the runner's progress), unless the routine is taken as written today; then no
heavier than the programme week's dose of the routine as written (`care/week_dose`); then the gentler-today
dial, where it is gentler than the week, which lightens whatever those give, for this session only.

The settings keep "automatic" as a negative number (the routine's own time to get ready; the speech
lead the app measures); the cues a user wants lose those the routine is better without; "Stop the
session?" is asked with the session paused, and going on resumes it only if it was going.
"""

from __future__ import annotations

from enum import Enum, auto
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from workout_timer.domain.audio.cue_choices import CueChoices
    from workout_timer.domain.care.exercise_plan import States
    from workout_timer.domain.care.gentler import Dial
    from workout_timer.domain.routines.routine import Routine


def todays_routine(
    routine: Routine, states: States, dial: Dial, as_written: bool = False, week: Dial | None = None
) -> Routine:
    """`routine` as it runs today: each exercise at its own dose (`states`, left out `as_written`), no heavier than
    a programme week's dose (`week`; an exercise just stepped back a level gentler: `care.week_dose`), then as
    gentle as the runner's `dial` says where it is gentler than the week."""
    from workout_timer.domain.care.exercise_plan import plan
    from workout_timer.domain.care.gentler import gentler
    from workout_timer.domain.care.week_dose import capped, lighter_level

    if as_written:
        return gentler(routine, dial if week is None else lighter_level(dial, week))
    dosed = plan(routine, states).routine if states else routine
    if week is None:
        return gentler(dosed, dial)
    dosed = capped(dosed, routine, week, states)
    return dosed if lighter_level(dial, week) is week else gentler(dosed, dial)


def session_routine(routine: Routine, prepare: float, move_on: bool = False) -> Routine:
    """The routine with the user's time to get ready (a negative `prepare` keeps the routine's own), and
    their "move on by itself" for steps at your own pace (a routine that says otherwise has its way)."""
    return routine.with_prepare(prepare if prepare >= 0 else None).with_move_on(move_on)


def speech_lead(setting: float, measured: float) -> float:
    """Seconds to start speaking early: the user's setting, or (negative) what the app measured."""
    return setting if setting >= 0 else measured


def cues_for(choices: CueChoices, routine: Routine | None) -> CueChoices:
    """The cues the user wants, less those `routine` (the one running, if any) is better without."""
    return choices.without(routine.defaults.cues_off) if routine is not None else choices


class Answer(Enum):
    STOP = auto()
    RESUME = auto()
    """Go on exactly where it was: a pause neither loses nor gains time."""
    STAY = auto()
    """Go on, and stay paused: it was paused before the question."""


class StopQuestion:
    """ "Stop the session?", asked inside the player with the session paused."""

    def __init__(self) -> None:
        self._resume = False

    def asked(self, going: bool) -> bool:
        """The question opens on a session `going` (counting down, or waiting for its voice unpaused):
        whether to pause it now."""
        self._resume = going
        return going

    def answered(self, stop: bool) -> Answer:
        resume, self._resume = self._resume, False
        if stop:
            return Answer.STOP
        return Answer.RESUME if resume else Answer.STAY


class SettingsOpen:
    """The settings opened over a session (Ctrl+, in the player), which pauses while they are open, as it does for the
    stop question: it goes on where it was as they close if it was going as they opened; a session paused before
    stays paused, and one started again meanwhile (a remote's Play) is left going."""

    def __init__(self) -> None:
        self._resume = False

    def opened(self, going: bool) -> bool:
        """The settings open on a session `going`: whether to pause it now."""
        self._resume = going
        return going

    def closed(self, going: bool) -> bool:
        """The settings closed on a session `going` (or not): whether to go on now."""
        resume, self._resume = self._resume, False
        return resume and not going


def dose_words(own: Routine, today: Routine, dial: Dial, week: Dial | None) -> str:
    """Which of the gentler-today dial and the programme week's dose made `today` (the session as it runs) lighter
    than `own` (the runner's own doses, or the routine as written), with the first exercise whose hold or reps differ,
    by name, and how many others are lighter too: "Gentler today: Plank (holds of 20 instead of 30 seconds)." or
    "This week of your programme, a gentle start: Bird dog (3 instead of 6 reps), and 2 other exercises lighter
    too.". The lighter of the two applies (`todays_routine`); "" when neither made a difference."""
    from workout_timer.domain.care.gentler import Dial
    from workout_timer.domain.care.week_dose import lighter_level
    from workout_timer.domain.common.language import _

    level = dial if week is None else lighter_level(dial, week)
    if level is Dial.NORMAL:
        return ""
    change = _lighter_steps(own, today)
    if week is not None and level is week:
        if week is Dial.GENTLEST:
            return _("This week of your programme, a gentle start: {change}.").format(change=change)
        return _("This week of your programme, still gentler than written: {change}.").format(change=change)
    if level is Dial.GENTLEST:
        return _("Gentlest today: {change}.").format(change=change)
    return _("Gentler today: {change}.").format(change=change)


def _lighter_steps(own: Routine, today: Routine) -> str:
    """The first exercise that runs with fewer reps or shorter holds than in `own`, by name, with both numbers, and
    how many other exercises run lighter (or easier) too; "easier versions of the exercises" when none has fewer
    reps or shorter holds."""
    from workout_timer.domain.common.language import _, ngettext, number
    from workout_timer.domain.routines.routine import iter_exercise_steps

    named = ""
    named_id = ""
    lighter: set[str] = set()  # the exercises (as they run) whose step is not as in `own`
    for was, now in zip(iter_exercise_steps(own.steps), iter_exercise_steps(today.steps), strict=False):
        if was != now:
            lighter.add(now.exercise.id)
        if named:
            continue
        name = now.exercise.name
        if was.reps is not None and now.reps is not None and now.reps < was.reps:
            # Translators: an exercise at a lighter dose, the noun said once, after the dose as written: "Bird dog (3
            # instead of 6 reps)".
            words = ngettext(
                "{exercise} ({now} instead of {was} rep)", "{exercise} ({now} instead of {was} reps)", was.reps
            )
            named, named_id = words.format(exercise=name, now=number(now.reps), was=number(was.reps)), now.exercise.id
        elif was.duration is not None and now.duration is not None and now.duration < was.duration:
            # Translators: an exercise held for less time, the noun said once, after the hold as written: "Plank (holds
            # of 20 instead of 30 seconds)".
            words = ngettext(
                "{exercise} (holds of {now} instead of {was} second)",
                "{exercise} (holds of {now} instead of {was} seconds)",
                int(was.duration),
            )
            named = words.format(exercise=name, now=number(int(now.duration)), was=number(int(was.duration)))
            named_id = now.exercise.id
    if not named:
        return _("easier versions of the exercises")
    others = len(lighter - {named_id})
    if not others:
        return named
    # Translators: after an exercise at a lighter dose, "Bird dog (3 instead of 6 reps)", how many other exercises of
    # the session are lighter or easier too.
    words = ngettext(
        "{first}, and {n} other exercise lighter too", "{first}, and {n} other exercises lighter too", others
    )
    return words.format(first=named, n=number(others))
