"""What a session sounds like, decided without Qt: voices, cue choices, the one-voice queue, tones."""

from __future__ import annotations

import pytest

from tests.helpers.audio_commands import cue, names
from workout_timer.domain.audio.cue_choices import CueChoices
from workout_timer.domain.audio.cue_outcomes import CueDropped, Sound
from workout_timer.domain.audio.session_audio import Hush, SessionAudio, Speak, Tone
from workout_timer.domain.audio.speech_queue import Action, Reason, SpeechQueue, Utterance
from workout_timer.domain.audio.voices import choose_locale, choose_voice, split_locale
from workout_timer.domain.common.clock import FakeClock
from workout_timer.domain.routines.cue_groups import CueGroup
from workout_timer.domain.routines.timeline import Timeline
from workout_timer.domain.session.cues import Cue, CueKind
from workout_timer.domain.session.engine import SessionEngine
from workout_timer.domain.session.start_gate import MAX_WAIT, Readiness, StartGate

LOCALES = ["eo_001", "de_DE", "en_US", "en_GB", "en_IE"]


@pytest.mark.parametrize(
    ("system", "expected"),
    [
        ("en_GB.UTF-8", "en_GB"),
        ("en_IE", "en_IE"),
        ("en_AU.UTF-8", "en_US"),  # no Australian English: American, then British
        ("de_DE.UTF-8", "en_US"),  # the cues are English whatever the desktop speaks
        ("C", "en_US"),  # never the engine's first locale
        ("POSIX", "en_US"),
    ],
)
def test_the_cues_are_spoken_in_english_of_the_users_region_if_possible(system: str, expected: str) -> None:
    chosen = choose_locale(LOCALES, system)
    assert chosen is not None and LOCALES[chosen] == expected


def test_no_english_means_no_choice() -> None:
    assert choose_locale(["de_DE", "fr_FR"], "en_GB") is None
    assert split_locale("en-gb") == ("en", "GB") and split_locale("en_GB@euro") == ("en", "GB")


def test_the_plain_voice_of_the_region_is_preferred_to_the_engines_first() -> None:
    names = ["English (Caribbean)", "English (America)+Max", "English (America, New York City)", "English (America)"]
    assert choose_voice(names, "en_US") == 3
    assert choose_voice(["English (Great Britain)+Adam", "English (Scotland)"], "en_GB") is None
    assert choose_voice(["Bob", "Anne"], "en_GB") is None  # names that say nothing: the engine's choice


def test_cue_choices_switch_groups_of_kinds() -> None:
    choices = CueChoices(["form", "no-such-group"])
    form = Cue(0, 5, CueKind.FORM, "Keep your hips level.")
    own = Cue(0, 5, CueKind.ROUTINE, "Breathe out.")
    assert not choices.wants(form) and not choices.wants(own)
    assert choices.wants(Cue(0, 0, CueKind.ANNOUNCE, "Plank."))
    back = choices.with_group(CueGroup.FORM, True).with_group(CueGroup.TONES, False)
    assert back.wants(form) and not back.wants(CueGroup.TONES) and back == CueChoices(["tones"])
    assert all(group.label for group in CueGroup)


def test_a_free_voice_speaks_at_once_and_a_busy_one_makes_cues_wait() -> None:
    queue = SpeechQueue()
    first = Utterance(cue(1, CueKind.ANNOUNCE, "Plank, thirty seconds."), 10.0)
    assert queue.offer(first, 10.0) is Action.SPEAK
    halfway = Utterance(cue(1, CueKind.HALFWAY, "Halfway."), 11.0)
    assert queue.offer(halfway, 11.0) is Action.WAIT
    assert queue.finished(11.4) == halfway  # said as soon as the voice is free
    assert queue.speaking == halfway and queue.finished(12.0) is None


def test_a_waiting_cue_that_would_be_too_late_is_let_go() -> None:
    queue = SpeechQueue()
    queue.offer(Utterance(cue(1, CueKind.ANNOUNCE), 0.0), 0.0)
    queue.offer(Utterance(cue(1, CueKind.REP_COUNT, "3"), 1.0), 1.0)
    assert queue.finished(1.5) is None  # a count half a second late would mislead


