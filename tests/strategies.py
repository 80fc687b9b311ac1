"""Hypothesis strategies for routine files, as the plain data a person would write in YAML."""

from __future__ import annotations

from typing import Any

import yaml
from hypothesis import strategies as st

EXERCISES = [
    "plank",
    "side-plank",
    "bird-dog",
    "dead-bug",
    "glute-bridge",
    "push-up",
    "calf-stretch",
    "cat-cow",
]

seconds = st.integers(min_value=1, max_value=90)
pauses = st.integers(min_value=0, max_value=40)


@st.composite
def exercise_steps(draw: st.DrawFn) -> dict[str, Any]:
    step: dict[str, Any] = {"exercise": draw(st.sampled_from(EXERCISES))}
    if draw(st.booleans()):
        step["duration"] = draw(st.one_of(seconds, seconds.map(lambda s: f"{s}s")))
    else:
        step["reps"] = draw(st.integers(min_value=1, max_value=15))
        step["tempo"] = draw(st.one_of(st.none(), st.just("none"), st.integers(min_value=1, max_value=5)))
        if step["tempo"] is None:
            del step["tempo"]
    for key, strategy in (
        ("sets", st.integers(min_value=1, max_value=3)),
        ("sides", st.sampled_from(["both", "left", "right", "none"])),
        ("rest", pauses),
        ("rest_between_sets", pauses),
    ):
        if draw(st.booleans()):
            step[key] = draw(strategy)
    return step


rest_steps = st.builds(lambda s: {"rest": s}, seconds)


def steps(depth: int = 0) -> st.SearchStrategy[list[dict[str, Any]]]:
    leaf = st.one_of(exercise_steps(), exercise_steps(), rest_steps)
    if depth >= 2:
        return st.lists(leaf, min_size=1, max_size=4)
    circuit = st.builds(
        lambda rounds, rest, inner: {"circuit": {"rounds": rounds, "rest_between_rounds": rest, "steps": inner}},
        st.integers(min_value=1, max_value=3),
        pauses,
        st.deferred(lambda: steps(depth + 1)),
    )
    return st.lists(st.one_of(leaf, leaf, circuit), min_size=1, max_size=5)


@st.composite
def routines(draw: st.DrawFn) -> dict[str, Any]:
    data: dict[str, Any] = {"version": 1, "name": draw(st.sampled_from(["Morning core", "Stretch", "Test"]))}
    defaults = {key: draw(pauses) for key in ("prepare", "rest", "switch") if draw(st.booleans())}
    if draw(st.booleans()):
        defaults["tempo"] = draw(st.integers(min_value=1, max_value=5))
    if defaults:
        data["defaults"] = defaults
    data["steps"] = draw(steps())
    return data


def to_yaml(data: dict[str, Any]) -> str:
    return yaml.safe_dump(data, sort_keys=False)
