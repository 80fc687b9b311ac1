"""Property tests: generated routines load as written; no input makes the loader crash."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.conftest import FIXTURES
from tests.strategies import routines, to_yaml
from workout_timer.domain.routines.loading import load_routine, load_routine_text
from workout_timer.domain.routines.problems import LoadError
from workout_timer.domain.routines.routine import Catalogue, Circuit, ExerciseStep, RestStep, Step
from workout_timer.domain.routines.timeline import Phase, build_timeline

SIDES = {"both": 2, "left": 1, "right": 1, "none": 1}


def expected_work(steps: list[dict[str, Any]], catalogue: Catalogue) -> int:
    """Work segments a person would count by hand from the file: sets x sides x rounds."""
    total = 0
    for step in steps:
        if "circuit" in step:
            total += step["circuit"]["rounds"] * expected_work(step["circuit"]["steps"], catalogue)
        elif "exercise" in step:
            sided = "both" if catalogue[step["exercise"]].sided else "none"
            total += step.get("sets", 1) * SIDES[step.get("sides", sided)]
    return total


def same_steps(written: list[dict[str, Any]], loaded: tuple[Step, ...]) -> None:
    assert len(written) == len(loaded)
    for data, step in zip(written, loaded, strict=True):
        if "circuit" in data:
            assert isinstance(step, Circuit) and step.rounds == data["circuit"]["rounds"]
            same_steps(data["circuit"]["steps"], step.steps)
        elif "exercise" in data:
            assert isinstance(step, ExerciseStep) and step.exercise.id == data["exercise"]
            assert step.sets == data.get("sets", 1)
            if "reps" in data:
                assert step.reps == data["reps"] and step.duration is None
            else:
                assert step.duration == float(str(data["duration"]).rstrip("s"))
        else:
            assert step == RestStep(float(data["rest"]))


@settings(max_examples=150, deadline=None)
@given(routines())
def test_generated_routines_load_as_written(catalogue: Catalogue, data: dict[str, Any]) -> None:
    routine = load_routine_text(to_yaml(data), "generated.yaml", catalogue, "generated")
    same_steps(data["steps"], routine.steps)
    timeline = build_timeline(routine)
    assert sum(s.phase is Phase.WORK for s in timeline.segments) == expected_work(data["steps"], catalogue)
    assert all(s.estimate > 0 for s in timeline.segments)


VALID = (FIXTURES / "valid" / "issue-example.yaml").read_text(encoding="utf-8")


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.lists(
        st.tuples(st.integers(min_value=0, max_value=len(VALID)), st.integers(0, 8), st.text(max_size=6)),
        min_size=1,
        max_size=4,
    )
)
def test_a_damaged_routine_never_crashes_the_loader(catalogue: Catalogue, edits: list[tuple[int, int, str]]) -> None:
    text = VALID
    for at, cut, insert in edits:
        text = text[:at] + insert + text[at + cut :]
    try:
        load_routine_text(text, "damaged.yaml", catalogue, "damaged")
    except LoadError as error:
        assert all(p.path == "damaged.yaml" and p.message for p in error.problems)


@settings(max_examples=150, deadline=None)
@given(st.binary(max_size=300))
def test_any_bytes_are_answered_with_a_message(tmp_path_factory: Any, catalogue: Catalogue, data: bytes) -> None:
    path: Path = tmp_path_factory.mktemp("bytes") / "any.yaml"
    path.write_bytes(data)
    try:
        load_routine(path, catalogue)
    except LoadError as error:
        assert error.problems
