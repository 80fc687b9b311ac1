"""The `workout-timer` command: open the app, or check, list and show routines from a terminal."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

# Only what opening the app needs loads here, before Qt; each command loads the rest itself.
from workout_timer import __version__, resources
from workout_timer.domain.common.paths import user_cache_dir, user_routines_dir
from workout_timer.domain.common.plurals import counted
from workout_timer.domain.library.library import Entry, Library
from workout_timer.domain.routines.durations import format_clock, length_text
from workout_timer.domain.routines.problems import LoadError
from workout_timer.domain.routines.timeline import Timeline, build_timeline

if TYPE_CHECKING:
    from workout_timer.domain.session.cues import CuePlan

OK, INVALID, USAGE = 0, 1, 2


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    if args.command is None:
        from workout_timer.qt.shell.app import run_app  # Qt loads only when a window is wanted

        return run_app(verbose=args.verbose)
    from workout_timer import logs

    logs.setup(args.verbose)  # what a command notes goes to the log file, not twice to the terminal
    try:
        return int(args.run(args))
    except BrokenPipeError:  # `workout-timer show x | head` closed the pipe: not an error
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return OK
    except Exception as error:  # a command that failed in a way nobody planned for: said plainly, kept in the log
        return _unexpected(error, args.verbose)


def _unexpected(error: Exception, verbose: bool) -> int:
    import logging

    from workout_timer import logs
    from workout_timer.domain.common.failures import plain_words

    logs.setup(verbose)
    logging.getLogger("workout_timer.cli").error("Unexpected error", exc_info=error)
    what = plain_words(error)
    print(f"workout-timer: something went wrong: {what}. The details are in {logs.where()}.", file=sys.stderr)
    return INVALID


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="workout-timer",
        description="A guided workout timer for runners: core strength and stretching for a healthy back. "
        "Run without a command to open the app.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument(
        "-v",
        "--verbose",
        action="store_true",
        help="also write the app's log to the terminal (it is always kept in a file)",
    )
    parser.set_defaults(command=None)
    commands = parser.add_subparsers(title="commands", metavar="COMMAND")

    validate = commands.add_parser(
        "validate",
        help="check routine files and report every mistake",
        description="Check routine files. Exit status: 0 when all are valid, 1 when any is not.",
    )
    validate.add_argument("paths", nargs="+", metavar="PATH", help="routine files to check")
    validate.set_defaults(command="validate", run=_validate)

    listing = commands.add_parser(
        "list",
        help="list the built-in and your own routines",
        description=f"List the built-in routines and your own (kept in {user_routines_dir()}).",
    )
    listing.add_argument("--json", action="store_true", help="print JSON instead of a table")
    listing.set_defaults(command="list", run=_list)

    show = commands.add_parser(
        "show",
        help="show a routine's timeline and cues",
        description="Show how a routine runs: every segment with its start and length, every cue, the total.",
    )
    show.add_argument("routine", metavar="ROUTINE", help="a routine id (see `list`) or a path to a file")
    show.add_argument("--json", action="store_true", help="print JSON instead of text")
    show.set_defaults(command="show", run=_show)

    start = commands.add_parser(
        "start",
        help="open the player on a routine and start it",
        description="Open the app straight into the player and start a routine (handy for a desktop launcher).",
    )
    start.add_argument("routine", metavar="ROUTINE", help="a routine id (see `list`) or a path to a file")
    start.add_argument(
        "--event-log",
        metavar="PATH",
        type=Path,
        help="write what the session does to PATH, one JSON object a line (for reporting timing problems)",
    )
    start.add_argument(
        "-v",
        "--verbose",
        action="store_true",
        default=argparse.SUPPRESS,
        help="also write the app's log to the terminal",
    )
    start.set_defaults(command="start", run=_start)

    importing = commands.add_parser(
        "import",
        help="add a routine file to your own routines, after checking it",
        description=f"Check a routine file and copy it into your routines ({user_routines_dir()}). "
        "A routine with the same id (yours or a built-in one) is kept unless you say --replace, give the new "
        "one --as another id, or say --keep-both. A routine kept beside another gets a name of its own, such as "
        '"Core (2)".',
    )
    importing.add_argument("path", metavar="PATH", type=Path, help="the routine file to import")
    clash = importing.add_mutually_exclusive_group()
    clash.add_argument("--as", dest="new_id", metavar="ID", help="import it under this id (its file name)")
    clash.add_argument("--replace", action="store_true", help="replace the routine with the same id with this one")
    clash.add_argument(
        "--keep-both", action="store_true", help="keep your routine with the same id and add this one beside it"
    )
    importing.set_defaults(command="import", run=_import)

    export = commands.add_parser(
        "export",
        help="write a routine to a file that someone else can import",
        description="Write a routine, with any exercises of its own, to one self-contained YAML file.",
    )
    export.add_argument("routine", metavar="ROUTINE", help="a routine id (see `list`) or a path to a file")
    export.add_argument("path", metavar="PATH", type=Path, help="the file to write")
    export.set_defaults(command="export", run=_export)

    history = commands.add_parser(
        "history",
        help="list the sessions you have done",
        description="List every session in your history, oldest first: when, which routine, how it ended, "
        "and the time you exercised.",
    )
    form = history.add_mutually_exclusive_group()
    form.add_argument("--json", action="store_true", help="print JSON instead of a table")
    form.add_argument("--csv", action="store_true", help="print CSV, for a spreadsheet")
    history.set_defaults(command="history", run=_history)

    schema = commands.add_parser(
        "schema",
        help="print the JSON Schema of the routine format",
        description="Print the JSON Schema of routine format v1, for editors that validate and complete YAML.",
    )
    schema.set_defaults(command="schema", run=_schema)
    return parser


def _library() -> Library:
    """The routines, from the library cache the app keeps: only files changed since are read."""
    from workout_timer.domain.library.library_cache import LibraryCache

    cache = LibraryCache(user_cache_dir() / "library.pickle")
    return Library(resources.routines_dir(), user_routines_dir(), resources.catalogue_path(), cache)


def _validate(args: argparse.Namespace) -> int:
    from workout_timer.domain.routines.loading import load_catalogue, load_routine

    catalogue = load_catalogue(resources.catalogue_path())
    status = OK
    for path in args.paths:
        try:
            routine = load_routine(path, catalogue)
        except LoadError as error:
            print(error, file=sys.stderr)
            status = INVALID
            continue
        timeline = build_timeline(routine)
        print(f"{path}: ok ({routine.name}, {_length(timeline)})")
    return status


def _list(args: argparse.Namespace) -> int:
    entries = _library().entries()
    if args.json:
        import json

        json.dump([_entry_json(e) for e in entries], sys.stdout, indent=2)
        print()
        return OK
    rows = [("ID", "NAME", "LENGTH", "SOURCE")]
    for entry in entries:
        if entry.routine is None:
            rows.append((entry.id, "(cannot be loaded: see below)", "", entry.source.value))
        else:
            rows.append((entry.id, entry.routine.name, _length(build_timeline(entry.routine)), entry.source.value))
    _table(rows, sys.stdout)
    broken = [e for e in entries if e.routine is None]
    for entry in broken:
        print(file=sys.stderr)
        print("\n".join(str(p) for p in entry.problems), file=sys.stderr)
    return OK


def _find(ref: str) -> Entry | None:
    """The routine `ref` names, loaded; None (with the reason on stderr) when there is none or it is broken."""
    entry = _library().find(ref)
    if entry is None:
        print(f"workout-timer: no routine called {ref!r}; `workout-timer list` shows them all", file=sys.stderr)
        return None
    if entry.routine is None:
        print("\n".join(str(p) for p in entry.problems), file=sys.stderr)
        return None
    return entry


def _start(args: argparse.Namespace) -> int:
    entry = _find(args.routine)
    if entry is None:
        return INVALID
    if args.event_log is not None and (refused := _not_a_log(args.event_log)):
        print(f"workout-timer: the timing log can't go to {args.event_log}: {refused}", file=sys.stderr)
        return USAGE
    from workout_timer.qt.shell.app import run_app

    return run_app(start=entry, event_log=args.event_log, verbose=args.verbose)


def _not_a_log(path: Path) -> str | None:
    """Why `path` must not take a timing log (which is appended to), or None when it may."""
    target = path.resolve()
    for folder in (user_routines_dir(), resources.routines_dir()):
        if target.is_relative_to(folder.resolve()):
            return f"it is inside the routines folder {folder}"
    if target.is_file():
        try:
            with target.open("rb") as existing:
                first = existing.readline(4096).strip()
        except OSError:
            return None  # the app says why it can't be written
        if first and not first.startswith(b"{"):
            return "it is a file that is not a timing log (a routine, perhaps), and would be spoilt"
    return None


def _show(args: argparse.Namespace) -> int:
    entry = _find(args.routine)
    if entry is None or entry.routine is None:
        return INVALID
    from workout_timer.domain.session.cues import plan_cues

    timeline = build_timeline(entry.routine)
    plan = plan_cues(timeline)
    if args.json:
        import json

        json.dump(_timeline_json(entry, timeline, plan), sys.stdout, indent=2)
        print()
    else:
        _print_timeline(entry, timeline, plan, sys.stdout)
    return OK


def _import(args: argparse.Namespace) -> int:
    from workout_timer.domain.common.paths import user_drafts_dir, user_trash_dir
    from workout_timer.domain.library.library import Source
    from workout_timer.domain.library.user_routines import OnClash, UserRoutines, plan_import
    from workout_timer.domain.routines.routine_files import routine_id_for

    library = _library()
    entry = library.load(args.path, Source.FILE)
    if entry.routine is None:
        print("\n".join(str(p) for p in entry.problems), file=sys.stderr)
        return INVALID
    user = UserRoutines(user_routines_dir(), user_trash_dir(), user_drafts_dir())
    routine_id = routine_id_for(args.new_id) if args.new_id else entry.id
    on_clash = OnClash.REPLACE if args.replace else OnClash.KEEP_BOTH if args.keep_both else OnClash.ASK
    entries = library.entries()
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


def _export(args: argparse.Namespace) -> int:
    from workout_timer.domain.common.atomic_file import save_text
    from workout_timer.domain.library.user_routines import export_text

    entry = _find(args.routine)
    if entry is None or entry.routine is None:
        return INVALID
    try:
        save_text(args.path, export_text(entry.routine, entry.path))
    except OSError as error:
        print(f"workout-timer: cannot write {args.path}: {error.strerror or error}", file=sys.stderr)
        return INVALID
    print(f"Wrote {entry.routine.name!r} to {args.path}.")
    return OK


def _history(args: argparse.Namespace) -> int:
    from workout_timer.domain.common.paths import history_path
    from workout_timer.domain.history.report import history_rows, local_minute, write_csv
    from workout_timer.domain.history.store import HistoryStore, SessionRecord

    store = HistoryStore(history_path(), read_only=True)  # reading changes and renames nothing
    records: list[SessionRecord] = store.sessions()
    for backup in store.set_aside():
        print(f"workout-timer: a history that could not be read is kept as {backup}", file=sys.stderr)
    if store.problem:
        print(f"workout-timer: {store.problem}", file=sys.stderr)
    store.close()
    if args.json:
        import json

        json.dump(history_rows(records), sys.stdout, indent=2)
        print()
    elif args.csv:
        write_csv(records, sys.stdout)
    elif not records:
        if store.problem is None:
            print("No sessions yet. Your first one will show here.")
    else:
        table = [("STARTED", "ROUTINE", "RESULT", "EXERCISED")]
        table += [
            (local_minute(r.started_at), r.routine_name, r.result.value, _exercised(r.work_seconds)) for r in records
        ]
        _table(table, sys.stdout)
    return OK if store.problem is None else INVALID


def _exercised(seconds: float | None) -> str:
    return "" if seconds is None else format_clock(seconds)


def _schema(args: argparse.Namespace) -> int:
    sys.stdout.write(resources.schema_text())
    return OK


# -- output ----------------------------------------------------------------------------------


def _length(timeline: Timeline) -> str:
    return length_text(timeline.total, timeline.is_estimate)


def _table(rows: Sequence[Sequence[str]], out: TextIO, right: tuple[int, ...] = ()) -> None:
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    for row in rows:
        cells = [
            cell.rjust(w) if i in right else cell.ljust(w) for i, (cell, w) in enumerate(zip(row, widths, strict=True))
        ]
        out.write("  ".join(cells).rstrip() + "\n")


def _print_timeline(entry: Entry, timeline: Timeline, plan: CuePlan, out: TextIO) -> None:
    routine = timeline.routine
    out.write(f"{routine.name} ({entry.id}, {entry.source.value})\n")
    out.write(f"Total: {_length(timeline)}")
    out.write(" (steps marked ~ wait for Done; their length is an estimate)\n\n" if timeline.is_estimate else "\n\n")
    rows = [("START", "LENGTH", "PHASE", "EXERCISE", "SIDE", "SET", "ROUND")]
    for segment, offset in zip(timeline.segments, timeline.offsets, strict=True):
        rows.append(
            (
                format_clock(offset),
                ("~" if segment.waits else "") + format_clock(segment.estimate),
                segment.phase.value,
                (segment.exercise.name if segment.exercise else segment.note or "")
                + (f" ({counted(segment.reps, 'rep')})" if segment.reps and segment.phase == "work" else ""),
                segment.side.value if segment.side else "",
                f"{segment.set}/{segment.sets}" if segment.sets and segment.sets > 1 else "",
                f"{segment.round}/{segment.rounds}" if segment.rounds and segment.rounds > 1 else "",
            )
        )
    _table(rows, out, right=(0, 1))
    out.write("\nCUES\n")
    cue_rows = [("AT", "KIND", "SAYS")]
    for cue in plan.cues:
        text = cue.text if cue.is_speech else f"(beep {cue.text})"
        cue_rows.append((_offset(plan.offset(cue)), cue.kind.value, text))
    _table(cue_rows, out, right=(0,))


def _offset(seconds: float) -> str:
    """A cue's time to the tenth of a second: "1:05.4"."""
    whole, tenth = divmod(round(seconds * 10), 10)
    return f"{whole // 60}:{whole % 60:02d}.{tenth}"


