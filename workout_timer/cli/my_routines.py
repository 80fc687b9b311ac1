"""Commands that change your own routines or share one: import a file, export a routine."""

from __future__ import annotations

import argparse
import sys

from workout_timer.cli.common import INVALID, OK, cannot_write, find, library
from workout_timer.domain.common.language import _, in_quotes
from workout_timer.domain.common.paths import user_routines_dir


def import_routine(args: argparse.Namespace) -> int:
    from workout_timer.domain.common.paths import user_drafts_dir, user_trash_dir
    from workout_timer.domain.library.entry import Source
    from workout_timer.domain.library.importing import OnClash, RoutineImport
    from workout_timer.domain.library.user_routines import UserRoutines
    from workout_timer.domain.routines.problems import LoadError

    try:
        importing = RoutineImport.read(args.path, library())
    except LoadError as error:
        print("\n".join(str(p) for p in error.problems), file=sys.stderr)
        return INVALID
    on_clash = OnClash.REPLACE if args.replace else OnClash.KEEP_BOTH if args.keep_both else OnClash.ASK
    plan = importing.plan(on_clash, as_id=args.new_id)
    if plan.clash is not None:
        if plan.clash.source is Source.USER:
            clash = _(
                "you already have a routine called {id} ({name}); import it with --as ANOTHER-ID, --keep-both, "
                "or --replace yours"
            )
        else:
            clash = _(
                "there is a built-in routine called {id} ({name}); import it with --as ANOTHER-ID, --keep-both, "
                "or --replace it with yours"
            )
        print(f"workout-timer: {clash.format(id=in_quotes(plan.id), name=plan.clash.name)}", file=sys.stderr)
        return INVALID
    user = UserRoutines(user_routines_dir(), user_trash_dir(), user_drafts_dir())
    try:
        target = user.save(plan.id, plan.text)
    except OSError as error:
        return cannot_write(user.path_for(plan.id), error)
    print(_("Imported {name} as {id} ({path}).").format(name=in_quotes(plan.name), id=plan.id, path=target))
    return OK


def export_routine(args: argparse.Namespace) -> int:
    from workout_timer.domain.library.user_routines import export_routine

    entry = find(args.routine)
    if entry is None or entry.routine is None:
        return INVALID
    try:
        export_routine(entry, args.path)
    except OSError as error:
        return cannot_write(args.path, error)
    print(_("Wrote {name} to {path}.").format(name=in_quotes(entry.routine.name), path=args.path))
    return OK
