"""Commands that change your own routines or share one: import a file, export a routine."""

from __future__ import annotations

import argparse
import sys

from workout_timer.cli.common import INVALID, OK, find, library, print_problems
from workout_timer.domain.common.paths import user_routines_dir


def import_routine(args: argparse.Namespace) -> int:
    from workout_timer.domain.common.paths import user_drafts_dir, user_trash_dir
    from workout_timer.domain.library.entry import Source
    from workout_timer.domain.library.user_routines import OnClash, UserRoutines, plan_import
    from workout_timer.domain.routines.routine_files import routine_id_for

    routines = library()
    entry = routines.load(args.path, Source.FILE)
    if entry.routine is None:
        print_problems(entry)
        return INVALID
    user = UserRoutines(user_routines_dir(), user_trash_dir(), user_drafts_dir())
    routine_id = routine_id_for(args.new_id) if args.new_id else entry.id
    on_clash = OnClash.REPLACE if args.replace else OnClash.KEEP_BOTH if args.keep_both else OnClash.ASK
    entries = routines.entries()
    taken = {e.id: e.routine.name if e.routine is not None else e.id for e in entries}
    try:
        plan = plan_import(args.path.read_text(encoding="utf-8"), entry.routine, routine_id, taken, on_clash)
    except OSError as error:
        print(f"workout-timer: cannot read {args.path}: {error.strerror or error}", file=sys.stderr)
        return INVALID
    target = user.path_for(plan.id)  # replacing "x.yml" must not leave a second "x.yaml"
    if plan.clash is not None:
        there = next(e for e in entries if e.id == plan.id)
        whose = "you already have a routine" if there.source is Source.USER else "there is a built-in routine"
        print(
            f"workout-timer: {whose} called {plan.id!r} ({plan.clash}); "
            "import it with --as ANOTHER-ID, --keep-both, or --replace "
            + ("yours" if there.source is Source.USER else "it with yours"),
            file=sys.stderr,
        )
        return INVALID
    try:
        user.save(plan.id, plan.text)
    except OSError as error:
        print(f"workout-timer: cannot write {target}: {error.strerror or error}", file=sys.stderr)
        return INVALID
    print(f"Imported {plan.name!r} as {plan.id} ({target}).")
    return OK


def export_routine(args: argparse.Namespace) -> int:
    from workout_timer.domain.common.atomic_file import save_text
    from workout_timer.domain.library.user_routines import export_text

    entry = find(args.routine)
    if entry is None or entry.routine is None:
        return INVALID
    try:
        save_text(args.path, export_text(entry.routine, entry.path))
    except OSError as error:
        print(f"workout-timer: cannot write {args.path}: {error.strerror or error}", file=sys.stderr)
        return INVALID
    print(f"Wrote {entry.routine.name!r} to {args.path}.")
    return OK
