"""Poses: read and checked like the rest of a file, moved in time with the reps, laid out on the floor."""

from __future__ import annotations

import json
import math
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st
from jsonschema import Draft202012Validator

from workout_timer import resources
from workout_timer.domain.figures.figure import FIGURE_HEIGHT, anchor_point, figure, movement_bounds
from workout_timer.domain.figures.pose import FRAME_KEYS, JOINTS, PAIRS, Frame, Pose, View, angle_range
from workout_timer.domain.routines.loading import load_routine_text
from workout_timer.domain.routines.problems import LoadError
from workout_timer.domain.routines.routine import Catalogue, Routine
from workout_timer.domain.routines.routine_writer import routine_yaml
from workout_timer.domain.routines.timeline import Phase, build_timeline
from workout_timer.domain.session.engine import SessionEngine
from workout_timer.domain.session.player_text import player_text

SCHEMA = json.loads(resources.schema_text())


def routine_with(pose: Any, extra: str = "") -> str:
    """A routine whose own exercise has `pose` (YAML text or data)."""
    text = pose if isinstance(pose, str) else yaml.safe_dump(pose, default_flow_style=True).strip()
    return (
        "version: 1\nname: Pose test\nexercises:\n  lift:\n    name: Lift\n    kind: core\n"
        f"    instructions: [Lift]\n    reps: 4\n{extra}    pose: {text}\n"
        "steps:\n  - {exercise: lift, tempo: 2}\n"
    )


def pose_of(text: str, catalogue: Catalogue) -> Pose:
    routine = load_routine_text(text, "mine.yaml", catalogue, "mine")
    pose = routine.exercises[0].pose
    assert pose is not None
    return pose


def problems_of(text: str, catalogue: Catalogue) -> list[str]:
    with pytest.raises(LoadError) as caught:
        load_routine_text(text, "mine.yaml", catalogue, "mine")
    return [str(problem) for problem in caught.value.problems]


# -- the catalogue -------------------------------------------------------------------------------


def test_every_catalogue_exercise_has_a_picture(catalogue: Catalogue) -> None:
    missing = [exercise_id for exercise_id, exercise in catalogue.items() if exercise.pose is None]
    assert missing == []


def test_rep_exercises_move_and_holds_stand_still(catalogue: Catalogue) -> None:
    """A counted exercise is a movement; a stretch held for a time is one still pose."""
    for exercise in catalogue.values():
        assert exercise.pose is not None
        if exercise.reps is not None:
            assert exercise.pose.moves, exercise.id
        if exercise.kind == "stretch":
            assert not exercise.pose.moves, exercise.id


def test_every_catalogue_figure_stands_on_the_floor_and_keeps_its_anchor(catalogue: Catalogue) -> None:
    for exercise in catalogue.values():
        pose = exercise.pose
        assert pose is not None
        for frame in pose.samples():
            shape = figure(pose, frame)
            assert shape.bounds.bottom == pytest.approx(0.0, abs=1e-6), exercise.id
            assert anchor_point(shape, pose.anchor)[0] == pytest.approx(0.0, abs=1e-6), exercise.id
            assert all(math.isfinite(v) for p in shape.points() for v in p)


def test_catalogue_poses_match_the_schema(catalogue: Catalogue) -> None:
    validator = Draft202012Validator({"$defs": SCHEMA["$defs"], "$ref": "#/$defs/exercise"})
    data = yaml.safe_load(resources.catalogue_path().read_text(encoding="utf-8"))
    for exercise_id, exercise in data["exercises"].items():
        assert list(validator.iter_errors(exercise)) == [], exercise_id
    wrong = {**data["exercises"]["plank"], "pose": {"frames": [{"knees": -20}]}}
    assert list(validator.iter_errors(wrong))


@pytest.mark.parametrize("view", list(View))
def test_the_schema_and_the_loader_share_the_angle_ranges(view: View) -> None:
    frame = SCHEMA["$defs"]["poseFrameFront" if view is View.FRONT else "poseFrameSide"]
    for key in FRAME_KEYS:
        rule = frame["properties"][key]
        assert (rule["minimum"], rule["maximum"]) == angle_range(key, view)


