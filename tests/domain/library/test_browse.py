"""Searching and filtering the library."""

from __future__ import annotations

from pathlib import Path

from workout_timer import resources
from workout_timer.domain.common import language
from workout_timer.domain.common.paths import user_routines_dir
from workout_timer.domain.library.browse import Facts, Filter, Length, equipment_list, name_key
from workout_timer.domain.library.entry import Entry, Source
from workout_timer.domain.library.library import Library
from workout_timer.domain.routines.routine import Catalogue, Kind, Level


def facts() -> dict[str, Facts]:
    return {
        entry.id: Facts.of(entry)
        for entry in Library(resources.routines_dir(), user_routines_dir(), resources.catalogue_path()).entries()
    }


def matching(wanted: Filter) -> set[str]:
    return {routine_id for routine_id, found in facts().items() if wanted.matches(found)}


def test_search_matches_names_descriptions_tags_and_exercises() -> None:
    assert matching(Filter()) == set(facts())
    assert "core-for-runners" in matching(Filter("BRIDGE"))  # an exercise it uses
    assert matching(Filter("core runners")) >= {"core-for-runners"}
    assert matching(Filter("no such thing")) == set()


def test_in_german_the_tags_are_german_a_users_own_as_written_and_the_search_finds_either(
    tmp_path: Path,
) -> None:
    (tmp_path / "hills.yaml").write_text(
        "version: 1\nname: Hills\ntags: [running, hills]\nsteps:\n  - {exercise: plank, duration: 20}\n"
    )
    language.use("de_DE")
    library = Library(resources.routines_dir(), tmp_path, resources.catalogue_path())
    shown = {entry.id: entry for entry in library.entries()}
    assert shown["pre-run-warm-up"].routine.tags == ("aufwärmen", "laufen")  # type: ignore[union-attr]
    assert shown["hills"].routine.tags == ("running", "hills")  # type: ignore[union-attr]
    found = [Facts.of(entry) for entry in shown.values()]

    def finds(text: str, kind: Kind | None = None) -> set[str]:
        return {facts.entry.id for facts in Filter(text, kind).rank(found)}

    runs = {"core-and-glutes", "core-for-runners", "post-run-stretch", "pre-run-warm-up", "strength-for-runners"}
    assert finds("laufen") >= runs | {"hills"} and finds("running") >= runs | {"hills"}  # either language
    assert finds("rückenpflege") == finds("back-care") >= {"back-care-mobility", "stronger-back"}
    assert finds("hills") == {"hills"} and finds("schreibtisch") == {"desk-break-stretch"}
    assert "pre-run-warm-up" in finds("", Kind.WARM_UP)  # the kinds still read the tags


def test_a_users_own_german_tag_names_its_kind_too(tmp_path: Path) -> None:
    """A copy of a built-in routine made in German keeps its German tags: they still say its kind."""
    (tmp_path / "mine.yaml").write_text(
        "version: 1\nname: Mine\ntags: [aufwärmen]\nsteps:\n  - {exercise: plank, duration: 20}\n"
    )
    language.use("de_DE")
    (entry,) = [
        e for e in Library(resources.routines_dir(), tmp_path, resources.catalogue_path()).entries() if e.id == "mine"
    ]
    assert Kind.WARM_UP in Facts.of(entry).kinds


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


def test_level_and_length_match_the_plain_strings_a_combo_box_gives_back() -> None:
    """Qt hands an enum stored as item data back as a plain string: equal, but not the same object."""
    assert matching(Filter(level="advanced")) == {"strength-for-runners"}  # type: ignore[arg-type]
    assert matching(Filter(length="short")) == matching(Filter(length=Length.SHORT)) != set()  # type: ignore[arg-type]


def names_ranked(text: str) -> list[str]:
    return [found.name for found in Filter(text).rank(facts().values())]


def test_the_library_sorts_by_name_whatever_the_file_is_called() -> None:
    ranked = names_ranked("")
    assert ranked == sorted(ranked, key=str.casefold) and len(ranked) == len(facts())
    assert ranked[0] != "Gentle back care"  # its file is back-care-mobility.yaml: first by id, not by name
    assert name_key("Épaule") > name_key("dos") and name_key("Épaule") < name_key("Fente")