def test_one_cue_waits_at_most_and_the_more_important_keeps_the_place() -> None:
    queue = SpeechQueue()
    queue.offer(Utterance(cue(1, CueKind.ANNOUNCE), 0.0), 0.0)
    routine = Utterance(cue(1, CueKind.ROUTINE, "Breathe out."), 0.5)
    assert queue.offer(routine, 0.5) is Action.WAIT
    assert queue.offer(Utterance(cue(1, CueKind.FORM, "Hips level."), 0.6), 0.6) is Action.DROP
    assert queue.finished(1.0) == routine


def test_a_cue_of_a_segment_left_behind_is_cut_short_unless_it_is_nearly_over() -> None:
    queue = SpeechQueue()
    old = Utterance(cue(3, CueKind.NEXT_UP, "Next up: side plank, left side, set 2 of 3."), 0.0)
    queue.offer(old, 0.0)
    new = Utterance(cue(4, CueKind.ANNOUNCE, "Side plank, left side, 20 seconds."), 0.5)
    assert queue.offer(new, 0.5) is Action.INTERRUPT and queue.speaking == new
    queue.finished(3.0)
    queue.offer(Utterance(cue(4, CueKind.FORM, "Hips up."), 10.0), 10.0)
    assert queue.offer(Utterance(cue(5, CueKind.ANNOUNCE, "Rest."), 10.9), 10.9) is Action.WAIT


def test_tones_speech_and_silence_follow_the_session(short_timeline: Timeline) -> None:
    clock = FakeClock()
    engine = SessionEngine(short_timeline, clock)
    audio = SessionAudio()
    get_ready = engine.plan.for_segment(0)[0]
    assert audio.on_events(engine.start()) == [Speak(get_ready, 0.0)]  # the prepare phase has no tone
    assert audio.on_voice_free(1.2) == []
    clock.advance(2.0)
    assert names(audio.on_events(engine.update())) == ["countdown"]  # 3 s before the end
    for _ in range(2):
        clock.advance(1.0)
        assert names(audio.on_events(engine.update())) == ["countdown"]
    clock.advance(1.0)
    commands = audio.on_events(engine.update())
    assert names(commands) == ["work", "Plank, 20 seconds."]
    work = commands[0]
    assert isinstance(work, Tone) and work.sound == Sound(1, "work", tone="work") and work.planned == 5.0
    clock.advance(5.0)  # the form tip comes due while the voice is (as far as we know) still busy
    assert audio.on_events(engine.update()) == []
    (tip,) = audio.on_voice_free(10.1)
    assert isinstance(tip, Speak) and tip.cue.kind is CueKind.FORM
    assert audio.on_events(engine.pause()) == [Hush()]
    assert audio.queue.speaking is None


def test_muted_means_nothing_and_choices_filter(short_timeline: Timeline) -> None:
    clock = FakeClock()
    engine = SessionEngine(short_timeline, clock)
    muted = SessionAudio(muted=True)
    heard = muted.on_events(engine.start())
    for _ in range(80):
        clock.advance(1.0)
        heard += muted.on_events(engine.update())
    assert heard == []

    engine = SessionEngine(short_timeline, FakeClock())
    quiet = SessionAudio(CueChoices(["countdown", "tones", "announcements", "next-up"]))
    assert quiet.on_events(engine.start()) == []
    assert quiet.set_muted(True) == [Hush()]


def test_a_failed_voice_leaves_the_tones(short_timeline: Timeline) -> None:
    clock = FakeClock()
    engine = SessionEngine(short_timeline, clock)
    audio = SessionAudio()
    audio.voice_failed(0.0)
    heard = audio.on_events(engine.start())
    for _ in range(5):
        clock.advance(1.0)
        heard += audio.on_events(engine.update())
    assert names(heard) == ["countdown"] * 3 + ["work"]
    dropped = [e for e in audio.take_log() if isinstance(e, CueDropped)]
    assert [(e.sound.text, e.reason) for e in dropped] == [
        ("Get ready.", Reason.VOICE_UNAVAILABLE),
        ("Plank, 20 seconds.", Reason.VOICE_UNAVAILABLE),
    ]


