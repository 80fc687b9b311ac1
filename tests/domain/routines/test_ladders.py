"""Ladders of easier and harder variants: the catalogue's families, and every broken ladder refused where it is
written, with its line and column."""

from __future__ import annotations

import itertools

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from workout_timer import resources
from workout_timer.domain.routines import ladders
from workout_timer.domain.routines.ladders import Ladders, easier_of, ladder_of
from workout_timer.domain.routines.loading import load_catalogue_text, load_routine, load_routine_text
from workout_timer.domain.routines.problems import LoadError
from workout_timer.domain.routines.routine import Catalogue

FAMILIES = [
    ["wall-push-up", "knee-push-up", "push-up"],
    ["knee-plank", "plank", "plank-leg-lift"],
    ["knee-side-plank", "side-plank", "side-plank-leg-lift"],
    ["glute-bridge", "marching-bridge"],
    ["bird-dog", "bird-dog-hold"],
    ["bent-knee-dead-bug", "dead-bug", "long-lever-dead-bug"],
    ["split-squat", "lunge"],
]


@pytest.mark.parametrize("family", FAMILIES, ids=lambda f: f[0])
def test_the_catalogue_holds_each_family_as_one_ladder(catalogue: Catalogue, family: list[str]) -> None:
    for exercise_id in family:
        assert [e.id for e in ladder_of(catalogue[exercise_id], catalogue)] == family
    first, top = catalogue[family[0]], catalogue[family[-1]]
    assert easier_of(first, catalogue) is None
    assert Ladders(catalogue).step(top, "harder") is None


def test_an_exercise_without_variants_is_a_ladder_of_one(catalogue: Catalogue) -> None:
    assert ladder_of(catalogue["cat-cow"], catalogue) == (catalogue["cat-cow"],)


def test_a_link_written_once_holds_both_ways(catalogue: Catalogue) -> None:
    plank = catalogue["plank"]
    assert plank.easier == "knee-plank" and catalogue["knee-plank"].harder is None
    assert Ladders(catalogue).step(catalogue["knee-plank"], "harder") == plank


def exercise(exercise_id: str, *links: str, kind: str = "core", sided: bool = False) -> str:
    lines = [
        f"  {exercise_id}:",
        f"    name: {exercise_id.capitalize()}",
        f"    kind: {kind}",
        "    instructions: [Do it slowly]",
        "    duration: 20s",
    ]
    if sided:
        lines.append("    sided: true")
    lines.extend(f"    {link}" for link in links)
    return "\n".join(lines) + "\n"


def catalogue_problems(*exercises: str) -> list[str]:
    text = "version: 1\nexercises:\n" + "".join(exercises)
    with pytest.raises(LoadError) as caught:
        load_catalogue_text(text, "exercises.yaml")
    return [str(p) for p in caught.value.problems]


def test_an_unknown_variant_is_refused_with_a_suggestion() -> None:
    assert catalogue_problems(exercise("plank", "easier: knee-plnak"), exercise("knee-plank")) == [
        "exercises.yaml:8:13: the `easier` variant knee-plnak is not a known exercise; did you mean knee-plank?"
    ]


def test_a_variant_must_be_an_id() -> None:
    assert catalogue_problems(exercise("plank", "harder: [a, b]")) == [
        "exercises.yaml:8:13: `harder` must be an id of lowercase letters, digits and dashes, like side-plank, got a list"
    ]


def test_an_exercise_is_not_its_own_variant() -> None:
    assert catalogue_problems(exercise("plank", "harder: plank")) == [
        "exercises.yaml:8:13: an exercise cannot be its own `harder` variant"
    ]


def test_a_ladder_keeps_to_one_kind() -> None:
    assert catalogue_problems(exercise("plank", "easier: wall-push-up"), exercise("wall-push-up", kind="strength")) == [
        "exercises.yaml:8:13: the `easier` variant wall-push-up is a strength exercise, this one a core exercise; "
        "a ladder keeps to one kind"
    ]


def test_a_ladder_keeps_to_one_way_of_doing_the_sides() -> None:
    assert catalogue_problems(
        exercise("single-leg-bridge", "easier: glute-bridge", sided=True), exercise("glute-bridge")
    ) == [
        "exercises.yaml:9:13: this exercise is done one side at a time and its `easier` variant glute-bridge both "
        "sides together; a ladder keeps to one, so a variant can take the other's place in a session"
    ]


def test_two_ends_of_a_link_must_agree() -> None:
    found = catalogue_problems(
        exercise("plank", "easier: knee-plank"), exercise("knee-plank", "harder: wall-plank"), exercise("wall-plank")
    )
    assert found == [
        "exercises.yaml:8:13: knee-plank names wall-plank as its `harder` variant, not this exercise; "
        "a ladder has one rung each way",
    ]


def test_two_exercises_cannot_share_a_rung() -> None:
    found = catalogue_problems(
        exercise("plank", "easier: knee-plank"), exercise("wide-plank", "easier: knee-plank"), exercise("knee-plank")
    )
    assert found == [
        "exercises.yaml:14:13: plank already names knee-plank as its `easier` variant; a ladder has one rung each way"
    ]


