"""A routine at each exercise's own dose, what a session said about each exercise, and the summary's words."""

from __future__ import annotations

from collections.abc import Callable

from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from workout_timer.domain.care.back_care import CheckIn, Effort, Moment
from workout_timer.domain.care.exercise_plan import advance, current, did_in, limits_of, plan
from workout_timer.domain.care.exercise_progress import Dose, Move, State
from workout_timer.domain.care.gentler import Dial
from workout_timer.domain.care.progression import Direction, next_time
from workout_timer.domain.care.reasons import Reason, Why
from workout_timer.domain.common.clock import FakeClock
from workout_timer.domain.routines.routine import Routine, iter_exercise_steps
from workout_timer.domain.routines.timeline import build_timeline
from workout_timer.domain.session.engine import SessionEngine
from workout_timer.domain.session.feel import Feel
from workout_timer.domain.session.summary import ENOUGH_EXERCISE, SessionSummary
from workout_timer.domain.workout.session_setup import todays_routine

Load = Callable[[str], Routine]

ROUTINE = """\
version: 1
name: Plan test
defaults: {prepare: 5, rest: 10, switch: 5}
steps:
  - {exercise: cat-cow, reps: 6, tempo: 2}
  - {exercise: plank, duration: 20, cues: [{at: 15, say: Nearly there}]}
  - {exercise: glute-bridge, reps: 10, tempo: 2}
  - {exercise: plank, duration: 30}
"""


def up(key: str, before: Dose, dose: Dose) -> State:
    return State(key, dose, move=Move.UP, before=before, reason=Reason(Why.EASY, 3))


def test_only_core_and_strength_steps_with_a_dose_progress(load: Load) -> None:
    limits = limits_of(load(ROUTINE))
    assert set(limits) == {"knee-plank", "glute-bridge"}  # by ladder; not cat-cow, a mobility exercise
    assert limits["knee-plank"].ladder == ("knee-plank", "plank", "plank-leg-lift")
    assert limits["knee-plank"].written == Dose("plank", 20, timed=True)  # the first plank step leads


def test_no_state_is_the_routine_itself(load: Load) -> None:
    routine = load(ROUTINE)
    assert plan(routine, {}).routine is routine and plan(routine, {}).changes == ()
    assert todays_routine(routine, {}, Dial.NORMAL) is routine


def test_each_step_of_an_exercise_moves_by_as_much_and_says_why(load: Load) -> None:
    routine = load(ROUTINE)
    states = {"knee-plank": up("knee-plank", Dose("plank", 20, True), Dose("plank", 25, True))}
    planned = plan(routine, states)
    doses = [(s.exercise.id, s.duration or s.reps) for s in iter_exercise_steps(planned.routine.steps)]
    assert doses == [("cat-cow", 6), ("plank", 25), ("glute-bridge", 10), ("plank", 35)]
    assert [str(change) for change in planned.changes] == [
        "Plank: 25 seconds, up from 20 seconds: 3 easy sessions in a row"
    ]
    assert iter_exercise_steps(planned.routine.steps)[1].cues[0].say == "Nearly there"  # 15 s: still in 25 s
    assert todays_routine(routine, states, Dial.NORMAL, as_written=True) is routine


def test_in_german_a_step_says_what_the_dose_went_up_or_back_to_from_what(load: Load) -> None:
    """It read "Plank: 25 Sekunden, hinauf von 20 Sekunden: …", word for word from the English."""
    from workout_timer.domain.common import language

    routine = load(ROUTINE)
    states = {"knee-plank": up("knee-plank", Dose("plank", 20, True), Dose("plank", 25, True))}
    language.use("de_DE")
    (change,) = plan(routine, states).changes
    assert str(change).endswith(": gesteigert auf 25 Sekunden (bisher 20 Sekunden): 3 leichte Einheiten hintereinander")


def test_another_rung_is_named_and_a_cue_it_no_longer_reaches_is_left_out(load: Load) -> None:
    routine = load(ROUTINE)
    back = State(
        "knee-plank",
        Dose("knee-plank", 10, True),
        move=Move.BACK,
        before=Dose("knee-plank", 15, True),
        reason=Reason(Why.RED),
    )
    planned = plan(routine, {"knee-plank": back})
    first = iter_exercise_steps(planned.routine.steps)[1]
    assert first.exercise.id == "knee-plank" and first.duration == 10 and first.cues == ()
    assert str(planned.changes[0]) == (
        "Plank: Plank on your knees for 10 seconds, down from Plank on your knees for 15 seconds: "
        "your back said red after it (the routine says Plank for 20 seconds)"
    )


