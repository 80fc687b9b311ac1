"""What the player says, worked out without a window: the number counted by is the big one, plurals are right."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from workout_timer.domain.common.clock import FakeClock
from workout_timer.domain.common.plurals import counted, noun
from workout_timer.domain.routines.durations import spoken_duration
from workout_timer.domain.routines.routine import Routine
from workout_timer.domain.routines.timeline import build_timeline
from workout_timer.domain.session.cues import plan_cues
from workout_timer.domain.session.engine import SessionEngine
from workout_timer.domain.session.player_text import no_easier_words, player_text, segment_label

Load = Callable[[str], Routine]

REPS = """\
version: 1
name: Reps
defaults: {prepare: 5, rest: 10}
steps:
  - {exercise: glute-bridge, reps: 6, tempo: 4}
  - {exercise: plank, duration: 20}
  - {exercise: knee-push-up, reps: 8, tempo: none}
  - {exercise: glute-bridge, reps: 1, tempo: 4}
  - {exercise: plank, duration: 1}
"""
"""prepare 5 · bridges 6×4 s = 24 · rest 10 · plank 20 · rest 10 · push-ups (own pace) · rest 10 · 1 bridge 4 ·
rest 10 · plank 1."""


@pytest.fixture
def run(load: Load, clock: FakeClock) -> SessionEngine:
    engine = SessionEngine(build_timeline(load(REPS)), clock)
    engine.start()
    return engine


def test_counted_words_agree_with_their_number() -> None:
    assert [counted(n, "second", "seconds") for n in (0, 1, 2)] == ["0 seconds", "1 second", "2 seconds"]
    assert counted(1.0, "rep", "reps") == "1 rep" and counted(1.5, "minute", "minutes") == "1.5 minutes"
    assert noun(1, "round", "rounds") == "round" and noun(3, "round", "rounds") == "rounds"
    assert spoken_duration(61) == "1 minute 1 second" and spoken_duration(120) == "2 minutes"


def test_on_counted_reps_the_rep_is_the_big_number(run: SessionEngine, clock: FakeClock) -> None:
    clock.advance(5 + 4 + 1)  # the second rep of six, 19 s of the step left
    run.update()
    text = player_text(run.timeline, run.snapshot())
    assert (text.timer, text.timer_template) == ("2", "0")
    assert text.caption == "of 6 · 19 seconds left"


def test_paused_is_said_in_the_heading_as_large_as_the_phase(run: SessionEngine, clock: FakeClock) -> None:
    clock.advance(5 + 10)
    run.update()
    run.pause()
    text = player_text(run.timeline, run.snapshot())
    assert (text.phase_title, text.name, text.caption) == ("Paused", "Glute bridge", "Paused · Space to go on")
    run.resume()
    clock.advance(14 + 5)  # into the rest before the plank
    run.update()
    assert player_text(run.timeline, run.snapshot()).phase_title == "Rest · next up"
    run.pause()
    text = player_text(run.timeline, run.snapshot())
    assert (text.phase_title, text.name, text.paused) == ("Paused · next up", "Plank", True)


def test_holds_keep_the_seconds_and_own_pace_shows_the_reps_to_do(run: SessionEngine, clock: FakeClock) -> None:
    clock.advance(5 + 24 + 10 + 19)  # 1 s of the plank left
    run.update()
    text = player_text(run.timeline, run.snapshot())
    assert (text.name, text.timer, text.caption) == ("Plank", "1", "second")
    clock.advance(1 + 10 + 30)
    run.update()
    text = player_text(run.timeline, run.snapshot())
    assert (text.timer, text.caption) == ("8", "reps · Enter when done · 0:30")
    run.done()
    text = player_text(run.timeline, run.snapshot())
    assert text.detail == "1 rep"  # during the rest before a one-rep step


def test_spoken_words_say_one_rep_and_one_second(run: SessionEngine) -> None:
    said = [cue.text for cue in plan_cues(run.timeline).cues]
    assert "Glute bridge, 1 rep." in said
    assert not [text for text in said if "1 reps" in text or "1 seconds" in text]


LADDER_ENDS = (
    "version: 1\nname: t\ndefaults: {prepare: 5, rest: 10}\nsteps:\n"
    "  - {exercise: knee-plank, duration: 20}\n"
    "  - {exercise: cat-cow, reps: 4, tempo: 3}\n"
    "  - {exercise: plank, duration: 20}\n"
)
# prepare 0-5 · knee plank 5-25 · rest 25-35 · cat-cow 35-47 · rest 47-57 · plank 57-77


def test_asking_for_an_easier_version_where_there_is_none_is_answered(load: Load, clock: FakeClock) -> None:
    engine = SessionEngine(build_timeline(load(LADDER_ENDS)), clock)
    engine.start()
    timeline = engine.timeline
    assert no_easier_words(timeline, engine.snapshot()) == "Plank on your knees is the easiest version."  # coming
    clock.advance(10)
    engine.update()
    assert no_easier_words(timeline, engine.snapshot()) == "Plank on your knees is the easiest version."
    clock.advance(25)
    engine.update()
    assert engine.segment is not None and engine.segment.exercise is not None
    assert engine.segment.exercise.id == "cat-cow"
    assert no_easier_words(timeline, engine.snapshot()) == "Cat-cow has no easier version."
    clock.advance(25)
    engine.update()
    assert no_easier_words(timeline, engine.snapshot()) is None  # the plank has the knee plank below it


NOTED = """\
version: 1
name: Noted
defaults: {prepare: 5, rest: 10}
steps:
  - {exercise: plank, duration: 20, note: Slow and sleepy}
  - {exercise: plank, duration: 20}
"""


def test_an_exercise_steps_own_note_shows_while_it_is_coming_and_while_it_runs(load: Load, clock: FakeClock) -> None:
    engine = SessionEngine(build_timeline(load(NOTED)), clock)
    engine.start()
    assert player_text(engine.timeline, engine.snapshot()).detail == "Slow and sleepy"  # getting ready
    clock.advance(5 + 1)
    engine.update()
    assert player_text(engine.timeline, engine.snapshot()).detail == "Slow and sleepy"  # the plank itself
    clock.advance(19 + 10 + 1)
    engine.update()
    assert "Slow and sleepy" not in player_text(engine.timeline, engine.snapshot()).detail  # the next, no note


SIDES_NOTED = """\
version: 1
name: Noted
defaults: {prepare: 5, rest: 10}
steps:
  - {exercise: side-plank, duration: 20, sides: both, note: Hips high.}
  - {rest: 30, note: Have a drink of water}
  - {exercise: plank, duration: 20}
"""


def test_a_note_after_the_steps_place_is_a_sentence_of_its_own(load: Load, clock: FakeClock) -> None:
    """As the preview, the editor and the voice say it (`with_note`): no "·" before the author's words, and no
    full stop twice after a note that has its own."""
    engine = SessionEngine(build_timeline(load(SIDES_NOTED)), clock)
    engine.start()
    assert player_text(engine.timeline, engine.snapshot()).detail == "Left side. Hips high."


def test_a_rests_note_in_its_label_is_a_sentence_of_its_own(load: Load) -> None:
    timeline = build_timeline(load(SIDES_NOTED))
    rest = next(segment for segment in timeline if segment.note == "Have a drink of water")
    assert segment_label(rest) == "Rest. Have a drink of water."
