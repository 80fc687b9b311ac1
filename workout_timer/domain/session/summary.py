"""What a session amounted to, worked out from the engine's events: for the summary screen."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from enum import StrEnum

from workout_timer.domain.common.language import _, ngettext
from workout_timer.domain.routines.timeline import Phase, Segment, Timeline
from workout_timer.domain.session.events import (
    Done,
    Eased,
    Event,
    Felt,
    MovedOn,
    Paused,
    Resumed,
    SegmentStarted,
    SessionFinished,
    Skipped,
)
from workout_timer.domain.session.feel import Feel
from workout_timer.domain.session.snapshot import Snapshot

MOSTLY_DONE = 0.75
"""The share of a routine's exercise steps done for a session to say something about the routine."""


ENOUGH_EXERCISE = 60.0
"""Seconds of exercise (work steps, pauses left out) a stopped session needs to count towards a step up (red and amber
in a shorter one still count), and a routine's sessions of a day need this much together for the day to be
trained (`history.stats.routines_done`)."""


def mostly_done(done_share: float) -> bool:
    """Whether a session says something about its routine: most of its exercise steps done, not skipped."""
    return done_share >= MOSTLY_DONE


class Outcome(StrEnum):
    DONE = "done"
    SKIPPED = "skipped"
    STOPPED = "stopped"
    """The session was stopped during it."""


@dataclass
class StepLeaving:
    """How each segment of a session was left, by its index: the one rule, for a session as it goes
    (`SessionSummary`) and for one read back from its stored events (`history.event_log.step_outcomes`). Moving on
    to the next segment, Done, moving on at your own pace or the routine's end make a segment done; → skips it;
    stopping in it stops it; going back or restarting leaves it open. The last leaving counts, as a step skipped
    and then gone back to can still be done."""

    keep: Callable[[int], bool] = lambda _index: True
    """Which segments' outcomes are kept (the summary keeps its work segments')."""
    outcomes: dict[int, Outcome] = field(default_factory=dict)
    current: int | None = None
    """The segment under way (or the last one, once left)."""
    left: bool = True

    def started(self, index: int) -> None:
        self.leave(Outcome.DONE)
        self.current, self.left = index, False

    def skipped(self, index: int, to: int) -> None:
        self.leave(Outcome.SKIPPED if to > index else None)

    def finished(self, completed: bool) -> None:
        self.leave(Outcome.DONE if completed else Outcome.STOPPED)

    def leave(self, outcome: Outcome | None) -> None:
        """The current segment ends with `outcome` (None: it is about to be done again)."""
        if self.left or self.current is None:
            return
        self.left = True
        if outcome is not None and self.keep(self.current):
            self.outcomes[self.current] = outcome


