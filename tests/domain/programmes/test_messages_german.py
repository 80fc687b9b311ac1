"""Every message a programme file can earn, in German: whole sentences, none left in English."""

from __future__ import annotations

import inspect

import pytest

from workout_timer.domain.common import language
from workout_timer.domain.programmes import messages

SAMPLES: dict[str, object] = {
    "got": '"9"', "days": 7, "routine_id": "core-for-runers", "known": ["core-for-runners"], "weeks": 60, "limit": 52,
}  # fmt: skip
MESSAGES = [
    function
    for name, function in inspect.getmembers(messages, inspect.isfunction)
    if function.__module__ == messages.__name__ and not name.startswith("_")
]


def _call(function: object, **given: object) -> str:
    assert callable(function)
    values = {name: given.get(name, SAMPLES.get(name)) for name in inspect.signature(function).parameters}
    return str(function(**values))


@pytest.mark.parametrize("function", MESSAGES, ids=lambda f: f.__name__)
def test_every_message_reads_in_german(function: object) -> None:
    english = _call(function)
    language.use("de_DE")
    german = _call(function)
    assert german != english
    assert "{" not in german and "}" not in german
    for word in (" must ", " got ", " the ", " is ", " unknown ", " give ", " day ", " week ", " did you "):
        assert word not in f" {german} ", (word, german)


def test_an_unknown_routine_without_a_close_one_says_where_the_routines_are_listed() -> None:
    language.use("de_DE")
    assert messages.unknown_routine("xyz", []) == (
        "unbekannte Routine xyz; `workout-timer list` zeigt die vorhandenen Routinen"
    )
