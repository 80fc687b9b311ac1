"""What ships with the app speaks the language in use, every text of it; a user's own routine stays in its
author's words, and the library cache never serves one language's routines in another."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from dataclasses import fields
from pathlib import Path

from workout_timer import resources
from workout_timer.domain.common import language
from workout_timer.domain.library.entry import Source
from workout_timer.domain.library.library import Library
from workout_timer.domain.library.library_cache import LibraryCache
from workout_timer.domain.routines.routine import Circuit, Exercise, ExerciseStep, RestStep, Routine, Step

WORDS = ("name", "description", "instructions", "cues", "mistakes", "caution", "equipment")
"""An exercise's fields a runner reads or hears."""


def shipped(cache: LibraryCache | None = None, user_dir: Path | None = None) -> Library:
    return Library(resources.routines_dir(), user_dir, resources.catalogue_path(), cache)


def texts(exercise: Exercise) -> list[tuple[str, str]]:
    """Every text of an exercise a runner meets, with its field."""
    found = []
    for field in WORDS:
        value = getattr(exercise, field)
        found.extend((field, text) for text in ((value,) if isinstance(value, str) else value or ()))
    return found


def step_texts(steps: tuple[Step, ...]) -> Iterator[str]:
    for step in steps:
        if isinstance(step, ExerciseStep):
            yield from (cue.say for cue in step.cues)
            yield from ([step.note] if step.note else [])
        elif isinstance(step, RestStep):
            yield from ([step.note] if step.note else [])
        elif isinstance(step, Circuit):
            yield from ([step.name] if step.name else [])
            yield from step_texts(step.steps)


def routine_texts(routine: Routine) -> list[str]:
    own = [text for exercise in routine.exercises for _field, text in texts(exercise)]
    words = [routine.name, routine.description or "", *routine.tags, *routine.equipment]
    return [*words, *own, *step_texts(routine.steps)]


def test_every_field_an_exercise_has_for_words_is_translated() -> None:
    """A field added to `Exercise` later with words in it must join `WORDS` (and `built_in.exercise`)."""
    text_fields = {f.name for f in fields(Exercise) if f.type in ("str", "str | None", "tuple[str, ...]")}
    assert text_fields - {"id", "easier", "harder"} == set(WORDS)


def test_the_catalogue_in_german_has_no_english_left() -> None:
    english = shipped().catalogue
    language.use("de_DE")
    german = shipped().catalogue
    assert german.keys() == english.keys()
    for exercise_id, exercise in german.items():
        before, after = texts(english[exercise_id]), texts(exercise)
        assert len(after) == len(before)
        for (field, old), (_field, new) in zip(before, after, strict=True):
            assert new != old, (exercise_id, field, old)
            assert new.strip(), (exercise_id, field)


def test_every_built_in_routine_in_german_has_no_english_left() -> None:
    english = {entry.id: entry.routine for entry in shipped().entries()}
    language.use("de_DE")
    german = {entry.id: entry.routine for entry in shipped().entries()}
    assert german.keys() == english.keys()
    for routine_id, routine in german.items():
        assert routine is not None and english[routine_id] is not None
        before, after = routine_texts(english[routine_id]), routine_texts(routine)  # type: ignore[arg-type]
        assert len(after) == len(before)
        for old, new in zip(before, after, strict=True):
            assert new != old or not old, (routine_id, old)
        exercises = [step.exercise for step in _exercise_steps(routine.steps)]
        assert all(exercise.name != english_name for exercise, english_name in _names(exercises, english[routine_id]))


def _exercise_steps(steps: tuple[Step, ...]) -> Iterator[ExerciseStep]:
    for step in steps:
        if isinstance(step, ExerciseStep):
            yield step
        elif isinstance(step, Circuit):
            yield from _exercise_steps(step.steps)


def _names(german: list[Exercise], english: Routine | None) -> Iterator[tuple[Exercise, str]]:
    assert english is not None
    yield from zip(german, [step.exercise.name for step in _exercise_steps(english.steps)], strict=True)


