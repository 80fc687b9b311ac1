"""What became of each sound a session asked for, as the event log keeps it: spoken, played, or dropped and why,
from the audio host's reports."""

from __future__ import annotations

from pathlib import Path

from tests.helpers.audio_commands import cue, names
from workout_timer.domain.audio.cue_choices import CueChoices
from workout_timer.domain.audio.cue_outcomes import AudioWaited, CueDropped, CuePlayed, CueSpoken, Sound
from workout_timer.domain.audio.session_audio import TONE_MAX_LATE, Command, SessionAudio, Speak, Tone
from workout_timer.domain.audio.speech_queue import Reason
from workout_timer.domain.common.clock import FakeClock
from workout_timer.domain.history.event_log import EventLog, read_event_log
from workout_timer.domain.routines.timeline import Timeline
from workout_timer.domain.session.cues import CueKind
from workout_timer.domain.session.engine import SessionEngine
from workout_timer.domain.session.start_gate import Readiness, StartGate


def test_what_became_of_each_sound_comes_from_the_hosts_reports(short_timeline: Timeline) -> None:
    clock = FakeClock()
    engine = SessionEngine(short_timeline, clock)
    audio = SessionAudio()
    (say,) = audio.on_events(engine.start())
    assert isinstance(say, Speak)
    audio.sent(say, 1, 0.0)
    assert audio.take_log() == []  # asked for is not heard
    audio.began(1, 0.27)
    audio.said(1, 1.1)
    clock.advance(2.0)
    (beep,) = audio.on_events(engine.update())
    assert isinstance(beep, Tone)
    audio.sent(beep, 2, 2.0)
    audio.played(2, 2.01)
    assert audio.take_log() == [
        CueSpoken(0.27, 0.0, Sound(0, "announce", text="Get ready.")),
        CuePlayed(2.01, 2.0, Sound(0, "countdown", tone="countdown")),
    ]
    cut = Speak(cue(1, CueKind.ANNOUNCE, "Plank, 20 seconds."), 5.0)
    audio.sent(cut, 3, 5.0)
    audio.said(3, 5.05)  # over before it began: stopped by something newer
    lost = Speak(cue(1, CueKind.FORM, "Hips level."), 10.0)
    audio.sent(lost, 4, 10.0)
    audio.sent(Tone("rest", Sound(2, "rest", tone="rest"), 25.0), None, 25.0)  # the host could not take it
    audio.voice_failed(10.5, Reason.HOST_LOST)
    assert [(e.sound.text or e.sound.tone, e.reason) for e in audio.take_log() if isinstance(e, CueDropped)] == [
        ("Plank, 20 seconds.", Reason.INTERRUPTED),
        ("Hips level.", Reason.HOST_LOST),
        ("rest", Reason.TONES_UNAVAILABLE),
    ]


def test_muted_switched_off_and_not_ready_sounds_are_logged_as_dropped(short_timeline: Timeline) -> None:
    clock = FakeClock()
    engine = SessionEngine(short_timeline, clock)
    audio = SessionAudio(CueChoices(["countdown"]), muted=True, tones=Readiness.STARTING)
    assert audio.on_events(engine.start()) == []
    audio.set_muted(False, 1.0)
    heard: list[Command] = []
    for _ in range(5):
        clock.advance(1.0)
        heard += audio.on_events(engine.update())
    assert names(heard) == ["Plank, 20 seconds."]  # no beeps (switched off), no work tone (not ready)
    reasons = [(e.sound.tone or e.sound.text, e.reason) for e in audio.take_log() if isinstance(e, CueDropped)]
    assert reasons[0] == ("Get ready.", Reason.MUTED)
    assert ("countdown", Reason.SWITCHED_OFF) in reasons and ("work", Reason.TONES_NOT_READY) in reasons


