"""A routine with each exercise's own dose (`exercise_progress` decides it), what changed and why, and what a
finished session said about each exercise.

The states are kept by the routine's id and the exercise as the routine names it (its "key"). Where a routine
uses one exercise in several steps, the first of them is the one the state follows, and each of the others moves
by as many seconds or reps, on the same rung. Only core and strength exercises with a hold or a number of reps
progress; warm-ups, mobility and stretches keep the routine's dose.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping
from dataclasses import dataclass, replace

from workout_timer.domain.care.back_care import CheckIn
from workout_timer.domain.care.exercise_progress import (
    Did,
    Dose,
    Limits,
    Move,
    State,
    after_ran,
    fits,
    start,
)
from workout_timer.domain.care.gentler import DOSED_KINDS
from workout_timer.domain.routines.ladders import ladder_of
from workout_timer.domain.routines.routine import Catalogue, Circuit, ExerciseStep, Routine, Step, iter_exercise_steps
from workout_timer.domain.routines.timeline import Phase
from workout_timer.domain.session.feel import Feel
from workout_timer.domain.session.summary import Outcome, SessionSummary

States = Mapping[str, State]
"""Each exercise's state, by the exercise as the routine names it."""


@dataclass(frozen=True)
class Change:
    """One exercise whose dose today is not the routine's own, and why."""

    name: str
    """The exercise as the routine names it."""
    now: str
    before: str
    """The dose before the last step ("" when there was none)."""
    written: str
    """The routine's own dose, in the same words."""
    move: Move
    reason: str

    def __str__(self) -> str:
        """ "Plank: 25 seconds, up from 20 seconds: 3 easy sessions in a row"."""
        if self.move in (Move.UP, Move.BACK) and self.before:
            way = "up from" if self.move is Move.UP else "down from"
            said = f"{self.name}: {self.now}, {way} {self.before}: {self.reason}"
            return said if self.written in (self.before, self.now) else f"{said} (the routine says {self.written})"
        return f"{self.name}: {self.now} (the routine says {self.written})"


@dataclass(frozen=True)
class Plan:
    """The routine as it runs with each exercise's dose, and the doses that differ from the routine's own."""

    routine: Routine
    changes: tuple[Change, ...]


def limits_of(routine: Routine) -> dict[str, Limits]:
    """What each progressing exercise of `routine` may do, by the exercise as the routine names it: its first
    step's dose and the ladder it stands on."""
    known = {exercise.id: exercise for exercise in routine.variants}
    found: dict[str, Limits] = {}
    for step in iter_exercise_steps(routine.steps):
        written = _written(step)
        if written is None or step.exercise.id in found:
            continue
        ladder = tuple(rung.id for rung in ladder_of(step.exercise, known)) if step.exercise.id in known else ()
        found[step.exercise.id] = Limits(ladder or (step.exercise.id,), written)
    return found


def current(routine: Routine, states: States) -> dict[str, State]:
    """Each progressing exercise's state: the one kept if it still fits the routine, else as written."""
    return {
        key: state if (state := states.get(key)) is not None and fits(state, limits) else start(key, limits)
        for key, limits in limits_of(routine).items()
    }


def plan(routine: Routine, states: States) -> Plan:
    """`routine` with each exercise at its state's rung and dose (states that no longer fit are left out)."""
    kept = current(routine, states)
    known = {exercise.id: exercise for exercise in routine.variants}
    changes = tuple(describe(routine, state) for state in kept.values() if state.dose != state.written)
    if not changes:
        return Plan(routine, ())
    steps = tuple(_step(step, kept, known) for step in routine.steps)
    return Plan(replace(routine, steps=steps), changes)


