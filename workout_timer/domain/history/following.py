"""The programme the user follows, kept in the history file: one owner for it, beside the sessions it is
read with.

The history is where the plan's facts are: which days held a session, and since when the programme has
been followed. Keeping the start there too means one file holds all a plan is worked out from (the
command line's `today` reads it without the window's settings), it is backed up and set aside with the
sessions, and a start is kept as what happened: every start and stop is a row, the latest one counts.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import Any

FOLLOWING_COLUMNS = "(at, programme_id, started_on)"


@dataclass(frozen=True)
class Following:
    """A programme followed from `started_on` (the plan's day 1)."""

    programme_id: str
    started_on: dt.date


def following_row(following: Following | None, at: float) -> tuple[float, str | None, str | None]:
    if following is None:
        return (at, None, None)
    return (at, following.programme_id, following.started_on.isoformat())


def latest_following(rows: list[Any]) -> Following | None:
    """The programme followed, from rows of (programme_id, started_on) oldest first: the latest start, unless
    a stop came after it. A row this version cannot read counts as a stop."""
    if not rows:
        return None
    programme_id, started_on = rows[-1]
    try:
        return Following(str(programme_id), dt.date.fromisoformat(started_on)) if programme_id else None
    except (TypeError, ValueError):
        return None


def peek_following(path: Path) -> Following | None:
    """The programme followed, by one small read of the history file, opened read-only and closed at once: what
    the window opens on is decided before it first paints, without opening the history. None when the file is
    not there or can't be read now (the history, opened later, tells why)."""
    if not path.is_file():
        return None
    try:
        db = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, timeout=0.1)
        try:
            rows = db.execute("SELECT programme_id, started_on FROM programme_starts ORDER BY at, rowid").fetchall()
        finally:
            db.close()
    except sqlite3.Error:
        return None
    return latest_following(rows)