def test_the_event_log_keeps_what_became_of_every_cue_even_after_the_session_ended(
    tmp_path: Path, short_timeline: Timeline
) -> None:
    log = EventLog(tmp_path / "events.jsonl", short_timeline, wall_clock=lambda: 1_700_000_000.0)
    log.write([AudioWaited(0.0, 0.0, 2.31234, "ready", "ready")])
    log.write([CueSpoken(0.27, 0.0, Sound(0, "announce", text="Get ready."))])
    log.close()  # the session is over; the finish's words begin a moment later
    log.write([CuePlayed(31.0, 31.0, Sound(31, "finish", tone="finish"))])
    log.write([CueDropped(33.2, 30.0, Sound(30, "form", text="Hips level."), Reason.STALE)])
    records = read_event_log(tmp_path / "events.jsonl")
    assert [r["event"] for r in records] == ["audio_wait", "cue_spoken", "cue_played", "cue_dropped"]
    assert records[0] == {"event": "audio_wait", "t": 0.0, "planned": 0.0, "wall": 1_700_000_000.0,
                          "waited": 2.3123, "voice": "ready", "tones": "ready"}  # fmt: skip
    assert records[1]["text"] == "Get ready." and records[1]["t"] == 0.27 and records[1]["kind"] == "announce"
    assert records[2]["sound"] == "finish" and "text" not in records[2]
    assert records[3]["reason"] == "stale" and records[3]["planned"] == 30.0


def test_a_cue_the_engine_let_go_late_is_logged_as_dropped(tmp_path: Path, short_timeline: Timeline) -> None:
    clock = FakeClock()
    engine = SessionEngine(short_timeline, clock)
    log = EventLog(tmp_path / "events.jsonl", short_timeline)
    log.write(engine.start())
    clock.advance(12.0)  # the laptop slept through the get-ready beeps and the plank's start
    log.write(engine.update())
    log.close()
    records = read_event_log(tmp_path / "events.jsonl")
    dropped = [r for r in records if r["event"] == "cue_dropped"]
    assert dropped and all(r["reason"] == "late" and r["t"] - r["planned"] > 1 for r in dropped)
    assert {"sound": "countdown", "kind": "countdown"}.items() <= dropped[0].items()


def test_a_catch_up_plays_only_what_is_still_due_and_one_tone_at_most(short_timeline: Timeline) -> None:
    """prepare 0-5 · plank 5-25 · rest 25-35 · side plank 35-45 · switch 45-50 · side plank 50-60 · rest 60-70."""
    clock = FakeClock()
    engine = SessionEngine(short_timeline, clock)
    audio = SessionAudio()
    audio.on_events(engine.start())
    clock.advance(6.0)
    audio.on_events(engine.update())
    audio.take_log()
    clock.advance(29.5)  # stopped (Ctrl+Z, a paused VM) through the rest, back just after the side plank began
    commands = audio.on_events(engine.update())
    assert [c.name for c in commands if isinstance(c, Tone)] == ["work"]
    assert [(d.sound.tone, d.reason) for d in audio.take_log() if isinstance(d, CueDropped) and d.sound.tone] == [
        ("rest", Reason.LATE)
    ]
    clock.advance(16.0)  # and again, back two seconds into the second side
    commands = audio.on_events(engine.update())
    assert not [c for c in commands if isinstance(c, Tone)]
    dropped = [d for d in audio.take_log() if isinstance(d, CueDropped)]
    assert [(d.sound.tone, d.planned, d.reason) for d in dropped if d.sound.tone] == [("work", 50.0, Reason.LATE)]


def test_tones_due_at_one_moment_play_the_latest_only(short_timeline: Timeline) -> None:
    clock = FakeClock()
    engine = SessionEngine(short_timeline, clock)
    audio = SessionAudio()
    audio.on_events(engine.start())
    clock.advance(31.9)
    audio.on_events(engine.update())
    audio.take_log()
    clock.advance(3.1)  # back at 35.0: the last beep of the rest (34.0) is just in time, and the side plank starts
    commands = audio.on_events(engine.update())
    assert [c.name for c in commands if isinstance(c, Tone)] == ["work"]
    beeps = [d for d in audio.take_log() if isinstance(d, CueDropped) and d.sound.tone == "countdown"]
    assert [(d.planned, d.reason) for d in beeps][-1] == (34.0, Reason.SUPERSEDED)