def test_a_routines_own_exercise_and_its_ladder_come_translated() -> None:
    language.use("de_DE")
    desk = shipped().find("desk-break-stretch")
    assert desk is not None and desk.routine is not None
    assert [exercise.name for exercise in desk.routine.exercises] == ["Engel an der Wand"]
    steps = list(_exercise_steps(desk.routine.steps))
    assert any(step.exercise.name == "Engel an der Wand" for step in steps)
    assert any(cue.say == "Halte den unteren Rücken an der Wand" for step in steps for cue in step.cues)
    core = shipped().find("core-for-runners")
    assert core is not None and core.routine is not None
    assert {"Unterarmstütz auf den Knien", "Seitstütz auf den Knien"} <= {rung.name for rung in core.routine.variants}


def test_a_users_routine_stays_as_written_and_names_catalogue_exercises_in_the_language_in_use(
    tmp_path: Path,
) -> None:
    mine = tmp_path / "mine"
    mine.mkdir()
    (mine / "morning.yaml").write_text(
        "version: 1\nname: Morning core\ndescription: Before breakfast.\n"
        "exercises:\n  my-hold:\n    name: Wall sit\n    kind: strength\n    instructions: [Slide down the wall.]\n"
        "steps:\n  - {exercise: plank, duration: 30s, note: Eyes down}\n  - {exercise: my-hold, duration: 20s}\n"
        "  - {rest: 30, note: Drink some water}\n"
    )
    shutil.copy(resources.routines_dir() / "core-for-runners.yaml", mine / "core-for-runners.yaml")  # my version
    language.use("de_DE")
    library = shipped(user_dir=mine)
    morning = library.find("morning")
    assert morning is not None and morning.routine is not None
    routine = morning.routine
    assert (routine.name, routine.description) == ("Morning core", "Before breakfast.")
    plank, hold, rest = routine.steps
    assert isinstance(plank, ExerciseStep) and isinstance(hold, ExerciseStep) and isinstance(rest, RestStep)
    assert plank.exercise.name == "Unterarmstütz"  # the catalogue's words
    assert plank.note == "Eyes down" and rest.note == "Drink some water"  # the user's own
    assert hold.exercise.name == "Wall sit" and hold.exercise.instructions == ("Slide down the wall.",)
    my_version = library.find("core-for-runners")
    assert my_version is not None and my_version.source is Source.USER and my_version.routine is not None
    assert my_version.routine.name == "Core for runners"  # a copy of a built-in one is the user's file now
    assert library.counterpart(my_version).routine.name == "Rumpfkraft für Läufer"  # type: ignore[union-attr]


def test_a_built_in_file_opened_by_its_path_speaks_the_language_and_a_copy_elsewhere_does_not(tmp_path: Path) -> None:
    language.use("de_DE")
    library = shipped()
    by_path = library.find(str(resources.routines_dir() / "core-for-runners.yaml"))
    assert by_path is not None and by_path.source is Source.FILE and by_path.routine is not None
    assert by_path.routine.name == "Rumpfkraft für Läufer"
    copy = tmp_path / "core-for-runners.yaml"
    shutil.copy(resources.routines_dir() / "core-for-runners.yaml", copy)
    elsewhere = library.find(str(copy))
    assert elsewhere is not None and elsewhere.routine is not None
    assert elsewhere.routine.name == "Core for runners"


def test_the_cache_keeps_each_language_apart_and_a_warm_start_reads_no_file(tmp_path: Path) -> None:
    cache_path = tmp_path / "library.pickle"
    english = shipped(LibraryCache(cache_path)).entries()
    assert "Core for runners" in [entry.name for entry in english]
    language.use("de_DE")
    cache = LibraryCache(cache_path)
    german = shipped(cache).entries()
    assert cache.reads == len(german)  # a new language reads every file again
    assert "Rumpfkraft für Läufer" in [entry.name for entry in german]
    warm = LibraryCache(cache_path)
    library = shipped(warm)
    assert [entry.name for entry in library.entries()] == [entry.name for entry in german]
    assert warm.reads == 0 and library._catalogue is None  # a warm start reads neither a routine nor the catalogue
    language.use("en_GB")
    again = LibraryCache(cache_path)
    assert [entry.name for entry in shipped(again).entries()] == [entry.name for entry in english]
    assert again.reads == len(english)


