"""Routine and catalogue files to model objects, with every mistake reported at its line and column.

This is the only way files become routines: the command line, the library and the app all load
through here, so the rules and their messages are the same everywhere.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import replace
from enum import StrEnum
from pathlib import Path
from typing import TypeVar

from workout_timer.domain.routines import messages
from workout_timer.domain.routines.cue_groups import CueGroup
from workout_timer.domain.routines.durations import MAX_SECONDS, format_duration, parse_duration
from workout_timer.domain.routines.pose_reader import read_pose
from workout_timer.domain.routines.problems import LoadError, Problem
from workout_timer.domain.routines.routine import (
    FORMAT_VERSION,
    WAIT,
    Circuit,
    Defaults,
    Exercise,
    ExerciseStep,
    Kind,
    Level,
    RestStep,
    Routine,
    Sides,
    Step,
    Tempo,
    TimedCue,
)
from workout_timer.domain.routines.routine_files import routine_id_for
from workout_timer.domain.routines.timeline import iter_segments
from workout_timer.domain.routines.yaml_nodes import Node, YamlProblem, decode, parse, read_bounded

Catalogue = Mapping[str, Exercise]

MAX_CIRCUIT_DEPTH = 3
MAX_SETS = 50
MAX_REPS = 1000
MAX_ROUNDS = 50
MAX_TEMPO = 60.0
MAX_FORM_CUES = 3
MAX_SEGMENTS = 10_000
NAME_LIMIT = 100
TEXT_LIMIT = 2000
ID_PATTERN = re.compile(r"^[a-z0-9][a-z0-9-]{0,59}$")

ROUTINE_KEYS = (
    "version",
    "name",
    "description",
    "tags",
    "level",
    "equipment",
    "defaults",
    "exercises",
    "steps",
)
DEFAULTS_KEYS = ("prepare", "rest", "switch", "tempo", "cues")
EXERCISE_KEYS = (
    "name",
    "kind",
    "description",
    "instructions",
    "cues",
    "mistakes",
    "caution",
    "duration",
    "reps",
    "sided",
    "equipment",
    "pose",
)
EXERCISE_STEP_KEYS = (
    "exercise",
    "duration",
    "reps",
    "sets",
    "sides",
    "tempo",
    "rest",
    "rest_between_sets",
    "cues",
    "note",
)
REST_STEP_KEYS = ("rest", "note")
CIRCUIT_STEP_KEYS = ("circuit", "rest")
CIRCUIT_KEYS = ("name", "rounds", "rest_between_rounds", "steps")
CUE_KEYS = ("at", "say")
CATALOGUE_KEYS = ("version", "exercises")

E = TypeVar("E", bound=StrEnum)
T = TypeVar("T")


def read_file(path: str | Path) -> str:
    """The text of a routine file, or a LoadError naming the file and what is wrong with it."""
    label = str(path)
    try:
        data = read_bounded(Path(path))
    except FileNotFoundError:
        raise LoadError([Problem(label, 0, 0, messages.missing_file())]) from None
    except IsADirectoryError:
        raise LoadError([Problem(label, 0, 0, messages.is_a_folder())]) from None
    except OSError as error:
        reason = error.strerror or type(error).__name__
        raise LoadError([Problem(label, 0, 0, messages.unreadable(reason.lower()))]) from None
    except YamlProblem as problem:
        raise LoadError([Problem(label, 0, 0, problem.message)]) from None
    try:
        return decode(data)
    except YamlProblem as problem:
        raise LoadError([Problem(label, problem.line, problem.column, problem.message)]) from None


def load_routine(path: str | Path, catalogue: Catalogue) -> Routine:
    """Load and check one routine file. Raises LoadError with every problem found."""
    text = read_file(path)
    return load_routine_text(text, str(path), catalogue, routine_id_for(path), path=str(path))


def load_routine_text(
    text: str,
    label: str,
    catalogue: Catalogue,
    routine_id: str,
    path: str | None = None,
) -> Routine:
    """Load and check a routine from text; `label` names it in messages."""
    reader = _Reader(label)
    root = reader.tree(text)
    routine = reader.routine(root, catalogue, routine_id, path)
    reader.raise_if_any()
    assert routine is not None
    return routine


def load_catalogue(path: str | Path) -> dict[str, Exercise]:
    """Load an exercise catalogue file (`version: 1` and `exercises:`). Raises LoadError."""
    return load_catalogue_text(read_file(path), str(path))


def load_catalogue_text(text: str, label: str) -> dict[str, Exercise]:
    """Load exercises from catalogue text; `label` names it in messages. Raises LoadError."""
    reader = _Reader(label)
    root = reader.tree(text)
    fields = reader.fields(root, "the catalogue", CATALOGUE_KEYS, required=("exercises",))
    exercises: dict[str, Exercise] = {}
    if fields is not None and reader.version(fields.get("version"), root):
        exercises = reader.exercise_map(fields.get("exercises"), "exercises")
    reader.raise_if_any()
    return exercises


class _Reader:
    """Walks a node tree, turning it into model objects and noting every problem on the way.

    Each method returns None (or a best-effort value) when its part is wrong, after recording why, so
    that one pass reports as many independent mistakes as the file holds.
    """

    def __init__(self, label: str) -> None:
        self.label = label
        self.problems: list[Problem] = []
        self.broken_ids: set[str] = set()
        """Exercises defined in the file but wrong: their uses are not reported again as unknown."""

    # -- bookkeeping ---------------------------------------------------------------------

    def problem(self, node: Node, message: str) -> None:
        self.problems.append(Problem(self.label, node.line, node.column, message))

    def raise_if_any(self) -> None:
        if self.problems:
            raise LoadError(self.problems)

    def tree(self, text: str) -> Node:
        try:
            root, duplicates = parse(text)
        except YamlProblem as problem:
            raise LoadError([Problem(self.label, problem.line, problem.column, problem.message)]) from None
        for dup in duplicates:
            self.problems.append(Problem(self.label, dup.line, dup.column, dup.message))
        return root

    # -- shapes --------------------------------------------------------------------------

    def fields(
        self,
        node: Node,
        where: str,
        allowed: tuple[str, ...],
        required: tuple[str, ...] = (),
    ) -> dict[str, Node] | None:
        """The values of a mapping by key, after checking its keys against those allowed."""
        if node.kind != "map":
            self.problem(node, messages.expected_mapping(where, node.describe()))
            return None
        found: dict[str, Node] = {}
        for key, value in node.pairs:
            name = key.text if key.kind == "scalar" else key.describe()
            if name not in allowed:
                self.problem(key, messages.unknown_key(name, where, allowed))
                continue
            found[name] = value
        for name in required:
            if name not in found:
                self.problem(node, messages.missing_key(name, where))
        return found

    def items(self, node: Node, what: str, allow_empty: bool = False) -> list[Node] | None:
        if node.kind != "seq":
            self.problem(node, messages.expected_list(what, node.describe()))
            return None
        if not node.items and not allow_empty:
            self.problem(node, messages.empty_list(what))
            return None
        return node.items

    # -- values --------------------------------------------------------------------------

    def version(self, node: Node | None, root: Node) -> bool:
        """True when the file is in a format this code reads. A newer one stops the reading."""
        if node is None:
            self.problem(root, messages.version_missing())
            return False
        value = node.value
        if node.kind == "scalar" and isinstance(value, int) and not isinstance(value, bool):
            if value == FORMAT_VERSION:
                return True
            if value > FORMAT_VERSION:
                self.problems = [
                    Problem(self.label, node.line, node.column, messages.version_newer(value, FORMAT_VERSION))
                ]
                self.raise_if_any()
        self.problem(node, messages.version_invalid(node.describe()))
        return False

    def text(self, node: Node, what: str, limit: int = TEXT_LIMIT) -> str | None:
        """Any scalar, as written: a name like `2024` or `No` stays the text the user typed."""
        if node.kind != "scalar" or (node.value is None and node.plain):
            self.problem(node, messages.expected_text(what, node.describe()))
            return None
        text = node.text.strip()
        if not text:
            self.problem(node, messages.text_empty(what))
            return None
        if len(text) > limit:
            self.problem(node, messages.text_too_long(what, limit))
            return None
        return text

    def text_list(self, node: Node, what: str, allow_empty: bool = True) -> tuple[str, ...]:
        if node.kind == "scalar" and not (node.value is None and node.plain):
            single = self.text(node, what)  # a single item written without brackets
            return (single,) if single else ()
        nodes = self.items(node, what, allow_empty=allow_empty)
        if nodes is None:
            return ()
        return tuple(t for t in (self.text(n, f"each of {what}") for n in nodes) if t is not None)

    def choice(self, node: Node, what: str, enum: type[E]) -> E | None:
        options = [member.value for member in enum]
        if node.kind == "scalar" and node.text in options:
            return enum(node.text)
        self.problem(node, messages.expected_choice(what, options, node.describe()))
        return None

    def identifier(self, node: Node, what: str) -> str | None:
        if node.kind == "scalar" and ID_PATTERN.match(node.text):
            return node.text
        self.problem(node, messages.expected_id(what, node.describe()))
        return None

    def seconds(self, node: Node, what: str, allow_zero: bool) -> float | None:
        seconds = None
        if node.kind == "scalar" and not isinstance(node.value, bool) and node.value is not None:
            seconds = parse_duration(node.text)
        if seconds is None or (seconds == 0 and not allow_zero):
            rule = messages.expected_pause if allow_zero else messages.expected_duration
            self.problem(node, rule(what, node.describe()))
            return None
        if seconds > MAX_SECONDS:
            self.problem(node, messages.duration_too_long(what, node.describe()))
            return None
        return seconds

    def count(self, node: Node, what: str, minimum: int, maximum: int) -> int | None:
        value = node.value
        if (
            node.kind == "scalar"
            and isinstance(value, int)
            and not isinstance(value, bool)
            and minimum <= value <= maximum
        ):
            return value
        self.problem(node, messages.expected_count(what, minimum, maximum, node.describe()))
        return None

    def boolean(self, node: Node, what: str) -> bool | None:
        if node.kind == "scalar" and isinstance(node.value, bool):
            return node.value
        self.problem(node, messages.expected_bool(what, node.describe()))
        return None

    def tempo(self, node: Node) -> Tempo:
        if node.kind == "scalar" and (node.text.strip().lower() == WAIT or (node.value is None and node.plain)):
            return WAIT
        seconds = None
        if node.kind == "scalar" and not isinstance(node.value, bool):
            seconds = parse_duration(node.text)
        if seconds is None or not 0 < seconds <= MAX_TEMPO:
            self.problem(node, messages.expected_tempo(node.describe()))
            return None
        return seconds

    def optional(self, fields: dict[str, Node], key: str, read: Callable[[Node], T | None]) -> T | None:
        node = fields.get(key)
        return None if node is None else read(node)

    # -- the routine ---------------------------------------------------------------------

    def routine(self, root: Node, catalogue: Catalogue, routine_id: str, path: str | None) -> Routine | None:
        fields = self.fields(root, "the routine", ROUTINE_KEYS, required=("name", "steps"))
        if fields is None or not self.version(fields.get("version"), root):
            return None
        name = self.optional(fields, "name", lambda n: self.text(n, "name", NAME_LIMIT))
        description = self.optional(fields, "description", lambda n: self.text(n, "description"))
        tags = self.optional(fields, "tags", lambda n: self.text_list(n, "tags")) or ()
        level = self.optional(fields, "level", lambda n: self.choice(n, "level", Level))
        equipment = self.optional(fields, "equipment", lambda n: self.text_list(n, "equipment")) or ()
        defaults = self.optional(fields, "defaults", self.defaults) or Defaults()
        own = self.optional(fields, "exercises", lambda n: self.exercise_map(n, "exercises")) or {}
        known: dict[str, Exercise] = {**catalogue, **own}
        steps_node = fields.get("steps")
        steps: tuple[Step, ...] = ()
        if steps_node is not None:
            steps = self.steps(steps_node, "steps", known, defaults, depth=0)
        if self.problems or name is None:
            return None
        routine = Routine(
            id=routine_id,
            name=name,
            description=description,
            tags=tuple(t.lower() for t in tags),
            level=level,
            equipment=equipment,
            defaults=defaults,
            exercises=tuple(own.values()),
            steps=steps,
            path=path,
        )
        self.check_size(routine, root)
        return routine

    def defaults(self, node: Node) -> Defaults | None:
        fields = self.fields(node, "defaults", DEFAULTS_KEYS)
        if fields is None:
            return None
        base = Defaults()
        tempo: Tempo = self.optional(fields, "tempo", self.tempo)
        return Defaults(
            prepare=self.pause(fields, "prepare", base.prepare),
            rest=self.pause(fields, "rest", base.rest),
            switch=self.pause(fields, "switch", base.switch),
            tempo=None if tempo == WAIT or tempo is None else tempo,
            cues_off=self.optional(fields, "cues", self.cue_switches) or (),
        )

    def cue_switches(self, node: Node) -> tuple[str, ...]:
        """`cues: {countdown: false, halfway: false}`: the groups of cues switched off."""
        fields = self.fields(node, "defaults: cues", tuple(group.value for group in CueGroup))
        if fields is None:
            return ()
        return tuple(key for key, value in fields.items() if self.boolean(value, f"defaults: cues: {key}") is False)

    def pause(self, fields: dict[str, Node], key: str, default: float) -> float:
        value = self.optional(fields, key, lambda n: self.seconds(n, key, allow_zero=True))
        return default if value is None else value

    def exercise_map(self, node: Node | None, where: str) -> dict[str, Exercise]:
        if node is None:
            return {}
        if node.kind != "map":
            self.problem(node, messages.expected_mapping(where, node.describe()))
            return {}
        found: dict[str, Exercise] = {}
        for key, value in node.pairs:
            exercise_id = self.identifier(key, "an exercise id")
            exercise = self.exercise(value, exercise_id or "exercise")
            if exercise_id and exercise:
                found[exercise_id] = exercise
            elif exercise_id:
                self.broken_ids.add(exercise_id)
        return found

    def exercise(self, node: Node, exercise_id: str) -> Exercise | None:
        where = f"exercise {exercise_id}"
        fields = self.fields(node, where, EXERCISE_KEYS, required=("name", "kind", "instructions"))
        if fields is None:
            return None
        before = len(self.problems)
        name = self.optional(fields, "name", lambda n: self.text(n, "name", NAME_LIMIT))
        kind = self.optional(fields, "kind", lambda n: self.choice(n, "kind", Kind))
        instructions = self.optional(
            fields, "instructions", lambda n: self.text_list(n, "instructions", allow_empty=False)
        )
        cues = self.optional(fields, "cues", lambda n: self.text_list(n, "cues")) or ()
        if len(cues) > MAX_FORM_CUES:
            self.problem(fields["cues"], messages.too_many_form_cues(MAX_FORM_CUES))
        duration = self.optional(fields, "duration", lambda n: self.seconds(n, "duration", allow_zero=False))
        reps = self.optional(fields, "reps", lambda n: self.count(n, "reps", 1, MAX_REPS))
        if "duration" in fields and "reps" in fields:
            self.problem(node, messages.duration_and_reps(where))
        pose = self.optional(fields, "pose", lambda n: read_pose(self, n, f"the pose of {where}"))
        if len(self.problems) > before or name is None or kind is None or not instructions:
            return None
        return Exercise(
            id=exercise_id,
            name=name,
            kind=kind,
            description=self.optional(fields, "description", lambda n: self.text(n, "description")),
            instructions=instructions,
            cues=cues,
            mistakes=self.optional(fields, "mistakes", lambda n: self.text_list(n, "mistakes")) or (),
            caution=self.optional(fields, "caution", lambda n: self.text(n, "caution")),
            duration=duration,
            reps=reps,
            sided=self.optional(fields, "sided", lambda n: self.boolean(n, "sided")) or False,
            equipment=self.optional(fields, "equipment", lambda n: self.text_list(n, "equipment")) or (),
            pose=pose,
        )

    def steps(
        self, node: Node, what: str, known: Mapping[str, Exercise], defaults: Defaults, depth: int
    ) -> tuple[Step, ...]:
        nodes = self.items(node, what)
        if nodes is None:
            return ()
        steps = [self.step(n, known, defaults, depth) for n in nodes]
        return tuple(s for s in steps if s is not None)

    def step(self, node: Node, known: Mapping[str, Exercise], defaults: Defaults, depth: int) -> Step | None:
        if node.kind != "map":
            self.problem(node, messages.expected_mapping("each step", node.describe()))
            return None
        keys = {k.text for k, _ in node.pairs if k.kind == "scalar"}
        kinds = keys & {"exercise", "circuit"}
        if len(kinds) > 1:
            self.problem(node, messages.step_kind_unclear(kinds))
            return None
        if not kinds and "rest" not in keys:
            self.problem(node, messages.step_kind_missing())
            return None
        if "exercise" in kinds:
            return self.exercise_step(node, known, defaults)
        if "circuit" in kinds:
            return self.circuit_step(node, known, defaults, depth)
        return self.rest_step(node)

    def rest_step(self, node: Node) -> RestStep | None:
        fields = self.fields(node, "a rest step", REST_STEP_KEYS)
        if fields is None:
            return None
        duration = self.seconds(fields["rest"], "rest", allow_zero=False)
        note = self.optional(fields, "note", lambda n: self.text(n, "note"))
        return None if duration is None else RestStep(duration=duration, note=note)

    def circuit_step(self, node: Node, known: Mapping[str, Exercise], defaults: Defaults, depth: int) -> Circuit | None:
        outer = self.fields(node, "a circuit step", CIRCUIT_STEP_KEYS)
        if outer is None:
            return None
        if depth >= MAX_CIRCUIT_DEPTH:
            self.problem(outer["circuit"], messages.circuit_too_deep(MAX_CIRCUIT_DEPTH))
            return None
        fields = self.fields(outer["circuit"], "circuit", CIRCUIT_KEYS, required=("steps",))
        if fields is None:
            return None
        before = len(self.problems)
        rounds = self.optional(fields, "rounds", lambda n: self.count(n, "rounds", 1, MAX_ROUNDS))
        round_rest = self.optional(
            fields, "rest_between_rounds", lambda n: self.seconds(n, "rest_between_rounds", allow_zero=True)
        )
        rest = self.optional(outer, "rest", lambda n: self.seconds(n, "rest", allow_zero=True))
        name = self.optional(fields, "name", lambda n: self.text(n, "name", NAME_LIMIT))
        steps_node = fields.get("steps")
        steps = () if steps_node is None else self.steps(steps_node, "circuit steps", known, defaults, depth + 1)
        if len(self.problems) > before or not steps:
            return None
        return Circuit(steps=steps, rounds=rounds or 1, rest_between_rounds=round_rest, rest=rest, name=name)

    def exercise_step(self, node: Node, known: Mapping[str, Exercise], defaults: Defaults) -> ExerciseStep | None:
        fields = self.fields(node, "an exercise step", EXERCISE_STEP_KEYS)
        if fields is None:
            return None
        before = len(self.problems)
        id_node = fields["exercise"]
        exercise = None
        if self.identifier(id_node, "exercise"):
            exercise = known.get(id_node.text)
            if exercise is None and id_node.text not in self.broken_ids:
                self.problem(id_node, messages.unknown_exercise(id_node.text, known))
        duration = self.optional(fields, "duration", lambda n: self.seconds(n, "duration", allow_zero=False))
        reps = self.optional(fields, "reps", lambda n: self.count(n, "reps", 1, MAX_REPS))
        if "duration" in fields and "reps" in fields:
            self.problem(node, messages.duration_and_reps("this step"))
        sets = self.optional(fields, "sets", lambda n: self.count(n, "sets", 1, MAX_SETS))
        sides = self.optional(fields, "sides", lambda n: self.choice(n, "sides", Sides))
        tempo: Tempo = self.optional(fields, "tempo", self.tempo)
        rest = self.optional(fields, "rest", lambda n: self.seconds(n, "rest", allow_zero=True))
        set_rest = self.optional(
            fields, "rest_between_sets", lambda n: self.seconds(n, "rest_between_sets", allow_zero=True)
        )
        note = self.optional(fields, "note", lambda n: self.text(n, "note"))
        if exercise is not None and "duration" not in fields and "reps" not in fields:
            duration, reps = exercise.duration, exercise.reps
            if duration is None and reps is None:
                self.problem(id_node, messages.no_duration_or_reps(exercise.name))
        if reps is None and "tempo" in fields and "reps" not in fields and duration is not None:
            self.problem(fields["tempo"], messages.rep_field_without_reps("tempo"))
        if len(self.problems) > before or exercise is None:
            return None
        step = ExerciseStep(
            exercise=exercise,
            duration=duration,
            reps=reps,
            sets=sets or 1,
            sides=sides or (Sides.BOTH if exercise.sided else Sides.NONE),
            tempo=tempo,
            rest=rest,
            rest_between_sets=set_rest,
            note=note,
        )
        cues = self.optional(fields, "cues", lambda n: self.timed_cues(n, step, defaults)) or ()
        return replace(step, cues=cues)

    def timed_cues(self, node: Node, step: ExerciseStep, defaults: Defaults) -> tuple[TimedCue, ...]:
        nodes = self.items(node, "cues")
        if nodes is None:
            return ()
        tempo = step.tempo_in(defaults)
        length = step.duration if step.reps is None else (step.reps * tempo if tempo else None)
        cues = []
        for item in nodes:
            fields = self.fields(item, "a cue", CUE_KEYS, required=("at", "say"))
            if fields is None or "at" not in fields or "say" not in fields:
                continue
            at = self.seconds(fields["at"], "at", allow_zero=True)
            say = self.text(fields["say"], "say", 300)
            if at is not None and length is not None and at >= length:
                self.problem(fields["at"], messages.cue_after_end(format_duration(at), format_duration(length)))
                continue
            if at is not None and say is not None:
                cues.append(TimedCue(at=at, say=say))
        return tuple(sorted(cues, key=lambda c: c.at))

    def check_size(self, routine: Routine, root: Node) -> None:
        """Refuse routines that would expand into an absurd number of segments or last over a day."""
        total = 0.0
        for count, segment in enumerate(iter_segments(routine)):
            if count >= MAX_SEGMENTS:
                self.problem(root, messages.too_many_segments(MAX_SEGMENTS))
                return
            total += segment.estimate
        if total > MAX_SECONDS:
            self.problem(root, messages.routine_too_long(MAX_SECONDS // 3600))