@dataclass
class SessionSummary:
    """Tallies the work segments of one session as its events arrive (feed it every event, in order)."""

    timeline: Timeline
    completed: bool | None = None
    """None while the session runs; then True (finished) or False (stopped)."""
    active: float = 0.0
    """Seconds of the session not spent paused."""
    work: float = 0.0
    """Seconds spent in work segments, pauses left out: getting ready, rests and switches don't count."""
    paused: float = 0.0
    from_remote: bool = False
    """Stopped from a media remote, without the question."""
    eased: list[Eased] = field(default_factory=list)
    """Each time an exercise was made easier during the session, in order."""
    felt: list[Felt] = field(default_factory=list)
    """How the back felt after the exercises rated, in order."""
    _steps: StepLeaving = field(init=False)
    _in_work: bool = False
    _is_paused: bool = False
    _work_since: float | None = None
    _work_before_step: float = 0.0
    """The work done before the step under way began."""

    def __post_init__(self) -> None:
        self._steps = StepLeaving(keep=lambda index: self.timeline[index].phase is Phase.WORK)

    @property
    def outcomes(self) -> dict[int, Outcome]:
        """How each work segment left so far was left, by its index."""
        return self._steps.outcomes

    def feed(self, events: list[Event]) -> None:
        for event in events:
            self._feed(event)

    def _feed(self, event: Event) -> None:
        if isinstance(event, SegmentStarted):
            self._steps.started(event.segment.index)
            self._stop_clock(event.planned)
            self._work_before_step = self.work
            self._in_work = event.segment.phase is Phase.WORK
            self._start_clock(event.planned)
        elif isinstance(event, Paused):
            self._stop_clock(event.planned)
            self._is_paused = True
        elif isinstance(event, Resumed):
            self._is_paused = False
            self._start_clock(event.planned)
        elif isinstance(event, Skipped):
            self._steps.skipped(event.index, event.to)
        elif isinstance(event, (Done, MovedOn)):  # moved on by itself: done at your own pace, from the mat
            self._steps.leave(Outcome.DONE)
        elif isinstance(event, Eased):
            self.timeline = event.timeline  # the steps done from here on are the easier variant's
            self.eased.append(event)
        elif isinstance(event, Felt):
            self.felt.append(event)
        elif isinstance(event, SessionFinished):
            self._stop_clock(event.planned)
            self._steps.finished(event.completed)
            self.completed = event.completed
            self.from_remote = event.from_remote
            self.active = event.active
            self.paused = max(0.0, event.planned - event.active)

    def _start_clock(self, at: float) -> None:
        """Work time counts from `at`, if a work segment runs."""
        self._work_since = at if self._in_work and not self._is_paused else None

    def _stop_clock(self, at: float) -> None:
        if self._work_since is not None:
            self.work += max(0.0, at - self._work_since)
        self._work_since = None

    def work_so_far(self, snapshot: Snapshot) -> float:
        """Seconds of exercise at the moment of `snapshot`: `work`, plus the time in the work step under
        way (which `work` counts only once the step ends or pauses), pauses left out as its `elapsed` is."""
        if self.completed is not None or snapshot.index != self._steps.current or not self._in_work:
            return self.work
        return self._work_before_step + snapshot.elapsed

    @property
    def done(self) -> list[Segment]:
        return self._with(Outcome.DONE)

    @property
    def skipped(self) -> list[Segment]:
        return self._with(Outcome.SKIPPED)

    @property
    def stopped(self) -> list[Segment]:
        """The step the session was stopped during (none, or one)."""
        return self._with(Outcome.STOPPED)

    @property
    def not_reached(self) -> list[Segment]:
        """Work steps the session never finished, skipped or stopped in (it ended before them)."""
        return [s for s in self.timeline.segments if s.phase is Phase.WORK and s.index not in self.outcomes]

    @property
    def too_short(self) -> bool:
        """Whether the session was stopped with too little exercise (under `ENOUGH_EXERCISE`) to count towards a
        step up. A routine done in full is never too short, however short it is written."""
        return self.completed is False and self.work < ENOUGH_EXERCISE

    @property
    def work_total(self) -> int:
        return self.timeline.work_count

    @property
    def done_share(self) -> float:
        """The part of the routine's exercise steps done, not skipped (0 for a routine with none)."""
        return len(self.done) / self.work_total if self.work_total else 0.0

    @property
    def headline(self) -> str:
        """What the summary says first: praise only for a session that was mostly done."""
        if not self.completed:
            return _("Session stopped from your remote") if self.from_remote else _("Session stopped")
        return _("Well done!") if mostly_done(self.done_share) else _("The routine is over")

    @property
    def closing(self) -> str:
        """A last word that fits how the session went."""
        if not self.completed:
            return _("Stopping early is fine. If something hurt, take it easy and try a gentler routine next time.")
        if not mostly_done(self.done_share):
            return _("Most steps were skipped this time. A shorter or gentler routine may suit today better.")
        return _("Drink some water, and give your muscles a moment before you rush off.")

    def short_line(self) -> str:
        """What a session too short to count (`too_short`) means for next time, kindly; "" for any other."""
        if not self.too_short:
            return ""
        return _("A short one today, and that is fine. It was too short to count towards a step up.")

    def eased_line(self) -> str:
        """ "Made easier today: Plank → Plank on your knees." or "" when nothing was."""
        if not self.eased:
            return ""
        changes = ", ".join(f"{event.exercise.name} → {event.easier.name}" for event in self.eased)
        # Translators: {changes} lists each exercise made easier and the one taken instead: "Plank → Knee plank".
        said = _("Made easier today: {changes}. Listening to your back is part of the training.")
        return said.format(changes=changes)

    def felt_line(self) -> str:
        """ "Your back: green after Plank, amber after Side plank." or "" when nothing was rated."""
        if not self.felt:
            return ""
        said = ", ".join(_felt_after(event) for event in self.felt)
        # Translators: {ratings} lists how the back felt after each exercise rated: "green after Plank, amber after …".
        return _("Your back: {ratings}.").format(ratings=said)

    def steps_line(self) -> str:
        """ "1 of 19 steps done, 16 skipped, 1 stopped partway, 1 not reached": every step told apart."""
        total = self.work_total
        parts = [ngettext("{done} of {total} step done", "{done} of {total} steps done", total)]
        if self.skipped:
            # Translators: a part of "1 of 19 steps done, 16 skipped, 1 stopped partway, 1 not reached".
            parts.append(ngettext("{skipped} skipped", "{skipped} skipped", len(self.skipped)))
        if self.stopped:
            parts.append(ngettext("{stopped} stopped partway", "{stopped} stopped partway", len(self.stopped)))
        if self.not_reached:
            parts.append(ngettext("{unreached} not reached", "{unreached} not reached", len(self.not_reached)))
        return ", ".join(parts).format(
            done=len(self.done),
            total=total,
            skipped=len(self.skipped),
            stopped=len(self.stopped),
            unreached=len(self.not_reached),
        )

    def _with(self, outcome: Outcome) -> list[Segment]:
        return [self.timeline[i] for i, found in sorted(self.outcomes.items()) if found is outcome]


def _felt_after(event: Felt) -> str:
    """ "green after Plank": one rating, as the summary lists it."""
    name = event.exercise.name
    if event.feel is Feel.GREEN:
        return _("green after {name}").format(name=name)
    if event.feel is Feel.AMBER:
        return _("amber after {name}").format(name=name)
    return _("red after {name}").format(name=name)
