"""What every page made for paper says about itself: that it is not medical advice, which version of the
app made it, and when (and, for a report, the dates it covers)."""

from __future__ import annotations

import datetime as dt

from workout_timer.domain.common.dates import Form, period, written
from workout_timer.domain.common.language import _


def not_advice() -> str:
    """The honesty notice at the foot of every sheet and report, in the language in use."""
    return _(
        "This is not medical advice. workout-timer is a timer: it can't examine you or tell what causes your pain. "
        "Stop any exercise that causes sharp pain, and see a doctor about back pain that lasts, keeps coming back, "
        "or comes with numbness, weakness or pain spreading into an arm or a leg."
    )


def period_words(start: dt.date, end: dt.date) -> str:
    """ "2 November to 29 November 2026"; the first year too when the two differ."""
    return period(start, end)


def made_by(version: str, made_on: dt.date) -> str:
    """ "Made with workout-timer 0.1.0 on 6 December 2026." """
    day = written(made_on, Form.LONG_DAY_IN_YEAR)
    return _("Made with workout-timer {version} on {day}.").format(version=version, day=day)
