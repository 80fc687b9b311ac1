"""Commands that read routines: check files, list the library, show how one runs, print the format's schema."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from workout_timer import resources
from workout_timer.cli.common import INVALID, OK, find, library
from workout_timer.cli.output import entry_json, length, print_timeline, source_word, table, timeline_json
from workout_timer.domain.common.language import _
from workout_timer.domain.routines.problems import LoadError
from workout_timer.domain.routines.timeline import build_timeline


def validate(args: argparse.Namespace) -> int:
    """Check routine files, and programme files (a `weeks:` at the top) by the programme reader."""
    from workout_timer.domain.library.entry import Source
    from workout_timer.domain.library.library import Library
    from workout_timer.domain.programmes.programme_library import is_programme_text
    from workout_timer.domain.routines.loading import load_routine_text, read_file
    from workout_timer.domain.routines.routine_files import routine_id_for

    shipped = Library(resources.routines_dir(), None, resources.catalogue_path())
    catalogue = shipped.catalogue  # in the language in use, as a built-in routine's name is
    status = OK
    for path in args.paths:
        try:
            text = read_file(path)
            if is_programme_text(text):
                _validate_programme(path, text)
                continue
            routine = load_routine_text(text, str(path), catalogue, routine_id_for(path), path=str(path))
            routine = shipped.in_language(routine, Path(path), Source.FILE)
        except LoadError as error:
            print(error, file=sys.stderr)
            status = INVALID
            continue
        timeline = build_timeline(routine)
        # Translators: a routine file that has no mistakes; {name} is the routine's name, {length} how long it lasts.
        print(_("{path}: ok ({name}, {length})").format(path=path, name=routine.name, length=length(timeline)))
    return status


def _validate_programme(path: str, text: str) -> None:
    """Check a programme file against the routines there are, and say so; raises LoadError."""
    from workout_timer.domain.common.plurals import counted
    from workout_timer.domain.programmes.programme_library import load_programme_text
    from workout_timer.domain.routines.routine_files import routine_id_for

    routines = [entry.id for entry in library().entries()]
    programme = load_programme_text(text, str(path), routines, routine_id_for(path), path=str(path))
    if Path(path).resolve().parent == resources.programmes_dir().resolve():  # a built-in one: in the language in use
        from workout_timer.domain.common.content import translator
        from workout_timer.domain.programmes.programme_library import translated

        programme = translated(programme, translator())
    weeks = counted(len(programme.weeks), "week", "weeks")
    sessions = counted(programme.sessions, "session", "sessions")
    # Translators: {sessions} and {weeks} are counted ("20 sessions", "6 weeks").
    said = _("{path}: ok (the programme {name}: {sessions} in {weeks})")
    print(said.format(path=path, name=programme.name, sessions=sessions, weeks=weeks))


def list_routines(args: argparse.Namespace) -> int:
    entries = library().entries()
    if args.json:
        import json

        json.dump([entry_json(e) for e in entries], sys.stdout, indent=2)
        print()
        return OK
    # Translators: the headings of `workout-timer list`'s table, in capitals where the language has them.
    rows = [(_("ID"), _("NAME"), _("LENGTH"), _("SOURCE"))]
    for entry in entries:
        source = source_word(entry.source.value)
        if entry.routine is None:
            rows.append((entry.id, _("(cannot be loaded: see below)"), "", source))
        else:
            rows.append((entry.id, entry.routine.name, length(build_timeline(entry.routine)), source))
    table(rows, sys.stdout)
    broken = [e for e in entries if e.routine is None]
    for entry in broken:
        print(file=sys.stderr)
        print("\n".join(str(p) for p in entry.problems), file=sys.stderr)
    return OK


def show(args: argparse.Namespace) -> int:
    entry = find(args.routine)
    if entry is None or entry.routine is None:
        return INVALID
    from workout_timer.domain.session.cues import plan_cues

    timeline = build_timeline(entry.routine)
    plan = plan_cues(timeline)
    if args.json:
        import json

        json.dump(timeline_json(entry, timeline, plan), sys.stdout, indent=2)
        print()
    else:
        print_timeline(entry, timeline, plan, sys.stdout)
    return OK


def schema(args: argparse.Namespace) -> int:
    sys.stdout.write(resources.schema_text("programme" if args.programme else "routine"))
    return OK
