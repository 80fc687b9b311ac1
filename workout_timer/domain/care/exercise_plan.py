"""A routine with each exercise's own dose (`exercise_progress` decides it), what changed and why, and what a
finished session said about each exercise.

The states are kept by ladder (`Limits.key`, its first rung's id), shared by every routine that uses any rung of
it; an exercise with no variants is a ladder of one. Where a routine uses one ladder in several steps, the first
of them leads: it runs at the dose `exercise_progress.placed` gives, and each later step of the same exercise
moves by as many seconds or reps, on the same rung. Only core and strength exercises with a hold or a number of
reps progress; warm-ups, mobility and stretches keep the routine's dose.
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
    placed,
    start,
)
from workout_timer.domain.care.gentler import DOSED_KINDS
from workout_timer.domain.care.reasons import Reason
from workout_timer.domain.common.language import _
from workout_timer.domain.routines.ladders import Ladders
from workout_timer.domain.routines.routine import Catalogue, Circuit, ExerciseStep, Routine, Step, iter_exercise_steps
from workout_timer.domain.routines.timeline import Phase
from workout_timer.domain.session.feel import Feel
from workout_timer.domain.session.summary import Outcome, SessionSummary

States = Mapping[str, State]
"""Each ladder's state, by the ladder's key (its first rung's id)."""


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
    reason: Reason
    reached: str = ""
    """The harder version the runner has moved on to, when the routine asks for an easier one ("" otherwise)."""

    def __str__(self) -> str:
        """ "Plank: 25 seconds, up from 20 seconds: 3 easy sessions in a row", in the language in use."""
        why = self.reason.words()
        if self.move in (Move.UP, Move.BACK) and self.before and why:
            if self.move is Move.UP:
                # Translators: an exercise, its dose for next time, the dose before, and why it moved.
                way = _("{name}: {now}, up from {before}: {reason}")
            else:
                way = _("{name}: {now}, down from {before}: {reason}")
            said = way.format(name=self.name, now=self.now, before=self.before, reason=why)
            if self.written in (self.before, self.now):
                return said
            return _("{said} (the routine says {written})").format(said=said, written=self.written)
        if self.reached:
            if self.now == self.written:
                said = _("{name}: {now}, as the routine has it; you have moved on to {reached}")
            else:
                said = _("{name}: {now} (the routine says {written}); you have moved on to {reached}")
            return said.format(name=self.name, now=self.now, written=self.written, reached=self.reached)
        if self.now == self.written:  # back to the routine's own dose
            return _("{name}: {now}, as the routine has it").format(name=self.name, now=self.now)
        said = _("{name}: {now} (the routine says {written})")
        return said.format(name=self.name, now=self.now, written=self.written)


@dataclass(frozen=True)
class Plan:
    """The routine as it runs with each exercise's dose, and the doses that differ from the routine's own."""

    routine: Routine
    changes: tuple[Change, ...]


def limits_of(routine: Routine) -> dict[str, Limits]:
    """What each progressing ladder of `routine` may do, by the ladder's key: the ladder and the dose of the first
    step that uses it (the one that leads)."""
    known = {exercise.id: exercise for exercise in routine.variants}
    ladders = Ladders(known)
    found: dict[str, Limits] = {}
    for step in iter_exercise_steps(routine.steps):
        written = _written(step)
        if written is None:
            continue
        ladder = tuple(rung.id for rung in ladders.ladder(step.exercise)) if step.exercise.id in known else ()
        limits = Limits(ladder or (step.exercise.id,), written)
        found.setdefault(limits.key, limits)
    return found


def current(routine: Routine, states: States) -> dict[str, State]:
    """Each progressing ladder's state: the one kept if it fits the routine's step, else as the routine writes it."""
    return {
        key: state if (state := states.get(key)) is not None and fits(state, limits) else start(limits)
        for key, limits in limits_of(routine).items()
    }


def doses(routine: Routine, states: States) -> dict[str, Dose]:
    """The dose each progressing ladder of `routine` runs at with `states` (`exercise_progress.placed`)."""
    kept = current(routine, states)
    return {key: placed(kept[key], limits) for key, limits in limits_of(routine).items()}


def plan(routine: Routine, states: States) -> Plan:
    """`routine` with each ladder's leading step at the dose its state gives (states that do not fit are left
    out), and the doses that differ from the routine's own."""
    kept = current(routine, states)
    limits = limits_of(routine)
    changes = tuple(
        describe(routine, kept[key], each) for key, each in limits.items() if placed(kept[key], each) != each.written
    )
    if not changes:
        return Plan(routine, ())
    known = {exercise.id: exercise for exercise in routine.variants}
    leads = {each.written.exercise: (placed(kept[key], each), each) for key, each in limits.items()}
    steps = tuple(_step(step, leads, known) for step in routine.steps)
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
    """The states after a session of `routine` (as written) run with `states`: what each ladder did and how it
    felt, with the check-in after (if answered). `ran`: the routine as the session ran it (each ladder's dose from
    its state if not given): a session is evidence for a ladder only at the state's own dose, and `as_given` False
    (a gentler day, the routine taken as written) makes it evidence for none. `carry`: the ladders (by key) a
    programme's gentle dose ran, whose states take on the lighter dose it ran (`exercise_progress.after_ran`).
    `after_break`: it came more than `BREAK_DAYS` days after the one before. A ladder the session was stopped
    before holds, and steps back with red or pain after, which speak for the whole session; one never done has no
    state yet. A session stopped too short to count
    (`SessionSummary.too_short`) takes no step up and carries nothing over; red, amber and pain in it act as in any
    other."""
    kept = current(routine, states)
    limits = limits_of(routine)
    ran_at = {} if ran is None else ran_doses(routine, ran)
    moved = {}
    for key, state in kept.items():
        did = did_in(summary, limits[key], as_given, after)
        if did is None:
            if states.get(key) == state:  # kept as it is; a ladder never done stays unwritten
                moved[key] = state
            continue
        dose = ran_at.get(key, placed(state, limits[key]))
        new = after_ran(state, dose, replace(did, after_break=after_break), limits[key], key in carry)
        if new != state or states.get(key) == state:  # a ladder the session left as it was stays unwritten
            moved[key] = new
    return moved


def ran_doses(routine: Routine, ran: Routine) -> dict[str, Dose]:
    """The dose each progressing ladder of `routine` (by its key) had in `ran`, the same routine as a session
    ran it (its own doses, a gentler week): the rung and the hold or reps of its leading step."""
    leads = {limits.written.exercise: key for key, limits in limits_of(routine).items()}
    found: dict[str, Dose] = {}
    for written, step in zip(iter_exercise_steps(routine.steps), iter_exercise_steps(ran.steps), strict=False):
        key = leads.get(written.exercise.id)
        dose = _written(step)
        if key is not None and key not in found and dose is not None:
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
        short=summary.too_short,
    )


