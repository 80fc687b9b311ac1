"""The history as others read it: rows for `workout-timer history` and the CSV export, and one
session's details in a few lines.

Times for programs (JSON and CSV) are ISO 8601 with seconds and the UTC offset of the moment
(2026-12-06T05:12:33+01:00), so a spreadsheet or a script never has to guess the time zone; the
table for people shows local time to the minute.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import time
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any, TextIO

from workout_timer.domain.care.back_care import CheckIn, WarningSign
from workout_timer.domain.care.gentler import Dial
from workout_timer.domain.common.atomic_file import save_text
from workout_timer.domain.common.dates import long_moment
from workout_timer.domain.common.failures import plain_words
from workout_timer.domain.common.language import N_, _, ngettext
from workout_timer.domain.history.event_log import step_outcomes, work_steps
from workout_timer.domain.history.store import Result, SessionRecord
from workout_timer.domain.routines.durations import format_done
from workout_timer.domain.session.summary import Outcome

HISTORY_COLUMNS = (
    "id",
    "started",
    "ended",
    "routine_id",
    "routine_name",
    "result",
    "active_seconds",
    "exercised_seconds",
    "exercised",
    "pain_before",
    "warning_signs_before",
    "pain_after",
    "effort",
    "warning_signs_after",
    "dial",
    "routine_name_now",
)
"""The check-in answers come next to last: pain 0 to 10 (empty when skipped or not asked), the effort after the
session (too-easy, about-right, too-hard) and the warning signs ticked (their ids, as the history keeps them).
Then comes `dial`, the gentler-today choice the session ran with: normal, gentler or gentlest. `routine_name` is the
routine's name when the session ran, as the history keeps it (it never changes); `routine_name_now`, last, is the name
the app shows it under today (`SessionRecord.name`): a built-in routine's in the language in use, a user's own as it
is called now, the recorded one for a routine that is gone. New columns come last, so a program that reads a column
by its place keeps working."""

CheckIns = Iterable[tuple[int, float, CheckIn]]
"""(session id, Unix time, answer), as `HistoryStore.check_ins` gives them."""


def iso_time(stamp: float | None) -> str | None:
    """A Unix time as local ISO 8601 with seconds and its UTC offset; None stays None."""
    if stamp is None:
        return None
    return dt.datetime.fromtimestamp(stamp).astimezone().isoformat(timespec="seconds")


def local_minute(stamp: float | None) -> str:
    """A Unix time as local "2026-12-06 05:12", for people; "" for None."""
    return "" if stamp is None else time.strftime("%Y-%m-%d %H:%M", time.localtime(stamp))


def history_rows(records: Iterable[SessionRecord], check_ins: CheckIns) -> list[dict[str, Any]]:
    """Sessions as flat rows for JSON or CSV: ISO times, the time taken (pauses left out) in seconds, the
    time exercised (work steps only, as the summary counts it) in seconds and as m:ss, and the answers
    to the check-ins before and after (warning signs as a list, in `WarningSign` order).

    A session cut short keeps the last moment recorded as its end, and its time so far."""
    answers: dict[tuple[int, bool], CheckIn] = {(session, a.before): a for session, _, a in check_ins}
    return [
        {
            "id": r.id,
            "started": iso_time(r.started_at),
            "ended": iso_time(r.ended_at),
            "routine_id": r.routine_id,
            "routine_name": r.routine_name,
            "result": r.result.value,
            "active_seconds": None if r.active_seconds is None else round(r.active_seconds, 1),
            "exercised_seconds": None if r.work_seconds is None else round(r.work_seconds, 1),
            "exercised": "" if r.work_seconds is None else format_done(r.work_seconds),
            **_answers(answers.get((r.id, True)), answers.get((r.id, False))),
            "dial": r.dial.value,
            "routine_name_now": r.name,
        }
        for r in records
    ]


def _answers(before: CheckIn | None, after: CheckIn | None) -> dict[str, Any]:
    def signs(answer: CheckIn | None) -> list[str]:
        return [] if answer is None else [sign.value for sign in WarningSign if sign in answer.signs]

    return {
        "pain_before": None if before is None else before.pain,
        "warning_signs_before": signs(before),
        "pain_after": None if after is None else after.pain,
        "effort": None if after is None or after.effort is None else after.effort.value,
        "warning_signs_after": signs(after),
    }


def csv_cell(value: Any) -> Any:
    """A value of a row as a CSV cell: a list as its items joined by "; "."""
    return "; ".join(map(str, value)) if isinstance(value, list) else value


def write_csv(records: Iterable[SessionRecord], check_ins: CheckIns, out: TextIO) -> int:
    """Write the sessions with their check-ins as CSV, a header first; the number of sessions written."""
    rows = history_rows(records, check_ins)
    writer = csv.DictWriter(out, fieldnames=list(HISTORY_COLUMNS), lineterminator="\n")
    writer.writeheader()
    writer.writerows({key: csv_cell(value) for key, value in row.items()} for row in rows)
    return len(rows)


def save_csv(records: Iterable[SessionRecord], check_ins: CheckIns, path: Path) -> int:
    """Write the sessions to `path` as CSV, atomically like a routine (an earlier export is replaced whole
    or kept as it was); how many. Raises OSError."""
    text = io.StringIO()
    count = write_csv(records, check_ins, text)
    save_text(path, text.getvalue())
    return count


def saved_words(count: int, path: Path) -> str:
    return ngettext("Saved {n} session to {path}.", "Saved {n} sessions to {path}.", count).format(n=count, path=path)


def not_saved_words(error: OSError, path: Path) -> str:
    """What to tell the user when the export failed: what, why, and that nothing was lost."""
    return _(
        "Your history could not be saved to {path}: {reason}. "
        "Nothing was lost: every session is still in your history. Try another folder or name."
    ).format(path=path, reason=plain_words(error))


_OUTCOMES = {
    Result.COMPLETED: (
        N_("Finished."),
        N_("Finished after {taken}."),
        N_("Finished after {taken}, with {work} of exercise."),
    ),
    Result.ABANDONED: (
        N_("Stopped early."),
        N_("Stopped early after {taken}."),
        N_("Stopped early after {taken}, with {work} of exercise."),
    ),
    Result.INTERRUPTED: (
        N_("Cut short when the app closed."),
        N_("Cut short when the app closed after {taken}."),
        N_("Cut short when the app closed after {taken}, with {work} of exercise."),
    ),
    Result.RUNNING: (
        N_("Running now."),
        N_("Running now after {taken}."),
        N_("Running now after {taken}, with {work} of exercise."),
    ),
}
"""How a session ended, in a sentence: alone, with the time it took, and with the time exercised too."""


def _outcome(record: SessionRecord) -> str:
    alone, taken, with_work = _OUTCOMES[record.result]
    if not record.active_seconds:
        return _(alone)
    if record.work_seconds is None:
        return _(taken).format(taken=format_done(record.active_seconds))
    return _(with_work).format(taken=format_done(record.active_seconds), work=format_done(record.work_seconds))


def skipped_steps(record: SessionRecord, events: Iterable[Mapping[str, Any]]) -> int:
    """The session's exercise steps skipped, as its summary counted them (each set and side one step): a
    skipped rest, a step gone back to or restarted, and a step skipped and then done count for nothing."""
    work = work_steps(record.segments)
    return sum(outcome is Outcome.SKIPPED for index, outcome in step_outcomes(events).items() if index in work)


def _extra(name: str, n: int) -> str:
    """What the runner did during a session, with how often, each in the same way: the steps skipped counted
    ("skipped 2 exercise steps"), and every other thing done by how many times, once included ("paused once",
    "added time 2 times"), never a count left out for one."""
    if name == "skipped":
        return ngettext("skipped {n} exercise step", "skipped {n} exercise steps", n).format(n=n)
    # Translators: how often something was done during a session, in a list such as "skipped 1 exercise step, added
    # time once, paused 2 times": say "once" (or {n}) for one, as the plural says how many.
    if name == "extended":
        return ngettext("added time once", "added time {n} times", n).format(n=n)
    if name == "eased":
        return ngettext("made an exercise easier once", "made an exercise easier {n} times", n).format(n=n)
    return ngettext("paused once", "paused {n} times", n).format(n=n)


def session_details(record: SessionRecord, events: list[dict[str, Any]], answers: Iterable[CheckIn]) -> str:
    """A few lines about one session: when, how it ended, what was skipped or added, how the back felt."""
    started = long_moment(dt.datetime.fromtimestamp(record.started_at))
    lines = [f"{record.name}, {started}", _outcome(record)]
    if record.dial is Dial.GENTLER:
        lines.append(_("Gentler than written."))  # by the dial, or a programme's week: the lighter of the two
    elif record.dial is Dial.GENTLEST:
        lines.append(_("At its gentlest."))
    counts = {name: sum(e["event"] == name for e in events) for name in ("skipped", "extended", "eased", "paused")}
    counts["skipped"] = skipped_steps(record, events)  # as the summary counts them: exercise steps, not presses
    extras = ", ".join(_extra(name, n) for name, n in counts.items() if n)
    if extras:
        lines.append(extras[0].upper() + extras[1:] + ".")
    for answer in answers:
        felt = [] if answer.pain is None else [_("pain {pain} of 10").format(pain=answer.pain)]
        if answer.effort is not None:
            felt.append(_(answer.effort.label).lower())  # the label is marked, and translated where shown
        if answer.signs:
            felt.append(_("warning signs noted"))
        if felt:
            said = _("Before: {answers}.") if answer.before else _("After: {answers}.")
            lines.append(said.format(answers=", ".join(felt)))
    return "\n".join(lines)
