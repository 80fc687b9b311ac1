"""The routine sheet as plain data: the facts, each step's dose in words, the side a figure shows."""

from __future__ import annotations

import datetime as dt

from workout_timer.domain.paper.sheet import SheetHeading, SheetRest, SheetStep, routine_sheet
from workout_timer.domain.routines.loading import Catalogue
from workout_timer.domain.routines.routine import Routine
from workout_timer.domain.routines.timeline import build_timeline

DAY = dt.date(2026, 12, 6)


def steps(sheet) -> dict[str, SheetStep]:  # type: ignore[no-untyped-def]
    return {block.number: block for block in sheet.blocks if isinstance(block, SheetStep)}


def test_the_header_says_the_total_time_the_equipment_and_what_the_sheet_is(load) -> None:  # type: ignore[no-untyped-def]
    routine: Routine = load(
        "version: 1\nname: Sheet test\nlevel: beginner\nequipment: [mat]\n"
        "defaults: {prepare: 10, rest: 15}\nsteps:\n  - {exercise: plank, duration: 30, sets: 3}\n"
        "  - {exercise: kettlebell-deadlift, reps: 10, tempo: 3}\n"
    )
    sheet = routine_sheet(routine, "9.9.9", DAY)
    total = build_timeline(routine).total
    assert sheet.title == "Sheet test"
    assert sheet.facts[0] == f"Total time: {int(total // 60)}:{int(total % 60):02d}"
    assert "Level: beginner" in sheet.facts and any(f.startswith("You need: mat, kettlebell") for f in sheet.facts)
    assert sheet.footer[0].startswith("This is not medical advice.")
    assert sheet.footer[-1] == "Made with workout-timer 9.9.9 on 6 December 2026. Routine: test."


def test_each_dose_is_said_in_full_words(load) -> None:  # type: ignore[no-untyped-def]
    routine = load(
        "version: 1\nname: Doses\ndefaults: {rest: 20, switch: 5, tempo: 3}\nsteps:\n"
        "  - {exercise: plank, duration: 30, sets: 3, rest_between_sets: 10}\n"
        "  - {exercise: bird-dog, reps: 8, sides: both, tempo: 4}\n"
        "  - {exercise: knee-push-up, reps: 1, tempo: none, rest: 1m30s}\n"
        "  - {exercise: side-plank, duration: 20, sides: left}\n"
        "  - {rest: 60, note: Drink some water}\n"
        "  - {exercise: childs-pose, duration: 45}\n"
    )
    found = steps(routine_sheet(routine, "1", DAY))
    assert found["1"].dose == ("3 sets of 30 seconds", "Rest 10 seconds between sets", "Then rest 20 seconds")
    assert found["2"].dose == (
        "8 reps",
        "4 seconds a rep, counted aloud",
        "Each side: left, then right, with 5 seconds to switch",
        "Then rest 20 seconds",
    )
    assert found["3"].dose == ("1 rep", "At your own pace", "Then rest 1 minute 30 seconds")
    assert found["4"].dose == ("20 seconds", "Left side only")  # an explicit rest follows: no rest of its own
    assert found["6"].dose == ("Hold 45 seconds",)  # a stretch is held; the last step has no rest after it
    rest = next(b for b in routine_sheet(routine, "1", DAY).blocks if isinstance(b, SheetRest))
    assert (rest.number, rest.text) == ("5", "Rest 1 minute: Drink some water")


def test_the_figure_is_the_key_frame_with_the_side_it_shows_named(load) -> None:  # type: ignore[no-untyped-def]
    routine = load(
        "version: 1\nname: Sides\nsteps:\n"
        "  - {exercise: bird-dog, reps: 8, sides: both}\n"
        "  - {exercise: bird-dog, reps: 8, sides: left}\n"
        "  - {exercise: bird-dog, reps: 8, sides: right}\n"
        "  - {exercise: plank, duration: 30}\n"
    )
    found = steps(routine_sheet(routine, "1", DAY))
    pose = found["1"].pose
    assert pose is not None and pose.side_shown == "right"
    assert (found["1"].mirrored, found["1"].side_shown) == (False, "Shown: right side. The left is the mirror image.")
    assert (found["2"].mirrored, found["2"].side_shown) == (True, "Shown: left side.")
    assert (found["3"].mirrored, found["3"].side_shown) == (False, "Shown: right side.")
    assert found["4"].side_shown is None


def test_an_exercise_met_again_points_back_to_where_it_is_described(load) -> None:  # type: ignore[no-untyped-def]
    routine = load(
        "version: 1\nname: Circuit\ndefaults: {rest: 15}\nsteps:\n  - {exercise: plank, duration: 30}\n"
        "  - circuit:\n      rounds: 3\n      rest_between_rounds: 60\n      steps:\n"
        "        - {exercise: glute-bridge, reps: 10}\n        - {exercise: plank, duration: 20}\n"
        "  - {exercise: childs-pose, duration: 45}\n"
    )
    sheet = routine_sheet(routine, "1", DAY)
    heading = next(b for b in sheet.blocks if isinstance(b, SheetHeading))
    assert (heading.number, heading.text) == (
        "2",
        "Circuit: the steps below, 3 rounds, with 1 minute of rest between rounds; then rest 15 seconds",
    )
    found = steps(sheet)
    assert found["1"].instructions and found["1"].described_at is None
    assert found["2.2"].described_at == "1" and found["2.2"].instructions == () and found["2.2"].mistakes == ()
    assert found["2.1"].dose == ("10 reps", "At your own pace", "Then rest 15 seconds")
    assert found["2.2"].dose == ("20 seconds",)  # the last of a round: the round's rest comes instead


def test_every_built_in_routine_makes_a_sheet_with_every_exercise(catalogue: Catalogue) -> None:
    from workout_timer import resources
    from workout_timer.domain.routines.loading import load_routine
    from workout_timer.domain.routines.routine import iter_exercise_steps
    from workout_timer.domain.routines.routine_files import routine_files

    for path in routine_files(resources.routines_dir()):
        routine = load_routine(path, catalogue)
        sheet = routine_sheet(routine, "1", DAY)
        names = [b.name for b in sheet.blocks if isinstance(b, SheetStep)]
        assert names == [s.exercise.name for s in iter_exercise_steps(routine.steps)]


def test_the_clinicians_guide_example_loads_and_its_ids_are_the_catalogues(catalogue: Catalogue) -> None:
    import re
    from pathlib import Path

    from workout_timer.domain.routines.loading import load_routine_text

    guide = (Path(__file__).parents[3] / "docs" / "for-clinicians.md").read_text()
    example = re.search(r"```yaml\n(.*?)```", guide, re.S)
    assert example is not None
    routine = load_routine_text(example[1], "back-programme.yaml", catalogue, "back-programme")
    assert len(routine.steps) == 6
    table = guide[guide.index("## The catalogue's ids") : guide.index("An exercise that is not")]
    listed = set(re.findall(r"`([a-z-]+)`", table))
    assert listed == set(catalogue)