def test_a_loop_of_variants_is_refused_once() -> None:
    found = catalogue_problems(exercise("a", "easier: b"), exercise("b", "easier: c"), exercise("c", "easier: a"))
    assert found == [
        "exercises.yaml:8:13: these easier variants go round in a loop (a → b → c → a); "
        "a ladder needs a first, easiest rung"
    ]


def test_a_loop_made_of_links_in_both_directions_is_refused() -> None:
    found = catalogue_problems(exercise("a", "harder: b"), exercise("b", "harder: c"), exercise("c", "harder: a"))
    assert found == [
        "exercises.yaml:8:13: these easier variants go round in a loop (a → c → b → a); "
        "a ladder needs a first, easiest rung"
    ]


ROUTINE = """\
version: 1
name: My core
exercises:
  stability-plank:
    name: Plank on a cushion
    kind: core
    instructions: [Forearms on a cushion, then hold a plank]
    duration: 20s
    easier: {easier}
steps:
  - exercise: stability-plank
"""


def test_a_routines_own_exercise_can_step_down_to_the_catalogue(catalogue: Catalogue) -> None:
    routine = load_routine_text(ROUTINE.format(easier="plank"), "mine.yaml", catalogue, "mine")
    (own,) = routine.exercises
    assert [e.id for e in ladder_of(own, {**catalogue, own.id: own})][:3] == ["knee-plank", "plank", "stability-plank"]


def test_a_routines_own_exercise_naming_an_unknown_variant_is_refused_where_it_says_so(catalogue: Catalogue) -> None:
    with pytest.raises(LoadError) as caught:
        load_routine_text(ROUTINE.format(easier="plonk"), "mine.yaml", catalogue, "mine")
    assert [str(p) for p in caught.value.problems] == [
        "mine.yaml:9:13: the `easier` variant plonk is not a known exercise; did you mean plank?"
    ]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(st.sampled_from("abcde"), st.sampled_from(["easier", "harder"]), st.sampled_from("abcde"))))
def test_whatever_the_links_a_catalogue_that_loads_has_true_ladders(links: list[tuple[str, str, str]]) -> None:
    written: dict[str, dict[str, str]] = {name: {} for name in "abcde"}
    for name, direction, target in links:
        written[name].setdefault(direction, target)
    text = "version: 1\nexercises:\n" + "".join(
        exercise(name, *(f"{d}: {t}" for d, t in written[name].items())) for name in "abcde"
    )
    try:
        loaded = load_catalogue_text(text, "exercises.yaml")
    except LoadError as error:
        assert all(p.line > 0 for p in error.problems)
        return
    for item in loaded.values():
        ladder = ladder_of(item, loaded)
        assert len({e.id for e in ladder}) == len(ladder)
        assert easier_of(ladder[0], loaded) is None and Ladders(loaded).step(ladder[-1], "harder") is None
        for lower, upper in itertools.pairwise(ladder):
            assert Ladders(loaded).step(lower, "harder") == upper and easier_of(upper, loaded) == lower


def test_a_routines_own_ladder_is_written_back_as_it_was(catalogue: Catalogue) -> None:
    from workout_timer.domain.routines.routine_writer import routine_yaml

    routine = load_routine_text(ROUTINE.format(easier="plank"), "mine.yaml", catalogue, "mine")
    text = routine_yaml(routine)
    assert "    easier: plank\n" in text
    assert load_routine_text(text, "mine.yaml", catalogue, "mine") == routine


def test_a_routine_carries_the_ladders_of_its_exercises(catalogue: Catalogue) -> None:
    routine = load_routine_text(ROUTINE.format(easier="plank"), "mine.yaml", catalogue, "mine")
    assert [e.id for e in routine.variants] == ["knee-plank", "plank", "stability-plank"]
    text = "version: 1\nname: Stretch\nsteps:\n  - exercise: cat-cow\n  - exercise: dead-bug\n"
    stretch = load_routine_text(text, "s.yaml", catalogue, "s")
    assert [e.id for e in stretch.variants] == ["bent-knee-dead-bug", "dead-bug", "long-lever-dead-bug"]


def test_reading_a_routine_finds_its_variants_in_one_pass_over_the_catalogue(
    catalogue: Catalogue, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A link written the other way round was looked for over the whole catalogue at each rung of each
    step's ladder: about a tenth of reading the built-in routines at a first start."""
    looked: list[str] = []
    named = ladders._named
    monkeypatch.setattr(
        ladders, "_named", lambda exercise, direction: (looked.append(exercise.id), named(exercise, direction))[1]
    )
    files = [path for path in sorted(resources.routines_dir().glob("*.yaml")) if path.name != "exercises.yaml"]
    assert len(files) >= 5
    found = 0
    for path in files:
        looked.clear()
        found += len(load_routine(path, catalogue).variants)
        assert len(looked) <= 3 * len(catalogue), path.name  # each link read about once, each way
    assert found > 10  # ladders were there to find
