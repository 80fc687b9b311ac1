"""Progression per exercise: the one place that decides each exercise's dose for next time.

Every rule is stated in words in docs/progression.md; the numbers are the constants below.

Each ladder of core or strength exercises (an exercise with no variants is a ladder of one) has a state, shared
by every routine that uses any rung of it: the rung reached, its dose (seconds of hold, or reps), and what the
last sessions said. A routine's step runs at the dose `placed` gives: the state's own on the rung it asks for,
never a rung above the one reached. After each session the state moves one way at most:

- **Up**, after `EASY_SESSIONS` easy sessions in a row at this dose (or `EASY_SESSIONS - 1` when the last
  felt too easy). Easy: every set done as given, no amber or red for it, and the check-in after (when
  answered) neither too hard nor as painful as `AMBER_PAIN`. A step up adds `HOLD_STEP` seconds or `REP_STEP` reps,
  up to the target (`TARGET_HOLD`, `TARGET_REPS`, or the routine's own dose if it is more); at the target
  the next harder rung starts at an easier dose (`RUNG_START` of the target); on the top rung the dose
  grows to its ceiling and stays there.
- **Back**, after red (rated red, or pain of `RED_PAIN` or more after the session), or amber in
  `AMBER_IN_A_ROW` sessions in a row (rated amber, the session too hard, or pain of `AMBER_PAIN` or more).
  A step back goes one rung easier at the same dose; on the first rung it takes `HOLD_STEP` seconds or
  `REP_STEP` reps off, never below the floor.
- **Hold** otherwise: amber once, a session not done as given (skipped, made easier, a gentler day, the
  routine taken as written) or not easy: the dose stays and the count of easy sessions starts again.
- **A short stopped session** (`Did.short`: under a minute of exercise) never counts toward a step up; with no amber
  or red in it, it leaves the state as it was, and red in it steps back as in any other.
- **After a break** of more than `BREAK_DAYS` days without any session the counts start again with the session
  back: no step up on the first session after a week away.

The day after, "worse" undoes a step up made by the last session, steps back after an amber one, and
otherwise holds; "same" and "better" change nothing.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field, replace
from enum import StrEnum

from workout_timer.domain.care.back_care import Effort
from workout_timer.domain.care.reasons import Reason, Why
from workout_timer.domain.common.plurals import counted
from workout_timer.domain.session.feel import Feel

HOLD_STEP = 5.0
"""Seconds a step up adds to a hold, or a step back takes off."""
REP_STEP = 2
"""Reps a step up adds, or a step back takes off."""
TARGET_HOLD = 30.0
"""A hold grows to this (or the routine's own hold, if longer) before the next rung is tried."""
TARGET_REPS = 12
CEILING_HOLD = 60.0
"""On the top rung (or an exercise with no harder variant) a hold grows to this at most, or the routine's own."""
CEILING_REPS = 20
FLOOR_HOLD = 10.0
"""A step back never makes a hold shorter than this (or the routine's own hold, if shorter)."""
FLOOR_REPS = 4
RUNG_START = 2 / 3
"""A harder rung starts at this part of the target: 20 s for a 30 s target, 8 reps for 12."""
EASY_SESSIONS = 3
"""Easy sessions in a row at one dose before a step up (one fewer when the last felt too easy)."""
AMBER_PAIN = 4
"""Pain after a session from this up to `RED_PAIN` is amber (4 or 5 of 10); below it, green (0 to 3)."""
RED_PAIN = 6
"""Pain after a session at or above this is red: a step back at once."""
AMBER_IN_A_ROW = 2
"""Amber in this many sessions in a row means the soreness is not settling: a step back."""
BREAK_DAYS = 7
"""A session more than this many days after the runner's last one (of any routine) starts the counts again: after
a week or more away (a cold, a holiday), no step up on the first session back."""


class Move(StrEnum):
    NONE = "none"
    """Nothing was done at this dose yet."""
    UP = "up"
    BACK = "back"
    HOLD = "hold"


class NextDay(StrEnum):
    """The answer to "How is your back compared to yesterday?"."""

    BETTER = "better"
    SAME = "same"
    WORSE = "worse"


@dataclass(frozen=True)
class Dose:
    """An exercise (by id) for `amount` seconds of hold (`timed`) or `amount` reps."""

    exercise: str
    amount: float
    timed: bool

    def words(self) -> str:
        """ "25 seconds", "10 reps", "7.5 seconds"."""
        amount = int(self.amount) if float(self.amount).is_integer() else self.amount
        return counted(amount, "second", "seconds") if self.timed else counted(amount, "rep", "reps")


@dataclass(frozen=True)
class Limits:
    """What a routine's step allows an exercise: its ladder (rung ids, easiest first) and its written dose."""

    ladder: tuple[str, ...]
    written: Dose

    @property
    def key(self) -> str:
        """The ladder's name, its first rung's id: what its state is kept by, for every routine that uses it."""
        return self.ladder[0]

    @property
    def timed(self) -> bool:
        return self.written.timed

    @property
    def step(self) -> float:
        return HOLD_STEP if self.timed else REP_STEP

    @property
    def target(self) -> float:
        """The dose a rung grows to before the next is tried."""
        return max(TARGET_HOLD if self.timed else TARGET_REPS, self.written.amount)

    @property
    def ceiling(self) -> float:
        """The most the top rung grows to."""
        return max(CEILING_HOLD if self.timed else CEILING_REPS, self.written.amount)

    @property
    def floor(self) -> float:
        """The least a step back leaves."""
        return min(FLOOR_HOLD if self.timed else FLOOR_REPS, self.written.amount)

    @property
    def rung_start(self) -> float:
        """Where a harder rung starts: part of the target, in whole steps of 5 seconds or whole reps."""
        unit = HOLD_STEP if self.timed else 1.0
        return max(self.floor, math.floor(self.target * RUNG_START / unit) * unit)

    def rung(self, exercise: str) -> int:
        return self.ladder.index(exercise)


@dataclass(frozen=True)
class State:
    """Where the runner stands on one ladder (an exercise with no variants is a ladder of one), whichever routine
    uses it: the rung reached and the dose on it for next time, and what led to it."""

    key: str
    """The ladder, by its first rung's id (`Limits.key`)."""
    dose: Dose
    easy: int = 0
    """Easy sessions in a row at this dose."""
    amber: int = 0
    """Sessions in a row that were amber for it."""
    move: Move = Move.NONE
    """What the last session (or the next-day answer after it) did."""
    before: Dose | None = None
    """The dose before the last step up or back."""
    reason: Reason = field(default_factory=Reason)
    """Why the last step up or back: a code, worded when shown."""


@dataclass(frozen=True)
class Did:
    """What one session said about one exercise."""

    done: bool = True
    """Every set of it done at the dose given: none skipped, none stopped partway, none made easier."""
    as_given: bool = True
    """The session ran this state's dose (not a gentler day, nor the routine taken as written instead)."""
    feel: Feel | None = None
    """The worst rating given to it in the session, if any."""
    effort: Effort | None = None
    """How hard the session felt (the check-in after), if answered."""
    pain: int | None = None
    """The back's pain after the session (0 to 10), if answered."""
    after_break: bool = False
    """The session came more than `BREAK_DAYS` days after the runner's last one."""
    short: bool = False
    """The session was stopped with less than a minute of exercise (`SessionSummary.too_short`): it never counts
    towards a step up, but red and amber in it act as always."""

    @property
    def red(self) -> bool:
        return self.feel is Feel.RED or (self.pain is not None and self.pain >= RED_PAIN)

    @property
    def amber(self) -> bool:
        return not self.red and (
            self.feel is Feel.AMBER
            or self.effort is Effort.TOO_HARD
            or (self.pain is not None and self.pain >= AMBER_PAIN)
        )

    @property
    def easy(self) -> bool:
        return self.done and self.as_given and not self.short and not self.red and not self.amber

    @property
    def silent(self) -> bool:
        """A short stopped session with no warning sign in it: it says nothing about the dose, either way."""
        return self.short and not self.red and not self.amber


def start(limits: Limits) -> State:
    """The state of a ladder never done before: as the routine that first uses it writes it."""
    return State(limits.key, limits.written)


def fits(state: State, limits: Limits) -> bool:
    """Whether `state` can lead the routine's step of `limits`: a rung of the same ladder, measured the same way
    (a hold, or reps)."""
    return state.dose.exercise in limits.ladder and state.dose.timed == limits.timed


def placed(state: State, limits: Limits) -> Dose:
    """The dose a routine's step of this ladder runs with the state (`fits`). A step that asks for the rung
    reached, or a harder one, runs the state's own dose, on the rung reached: never higher (the state itself moves
    to the next rung, at its entry dose, when a step up finds the rung reached at its target). A step that asks
    for an easier rung runs that rung at the routine's own dose, but no more than the target (30 seconds, 12
    reps) or the dose reached, if more: the rungs below were climbed to their target."""
    asked, reached = limits.rung(limits.written.exercise), limits.rung(state.dose.exercise)
    if asked >= reached:
        return state.dose
    target = TARGET_HOLD if limits.timed else TARGET_REPS
    return replace(limits.written, amount=min(limits.written.amount, max(state.dose.amount, target)))


def after_session(state: State, did: Did, limits: Limits) -> State:
    """The state after one session of the routine. A short stopped session (`Did.short`) with no amber or red in it
    leaves the state as it was; red in it steps back and amber counts, as in any other."""
    if did.silent:
        return state
    if did.after_break:
        state = replace(state, easy=0, amber=0)
    if did.red:
        why = Reason(Why.RED) if did.feel is Feel.RED else Reason(Why.PAIN, did.pain or 0)
        return step_back(state, limits, why)
    if did.amber:
        amber = state.amber + 1
        if amber >= AMBER_IN_A_ROW:
            return step_back(state, limits, Reason(Why.AMBER, amber))
        return replace(state, easy=0, amber=amber, move=Move.HOLD)
    if not did.easy:
        return replace(state, easy=0, amber=0, move=Move.HOLD)
    easy = state.easy + 1
    needed = EASY_SESSIONS - 1 if did.effort is Effort.TOO_EASY else EASY_SESSIONS
    if easy >= needed:
        why = Reason(Why.EASY_LAST_TOO_EASY if did.effort is Effort.TOO_EASY else Why.EASY, easy)
        moved = step_up(state, limits, why)
        if moved.dose != state.dose:
            return moved
    return replace(state, easy=easy, amber=0, move=Move.HOLD)


def lighter(dose: Dose, than: Dose, limits: Limits) -> bool:
    """Whether `dose` is easier than `than` on their ladder: a lower rung, or the same rung and less of it."""
    return (limits.rung(dose.exercise), dose.amount) < (limits.rung(than.exercise), than.amount)


def after_ran(state: State, ran: Dose, did: Did, limits: Limits, carry: bool = False) -> State:
    """The state after a session that ran `ran` for this ladder. The session is evidence only at the dose it
    ran: when that was not the state's own, the session holds (red still steps back). `carry`: a programme's gentle
    week ran it, and the state takes on a lighter dose it ran, so that the gentle weeks count, and the state
    climbs from there one step at a time. A routine that asked for an easier rung than the one reached ran that
    rung (`placed`), or lighter in a gentle week: no evidence for the rung reached, and never where it goes on
    from, so the counts stay as they were, unless the back said amber or red about it. A short stopped session
    (`Did.short`) carries nothing over and moves nothing, unless it was amber or red."""
    if did.silent:
        return state
    if ran.exercise in limits.ladder and ran.timed == state.dose.timed:
        if limits.rung(limits.written.exercise) < limits.rung(state.dose.exercise):  # an easier version asked for
            if not (did.red or did.amber):
                counts = (0, 0) if did.after_break else (state.easy, state.amber)  # a break starts them again
                return replace(state, easy=counts[0], amber=counts[1], move=Move.HOLD)
        elif carry and not did.short and lighter(ran, state.dose, limits):
            state = State(state.key, ran, amber=state.amber, before=state.dose)
    return after_session(state, replace(did, as_given=did.as_given and ran == state.dose), limits)


def after_next_day(state: State, answer: NextDay, limits: Limits) -> State:
    """The state after the answer, the day after its last session, to "How is your back compared to yesterday?"."""
    if answer is not NextDay.WORSE:
        return state
    why = Reason(Why.WORSE)
    if state.move is Move.UP and state.before is not None and state.before.exercise in limits.ladder:
        return replace(state, dose=state.before, before=state.dose, easy=0, amber=0, move=Move.BACK, reason=why)
    if state.amber > 0:
        return step_back(state, limits, why)
    return replace(state, easy=0, move=Move.HOLD)


def step_up(state: State, limits: Limits, why: Reason) -> State:
    """One step harder: more of the same up to the target, then the next rung at an easier dose, then up to
    the ceiling on the top rung. The same state when it is at its ceiling."""
    dose = state.dose
    rung = limits.rung(dose.exercise)
    top = rung == len(limits.ladder) - 1
    if dose.amount < limits.target or (top and dose.amount < limits.ceiling):
        amount = min(dose.amount + limits.step, limits.target if not top else limits.ceiling)
        new = replace(dose, amount=amount)
    elif not top:
        new = Dose(limits.ladder[rung + 1], limits.rung_start, dose.timed)
    else:
        return state
    return State(state.key, new, move=Move.UP, before=dose, reason=why)


def step_back(state: State, limits: Limits, why: Reason) -> State:
    """One step easier: the rung below at the same dose, or on the first rung a little less, never below the
    floor. The same dose (a hold) when there is nothing easier."""
    dose = state.dose
    rung = limits.rung(dose.exercise)
    if rung > 0:
        new = Dose(limits.ladder[rung - 1], dose.amount, dose.timed)
    else:
        new = replace(dose, amount=max(limits.floor, dose.amount - limits.step))
    if new == dose:
        return replace(state, easy=0, amber=0, move=Move.HOLD)
    return State(state.key, new, move=Move.BACK, before=dose, reason=why)
