"""Programme files: the built-ins, the format's rules and every mistake at its line and column, the schema,
and hostile input, generated too."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from jsonschema import Draft202012Validator

from workout_timer import resources
from workout_timer.domain.care.gentler import Dial
from workout_timer.domain.library.library import Library
from workout_timer.domain.programmes.programme import MAX_WEEKS
from workout_timer.domain.programmes.programme_library import ProgrammeLibrary, load_programme, load_programme_text
from workout_timer.domain.routines.problems import LoadError
from workout_timer.domain.routines.routine_files import routine_files

ROUTINES = frozenset(e.id for e in Library(resources.routines_dir(), None, resources.catalogue_path()).entries())
SCHEMA = json.loads(resources.schema_text("programme"))
VALIDATOR = Draft202012Validator(SCHEMA)


def load(text: str) -> Any:
    return load_programme_text(text, "plan.yaml", ROUTINES, "plan")


def problems(text: str) -> list[str]:
    with pytest.raises(LoadError) as caught:
        load(text)
    return [str(problem) for problem in caught.value.problems]


def schema_errors(text: str) -> list[str]:
    data = json.loads(json.dumps(yaml.safe_load(text)))  # day numbers become the strings JSON has
    return [error.message for error in VALIDATOR.iter_errors(data)]


def built_ins() -> list[Path]:
    return routine_files(resources.programmes_dir())


def test_the_built_in_programmes_load_and_start_gradually() -> None:
    names = {}
    for path in built_ins():
        programme = load_programme(path, ROUTINES)
        names[programme.id] = programme.name
        assert programme.weeks[0].dose is Dial.GENTLEST and programme.weeks[1].dose is Dial.GENTLER
        assert sum(week.sessions for week in programme.weeks[:2]) == 6  # six sessions in the first two weeks
        for week in programme.weeks:  # never two days in a row without a rest day in the week
            assert 1 <= week.sessions <= 4
            assert None in week.days
        assert schema_errors(path.read_text(encoding="utf-8")) == []
    assert names == {"back-on-track": "Back on track", "runners-core": "Runner's core"}
    assert len(load_programme(resources.programmes_dir() / "back-on-track.yaml", ROUTINES).weeks) == 6
    assert len(load_programme(resources.programmes_dir() / "runners-core.yaml", ROUTINES).weeks) == 8


def test_the_schema_is_a_valid_schema() -> None:
    Draft202012Validator.check_schema(SCHEMA)


def test_a_week_lists_its_days_and_rest_days_are_the_others() -> None:
    programme = load(
        "version: 1\nname: Two weeks\nweeks:\n"
        "  - dose: gentlest\n    note: Easy does it.\n    days: {1: core-for-runners, 2: rest, 4: back-care-mobility}\n"
        "  - repeat: 2\n    days: {7: core-and-glutes}\n"
    )
    assert [week.dose for week in programme.weeks] == [Dial.GENTLEST, Dial.NORMAL, Dial.NORMAL]
    assert programme.weeks[0].days == ("core-for-runners", None, None, "back-care-mobility", None, None, None)
    assert programme.weeks[0].note == "Easy does it."
    assert programme.sessions == 4
    assert programme.routine_ids() == ["core-for-runners", "back-care-mobility", "core-and-glutes"]


HOSTILE = [
    pytest.param(
        "version: 1\nname: X\nweeks:\n  - days: {1: core-for-runner}\n",
        ["plan.yaml:4:15: unknown routine core-for-runner; did you mean core-for-runners?"],
        id="unknown routine",
    ),
    pytest.param(
        "version: 1\nname: X\nweeks:\n  - days: {1: no-such-thing-at-all}\n",
        ["plan.yaml:4:15: unknown routine no-such-thing-at-all; `workout-timer list` shows the routines there are"],
        id="unknown routine without a close one",
    ),
    pytest.param(
        "version: 1\nname: X\nweeks: []\n",
        ["plan.yaml:3:8: `weeks` must not be empty"],
        id="no weeks",
    ),
    pytest.param(
        "version: 1\nname: X\nweeks:\n  - days: {}\n",
        ["plan.yaml:4:5: this week has no routine on any day; give it at least one, or leave the week out"],
        id="empty week",
    ),
    pytest.param(
        "version: 1\nname: X\nweeks:\n  - dose: gentler\n    days: {2: rest, 3: rest}\n",
        ["plan.yaml:5:11: this week has no routine on any day; give it at least one, or leave the week out"],
        id="a week of rest only",
    ),
    pytest.param(
        "version: 1\nname: X\nweeks:\n  - days:\n      1: core-for-runners\n      1: back-care-mobility\n",
        ["plan.yaml:6:7: `1` is given twice (first on line 5); keep one"],
        id="duplicate day",
    ),
    pytest.param(
        "version: 1\nname: X\nweeks:\n  - days: {8: core-for-runners, monday: core-for-runners, 0: rest}\n",
        [
            "plan.yaml:4:12: a day of the week must be a number from 1 to 7 (day 1 is the day the week begins), got “8”",
            "plan.yaml:4:33: a day of the week must be a number from 1 to 7 (day 1 is the day the week begins), got “monday”",
            "plan.yaml:4:59: a day of the week must be a number from 1 to 7 (day 1 is the day the week begins), got “0”",
        ],
        id="days out of the week",
    ),
    pytest.param(
        "version: 1\nname: X\nweeks:\n  - repeat: 30\n    days: {1: core-for-runners}\n"
        "  - repeat: 30\n    days: {1: core-for-runners}\n",
        [f"plan.yaml:4:3: the programme runs for 60 weeks; a programme may be at most {MAX_WEEKS} weeks long"],
        id="absurdly long",
    ),
    pytest.param(
        "version: 1\nname: X\nweeks:\n  - repeat: 1000000\n    days: {1: core-for-runners}\n",
        ["plan.yaml:4:13: `repeat` must be a whole number from 1 to 52, got “1000000”"],
        id="absurd repeat",
    ),
    pytest.param(
        "version: 1\nname: X\nweeks:\n  - dose: hard\n    days: [core-for-runners]\n",
        [
            "plan.yaml:4:11: `dose` must be normal, gentler or gentlest, got “hard”",
            "plan.yaml:5:11: `days` must be a mapping of keys and values, got a list",
        ],
        id="wrong types",
    ),
    pytest.param(
        "version: 1\nname: X\nweeks:\n  - days: {1: 3, 2: [a], 3: Core For Runners}\n",
        [
            "plan.yaml:4:15: unknown routine 3; `workout-timer list` shows the routines there are",
            "plan.yaml:4:21: a day must name a routine by its id, or say rest, got a list",
            "plan.yaml:4:29: a day must name a routine by its id, or say rest, got “Core For Runners”",
        ],
        id="days that name no routine",
    ),
    pytest.param(
        "version: 1\nname: X\nweeks: {1: core-for-runners}\nsteps: []\n",
        [
            "plan.yaml:3:8: `weeks` must be a list, got a mapping",
            "plan.yaml:4:1: unknown key `steps` in the programme; allowed here: `description`, `name`, `version` or `weeks`",
        ],
        id="a routine's keys",
    ),
    pytest.param(
        "", ["plan.yaml: the file is empty: a programme needs at least `version: 1`, a name and its weeks"], id="empty"
    ),
    pytest.param(
        "version: 1\nname: !!python/object:os.system x\nweeks: []\n",
        ["plan.yaml:2:7: YAML tags such as !!python/object:os.system are not allowed in routine files"],
        id="code in YAML",
    ),
    pytest.param(
        "a: &a [x, x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\n"
        "c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]\n"
        "e: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d, *d]\n",
        None,
        id="aliases that exhaust memory",
    ),
]


@pytest.mark.parametrize(("text", "expected"), HOSTILE)
def test_every_mistake_is_told_at_its_line_and_column(text: str, expected: list[str] | None) -> None:
    told = problems(text)
    if expected is None:
        assert len(told) == 1 and "more than" in told[0]
    else:
        assert told == expected


@pytest.mark.parametrize(
    "text",
    [
        p.values[0]
        for p in HOSTILE
        if p.id
        not in {
            "duplicate day",
            "unknown routine",
            "unknown routine without a close one",
            "absurdly long",
            "empty",
            "code in YAML",
            "aliases that exhaust memory",
            "a week of rest only",
        }
    ],
)
def test_the_schema_refuses_what_it_can_tell(text: str) -> None:
    assert schema_errors(text)


def test_a_newer_format_is_told_as_such() -> None:
    assert problems("version: 2\nname: X\nweeks: []\n") == [
        "plan.yaml:1:10: this file uses programme format version 2, but this copy of workout-timer reads version 1; "
        "update workout-timer to open it"
    ]


WEEK = st.fixed_dictionaries(
    {"days": st.dictionaries(st.integers(1, 7), st.sampled_from(sorted(ROUTINES)), min_size=1, max_size=7)},
    optional={
        "dose": st.sampled_from([dial.value for dial in Dial]),
        "repeat": st.integers(1, 4),
        "note": st.text(st.characters(codec="utf-8", exclude_categories=("Cs", "Cc")), min_size=1, max_size=30).filter(
            str.strip
        ),
    },
)


@settings(max_examples=100, deadline=None)
@given(st.lists(WEEK, min_size=1, max_size=8))
def test_generated_programmes_load_as_written(weeks: list[dict[str, Any]]) -> None:
    text = yaml.safe_dump({"version": 1, "name": "Generated", "weeks": weeks}, allow_unicode=True)
    programme = load(text)
    expected = [week for week in weeks for _ in range(week.get("repeat", 1))]
    assert len(programme.weeks) == len(expected)
    for week, written in zip(programme.weeks, expected, strict=True):
        assert week.dose == Dial(written.get("dose", "normal"))
        assert {n + 1: r for n, r in enumerate(week.days) if r is not None} == written["days"]
    assert schema_errors(text) == []


SCALARS = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-10, 10**9),
    st.text(max_size=12),
    st.sampled_from(["rest", "gentler", "core-for-runners"]),
)
ANYTHING = st.recursive(
    SCALARS,
    lambda inner: (
        st.lists(inner, max_size=4)
        | st.dictionaries(
            st.one_of(
                st.integers(-2, 9), st.sampled_from(["days", "dose", "repeat", "note", "weeks", "name", "version"])
            ),
            inner,
            max_size=4,
        )
    ),
    max_leaves=20,
)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.fixed_dictionaries({"version": st.just(1), "name": st.just("X"), "weeks": ANYTHING}) | ANYTHING)
def test_no_input_crashes_the_reader(data: Any) -> None:
    text = yaml.safe_dump(data)
    try:
        programme = load(text)
    except LoadError as error:
        assert all(p.message for p in error.problems)
    else:
        assert 1 <= len(programme.weeks) <= MAX_WEEKS
        assert all(day is None or day in ROUTINES for day in programme.slots)


def test_the_users_programme_takes_the_place_of_a_built_in_one_and_a_broken_one_is_listed(tmp_path: Path) -> None:
    mine = tmp_path / "programmes"
    mine.mkdir()
    (mine / "back-on-track.yaml").write_text(
        "version: 1\nname: My own track\nweeks:\n  - days: {1: core-for-runners}\n"
    )
    (mine / "broken.yaml").write_text("version: 1\nname: Broken\nweeks: []\n")
    library = ProgrammeLibrary(resources.programmes_dir(), mine, lambda: ROUTINES)
    entries = {entry.id: entry for entry in library.entries()}
    assert entries["back-on-track"].name == "My own track"
    assert entries["broken"].programme is None and "`weeks` must not be empty" in entries["broken"].problems[0].message
    assert entries["runners-core"].name == "Runner's core"
    found = library.find("runners-core")
    assert found is not None and found.programme is not None
    assert library.find("nothing-like-it") is None
    assert library.find(str(mine / "broken.yaml")) is not None


def test_the_example_in_the_format_docs_loads_as_it_says() -> None:
    doc = (Path(__file__).parents[3] / "docs" / "programme-format.md").read_text(encoding="utf-8")
    example = doc.split("```yaml\n", 1)[1].split("```", 1)[0]
    programme = load(example)
    assert programme.name == "Easy start, 3 weeks"
    assert [week.dose for week in programme.weeks] == [Dial.GENTLEST, Dial.GENTLER, Dial.NORMAL]
    assert programme.weeks[2].days == ("core-for-runners", None, None, "core-and-glutes", None, None, None)
    assert schema_errors(example) == []