def test_built_in_programmes_speak_the_language_and_a_users_own_stays_as_written(tmp_path: Path) -> None:
    from workout_timer.domain.programmes.programme_library import ProgrammeLibrary

    mine = tmp_path / "programmes"
    mine.mkdir()
    (mine / "my-plan.yaml").write_text(
        "version: 1\nname: My plan\nweeks:\n  - note: Easy does it.\n    days: {1: core-for-runners}\n"
    )
    language.use("de_DE")
    programmes = ProgrammeLibrary(resources.programmes_dir(), mine, lambda: [entry.id for entry in shipped().entries()])
    by_id = {entry.id: entry.programme for entry in programmes.entries()}
    back = by_id["back-on-track"]
    assert back is not None and back.name == "Zurück in die Spur"
    assert back.description.startswith("Von sanft bis kräftig")
    assert back.weeks[0].note.startswith("Der sanfteste Einstieg.")
    own = by_id["my-plan"]
    assert own is not None and (own.name, own.weeks[0].note) == ("My plan", "Easy does it.")


def test_the_cards_speak_the_language_in_use() -> None:
    from workout_timer.domain.care.cards import shipped_cards

    english = shipped_cards()
    language.use("de_DE")
    german = shipped_cards()
    assert [card.id for card in german] == [card.id for card in english]
    for before, after in zip(english, german, strict=True):
        assert after.title != before.title and after.text != before.text, before.id
    assert german[0].title == "Erst aufwärmen"
    language.use("en_GB")
    assert shipped_cards() == english


def test_the_equipment_speaks_german_and_a_choice_already_needed_is_left_out() -> None:
    from workout_timer.domain.library.browse import equipment_list

    def needed(library: Library) -> tuple[str, ...]:
        entry = library.find("strength-for-runners")
        assert entry is not None and entry.routine is not None
        return equipment_list(entry.routine.all_equipment())

    assert needed(shipped()) == ("mat", "kettlebell", "sturdy table")
    language.use("de_DE")
    assert needed(shipped()) == ("Matte", "Kugelhantel", "stabiler Tisch")  # not "Kugelhantel oder Kurzhantel"
    assert equipment_list(["Kugelhantel oder Kurzhantel", "Matte"]) == ("Kugelhantel oder Kurzhantel", "Matte")


def test_a_users_routine_lists_each_piece_of_equipment_once_in_whatever_language_it_is_written(tmp_path: Path) -> None:
    """Its author wrote "mat" and "dumbbell"; the catalogue's exercises it names need a "Matte" and a "Kugelhantel
    oder Kurzhantel" in German: the one mat once, and the choice left out, as a dumbbell is needed anyway."""
    from workout_timer.domain.library.browse import equipment_list

    mine = tmp_path / "mine"
    mine.mkdir()
    (mine / "morning.yaml").write_text(
        "version: 1\nname: Morning core\nequipment: [mat, dumbbell]\n"
        "exercises:\n  my-hold:\n    name: Wall sit\n    kind: strength\n    equipment: [Mat, wall]\n"
        "    instructions: [Slide down the wall.]\n"
        "steps:\n  - {exercise: plank, duration: 30s}\n  - {exercise: my-hold, duration: 20s}\n"
        "  - {exercise: goblet-squat, reps: 8}\n"
    )
    language.use("de_DE")
    morning = shipped(user_dir=mine).find("morning")
    assert morning is not None and morning.routine is not None
    assert morning.routine.all_equipment() == ("mat", "dumbbell", "Matte", "Mat", "wall", "Kugelhantel oder Kurzhantel")
    assert equipment_list(morning.routine.all_equipment()) == ("mat", "dumbbell", "wall")
    assert equipment_list(["Kugelhantel oder Kurzhantel", "kettlebell or dumbbell", "Wand", "wall"]) == (
        "Kugelhantel oder Kurzhantel",
        "Wand",
    )
    language.use("en_GB")
    assert equipment_list(["mat", "Matte"]) == ("mat", "Matte")  # in English, "Matte" is a word of its author's


def test_a_copy_of_a_built_in_routine_is_made_in_the_words_shown() -> None:
    """Make it mine and Duplicate start from the routine as the runner reads it; from then on it is theirs."""
    from workout_timer.domain.editing.draft import document_of

    language.use("de_DE")
    desk = shipped().find("desk-break-stretch")
    assert desk is not None and desk.routine is not None
    document = document_of(desk.routine)
    assert document["name"] == "Schreibtischpause für Hüfte und Rücken"
    assert document["tags"] == ["dehnung", "beweglichkeit", "schreibtisch"]
    assert document["exercises"]["wall-angel"]["name"] == "Engel an der Wand"  # type: ignore[index]
    assert "Halte den unteren Rücken an der Wand" in str(document["steps"])
