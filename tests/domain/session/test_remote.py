"""What a media remote sees of a session, and what its buttons do: the rules, without D-Bus."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from workout_timer.domain.common.clock import FakeClock
from workout_timer.domain.routines.routine import Routine
from workout_timer.domain.routines.timeline import Timeline, build_timeline
from workout_timer.domain.session.engine import SessionEngine
from workout_timer.domain.session.remote import Action, Command, SessionState, Status, action, remote_view


def engine_at(timeline: Timeline, clock: FakeClock, seconds: float) -> SessionEngine:
    engine = SessionEngine(timeline, clock)
    engine.start()
    clock.advance(seconds)
    engine.update()
    return engine


def test_next_finishes_a_step_at_your_own_pace_and_skips_any_other(short_timeline: Timeline) -> None:
    clock = FakeClock()
    engine = engine_at(short_timeline, clock, 6)  # the plank
    assert action(Command.NEXT, SessionState(engine.snapshot())) is Action.SKIP
    clock.advance(20 + 10 + 10 + 5 + 10 + 10)  # the push-ups, at your own pace
    engine.update()
    assert engine.snapshot().segment is not None and engine.snapshot().segment.waits
    assert action(Command.NEXT, SessionState(engine.snapshot())) is Action.DONE
    assert action(Command.PREVIOUS, SessionState(engine.snapshot())) is Action.PREVIOUS


def test_play_and_pause_do_only_what_they_say(short_timeline: Timeline) -> None:
    clock = FakeClock()
    engine = engine_at(short_timeline, clock, 1)
    running = SessionState(engine.snapshot())
    assert action(Command.PLAY, running) is None  # already playing
    assert action(Command.PAUSE, running) is Action.TOGGLE_PAUSE
    assert action(Command.PLAY_PAUSE, running) is Action.TOGGLE_PAUSE
    engine.pause()
    paused = SessionState(engine.snapshot())
    assert action(Command.PLAY, paused) is Action.TOGGLE_PAUSE
    assert action(Command.PAUSE, paused) is None
    assert action(Command.STOP, paused) is Action.STOP


def test_before_the_clock_starts_only_pause_and_stop_mean_something(short_timeline: Timeline) -> None:
    waiting = SessionState(SessionEngine(short_timeline, FakeClock()).snapshot())
    assert action(Command.PAUSE, waiting) is Action.TOGGLE_PAUSE
    assert action(Command.NEXT, waiting) is None and action(Command.PREVIOUS, waiting) is None
    held = SessionState(waiting.snapshot, held=True)
    assert action(Command.PLAY, held) is Action.TOGGLE_PAUSE and action(Command.STOP, held) is Action.STOP
    view = remote_view(short_timeline, held)
    assert (view.status, view.title, view.can_play, view.can_go_next) == (
        Status.PAUSED,
        "Getting the voice ready",
        True,
        False,
    )


def test_after_the_end_nothing_does_anything(short_timeline: Timeline) -> None:
    clock = FakeClock()
    engine = engine_at(short_timeline, clock, 1)
    engine.abandon(from_remote=True)
    over = SessionState(engine.snapshot())
    assert all(action(command, over) is None for command in Command)
    view = remote_view(short_timeline, over)
    assert (view.status, view.track, view.can_pause, view.can_go_next) == (Status.STOPPED, None, False, False)


@pytest.mark.parametrize(
    ("seconds", "title", "length"),
    [
        (0.5, "Get ready", 5),
        (6, "Plank", 20),
        (26, "Rest", 10),
        (36, "Side plank · left side", 10),
        (46, "Switch sides", 5),
        (51, "Side plank · right side", 10),
        (72, "Knee push-up · 8 reps", None),  # at your own pace: no length to show
    ],
)
def test_the_title_says_the_exercise_with_its_side_or_the_phase(
    short_timeline: Timeline, seconds: float, title: str, length: int | None
) -> None:
    clock = FakeClock()
    view = remote_view(short_timeline, SessionState(engine_at(short_timeline, clock, seconds).snapshot()))
    assert view.title == title
    assert view.artist == "Short test session"
    assert view.length == (None if length is None else length * 1_000_000)
    assert (view.status, view.can_play, view.can_pause, view.can_go_next, view.can_go_previous) == (
        Status.PLAYING, True, True, True, True,
    )  # fmt: skip


def test_position_and_track_follow_the_step_and_a_pause(short_timeline: Timeline) -> None:
    clock = FakeClock()
    engine = engine_at(short_timeline, clock, 8.25)
    view = remote_view(short_timeline, SessionState(engine.snapshot()))
    assert view.position == 3_250_000 and view.track == 1
    engine.pause()
    clock.advance(60)
    paused = remote_view(short_timeline, SessionState(engine.snapshot()))
    assert paused.position == 3_250_000 and paused.status is Status.PAUSED
    assert paused.can_play and paused.can_pause  # MPRIS: whether the step can be played or paused at all


def test_the_picture_is_the_exercise_s_figure_the_right_way_round(short_timeline: Timeline) -> None:
    clock = FakeClock()
    engine = engine_at(short_timeline, clock, 36)  # side plank, left
    left = remote_view(short_timeline, SessionState(engine.snapshot())).artwork
    clock.advance(15)
    engine.update()  # right side
    right = remote_view(short_timeline, SessionState(engine.snapshot())).artwork
    assert left is not None and right is not None
    assert left.exercise_id == right.exercise_id == "side-plank"
    assert left.mirrored != right.mirrored and left.file_name != right.file_name
    assert left.file_name.startswith("side-plank-") and left.file_name.endswith(".png")
    clock.advance(10)
    engine.update()  # the rest before the push-ups shows what comes
    rest = remote_view(short_timeline, SessionState(engine.snapshot())).artwork
    assert rest is not None and rest.exercise_id == "knee-push-up"


NOTED = """\
version: 1
name: Noted
defaults: {prepare: 5}
steps:
  - {exercise: plank, duration: 20}
  - {rest: 30, note: Have a drink of water}
  - {exercise: plank, duration: 20}
"""


def test_a_rests_note_in_the_title_is_a_sentence_of_its_own(load: Callable[[str], Routine]) -> None:
    """As the preview, the editor and the voice say it: "Rest. Have a drink of water.", not "Rest · Have a drink"."""
    timeline = build_timeline(load(NOTED))
    view = remote_view(timeline, SessionState(engine_at(timeline, FakeClock(), 5 + 20 + 1).snapshot()))
    assert view.title == "Rest. Have a drink of water."
