"""The command line's commands and options: each command names the function that runs it."""

from __future__ import annotations

import argparse
from pathlib import Path

from workout_timer import __version__
from workout_timer.cli import desktop, history, my_routines, paper, programmes, routines, start
from workout_timer.domain.common.paths import user_programmes_dir, user_routines_dir


def build_parser() -> argparse.ArgumentParser:
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
    parser.add_argument("--history", action="store_true", help="open the app on your history")
    parser.set_defaults(command=None)
    commands = parser.add_subparsers(title="commands", metavar="COMMAND")

    validate = commands.add_parser(
        "validate",
        help="check routine files and report every mistake",
        description="Check routine files. Exit status: 0 when all are valid, 1 when any is not.",
    )
    validate.add_argument("paths", nargs="+", metavar="PATH", help="routine or programme files to check")
    validate.set_defaults(command="validate", run=routines.validate)

    listing = commands.add_parser(
        "list",
        help="list the built-in and your own routines",
        description=f"List the built-in routines and your own (kept in {user_routines_dir()}).",
    )
    listing.add_argument("--json", action="store_true", help="print JSON instead of a table")
    listing.set_defaults(command="list", run=routines.list_routines)

    show = commands.add_parser(
        "show",
        help="show a routine's timeline and cues",
        description="Show how a routine runs: every segment with its start and length, every cue, the total.",
    )
    show.add_argument("routine", metavar="ROUTINE", help="a routine id (see `list`) or a path to a file")
    show.add_argument("--json", action="store_true", help="print JSON instead of text")
    show.set_defaults(command="show", run=routines.show)

    starting = commands.add_parser(
        "start",
        help="open the player on a routine and start it",
        description="Open the app straight into the player and start a routine (handy for a desktop launcher).",
    )
    which = starting.add_mutually_exclusive_group(required=True)
    which.add_argument("routine", metavar="ROUTINE", nargs="?", help="a routine id (see `list`) or a path to a file")
    which.add_argument("--last", action="store_true", help="the routine of your latest session")
    starting.add_argument(
        "--event-log",
        metavar="PATH",
        type=Path,
        help="write what the session does to PATH, one JSON object a line (for reporting timing problems)",
    )
    starting.add_argument(
        "-v",
        "--verbose",
        action="store_true",
        default=argparse.SUPPRESS,
        help="also write the app's log to the terminal",
    )
    starting.set_defaults(command="start", run=start.start)

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
    importing.set_defaults(command="import", run=my_routines.import_routine)

    export = commands.add_parser(
        "export",
        help="write a routine to a file that someone else can import",
        description="Write a routine, with any exercises of its own, to one self-contained YAML file.",
    )
    export.add_argument("routine", metavar="ROUTINE", help="a routine id (see `list`) or a path to a file")
    export.add_argument("path", metavar="PATH", type=Path, help="the file to write")
    export.set_defaults(command="export", run=my_routines.export_routine)

    listing_history = commands.add_parser(
        "history",
        help="list the sessions you have done",
        description="List every session in your history, oldest first: when, which routine, how it ended, "
        "and the time you exercised.",
    )
    form = listing_history.add_mutually_exclusive_group()
    form.add_argument("--json", action="store_true", help="print JSON instead of a table")
    form.add_argument("--csv", action="store_true", help="print CSV, for a spreadsheet")
    listing_history.set_defaults(command="history", run=history.history)

    on_paper = commands.add_parser(
        "sheet",
        help="write a routine's sheet to print, as PDF",
        description="Write a routine as a sheet to print or hand over (PDF): each step with its picture, its dose, "
        "how to do it, the form cues, the common mistakes and any caution, and room for notes.",
    )
    on_paper.add_argument("routine", metavar="ROUTINE", help="a routine id (see `list`) or a path to a file")
    on_paper.add_argument("path", metavar="PATH", type=Path, help="the PDF file to write")
    on_paper.add_argument("--paper", choices=("a4", "letter"), default="a4", help="the paper size (default: a4)")
    on_paper.set_defaults(command="sheet", run=paper.sheet)

    report = commands.add_parser(
        "report",
        help="write a progress report of your history between two dates, as PDF (and CSV beside it)",
        description="Write a progress report to hand to a physio (PDF): sessions each week against the plan, "
        "minutes, how much of each exercise was done, pain before and after, effort, warning signs and changes "
        "of dose. The numbers go to a CSV file of the same name beside it. Without dates: the last four weeks.",
    )
    report.add_argument("path", metavar="PATH", type=Path, help="the PDF file to write")
    report.add_argument("--from", dest="start", metavar="DATE", type=paper.day, help="the first day (2026-11-02)")
    report.add_argument("--to", dest="end", metavar="DATE", type=paper.day, help="the last day (default: today)")
    report.add_argument("--plan", metavar="N", type=int, choices=range(15), help="sessions planned a week (0 to 14)")
    report.add_argument("--paper", choices=("a4", "letter"), default="a4", help="the paper size (default: a4)")
    report.set_defaults(command="report", run=paper.report)

    on_desktop = commands.add_parser(
        "install-desktop",
        help="put the app in your desktop's app menu, with its icon",
        description="Put the app in the app menu of your Linux desktop: the launcher, the icons and the "
        "software centre's description, in your data folder ($XDG_DATA_HOME, else ~/.local/share). "
        "The launcher runs this installation of the app.",
    )
    on_desktop.add_argument("--uninstall", action="store_true", help="take the app out of the menu again")
    on_desktop.set_defaults(command="install-desktop", run=desktop.install_desktop)

    reminding = commands.add_parser(
        "remind",
        help="wait for the daily reminder (your desktop starts this at login when the reminder is on)",
        description="Wait for the time of the daily reminder and show it, day after day, until the reminder is "
        "turned off in the app (Session → Daily reminder…).",
    )
    reminding.set_defaults(command="remind", run=desktop.remind)

    _programme_commands(commands)

    schema = commands.add_parser(
        "schema",
        help="print the JSON Schema of the routine format",
        description="Print the JSON Schema of routine format v1, for editors that validate and complete YAML.",
    )
    schema.add_argument("--programme", action="store_true", help="the schema of programme files instead")
    schema.set_defaults(command="schema", run=routines.schema)
    return parser