def _written(step: ExerciseStep) -> Dose | None:
    if step.exercise.kind not in DOSED_KINDS:
        return None
    if step.reps is not None:
        return Dose(step.exercise.id, step.reps, timed=False)
    if step.duration is not None:
        return Dose(step.exercise.id, step.duration, timed=True)
    return None


def _step(step: Step, leads: Mapping[str, tuple[Dose, Limits]], known: Catalogue) -> Step:
    if isinstance(step, Circuit):
        return replace(step, steps=tuple(_step(inner, leads, known) for inner in step.steps))
    if not isinstance(step, ExerciseStep) or step.exercise.id not in leads:
        return step
    dose, limits = leads[step.exercise.id]
    written = _written(step)
    if written is None or written.timed != dose.timed or dose == limits.written:
        return step
    exercise = known.get(dose.exercise, step.exercise)
    amount = max(1.0, written.amount + dose.amount - limits.written.amount)
    if written.timed:
        cues = tuple(cue for cue in step.cues if cue.at < amount)
        return replace(step, exercise=exercise, duration=amount, cues=cues)
    return replace(step, exercise=exercise, reps=int(amount))


def describe(routine: Routine, state: State, limits: Limits) -> Change:
    """The dose the ladder's `state` gives the leading step of `limits` in `routine`; when that is the state's own,
    the one before its last step, and why."""
    known = {exercise.id: exercise for exercise in routine.variants}
    lead = limits.written.exercise
    name = next((s.exercise.name for s in iter_exercise_steps(routine.steps) if s.exercise.id == lead), lead)
    now = placed(state, limits)
    own = now == state.dose
    before = state.before if own else None
    rungs = {dose.exercise for dose in (now, before, limits.written) if dose is not None}

    def words(dose: Dose | None) -> str:
        """ "25 seconds"; "Plank on your knees for 20 seconds" where the rungs differ."""
        if dose is None:
            return ""
        rung = known.get(dose.exercise)
        if len(rungs) == 1 or rung is None:
            return dose.words()
        # Translators: an exercise and its dose, "Plank on your knees for 20 seconds".
        return _("{exercise} for {dose}").format(exercise=rung.name, dose=dose.words())

    move = state.move if own else Move.NONE
    above = known.get(state.dose.exercise) if limits.rung(state.dose.exercise) > limits.rung(now.exercise) else None
    reached = "" if above is None else above.name
    reason = state.reason if own else Reason()
    return Change(name, words(now), words(before), words(limits.written), move, reason, reached)