def test_search_ranks_names_that_start_with_the_words_then_names_that_hold_them() -> None:
    assert names_ranked("strength")[0] == "Strength for runners"  # not "Core and glutes", found by its tags
    back = names_ranked("back")
    assert back[:2] == ["Desk break for hips and back", "Gentle back care"] and len(back) > 2
    assert names_ranked("gentle back")[0] == "Gentle back care"
    runners = names_ranked("runners")
    in_name = [name for name in runners if "runners" in name.lower()]
    assert runners[: len(in_name)] == in_name == sorted(in_name, key=str.casefold)


def test_ranking_unit_cases(tmp_path) -> None:  # type: ignore[no-untyped-def]
    def broken(routine_id: str) -> Facts:
        return Facts.of(Entry(routine_id, tmp_path / f"{routine_id}.yaml", Source.USER, None))

    rows = [broken("zebra-plank"), broken("plank"), broken("Abs-plank"), broken("side-plank-2")]
    assert [f.name for f in Filter("plank").rank(rows)] == ["plank", "Abs-plank", "side-plank-2", "zebra-plank"]
    assert [f.name for f in Filter().rank(rows)] == ["Abs-plank", "plank", "side-plank-2", "zebra-plank"]
    assert [f.name for f in Filter("side plank").rank(rows)] == ["side-plank-2"]  # every word must match


def test_each_piece_of_equipment_is_listed_once_and_choices_covered_by_a_need_are_left_out() -> None:
    assert equipment_list(["kettlebell", "sturdy table", "kettlebell or dumbbell"]) == ("kettlebell", "sturdy table")
    assert equipment_list(["mat", "Mat", "wall", "mat"]) == ("mat", "wall")
    assert equipment_list(["kettlebell or dumbbell", "dumbbell or kettlebell", "mat"]) == (
        "kettlebell or dumbbell",
        "mat",
    )
    assert equipment_list(["dumbbell or  kettlebell", "dumbbell"]) == ("dumbbell",)
    assert equipment_list([]) == ()
    strength = facts()["strength-for-runners"].equipment
    assert len(strength) == len(set(strength)) and not any(
        " or " in piece and set(piece.split(" or ")) & set(strength) for piece in strength
    )


def test_strength_exercises_are_of_the_strength_kind(catalogue: Catalogue) -> None:
    for exercise_id in ("goblet-squat", "kettlebell-deadlift", "lateral-lunge", "lunge", "push-up", "bodyweight-row"):
        assert catalogue[exercise_id].kind is Kind.STRENGTH, exercise_id
    for exercise_id in ("plank", "dead-bug", "bird-dog", "side-plank"):
        assert catalogue[exercise_id].kind is Kind.CORE, exercise_id
    assert "strength-for-runners" in matching(Filter(kind=Kind.STRENGTH))


def test_in_german_equipment_is_known_by_the_catalogues_english_read_from_the_loaded_catalogue() -> None:
    """The English of each translated text comes from the catalogue gettext loaded (no second read with Babel's
    reader, which brought Babel and difflib into a German start): it is the compiled file's, text for text."""
    from babel.messages.mofile import read_mo

    from workout_timer.domain.common import content
    from workout_timer.domain.library.browse import equipment_identity
    from workout_timer.domain.library.built_in import EQUIPMENT

    language.use("de_DE")
    with content.catalogue_file().open("rb") as file:
        compiled = [message for message in read_mo(file) if isinstance(message.id, str) and message.string]
    contexts = {message.context for message in compiled if message.context}
    assert EQUIPMENT in contexts and len(contexts) > 100
    for context in contexts:
        expected = {str(m.string).casefold(): m.id for m in compiled if m.context == context}
        assert content.english_of(context) == expected, context
    assert equipment_identity("Matte") == "mat" and equipment_identity("MATTE") == "mat"
    assert equipment_list(["Matte", "mat", "Wand"]) == ("Matte", "Wand")
    language.use("en_GB")
    assert content.english_of(EQUIPMENT) == {} and equipment_identity("Mat") == "mat"
