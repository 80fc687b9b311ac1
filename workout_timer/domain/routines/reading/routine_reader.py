"""A routine's or a catalogue's node tree to model objects: exercises, steps, circuits and cues, each checked.

Each method returns None (or a best-effort value) when its part is wrong, after recording why, so that one
pass reports as many independent mistakes as the file holds.
"""

from __future__ import annotations

from dataclasses import replace

from workout_timer.domain.common.language import pgettext
from workout_timer.domain.routines import messages
from workout_timer.domain.routines.cue_groups import CueGroup
from workout_timer.domain.routines.durations import MAX_SECONDS, duration_text, parse_duration
from workout_timer.domain.routines.ladders import DIRECTIONS, Ladders, ladder_problems
from workout_timer.domain.routines.messages import as_key
from workout_timer.domain.routines.reading.pose_reader import read_pose
from workout_timer.domain.routines.reading.reader import Reader
from workout_timer.domain.routines.routine import (
    MIN_MOVE_ON,
    WAIT,
    Catalogue,
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
    iter_exercise_steps,
)
from workout_timer.domain.routines.timeline import iter_segments
from workout_timer.domain.routines.yaml_nodes import Node

MAX_CIRCUIT_DEPTH = 3
MAX_SETS = 50
MAX_REPS = 1000
MAX_ROUNDS = 50
MAX_FORM_CUES = 3
MAX_SEGMENTS = 10_000
NAME_LIMIT = 100

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
DEFAULTS_KEYS = ("prepare", "rest", "switch", "tempo", "cues", "move_on")
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
    "easier",
    "harder",
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


