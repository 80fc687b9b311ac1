"""The timing log of a session (`docs/event-log.md`): where it goes, and a word when it can't be written."""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from workout_timer.domain.common.failures import plain_words
from workout_timer.domain.common.language import _
from workout_timer.domain.common.paths import user_log_dir

if TYPE_CHECKING:
    from workout_timer.domain.history.event_log import EventLog
    from workout_timer.domain.routines.timeline import Timeline


def open_event_log(
    routine_id: str, timeline: Timeline, path: Path | None, keep: bool, notify: Callable[[str], None]
) -> EventLog | None:
    """The session's timing log: at `path` when the command line asked for one (its problems are printed
    on the terminal too), else in the log folder when the user keeps logs (`keep`), else none. A log
    that can't be written is told through `notify`, and the session goes on without it."""
    asked = path is not None
    if path is None and keep:
        stamp = time.strftime("%Y-%m-%d_%H-%M-%S")
        path = user_log_dir() / f"{stamp}_{routine_id}.jsonl"
    if path is None:
        return None
    from workout_timer.domain.history.event_log import EventLog

    def failed(error: OSError) -> None:
        # Translators: {reason} is the system's own words for what went wrong.
        said = _("The timing log {path} can't be written ({reason}); the session goes on without it.")
        words = said.format(path=path, reason=plain_words(error))
        if asked:
            print(f"workout-timer: {words}", file=sys.stderr)
        notify(words)

    event_log = EventLog(path, timeline, failed=failed)
    if event_log.error is not None:
        failed(event_log.error)
        return None
    return event_log
