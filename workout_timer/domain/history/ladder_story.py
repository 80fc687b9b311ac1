"""How each exercise grew: the history's change rows (`ladder_changes`) told as a story per ladder, for the history
window and the paper report.

A ladder's story starts at the dose it was first done at and lists every change of dose after it: the day, the rung
and dose it moved to, and why, worded from the reason's code in the language in use (`reasons`). A row that keeps
the dose (a session that held, a count that grew) is no step. A state moved from an older history (no session; it
kept no changes) is where the story starts, told as it stood at that update, never as where the ladder started.
Only ladders whose dose moved are told: in their steps, or before the update.

Names come from the sessions the history kept (each session keeps its exercises' ids with their names), so the
history needs no catalogue; a rung no kept session ran is called as the catalogue calls it, when it is given, else
by its id.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from workout_timer.domain.care.exercise_progress import Dose, Move
from workout_timer.domain.care.reasons import Reason
from workout_timer.domain.common.dates import Form, written
from workout_timer.domain.common.language import _
from workout_timer.domain.history.ladder_rows import state_from
from workout_timer.domain.history.records import SessionRecord

if TYPE_CHECKING:
    from workout_timer.domain.history.file.reading import HistoryReading
    from workout_timer.domain.routines.routine import Exercise

log = logging.getLogger("workout_timer.history")


@dataclass(frozen=True)
class Rung:
    """A dose with the name of its exercise: "Plank, 25 seconds"."""

    name: str
    dose: Dose

    def words(self) -> str:
        # Translators: an exercise and its dose: "Plank, 25 seconds", "Glute bridge, 10 reps".
        return _("{exercise}, {dose}").format(exercise=self.name, dose=self.dose.words())


@dataclass(frozen=True)
class LadderStep:
    """One change of a ladder's dose: when, where it moved to, which way, and why."""

    at: float
    """When the change was kept (Unix time)."""
    session: int | None
    """The session that made it (or was asked about, the morning after); None for a state kept before changes were."""
    to: Rung
    move: Move
    reason: Reason

    @property
    def day(self) -> dt.date:
        return dt.datetime.fromtimestamp(self.at).date()

    def why(self) -> str:
        """Why the dose moved, in the language in use."""
        if self.move is Move.UP:
            if not self.reason.code:
                return _("a step up")
            # Translators: why a dose went up; {reason} is e.g. "3 easy sessions in a row".
            return _("up after {reason}").format(reason=self.reason.words())
        if self.move is Move.BACK:
            if not self.reason.code:
                return _("a step back")
            # Translators: why a dose went back; {reason} is e.g. "your back said red after it".
            return _("back because {reason}").format(reason=self.reason.words())
        # A programme's gentle week ran the exercise lighter, and the ladder went on from there.
        return _("lighter, as your programme's gentle week ran it")

    def words(self) -> str:
        """ "6 Dec: Plank, 25 seconds, up after 3 easy sessions in a row." """
        # Translators: one step of an exercise's story: {day} "6 Dec", {rung} "Plank, 25 seconds", {why} why it moved.
        return _("{day}: {rung}, {why}.").format(day=written(self.day, Form.DAY), rung=self.to.words(), why=self.why())


@dataclass(frozen=True)
class LadderStory:
    """One ladder from where it started to where it is now; `steps` oldest first."""

    key: str
    timed: bool
    start: Rung
    steps: tuple[LadderStep, ...]
    updated: float | None = None
    """For a story that starts at a state moved from an older history: when that state was kept (Unix time)."""

    @property
    def now(self) -> Rung:
        return self.steps[-1].to if self.steps else self.start

    @property
    def title(self) -> str:
        """The ladder by the exercise it is on now (the rungs below were climbed to reach it)."""
        return self.now.name

    def summary(self, by: dt.date | None = None) -> str:
        """ "Started at Knee plank, 20 seconds; now Plank, 25 seconds." (`by`: where it was on that day, for a
        report that ends before today.)"""
        if self.updated is not None:
            return self._since_update(by)
        if by is not None:
            # Translators: where an exercise started and where it was on {day} ("30 November 2026").
            said = _("Started at {start}; on {day}, {now}.")
            return said.format(start=self.start.words(), day=written(by, Form.LONG_DAY_IN_YEAR), now=self.now.words())
        # Translators: where an exercise started and where it is now: "Knee plank, 20 seconds", "Plank, 25 seconds".
        return _("Started at {start}; now {now}.").format(start=self.start.words(), now=self.now.words())

    def _since_update(self, by: dt.date | None) -> str:
        """The story of a state moved from an older history: where it stood at the update, and where it is now."""
        day = written(dt.datetime.fromtimestamp(self.updated or 0.0).date(), Form.LONG_DAY_IN_YEAR)
        if not self.steps:
            # Translators: an exercise as an update of the app found it: "Plank, 25 seconds"; {day} "20 March 2026".
            return _("{rung}, as of the update on {day}; no change since.").format(rung=self.start.words(), day=day)
        if by is not None:
            # Translators: an exercise as of an update of the app on {updated}, and where it was on {day}.
            said = _("{start}, as of the update on {updated}; on {day}, {now}.")
            day_by = written(by, Form.LONG_DAY_IN_YEAR)
            return said.format(start=self.start.words(), updated=day, day=day_by, now=self.now.words())
        # Translators: an exercise as of an update of the app on {day}, and where it is now.
        return _("{start}, as of the update on {day}; now {now}.").format(
            start=self.start.words(), day=day, now=self.now.words()
        )

    def newest_first(self) -> tuple[LadderStep, ...]:
        return tuple(reversed(self.steps))

    def accessible(self) -> str:
        """The whole story in words for a screen reader, newest step first."""
        # Translators: an exercise and its story, for a screen reader: "Plank: Started at Plank, 20 seconds; now …".
        told = _("{exercise}: {story}").format(exercise=self.title, story=self.summary())
        return " ".join([told, *(step.words() for step in self.newest_first())])


