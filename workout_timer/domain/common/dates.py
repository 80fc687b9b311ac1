"""Dates and times as the app shows them, whole in the language in use: the one place that writes a date.

`strftime` takes day and month names from the system's locale, whatever the language the app speaks,
and a French desktop got "lundi 30 novembre" in the middle of English words. Every date here is written
by Babel in the app's own language and region (`language.current_locale()`), from the patterns CLDR
keeps for each: "Sunday, 6 December 2026, 07:12", "Sonntag, 6. Dezember 2026, 07:12".
"""

from __future__ import annotations

import datetime as dt
from enum import Enum
from functools import cache

from workout_timer.domain.common.language import _, current_locale


class Form(Enum):
    """How much of a date to write, as a CLDR skeleton: the language orders and spells the parts."""

    DAY = "MMMd"
    """ "6 Dec", "6. Dez.": a day in a chart or a list of days."""
    NUMERIC_DAY = "Md"
    """ "6/12", "6.12.": a day under a narrow bar of a chart."""
    WEEKDAY_DAY = "MMMEd"
    """ "Wed 4 Nov", "Mi., 4. Nov." """
    DAY_IN_YEAR = "yMMMd"
    """ "6 Dec 2026", "6. Dez. 2026" """
    LONG_DAY = "MMMMd"
    """ "6 December", "6. Dezember" """
    LONG_DAY_IN_YEAR = "yMMMMd"
    """ "6 December 2026", "6. Dezember 2026" """


def written(moment: dt.date, form: Form) -> str:
    """The date of `moment` in the language in use: the one function every date the app shows goes through."""
    from babel.dates import format_date  # loads when the first date is shown: keeps start-up quick

    return format_date(moment, _pattern(form.value, current_locale()), locale=current_locale())


def short_day(day: dt.date) -> str:
    """ "6 Dec" """
    return written(day, Form.DAY)


def short_moment(moment: dt.datetime) -> str:
    """ "6 Dec 07:12", for a list of sessions: the day as every other short date is written, and the time."""
    from babel.dates import format_datetime

    return format_datetime(moment, f"{_pattern(Form.DAY.value, current_locale())} HH:mm", locale=current_locale())


def long_moment(moment: dt.datetime) -> str:
    """ "Sunday, 6 December 2026, 07:12": the date in full and the time, joined as the language joins them."""
    from babel.dates import format_date, format_time, get_datetime_format

    date = format_date(moment, "full", locale=current_locale())
    time = format_time(moment, "HH:mm", locale=current_locale())
    joined = str(get_datetime_format("full", locale=current_locale()))
    return joined.replace("'", "").replace("{1}", date).replace("{0}", time)


def long_day(day: dt.date) -> str:
    """ "6 December 2026" """
    return written(day, Form.LONG_DAY_IN_YEAR)


def period(start: dt.date, end: dt.date) -> str:
    """ "2 November to 29 November 2026"; the first year too when the two differ."""
    first = written(start, Form.LONG_DAY if start.year == end.year else Form.LONG_DAY_IN_YEAR)
    # Translators: a stretch of days, from the first to the last ("2 November to 29 November 2026").
    return _("{start} to {end}").format(start=first, end=long_day(end))


@cache
def _pattern(skeleton: str, locale: str) -> str:
    """The language's own pattern for a skeleton ("MMMd" is "d MMM" in British English, "d. MMM" in German)."""
    from babel import Locale
    from babel.dates import match_skeleton

    patterns = Locale.parse(locale).datetime_skeletons
    found = match_skeleton(skeleton, patterns) or skeleton
    return str(patterns[found].pattern) if found in patterns else skeleton
