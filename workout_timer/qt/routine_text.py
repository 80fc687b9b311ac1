"""A routine described in HTML for the details pane (plain text from the domain, escaped)."""

from __future__ import annotations

from html import escape

from ..domain.durations import format_clock, format_duration
from ..domain.library import Entry
from ..domain.routine import Circuit, RestStep, Routine, Step
from ..domain.timeline import build_timeline


def routine_html(entry: Entry) -> str:
    if entry.routine is None:
        problems = "".join(f"<li><code>{escape(str(p))}</code></li>" for p in entry.problems)
        return f"<h2>{escape(entry.id)}</h2><p>This routine file has mistakes:</p><ul>{problems}</ul>"
    return _routine(entry.routine)


def _routine(routine: Routine) -> str:
    timeline = build_timeline(routine)
    about = "about " if timeline.is_estimate else ""
    parts = [f"<h1>{escape(routine.name)}</h1>"]
    facts = [f"{about}{format_clock(timeline.total)}"]
    if routine.level:
        facts.append(routine.level.value)
    if routine.all_equipment():
        facts.append("needs: " + ", ".join(routine.all_equipment()))
    parts.append(f"<p><b>{escape(' · '.join(facts))}</b></p>")
    if routine.description:
        parts.append(f"<p>{escape(routine.description)}</p>")
    parts.append("<ol>" + "".join(_step(step) for step in routine.steps) + "</ol>")
    return "".join(parts)


def _step(step: Step) -> str:
    if isinstance(step, RestStep):
        note = f" — {escape(step.note)}" if step.note else ""
        return f"<li>Rest {format_duration(step.duration)}{note}</li>"
    if isinstance(step, Circuit):
        name = escape(step.name or "Circuit")
        inner = "".join(_step(s) for s in step.steps)
        return f"<li>{name}, {step.rounds} rounds<ol>{inner}</ol></li>"
    amount = f"{step.reps} reps" if step.reps is not None else format_duration(step.duration or 0)
    sets = f"{step.sets} × " if step.sets > 1 else ""
    sides = {"both": ", each side", "left": ", left side", "right": ", right side"}.get(step.sides.value, "")
    caution = f"<br><i>{escape(step.exercise.caution)}</i>" if step.exercise.caution else ""
    return f"<li><b>{escape(step.exercise.name)}</b>: {sets}{amount}{sides}{caution}</li>"