def test_the_ladders_state_leads_whichever_routine_built_it(load: Load) -> None:
    routine = load(ROUTINE)
    elsewhere = {"knee-plank": up("knee-plank", Dose("plank", 40, True), Dose("plank", 45, True))}
    assert current(routine, elsewhere) == {
        **elsewhere,
        "glute-bridge": State("glute-bridge", Dose("glute-bridge", 10, False)),
    }
    planned = plan(routine, elsewhere)
    assert [s.duration for s in iter_exercise_steps(planned.routine.steps) if s.exercise.id == "plank"] == [45, 55]
    counted = {"knee-plank": State("knee-plank", Dose("plank", 8, False))}  # the plank in reps: not this one
    assert plan(routine, counted).routine is routine


def whole_session(routine: Routine, feel_after_plank: Feel | None = None, skip_bridges: bool = False) -> SessionSummary:
    clock = FakeClock()
    timeline = build_timeline(routine)
    engine, summary = SessionEngine(timeline, clock), SessionSummary(timeline)
    summary.feed(engine.start())
    while summary.completed is None:
        clock.advance(1.0)
        summary.feed(engine.update())
        snapshot = engine.snapshot()
        segment = snapshot.segment
        rating = snapshot.rating
        rated = None if rating is None or rating.feel is not None or rating.work.exercise is None else rating.work
        if feel_after_plank is not None and rated is not None and rated.exercise and rated.exercise.id == "plank":
            summary.feed(engine.rate(feel_after_plank))
        if skip_bridges and segment is not None and segment.exercise and segment.exercise.id == "glute-bridge":
            summary.feed(engine.skip())
    return summary


def test_what_a_session_said_of_each_exercise(load: Load) -> None:
    routine = load(ROUTINE)
    limits = limits_of(routine)
    after = CheckIn(Moment.AFTER, 2, Effort.ABOUT_RIGHT)
    plain = whole_session(routine)
    assert did_in(plain, limits["knee-plank"], True, after).easy
    rated = whole_session(routine, Feel.AMBER)
    assert did_in(rated, limits["knee-plank"], True, None).feel is Feel.AMBER
    skipped = whole_session(routine, skip_bridges=True)
    assert not did_in(skipped, limits["glute-bridge"], True, None).done
    assert did_in(skipped, limits["knee-plank"], True, None).done


def test_three_easy_sessions_step_up_and_the_summary_says_so(load: Load) -> None:
    routine = load(ROUTINE)
    states: dict[str, State] = {}
    for _ in range(3):
        before = states
        states = advance(routine, states, whole_session(routine), True, None)
    assert states["knee-plank"].dose == Dose("plank", 25, True) and states["glute-bridge"].dose.amount == 12
    said = next_time(routine, before, states)
    assert said is not None and said.direction is Direction.UP
    assert [change.name for change in said.changes] == ["Plank", "Glute bridge"]
    assert next_time(routine, states, states) is None


def test_red_after_the_plank_steps_it_back_alone(load: Load) -> None:
    routine = load(ROUTINE)
    states = advance(routine, {}, whole_session(routine, Feel.RED), True, None)
    assert states["knee-plank"].dose == Dose("knee-plank", 20, True)
    said = next_time(routine, {}, states)
    assert said is not None and said.direction is Direction.DOWN and len(said.changes) == 1


def test_the_first_session_after_a_break_starts_the_count_again(load: Load) -> None:
    routine = load(ROUTINE)
    states: dict[str, State] = {}
    for _ in range(2):
        states = advance(routine, states, whole_session(routine), True, None)
    back = advance(routine, states, whole_session(routine), True, None, after_break=True)
    plank = back["knee-plank"]
    assert plank.dose.amount == 20 and plank.easy == 1  # the third easy one, but after a break
    assert advance(routine, states, whole_session(routine), True, None)["knee-plank"].dose.amount == 25


