"""The way through a workout, from Start to the summary, as a small state machine.

Start → (the check-in before → advice, if any) → the session → (the check-in after → advice) → the
summary, with a suggestion for next time. Each method takes what the user or the session did and
returns the steps the screen should take next (`Ask`, `Advise`, `Run`, `ShowSummary`, ...); the Qt
controller carries them out and never decides. The history is written from here as the session
goes: the session's row once its clock starts, its events, its progress and the check-ins.

An editor's "Try it" (`trial`) runs the routine as it stands, asks nothing, keeps nothing in the
history, and leads back to the editor.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from enum import Enum, auto
from typing import TYPE_CHECKING

from workout_timer.domain.care.back_care import GENTLE_ROUTINE, Advice, CheckIn, advice
from workout_timer.domain.care.gentler import Dial
from workout_timer.domain.library.entry import Entry
from workout_timer.domain.workout.session_setup import dose_words, todays_routine

if TYPE_CHECKING:  # the engine, the summary and the history load with the first session, not before the first paint
    from workout_timer.domain.care.card_choice import CardChoice
    from workout_timer.domain.care.cards import Card
    from workout_timer.domain.care.exercise_progress import State
    from workout_timer.domain.care.progression import Suggestion
    from workout_timer.domain.history.store import HistoryStore
    from workout_timer.domain.routines.routine import Routine
    from workout_timer.domain.session.events import Event
    from workout_timer.domain.session.snapshot import Snapshot
    from workout_timer.domain.session.summary import SessionSummary


@dataclass(frozen=True)
class Ask:
    """Ask how the back is: before the session, or after it (only ever after one asked before it)."""

    before: bool
    routine_name: str


@dataclass(frozen=True)
class Advise:
    """Show what the answer calls for (warning signs, high or rising pain)."""

    advice: Advice


@dataclass(frozen=True)
class Run:
    """Open the player on `entry` and start the session: each exercise at its own dose (`states`, unless
    `as_written`), as gentle as `dial` says."""

    entry: Entry
    trial: bool = False
    dial: Dial = Dial.NORMAL
    states: Mapping[str, State] = field(default_factory=dict)
    as_written: bool = False
    week: Dial | None = None
    """The programme week's dose, when the session is the programme's for today."""

    @property
    def routine(self) -> Routine:
        """The routine as it runs today (`session_setup.todays_routine`)."""
        assert self.entry.routine is not None
        return todays_routine(self.entry.routine, self.states, self.dial, self.as_written, self.week)

    @property
    def level(self) -> Dial:
        """How much gentler than the runner's own doses it runs: the lighter of the dial and the programme week."""
        from workout_timer.domain.care.week_dose import lighter_level

        return self.dial if self.week is None else lighter_level(self.dial, self.week)

    @property
    def dose(self) -> str:
        """Which of the dial and the programme week applied, with the numbers (`session_setup.dose_words`)."""
        assert self.entry.routine is not None
        own = todays_routine(self.entry.routine, self.states, Dial.NORMAL, self.as_written)
        return dose_words(own, self.routine, self.dial, self.week)


@dataclass(frozen=True)
class ShowSummary:
    summary: SessionSummary
    suggestion: Suggestion | None = None
    back_to_editor: bool = False
    trial: bool = False
    """The editor's Try it: nothing of it was kept (the summary says so)."""
    card: Card | None = None
    """A short tip about looking after a back, chosen for this summary (`care.card_choice`)."""
    dose: str = ""
    """Which of the gentler-today dial and the programme week made the session lighter, with the numbers."""


@dataclass(frozen=True)
class ShowPreview:
    entry: Entry
    week: Dial | None = None
    """The programme week's dose it was started at: the preview shows it there again."""


@dataclass(frozen=True)
class ShowLibrary:
    select: str = ""
    """The id of a routine to choose in the list ("" for the one chosen before)."""


@dataclass(frozen=True)
class ShowEditor:
    """Back to the editor whose "Try it" this was."""


Step = Ask | Advise | Run | ShowSummary | ShowPreview | ShowLibrary | ShowEditor


class Stage(Enum):
    IDLE = auto()
    BEFORE = auto()
    """Asking before the session, or showing the advice the answer called for."""
    RUNNING = auto()
    AFTER = auto()
    """Asking after the session, or showing the advice."""
    SUMMARY = auto()


