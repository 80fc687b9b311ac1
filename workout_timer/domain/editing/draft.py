"""A routine being edited: plain data in the shape of a routine file, changed one edit at a time.

The editor keeps the routine as the document a file would hold (`routine_writer.routine_data`), with
values as the user typed them. Every edit makes a new document, so undo is a matter of keeping the
old one. Checking a document writes it as YAML and reads it back through the one loader, so the editor
shows exactly the messages `workout-timer validate` would give; each message is then tied back to the
field it is about through the positions in the written text.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeAlias

import yaml

from workout_timer.domain.common.failures import with_note
from workout_timer.domain.common.language import _, pgettext
from workout_timer.domain.common.plurals import noun
from workout_timer.domain.routines import messages
from workout_timer.domain.routines.durations import MAX_SECONDS, duration_text, parse_duration
from workout_timer.domain.routines.loading import load_catalogue_text, load_routine_text, read_file
from workout_timer.domain.routines.problems import LoadError, Problem
from workout_timer.domain.routines.reading.routine_reader import ROUTINE_KEYS
from workout_timer.domain.routines.routine import FORMAT_VERSION, Exercise, Routine
from workout_timer.domain.routines.routine_writer import routine_data, spelled_as
from workout_timer.domain.routines.yaml_nodes import Node, YamlProblem, parse

Document: TypeAlias = dict[str, Any]
FieldPath: TypeAlias = tuple[str | int, ...]
"""Where a value sits in a document: ("steps", 2, "circuit", "steps", 0, "duration")."""

TOP: FieldPath = ("steps",)
"""The routine's own list of steps."""

_INTEGER = re.compile(r"^\d+$")
_DECIMAL = re.compile(r"^\d*\.\d+$")


def document_of(routine: Routine) -> Document:
    """The document for an existing routine (a copy the editor may change)."""
    return routine_data(routine)


def document_from_file(routine: Routine, path: Path) -> Document:
    """The document for a routine loaded from `path`, its durations written as the file writes
    them ("1:15" stays "1:15"; see `routine_writer.spelled_as`). The routine alone when the file
    cannot be read again."""
    try:
        written = yaml.safe_load(read_file(path))
    except (LoadError, yaml.YAMLError):
        return document_of(routine)
    spelled: Document = spelled_as(document_of(routine), written)
    return spelled


def blank_document(name: str) -> Document:
    return {"version": FORMAT_VERSION, "name": name, "steps": []}


def typed(text: str) -> int | float | str | None:
    """A value typed into a number-like field, as YAML would read it from a file: 12 is a number,
    "45s" stays text for the loader to read as a duration, and an empty field is no value."""
    text = text.strip()
    if not text:
        return None
    if _INTEGER.match(text):
        return int(text)
    if _DECIMAL.match(text):
        return float(text)
    return text


