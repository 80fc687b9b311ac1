"""An exercise's picture as data: a simple figure set by joint angles, in one to four keyframes.

The figure is seen from the side (or from the front) and faces right; the other side of a sided
exercise is its mirror image. Angles are in degrees:

- `torso`: the trunk's lean from the hip, 0 upright, 90 bent forward flat, -90 lying on the back.
- `back`: the curve of the spine, positive rounded (a cat), negative arched.
- `neck`: the head against the trunk, positive looking down.
- `shoulder`: the arm against the trunk, 0 hanging along it, 90 straight forward, 180 overhead.
- `elbow` and `knee`: the bend, 0 straight.
- `hip`: the thigh against the trunk, 0 in line with it, 90 lifted forward, negative behind.
- `ankle`: the foot against the shin, 0 at a right angle, positive pointing the toes.

Between keyframes the figure moves with an easing that slows into each pose, there and back: one
cycle is one rep. Everything here is plain geometry, so the pictures can be tested without a screen.
"""

from __future__ import annotations

import math
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, replace
from enum import StrEnum
from functools import cached_property

MAX_FRAMES = 4
DEFAULT_CYCLE = 2.0
"""Seconds for one movement of an animated pose when the step is timed rather than counted."""
MIN_CYCLE, MAX_CYCLE = 0.5, 20.0


class View(StrEnum):
    SIDE = "side"
    FRONT = "front"


class Prop(StrEnum):
    WALL = "wall"
    KETTLEBELL = "kettlebell"
    TABLE = "table"


JOINTS = (
    "torso",
    "back",
    "neck",
    "near-shoulder",
    "near-elbow",
    "far-shoulder",
    "far-elbow",
    "near-hip",
    "near-knee",
    "near-ankle",
    "far-hip",
    "far-knee",
    "far-ankle",
)
PAIRS = {
    "shoulders": ("near-shoulder", "far-shoulder"),
    "elbows": ("near-elbow", "far-elbow"),
    "hips": ("near-hip", "far-hip"),
    "knees": ("near-knee", "far-knee"),
    "ankles": ("near-ankle", "far-ankle"),
}
FRAME_KEYS = (*JOINTS, *PAIRS)
ANCHORS = ("hip", "head", "near-hand", "far-hand", "near-foot", "far-foot", "near-knee", "far-knee")

_RANGES = {
    "torso": (-180.0, 180.0),
    "back": (-45.0, 60.0),
    "neck": (-60.0, 60.0),
    "shoulder": (-70.0, 190.0),
    "elbow": (0.0, 160.0),
    "hip": (-50.0, 160.0),
    "knee": (0.0, 165.0),
    "ankle": (-40.0, 90.0),
}
_FRONT_RANGES = {**_RANGES, "elbow": (-160.0, 160.0), "hip": (-60.0, 110.0)}
"""Seen from the front, an elbow may fold either way and a hip opens sideways."""

_MEANINGS = {
    "torso": "any lean, from -180 to 180",
    "back": "positive rounds the back, negative arches it",
    "neck": "looking down is positive",
    "shoulder": "0 hangs along the trunk, 180 is overhead",
    "elbow": "0 is straight",
    "hip": "0 is in line with the trunk, 90 lifted forward",
    "knee": "0 is straight",
    "ankle": "0 is a right angle, positive points the toes",
}


def joint_kind(name: str) -> str:
    """ "near-knee" → "knee": the kind of joint a key sets, which decides its range."""
    return name.rsplit("-", 1)[-1].rstrip("s") if name in PAIRS else name.rsplit("-", 1)[-1]


def angle_range(name: str, view: View) -> tuple[float, float]:
    return (_FRONT_RANGES if view is View.FRONT else _RANGES)[joint_kind(name)]


def angle_meaning(name: str) -> str:
    return _MEANINGS[joint_kind(name)]