class WorkoutFlow:
    """One workout at a time, from Start to the summary.

    `history` opens the history the first time it is needed (a problem with it is told by the store,
    never fatal); `check_ins` says whether the user wants to be asked before and after (read at each
    workout: the setting can change between them); `cards` chooses the tip a summary shows (none without it).
    """

    def __init__(
        self, history: Callable[[], HistoryStore], check_ins: Callable[[], bool], cards: CardChoice | None = None
    ) -> None:
        self._history = history
        self._check_ins = check_ins
        self._cards = cards
        self.stage = Stage.IDLE
        self.entry: Entry | None = None
        """The routine of the workout under way, or of the last one (Again starts it anew)."""
        self.trial = False
        self.before: CheckIn | None = None
        """The answer before the session, kept with it in the history once its clock starts."""
        self._asked_before = False
        self.session: int | None = None
        """The history's id of the session running (or just ended); None for a trial or before its start."""
        self.started = False
        """The session running (or just ended) got past its wait for the voice: its clock started."""
        self.finished: SessionSummary | None = None
        self._finished_session: int | None = None
        self.suggestion: Suggestion | None = None
        self.dial = Dial.NORMAL
        """How much gentler than written the workout under way (or the last one, for Again) runs."""
        self.as_written = False
        """The workout under way (or the last one) takes the routine as written, not each exercise's own dose."""
        self.week: Dial | None = None
        """The programme week's dose of the workout under way (or the last one), when it is the programme's."""
        self.after: CheckIn | None = None
        """The answer after the session, for the progression."""
        self._states: dict[str, State] = {}
        """Each exercise's state the session under way (or just ended) runs with."""
        self._advanced = False
        """The session just ended has moved each exercise's state (once)."""
        self._dose = ""
        """Which of the dial and the programme week made the session under way (or just ended) lighter."""
        self._started_wall = 0.0
        """When (Unix time) the session under way, or just ended, started."""

    # -- from the screens ------------------------------------------------------------------

    def start(
        self, entry: Entry, dial: Dial | None = None, as_written: bool | None = None, week: Dial | None = None
    ) -> list[Step]:
        """Start (or Again, keeping the dial, the programme's week and the choice of the routine as written): the
        check-in first when the user wants it, else the session. `week`: the programme week's dose, when this is
        the programme's session for today."""
        if entry.routine is None:
            return [ShowPreview(entry)]
        self.entry, self.trial, self.before, self._asked_before = entry, False, None, False
        self.week = self.week if dial is None else week
        self.dial = self.dial if dial is None else dial
        self.as_written = self.as_written if as_written is None else as_written
        if not self._check_ins():
            return self._run()
        self.stage = Stage.BEFORE
        self._asked_before = True
        return [Ask(before=True, routine_name=entry.routine.name)]

    def run_now(self, entry: Entry) -> list[Step]:
        """`workout-timer start ROUTINE` (and a later launch's): the routine at each exercise's own dose, neither
        gentler nor the programme's week, and asked about as Start asks: the check-in before it when the user wants
        check-ins. Both or neither: the answer after is read against the one before (the pain chart, the advice),
        and a launcher or the reminder may be how a runner starts every session."""
        return self.start(entry, Dial.NORMAL, as_written=False, week=None)

    def try_out(self, entry: Entry) -> list[Step]:
        """The editor's "Try it": the routine as it stands, no check-in, nothing kept."""
        if entry.routine is None:
            return [ShowPreview(entry)]
        self.entry, self.trial, self.before, self._asked_before = entry, True, None, False
        self.dial, self.as_written, self.week = Dial.NORMAL, False, None
        return self._run()

    def again(self) -> list[Step]:
        """The summary's Again: the same routine anew (tried again, after a Try it)."""
        if self.entry is None or self.stage is not Stage.SUMMARY:
            return []
        return self.try_out(self.entry) if self.trial else self.start(self.entry)

    def answered(self, answer: CheckIn) -> list[Step]:
        """A check-in was answered: advice when the answer calls for it, else on to the session or the summary."""
        if self.stage is not (Stage.BEFORE if answer.before else Stage.AFTER):
            return []  # an answer to a question no longer open
        history = self._history()
        gentle = self.entry is not None and self.entry.id == GENTLE_ROUTINE
        said = advice(answer, history.pain_so_far(), gentle)
        if answer.before:
            self.before = answer
            return self._run() if said is None else [Advise(said)]
        history.check_in(self._finished_session, answer)
        self.after = answer
        return self._summary() if said is None else [Advise(said)]

    def check_in_done(self) -> list[Step]:
        """The check-in was skipped, or the user went on after the advice."""
        if self.stage is Stage.BEFORE:
            return self._run()
        if self.stage is Stage.AFTER:
            return self._summary()
        return []

    def take_gentle(self) -> list[Step]:
        """The user takes the advice (before a session, or after one: its summary is left out, the session
        is kept): the library, with the gentlest routine chosen."""
        if self.stage is Stage.AFTER and self.finished is not None:
            self._advance(self.finished)
        self.stage, self.before = Stage.IDLE, None
        return [ShowLibrary(select=GENTLE_ROUTINE)]

    def summary_left(self, editor_open: bool) -> list[Step]:
        """The summary's way back: to the editor after its "Try it" (while it is open), else the library."""
        trial, self.trial, self.stage = self.trial, False, Stage.IDLE
        return [ShowEditor()] if trial and editor_open else [ShowLibrary()]

    def take_suggestion(self) -> Suggestion | None:
        """The suggestion the user accepted (once); `suggestion_saved` follows when it was saved."""
        suggestion, self.suggestion = self.suggestion, None
        return suggestion

    def suggestion_saved(self, entry: Entry) -> None:
        """The user's own version replaces the routine: Again starts it."""
        if entry.routine is not None:
            self.entry = entry

    # -- from the session ------------------------------------------------------------------

    def events(self, events: list[Event], summary: SessionSummary) -> None:
        """The session's events, once `summary` (the session's own) has been fed them: the history keeps
        the session from the moment its clock starts, with the check-in before it."""
        from workout_timer.domain.session.events import SessionStarted

        if any(isinstance(event, SessionStarted) for event in events):
            self.started = True
            if not self.trial:
                history = self._history()
                self._started_wall = history.now()
                self.session = history.begin(summary, self._run_step().level)  # what ran: the dial, or the week
                if self.before is not None:
                    history.check_in(self.session, self.before)
        if self.session is not None:
            self._history().record(self.session, events)

    def progress(self, snapshot: Snapshot) -> None:
        """Keep the time exercised so far in the history, so a session cut short keeps it."""
        if snapshot.segment is not None and self.session is not None:
            self._history().progress(self.session, snapshot)

    def finished_session(self, summary: SessionSummary, editor_open: bool) -> list[Step]:
        """The session ended or was stopped: the check-in after, the summary, or back where it began."""
        self.finished, self._finished_session = summary, self.session
        if not self.started:  # stopped while it waited for the voice: nothing happened, so back we go
            self.finished = None
            if self.trial and editor_open:
                return self.summary_left(editor_open)
            self.stage = Stage.IDLE
            return [ShowPreview(self.entry, self.week)] if self.entry is not None else [ShowLibrary()]
        if self.trial:
            self.stage = Stage.SUMMARY
            return [ShowSummary(summary, back_to_editor=editor_open, trial=True)]
        if self._asked_before and self._check_ins():  # both or neither (a lone answer after is read against none)
            self.stage = Stage.AFTER
            name = self.entry.routine.name if self.entry is not None and self.entry.routine is not None else ""
            return [Ask(before=False, routine_name=name)]
        return self._summary()

    # -- inside ----------------------------------------------------------------------------

    def _run(self) -> list[Step]:
        assert self.entry is not None
        assert self.entry.routine is not None
        self.stage, self.started, self.session, self.finished = Stage.RUNNING, False, None, None
        self.suggestion, self.after, self._advanced = None, None, False
        self._states = {} if self.trial else self._kept_states(self.entry.routine)
        run = self._run_step()
        self._dose = run.dose  # as it ran: the states move once it ends
        return [run]

    def _run_step(self) -> Run:
        assert self.entry is not None
        return Run(self.entry, self.trial, self.dial, self._states, self.as_written, self.week)

    def _kept_states(self, routine: Routine) -> dict[str, State]:
        from workout_timer.domain.history.exercise_states import states_of

        return states_of(self._history(), routine)

    def _summary(self) -> list[Step]:
        self.stage = Stage.SUMMARY
        finished = self.finished
        if finished is None:
            self.stage = Stage.IDLE
            return [ShowLibrary()]
        self.suggestion = self._progression(finished)
        card = None
        if self._cards is not None:
            starts = [record.started_at for record in self._history().sessions()]
            card = self._cards.at_summary(starts, [event.feel for event in finished.felt])
        return [ShowSummary(finished, self.suggestion, card=card, dose=self._dose)]

    def _progression(self, finished: SessionSummary) -> Suggestion | None:
        """Each exercise's dose for next time (`exercise_progress` decides), and the steps it took, for the
        summary."""
        from workout_timer.domain.care.progression import next_time

        entry = self.entry
        if entry is None or entry.routine is None:
            return None
        before = self._states
        after = self._advance(finished)
        return next_time(entry.routine, before, after)

    def _advance(self, finished: SessionSummary) -> dict[str, State]:
        """Move each exercise's state by what the session just ended said (once), and keep it in the history."""
        from workout_timer.domain.care.exercise_plan import advance, limits_of
        from workout_timer.domain.care.week_dose import carried, lighter_level
        from workout_timer.domain.history.exercise_states import keep_states

        entry = self.entry
        if self.trial or entry is None or entry.routine is None or self._advanced:
            return self._states
        self._advanced = True
        week = Dial.NORMAL if self.week is None else self.week
        as_given = not self.as_written and lighter_level(self.dial, week) is week  # no gentler than the week
        carry = carried(self.week, limits_of(entry.routine))  # a gentle week's doses are where the states go on from
        history = self._history()
        ran = self._run_step().routine
        after_break = self._after_break(history)
        after = advance(entry.routine, self._states, finished, as_given, self.after, after_break, ran, carry)
        keep_states(history, entry.routine, self._states, after, self._finished_session)
        self._states = after
        return after

    def _after_break(self, history: HistoryStore) -> bool:
        """Whether the session just ended came more than `BREAK_DAYS` days (by the calendar) after the last day
        trained before it (the history's one definition: `stats.routines_done`)."""
        from workout_timer.domain.care.exercise_progress import BREAK_DAYS
        from workout_timer.domain.history.stats import local_day, routines_done

        earlier = routines_done(r for r in history.sessions() if r.started_at < self._started_wall)
        if not earlier:
            return False
        return (local_day(self._started_wall) - max(earlier)).days > BREAK_DAYS
