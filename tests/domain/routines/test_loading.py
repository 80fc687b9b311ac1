"""The loader: what it accepts, and the exact message and place of everything it refuses."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from tests.conftest import FIXTURES
from workout_timer.domain.routines.loading import load_routine, load_routine_text
from workout_timer.domain.routines.problems import LoadError
from workout_timer.domain.routines.routine import (
    WAIT,
    Catalogue,
    Circuit,
    ExerciseStep,
    Kind,
    Level,
    RestStep,
    Routine,
    Sides,
)
from workout_timer.domain.routines.routine_files import routine_id_for

Load = Callable[[str], Routine]


def problems(text: str, catalogue: Catalogue) -> list[str]:
    with pytest.raises(LoadError) as caught:
        load_routine_text(text, "core.yaml", catalogue, "core")
    return [str(p) for p in caught.value.problems]


HEAD = "version: 1\nname: Test\n"


def test_the_documented_example_loads(catalogue: Catalogue) -> None:
    routine = load_routine(FIXTURES / "valid" / "issue-example.yaml", catalogue)
    assert routine.id == "issue-example"
    assert routine.level is Level.BEGINNER
    assert routine.tags == ("core", "back-care")
    assert routine.defaults.tempo == 3
    plank, side_plank, bird_dog, push_up, rest, circuit, wall_angel = routine.steps
    assert isinstance(plank, ExerciseStep) and plank.sets == 3 and plank.rest_between_sets == 20
    assert isinstance(side_plank, ExerciseStep) and side_plank.sides is Sides.BOTH
    assert isinstance(bird_dog, ExerciseStep) and bird_dog.tempo == 4 and bird_dog.reps == 10
    assert isinstance(push_up, ExerciseStep) and push_up.tempo == WAIT and push_up.rest == 30
    assert rest == RestStep(60, "Drink some water")
    assert isinstance(circuit, Circuit) and circuit.rounds == 2 and circuit.rest_between_rounds == 45
    assert isinstance(wall_angel, ExerciseStep)
    assert wall_angel.exercise.kind is Kind.MOBILITY
    assert wall_angel.cues[0].say == "Keep your lower back against the wall"
    assert [e.id for e in routine.exercises] == ["wall-angel"]


def test_defaults_when_not_given(load: Load) -> None:
    routine = load(HEAD + "steps:\n  - exercise: side-plank\n  - exercise: plank\n")
    side_plank, plank = routine.steps
    assert isinstance(side_plank, ExerciseStep) and isinstance(plank, ExerciseStep)
    assert side_plank.sides is Sides.BOTH  # the catalogue says it is sided
    assert side_plank.duration == 20  # the catalogue's default length
    assert plank.sides is Sides.NONE
    assert routine.defaults.prepare == 10 and routine.defaults.rest == 15 and routine.defaults.switch == 5
    assert routine.defaults.tempo is None


@pytest.mark.parametrize(
    ("written", "seconds"), [("90", 90), ('"1m30s"', 90), ("1:30", 90), ('"1:30"', 90), ("2m", 120)]
)
def test_duration_forms(load: Load, written: str, seconds: float) -> None:
    routine = load(HEAD + f"steps:\n  - exercise: plank\n    duration: {written}\n")
    assert routine.steps[0].duration == seconds  # type: ignore[union-attr]


def test_the_message_from_the_format_contract(catalogue: Catalogue) -> None:
    text = HEAD + "steps:\n  - exercise: plank\n    duration: -5\n"
    assert problems(text, catalogue) == [
        'core.yaml:5:15: `duration` must be a positive number of seconds or a string like "1m30s", got “-5”'
    ]


def test_a_broken_definition_is_reported_once(catalogue: Catalogue) -> None:
    text = HEAD + "exercises:\n  my-move:\n    name: My move\n    kind: yoga\n    instructions: [Move]\n"
    text += "steps:\n  - exercise: my-move\n  - exercise: my-move\n"
    assert problems(text, catalogue) == [
        "core.yaml:6:11: `kind` must be warm-up, core, strength, stretch or mobility, got “yoga”"
    ]


def test_every_problem_in_a_file_is_reported_in_order(catalogue: Catalogue) -> None:
    text = (
        "version: 1\n"
        "name: Many mistakes\n"
        "level: expert\n"
        "colour: blue\n"
        "steps:\n"
        "  - exercise: plank\n"
        "    duration: forever\n"
        "  - exercise: side-plnk\n"
        "  - exercise: bird-dog\n"
        "    sets: 0\n"
        "    sides: up\n"
    )
    assert problems(text, catalogue) == [
        "core.yaml:3:8: `level` must be beginner, intermediate or advanced, got “expert”",
        "core.yaml:4:1: unknown key `colour` in the routine; allowed here: `defaults`, `description`, `equipment`, "
        "`exercises`, `level`, `name`, `steps`, `tags` or `version`",
        'core.yaml:7:15: `duration` must be a positive number of seconds or a string like "1m30s", got “forever”',
        "core.yaml:8:15: unknown exercise side-plnk; did you mean side-plank?",
        "core.yaml:10:11: `sets` must be a whole number from 1 to 50, got “0”",
        "core.yaml:11:12: `sides` must be both, left, right or none, got “up”",
    ]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "steps:\n  - exercise: plank\n    duraton: 30\n",
            "core.yaml:5:5: unknown key `duraton` in an exercise step; did you mean `duration`?",
        ),
        (
            "steps:\n  - exercise: plank\n    duration: 25h\n",
            "core.yaml:5:15: `duration` must be at most 24 hours, got “25h”",
        ),
        (
            "steps:\n  - exercise: plank\n    duration: 0\n",
            'core.yaml:5:15: `duration` must be a positive number of seconds or a string like "1m30s", got “0”',
        ),
        (
            "steps:\n  - exercise: plank\n    duration: 30\n    reps: 5\n",
            "core.yaml:4:5: this step gives both `duration` and `reps`; give one of them",
        ),
        (
            "steps:\n  - exercise: plank\n    duration: [30]\n",
            'core.yaml:5:15: `duration` must be a positive number of seconds or a string like "1m30s", got a list',
        ),
        (
            'steps:\n  - exercise: plank\n    sets: "3"\n',
            "core.yaml:5:11: `sets` must be a whole number from 1 to 50, got “3”",
        ),
        (
            "steps:\n  - exercise: plank\n    sets: 2.5\n",
            "core.yaml:5:11: `sets` must be a whole number from 1 to 50, got “2.5”",
        ),
        (
            "steps:\n  - exercise: plank\n    sets: true\n",
            "core.yaml:5:11: `sets` must be a whole number from 1 to 50, got “true”",
        ),
        (
            "steps:\n  - exercise: bird-dog\n    tempo: 0\n",
            'core.yaml:5:12: `tempo` must be seconds per rep (more than 0, at most 60) or "none" to wait for Done, got “0”',
        ),
        (
            "steps:\n  - exercise: plank\n    tempo: 3\n",
            "core.yaml:5:12: `tempo` only applies to steps with `reps`",
        ),
        (
            "steps:\n  - exercise: bird-dog\n    reps: 5000\n",
            "core.yaml:5:11: `reps` must be a whole number from 1 to 1000, got “5000”",
        ),
        (
            "steps:\n  - exercise: plank\n    rest: -1\n",
            'core.yaml:5:11: `rest` must be 0 or more seconds, or a string like "30s", got “-1”',
        ),
        (
            "steps:\n  - rest: 0\n",
            'core.yaml:4:11: `rest` must be a positive number of seconds or a string like "1m30s", got “0”',
        ),
        ("steps:\n  - note: hello\n", "core.yaml:4:5: a step needs one of `exercise`, `rest` or `circuit`"),
        (
            "steps:\n  - exercise: plank\n    circuit: {steps: []}\n",
            "core.yaml:4:5: a step takes only one of `exercise`, `rest` or `circuit`, got `circuit` and `exercise`",
        ),
        ("steps:\n  - plank\n", "core.yaml:4:5: each step must be a mapping of keys and values, got “plank”"),
        ("steps: []\n", "core.yaml:3:8: `steps` must not be empty"),
        ("steps: plank\n", "core.yaml:3:8: `steps` must be a list, got “plank”"),
        (
            "steps:\n  - exercise: Plank\n",
            "core.yaml:4:15: `exercise` must be an id of lowercase letters, digits and dashes, like side-plank, got “Plank”",
        ),
        (
            "steps:\n  - exercise: plank\n    cues:\n      - at: 40\n        say: Too late\n",
            "core.yaml:6:13: this cue at 40 secs comes after the step ends (30 secs)",
        ),
        (
            "steps:\n  - exercise: plank\n    cues:\n      - at: 5\n",
            "core.yaml:6:9: `say` is missing from a cue",
        ),
        (
            "defaults:\n  rest: soon\nsteps: [{rest: 5}]\n",
            'core.yaml:4:9: `rest` must be 0 or more seconds, or a string like "30s", got “soon”',
        ),
        (
            "exercises:\n  my-move:\n    name: My move\n    kind: yoga\n    instructions: [Move]\nsteps:\n  - exercise: my-move\n    duration: 10\n",
            "core.yaml:6:11: `kind` must be warm-up, core, strength, stretch or mobility, got “yoga”",
        ),
        (
            "exercises:\n  my-move:\n    name: My move\n    kind: core\n    instructions: [Move]\nsteps:\n  - exercise: my-move\n",
            "core.yaml:9:15: My move has no default length: give the step a `duration` or `reps`",
        ),
        (
            "exercises:\n  my-move:\n    name: My move\n    kind: core\nsteps:\n  - exercise: my-move\n    duration: 10\n",
            "core.yaml:5:5: `instructions` is missing from exercise my-move",
        ),
    ],
)
def test_mistakes_and_their_messages(catalogue: Catalogue, body: str, expected: str) -> None:
    assert expected in problems(HEAD + body, catalogue)


def test_suggestions_find_a_word_inside_an_id(catalogue: Catalogue) -> None:
    text = HEAD + "steps:\n  - exercise: brige\n  - exercise: hamstring\n  - exercise: zzzz\n"
    assert problems(text, catalogue) == [
        "core.yaml:4:15: unknown exercise brige; did you mean glute-bridge?",
        "core.yaml:5:15: unknown exercise hamstring; did you mean hamstring-stretch?",
        "core.yaml:6:15: unknown exercise zzzz; define it under `exercises:` or pick one from the catalogue",
    ]


def test_missing_required_keys(catalogue: Catalogue) -> None:
    assert problems("version: 1\n", catalogue) == [
        "core.yaml:1:1: `name` is missing from the routine",
        "core.yaml:1:1: `steps` is missing from the routine",
    ]


def test_a_newer_version_is_refused_with_only_that_message(catalogue: Catalogue) -> None:
    text = "version: 2\nname: Future\nsparkles: true\nsteps: [{hologram: yes}]\n"
    assert problems(text, catalogue) == [
        "core.yaml:1:10: this file uses routine format version 2, but this copy of workout-timer reads "
        "version 1; update workout-timer to open it"
    ]


@pytest.mark.parametrize("version", ["0", '"1"', "one", "1.0", "-1"])
def test_an_unsupported_version(catalogue: Catalogue, version: str) -> None:
    (message,) = problems(f"version: {version}\nname: x\nsteps: [{{rest: 5}}]\n", catalogue)
    assert message.startswith("core.yaml:1:10: `version` must be 1, got ")


def test_version_is_required(catalogue: Catalogue) -> None:
    assert problems("name: x\nsteps: [{rest: 5}]\n", catalogue) == [
        "core.yaml:1:1: `version` is missing: start the file with `version: 1`"
    ]


def test_the_top_must_be_a_mapping(catalogue: Catalogue) -> None:
    assert problems("- just\n- a list\n", catalogue) == [
        "core.yaml:1:1: the routine must be a mapping of keys and values, got a list"
    ]


def test_circuits_nest_to_a_limit(catalogue: Catalogue, load: Load) -> None:
    def nested(depth: int) -> str:
        inner = "{exercise: plank}"
        for _ in range(depth):
            inner = f"{{circuit: {{rounds: 2, steps: [{inner}]}}}}"
        return HEAD + f"steps: [{inner}]\n"

    assert isinstance(load(nested(3)).steps[0], Circuit)
    (message,) = problems(nested(4), catalogue)
    assert message.endswith("circuits are nested more than 3 levels deep")


def test_absurd_expansion_is_refused(catalogue: Catalogue) -> None:
    inner = "{circuit: {rounds: 50, steps: [{exercise: plank, duration: 1, sets: 5}]}}"
    text = HEAD + f"steps: [{{circuit: {{rounds: 50, steps: [{inner}]}}}}]\n"
    assert problems(text, catalogue) == [
        "core.yaml:1:1: this routine expands to more than 10000 timed parts; use fewer sets or rounds"
    ]


def test_too_long_in_total_is_refused(catalogue: Catalogue) -> None:
    text = HEAD + "steps: [{circuit: {rounds: 50, steps: [{exercise: plank, duration: 1h}]}}]\n"
    assert problems(text, catalogue) == [
        "core.yaml:1:1: this routine would last more than 24 hours; use fewer sets or rounds"
    ]


def test_names_keep_the_text_written(load: Load) -> None:
    assert load("version: 1\nname: No\nsteps: [{rest: 5}]\n").name == "No"
    assert load("version: 1\nname: 2024\nsteps: [{rest: 5}]\n").name == "2024"


def test_inline_exercises_override_the_catalogue(load: Load) -> None:
    routine = load(
        HEAD
        + "exercises:\n  plank:\n    name: Wall plank\n    kind: core\n    instructions: Lean on a wall\n"
        + "    duration: 20\nsteps:\n  - exercise: plank\n"
    )
    step = routine.steps[0]
    assert isinstance(step, ExerciseStep)
    assert step.exercise.name == "Wall plank" and step.duration == 20
    assert step.exercise.instructions == ("Lean on a wall",)


def test_tempo_none_and_null_wait(load: Load) -> None:
    routine = load(
        HEAD
        + "defaults: {tempo: 3}\nsteps:\n  - {exercise: push-up, tempo: none}\n  - {exercise: push-up, tempo: ~}\n  - {exercise: push-up}\n"
    )
    first, second, third = routine.steps
    assert isinstance(first, ExerciseStep) and isinstance(second, ExerciseStep) and isinstance(third, ExerciseStep)
    assert first.tempo_in(routine.defaults) is None
    assert second.tempo_in(routine.defaults) is None
    assert third.tempo_in(routine.defaults) == 3


INVALID_FIXTURES: dict[str, list[str]] = {
    "absurd-duration.yaml": ["5:15: `duration` must be at most 24 hours, got “100000”"],
    "both-duration-and-reps.yaml": ["4:5: this step gives both `duration` and `reps`; give one of them"],
    "circuit-too-deep.yaml": ["11:25: circuits are nested more than 3 levels deep"],
    "cue-after-end.yaml": ["7:13: this cue at 45 secs comes after the step ends (30 secs)"],
    "move-on-too-soon.yaml": [
        "4:12: `move_on` must be true, false, or how long a step at your own pace waits before moving on by itself "
        '(10 seconds or more, or a string like "1m"), got “5”'
    ],
    "negative-duration.yaml": [
        '5:15: `duration` must be a positive number of seconds or a string like "1m30s", got “-5”'
    ],
    "newer-version.yaml": [
        "1:10: this file uses routine format version 2, but this copy of workout-timer reads version 1; "
        "update workout-timer to open it"
    ],
    "no-length.yaml": ["9:15: My stretch has no default length: give the step a `duration` or `reps`"],
    "no-steps.yaml": ["3:8: `steps` must not be empty"],
    "too-many-parts.yaml": ["1:1: this routine expands to more than 10000 timed parts; use fewer sets or rounds"],
    "unknown-cue-group.yaml": [
        "4:10: unknown key `countdwn` in `defaults: cues`; did you mean `countdown`?",
        "4:36: `defaults: cues: halfway` must be true or false, got “sometimes”",
    ],
    "unknown-exercise.yaml": [
        "4:15: unknown exercise jumping-jack; define it under `exercises:` or pick one from the catalogue"
    ],
    "unknown-key.yaml": ["5:5: unknown key `duraton` in an exercise step; did you mean `duration`?"],
    "wrong-types.yaml": [
        "3:8: `level` must be beginner, intermediate or advanced, got “expert”",
        "4:7: `tags` must be a list, got a mapping",
        "7:11: `sets` must be a whole number from 1 to 50, got “three”",
        "8:12: `sides` must be both, left, right or none, got “up”",
    ],
}
"""Every invalid fixture with exactly what the loader says of it (line:column: words), in order."""


def test_every_invalid_fixture_has_its_messages_listed() -> None:
    assert sorted(path.name for path in (FIXTURES / "invalid").glob("*.yaml")) == sorted(INVALID_FIXTURES)


@pytest.mark.parametrize(("name", "expected"), INVALID_FIXTURES.items(), ids=list(INVALID_FIXTURES))
def test_an_invalid_fixture_says_what_is_wrong_and_where(name: str, expected: list[str], catalogue: Catalogue) -> None:
    path = FIXTURES / "invalid" / name
    with pytest.raises(LoadError) as caught:
        load_routine(path, catalogue)
    assert [str(problem) for problem in caught.value.problems] == [f"{path}:{message}" for message in expected]


def test_valid_fixtures_all_load(catalogue: Catalogue) -> None:
    for path in sorted((FIXTURES / "valid").glob("*.yaml")):
        load_routine(path, catalogue)


def test_routine_ids_come_from_file_names() -> None:
    assert routine_id_for(Path("/x/Core For Runners.yaml")) == "core-for-runners"
    assert routine_id_for("a/b/back_care.yml") == "back-care"
    assert routine_id_for("___.yaml") == "routine"


def test_a_routine_can_leave_out_groups_of_cues(catalogue: Catalogue) -> None:
    routine = load_routine(FIXTURES / "valid" / "quiet-stretch.yaml", catalogue)
    assert routine.defaults.cues_off == ("countdown", "tones", "halfway")
    assert problems((FIXTURES / "invalid" / "unknown-cue-group.yaml").read_text(), catalogue) == [
        "core.yaml:4:10: unknown key `countdwn` in `defaults: cues`; did you mean `countdown`?",
        "core.yaml:4:36: `defaults: cues: halfway` must be true or false, got “sometimes”",
    ]