def shown(value: object) -> str:
    """A document value as an editor field shows it."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


# -- reading and changing documents ----------------------------------------------------------


def value_at(document: Document, path: FieldPath) -> Any:
    """The value at `path`, or None when any part of the way is missing."""
    here: Any = document
    for part in path:
        if isinstance(part, int):
            if not isinstance(here, list) or not 0 <= part < len(here):
                return None
        elif not isinstance(here, dict) or part not in here:
            return None
        here = here[part]
    return here


def with_value(document: Document, path: FieldPath, value: object) -> Document:
    """A copy with `value` at `path`; None, "" and empty lists remove the key (it takes its default).
    A block on the way that is not there yet (such as `defaults`) is made."""
    changed = copy.deepcopy(document)
    *way, last = path
    parent: Any = changed
    for part in way:
        if isinstance(part, str) and not isinstance(parent.get(part), dict | list):
            parent[part] = {}
        parent = parent[part]
    if isinstance(last, int):
        parent[last] = value
    elif value is None or value == "" or value == [] or value == {}:
        parent.pop(last, None)
    else:
        parent[last] = value
    if "defaults" in changed and not changed["defaults"]:
        del changed["defaults"]
    return _ordered(changed)


def with_step_inserted(document: Document, container: FieldPath, index: int, step: dict[str, Any]) -> Document:
    changed = copy.deepcopy(document)
    steps = _steps(changed, container)
    steps.insert(max(0, min(index, len(steps))), copy.deepcopy(step))
    return changed


def without_step(document: Document, path: FieldPath) -> Document:
    changed = copy.deepcopy(document)
    container, index = _split(path)
    del _steps(changed, container)[index]
    return changed


def with_step_moved(
    document: Document, path: FieldPath, container: FieldPath, index: int
) -> tuple[Document, FieldPath]:
    """`path`'s step taken out and put at `index` of `container` (an index counted before the move),
    and the path it has then. A circuit cannot go into itself: that leaves the document as it was."""
    if container[: len(path)] == path:
        return document, path
    source, old = _split(path)
    depth = len(source)
    if container[:depth] == source and len(container) > depth:
        position = container[depth]
        if isinstance(position, int) and position > old:  # the circuit it goes into moves up one
            container = (*source, position - 1, *container[depth + 1 :])
    elif container == source and index > old:
        index -= 1
    changed = copy.deepcopy(document)
    step = _steps(changed, source).pop(old)
    steps = _steps(changed, container)
    index = max(0, min(index, len(steps)))
    steps.insert(index, step)
    return changed, (*container, index)


def nudge(document: Document, path: FieldPath, delta: int) -> tuple[Document, FieldPath]:
    """One place up (-1) or down (+1). At either end of a circuit the step leaves it; a step next to
    a circuit moves past it (drag it to put it inside). Unchanged at the ends of the routine."""
    container, index = _split(path)
    steps = _steps(document, container)
    target = index + delta
    if 0 <= target < len(steps):
        return with_step_moved(document, path, container, target if delta < 0 else target + 1)
    if container == TOP:
        return document, path
    outer, circuit = _split(container[:-2])
    return with_step_moved(document, path, outer, circuit if delta < 0 else circuit + 1)


def step_paths(document: Document, container: FieldPath = TOP) -> list[FieldPath]:
    """Every step's path, circuits followed by their steps, in file order."""
    found: list[FieldPath] = []
    for index, step in enumerate(_steps(document, container)):
        path = (*container, index)
        found.append(path)
        if isinstance(step, dict) and isinstance(step.get("circuit"), dict):
            found.extend(step_paths(document, (*path, "circuit", "steps")))
    return found


def _steps(document: Document, container: FieldPath) -> list[Any]:
    steps = value_at(document, container)
    if not isinstance(steps, list):
        raise KeyError(f"no list of steps at {container}")
    return steps


def _split(path: FieldPath) -> tuple[FieldPath, int]:
    *container, index = path
    assert isinstance(index, int)
    return tuple(container), index


def _ordered(document: Document) -> Document:
    """The routine's keys in the documented order, so the written file reads the same as a saved one."""
    ordered = {key: document[key] for key in ROUTINE_KEYS if key in document}
    ordered.update((key, value) for key, value in document.items() if key not in ordered)
    return ordered


# -- checking --------------------------------------------------------------------------------


@dataclass(frozen=True)
class Check:
    """What the loader says about a document: the routine when it is right, else every problem,
    each tied to the field (or the step) it is about where that can be told."""

    routine: Routine | None
    problems: tuple[Problem, ...] = ()
    where: Mapping[FieldPath, tuple[str, ...]] = field(default_factory=dict)
    """Messages by the path of the value they are about."""

    def at(self, path: FieldPath) -> tuple[str, ...]:
        return tuple(self.where.get(path, ()))

    def within(self, path: FieldPath) -> tuple[str, ...]:
        """Messages about `path` or anything inside it."""
        return tuple(m for p, messages in self.where.items() if p[: len(path)] == path for m in messages)

    def about_routine(self) -> tuple[str, ...]:
        """Messages about the routine itself rather than its steps. Not the list of steps' own: an empty one is no
        mistake while a routine is made, and the editor says what to do where the steps are (`no_steps`)."""
        return tuple(m for p, found in self.where.items() if p[:1] != TOP for m in found)


def no_steps(document: Document) -> bool:
    """Whether the routine has no steps yet. A file needs steps (`workout-timer validate` says "`steps` must not be
    empty"); in the editor it is no mistake, only what comes next: add a step."""
    steps = value_at(document, TOP)
    return isinstance(steps, list) and not steps