@dataclass(frozen=True)
class Frame:
    """Every joint's angle, in `JOINTS` order."""

    angles: tuple[float, ...]

    def __getitem__(self, joint: str) -> float:
        return self.angles[_INDEX[joint]]

    @classmethod
    def standing(cls) -> Frame:
        return cls((0.0,) * len(JOINTS))

    def with_values(self, values: Mapping[str, float]) -> Frame:
        """This frame with some joints changed; a pair key (`knees`) sets both sides."""
        angles = list(self.angles)
        for key in sorted(values, key=lambda k: k in _INDEX):  # pairs first, single joints win
            for joint in PAIRS.get(key, (key,)):
                angles[_INDEX[joint]] = float(values[key])
        return Frame(tuple(angles))

    def changes(self, before: Frame) -> dict[str, float]:
        """The keys a keyframe needs to turn `before` into this one, a pair key where both sides agree."""
        changed = {j: a for j, a, b in zip(JOINTS, self.angles, before.angles, strict=True) if a != b}
        for pair, (near, far) in PAIRS.items():
            if near in changed and far in changed and changed[near] == changed[far]:
                changed[pair] = changed.pop(near)
                del changed[far]
        return changed

    def blend(self, other: Frame, amount: float) -> Frame:
        return Frame(tuple(a + (b - a) * amount for a, b in zip(self.angles, other.angles, strict=True)))


_INDEX = {joint: i for i, joint in enumerate(JOINTS)}


@dataclass(frozen=True)
class Pose:
    """The picture of one exercise: keyframes, the view, what stays put, and what it holds."""

    frames: tuple[Frame, ...]
    view: View = View.SIDE
    anchor: str = "hip"
    cycle: float | None = None
    """Seconds for one movement when the step is timed; counted steps move once per rep."""
    props: tuple[Prop, ...] = ()
    floor: bool = True
    """False for a picture seen from above, where the floor is the page itself."""

    @property
    def moves(self) -> bool:
        return len(self.frames) > 1

    @property
    def still(self) -> Frame:
        """The frame a still picture shows: the last, where the movement peaks."""
        return self.frames[-1]

    @property
    def side_shown(self) -> str:
        """The side of the body the near limbs are: the right from the side, the left from the front."""
        return "left" if self.view is View.FRONT else "right"

    def mirrored_for(self, side: str | None) -> bool:
        """Whether a step on `side` ("left", "right" or None) draws this pose flipped."""
        return side is not None and side != self.side_shown

    def frame_at(self, seconds: float, cycle: float) -> Frame:
        """The figure `seconds` into the movement, going through the keyframes and back in `cycle`."""
        if not self.moves or cycle <= 0:
            return self.frames[0]
        legs = 2 * (len(self.frames) - 1)  # there and back
        position = (seconds / cycle % 1.0) * legs
        leg = min(int(position), legs - 1)
        amount = _ease(position - leg)
        forward = leg < len(self.frames) - 1
        start = leg if forward else legs - leg
        end = start + 1 if forward else start - 1
        return self.frames[start].blend(self.frames[end], amount)

    def cycle_for(self, tempo: float | None) -> float:
        """Seconds per movement: one rep at the step's tempo, else the pose's own pace."""
        if tempo:
            return tempo
        return self.cycle or DEFAULT_CYCLE

    def samples(self, per_leg: int = 12) -> Iterator[Frame]:
        """Frames along the whole movement, to find the space it needs."""
        if not self.moves:
            yield self.frames[0]
            return
        for start, end in zip(self.frames, self.frames[1:], strict=False):
            for i in range(per_leg + 1):
                yield start.blend(end, i / per_leg)

    @cached_property
    def bounds(self) -> Bounds:
        """The box the figure and its props fill over the whole movement, so nothing jumps."""
        box: Bounds | None = None
        for frame in self.samples():
            box = figure(self, frame).bounds.union(box)
        assert box is not None
        return box


def _ease(x: float) -> float:
    """Slow out of one pose and slow into the next, like a body moving with control."""
    return 0.5 - 0.5 * math.cos(math.pi * x)


# -- geometry ----------------------------------------------------------------------------------