def test_a_session_waits_for_its_voice_and_tones_but_never_more_than_five_seconds() -> None:
    clock = FakeClock()
    gate = StartGate(clock)
    starting, ready = Readiness.STARTING, Readiness.READY
    assert not gate.may_start(starting, starting) and gate.text == "Getting the voice ready…"
    clock.advance(2.0)
    assert not gate.may_start(starting, ready)  # the tones alone are not enough
    assert gate.may_start(ready, ready) and gate.waited == 2.0
    clock.advance(MAX_WAIT - 2.0 - 0.01)
    assert not gate.may_start(starting, ready)
    clock.advance(0.01)
    assert gate.may_start(starting, starting)  # time is up: go without them
    assert MAX_WAIT <= 5.0


def test_nothing_to_wait_for_when_the_sound_failed_was_never_started_or_is_off() -> None:
    gate = StartGate(FakeClock())
    assert gate.may_start(Readiness.FAILED, Readiness.READY)
    assert gate.may_start(Readiness.OFF, Readiness.OFF)
    assert gate.may_start(Readiness.STARTING, Readiness.STARTING, muted=True)


def test_a_paused_wait_starts_only_when_the_user_goes_on() -> None:
    clock = FakeClock()
    gate = StartGate(clock)
    gate.toggle_hold()
    assert gate.text == "Paused · Space to start"
    clock.advance(MAX_WAIT + 10)
    assert not gate.may_start(Readiness.READY, Readiness.READY)
    gate.toggle_hold()
    assert gate.may_start(Readiness.STARTING, Readiness.STARTING)  # the wait is long over


def test_cues_wait_for_a_voice_still_starting_by_the_queues_rules(short_timeline: Timeline) -> None:
    clock = FakeClock()
    engine = SessionEngine(short_timeline, clock)
    audio = SessionAudio(voice=Readiness.STARTING)
    assert audio.on_events(engine.start()) == []  # "Get ready." waits for the voice
    (get_ready,) = audio.voice_ready(1.5)
    assert isinstance(get_ready, Speak) and get_ready.text == "Get ready." and get_ready.planned == 0.0
    assert audio.take_log() == []  # nothing dropped

    late = SessionAudio(voice=Readiness.STARTING)
    late.on_events(SessionEngine(short_timeline, FakeClock()).start())
    assert late.voice_ready(3.5) == []  # an announcement more than 3 s late would mislead
    (dropped,) = late.take_log()
    assert isinstance(dropped, CueDropped) and dropped.reason is Reason.VOICE_NOT_READY
    assert (dropped.t, dropped.planned, dropped.sound.text) == (3.5, 0.0, "Get ready.")


def test_the_queue_says_why_it_lets_each_cue_go() -> None:
    queue = SpeechQueue()
    queue.offer(Utterance(cue(1, CueKind.ANNOUNCE), 0.0), 0.0)
    form = Utterance(cue(1, CueKind.FORM, "Hips level."), 0.5)
    queue.offer(form, 0.5)
    routine = Utterance(cue(1, CueKind.ROUTINE, "Breathe out."), 0.6)
    queue.offer(routine, 0.6)  # it matters more than the form tip, which it replaces in the wait
    tip = Utterance(cue(1, CueKind.FORM, "Shoulders down."), 0.7)
    assert queue.offer(tip, 0.7) is Action.DROP
    assert queue.finished(3.0) is None  # 2.4 s late: too late for the routine's own cue
    assert [(d.utterance, d.reason) for d in queue.take_dropped()] == [
        (form, Reason.SUPERSEDED),
        (tip, Reason.OUTRANKED),
        (routine, Reason.STALE),
    ]
    queue.offer(Utterance(cue(2, CueKind.ANNOUNCE), 4.0), 4.0)
    queue.offer(Utterance(cue(2, CueKind.HALFWAY, "Halfway."), 5.0), 5.0)
    queue.clear(Reason.PAUSED, 5.5)
    assert [d.reason for d in queue.take_dropped()] == [Reason.PAUSED] and queue.take_dropped() == []
