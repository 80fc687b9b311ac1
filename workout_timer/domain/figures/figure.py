"""An exercise's figure laid out from a pose's angles: points in figure units, on the floor at y = 0.

Plain geometry, so what a picture shows (that it stands on the floor, that its anchor stays put, how
much room its movement needs) is tested without a screen; the Qt layer only strokes the lines.
"""

from __future__ import annotations

import math
from collections.abc import Iterator
from dataclasses import dataclass, replace
from functools import lru_cache

from workout_timer.domain.figures.pose import Frame, Pose, Prop, View

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


@lru_cache(maxsize=256)
def movement_bounds(pose: Pose) -> Bounds:
    """The box the figure and its props fill over the whole movement, so nothing jumps as it moves."""
    box: Bounds | None = None
    for frame in pose.samples():
        box = figure(pose, frame).bounds.union(box)
    assert box is not None
    return box
