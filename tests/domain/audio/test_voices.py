"""The cues' voice speaks the app's language, English only when the user agreed, and says why when none can."""

from __future__ import annotations

import pytest

from workout_timer.domain.audio.voices import choose_locale, failure_cause, speech_language, voice_failure
from workout_timer.domain.common import language
from workout_timer.domain.common.plurals import counted

ENGINE = ["en_US", "en_GB", "de_DE", "de_AT", "fr_FR"]
"""A speech engine's locales, American English first (speech-dispatcher's order is its own)."""


@pytest.mark.parametrize(
    ("app", "wanted", "expected"),
    [
        ("en_GB", "en", "en_GB"),  # the app's language and region, though the engine lists American first
        ("en_GB.UTF-8", "en", "en_GB"),
        ("en_AU", "en", "en_US"),  # no Australian voice: the language alone, its usual region first
        ("en", "en", "en_US"),
        ("de_AT", "de", "de_AT"),
        ("de_CH", "de", "de_DE"),  # no Swiss voice: the language's usual region
        ("de_DE", "en", "en_US"),  # English for the German app: no region of the app's is English
        ("C", "en", "en_US"),
    ],
)
def test_a_voice_of_the_apps_language_and_region_then_of_the_language_alone(
    app: str, wanted: str, expected: str
) -> None:
    chosen = choose_locale(ENGINE, app, wanted)
    assert chosen is not None and ENGINE[chosen] == expected
    mirrored = list(reversed(ENGINE))  # the order the engine lists them in makes no difference
    chosen = choose_locale(mirrored, app, wanted)
    assert chosen is not None and mirrored[chosen] == expected


def test_only_a_language_no_voice_speaks_has_no_locale() -> None:
    assert choose_locale(ENGINE, "fi_FI", "fi") is None


def test_english_only_when_no_voice_speaks_the_language_and_the_user_agreed() -> None:
    assert speech_language(ENGINE, "de", english_allowed=False) == "de"
    assert speech_language(["en_US", "fi_FI"], "de", english_allowed=False) is None
    assert speech_language(["en_US", "fi_FI"], "de", english_allowed=True) == "en"
    assert speech_language(["fi_FI"], "de", english_allowed=True) is None


def test_no_voice_is_told_in_the_apps_language_with_what_to_do() -> None:
    assert voice_failure({"reason": "The voice's process stopped."}, False) == "The voice's process stopped."
    language.use("de_DE")
    told = voice_failure({"reason": "No voice speaks the app's language.", "no_voice": "de"}, False)
    assert told == (
        "Auf diesem Computer spricht keine Stimme Deutsch. Wenn du die Hinweise stattdessen auf Englisch "
        "hören möchtest, schalte das unter „Ton, Stimme und Sprache“ ein."
    )
    assert (
        voice_failure({"no_voice": "de"}, True)
        == "Auf diesem Computer spricht weder eine Stimme Deutsch noch Englisch."
    )


def test_a_failure_has_one_cause_in_every_language_and_no_voice_for_each_language_is_one_of_its_own() -> None:
    """What `causes.Told` tells once: the same failure is the same cause whatever language it is told in; no voice
    for German and no voice for French are two, and no voice for German with English allowed a third."""
    unreachable = {"reason": "Connection to speech-dispatcher failed"}
    german, french = ({"reason": "No voice speaks the app's language.", "no_voice": code} for code in ("de", "fr"))
    english = failure_cause(unreachable, False)
    language.use("de_DE")
    assert failure_cause(unreachable, False) == english == failure_cause(unreachable, True)
    causes = {failure_cause(german, False), failure_cause(french, False), failure_cause(german, True)}
    assert len(causes) == 3 and failure_cause(german, False) == failure_cause(dict(german), False)


def test_the_cues_words_follow_the_voice_not_the_screen() -> None:
    language.use("de_DE")
    assert counted(2, "second", "seconds", language.spoken()) == "2 Sekunden"
    language.speak_in("en")  # no German voice, and English was allowed
    assert counted(2, "second", "seconds", language.spoken()) == "2 seconds"
    assert counted(1.5, "minute", "minutes", language.spoken()) == "1.5 minutes"
    assert counted(2, "second", "seconds") == "2 Sekunden", "the screen keeps its language"
    language.speak_in("de")
    assert counted(1.5, "minute", "minutes", language.spoken()) == "1,5 Minuten"


def test_a_voice_is_named_by_its_language_in_the_apps_language_and_by_its_own_name_where_that_says_more() -> None:
    from workout_timer.domain.audio.voices import own_name, voice_label, voice_words

    assert own_name("German", "de_DE") == "" and own_name("English (America)", "en_US") == ""
    assert own_name("English (Great Britain)", "en_GB") == "" and own_name("German+Adam", "de_DE") == "Adam"
    assert own_name("Microsoft Katja", "de_DE") == "Microsoft Katja"
    assert voice_words("English (Great Britain)", "en_GB") == "The voice speaks English (United Kingdom)."
    language.use("de_DE")
    assert voice_words("German", "de_DE") == "Die Stimme spricht Deutsch (Deutschland)."  # not "Es spricht German."
    assert voice_words("Microsoft Katja", "de_AT") == "Die Stimme „Microsoft Katja“ spricht Deutsch (Österreich)."
    assert voice_words("English (America)", "en_US") == "Die Stimme spricht Englisch (Vereinigte Staaten)."
    assert voice_words("Stand-in", "") == "Die Stimme „Stand-in“ spricht die Ansagen."
    # The engine's locale contradicting the voice's name: the name's region is the voice heard.
    assert voice_words("English (America)", "en_GB") == "Die Stimme spricht Englisch (Vereinigte Staaten)."
    assert voice_words("English (Great Britain)+Max", "en_US") == (
        "Die Stimme „Max“ spricht Englisch (Vereinigtes Königreich)."
    )
    assert voice_words("English (Scotland)", "en_GB") == (
        "Die Stimme „English (Scotland)“ spricht Englisch (Vereinigtes Königreich)."
    )  # a name that says more than a region the app knows stays
    assert voice_words("", "") == ""
    assert voice_label("German+Adam", "de_DE") == "Deutsch (Deutschland) · Adam"
    assert voice_label("German", "de_DE") == "Deutsch (Deutschland)" and voice_label("Stand-in", "") == "Stand-in"
