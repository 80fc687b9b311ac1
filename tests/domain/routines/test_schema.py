"""The shipped JSON Schema and the loader agree about what a routine is."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import given, settings
from jsonschema import Draft202012Validator

from tests.conftest import FIXTURES
from tests.strategies import routines
from workout_timer import resources
from workout_timer.domain.routines.loading import load_routine
from workout_timer.domain.routines.problems import LoadError
from workout_timer.domain.routines.routine import Catalogue

SCHEMA = json.loads(resources.schema_text())
VALIDATOR = Draft202012Validator(SCHEMA)

# Mistakes a schema cannot see: they need the catalogue or arithmetic over the whole routine.
LOADER_ONLY = {
    "unknown-exercise.yaml",
    "cue-after-end.yaml",
    "too-many-parts.yaml",
    "no-length.yaml",
    "circuit-too-deep.yaml",
}


def data_of(path: Path) -> Any:
    return yaml.safe_load(path.read_text(encoding="utf-8"))


def built_in_routines() -> list[Path]:
    return sorted(p for p in resources.routines_dir().glob("*.yaml") if p.name != "exercises.yaml")


def test_the_schema_is_a_valid_schema() -> None:
    Draft202012Validator.check_schema(SCHEMA)


@pytest.mark.parametrize(
    "path", built_in_routines() + sorted((FIXTURES / "valid").glob("*.yaml")), ids=lambda p: p.name
)
def test_valid_routines_pass_both(path: Path, catalogue: Catalogue) -> None:
    load_routine(path, catalogue)
    assert list(VALIDATOR.iter_errors(data_of(path))) == []


@pytest.mark.parametrize("path", sorted((FIXTURES / "invalid").glob("*.yaml")), ids=lambda p: p.name)
def test_invalid_routines_fail_the_loader_and_the_schema_where_it_can_tell(path: Path, catalogue: Catalogue) -> None:
    with pytest.raises(LoadError):
        load_routine(path, catalogue)
    schema_errors = list(VALIDATOR.iter_errors(data_of(path)))
    if path.name in LOADER_ONLY:
        assert schema_errors == [], "the schema accepts this; only the loader can tell"
    else:
        assert schema_errors, "the schema should refuse this too"


def test_the_catalogue_exercises_fit_the_schema() -> None:
    exercise_schema = {"$defs": SCHEMA["$defs"], "$ref": "#/$defs/exercise"}
    validator = Draft202012Validator(exercise_schema)
    for exercise_id, exercise in data_of(resources.catalogue_path())["exercises"].items():
        assert list(validator.iter_errors(exercise)) == [], exercise_id


@settings(max_examples=60, deadline=None)
@given(routines())
def test_generated_routines_pass_both(catalogue: Catalogue, data: dict[str, Any]) -> None:
    assert list(VALIDATOR.iter_errors(data)) == []
