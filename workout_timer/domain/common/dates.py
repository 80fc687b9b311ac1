"""Dates and times in the app's words, whatever the system's language.

The app speaks English for now; `strftime` (and Qt's calendar) would take day and month names from the
system's locale, and a German desktop got "Montag" in the middle of English sentences. Until the app
is translated, every date it shows is written here.
"""

from __future__ import annotations

import datetime as dt

MONTHS = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def short_day(day: dt.date) -> str:
    """ "6 Dec" """
    return f"{day.day} {MONTHS[day.month - 1][:3]}"


def short_moment(moment: dt.datetime) -> str:
    """ "06 Dec 07:12", for a list where the rows line up."""
    return f"{moment.day:02d} {MONTHS[moment.month - 1][:3]} {moment:%H:%M}"


def long_moment(moment: dt.datetime) -> str:
    """ "Sunday 6 December 2026, 07:12" """
    return f"{WEEKDAYS[moment.weekday()]} {moment.day} {MONTHS[moment.month - 1]} {moment.year}, {moment:%H:%M}"