def exercise_names(records: Iterable[SessionRecord]) -> dict[str, str]:
    """Each exercise's name by its id, as the latest session that ran it called it."""
    names: dict[str, str] = {}
    for record in sorted(records, key=lambda r: (r.started_at, r.id)):
        for segment in record.segments:
            exercise, name = segment.get("exercise"), segment.get("exercise_name")
            if exercise and name:
                names[str(exercise)] = str(name)
    return names


def stories(
    rows: Iterable[tuple[int | None, str, bool, str, float]], names: Mapping[str, str], until: float | None = None
) -> list[LadderStory]:
    """The story of each ladder whose dose moved, from its change rows (session, ladder, timed, state as JSON, at;
    oldest first), the ladder whose dose changed latest first. `until`: rows after it are left out (a report ends on
    its last day). A row that can't be read is left out."""
    starts: dict[tuple[str, bool], Rung] = {}
    steps: dict[tuple[str, bool], list[LadderStep]] = {}
    last: dict[tuple[str, bool], Dose] = {}
    latest: dict[tuple[str, bool], float] = {}
    """When each ladder's dose last changed (or it started)."""
    updated: dict[tuple[str, bool], float] = {}
    """When the state each ladder moved from an older history was kept."""
    moved_before: set[tuple[str, bool]] = set()
    """The ladders whose state, moved from an older history, had moved its dose there."""
    for session, ladder, timed, text, at in rows:
        if until is not None and at > until:
            continue
        key = (ladder, bool(timed))
        try:
            state = replace(state_from(json.loads(text)), key=ladder)
        except (ValueError, KeyError, TypeError) as error:
            log.warning("A change of %s can't be read (%s): left out", ladder, error)
            continue
        rung = Rung(names.get(state.dose.exercise, state.dose.exercise), state.dose)
        if key not in starts and session is None:  # moved from an older history: as it stood then
            latest[key] = updated[key] = at
            if state.before is not None:
                moved_before.add(key)
            starts[key], last[key], steps[key] = rung, state.dose, []
        if key not in starts:
            latest[key] = at
            moved = state.move in (Move.UP, Move.BACK) and state.before is not None
            first = state.before if moved and state.before is not None else state.dose
            starts[key] = Rung(names.get(first.exercise, first.exercise), first)
            last[key] = first
            steps[key] = []
        if state.dose != last[key]:
            why = state.reason if state.move in (Move.UP, Move.BACK) else Reason()
            steps[key].append(LadderStep(at, session, rung, state.move, why))
            last[key] = state.dose
            latest[key] = at
    told = [
        LadderStory(key[0], key[1], starts[key], tuple(steps[key]), updated.get(key))
        for key in starts
        if steps[key] or key in moved_before
    ]
    return sorted(told, key=lambda story: (-latest[story.key, story.timed], story.title))


def catalogue_names(catalogue: Mapping[str, Exercise]) -> dict[str, str]:
    """Each exercise's name by its id, as the catalogue (in the language in use) calls it."""
    return {exercise_id: exercise.name for exercise_id, exercise in catalogue.items()}


def ladder_stories(
    history: HistoryReading, names: Mapping[str, str] | None = None, until: float | None = None
) -> list[LadderStory]:
    """Every ladder's story from the history's change rows, named as `names` (the catalogue's) calls them, else as
    the sessions kept them."""
    rows = history.read("SELECT session_id, ladder, timed, state, at FROM ladder_changes ORDER BY id")
    return stories(
        [(session, str(ladder), bool(timed), str(text), float(at)) for session, ladder, timed, text, at in rows],
        exercise_names(history.sessions()) | dict(names or {}),
        until,
    )


def no_stories() -> str:
    return _("No exercise has changed its dose yet: after a few easy sessions, the steps up show here.")
