"""The cue plan worked out as a session goes is the plan worked out whole, whatever order it is asked in."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from tests.conftest import good_routine_files
from workout_timer import resources
from workout_timer.domain.common.clock import FakeClock
from workout_timer.domain.library.entry import Source
from workout_timer.domain.library.library import Library
from workout_timer.domain.routines.timeline import Timeline, build_timeline
from workout_timer.domain.session.cue_stream import CueStream
from workout_timer.domain.session.cues import plan_cues
from workout_timer.domain.session.engine import SessionEngine

LONG = """\
version: 1
name: Long
defaults: {{prepare: 5, rest: 3}}
steps:
  - circuit:
      rounds: {rounds}
      steps:
        - {{exercise: plank, duration: 5}}
        - {{exercise: side-plank, duration: 4, sides: both}}
        - {{exercise: knee-push-up, reps: 3}}
        - {{exercise: bird-dog, reps: 4, sides: both, tempo: 2}}
"""


def timelines() -> list[tuple[str, Timeline]]:
    library = Library(resources.routines_dir(), None, resources.catalogue_path())
    found = []
    for path in good_routine_files():
        entry = library.load(path, Source.FILE)
        if entry.routine is not None:
            found.append((path.name, build_timeline(entry.routine)))
    return found


@pytest.mark.parametrize(("name", "timeline"), timelines(), ids=lambda value: value if isinstance(value, str) else "")
def test_each_segments_cues_are_those_of_the_whole_plan(name: str, timeline: Timeline) -> None:
    whole = plan_cues(timeline)
    indexes = list(range(len(timeline) + 1))
    forwards = CueStream(timeline)
    assert [forwards.for_segment(i) for i in indexes] == [whole.for_segment(i) for i in indexes]
    random.Random(name).shuffle(indexes)  # skips ahead and back
    jumping = CueStream(timeline)
    assert [jumping.for_segment(i) for i in indexes] == [whole.for_segment(i) for i in indexes]


def test_a_long_routine_plans_only_its_first_segments_at_the_start(tmp_path: Path) -> None:
    path = tmp_path / "long.yaml"
    path.write_text(LONG.format(rounds=40))
    library = Library(resources.routines_dir(), None, resources.catalogue_path())
    entry = library.load(path, Source.FILE)
    assert entry.routine is not None, entry.problems
    timeline = build_timeline(entry.routine)
    engine = SessionEngine(timeline, FakeClock())
    engine.start()  # what the window waits for at Start
    stream = engine.plan
    assert isinstance(stream, CueStream) and len(timeline) > 400 and stream.planned < 5
    whole = plan_cues(timeline)
    assert [stream.for_segment(i) for i in range(len(timeline) + 1)] == [
        whole.for_segment(i) for i in range(len(timeline) + 1)
    ]


def test_a_session_keeps_the_words_it_began_in_when_the_language_changes(short_timeline: Timeline) -> None:
    """A language chosen in the middle of a session counts from the next one, as the routine's own words do: cues
    planned after the change were once in the new language around the old exercise names ("Als Nächstes: Glute
    bridge")."""
    from workout_timer.domain.common import language
    from workout_timer.domain.session.events import CueDue

    whole = plan_cues(short_timeline)  # in English, before any change
    clock = FakeClock()
    engine = SessionEngine(short_timeline, clock)
    engine.start()
    language.use("de_DE")  # chosen in the preferences, a few seconds in
    said = []
    for _ in range(200):
        clock.advance(1.0)
        said += [event.cue.text for event in engine.update() if isinstance(event, CueDue) and event.cue.is_speech]
        if engine.segment is not None and engine.segment.waits:
            said += [event.cue.text for event in engine.done() if isinstance(event, CueDue) and event.cue.is_speech]
        if engine.segment is None:
            break
    spoken = {cue.text for cue in whole.cues if cue.is_speech}
    assert len(said) > 5 and set(said) <= spoken, set(said) - spoken
    assert "Workout complete. Well done." in said
    assert plan_cues(short_timeline).cues[-1].text != "Workout complete. Well done."  # a new session: German
