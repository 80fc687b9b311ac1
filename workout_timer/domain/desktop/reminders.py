"""The daily reminder: when it is due, what it says, and when it keeps quiet.

The reminder is a small process of its own (`workout-timer remind`) that the desktop starts at login
through an XDG autostart entry, so it works while the app is closed. It waits for the chosen time and
asks once a day, through the desktop's notifications, unless today's goal is already met. The answer is
kept: "Not today" and "Start now" end the day's reminder, "Later" asks again an hour later.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from workout_timer.domain.common.language import N_, _, ngettext
from workout_timer.domain.desktop.identity import APP_ID, NAME
from workout_timer.domain.desktop.launcher import exec_line
from workout_timer.domain.history.records import SessionRecord

START, LATER, NOT_TODAY = "start", "later", "not-today"
ACTIONS = (
    # Translators: a button of the daily reminder's notification.
    (START, N_("Start now")),
    # Translators: a button of the daily reminder's notification: remind me again in an hour.
    (LATER, N_("Later")),
    # Translators: a button of the daily reminder's notification.
    (NOT_TODAY, N_("Not today")),
)
"""The notification's buttons: (key, label), the label in English (`buttons()` gives them in the language)."""


def buttons() -> tuple[tuple[str, str], ...]:
    """The notification's buttons, (key, label), in the language in use."""
    return tuple((key, _(label)) for key, label in ACTIONS)


LATER_BY = dt.timedelta(hours=1)
DEFAULT_TIME = dt.time(18, 0)
SHORT_ROUTINE_MINUTES = 10
"""What the reminder suggests without a daily goal."""


def parse_time(text: str) -> dt.time | None:
    """ "18:30" as a time of day; None for anything else."""
    try:
        hours, minutes = (int(part) for part in text.strip().split(":"))
        return dt.time(hours, minutes)
    except ValueError:
        return None


def time_text(at: dt.time) -> str:
    return f"{at.hour:02d}:{at.minute:02d}"


def goal_met(today_minutes: float, goal_minutes: float) -> bool:
    """Today's goal is met: its minutes done, or, without a goal, a session of a minute or more today."""
    if goal_minutes > 0:
        return today_minutes >= goal_minutes
    return today_minutes >= 1


def reminder_words(today_minutes: float, goal_minutes: float) -> tuple[str, str]:
    """The notification's title and text."""
    if goal_minutes <= 0:
        n = SHORT_ROUTINE_MINUTES
        return NAME, ngettext("{n} minute for your back today?", "{n} minutes for your back today?", n).format(n=n)
    left = max(1, math.ceil(goal_minutes - today_minutes))
    if today_minutes >= 1:
        more = ngettext("{n} minute more for your back today?", "{n} minutes more for your back today?", left)
        return NAME, more.format(n=left)
    return NAME, ngettext("{n} minute for your back today?", "{n} minutes for your back today?", left).format(n=left)


def next_reminder(now: dt.datetime, at: dt.time, done_on: dt.date | None, later: dt.datetime | None) -> dt.datetime:
    """When to ask next: at `at` each day; at once when today's time has passed unasked (the computer was
    off, or the reminder was just turned on after it); after "Later", when it said. `done_on` is the day
    the reminder was last answered or kept quiet."""
    if later is not None and later.date() == now.date() and done_on != now.date():
        return max(later, now)
    today_at = dt.datetime.combine(now.date(), at)
    if done_on == now.date():
        return today_at + dt.timedelta(days=1)
    return max(today_at, now)


@dataclass(frozen=True)
class Due:
    """What the reminder does when its time comes: ask (with `words`), or keep quiet and count the day done."""

    ask: bool
    words: tuple[str, str] = ("", "")


def when_due(today_minutes: float, goal_minutes: float) -> Due:
    if goal_met(today_minutes, goal_minutes):
        return Due(False)
    return Due(True, reminder_words(today_minutes, goal_minutes))


def autostart_entry(command: Sequence[str]) -> str:
    """The XDG autostart entry that starts the reminder at each login (`command` runs the app)."""
    return (
        "\n".join(
            [
                "[Desktop Entry]",
                "Type=Application",
                f"Name={NAME} reminder",
                "Comment=Reminds you of your daily routine at the time you chose",
                f"Icon={APP_ID}",
                f"Exec={exec_line([*command, 'remind'])}",
                "Terminal=false",
                "NoDisplay=true",
                "X-GNOME-Autostart-enabled=true",
            ]
        )
        + "\n"
    )


def autostart_file_name() -> str:
    return f"{APP_ID}.Reminder.desktop"


def last_routine(records: Iterable[SessionRecord]) -> str | None:
    """The id of the routine of the latest session in the history, for "Start my last routine"."""
    latest = max(records, key=lambda r: r.started_at, default=None)
    return latest.routine_id if latest is not None else None


def autostart_dir(environ: Mapping[str, str], home: Path) -> Path:
    """`$XDG_CONFIG_HOME/autostart` (the spec ignores a relative value), else ~/.config/autostart."""
    value = environ.get("XDG_CONFIG_HOME", "")
    config = Path(value) if value and Path(value).is_absolute() else home / ".config"
    return config / "autostart"


def unsupported(platform: str) -> str | None:
    """Why reminders can't work on `platform` (sys.platform), in the user's words; None where they can."""
    if platform.startswith(("linux", "freebsd", "openbsd", "netbsd")):
        return None
    return _("Daily reminders need a Linux desktop for now: on this computer, a calendar reminder does the job.")


def done_day(text: str) -> dt.date | None:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        return None


def done_on_setting(now: dt.datetime, at: dt.time) -> dt.date | None:
    """Turning the reminder on (or moving it) to a time already past today starts with tomorrow: it
    never asks the moment it is set."""
    return now.date() if at <= now.time() else None