def advance(
    routine: Routine,
    states: States,
    summary: SessionSummary,
    as_given: bool,
    after: CheckIn | None,
    after_break: bool = False,
    ran: Routine | None = None,
    carry: Collection[str] = (),
) -> dict[str, State]:
    """The states after a session of `routine` (as written) run with `states`: what each exercise did and how it
    felt, with the check-in after (if answered). `ran`: the routine as the session ran it (each exercise's own
    dose if not given): a session is evidence for an exercise only at its own dose, and `as_given` False (a gentler
    day, the routine taken as written) makes it evidence for none. `carry`: the exercises (by key) a programme's
    gentle dose ran, whose states take on the lighter dose it ran (`exercise_progress.after_ran`). `after_break`:
    it came more than `BREAK_DAYS` days after the one before. An exercise the session never reached keeps its
    state."""
    kept = current(routine, states)
    limits = limits_of(routine)
    doses = {} if ran is None else ran_doses(routine, ran)
    moved = {}
    for key, state in kept.items():
        did = did_in(summary, limits[key], as_given, after)
        if did is None:
            moved[key] = state
            continue
        dose = doses.get(key, state.dose)
        moved[key] = after_ran(state, dose, replace(did, after_break=after_break), limits[key], key in carry)
    return moved


def ran_doses(routine: Routine, ran: Routine) -> dict[str, Dose]:
    """The dose each progressing exercise of `routine` (by its key) had in `ran`, the same routine as a session
    ran it (its own doses, a gentler week): the rung and the hold or reps of its first step."""
    limits = limits_of(routine)
    found: dict[str, Dose] = {}
    for written, step in zip(iter_exercise_steps(routine.steps), iter_exercise_steps(ran.steps), strict=False):
        key = written.exercise.id
        dose = _written(step)
        if key in limits and key not in found and dose is not None:
            found[key] = dose
    return found


def did_in(summary: SessionSummary, limits: Limits, as_given: bool, after: CheckIn | None) -> Did | None:
    """What a session said about the exercise of `limits` (any rung of its ladder); None when it has none."""
    rungs = set(limits.ladder)
    work = [s for s in summary.timeline.segments if s.phase is Phase.WORK and s.exercise and s.exercise.id in rungs]
    if not work:
        return None
    eased = any(event.exercise.id in rungs for event in summary.eased)
    done = not eased and all(summary.outcomes.get(s.index) is Outcome.DONE for s in work)
    feels = [event.feel for event in summary.felt if event.exercise.id in rungs]
    worst = next((feel for feel in (Feel.RED, Feel.AMBER, Feel.GREEN) if feel in feels), None)
    return Did(
        done=done,
        as_given=as_given,
        feel=worst,
        effort=None if after is None else after.effort,
        pain=None if after is None else after.pain,
    )


def _written(step: ExerciseStep) -> Dose | None:
    if step.exercise.kind not in DOSED_KINDS:
        return None
    if step.reps is not None:
        return Dose(step.exercise.id, step.reps, timed=False)
    if step.duration is not None:
        return Dose(step.exercise.id, step.duration, timed=True)
    return None


def _step(step: Step, states: States, known: Catalogue) -> Step:
    if isinstance(step, Circuit):
        return replace(step, steps=tuple(_step(inner, states, known) for inner in step.steps))
    if not isinstance(step, ExerciseStep) or step.exercise.id not in states:
        return step
    state = states[step.exercise.id]
    written = _written(step)
    if written is None or state.dose == state.written:
        return step
    exercise = known.get(state.dose.exercise, step.exercise)
    amount = max(1.0, written.amount + state.dose.amount - state.written.amount)
    if written.timed:
        cues = tuple(cue for cue in step.cues if cue.at < amount)
        return replace(step, exercise=exercise, duration=amount, cues=cues)
    return replace(step, exercise=exercise, reps=int(amount))


def describe(routine: Routine, state: State) -> Change:
    """The dose `state` gives its exercise of `routine`, the one before its last step, and why."""
    known = {exercise.id: exercise for exercise in routine.variants}
    name = next((s.exercise.name for s in iter_exercise_steps(routine.steps) if s.exercise.id == state.key), state.key)

    rungs = {dose.exercise for dose in (state.dose, state.before, state.written) if dose is not None}

    def words(dose: Dose | None) -> str:
        """ "25 seconds"; "Plank on your knees for 20 seconds" where the rungs differ."""
        if dose is None:
            return ""
        rung = known.get(dose.exercise)
        return dose.words() if len(rungs) == 1 or rung is None else f"{rung.name} for {dose.words()}"

    return Change(name, words(state.dose), words(state.before), words(state.written), state.move, state.reason)
