"""The `history` command: the sessions you have done, as a table, JSON or CSV."""

from __future__ import annotations

import argparse
import sys

from workout_timer.cli.common import INVALID, OK, library
from workout_timer.cli.output import table
from workout_timer.domain.common.language import _
from workout_timer.domain.routines.durations import format_done


def history(args: argparse.Namespace) -> int:
    from workout_timer.domain.common.paths import history_path
    from workout_timer.domain.history.history_words import result_word
    from workout_timer.domain.history.records import named_now
    from workout_timer.domain.history.report import history_rows, local_minute, write_csv
    from workout_timer.domain.history.store import HistoryStore, SessionRecord

    store = HistoryStore(history_path(), read_only=True)  # reading changes and renames nothing
    records: list[SessionRecord] = named_now(store.sessions(), library().names())  # each under its name now
    check_ins = store.check_ins()
    for backup in store.set_aside():
        kept = _("a history that could not be read is kept as {path}").format(path=backup)
        print(f"workout-timer: {kept}", file=sys.stderr)
    if store.problem:
        print(f"workout-timer: {store.problem}", file=sys.stderr)
    store.close()
    if args.json:
        import json

        json.dump(history_rows(records, check_ins), sys.stdout, indent=2)
        print()
    elif args.csv:
        write_csv(records, check_ins, sys.stdout)
    elif not records:
        if store.problem is None:
            print(_("No sessions yet. Your first one will show here."))
    else:
        # Translators: the headings of `workout-timer history`'s table, in capitals where the language has them.
        rows = [(_("STARTED"), _("ROUTINE"), _("RESULT"), _("EXERCISED"))]
        rows += [
            (local_minute(r.started_at), r.name, result_word(r.result), _exercised(r.work_seconds)) for r in records
        ]
        table(rows, sys.stdout)
    return OK if store.problem is None else INVALID


def _exercised(seconds: float | None) -> str:
    return "" if seconds is None else format_done(seconds)
