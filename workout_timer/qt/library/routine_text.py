"""A routine described in HTML for the library's details and the preview (plain text from the domain, escaped)."""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

from workout_timer.domain.common.plurals import counted, english_noun
from workout_timer.domain.library.browse import equipment_list
from workout_timer.domain.library.entry import Entry, Source
from workout_timer.domain.routines.durations import format_duration, length_text
from workout_timer.domain.routines.routine import (
    Circuit,
    Defaults,
    Exercise,
    ExerciseStep,
    RestStep,
    Routine,
    Sides,
    Step,
    iter_exercise_steps,
)
from workout_timer.domain.routines.timeline import build_timeline

SAFETY_NOTE = (
    "Stop any exercise that causes sharp pain. Back pain that lasts, keeps coming back or spreads into "
    "your legs is worth showing to a doctor."
)


LISTED = 40
"""Steps listed in a routine's description (in each circuit, too); the rest are counted."""

PICTURE_SIZE = (90, 54)
"""Width and height of each exercise's picture in the list of steps, in pixels."""


def picture_url(exercise: Exercise, mirrored: bool) -> str:
    """The name a still picture of `exercise` is registered under in a text document."""
    return f"pose:{exercise.id}{':mirrored' if mirrored else ''}"


def routine_html(entry: Entry, pictures: bool = False, mistakes: bool = False) -> str:
    """The routine described; with `pictures`, each step shows its exercise's figure (see `picture_url`);
    with `mistakes`, the common mistakes of its exercises are listed."""
    if entry.routine is None and (unreadable := entry.unreadable) is not None:
        return (
            f"<h2>{escape(entry.id)}</h2><p>This can't be opened as a routine: {escape(unreadable.message)}.</p>"
            f"<p><code>{escape(str(entry.path))}</code></p>"
        )
    if entry.routine is None:
        problems = "".join(f"<li><code>{escape(str(p))}</code></li>" for p in entry.problems)
        return (
            f"<h2>{escape(entry.id)}</h2><p>This routine file has mistakes, so it cannot be started yet. "
            f"Fix them in <code>{escape(str(entry.path))}</code>:</p><ul>{problems}</ul>"
        )
    source = " · your routine" if entry.source is Source.USER else ""
    return _routine(entry.routine, source, pictures, mistakes)


def _routine(routine: Routine, source: str, pictures: bool, mistakes: bool) -> str:
    total, is_estimate = length_of(routine)
    parts = [f"<h1>{escape(routine.name)}</h1>"]
    facts = [length_text(total, is_estimate)]
    if routine.level:
        facts.append(routine.level.value)
    equipment = equipment_list(routine.all_equipment())
    facts.append("you need: " + ", ".join(equipment) if equipment else "no equipment")
    parts.append(f"<p><b>{escape(' · '.join(facts))}</b>{escape(source)}</p>")
    if routine.description:
        parts.append(f"<p>{escape(routine.description)}</p>")
    parts.append(_steps(routine.steps, routine.defaults, pictures))
    if is_estimate:
        parts.append("<p>Steps marked <i>at your own pace</i> wait for you: press Enter (Done) when you finish.</p>")
    if mistakes:
        parts.append(mistakes_html(routine))
    cautions = {s.exercise.name: s.exercise.caution for s in iter_exercise_steps(routine.steps) if s.exercise.caution}
    if cautions:
        items = "".join(f"<li><b>{escape(name)}:</b> {escape(text)}</li>" for name, text in cautions.items())
        parts.append(f"<h3>Take care</h3><ul>{items}</ul>")
    parts.append(f"<p><small>{escape(SAFETY_NOTE)}</small></p>")
    return "".join(parts)


_LENGTHS: dict[int, tuple[Routine, float, bool]] = {}
"""Each routine's length, worked out once: its description is shown again at every keystroke of a search."""


def length_of(routine: Routine) -> tuple[float, bool]:
    """The routine's length in seconds, and whether it is an estimate (steps at your own pace)."""
    known = _LENGTHS.get(id(routine))
    if known is None or known[0] is not routine:  # (an id can be reused once a routine is gone)
        if len(_LENGTHS) > 512:
            _LENGTHS.clear()
        timeline = build_timeline(routine)
        known = _LENGTHS[id(routine)] = (routine, timeline.total, timeline.is_estimate)
    return known[1], known[2]


def mistakes_html(routine: Routine) -> str:
    """ "Common mistakes", exercise by exercise, for the routine's exercises that name some."""
    found = {s.exercise.name: s.exercise.mistakes for s in iter_exercise_steps(routine.steps) if s.exercise.mistakes}
    if not found:
        return ""
    items = "".join(f"<li><b>{escape(name)}:</b> {escape(' · '.join(said))}</li>" for name, said in found.items())
    return f"<h3>Common mistakes</h3><ul>{items}</ul>"


def _steps(steps: Sequence[Step], defaults: Defaults, pictures: bool) -> str:
    """The steps as a numbered list: the first `LISTED` of them, then how many more there are, so a
    routine of thousands of steps shows as quickly as a short one."""
    listed = "".join(_step(step, defaults, pictures) for step in steps[:LISTED])
    more = len(steps) - LISTED
    rest = f"<p><i>… and {more:,} more {english_noun(more, 'step', 'steps')}</i></p>" if more > 0 else ""
    return f"<ol>{listed}</ol>{rest}"


def _step(step: Step, defaults: Defaults, pictures: bool) -> str:
    if isinstance(step, RestStep):
        note = f" — {escape(step.note)}" if step.note else ""
        return f"<li>Rest {format_duration(step.duration)}{note}</li>"
    if isinstance(step, Circuit):
        name = escape(step.name or "Circuit")
        return f"<li>{name}, {counted(step.rounds, 'round', 'rounds')}{_steps(step.steps, defaults, pictures)}</li>"
    picture = ""
    exercise = step.exercise
    if pictures and exercise.pose is not None:
        url = picture_url(exercise, exercise.pose.mirrored_for(_only_side(step)))
        width, height = PICTURE_SIZE
        picture = f'<img src="{url}" width="{width}" height="{height}" style="vertical-align: middle"> '
    return f"<li>{picture}<b>{escape(exercise.name)}</b>: {escape(step_amount(step, defaults))}</li>"


def picture_steps(routine: Routine) -> dict[str, tuple[Exercise, bool]]:
    """Every picture `routine_html` asks for, by URL: the exercise and whether it is mirrored."""
    found = {}
    for step in iter_exercise_steps(routine.steps):
        if step.exercise.pose is not None:
            mirrored = step.exercise.pose.mirrored_for(_only_side(step))
            found[picture_url(step.exercise, mirrored)] = (step.exercise, mirrored)
    return found


def _only_side(step: ExerciseStep) -> str | None:
    """The side a step is done on when it is only one ("left"/"right"), else None."""
    return step.sides.value if step.sides in (Sides.LEFT, Sides.RIGHT) else None


def step_amount(step: ExerciseStep, defaults: Defaults) -> str:
    """ "3 × 30s, each side", "2 × 10 reps, at your own pace"."""
    sets = f"{step.sets} × " if step.sets > 1 else ""
    amount, pace = format_duration(step.duration or 0), ""
    if step.reps is not None:
        tempo = step.tempo_in(defaults)
        amount = counted(step.reps, "rep", "reps")
        pace = f", {tempo:g} s a rep" if tempo is not None else ", at your own pace"
    sides = {"both": ", each side", "left": ", left side", "right": ", right side"}.get(step.sides.value, "")
    return f"{sets}{amount}{sides}{pace}"
