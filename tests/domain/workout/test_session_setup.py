"""What a session runs with, from the settings, and the stop question's pause."""

from __future__ import annotations

from tests.conftest import SHORT_ROUTINE
from workout_timer.domain.audio.cue_choices import CueChoices
from workout_timer.domain.care.exercise_progress import Dose, Move, State
from workout_timer.domain.care.gentler import Dial
from workout_timer.domain.routines.cue_groups import CueGroup
from workout_timer.domain.routines.routine import iter_exercise_steps
from workout_timer.domain.routines.timeline import Phase, build_timeline
from workout_timer.domain.workout.session_setup import (
    Answer,
    SettingsOpen,
    StopQuestion,
    cues_for,
    session_routine,
    speech_lead,
    todays_routine,
)


def test_automatic_settings_keep_the_routines_own_and_the_measured_values(load) -> None:  # type: ignore[no-untyped-def]
    routine = load(SHORT_ROUTINE)  # gets ready for 5 s
    assert build_timeline(session_routine(routine, -1.0))[0].duration == 5.0
    assert build_timeline(session_routine(routine, 12.0))[0].duration == 12.0
    assert build_timeline(session_routine(routine, 0.0))[0].phase is Phase.WORK
    assert speech_lead(-1.0, 0.4) == 0.4 and speech_lead(0.0, 0.4) == 0.0 and speech_lead(1.5, 0.4) == 1.5


def test_the_cues_wanted_lose_those_the_routine_is_better_without(load) -> None:  # type: ignore[no-untyped-def]
    quiet = load(SHORT_ROUTINE.replace("defaults: {", "defaults: {cues: {countdown: false}, "))
    mine = CueChoices([CueGroup.HALFWAY.value])
    during = cues_for(mine, quiet)
    assert not during.wants(CueGroup.COUNTDOWN) and not during.wants(CueGroup.HALFWAY)
    assert cues_for(mine, None) == mine  # no session: the user's choices alone


def test_going_on_after_the_stop_question_resumes_only_a_session_that_was_going() -> None:
    question = StopQuestion()
    assert question.asked(going=True)  # pause it while asking
    assert question.answered(stop=False) is Answer.RESUME
    assert not question.asked(going=False)  # already paused: leave it so
    assert question.answered(stop=False) is Answer.STAY
    question.asked(going=True)
    assert question.answered(stop=True) is Answer.STOP
    assert question.answered(stop=False) is Answer.STAY  # answered once: nothing left to resume


def test_the_settings_open_over_a_session_pause_it_and_it_goes_on_only_if_it_was_going() -> None:
    settings = SettingsOpen()
    assert settings.opened(going=True)  # pause it while they are open
    assert settings.closed(going=False)  # and go on as they close
    assert not settings.opened(going=False)  # paused by the runner: leave it so
    assert not settings.closed(going=False)
    settings.opened(going=True)
    assert not settings.closed(going=True)  # started again meanwhile (a remote's Play): left going
    assert not settings.closed(going=False)  # closed once: nothing left to resume


def test_the_doses_compose_in_one_order_your_own_no_heavier_than_the_week_then_the_dial(load) -> None:  # type: ignore[no-untyped-def]
    routine = load("version: 1\nname: t\nsteps:\n  - {exercise: plank, duration: 20}\n")
    states = {"knee-plank": State("knee-plank", Dose("plank", 40, True), move=Move.UP)}

    def hold(dial: Dial, week: Dial | None = None, as_written: bool = False, own: dict = states) -> float | None:  # type: ignore[type-arg]
        (step,) = iter_exercise_steps(todays_routine(routine, own, dial, as_written, week).steps)
        return step.duration

    assert hold(Dial.NORMAL) == 40 == hold(Dial.NORMAL, week=Dial.NORMAL)
    assert hold(Dial.NORMAL, as_written=True) == 20
    assert hold(Dial.GENTLER) == 30 == hold(Dial.GENTLER, week=Dial.NORMAL)  # the dial lightens your own dose
    assert hold(Dial.NORMAL, week=Dial.GENTLER) == 15  # a gentle week is a ceiling: the routine's, a quarter less
    assert hold(Dial.GENTLEST, week=Dial.GENTLER) == 5  # the dial, gentler still, lightens that
    lower = {"knee-plank": State("knee-plank", Dose("knee-plank", 10, True), move=Move.HOLD)}
    assert hold(Dial.NORMAL, week=Dial.GENTLER, own=lower) == 10  # under the ceiling: your own dose


