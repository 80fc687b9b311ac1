"""A routine described in HTML for the library's details and the preview (plain text from the domain, escaped)."""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

from workout_timer.domain.common.failures import with_note
from workout_timer.domain.common.language import N_, _, current_locale, ngettext, pgettext
from workout_timer.domain.common.plurals import counted
from workout_timer.domain.library.browse import equipment_list
from workout_timer.domain.library.entry import Entry, Source
from workout_timer.domain.library.labels import level_in_line
from workout_timer.domain.routines.durations import duration_text, length_text
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

SAFETY_NOTE = N_(
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
        # Translators: {reason} says why, such as "it is not a text file".
        why = _("This can't be opened as a routine: {reason}.").format(reason=unreadable.message)
        return f"<h2>{escape(entry.id)}</h2><p>{escape(why)}</p><p><code>{escape(str(entry.path))}</code></p>"
    if entry.routine is None:
        problems = "".join(f"<li><code>{escape(str(p))}</code></li>" for p in entry.problems)
        # Translators: {path} is the routine file's place on the computer; its mistakes are listed below.
        fix = _("This routine file has mistakes, so it cannot be started yet. Fix them in {path}:")
        where = f"<code>{escape(str(entry.path))}</code>"
        return f"<h2>{escape(entry.id)}</h2><p>{escape(fix).format(path=where)}</p><ul>{problems}</ul>"
    # Translators: after a routine's facts, for a routine the runner made or imported.
    source = " · " + _("your routine") if entry.source is Source.USER else ""
    return _routine(entry.routine, source, pictures, mistakes)


def _routine(routine: Routine, source: str, pictures: bool, mistakes: bool) -> str:
    total, is_estimate = length_of(routine)
    parts = [f"<h1>{escape(routine.name)}</h1>"]
    facts = [length_text(total, is_estimate)]
    if routine.level:
        facts.append(level_in_line(routine.level))
    equipment = equipment_list(routine.all_equipment())
    # Translators: {equipment} lists what a routine needs, such as "mat, wall".
    facts.append(_("you need: {equipment}").format(equipment=", ".join(equipment)) if equipment else _("no equipment"))
    parts.append(f"<p><b>{escape(' · '.join(facts))}</b>{escape(source)}</p>")
    if routine.description:
        parts.append(f"<p>{escape(routine.description)}</p>")
    parts.append(_steps(routine.steps, routine.defaults, pictures))
    if is_estimate:
        # Translators: "at your own pace" as in the steps' list above; Enter is the key, Done the button.
        own_pace = _("Steps marked <i>at your own pace</i> wait for you: press Enter (Done) when you finish.")
        parts.append(f"<p>{own_pace}</p>")
    if mistakes:
        parts.append(mistakes_html(routine))
    cautions = {s.exercise.name: s.exercise.caution for s in iter_exercise_steps(routine.steps) if s.exercise.caution}
    if cautions:
        items = "".join(f"<li><b>{escape(name)}:</b> {escape(text)}</li>" for name, text in cautions.items())
        # Translators: a heading over the cautions of a routine's exercises.
        parts.append(f"<h3>{escape(_('Take care'))}</h3><ul>{items}</ul>")
    parts.append(f"<p><small>{escape(_(SAFETY_NOTE))}</small></p>")
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
    # Translators: a heading over the mistakes people often make in a routine's exercises.
    return f"<h3>{escape(_('Common mistakes'))}</h3><ul>{items}</ul>"


def _steps(steps: Sequence[Step], defaults: Defaults, pictures: bool) -> str:
    """The steps as a numbered list: the first `LISTED` of them, then how many more there are, so a
    routine of thousands of steps shows as quickly as a short one."""
    listed = "".join(_step(step, defaults, pictures) for step in steps[:LISTED])
    more = len(steps) - LISTED
    rest = f"<p><i>{escape(_more_steps(more))}</i></p>" if more > 0 else ""
    return f"<ol>{listed}</ol>{rest}"


def _more_steps(more: int) -> str:
    """ "… and 4,960 more steps", the number grouped as the language groups thousands."""
    from babel.numbers import format_decimal  # only huge routines need it: keeps start-up quick

    count = format_decimal(more, locale=current_locale())
    return ngettext("… and {n} more step", "… and {n} more steps", more).format(n=count)


def _step(step: Step, defaults: Defaults, pictures: bool) -> str:
    if isinstance(step, RestStep):
        # Translators: a rest in a routine's list of steps; {duration} is "30 sec", "1 min 30 sec".
        rest = pgettext("a rest step", "Rest {duration}").format(duration=duration_text(step.duration))
        return f"<li>{escape(with_note(rest, step.note))}</li>"
    if isinstance(step, Circuit):
        # Translators: a circuit's name in a routine's list of steps, when its author gave it none.
        name = escape(step.name or _("Circuit"))
        return f"<li>{name}, {counted(step.rounds, 'round', 'rounds')}{_steps(step.steps, defaults, pictures)}</li>"
    picture = ""
    exercise = step.exercise
    if pictures and exercise.pose is not None:
        url = picture_url(exercise, exercise.pose.mirrored_for(_only_side(step)))
        width, height = PICTURE_SIZE
        picture = f'<img src="{url}" width="{width}" height="{height}" style="vertical-align: middle"> '
    amount = with_note(step_amount(step, defaults), step.note)
    return f"<li>{picture}<b>{escape(exercise.name)}</b>: {escape(amount)}</li>"


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
    """ "3 × 30 sec, each side", "2 × 10 reps, at your own pace": the dose and its facts, a list of pieces."""
    sets = f"{step.sets} × " if step.sets > 1 else ""
    pieces = [duration_text(step.duration or 0)]
    if step.reps is not None:
        pieces = [counted(step.reps, "rep", "reps")]
    sides = {"both": _("each side"), "left": _("left side"), "right": _("right side")}.get(step.sides.value)
    if sides:
        pieces.append(sides)
    if step.reps is not None:
        tempo = step.tempo_in(defaults)
        # Translators: how long each repetition takes; {duration} is "3 sec", "2.5 sec", in the units the steps use.
        pieces.append(
            _("{duration} a rep").format(duration=duration_text(tempo)) if tempo is not None else _("at your own pace")
        )
    return sets + ", ".join(pieces)