# -- reading -----------------------------------------------------------------------------------


def test_a_pose_is_read_with_its_keyframes_building_on_each_other(catalogue: Catalogue) -> None:
    pose = pose_of(
        routine_with(
            "\n      view: front\n      anchor: near-foot\n      cycle: 1.5s\n      props: wall\n"
            "      frames:\n        - {torso: 10, knees: 30, near-knee: 45}\n        - {torso: -10}\n"
        ),
        catalogue,
    )
    assert pose.view is View.FRONT and pose.anchor == "near-foot" and pose.cycle == 1.5
    assert [prop.value for prop in pose.props] == ["wall"]
    first, second = pose.frames
    assert (first["torso"], first["near-knee"], first["far-knee"], first["neck"]) == (10, 45, 30, 0)
    assert (second["torso"], second["near-knee"], second["far-knee"]) == (-10, 45, 30)


@pytest.mark.parametrize(
    ("pose", "expected"),
    [
        (
            {"frames": [{"knees": -20}]},
            "mine.yaml:9:29: `knees` must be from 0 to 165 degrees (0 is straight), got “-20”",
        ),
        (
            {"frames": [{"neck": "up"}]},
            "mine.yaml:9:28: `neck` must be an angle in degrees, like 90, got “up”",
        ),
        ({"frames": [{"kne": 10}]}, "did you mean `knee"),
        ({"frames": [{}] * 5}, "a pose has one to 4 frames"),
        ({"frames": []}, "`frames` must not be empty"),
        ({"frames": [{}], "cycle": 0.1}, '`cycle` must be from 0.5 to 20 seconds, or a string like "2s", got “0.1”'),
        ({"frames": [{}], "anchor": "elbow"}, "`anchor` must be hip, head, near-hand"),
        ({"frames": [{}], "view": "top"}, "`view` must be side or front, got “top”"),
        ({"frames": [{}], "props": ["ball"]}, "each prop must be wall, kettlebell or table, got “ball”"),
        ({"frames": [{}], "floor": "no"}, "`floor` must be true or false"),
        ({"view": "side"}, "`frames` is missing from the pose of exercise lift"),
        ({"frames": [{"near-elbow": -90}]}, "`near-elbow` must be from 0 to 160 degrees"),
        ({"frames": [{"torso": float("nan")}]}, "`torso` must be an angle in degrees"),
        ({"frames": [{"torso": 200}]}, "`torso` must be from -180 to 180 degrees (any lean"),
    ],
)
def test_impossible_poses_are_refused_with_where_and_why(catalogue: Catalogue, pose: Any, expected: str) -> None:
    problems = problems_of(routine_with(pose), catalogue)
    assert any(expected in problem for problem in problems), problems


def test_an_elbow_may_fold_either_way_seen_from_the_front(catalogue: Catalogue) -> None:
    pose = pose_of(routine_with({"view": "front", "frames": [{"near-elbow": -90}]}), catalogue)
    assert pose.frames[0]["near-elbow"] == -90


# -- moving in time ----------------------------------------------------------------------------


def two_frames() -> Pose:
    return Pose((Frame.standing(), Frame.standing().with_values({"knees": 90, "torso": 40})))


def test_one_cycle_goes_to_the_last_keyframe_and_back() -> None:
    pose = two_frames()
    assert pose.frame_at(0.0, 2.0) == pose.frames[0]
    assert pose.frame_at(1.0, 2.0) == pose.frames[1]
    assert pose.frame_at(2.0, 2.0) == pose.frames[0]
    assert pose.frame_at(0.5, 2.0)["near-knee"] == pytest.approx(45.0)


def test_three_keyframes_pass_through_the_middle_both_ways() -> None:
    frames = tuple(Frame.standing().with_values({"torso": t}) for t in (0, 45, 90))
    pose = Pose(frames)
    assert [pose.frame_at(t, 4.0)["torso"] for t in (0, 1, 2, 3)] == pytest.approx([0, 45, 90, 45])