def test_the_words_say_which_of_the_dial_and_the_week_applied_with_the_numbers(load) -> None:  # type: ignore[no-untyped-def]
    from workout_timer.domain.care.gentler import Dial
    from workout_timer.domain.workout.session_setup import dose_words, todays_routine

    routine = load("version: 1\nname: t\nsteps:\n  - {exercise: plank, duration: 40, sets: 3}\n")

    def said(dial: Dial, week: Dial | None) -> str:
        return dose_words(routine, todays_routine(routine, {}, dial, week=week), dial, week)

    assert said(Dial.NORMAL, None) == "" and said(Dial.NORMAL, Dial.NORMAL) == ""
    gentler = "Gentler today: Plank on your knees (holds of 30 instead of 40 seconds)."  # the exercise that runs
    assert said(Dial.GENTLER, None) == gentler == said(Dial.GENTLER, Dial.NORMAL)
    gentle_start = (
        "This week of your programme, a gentle start: Plank on your knees (holds of 20 instead of 40 seconds)."
    )
    assert said(Dial.NORMAL, Dial.GENTLEST) == gentle_start
    assert said(Dial.GENTLER, Dial.GENTLEST) == gentle_start  # the lighter of the two: the week's
    assert (
        said(Dial.GENTLEST, Dial.GENTLER) == "Gentlest today: Plank on your knees (holds of 15 instead of 40 seconds)."
    )


def test_a_lighter_dose_names_its_noun_once_in_english_and_german(load) -> None:  # type: ignore[no-untyped-def]
    from workout_timer.domain.care.gentler import Dial
    from workout_timer.domain.common import language
    from workout_timer.domain.workout.session_setup import dose_words, todays_routine

    reps = load("version: 1\nname: t\nsteps:\n  - {exercise: dead-bug, reps: 6}\n")
    hold = load("version: 1\nname: t\nsteps:\n  - {exercise: plank, duration: 40}\n")

    def said(routine: object) -> str:
        return dose_words(routine, todays_routine(routine, {}, Dial.GENTLEST), Dial.GENTLEST, None)  # type: ignore[arg-type]

    fewer = todays_routine(reps, {}, Dial.GENTLEST).steps[0].reps  # type: ignore[union-attr]
    shorter = todays_routine(hold, {}, Dial.GENTLEST).steps[0].duration  # type: ignore[union-attr]
    assert said(reps) == f"Gentlest today: Dead bug with bent knees ({fewer} instead of 6 reps)."
    assert said(hold) == f"Gentlest today: Plank on your knees (holds of {shorter:.0f} instead of 40 seconds)."
    try:
        language.use("de_DE")
        # (the exercises' names as the catalogue was read: in English here)
        assert said(reps) == f"Heute am sanftesten: Dead bug with bent knees ({fewer} statt 6 Wiederholungen)."
        assert said(hold) == f"Heute am sanftesten: Plank on your knees ({shorter:.0f} statt 40 Sekunden halten)."
    finally:
        language.use("en_GB")


def test_the_words_name_the_first_exercise_made_lighter_and_count_the_others(load) -> None:  # type: ignore[no-untyped-def]
    from workout_timer.domain.care.gentler import Dial
    from workout_timer.domain.common import language
    from workout_timer.domain.workout.session_setup import dose_words, todays_routine

    routine = load(
        "version: 1\nname: t\nsteps:\n  - {exercise: cat-cow, duration: 40}\n  - {exercise: bird-dog, reps: 6}\n"
        "  - {exercise: plank, duration: 40}\n  - {exercise: glute-bridge, reps: 10}\n"
    )
    week = todays_routine(routine, {}, Dial.NORMAL, week=Dial.GENTLEST)
    said = dose_words(routine, week, Dial.NORMAL, Dial.GENTLEST)
    # the mobility step stays whole; the bird dog is named, the plank and the bridge counted
    assert said == (
        "This week of your programme, a gentle start: Bird dog (3 instead of 6 reps), and 2 other exercises lighter too."
    )
    try:
        language.use("de_DE")
        said = dose_words(routine, week, Dial.NORMAL, Dial.GENTLEST)
        assert said.endswith(": Bird dog (3 statt 6 Wiederholungen), dazu 2 weitere Übungen leichter.")
    finally:
        language.use("en_GB")
