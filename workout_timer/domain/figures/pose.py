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
cycle is one rep. `figure.py` lays the body out from a frame.
"""

from __future__ import annotations

import math
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from enum import StrEnum

from workout_timer.domain.common.language import N_, _

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
    "torso": N_("any lean, from -180 to 180"),
    "back": N_("positive rounds the back, negative arches it"),
    "neck": N_("looking down is positive"),
    "shoulder": N_("0 hangs along the trunk, 180 is overhead"),
    "elbow": N_("0 is straight"),
    "hip": N_("0 is in line with the trunk, 90 lifted forward"),
    "knee": N_("0 is straight"),
    "ankle": N_("0 is a right angle, positive points the toes"),
}


def joint_kind(name: str) -> str:
    """ "near-knee" and "knees" → "knee": the kind of joint a key sets, which decides its range."""
    return PAIRS[name][0].removeprefix("near-") if name in PAIRS else name.removeprefix("near-").removeprefix("far-")


def angle_range(name: str, view: View) -> tuple[float, float]:
    return (_FRONT_RANGES if view is View.FRONT else _RANGES)[joint_kind(name)]


def angle_meaning(name: str) -> str:
    return _(_MEANINGS[joint_kind(name)])


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

    def distance(self, other: Frame) -> float:
        """The most any joint differs between the two frames, in degrees."""
        return max(abs(a - b) for a, b in zip(self.angles, other.angles, strict=True))

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


def _ease(x: float) -> float:
    """Slow out of one pose and slow into the next, like a body moving with control."""
    return 0.5 - 0.5 * math.cos(math.pi * x)