def test_a_hold_never_moves() -> None:
    pose = Pose((Frame.standing().with_values({"torso": 30}),))
    assert {pose.frame_at(t, 2.0) for t in (0, 0.3, 1.7, 99)} == {pose.frames[0]}


@given(st.integers(min_value=0, max_value=30), st.floats(min_value=0.5, max_value=8))
def test_every_rep_starts_from_the_first_keyframe(rep: int, tempo: float) -> None:
    """The figure keeps time with the count: rep n starts at n x tempo, in the first pose."""
    pose = two_frames()
    start = pose.frame_at(rep * tempo, pose.cycle_for(tempo))
    assert start.angles == pytest.approx(pose.frames[0].angles, abs=1e-6)


def test_the_player_moves_the_figure_during_work_and_mirrors_the_left_side(load: Any) -> None:
    timeline = build_timeline(load(SIDED))
    by_phase = {}
    for segment in timeline.segments:
        engine = SessionEngine(timeline, clock=lambda: 0.0)
        engine.start()
        while engine.index < segment.index:
            engine.skip()
        text = player_text(timeline, engine.snapshot())
        side = segment.side.value if segment.side and segment.phase is Phase.WORK else None
        by_phase[(segment.phase, side)] = text
    left = by_phase[(Phase.WORK, "left")]
    right = by_phase[(Phase.WORK, "right")]
    assert left.picture is not None and right.picture is not None
    assert left.picture.live and left.picture.mirrored and not right.picture.mirrored
    assert left.next_picture is not None and not left.next_picture.live
    switch = by_phase[(Phase.SWITCH, None)]
    assert switch.picture is not None and not switch.picture.live and not switch.picture.mirrored


SIDED = """\
version: 1
name: Sided
steps:
  - {exercise: bird-dog, reps: 4, tempo: 3, sides: both}
  - {exercise: plank, duration: 20}
"""


# -- written back --------------------------------------------------------------------------------

joint_angles = st.fixed_dictionaries(
    {},
    optional={
        key: st.integers(min_value=int(angle_range(key, View.SIDE)[0]), max_value=int(angle_range(key, View.SIDE)[1]))
        for key in FRAME_KEYS
    },
)


@settings(max_examples=60, deadline=None)
@given(frames=st.lists(joint_angles, min_size=1, max_size=4), anchor=st.sampled_from(["hip", "near-foot", "head"]))
def test_any_valid_pose_loads_is_written_back_the_same_and_lays_out(
    catalogue: Catalogue, frames: list[dict[str, int]], anchor: str
) -> None:
    pose = pose_of(routine_with({"anchor": anchor, "frames": frames}), catalogue)
    routine = load_routine_text(routine_with({"anchor": anchor, "frames": frames}), "mine.yaml", catalogue, "mine")
    again: Routine = load_routine_text(routine_yaml(routine), "again.yaml", catalogue, "again")
    assert again.exercises[0].pose == pose
    box = movement_bounds(pose)
    assert 0 < box.height <= 3 * FIGURE_HEIGHT and 0 < box.width <= 6 * FIGURE_HEIGHT


def test_pair_keys_are_written_where_both_sides_agree() -> None:
    frame = Frame.standing().with_values({"knees": 40, "near-hip": 10})
    assert frame.changes(Frame.standing()) == {"knees": 40.0, "near-hip": 10.0}
    assert set(JOINTS) | set(PAIRS) == set(FRAME_KEYS)


def test_the_documented_example_loads(catalogue: Catalogue) -> None:
    doc = (Path(__file__).parents[3] / "docs" / "routine-format.md").read_text(encoding="utf-8")
    block = next(part for part in doc.split("```yaml\n")[1:] if "pose:" in part.split("```")[0]).split("```")[0]
    text = (
        f"version: 1\nname: Documented\n{block}steps:\n  - {{exercise: calf-raise}}\n  - {{exercise: good-morning}}\n"
    )
    routine = load_routine_text(text, "doc.yaml", catalogue, "doc")
    poses = [exercise.pose for exercise in routine.exercises]
    assert all(pose is not None and pose.moves for pose in poses)