TORSO = 3.0
NECK = 0.35
HEAD_RADIUS = 0.72
UPPER_ARM = 1.45
FOREARM = 1.4
THIGH = 2.1
SHIN = 2.0
FOOT = 0.75
SHOULDER_HALF = 0.8
HIP_HALF = 0.42
LIMB_WIDTH = 0.52
TORSO_WIDTH = 0.95
FIGURE_HEIGHT = 9.2
"""Standing height in figure units; the painter scales these to pixels."""

Point = tuple[float, float]


def _direction(angle: float) -> Point:
    """A unit vector at `angle` degrees clockwise from straight up, on a screen where y grows down."""
    radians = math.radians(angle)
    return (math.sin(radians), -math.cos(radians))


def _step(start: Point, angle: float, length: float) -> Point:
    dx, dy = _direction(angle)
    return (start[0] + dx * length, start[1] + dy * length)


@dataclass(frozen=True)
class Bounds:
    left: float
    top: float
    right: float
    bottom: float

    @property
    def width(self) -> float:
        return self.right - self.left

    @property
    def height(self) -> float:
        return self.bottom - self.top

    def union(self, other: Bounds | None) -> Bounds:
        if other is None:
            return self
        return Bounds(
            min(self.left, other.left),
            min(self.top, other.top),
            max(self.right, other.right),
            max(self.bottom, other.bottom),
        )


@dataclass(frozen=True)
class Limb:
    """An arm or a leg as a chain of points from the body outwards."""

    points: tuple[Point, ...]
    near: bool


@dataclass(frozen=True)
class Figure:
    """The figure laid out in figure units, standing on the floor at y = 0, facing right (+x)."""

    hip: Point
    spine: Point
    """The control point that bends the trunk's line from hip to neck into a curve."""
    neck: Point
    head: Point
    arms: tuple[Limb, Limb]
    legs: tuple[Limb, Limb]
    wall: float | None = None
    """The wall's x, when the exercise uses one."""
    kettlebell: Point | None = None
    table: tuple[Point, Point] | None = None
    """The table top's edge (by the hands) and far end, when there is one."""

    @property
    def limbs(self) -> tuple[Limb, ...]:
        return (*self.arms, *self.legs)

    def points(self) -> Iterator[Point]:
        yield self.hip
        yield (  # the middle of the trunk's curve
            (self.hip[0] + 2 * self.spine[0] + self.neck[0]) / 4,
            (self.hip[1] + 2 * self.spine[1] + self.neck[1]) / 4,
        )
        yield self.neck
        for limb in self.limbs:
            yield from limb.points

    @property
    def bounds(self) -> Bounds:
        pad = LIMB_WIDTH
        xs = [p[0] for p in self.points()]
        ys = [p[1] for p in self.points()]
        box = Bounds(
            min(xs) - pad,
            min(ys) - pad,
            max(xs) + pad,
            max(ys) + pad / 2,
        ).union(
            Bounds(
                self.head[0] - HEAD_RADIUS,
                self.head[1] - HEAD_RADIUS,
                self.head[0] + HEAD_RADIUS,
                self.head[1] + HEAD_RADIUS,
            )
        )
        if self.wall is not None:
            box = box.union(Bounds(self.wall, -FIGURE_HEIGHT * 0.9, self.wall + 0.3, 0.0))
        if self.kettlebell is not None:
            x, y = self.kettlebell
            box = box.union(Bounds(x - 0.6, y - 0.2, x + 0.6, y + 1.2))
        if self.table is not None:
            (x1, y1), (x2, _) = self.table
            box = box.union(Bounds(min(x1, x2), y1 - 0.3, max(x1, x2), 0.0))
        return box


