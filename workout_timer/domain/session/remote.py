"""A session driven from across the room: what a media remote sees, and what its buttons do.

Media keys, a headset's button, a Bluetooth remote, the desktop's media widget and phone remotes all
reach the app through the same few commands (MPRIS on Linux, the keyboard's media keys and a
presenter clicker in the window). This module decides, without Qt or D-Bus:

- what each command does at a moment of the session (`action`): Next finishes a step done at your
  own pace (as Enter does) and skips any other; Stop ends the session without the question, as
  nobody can answer it from the mat;
- what a remote shows (`remote_view`): the title (the exercise with its side and set, or the phase),
  the routine as the artist, the step's length and position, and which buttons do something now.

Outside a session the app offers no remote at all (the adaptor leaves the bus): a player listed with
nothing to play would take the media keys from the user's music player, and a Play pressed from
across the room that starts a routine nobody chose on screen would surprise more than help.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from enum import StrEnum

from workout_timer.domain.common.language import _
from workout_timer.domain.figures.pose import Pose
from workout_timer.domain.routines.timeline import Phase, Timeline
from workout_timer.domain.session.player_text import segment_label
from workout_timer.domain.session.snapshot import Snapshot, State


class Command(StrEnum):
    """What a remote can ask, in MPRIS's words."""

    PLAY = "Play"
    PAUSE = "Pause"
    PLAY_PAUSE = "PlayPause"
    NEXT = "Next"
    PREVIOUS = "Previous"
    STOP = "Stop"


class Action(StrEnum):
    """What the session does for a command (in the words of the session driver's methods)."""

    TOGGLE_PAUSE = "toggle_pause"
    DONE = "done"
    SKIP = "skip"
    PREVIOUS = "previous"
    STOP = "stop"


class Status(StrEnum):
    """MPRIS's PlaybackStatus."""

    PLAYING = "Playing"
    PAUSED = "Paused"
    STOPPED = "Stopped"


@dataclass(frozen=True)
class SessionState:
    """Where a session stands, as a remote needs it: the engine's snapshot, and whether the session is
    held (paused, or its wait for the voice held) while its clock has not started."""

    snapshot: Snapshot
    held: bool = False

    @property
    def paused(self) -> bool:
        return self.snapshot.state is State.PAUSED or (self.snapshot.state is State.READY and self.held)

    @property
    def under_way(self) -> bool:
        """Waiting for its voice, running or paused: not over."""
        return self.snapshot.state in (State.READY, State.RUNNING, State.PAUSED)


def action(command: Command, state: SessionState) -> Action | None:
    """What `command` does now; None when it does nothing (Play while playing, anything after the end)."""
    if not state.under_way:
        return None
    if command is Command.STOP:
        return Action.STOP
    if command is Command.PLAY_PAUSE:
        return Action.TOGGLE_PAUSE
    if command is Command.PLAY:
        return Action.TOGGLE_PAUSE if state.paused else None
    if command is Command.PAUSE:
        return None if state.paused else Action.TOGGLE_PAUSE
    segment = state.snapshot.segment
    if segment is None:  # still waiting for the voice: there is no step to move from yet
        return None
    if command is Command.NEXT:
        return Action.DONE if segment.waits else Action.SKIP
    return Action.PREVIOUS


@dataclass(frozen=True)
class Artwork:
    """An exercise's figure as a remote shows it: a still picture, the right way round for the side."""

    exercise_id: str
    pose: Pose
    mirrored: bool

    @property
    def file_name(self) -> str:
        """A name of its own for each exercise, pose and side, so an edited pose never shows an old picture."""
        digest = hashlib.sha256(repr(self.pose).encode()).hexdigest()[:12]
        return f"{self.exercise_id}-{digest}{'-mirrored' if self.mirrored else ''}.png"


@dataclass(frozen=True)
class RemoteView:
    """Everything a remote shows, in plain values (times in microseconds, as MPRIS counts them)."""

    status: Status
    title: str
    artist: str
    track: int | None
    """The step under way (its index in the session), the same while it runs; None when there is none."""
    length: int | None
    """The step's length; None when it has none (a step at your own pace that waits for Done)."""
    position: int
    artwork: Artwork | None
    """The step's picture: its exercise's figure (None: no picture)."""
    can_play: bool
    """As MPRIS means them, true whenever there is a step to play or pause, whether it plays now or not
    (Play while playing does nothing); false once the session is over."""
    can_pause: bool
    can_go_next: bool
    """True while there is a step to move from: not before the session's clock starts, nor after it ends."""
    can_go_previous: bool


_NONE = (False, False, False, False)


def remote_view(timeline: Timeline, state: SessionState) -> RemoteView:
    snapshot = state.snapshot
    segment = snapshot.segment
    routine = timeline.routine.name
    if segment is None:
        if snapshot.state is not State.READY:
            # Translators: the title a media remote (a headset, the desktop's player controls) shows after a session.
            done = _("Workout complete")
            return RemoteView(Status.STOPPED, done, routine, None, None, 0, None, *_NONE)
        status = Status.PAUSED if state.paused else Status.PLAYING
        # Translators: the title a media remote shows while the voice starts, before the first step.
        ready = _("Getting the voice ready")
        return RemoteView(status, ready, routine, None, None, 0, None, True, True, False, False)
    paused = state.paused
    length = snapshot.length if snapshot.length is not None else segment.move_on
    picture = segment if segment.phase is Phase.WORK else timeline.next_work(segment.index)
    exercise = picture.exercise if picture is not None else None
    side = picture.side.value if picture is not None and picture.side is not None else None
    pose = exercise.pose if exercise is not None else None
    artwork = Artwork(exercise.id, pose, pose.mirrored_for(side)) if exercise is not None and pose is not None else None
    return RemoteView(
        status=Status.PAUSED if paused else Status.PLAYING,
        title=segment_label(segment),
        artist=routine,
        track=segment.index,
        length=None if length is None else round(length * 1_000_000),
        position=round(snapshot.elapsed * 1_000_000),
        artwork=artwork,
        can_play=True,
        can_pause=True,
        can_go_next=True,
        can_go_previous=True,
    )