def _programme_commands(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    listing = commands.add_parser(
        "programmes",
        help="list the built-in programmes and your own",
        description=f"List the programmes: plans over weeks of which routine on which day (yours are kept in "
        f"{user_programmes_dir()}).",
    )
    listing.add_argument("--json", action="store_true", help="print JSON instead of a table")
    listing.set_defaults(command="programmes", run=programmes.list_programmes)

    today = commands.add_parser(
        "today",
        help="what the programme you follow has for today",
        description="Today's routine and its dose, this week's days, your first two weeks' progress and your streak.",
    )
    today.add_argument("--json", action="store_true", help="print JSON instead of text")
    today.set_defaults(command="today", run=programmes.today)

    programme = commands.add_parser(
        "programme",
        help="show, import, export, start or stop a programme",
        description="Work with one programme. See docs/programme-format.md for the file format.",
    )
    actions = programme.add_subparsers(title="actions", metavar="ACTION", required=True)
    show = actions.add_parser("show", help="show a programme week by week", description="Show a programme's weeks.")
    show.add_argument("programme", metavar="PROGRAMME", help="a programme id (see `programmes`) or a path to a file")
    show.add_argument("--json", action="store_true", help="print JSON instead of text")
    show.set_defaults(command="programme show", run=programmes.show_programme)

    start = actions.add_parser(
        "start", help="follow a programme from today", description="Follow a programme, starting today."
    )
    start.add_argument("programme", metavar="PROGRAMME", help="a programme id (see `programmes`)")
    start.set_defaults(command="programme start", run=programmes.start_programme)
    stop = actions.add_parser("stop", help="stop following a programme", description="Stop following a programme.")
    stop.set_defaults(command="programme stop", run=programmes.stop_programme)

    importing = actions.add_parser(
        "import",
        help="add a programme file to your own, after checking it",
        description=f"Check a programme file and copy it into your programmes ({user_programmes_dir()}). A "
        "programme with the same id is kept unless you say --replace, give the new one --as another id, or say "
        "--keep-both.",
    )
    importing.add_argument("path", metavar="PATH", type=Path, help="the programme file to import")
    clash = importing.add_mutually_exclusive_group()
    clash.add_argument("--as", dest="new_id", metavar="ID", help="import it under this id (its file name)")
    clash.add_argument("--replace", action="store_true", help="replace the programme with the same id")
    clash.add_argument("--keep-both", action="store_true", help="keep both, this one with an id of its own")
    importing.set_defaults(command="programme import", run=programmes.import_programme)

    export = actions.add_parser(
        "export", help="write a programme to a file to share", description="Write a programme's file to PATH."
    )
    export.add_argument("programme", metavar="PROGRAMME", help="a programme id (see `programmes`)")
    export.add_argument("path", metavar="PATH", type=Path, help="the file to write")
    export.set_defaults(command="programme export", run=programmes.export_programme)
