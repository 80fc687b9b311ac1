"""Reading and writing durations the way people write them: 30, "30s", "1m30s", "1:30"."""

from __future__ import annotations

import math
import re

from workout_timer.domain.common.language import Words, _, current_locale
from workout_timer.domain.common.plurals import counted

MAX_SECONDS = 24 * 60 * 60
"""Nothing in a routine may last longer than a day: larger values are typing mistakes."""

_UNITS = re.compile(
    r"^(?:(?P<h>\d+(?:\.\d+)?)h)?\s*(?:(?P<m>\d+(?:\.\d+)?)m(?:in)?)?\s*(?:(?P<s>\d+(?:\.\d+)?)s(?:ec)?)?$"
)
_CLOCK = re.compile(r"^(?:(?P<h>\d+):)?(?P<m>\d+):(?P<s>\d{2}(?:\.\d+)?)$")
_NUMBER = re.compile(r"^\d+(?:\.\d+)?$")


def parse_duration(text: str) -> float | None:
    """Seconds for a duration written as text, or None when it is not one.

    Accepts plain numbers ("45"), units ("45s", "2m", "1m30s", "1h"), and clock form
    ("1:30", "1:02:03"). Signs are never accepted: durations are not negative.
    """
    text = text.strip().lower()
    if not text:
        return None
    if _NUMBER.match(text):
        return float(text)
    clock = _CLOCK.match(text)
    if clock:
        hours = float(clock["h"] or 0)
        minutes = float(clock["m"])
        seconds = float(clock["s"])
        if seconds >= 60 or (clock["h"] is not None and minutes >= 60):
            return None
        return hours * 3600 + minutes * 60 + seconds
    units = _UNITS.match(text.replace(" ", ""))
    if units and any(units.group(name) for name in ("h", "m", "s")):
        return float(units["h"] or 0) * 3600 + float(units["m"] or 0) * 60 + float(units["s"] or 0)
    return None


def format_duration(seconds: float) -> str:
    """The way a person writes a duration in a routine file: "45s", "2m", "1m30s", "1h5m"."""
    if seconds < 0 or not math.isfinite(seconds):
        raise ValueError(f"not a duration: {seconds!r}")
    whole = round(seconds)
    if not math.isclose(whole, seconds, abs_tol=1e-9):
        return f"{seconds:g}s"
    hours, rest = divmod(whole, 3600)
    minutes, secs = divmod(rest, 60)
    parts = [f"{hours}h" if hours else "", f"{minutes}m" if minutes else "", f"{secs}s" if secs else ""]
    return "".join(parts) or "0s"


def duration_text(seconds: float) -> str:
    """A step's length as lists and details show it, in the language's own short units: "45 sec", "1 min 30 sec"
    in English, "45 Sek.", "1 Min. 30 Sek." in German; never the file's "1m", which reads as a metre in German."""
    locale = current_locale()
    whole = round(seconds)
    if not math.isclose(whole, seconds, abs_tol=1e-9) and seconds < 60:
        return _unit_text(seconds, "duration-second", locale)
    hours, rest = divmod(whole, 3600)
    minutes, secs = divmod(rest, 60)
    units = (("duration-hour", hours), ("duration-minute", minutes), ("duration-second", secs))
    parts = [_unit_text(value, unit, locale) for unit, value in units if value]
    return " ".join(parts) or _unit_text(0, "duration-second", locale)


_US = {
    "duration-hour": ("{0} hr", "{0} hr"),
    "duration-minute": ("{0} min", "{0} min"),
    "duration-second": ("{0} sec", "{0} sec"),
}
_BRITISH = {
    "duration-hour": ("{0} hr", "{0} hrs"),
    "duration-minute": ("{0} min", "{0} mins"),
    "duration-second": ("{0} sec", "{0} secs"),
}
_GERMAN = {
    "duration-hour": ("{0} Std.", "{0} Std."),
    "duration-minute": ("{0} Min.", "{0} Min."),
    "duration-second": ("{0} Sek.", "{0} Sek."),
}
SHORT_UNITS = {
    **dict.fromkeys(("en", "en_US"), _US),
    **dict.fromkeys(("en_GB", "en_AU", "en_CA", "en_IE", "en_NZ", "en_IN", "en_ZA", "en_001", "en_150"), _BRITISH),
    **dict.fromkeys(("de", "de_DE", "de_AT", "de_CH", "de_LU", "de_BE", "de_LI", "de_IT"), _GERMAN),
}
"""CLDR's short units of the app's languages as Babel gives them (one, other), for whole numbers under 1,000 (a
test compares every one with Babel's): the routines' first screen shows durations, and Babel's import and its
locale data cost a start about 45 ms of CPU. Any other number or locale is Babel's."""


def _unit_text(value: float, unit: str, locale: str) -> str:
    """`value` in `unit` ("duration-second"), short, as CLDR writes it in `locale`: the table's, else Babel's, in a
    locale Babel knows (`language.current_locale` chose one: "en" under "en_EN")."""
    known = SHORT_UNITS.get(locale)
    if known is not None and isinstance(value, int) and 0 <= value < 1000:
        one, other = known[unit]
        return (one if value == 1 else other).format(value)
    from babel.units import format_unit  # (the lists need it, a session does not: keeps start-up quick)

    return format_unit(value, unit, length="short", locale=locale)


def format_clock(seconds: float) -> str:
    """A countdown display: "0:45", "12:05", "1:02:03" (whole seconds, rounded up while running)."""
    whole = max(0, math.ceil(seconds - 1e-9))
    hours, rest = divmod(whole, 3600)
    minutes, secs = divmod(rest, 60)
    if hours:
        return f"{hours}:{minutes:02d}:{secs:02d}"
    return f"{minutes}:{secs:02d}"


def format_done(seconds: float) -> str:
    """Time done, as the summary, the history, its CSV and the command line all show it: "0:45", "1:02:03",
    whole seconds rounded down (0.4 s is "0:00", never a second nobody did), from the tenths the history's
    numbers keep. The one rule for a time already done; `format_clock` is for counting down."""
    return format_clock(math.floor(round(max(0.0, seconds), 1)))


def length_text(seconds: float, is_estimate: bool) -> str:
    """A session's length as the app writes it: "14:13", or "about 14:13" when steps that wait for
    Done make it an estimate."""
    # Translators: a session's length when steps at the runner's own pace make it a guess; {length} is "14:13".
    return _("about {length}").format(length=format_clock(seconds)) if is_estimate else format_clock(seconds)


def spoken_duration(seconds: float, words: Words | None = None) -> str:
    """A duration as it is said aloud: "30 seconds", "1 minute", "1 minute 30 seconds"; in the screen's
    language, or in `words` (the cues', `language.spoken()`)."""
    whole = round(seconds)
    minutes, secs = divmod(whole, 60)
    parts = []
    if minutes:
        parts.append(counted(minutes, "minute", "minutes", words))
    if secs or not minutes:
        parts.append(counted(secs, "second", "seconds", words))
    return " ".join(parts)
