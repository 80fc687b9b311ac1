"""Dates whole in the language in use: never a French weekday among English words, never English among German."""

from __future__ import annotations

import datetime as dt

import pytest

from workout_timer.domain.common import dates, language

MOMENT = dt.datetime(2026, 12, 6, 7, 5)


def test_english_dates_are_british_whatever_the_systems_language(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LC_ALL", "fr_FR.UTF-8")  # the desktop's language, which the app does not speak yet
    language.use(language.choose("", language.system_locale()))
    assert dates.long_moment(MOMENT) == "Sunday, 6 December 2026, 07:05"
    assert dates.short_moment(MOMENT) == "6 Dec 07:05" and dates.short_day(MOMENT.date()) == "6 Dec"
    assert dates.long_day(MOMENT.date()) == "6 December 2026"
    assert dates.period(dt.date(2026, 11, 2), dt.date(2026, 11, 29)) == "2 November to 29 November 2026"
    assert dates.period(dt.date(2025, 12, 29), dt.date(2026, 1, 4)) == "29 December 2025 to 4 January 2026"


def test_german_dates_are_german_throughout() -> None:
    language.use("de_DE")
    assert dates.long_moment(MOMENT) == "Sonntag, 6. Dezember 2026, 07:05"
    assert dates.short_moment(MOMENT) == "6. Dez. 07:05" and dates.short_day(MOMENT.date()) == "6. Dez."
    assert dates.written(MOMENT.date(), dates.Form.DAY_IN_YEAR) == "6. Dez. 2026"
    assert dates.period(dt.date(2026, 11, 2), dt.date(2026, 11, 29)) == "2. November bis 29. November 2026"


def test_an_american_english_system_gets_its_own_order() -> None:
    language.use(language.choose("", "en_US.UTF-8"))
    assert dates.short_day(MOMENT.date()) == "Dec 6"
    assert (
        dates.long_moment(MOMENT) == "Sunday, December 6, 2026, 07:05"
    )  # the time on the 24-hour clock, as everywhere


def test_every_day_of_a_year_reads_in_german_with_no_english_name() -> None:
    language.use("de")
    english = {"January", "February", "March", "May", "June", "July", "October", "December", "Monday", "Sunday"}
    day = dt.date(2026, 1, 1)
    while day.year == 2026:
        written = dates.long_moment(dt.datetime.combine(day, dt.time(18, 0)))
        assert not any(name in written for name in english), written
        day += dt.timedelta(days=1)


def test_a_region_babel_does_not_know_writes_the_languages_own_dates_and_numbers() -> None:
    language.use("de_XX.UTF-8")
    assert dates.long_moment(MOMENT) == "Sonntag, 6. Dezember 2026, 07:05"
    assert language.number(1.5) == "1,5"
