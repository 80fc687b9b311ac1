"""What a session runs with, from the settings, and the stop question's pause."""

from __future__ import annotations

from tests.conftest import SHORT_ROUTINE
from workout_timer.domain.audio.cue_choices import CueChoices
from workout_timer.domain.routines.cue_groups import CueGroup
from workout_timer.domain.routines.timeline import Phase, build_timeline
from workout_timer.domain.workout.session_setup import (
    Answer,
    StopQuestion,
    cues_for,
    session_routine,
    speech_lead,
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
