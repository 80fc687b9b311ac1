"""The language in use: chosen from the setting or the system's, its words, its plural rules, its numbers."""

from __future__ import annotations

import pytest

from workout_timer.domain.common import language
from workout_timer.domain.common.language import _, ngettext, pgettext
from workout_timer.domain.common.plurals import counted, noun


@pytest.mark.parametrize(
    ("setting", "system", "chosen"),
    [
        ("", "de_AT.UTF-8", "de_AT"),  # the system's language, and its region for dates
        ("", "de", "de"),
        ("de", "de_CH.UTF-8", "de_CH"),  # the setting names the system's language: its region is kept
        ("de", "fr_FR.UTF-8", "de"),
        ("en", "de_DE.UTF-8", "en_GB"),  # English as written, with British dates
        ("", "en_US.UTF-8", "en_US"),
        ("", "fr_FR.UTF-8", "en_GB"),  # a language the app does not speak yet
        ("", "C.UTF-8", "en_GB"),
        ("", "", "en_GB"),
        ("xx", "de_DE.UTF-8", "en_GB"),
    ],
)
def test_the_setting_wins_over_the_system_and_an_unknown_language_is_english(
    setting: str, system: str, chosen: str
) -> None:
    assert language.choose(setting, system) == chosen


def test_the_system_language_is_read_as_gettext_reads_it() -> None:
    assert language.system_locale({"LANG": "de_DE.UTF-8"}) == "de_DE.UTF-8"
    assert language.system_locale({"LC_ALL": "fr_FR.UTF-8", "LANG": "de_DE.UTF-8"}) == "fr_FR.UTF-8"
    assert language.system_locale({"LANGUAGE": "de:en", "LC_ALL": "C.UTF-8"}) == "de:en"
    assert language.system_locale({"LC_ALL": "C", "LC_MESSAGES": "POSIX", "LANG": "de_DE"}) == "de_DE"
    assert language.system_locale({}) == ""


def test_german_is_shipped_and_english_needs_no_catalogue() -> None:
    assert language.shipped()[0] == "en" and "de" in language.shipped()
    assert language.use("de_DE.UTF-8") == "de" and language.current_locale() == "de_DE"
    assert language.use("fr_FR") == "en" and language.current_locale() == "en_GB"


def test_words_follow_the_language_in_use() -> None:
    assert _("there is no such file") == "there is no such file"
    language.use("de_DE")
    assert _("there is no such file") == "diese Datei gibt es nicht"
    assert pgettext("place", "the routine") == "die Routine"
    assert _("a text nobody translated") == "a text nobody translated"  # English rather than nothing
    language.use("en_GB")
    assert pgettext("place", "the routine") == "the routine"


def test_plural_forms_come_from_the_catalogues_rules_never_an_added_s() -> None:
    assert [counted(n, "second", "seconds") for n in (0, 1, 2)] == ["0 seconds", "1 second", "2 seconds"]
    assert counted(1.5, "minute", "minutes") == "1.5 minutes" and noun(1, "set", "sets") == "set"
    assert counted(2, "time", "times") == "2 times"
    language.use("de_DE")
    assert [counted(n, "second", "seconds") for n in (0, 1, 2)] == ["0 Sekunden", "1 Sekunde", "2 Sekunden"]
    assert counted(1.5, "minute", "minutes") == "1,5 Minuten"  # a fraction takes the plural, with a comma
    assert counted(2, "round", "rounds") == "2 Runden"
    assert noun(1, "rep", "reps") == "Wiederholung" and noun(12, "rep", "reps") == "Wiederholungen"
    assert ngettext("{what} is longer than {limit} character", "{what} is longer than {limit} characters", 1) == (
        "{what} ist länger als {limit} Zeichen"
    )


def test_numbers_are_written_as_the_language_writes_them() -> None:
    assert language.number(1.5) == "1.5" and language.number(2.0) == "2" and language.number(12000) == "12000"
    language.use("de")
    assert language.number(1.5) == "1,5" and language.number(-0.25) == "-0,25"


UNKNOWN_REGIONS = [
    ("en_EN.UTF-8", "en"), ("de_EN.UTF-8", "de"), ("en_RU.UTF-8", "en"), ("en_BR.UTF-8", "en"), ("de_US.UTF-8", "de"),
    ("de_XX@euro", "de"), ("en_X/../GB", "en"),
]  # fmt: skip
"""Systems naming a region Babel has no data for, and the locale the app writes in under each: the bare language."""


@pytest.mark.parametrize(("system", "written_in"), UNKNOWN_REGIONS)
def test_a_region_babel_does_not_know_is_left_for_the_bare_language_once_for_every_use(
    system: str, written_in: str
) -> None:
    language.use(language.choose("", system))
    assert language.current_locale() == written_in
    from babel import Locale

    Locale.parse(language.current_locale())  # (what raised `UnknownLocaleError` at start)


@pytest.mark.parametrize(
    ("system", "written_in"), [("de_AT.UTF-8", "de_AT"), ("en_US.UTF-8", "en_US"), ("en_IN", "en_IN"), ("de", "de")]
)
def test_a_region_babel_knows_is_kept(system: str, written_in: str) -> None:
    language.use(language.choose("", system))
    assert language.current_locale() == written_in


def test_a_language_babel_does_not_know_at_all_is_written_in_english() -> None:
    assert language.babel_locale("xx", "YY") == "en_GB" and language.babel_locale("xx") == "en_GB"
    assert language.babel_locale("de", "US") == "de" and language.babel_locale("de", "CH") == "de_CH"


def test_what_babel_knows_is_read_as_babel_itself_reads_it() -> None:
    """The locale is chosen without importing Babel (50 ms of a start): the answer is Babel's for each locale it has
    data for, and for regions it has none for."""
    from babel import localedata

    names = [name for name in localedata.locale_identifiers() if name.count("_") <= 1]
    names += [f"{language}_{region}" for language in ("en", "de", "fr") for region in ("EN", "US", "RU", "BR", "XX")]
    assert len(names) > 500
    assert [language.known_to_babel(name) for name in names] == [localedata.exists(name) for name in names]


def test_a_change_of_language_is_told_once_to_each_follower_after_it_is_in_use_and_not_after_stop() -> None:
    heard: list[tuple[str, str]] = []
    stop = language.follow(lambda code: heard.append((code, _("there is no such file"))))
    try:
        language.use("de_DE")
        language.use("de_AT")  # the region alone: the words are the same
        language.use("en_GB")
        language.use("en_GB")
    finally:
        stop()
    language.use("de_DE")
    language.use("en_GB")
    assert heard == [("de", "diese Datei gibt es nicht"), ("en", "there is no such file")]