class RoutineReader(Reader):
    """A `Reader` that knows the routine format: the routine, its defaults, exercises, steps and cues."""

    def __init__(self, label: str) -> None:
        super().__init__(label)
        self.broken_ids: set[str] = set()
        """Exercises defined in the file but wrong: their uses are not reported again as unknown."""
        self.link_nodes: dict[tuple[str, str], Node] = {}
        """Where each exercise names its easier or harder variant, to place a broken ladder's message."""

    def catalogue(self, root: Node) -> dict[str, Exercise]:
        """The exercises of a catalogue file (`version: 1` and `exercises:`)."""
        fields = self.fields(root, pgettext("place", "the catalogue"), CATALOGUE_KEYS, required=("exercises",))
        if fields is None or not self.version(fields.get("version"), root):
            return {}
        exercises = self.exercise_map(fields.get("exercises"), as_key("exercises"))
        self.check_ladders(exercises, exercises)
        return exercises

    def routine(self, root: Node, catalogue: Catalogue, routine_id: str, path: str | None) -> Routine | None:
        fields = self.fields(root, pgettext("place", "the routine"), ROUTINE_KEYS, required=("name", "steps"))
        if fields is None or not self.version(fields.get("version"), root):
            return None
        name = self.optional(fields, "name", lambda n: self.text(n, as_key("name"), NAME_LIMIT))
        description = self.optional(fields, "description", lambda n: self.text(n, as_key("description")))
        tags = self.optional(fields, "tags", lambda n: self.text_list(n, as_key("tags"))) or ()
        level = self.optional(fields, "level", lambda n: self.choice(n, as_key("level"), Level))
        equipment = self.optional(fields, "equipment", lambda n: self.text_list(n, as_key("equipment"))) or ()
        defaults = self.optional(fields, "defaults", self.defaults) or Defaults()
        own = self.optional(fields, "exercises", lambda n: self.exercise_map(n, as_key("exercises"))) or {}
        known: dict[str, Exercise] = {**catalogue, **own}
        self.check_ladders(own, known)
        steps_node = fields.get("steps")
        steps: tuple[Step, ...] = ()
        if steps_node is not None:
            steps = self.steps(steps_node, as_key("steps"), known, defaults, depth=0)
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
            variants=_variants(steps, known),
        )
        self.check_size(routine, root)
        return routine

    def defaults(self, node: Node) -> Defaults | None:
        fields = self.fields(node, as_key("defaults"), DEFAULTS_KEYS)
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
            move_on=self.optional(fields, "move_on", self.move_on),
        )

    def move_on(self, node: Node) -> bool | float | None:
        """`move_on: true`, `false`, or the seconds a step at your own pace waits before it moves on."""
        if node.kind == "scalar" and isinstance(node.value, bool):
            return node.value
        seconds = None
        if node.kind == "scalar" and node.value is not None:
            seconds = parse_duration(node.text)
        if seconds is None or not MIN_MOVE_ON <= seconds <= MAX_SECONDS:
            self.problem(node, messages.expected_move_on(MIN_MOVE_ON, node.describe()))
            return None
        return seconds

    def cue_switches(self, node: Node) -> tuple[str, ...]:
        """`cues: {countdown: false, halfway: false}`: the groups of cues switched off."""
        fields = self.fields(node, as_key("defaults: cues"), tuple(group.value for group in CueGroup))
        if fields is None:
            return ()
        return tuple(
            key for key, value in fields.items() if self.boolean(value, as_key(f"defaults: cues: {key}")) is False
        )

    def pause(self, fields: dict[str, Node], key: str, default: float) -> float:
        value = self.optional(fields, key, lambda n: self.seconds(n, as_key(key), allow_zero=True))
        return default if value is None else value

    def exercise_map(self, node: Node | None, where: str) -> dict[str, Exercise]:
        if node is None:
            return {}
        if node.kind != "map":
            self.problem(node, messages.expected_mapping(where, node.describe()))
            return {}
        found: dict[str, Exercise] = {}
        for key, value in node.pairs:
            exercise_id = self.identifier(key, pgettext("place", "an exercise id"))
            exercise = self.exercise(value, exercise_id or "exercise")
            if exercise_id and exercise:
                found[exercise_id] = exercise
            elif exercise_id:
                self.broken_ids.add(exercise_id)
        return found

    def check_ladders(self, own: Catalogue, known: Catalogue) -> None:
        """Each broken link between the file's exercises and their variants, where the link is written."""
        for problem in ladder_problems(own, known):
            self.problem(self.link_nodes[(problem.exercise_id, problem.direction)], problem.message)

    def exercise(self, node: Node, exercise_id: str) -> Exercise | None:
        where = pgettext("place", "exercise {id}").format(id=exercise_id)
        fields = self.fields(node, where, EXERCISE_KEYS, required=("name", "kind", "instructions"))
        if fields is None:
            return None
        before = len(self.problems)
        name = self.optional(fields, "name", lambda n: self.text(n, as_key("name"), NAME_LIMIT))
        kind = self.optional(fields, "kind", lambda n: self.choice(n, as_key("kind"), Kind))
        instructions = self.optional(
            fields, "instructions", lambda n: self.text_list(n, as_key("instructions"), allow_empty=False)
        )
        cues = self.optional(fields, "cues", lambda n: self.text_list(n, as_key("cues"))) or ()
        if len(cues) > MAX_FORM_CUES:
            self.problem(fields["cues"], messages.too_many_form_cues(MAX_FORM_CUES))
        duration = self.optional(fields, "duration", lambda n: self.seconds(n, as_key("duration"), allow_zero=False))
        reps = self.optional(fields, "reps", lambda n: self.count(n, as_key("reps"), 1, MAX_REPS))
        if "duration" in fields and "reps" in fields:
            self.problem(node, messages.duration_and_reps(where))
        pose = self.optional(
            fields, "pose", lambda n: read_pose(self, n, pgettext("place", "the pose of {place}").format(place=where))
        )
        links = {key: self.identifier(fields[key], as_key(key)) if key in fields else None for key in DIRECTIONS}
        if len(self.problems) > before or name is None or kind is None or not instructions:
            return None
        self.link_nodes.update({(exercise_id, key): fields[key] for key in DIRECTIONS if key in fields})
        return Exercise(
            id=exercise_id,
            name=name,
            kind=kind,
            description=self.optional(fields, "description", lambda n: self.text(n, as_key("description"))),
            instructions=instructions,
            cues=cues,
            mistakes=self.optional(fields, "mistakes", lambda n: self.text_list(n, as_key("mistakes"))) or (),
            caution=self.optional(fields, "caution", lambda n: self.text(n, as_key("caution"))),
            duration=duration,
            reps=reps,
            sided=self.optional(fields, "sided", lambda n: self.boolean(n, as_key("sided"))) or False,
            equipment=self.optional(fields, "equipment", lambda n: self.text_list(n, as_key("equipment"))) or (),
            pose=pose,
            easier=links["easier"],
            harder=links["harder"],
        )

    def steps(self, node: Node, what: str, known: Catalogue, defaults: Defaults, depth: int) -> tuple[Step, ...]:
        nodes = self.items(node, what)
        if nodes is None:
            return ()
        steps = [self.step(n, known, defaults, depth) for n in nodes]
        return tuple(s for s in steps if s is not None)

    def step(self, node: Node, known: Catalogue, defaults: Defaults, depth: int) -> Step | None:
        if node.kind != "map":
            self.problem(node, messages.expected_mapping(pgettext("place", "each step"), node.describe()))
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
        fields = self.fields(node, pgettext("place", "a rest step"), REST_STEP_KEYS)
        if fields is None:
            return None
        duration = self.seconds(fields["rest"], as_key("rest"), allow_zero=False)
        note = self.optional(fields, "note", lambda n: self.text(n, as_key("note")))
        return None if duration is None else RestStep(duration=duration, note=note)

    def circuit_step(self, node: Node, known: Catalogue, defaults: Defaults, depth: int) -> Circuit | None:
        outer = self.fields(node, pgettext("place", "a circuit step"), CIRCUIT_STEP_KEYS)
        if outer is None:
            return None
        if depth >= MAX_CIRCUIT_DEPTH:
            self.problem(outer["circuit"], messages.circuit_too_deep(MAX_CIRCUIT_DEPTH))
            return None
        fields = self.fields(outer["circuit"], as_key("circuit"), CIRCUIT_KEYS, required=("steps",))
        if fields is None:
            return None
        before = len(self.problems)
        rounds = self.optional(fields, "rounds", lambda n: self.count(n, as_key("rounds"), 1, MAX_ROUNDS))
        round_rest = self.optional(
            fields, "rest_between_rounds", lambda n: self.seconds(n, as_key("rest_between_rounds"), allow_zero=True)
        )
        rest = self.optional(outer, "rest", lambda n: self.seconds(n, as_key("rest"), allow_zero=True))
        name = self.optional(fields, "name", lambda n: self.text(n, as_key("name"), NAME_LIMIT))
        steps_node = fields.get("steps")
        steps = (
            ()
            if steps_node is None
            else self.steps(steps_node, pgettext("place", "circuit steps"), known, defaults, depth + 1)
        )
        if len(self.problems) > before or not steps:
            return None
        return Circuit(steps=steps, rounds=rounds or 1, rest_between_rounds=round_rest, rest=rest, name=name)

    def exercise_step(self, node: Node, known: Catalogue, defaults: Defaults) -> ExerciseStep | None:
        fields = self.fields(node, pgettext("place", "an exercise step"), EXERCISE_STEP_KEYS)
        if fields is None:
            return None
        before = len(self.problems)
        id_node = fields["exercise"]
        exercise = None
        if self.identifier(id_node, as_key("exercise")):
            exercise = known.get(id_node.text)
            if exercise is None and id_node.text not in self.broken_ids:
                self.problem(id_node, messages.unknown_exercise(id_node.text, known))
        duration = self.optional(fields, "duration", lambda n: self.seconds(n, as_key("duration"), allow_zero=False))
        reps = self.optional(fields, "reps", lambda n: self.count(n, as_key("reps"), 1, MAX_REPS))
        if "duration" in fields and "reps" in fields:
            self.problem(node, messages.duration_and_reps(pgettext("place", "this step")))
        sets = self.optional(fields, "sets", lambda n: self.count(n, as_key("sets"), 1, MAX_SETS))
        sides = self.optional(fields, "sides", lambda n: self.choice(n, as_key("sides"), Sides))
        tempo: Tempo = self.optional(fields, "tempo", self.tempo)
        rest = self.optional(fields, "rest", lambda n: self.seconds(n, as_key("rest"), allow_zero=True))
        set_rest = self.optional(
            fields, "rest_between_sets", lambda n: self.seconds(n, as_key("rest_between_sets"), allow_zero=True)
        )
        note = self.optional(fields, "note", lambda n: self.text(n, as_key("note")))
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
        nodes = self.items(node, as_key("cues"))
        if nodes is None:
            return ()
        tempo = step.tempo_in(defaults)
        length = step.duration if step.reps is None else (step.reps * tempo if tempo else None)
        cues = []
        for item in nodes:
            fields = self.fields(item, pgettext("place", "a cue"), CUE_KEYS, required=("at", "say"))
            if fields is None or "at" not in fields or "say" not in fields:
                continue
            at = self.seconds(fields["at"], as_key("at"), allow_zero=True)
            say = self.text(fields["say"], as_key("say"), 300)
            if at is not None and length is not None and at >= length:
                self.problem(fields["at"], messages.cue_after_end(duration_text(at), duration_text(length)))
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


def _variants(steps: tuple[Step, ...], known: Catalogue) -> tuple[Exercise, ...]:
    """Every exercise on the ladder of each exercise the steps use, each once, in the order first met."""
    found: dict[str, Exercise] = {}
    ladders = Ladders(known)  # once for the file, not once per step
    for step in iter_exercise_steps(steps):
        ladder = ladders.ladder(step.exercise)
        if len(ladder) > 1:
            found.update((rung.id, rung) for rung in ladder)
    return tuple(found.values())