def figure(pose: Pose, frame: Frame) -> Figure:
    """Lay the figure out for one frame: joints from the hip outwards, then put it on the floor."""
    torso, bend = frame["torso"], frame["back"]
    hip = (0.0, 0.0)
    neck = _step(hip, torso, TORSO)
    bulge = TORSO / 2 * math.tan(math.radians(bend / 2))
    spine = _step(_step(hip, torso, TORSO / 2), torso - 90, bulge)
    upper, lower = torso + bend / 2, torso - bend / 2  # the trunk's direction at each end
    head = _step(neck, upper + frame["neck"], NECK + HEAD_RADIUS)
    front = pose.view is View.FRONT
    arms = []
    legs = []
    for side in ("near", "far"):
        sign = -1.0 if front and side == "far" else 1.0
        if front:  # towards this side
            shoulder = _step(_step(neck, upper + 180, 0.35), upper + 90 * sign, SHOULDER_HALF)
            hip_joint = _step(hip, lower + 90 * sign, HIP_HALF)
        else:
            shoulder = _step(neck, upper + 180, 0.25)
            hip_joint = hip
        arm = upper + 180 - frame[f"{side}-shoulder"] * sign
        elbow = _step(shoulder, arm, UPPER_ARM)
        hand = _step(elbow, arm - frame[f"{side}-elbow"] * sign, FOREARM)
        arms.append(Limb((shoulder, elbow, hand), near=side == "near"))
        thigh = lower + 180 - frame[f"{side}-hip"] * sign
        knee = _step(hip_joint, thigh, THIGH)
        shin = thigh + frame[f"{side}-knee"] * sign
        ankle = _step(knee, shin, SHIN)
        foot = shin - 90 * sign + frame[f"{side}-ankle"] * sign
        toe = _step(ankle, foot, FOOT * (0.5 if front else 1.0))
        legs.append(Limb((hip_joint, knee, ankle, toe), near=side == "near"))
    laid = Figure(hip, spine, neck, head, (arms[0], arms[1]), (legs[0], legs[1]))
    return _with_props(pose, _placed(laid, pose.anchor))


def anchor_point(shape: Figure, anchor: str) -> Point:
    if anchor == "head":
        return shape.head
    if anchor == "hip":
        return shape.hip
    side, part = anchor.split("-")
    limbs = shape.arms if part == "hand" else shape.legs
    limb = limbs[0] if side == "near" else limbs[1]
    return limb.points[1] if part == "knee" else limb.points[-1 if part == "hand" else 2]


def _placed(shape: Figure, anchor: str) -> Figure:
    """Stand the figure on the floor (y = 0) with its anchor at x = 0, so it moves as a body does."""
    lowest = max(
        max(p[1] for p in shape.points()) + LIMB_WIDTH / 2,
        shape.head[1] + HEAD_RADIUS,
    )
    dx = -anchor_point(shape, anchor)[0]

    def moved(p: Point) -> Point:
        return (p[0] + dx, p[1] - lowest)

    def limb(chain: Limb) -> Limb:
        return Limb(tuple(moved(p) for p in chain.points), chain.near)

    return Figure(
        moved(shape.hip),
        moved(shape.spine),
        moved(shape.neck),
        moved(shape.head),
        (limb(shape.arms[0]), limb(shape.arms[1])),
        (limb(shape.legs[0]), limb(shape.legs[1])),
    )


def _with_props(pose: Pose, shape: Figure) -> Figure:
    hands = [arm.points[-1] for arm in shape.arms]
    between = ((hands[0][0] + hands[1][0]) / 2, (hands[0][1] + hands[1][1]) / 2)
    wall = kettlebell = table = None
    if Prop.WALL in pose.props:
        wall = max(h[0] for h in hands) + LIMB_WIDTH / 2
    if Prop.KETTLEBELL in pose.props:
        kettlebell = between
    if Prop.TABLE in pose.props:
        edge = (between[0] + 0.4, between[1] - LIMB_WIDTH / 2)
        table = (edge, (shape.head[0] - 2.0, edge[1]))
    return replace(shape, wall=wall, kettlebell=kettlebell, table=table)


def mirrored_x(x: float, bounds: Bounds) -> float:
    """Where x lands when the picture is flipped for the other side."""
    return bounds.left + bounds.right - x
