"""Every message a routine file can earn, in German: none left in English, placeholders filled."""

from __future__ import annotations

import inspect
import re
from pathlib import Path

import pytest

from tests.conftest import FIXTURES
from workout_timer import resources
from workout_timer.domain.common import language
from workout_timer.domain.figures.pose import angle_meaning
from workout_timer.domain.routines import messages, yaml_words
from workout_timer.domain.routines.loading import load_catalogue, load_routine
from workout_timer.domain.routines.problems import LoadError

SAMPLES: dict[str, object] = {
    "reason": "Permission denied", "size": 300_000, "limit": 12, "kind": "strength", "byte": 0xFF,
    "problem": "mapping values are not allowed here", "tag": "!!python/object", "key": "duraton",
    "first_line": 3, "what": "duration", "got": '"abc"', "where": "steps", "allowed": ["duration", "reps"],
    "supported": 1, "options": ["side", "front"], "minimum": 1, "maximum": 99, "least": 5.0, "exercise": "Plank",
    "exercise_id": "plnk", "known": ["plank", "side-plank"], "direction": "easier", "variant": "dead-bug",
    "variant_kind": "stretch", "sided": True, "other": "bird-dog", "first": "plank", "path": ["a", "b", "a"],
    "keys": ["circuit", "exercise"], "at": "50s", "length": "45s", "hours": 4, "joint": "knee", "low": 0.0,
    "high": 165.0, "found": "@", "alias": "base",
}  # fmt: skip
MESSAGES = [
    function
    for module in (messages, yaml_words)
    for name, function in inspect.getmembers(module, inspect.isfunction)
    if function.__module__ == module.__name__
    and not name.startswith("_")
    and name not in ("quoted", "choices", "closest", "as_key")
]


def _call(function: object) -> str:
    assert callable(function)
    parameters = inspect.signature(function).parameters
    values = {name: SAMPLES.get(name) for name in parameters}
    if function.__name__ == "version_newer":
        values["got"] = 2
    if "meaning" in parameters:
        values["meaning"] = angle_meaning("knee")  # in the language in use, as the pose reader gives it
    if "kind" in parameters and function.__name__ == "shape":
        values["kind"] = "seq"
    return str(function(**values))


@pytest.mark.parametrize("function", MESSAGES, ids=lambda f: f.__name__)
def test_every_message_reads_in_german(function: object) -> None:
    english = _call(function)
    language.use("de_DE")
    german = _call(function)
    assert german != english
    assert "{" not in german and "}" not in german  # every placeholder filled
    for word in (" must ", " got ", " the ", " is ", " missing", " unknown", " give "):
        assert word not in f" {german} ", (word, german)


def test_a_choice_among_several_ends_with_the_languages_or() -> None:
    assert messages.choices(["a", "b", "c"]) == "a, b or c"
    language.use("de")
    assert messages.choices(["a", "b", "c"]) == "a, b oder c"


@pytest.mark.parametrize("path", sorted((FIXTURES / "invalid").glob("*.yaml")), ids=lambda p: p.stem)
def test_each_broken_fixture_is_told_in_german(path: Path) -> None:
    catalogue = load_catalogue(resources.catalogue_path())
    language.use("de_DE")
    with pytest.raises(LoadError) as caught:
        load_routine(path, catalogue)
    for problem in caught.value.problems:
        assert "{" not in problem.message
        for word in (" must ", " got ", " the ", " missing", " unknown", " a list", " a mapping", " each "):
            assert word not in f" {problem.message} ", (word, problem.message)
        bare = set(re.findall(r"[\w-]+", re.sub(r"`[^`]*`", " ", problem.message))) & KEYS
        assert not bare, (bare, problem.message)  # each key quoted, as written: `duration`


def test_the_yaml_readers_english_words_are_the_apps_own_in_german_or_left_to_the_line_and_column() -> None:
    language.use("de_DE")
    assert yaml_words.bad_yaml("found character '\\t' that cannot start any token") == (
        "das ist kein gültiges YAML: ein Tabulator: Rück mit Leerzeichen ein"
    )
    assert yaml_words.bad_yaml("found undefined tag handle '!x!'") == "das ist hier kein gültiges YAML"
    language.use("en_GB")
    assert yaml_words.bad_yaml("found undefined tag handle '!x!'") == (
        "this is not valid YAML: found undefined tag handle '!x!'"
    )


KEYS = {"duration", "reps", "steps", "move_on", "tags", "sets", "sides", "level", "defaults", "cues", "version"}
"""Keys of the format the broken fixtures' messages name: each reads as a key, in backquotes, in any language."""
