"""Every text Babel writes, under a system that names a region Babel has no data for ("en_EN", "de_US"): written in
the bare language, never an `UnknownLocaleError` (which once stopped the app at start, in the library's durations)."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.domain.common.test_language import UNKNOWN_REGIONS
from workout_timer.domain.audio import voices
from workout_timer.domain.care.back_care import CheckIn, Moment
from workout_timer.domain.common import dates, language
from workout_timer.domain.paper.report_words import pain_words
from workout_timer.domain.routines.durations import duration_text

MOMENT = dt.datetime(2026, 12, 6, 7, 5)


@pytest.mark.parametrize(("system", "written_in"), UNKNOWN_REGIONS)
def test_durations_numbers_dates_and_names_are_written_in_the_bare_language(system: str, written_in: str) -> None:
    language.use(language.choose("", system))
    german = written_in == "de"
    assert duration_text(90) == ("1 Min. 30 Sek." if german else "1 min 30 sec")
    assert duration_text(1500) == ("25 Min." if german else "25 min")  # a number the kept table has
    assert duration_text(2.5) == ("2,5 Sek." if german else "2.5 sec")  # and one it has not: Babel's
    assert duration_text(3600 * 1000) == ("1.000 Std." if german else "1,000 hr")
    assert language.number(1.5) == ("1,5" if german else "1.5")
    assert dates.long_moment(MOMENT) == (
        "Sonntag, 6. Dezember 2026, 07:05" if german else "Sunday, December 6, 2026, 07:05"
    )
    assert dates.short_moment(MOMENT) and dates.short_day(MOMENT.date()) and dates.long_day(MOMENT.date())
    pains = [(1, 1.0, CheckIn(Moment.BEFORE, pain=3)), (2, 2.0, CheckIn(Moment.BEFORE, pain=4))]
    assert ("3,5" if german else "3.5") in pain_words(pains)[0]
    assert voices.language_name("de_DE") == ("Deutsch (Deutschland)" if german else "German (Germany)")
    assert voices.own_name("English (America)+Max", "en_US") == "Max"
    assert voices.voice_failure({"no_voice": "de"}, english_allowed=False).startswith(
        "Auf diesem Computer spricht keine Stimme Deutsch." if german else "No voice speaks German on this computer."
    )
