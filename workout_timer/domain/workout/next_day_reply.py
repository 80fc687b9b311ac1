"""What the app says back when the back is worse the day after: what next time does, and a card that fits.

"Worse" moves each exercise of the day's routines by the progress rules (`exercise_progress.after_next_day`): a
step up the session made is undone, an exercise that was amber steps back, and the rest hold. The reply says, in
plain words and from those moved states, what the next session of each routine runs for the exercises that moved
("Next time: Plank on your knees again, 20 seconds, 2 sets."), that the others stay as they are with no step up
for now, and offers one short card, never a diagnosis:

- **When to see a doctor** when the back was worse the day after the session before too: worse twice running is
  worth showing to someone who can examine it;
- **What pain is telling you** (the traffic light: ease off when it lingers into the next day) when the answer
  stepped an exercise back;
- **Soreness that settles is fine** (hurt is not always harm) when it only held the doses.

"Better" and "the same" change nothing, and get no reply.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from workout_timer.domain.care.exercise_plan import doses, limits_of, ran_doses
from workout_timer.domain.care.exercise_progress import Move, State
from workout_timer.domain.care.gentler import Dial
from workout_timer.domain.common.language import _
from workout_timer.domain.common.plurals import counted
from workout_timer.domain.routines.routine import Routine, iter_exercise_steps
from workout_timer.domain.workout.session_setup import todays_routine

SEE_A_DOCTOR = "see-a-doctor"
BACKING_OFF = "pain-traffic-light"
SORENESS = "soreness"
"""The cards (`care/cards.yaml`) a reply offers, by id."""


@dataclass(frozen=True)
class Reply:
    """The app's reply to an answer: what next time does, a line each, and the card that fits (by id), if any."""

    next_time: tuple[str, ...] = ()
    card: str | None = None


@dataclass(frozen=True)
class Moved:
    """One routine's exercises around the answer: their states before and after it, and the programme week's dose
    its next session runs at (None outside a programme)."""

    routine: Routine
    before: Mapping[str, State]
    after: Mapping[str, State]
    week: Dial | None = None


def worse_reply(moved: list[Moved], worse_before: bool) -> Reply:
    """The reply to "worse", from each routine's states moved by it; `worse_before`: the answer about the session
    before was "worse" too."""
    lines: list[str] = []
    held = False
    for each in moved:
        ran = todays_routine(each.routine, each.after, Dial.NORMAL, week=each.week)
        sets = _sets(each.routine, ran)
        ran_at = ran_doses(each.routine, ran)
        was_at, will_at = doses(each.routine, each.before), doses(each.routine, each.after)
        names = {step.exercise.id: step.exercise.name for step in iter_exercise_steps(ran.steps)}
        for key in limits_of(each.routine):
            state, was = each.after.get(key), each.before.get(key)
            if state is None or was is None or key not in ran_at:
                continue
            if will_at[key] == was_at[key]:
                held = True
                continue
            dose = ran_at[key]
            name = names.get(dose.exercise, key)
            count = counted(sets[key], "set", "sets")
            undone = was.move is Move.UP and was.before == state.dose
            line = (
                _("Next time: {exercise} again, {dose}, {sets}.")
                if undone
                else _("Next time: {exercise}, {dose}, {sets}: one step easier.")
            )
            lines.append(line.format(exercise=name, dose=dose.words(), sets=count))
    stepped = bool(lines)
    if held:
        lines.append(
            _("The other exercises stay as they were, with no step up until your back feels better.")
            if stepped
            else _("Next time: the same doses again, with no step up until your back feels better.")
        )
    if not lines:
        return Reply()
    card = SEE_A_DOCTOR if worse_before else BACKING_OFF if stepped else SORENESS
    return Reply(tuple(lines), card)


def _sets(routine: Routine, ran: Routine) -> dict[str, int]:
    """The sets each progressing ladder of `routine` (by its key) has in `ran`, its leading step's."""
    leads = {limits.written.exercise: key for key, limits in limits_of(routine).items()}
    found: dict[str, int] = {}
    for written, step in zip(iter_exercise_steps(routine.steps), iter_exercise_steps(ran.steps), strict=False):
        if written.exercise.id in leads:
            found.setdefault(leads[written.exercise.id], step.sets)
    return found