def only_steps_missing(document: Document, checked: Check) -> bool:
    """Whether all that keeps `document` from being saved is that it has no steps yet (no mistake marked)."""
    return checked.routine is None and no_steps(document) and all(path == TOP for path in checked.where)


def document_yaml(document: Document) -> str:
    return yaml.safe_dump(document, sort_keys=False, allow_unicode=True, width=100)


def check(document: Document, catalogue: Mapping[str, Exercise], routine_id: str, label: str) -> Check:
    """Load the document as its file would be loaded; `label` names it in messages."""
    text = document_yaml(document)
    try:
        routine = load_routine_text(text, label, catalogue, routine_id)
    except LoadError as error:
        return Check(None, tuple(error.problems), _placed(text, error.problems))
    return Check(routine)


def check_exercises(exercises: dict[str, Any], label: str) -> tuple[dict[str, Exercise], Check]:
    """A routine's own exercises (the `exercises:` block), read as the loader reads them: the ones
    that are right, and where the others are wrong (paths start with "exercises")."""
    text = document_yaml({"version": FORMAT_VERSION, "exercises": exercises})
    try:
        return load_catalogue_text(text, label), Check(None)
    except LoadError as error:
        return {}, Check(None, tuple(error.problems), _placed(text, error.problems))


def _placed(text: str, problems: list[Problem]) -> dict[FieldPath, tuple[str, ...]]:
    places = _positions(text)
    where: dict[FieldPath, list[str]] = {}
    for problem in problems:
        path = places.get((problem.line, problem.column), ())
        if path == () and problem.message == messages.missing_key("name", pgettext("place", "the routine")):
            path = ("name",)  # a cleared name is a missing key: show it at the name
        where.setdefault(path, []).append(problem.message)
    return {p: tuple(m) for p, m in where.items()}


def _positions(text: str) -> dict[tuple[int, int], FieldPath]:
    """Each node's line and column in `text`, to the path of the value there. Where a mapping and
    its first key share a place, the mapping (the larger thing) is named."""
    try:
        root, _problems = parse(text)
    except YamlProblem:
        return {}
    places: dict[tuple[int, int], FieldPath] = {}

    def walk(node: Node, path: FieldPath) -> None:
        places.setdefault((node.line, node.column), path)
        if node.kind == "map":
            for key, value in node.pairs:
                inner = (*path, key.text)
                places.setdefault((key.line, key.column), inner)
                walk(value, inner)
        elif node.kind == "seq":
            for index, item in enumerate(node.items):
                walk(item, (*path, index))

    walk(root, ())
    return places


def _length(value: object) -> str:
    """A step's time in the list in the language's units ("1 Min."), never the file's "1m"."""
    seconds = parse_duration(shown(value)) if isinstance(value, (str, int, float)) else None
    return shown(value) if seconds is None or seconds > MAX_SECONDS else duration_text(seconds)


def step_label(step: dict[str, Any], exercise_name: str) -> str:
    """A step as one line of the editor's list: "Plank · 30 secs × 3", "Rest · 1 min", "Circuit · 2 rounds"; a time
    not (yet) written as one shows as it is typed. A step's own note follows it as a sentence of its own, as in the
    preview: "Rest · 30 secs. Have a drink of water, then the stretches." """
    if "circuit" in step:
        circuit = step["circuit"] if isinstance(step["circuit"], dict) else {}
        rounds = circuit.get("rounds", 1)
        name = circuit.get("name") or pgettext("a circuit of steps", "Circuit")
        return f"{name} · {shown(rounds)} {noun(rounds, 'round', 'rounds')}"
    note = str(step["note"]) if step.get("note") else None
    if "exercise" not in step:
        return with_note(f"{pgettext('a rest step', 'Rest')} · {_length(step.get('rest'))}", note)
    parts = [exercise_name]
    if "reps" in step:
        parts.append(f"{shown(step['reps'])} {noun(step['reps'], 'rep', 'reps')}")
    elif "duration" in step:
        parts.append(_length(step["duration"]))
    if step.get("sets", 1) != 1:
        parts[-1] += f" × {shown(step['sets'])}"
    if step.get("sides") == "left":
        parts.append(_("left side"))
    elif step.get("sides") == "right":
        parts.append(_("right side"))
    return with_note(" · ".join(parts), note)
