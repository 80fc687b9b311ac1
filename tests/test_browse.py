"""Searching and filtering the library."""

from __future__ import annotations

from workout_timer.domain.browse import Facts, Filter, Length
from workout_timer.domain.library import Entry, Source
from workout_timer.domain.routine import Kind, Level
from workout_timer.qt.app import make_library


def facts() -> dict[str, Facts]:
    return {entry.id: Facts.of(entry) for entry in make_library().entries()}


def matching(wanted: Filter) -> set[str]:
    return {routine_id for routine_id, found in facts().items() if wanted.matches(found)}


def test_search_matches_names_descriptions_tags_and_exercises() -> None:
    assert matching(Filter()) == set(facts())
    assert "core-for-runners" in matching(Filter("BRIDGE"))  # an exercise it uses
    assert matching(Filter("core runners")) >= {"core-for-runners"}
    assert matching(Filter("no such thing")) == set()


def test_filters_by_kind_level_and_length() -> None:
    assert "post-run-stretch" in matching(Filter(kind=Kind.STRETCH))
    assert "strength-for-runners" not in matching(Filter(kind=Kind.STRETCH))
    assert matching(Filter(level=Level.ADVANCED)) == {"strength-for-runners"}
    short = matching(Filter(length=Length.SHORT))
    assert "pre-run-warm-up" in short and "core-and-glutes" not in short
    assert Length.of(600) is Length.SHORT and Length.of(601) is Length.MEDIUM and Length.of(1201) is Length.LONG


def test_a_broken_file_shows_until_a_filter_asks_about_content(tmp_path) -> None:  # type: ignore[no-untyped-def]
    broken = Facts.of(Entry("my-broken", tmp_path / "my-broken.yaml", Source.USER, None))
    assert Filter().matches(broken) and Filter("broken").matches(broken)
    assert not Filter(kind=Kind.CORE).matches(broken)
