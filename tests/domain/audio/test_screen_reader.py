"""What a screen reader is told during a session, and which voice says the cues (issue 17), without Qt."""

from __future__ import annotations

from collections.abc import Callable

from workout_timer.domain.audio.cue_choices import CueChoices
from workout_timer.domain.audio.cue_outcomes import CueAnnounced, Sound
from workout_timer.domain.audio.screen_reader import announcements, step_words, voice_takes_cues
from workout_timer.domain.audio.session_audio import SessionAudio, Speak, Tone
from workout_timer.domain.common.clock import FakeClock
from workout_timer.domain.history.event_log import event_record
from workout_timer.domain.routines.routine import Routine
from workout_timer.domain.routines.timeline import Timeline, build_timeline
from workout_timer.domain.session.engine import SessionEngine
from workout_timer.domain.session.events import Event


def said(events: list[Event], timeline: Timeline, reader_speaks_cues: bool = False, **choices: list[str]) -> list[str]:
    off = CueChoices(choices.get("off", []))
    return [announcement.text for announcement in announcements(events, timeline, 0, reader_speaks_cues, off)]


def test_a_new_step_the_3_2_1_and_the_end_are_announced(short_timeline: Timeline) -> None:
    clock = FakeClock()
    engine = SessionEngine(short_timeline, clock)
    assert said(engine.start(), short_timeline) == ["Get ready. Next up: Plank"]
    heard: list[str] = []
    for _ in range(5):
        clock.advance(1.0)
        heard += said(engine.update(), short_timeline)
    assert heard == ["3", "2", "1", "Work: Plank"]  # the cues' words are the app's voice's
    finished = engine.abandon()
    assert said(finished, short_timeline) == ["Session stopped."]


def test_with_the_reader_speaking_the_cues_their_words_are_announced_and_the_voice_keeps_quiet(
    short_timeline: Timeline,
) -> None:
    clock = FakeClock()
    engine = SessionEngine(short_timeline, clock)
    audio = SessionAudio()
    audio.voice_takes_cues = voice_takes_cues(reader_speaks_cues=True, reader_listening=True)
    events = engine.start()
    commands = audio.on_events(events)
    heard = said(events, short_timeline, reader_speaks_cues=True)
    for _ in range(5):
        clock.advance(1.0)
        events = engine.update()
        commands += audio.on_events(events)
        heard += said(events, short_timeline, reader_speaks_cues=True)
    assert not any(isinstance(command, Speak) for command in commands)  # the app's voice says nothing
    assert [command.name for command in commands if isinstance(command, Tone)] == ["countdown"] * 3 + ["work"]
    assert heard[0] == "Get ready. Next up: Plank" and "Plank, 20 seconds." in heard
    assert heard.index("1") < heard.index("Work: Plank")
    assert audio.take_log() == []  # nothing dropped: the words went to the screen reader instead


def test_switched_off_cues_stay_unsaid_and_the_end_is_said_once(short_timeline: Timeline) -> None:
    clock = FakeClock()
    engine = SessionEngine(short_timeline, clock)
    heard = said(engine.start(), short_timeline, True, off=["announcements", "next-up", "form", "routine"])
    assert heard == ["Get ready. Next up: Plank"]
    while engine.segment is not None and not engine.segment.waits:  # on to the push-ups, which wait for Done
        clock.advance(1.0)
        engine.update()
    ending = said(engine.done(), short_timeline, True)
    assert sum("well done" in words.lower() for words in ending) == 1  # the finish cue's words, not the end's too
    assert "Session complete. Well done." not in ending


def test_without_the_cues_the_end_is_said_in_the_readers_own_words(short_timeline: Timeline) -> None:
    clock = FakeClock()
    engine = SessionEngine(short_timeline, clock)
    engine.start()
    while engine.segment is not None and not engine.segment.waits:
        clock.advance(1.0)
        engine.update()
    assert said(engine.done(), short_timeline) == ["Session complete. Well done."]


def test_the_voice_says_the_cues_unless_a_listening_reader_was_asked_to() -> None:
    assert voice_takes_cues(reader_speaks_cues=False, reader_listening=True)
    assert voice_takes_cues(reader_speaks_cues=True, reader_listening=False)  # nobody left with silence
    assert not voice_takes_cues(reader_speaks_cues=True, reader_listening=True)


def test_steps_are_said_in_words(short_timeline: Timeline) -> None:
    words = [step_words(short_timeline, segment) for segment in short_timeline]
    assert words[:5] == [
        "Get ready. Next up: Plank",
        "Work: Plank",
        "Rest. Next up: Side plank, left side",
        "Work: Side plank, left side",
        "Switch sides. Next up: Side plank, right side",
    ]


def test_an_announcement_is_logged_as_announced(short_timeline: Timeline) -> None:
    engine = SessionEngine(short_timeline, FakeClock())
    (first,) = [a for a in announcements(engine.start(), short_timeline, 0, False) if a.sound.kind == "step"]
    record = event_record(first.posted(0.25), wall=1.0)
    assert first.posted(0.25) == CueAnnounced(0.25, 0.0, Sound(0, "step", text=first.text))
    assert record == {"event": "cue_announced", "t": 0.25, "planned": 0.0, "wall": 1.0} | {
        "index": 0,
        "kind": "step",
        "text": first.text,
    }


def test_what_the_keys_did_is_said_back(short_timeline: Timeline) -> None:
    clock = FakeClock()
    engine = SessionEngine(short_timeline, clock)
    engine.start()
    clock.advance(6.0)
    engine.update()  # the plank
    heard = announcements([*engine.pause(), *engine.resume(), *engine.extend()], short_timeline, engine.index, False)
    assert [(a.text, a.sound.kind, a.sound.index) for a in heard] == [
        ("Paused. Space to go on.", "paused", 1),
        ("Going on.", "resumed", 1),
        ("10 seconds more.", "extended", 1),
    ]
    (easier,) = [
        a for a in announcements(engine.ease(), short_timeline, engine.index, False) if a.sound.kind == "eased"
    ]
    assert easier.text == "Easier from now on: Plank on your knees."


def test_a_rests_note_is_said_as_a_sentence_of_its_own_before_what_comes(load: Callable[[str], Routine]) -> None:
    """The note's own full stop ends its sentence: never two ("Have a drink of water.. Next up")."""
    timeline = build_timeline(
        load(
            "version: 1\nname: Noted\nsteps:\n  - {exercise: plank, duration: 20}\n"
            "  - {rest: 30, note: Have a drink of water.}\n  - {exercise: plank, duration: 20}\n"
        )
    )
    rest = next(segment for segment in timeline if segment.note)
    assert step_words(timeline, rest) == "Rest. Have a drink of water. Next up: Plank"