def _entry_json(entry: Entry) -> dict[str, object]:
    if entry.routine is None:
        return {
            "id": entry.id,
            "source": entry.source.value,
            "path": str(entry.path),
            "problems": [str(p) for p in entry.problems],
        }
    timeline = build_timeline(entry.routine)
    return {
        "id": entry.id,
        "name": entry.routine.name,
        "duration": timeline.total,
        "duration_is_estimate": timeline.is_estimate,
        "level": entry.routine.level.value if entry.routine.level else None,
        "tags": list(entry.routine.tags),
        "source": entry.source.value,
        "path": str(entry.path),
    }


def _timeline_json(entry: Entry, timeline: Timeline, plan: CuePlan) -> dict[str, object]:
    from workout_timer.domain.routines.segment_data import segment_data

    return {
        "id": entry.id,
        "name": timeline.routine.name,
        "source": entry.source.value,
        "duration": timeline.total,
        "duration_is_estimate": timeline.is_estimate,
        "segments": [
            {"index": s.index, "offset": offset} | segment_data(s)
            for s, offset in zip(timeline.segments, timeline.offsets, strict=True)
        ],
        "cues": [
            {
                "offset": round(plan.offset(c), 3),
                "index": c.segment,  # the segment's, as on the event log's cue lines
                "at": c.at,
                "kind": c.kind.value,
                "text": c.text,
                "speech": c.speech,
            }
            for c in plan.cues
        ],
    }


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