def short_session(routine: Routine, actions: list[str], stop_after: float) -> SessionSummary:
    """A session stopped once it held `stop_after` seconds of exercise (less than a minute), the runner doing
    `actions` on the way, one a second: waiting, skipping, making it easier, rating the back."""
    clock = FakeClock()
    timeline = build_timeline(routine)
    engine, summary = SessionEngine(timeline, clock), SessionSummary(timeline)
    summary.feed(engine.start())
    for action in actions:
        if summary.completed is not None or summary.work_so_far(engine.snapshot()) + 1.0 > stop_after:
            break
        clock.advance(1.0)
        summary.feed(engine.update())
        rating = engine.snapshot().rating
        if action == "skip":
            summary.feed(engine.skip())
        elif action == "ease":
            summary.feed(engine.ease())
        elif action in {"green", "amber", "red"} and rating is not None and rating.feel is None:
            summary.feed(engine.rate(Feel(action)))
    if summary.completed is None:
        summary.feed(engine.abandon())
    return summary


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    actions=st.lists(st.sampled_from(["wait", "wait", "wait", "skip", "ease", "green", "amber", "red"]), max_size=80),
    stop_after=st.floats(min_value=0.0, max_value=59.0),
    easy=st.integers(0, 2),
    amber=st.integers(0, 1),
    pain=st.one_of(st.none(), st.integers(0, 10)),
    effort=st.one_of(st.none(), st.sampled_from(Effort)),
    as_given=st.booleans(),
    after_break=st.booleans(),
)
def test_a_session_stopped_with_less_than_a_minute_of_exercise_never_steps_up_but_red_steps_back(
    load: Load,
    actions: list[str],
    stop_after: float,
    easy: int,
    amber: int,
    pain: int | None,
    effort: Effort | None,
    as_given: bool,
    after_break: bool,
) -> None:
    """Too short to count toward a step up, whatever happened in it (even one session short of it), and a
    programme's gentle week carries nothing over; but red or pain of 6 or more steps back as always, amber counts,
    and a short session with neither leaves every state as it was."""
    routine = load(ROUTINE)
    states = {key: State(key, limits.written, easy=easy, amber=amber) for key, limits in limits_of(routine).items()}
    summary = short_session(routine, actions, stop_after)
    assume(summary.too_short)
    after = CheckIn(Moment.AFTER, pain, effort) if pain is not None or effort is not None else None
    gentlest = todays_routine(routine, states, Dial.NORMAL, week=Dial.GENTLEST)
    moved = advance(routine, states, summary, as_given, after, after_break, gentlest, carry=set(states))
    for key, limits in limits_of(routine).items():
        did = did_in(summary, limits, as_given, after)
        assert moved[key].move is not Move.UP
        if did is not None and did.red:
            assert moved[key].move is Move.BACK and moved[key].dose != states[key].dose
        elif did is None or not did.amber:
            assert moved[key] == states[key]
    said = next_time(routine, states, moved)
    assert said is None or said.direction is Direction.DOWN


def test_a_session_stopped_after_25_seconds_with_pain_8_steps_back(load: Load) -> None:
    """The bug: a runner who stopped after 25 seconds because it hurt, pain 8 after, got no step back."""
    routine = load(ROUTINE)
    summary = short_session(routine, ["wait"] * 60, 25.0)
    assert summary.too_short and summary.completed is False
    moved = advance(routine, {}, summary, True, CheckIn(Moment.AFTER, 8, None))
    assert moved["knee-plank"].move is Move.BACK and moved["knee-plank"].dose == Dose("knee-plank", 20, True)
    said = next_time(routine, {}, moved)
    assert said is not None and said.direction is Direction.DOWN


def test_a_routine_with_less_than_a_minute_of_exercise_done_in_full_progresses(load: Load) -> None:
    """A runner's own short routine, done in full, is no short session: three easy ones step up."""
    routine = load(
        ROUTINE.replace("  - {exercise: plank, duration: 30}\n", "")
        .replace("at: 15", "at: 10")
        .replace("duration: 20,", "duration: 15,")
    )
    states: dict[str, State] = {}
    for _ in range(3):
        summary = whole_session(routine)
        assert summary.work < ENOUGH_EXERCISE and not summary.too_short and summary.short_line() == ""
        states = advance(routine, states, summary, True, None)
    assert states["knee-plank"].move is Move.UP and states["knee-plank"].dose == Dose("plank", 20, True)


def test_a_gentle_weeks_dose_carried_over_is_no_offer_of_more(load: Load) -> None:
    """The gentlest week runs lighter doses, and the states carry on from them: that is no step for the summary to
    offer (it offered "Ready for a little more?" with the lower doses)."""
    routine = load(ROUTINE.replace("duration: 20,", "duration: 40, sets: 3,").replace("duration: 30}", "duration: 60}"))
    ran = todays_routine(routine, {}, Dial.NORMAL, week=Dial.GENTLEST)
    summary = whole_session(ran)
    assert not summary.too_short
    after = advance(routine, {}, summary, True, None, ran=ran, carry=set(limits_of(routine)))
    assert after["knee-plank"].dose == Dose("knee-plank", 20, True) and after["knee-plank"].move is Move.HOLD
    assert next_time(routine, {}, after) is None
