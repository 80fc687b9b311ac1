#!/usr/bin/env python3
"""Eight weeks of a runner following "Back on track", through the app's own rules, printed day by day.

    .venv/bin/python scripts/simulate_weeks.py            the eight weeks, as text
    .venv/bin/python scripts/simulate_weeks.py --check    exit 1 if docs/eight-weeks.md no longer shows them

Nothing here decides anything: each day asks the programme what it has for today (`programmes.plan`), runs the
session with the workout's own flow (`workout.flow`, on a real engine and a fake clock, into a real history in a
temporary folder), rates exercises and answers the check-ins and the next-day question as the runner below does,
and prints what each session prescribed, how it went, and what the progression rules (`care.exercise_progress`)
moved for next time, and why. The runner has good days and bad: some amber and red, a "worse" morning, and a
week away with a cold. After the six weeks of the programme they go on with "Core for runners" three times a week.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from workout_timer import resources  # noqa: E402
from workout_timer.domain.care.back_care import CheckIn, Effort, Moment  # noqa: E402
from workout_timer.domain.care.exercise_plan import limits_of  # noqa: E402
from workout_timer.domain.care.exercise_progress import NextDay  # noqa: E402
from workout_timer.domain.care.gentler import Dial  # noqa: E402
from workout_timer.domain.care.progression import next_time  # noqa: E402
from workout_timer.domain.common.clock import FakeClock  # noqa: E402
from workout_timer.domain.common.dates import Form, written  # noqa: E402
from workout_timer.domain.common.language import current_locale, use  # noqa: E402
from workout_timer.domain.history.exercise_states import ladder_changes, states_of  # noqa: E402
from workout_timer.domain.history.store import HistoryStore  # noqa: E402
from workout_timer.domain.library.entry import Entry  # noqa: E402
from workout_timer.domain.library.library import Library  # noqa: E402
from workout_timer.domain.programmes.plan import MostlyDone, routines_finished, today_plan  # noqa: E402
from workout_timer.domain.programmes.programme_library import load_programme  # noqa: E402
from workout_timer.domain.routines.durations import format_duration  # noqa: E402
from workout_timer.domain.routines.routine import Routine, iter_exercise_steps  # noqa: E402
from workout_timer.domain.routines.timeline import build_timeline  # noqa: E402
from workout_timer.domain.session.engine import SessionEngine  # noqa: E402
from workout_timer.domain.session.events import Event  # noqa: E402
from workout_timer.domain.session.feel import Feel  # noqa: E402
from workout_timer.domain.session.summary import SessionSummary  # noqa: E402
from workout_timer.domain.workout.flow import Advise, Run, ShowSummary, Step, WorkoutFlow  # noqa: E402
from workout_timer.domain.workout.next_day import answer, question  # noqa: E402

START = dt.date(2027, 1, 4)
"""A Monday."""
WEEKS = 8
AWAY = range(21, 28)
"""The days (from the start) of the fourth week, away with a cold."""
AFTER_PROGRAMME = "core-for-runners"
"""What the runner goes on with, on Mondays, Wednesdays and Fridays, once the programme is done."""
DOC = ROOT / "docs" / "eight-weeks.md"


@dataclass(frozen=True)
class Session:
    """How one session goes for the runner: pain before and after (0 to 10), how hard it felt, the exercises
    rated in the rests (by id), and the answer the next morning."""

    before: int = 2
    after: int = 1
    effort: Effort = Effort.ABOUT_RIGHT
    felt: dict[str, Feel] = field(default_factory=dict)
    next_day: NextDay = NextDay.SAME


RUNNER: dict[int, Session] = {
    2: Session(before=3, after=2, felt={"plank": Feel.AMBER}),
    4: Session(effort=Effort.TOO_EASY, next_day=NextDay.BETTER),
    6: Session(after=0, effort=Effort.TOO_EASY),
    12: Session(before=3, after=2, felt={"plank": Feel.AMBER}),
    13: Session(felt={"plank": Feel.GREEN}, next_day=NextDay.WORSE),
    16: Session(after=3, felt={"side-plank": Feel.RED}),
    17: Session(effort=Effort.TOO_EASY, next_day=NextDay.BETTER),
    21: Session(before=1, after=0, effort=Effort.TOO_EASY, next_day=NextDay.BETTER),
}
"""The runner's days that differ from the usual (pain 2 before, 1 after, about right, the same next morning), by
session number."""


def simulate(folder: Path) -> list[str]:
    """The eight weeks, a line at a time, in English (as docs/eight-weeks.md shows them)."""
    was = current_locale()
    use("en_GB")
    try:
        return _weeks(folder)
    finally:
        use(was)


def _weeks(folder: Path) -> list[str]:
    library = Library(resources.routines_dir(), None, resources.catalogue_path())
    programme = load_programme(resources.programmes_dir() / "back-on-track.yaml", [e.id for e in library.entries()])
    wall = [0.0]
    history = HistoryStore(folder / "history.sqlite", wall_clock=lambda: wall[0])
    flow = WorkoutFlow(lambda: history, lambda: True)
    lines = [f"{programme.name}, from {_day(START)}; then {_name(library, AFTER_PROGRAMME)}."]
    done = 0
    for offset in range(WEEKS * 7):
        today = START + dt.timedelta(days=offset)
        wall[0] = dt.datetime.combine(today, dt.time(7)).timestamp()
        if offset % 7 == 0:
            lines += ["", f"Week {offset // 7 + 1}"]
        asked = question(history)
        if asked is not None:
            reply = RUNNER.get(done, Session()).next_day
            routines = [r for r in (_routine(library, routine_id) for routine_id in asked.routines) if r is not None]
            before = [(routine, states_of(history, routine)) for routine in routines]
            answer(history, asked, reply, lambda routine_id: _routine(library, routine_id))
            lines.append(f"{_day(today)}: the next morning, my back is {_words(reply)}.")
            for routine, was in before:
                said = next_time(routine, was, states_of(history, routine))
                lines += [] if said is None else [f"    next   {change}" for change in said.changes]
        if offset in AWAY:
            if offset == AWAY[0]:
                lines.append(f"{_day(today)} to {_day(START + dt.timedelta(days=AWAY[-1]))}: away with a cold.")
            continue
        finished = routines_finished(history.sessions(), MostlyDone(history.events), programme, START)
        plan = today_plan(programme, START, finished, today)
        routine_id, dial = plan.routine_id, plan.dose
        if plan.finished:
            routine_id, dial = (AFTER_PROGRAMME if today.weekday() in (0, 2, 4) else None), Dial.NORMAL
        if routine_id is None:
            continue
        entry = library.find(routine_id)
        assert entry is not None
        assert entry.routine is not None
        done += 1
        lines += _session(flow, entry, dial, RUNNER.get(done, Session()), f"{_day(today)}, session {done}")
    lines += _grew(history, library, "knee-plank", "the plank")
    history.close()
    return lines


def _grew(history: HistoryStore, library: Library, ladder: str, called: str) -> list[str]:
    """How a ladder's dose grew, told from the history's change rows alone: each change of dose, with the session
    that made it (or the morning after it)."""
    numbers = {record.id: n for n, record in enumerate(sorted(history.sessions(), key=lambda r: r.started_at), 1)}
    started = {record.id: record.started_at for record in history.sessions()}
    names = {
        exercise.id: exercise.name
        for entry in library.entries()
        if entry.routine
        for exercise in entry.routine.variants
    }
    lines = ["", f"How {called} grew, from the history's row for each change"]
    dose = None
    for change in ladder_changes(history, ladder, timed=True):
        if change.session is None or change.state.dose == dose:
            continue
        dose = change.state.dose
        when = _day(dt.date.fromtimestamp(change.at))
        after = " (the morning after)" if when != _day(dt.date.fromtimestamp(started[change.session])) else ""
        said = f"{names.get(dose.exercise, dose.exercise)}, {dose.words()}"
        lines.append(f"{when}, after session {numbers[change.session]}{after}: {said}")
    return lines


def _session(flow: WorkoutFlow, entry: Entry, dial: Dial, runner: Session, title: str) -> list[str]:
    """One session from Start to the summary, as the runner lives it; its lines."""
    assert entry.routine is not None
    steps = flow.start(entry, Dial.NORMAL, week=dial)
    steps = _go_on(flow, flow.answered(CheckIn(Moment.BEFORE, runner.before)))
    (run,) = steps
    assert isinstance(run, Run)
    week = "" if dial is Dial.NORMAL else f", {dial.label.lower()} this week"
    lines = [f"{title}: {entry.routine.name}{week}", f"    runs   {_doses(run.routine)}"]
    summary = _play(flow, run.routine, runner, entry.routine)
    flow.finished_session(summary, editor_open=False)
    (shown,) = _go_on(flow, flow.answered(CheckIn(Moment.AFTER, runner.after, runner.effort)))
    assert isinstance(shown, ShowSummary)
    felt = "".join(f", {feel.value} after {_exercise(entry.routine, ex)}" for ex, feel in runner.felt.items())
    lines.append(f"    felt   pain {runner.before} before, {runner.after} after, {runner.effort.label.lower()}{felt}")
    eased = summary.eased_line()
    if eased:
        lines.append(f"    eased  {eased}")
    if shown.suggestion is None:
        lines.append("    next   the same doses")
    else:
        lines += [f"    next   {change}" for change in shown.suggestion.changes]
    flow.summary_left(editor_open=False)
    return lines


def _go_on(flow: WorkoutFlow, steps: list[Step]) -> list[Step]:
    """Past any advice: the runner reads it and goes on."""
    return flow.check_in_done() if steps and isinstance(steps[0], Advise) else steps


def _play(flow: WorkoutFlow, routine: Routine, runner: Session, written: Routine) -> SessionSummary:
    """The whole session of `routine` (`written` as it runs today) on a fake clock: every step done, each rating
    given in the rest after the exercise, and after red the easier version taken at once (E)."""
    clock = FakeClock()
    timeline = build_timeline(routine)
    engine, summary = SessionEngine(timeline, clock), SessionSummary(timeline)

    def feed(events: list[Event]) -> None:
        summary.feed(events)
        flow.events(events, summary)
        flow.progress(engine.snapshot())

    feed(engine.start())
    while summary.completed is None:
        rating = engine.snapshot().rating
        rated = None if rating is None or rating.feel is not None or rating.work.exercise is None else rating.work
        feel = None if rated is None or rated.exercise is None else _feel(runner, rated.exercise.id, written)
        if feel is not None:
            feed(engine.rate(feel))
            if feel is Feel.RED:
                feed(engine.ease())
            continue
        wake = engine.next_wakeup(display=False)
        if wake is None:
            feed(engine.done())  # a step at your own pace: done
        else:
            clock.advance(max(0.0, wake - clock()))
            feed(engine.update())
    return summary


def _feel(runner: Session, exercise_id: str, routine: Routine) -> Feel | None:
    """The runner's rating after an exercise, given on its ladder in the routine as written: "plank" rates
    whichever plank runs."""
    ladders = [limits.ladder for limits in limits_of(routine).values()]
    for key, feel in runner.felt.items():
        ladder = next((ladder for ladder in ladders if key in ladder), (key,))
        if exercise_id in ladder:
            return feel
    return None


def _doses(routine: Routine) -> str:
    """ "Plank 30s × 3 · Glute bridge 10 reps × 2": the core and strength steps as they run."""
    parts = []
    for step in iter_exercise_steps(routine.steps):
        if step.exercise.kind.value not in ("core", "strength"):
            continue
        dose = f"{step.reps} reps" if step.reps is not None else format_duration(step.duration or 0)
        parts.append(f"{step.exercise.name} {dose}" + (f" × {step.sets}" if step.sets > 1 else ""))
    return " · ".join(parts)


def _exercise(routine: Routine, key: str) -> str:
    return next((s.exercise.name for s in iter_exercise_steps(routine.steps) if s.exercise.id == key), key)


def _routine(library: Library, routine_id: str) -> Routine | None:
    entry = library.find(routine_id)
    return None if entry is None else entry.routine


def _name(library: Library, routine_id: str) -> str:
    routine = _routine(library, routine_id)
    return routine.name if routine is not None else routine_id


def _day(day: dt.date) -> str:
    """ "Mon 4 Jan" """
    return written(day, Form.WEEKDAY_DAY)


def _words(reply: NextDay) -> str:
    return {NextDay.BETTER: "better", NextDay.SAME: "the same", NextDay.WORSE: "worse"}[reply]


def shown_in_doc(text: str) -> str:
    """The simulation as docs/eight-weeks.md shows it: the block between its ``` lines."""
    return text.split("```text\n", 1)[1].split("```", 1)[0]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="whether docs/eight-weeks.md shows today's output")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="workout-timer-weeks-") as folder:
        text = "\n".join(simulate(Path(folder))) + "\n"
    if args.check:
        same = shown_in_doc(DOC.read_text(encoding="utf-8")) == text
        sys.stderr.write("" if same else f"{DOC} no longer shows the simulation: run this script and paste it in\n")
        return 0 if same else 1
    sys.stdout.write(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