def test_a_tone_the_host_let_go_for_a_newer_one_is_logged_as_superseded() -> None:
    audio = SessionAudio()
    rest = Tone("rest", Sound(2, "rest", tone="rest"), 25.0)
    work = Tone("work", Sound(3, "work", tone="work"), 25.1)
    audio.sent(rest, 7, 25.0)
    audio.sent(work, 8, 25.1)
    audio.tone_dropped(7, 25.1)
    audio.played(8, 25.2)
    assert audio.take_log() == [
        CueDropped(25.1, 25.0, Sound(2, "rest", tone="rest"), Reason.SUPERSEDED),
        CuePlayed(25.2, 25.1, Sound(3, "work", tone="work")),
    ]


def test_what_a_restarted_host_never_answered_is_logged_as_lost_and_the_sound_starts_again() -> None:
    audio = SessionAudio()
    audio.sent(Speak(cue(1, CueKind.ANNOUNCE, "Plank, 20 seconds."), 5.0), 1, 5.0)
    audio.sent(Tone("work", Sound(1, "work", tone="work"), 5.0), 2, 5.0)
    audio.host_restarted(8.0)
    assert [(e.sound.text or e.sound.tone, e.reason) for e in audio.take_log() if isinstance(e, CueDropped)] == [
        ("Plank, 20 seconds.", Reason.HOST_LOST),
        ("work", Reason.HOST_LOST),
    ]
    assert audio.voice is Readiness.STARTING and audio.tones is Readiness.STARTING
    audio.played(2, 8.5)  # a late word from the old host names nothing any more
    assert audio.take_log() == []


def test_sound_that_failed_stays_failed_when_the_host_is_started_afresh() -> None:
    """The host reports a failure once: tones that failed (no sound device) and then a restart (the voice
    hung) must not leave the tones "starting" for ever, or every later session waits its full 5 s."""
    from workout_timer.domain.common.clock import FakeClock

    audio = SessionAudio(voice=Readiness.STARTING, tones=Readiness.STARTING)
    audio.tones_failed(1.0)
    audio.host_restarted(2.0)
    assert audio.tones is Readiness.FAILED and audio.voice is Readiness.STARTING
    audio.voice_ready(3.0)
    assert StartGate(FakeClock()).may_start(audio.voice, audio.tones)  # the next session starts at once


def test_a_tone_the_host_could_only_play_out_of_its_time_is_logged_as_stale() -> None:
    """A countdown beep due at 13.0 that the host got to at 14.02 would fall on the next beat: it is let go."""
    audio = SessionAudio()
    beep = Tone("countdown", Sound(2, "countdown", tone="countdown"), 13.0)
    assert beep.latest == 13.0 + TONE_MAX_LATE and 0 < TONE_MAX_LATE <= 0.5  # half a beat at most
    audio.sent(beep, 7, 13.0)
    audio.tone_dropped(7, 14.02, late=True)
    assert audio.take_log() == [CueDropped(14.02, 13.0, Sound(2, "countdown", tone="countdown"), Reason.STALE)]


def test_speech_begun_with_no_sound_output_is_logged_as_unheard() -> None:
    """speech-dispatcher with no sound server reports "Get ready." begun, and nobody hears it."""
    audio = SessionAudio()
    get_ready = Speak(cue(0, CueKind.ANNOUNCE, "Get ready."), 0.0)
    audio.sent(get_ready, 1, 0.0)
    audio.began(1, 0.03, heard=False)
    audio.said(1, 5.0)  # over, or given up: it is not "interrupted" as well
    assert audio.take_log() == [CueDropped(0.03, 0.0, get_ready.sound, Reason.NO_OUTPUT)]
