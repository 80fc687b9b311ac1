import pytest
from hypothesis import given
from hypothesis import strategies as st

from workout_timer.domain.routines.durations import (
    SHORT_UNITS,
    format_clock,
    format_duration,
    length_text,
    parse_duration,
    spoken_duration,
)


@pytest.mark.parametrize(
    ("text", "seconds"),
    [
        ("30", 30),
        ("30s", 30),
        ("2.5", 2.5),
        ("1m30s", 90),
        ("1m 30s", 90),
        ("2m", 120),
        ("1h", 3600),
        ("1h5m", 3900),
        ("1:30", 90),
        ("0:05", 5),
        ("1:02:03", 3723),
        ("45sec", 45),
        ("3min", 180),
    ],
)
def test_durations_people_write_are_read(text: str, seconds: float) -> None:
    assert parse_duration(text) == seconds


@pytest.mark.parametrize("text", ["", "-5", "abc", "1:75", "1:2", "5x", "m", "1:60:00", "s"])
def test_things_that_are_not_durations_are_refused(text: str) -> None:
    assert parse_duration(text) is None


@given(st.integers(min_value=0, max_value=24 * 3600))
def test_format_duration_reads_back(seconds: int) -> None:
    assert parse_duration(format_duration(seconds)) == seconds


def test_format_duration_is_how_a_person_writes_it() -> None:
    assert [format_duration(s) for s in (0, 45, 60, 90, 3900, 2.5)] == [
        "0s",
        "45s",
        "1m",
        "1m30s",
        "1h5m",
        "2.5s",
    ]


def test_clock_rounds_up_so_the_last_second_shows_one() -> None:
    assert [format_clock(s) for s in (0, 0.2, 1, 59.01, 60, 3723)] == [
        "0:00",
        "0:01",
        "0:01",
        "1:00",
        "1:00",
        "1:02:03",
    ]


def test_spoken_durations() -> None:
    assert spoken_duration(1) == "1 second"
    assert spoken_duration(30) == "30 seconds"
    assert spoken_duration(60) == "1 minute"
    assert spoken_duration(90) == "1 minute 30 seconds"


def test_a_length_is_about_only_when_it_is_an_estimate() -> None:
    assert length_text(853, is_estimate=False) == "14:13"
    assert length_text(852.2, is_estimate=True) == "about 14:13"  # a countdown's whole seconds, rounded up
    assert length_text(3723, is_estimate=True) == "about 1:02:03"


def test_a_duration_in_a_list_is_written_in_the_languages_own_short_units() -> None:
    from workout_timer.domain.common import language
    from workout_timer.domain.routines.durations import duration_text

    assert [duration_text(s) for s in (45, 60, 90, 3725, 2.5, 0)] == [
        "45 secs", "1 min", "1 min 30 secs", "1 hr 2 mins 5 secs", "2.5 secs", "0 secs",
    ]  # fmt: skip
    language.use("de_DE")
    try:
        assert [duration_text(s) for s in (45, 60, 90, 2.5)] == ["45 Sek.", "1 Min.", "1 Min. 30 Sek.", "2,5 Sek."]
    finally:
        language.use("en_GB")


@pytest.mark.parametrize("locale", sorted(SHORT_UNITS))
def test_the_short_units_kept_for_the_first_screen_are_babels_for_every_whole_number_they_serve(locale: str) -> None:
    """The routines' first screen writes durations without Babel (its import and data cost a start about 45 ms):
    every unit of every locale kept, from 0 to 999, reads as Babel writes it, and a language not kept is Babel's."""
    from babel.units import format_unit

    from workout_timer.domain.common import language
    from workout_timer.domain.routines.durations import _unit_text

    for unit in ("duration-hour", "duration-minute", "duration-second"):
        ours = [_unit_text(n, unit, locale) for n in range(1000)]
        assert ours == [format_unit(n, unit, length="short", locale=locale) for n in range(1000)], unit
    language.use("en_JM")  # a region not kept: Babel's
    try:
        from workout_timer.domain.routines.durations import duration_text

        assert "en_JM" not in SHORT_UNITS and duration_text(90) == format_unit(
            1, "duration-minute", length="short", locale="en_JM"
        ) + " " + format_unit(30, "duration-second", length="short", locale="en_JM")
    finally:
        language.use("en_GB")


@pytest.mark.parametrize("system", ["en", "de", "en_JM", "en_SG", "de_IT", "en_EN", "en_RU", "de_US", "de_EN"])
def test_a_locale_not_kept_in_the_table_is_written_by_babel_in_the_locale_the_language_chose(system: str) -> None:
    """Whatever region the system names, the durations are the table's or Babel's in a locale Babel knows: the bare
    language for a region it has no data for ("en_EN", "de_US"), never its `UnknownLocaleError`."""
    from babel.units import format_unit

    from workout_timer.domain.common import language
    from workout_timer.domain.routines.durations import duration_text

    language.use(system)
    try:
        locale = language.current_locale()
        assert locale == (system if system not in ("en_EN", "en_RU", "de_US", "de_EN") else system[:2])

        def babel(value: float, unit: str) -> str:
            return format_unit(value, f"duration-{unit}", length="short", locale=locale)

        assert duration_text(90) == f"{babel(1, 'minute')} {babel(30, 'second')}"
        assert duration_text(7200 * 1000) == babel(2000, "hour")  # a number no table keeps
        assert duration_text(2.5) == babel(2.5, "second")
    finally:
        language.use("en_GB")
