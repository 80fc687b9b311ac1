"""The `start` command: open the player on a routine, refusing a timing log that would spoil another file."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from workout_timer import resources
from workout_timer.cli.common import INVALID, USAGE, find, refused
from workout_timer.domain.common.language import _
from workout_timer.domain.common.paths import user_routines_dir


def start(args: argparse.Namespace) -> int:
    ref = args.routine
    if args.last:
        from workout_timer.cli.desktop import last_routine_id

        ref = last_routine_id()
        if ref is None:  # nothing done yet: the app opens on the routines to choose from
            print(f"workout-timer: {_('no session in your history yet: choose a routine in the app')}", file=sys.stderr)
            from workout_timer.qt.shell.app import run_app

            return run_app(refused, verbose=args.verbose)
    entry = find(ref)
    if entry is None:
        return INVALID
    if args.event_log is not None and (why := _not_a_log(args.event_log)):
        said = _("the timing log can't go to {path}: {reason}").format(path=args.event_log, reason=why)
        print(f"workout-timer: {said}", file=sys.stderr)
        return USAGE
    from workout_timer.qt.shell.app import run_app

    return run_app(refused, start=entry, event_log=args.event_log, verbose=args.verbose)


def _not_a_log(path: Path) -> str | None:
    """Why `path` must not take a timing log (which is appended to), or None when it may."""
    target = path.resolve()
    for folder in (user_routines_dir(), resources.routines_dir()):
        if target.is_relative_to(folder.resolve()):
            return _("it is inside the routines folder {folder}").format(folder=folder)
    if target.is_file():
        try:
            with target.open("rb") as existing:
                first = existing.readline(4096).strip()
        except OSError:
            return None  # the app says why it can't be written
        if first and not first.startswith(b"{"):
            return _("it is a file that is not a timing log (a routine, perhaps), and would be spoilt")
    return None
