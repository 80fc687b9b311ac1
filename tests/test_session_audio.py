"""What a session sounds like, decided without Qt: voices, cue choices, the one-voice queue, tones."""

from __future__ import annotations

import pytest

from workout_timer.domain.clock import FakeClock
from workout_timer.domain.cue_choices import CueChoices, CueGroup
from workout_timer.domain.cues import Cue, CueKind, speech_seconds
from workout_timer.domain.engine import SessionEngine
from workout_timer.domain.session_audio import Hush, SessionAudio, Speak, Tone
from workout_timer.domain.speech_queue import Action, SpeechQueue, Utterance
from workout_timer.domain.timeline import Timeline
from workout_timer.domain.voices import choose_locale, choose_voice, split_locale

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


def cue(segment: int, kind: CueKind, text: str = "Something to say.", at: float = 0.0) -> Cue:
    return Cue(segment, at, kind, text, speech_seconds(text))


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
    assert audio.on_events(engine.start()) == [Speak(get_ready)]  # the prepare phase has no tone
    assert audio.on_voice_free(1.2) == []
    clock.advance(2.0)
    assert audio.on_events(engine.update()) == [Tone("countdown")]  # 3 s before the end
    for _ in range(2):
        clock.advance(1.0)
        assert audio.on_events(engine.update()) == [Tone("countdown")]
    clock.advance(1.0)
    commands = audio.on_events(engine.update())
    assert commands[0] == Tone("work")
    assert [c.text for c in commands if isinstance(c, Speak)] == ["Plank, 20 seconds."]
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
    audio.voice_failed()
    heard = audio.on_events(engine.start())
    for _ in range(5):
        clock.advance(1.0)
        heard += audio.on_events(engine.update())
    assert heard == [Tone("countdown")] * 3 + [Tone("work")]
