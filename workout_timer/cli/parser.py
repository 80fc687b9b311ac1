"""The command line's commands and options: each command names the function that runs it."""

from __future__ import annotations

import argparse
from pathlib import Path

from workout_timer import __version__
from workout_timer.cli import argparse_words, desktop, history, my_routines, paper, programmes, routines, start
from workout_timer.domain.common.language import _, pgettext
from workout_timer.domain.common.paths import user_programmes_dir, user_routines_dir


def build_parser() -> argparse.ArgumentParser:
    """The parser, in the language in use (chosen before it is built), argparse's own words included."""
    argparse_words.speak()
    parser = argparse.ArgumentParser(
        prog="workout-timer",
        description=_(
            "A guided workout timer for runners: core strength and stretching for a healthy back. "
            "Run without a command to open the app."
        ),
    )
    parser.add_argument(
        "--version",
        action="version",
        version=f"%(prog)s {__version__}",
        help=_("show program's version number and exit"),
    )
    parser.add_argument(
        "-v",
        "--verbose",
        action="store_true",
        help=_("also write the app's log to the terminal (it is always kept in a file)"),
    )
    parser.add_argument("--history", action="store_true", help=_("open the app on your history"))
    parser.set_defaults(command=None)
    commands = parser.add_subparsers(
        title=_("commands"), metavar=pgettext("a placeholder in the command line's help, in capitals", "COMMAND")
    )

    validate = commands.add_parser(
        "validate",
        help=_("check routine files and report every mistake"),
        description=_("Check routine files. Exit status: 0 when all are valid, 1 when any is not."),
    )
    validate.add_argument(
        "paths",
        nargs="+",
        metavar=pgettext("a placeholder in the command line's help, in capitals", "PATH"),
        help=_("routine or programme files to check"),
    )
    validate.set_defaults(command="validate", run=routines.validate)

    listing = commands.add_parser(
        "list",
        help=_("list the built-in and your own routines"),
        description=_("List the built-in routines and your own (kept in {folder}).").format(folder=user_routines_dir()),
    )
    listing.add_argument("--json", action="store_true", help=_("print JSON instead of a table"))
    listing.set_defaults(command="list", run=routines.list_routines)

    show = commands.add_parser(
        "show",
        help=_("show a routine's timeline and cues"),
        description=_("Show how a routine runs: every segment with its start and length, every cue, the total."),
    )
    show.add_argument(
        "routine",
        metavar=pgettext("a placeholder in the command line's help, in capitals", "ROUTINE"),
        help=_("a routine's id or name (see `list`) or a path to a file"),
    )
    show.add_argument("--json", action="store_true", help=_("print JSON instead of text"))
    show.set_defaults(command="show", run=routines.show)

    starting = commands.add_parser(
        "start",
        help=_("open the player on a routine and start it"),
        description=_(
            "Open the app on a routine and start it, after the check-in when you have check-ins on (handy for a "
            "desktop launcher)."
        ),
    )
    which = starting.add_mutually_exclusive_group(required=True)
    which.add_argument(
        "routine",
        metavar=pgettext("a placeholder in the command line's help, in capitals", "ROUTINE"),
        nargs="?",
        help=_("a routine's id or name (see `list`) or a path to a file"),
    )
    which.add_argument("--last", action="store_true", help=_("the routine of your latest session"))
    starting.add_argument(
        "--event-log",
        metavar=pgettext("a placeholder in the command line's help, in capitals", "PATH"),
        type=Path,
        help=_("write what the session does to PATH, one JSON object a line (for reporting timing problems)"),
    )
    starting.add_argument(
        "-v",
        "--verbose",
        action="store_true",
        default=argparse.SUPPRESS,
        help=_("also write the app's log to the terminal"),
    )
    starting.set_defaults(command="start", run=start.start)

    importing = commands.add_parser(
        "import",
        help=_("add a routine file to your own routines, after checking it"),
        description=_(
            "Check a routine file and copy it into your routines ({folder}). "
            "A routine with the same id (yours or a built-in one) is kept unless you say --replace, give the new "
            "one --as another id, or say --keep-both. A routine kept beside another gets a name of its own, such as "
            '"Core (2)".'
        ).format(folder=user_routines_dir()),
    )
    importing.add_argument(
        "path",
        metavar=pgettext("a placeholder in the command line's help, in capitals", "PATH"),
        type=Path,
        help=_("the routine file to import"),
    )
    clash = importing.add_mutually_exclusive_group()
    clash.add_argument(
        "--as",
        dest="new_id",
        metavar=pgettext("a placeholder in the command line's help, in capitals", "ID"),
        help=_("import it under this id (its file name)"),
    )
    clash.add_argument("--replace", action="store_true", help=_("replace the routine with the same id with this one"))
    clash.add_argument(
        "--keep-both", action="store_true", help=_("keep your routine with the same id and add this one beside it")
    )
    importing.set_defaults(command="import", run=my_routines.import_routine)

    export = commands.add_parser(
        "export",
        help=_("write a routine to a file that someone else can import"),
        description=_("Write a routine, with any exercises of its own, to one self-contained YAML file."),
    )
    export.add_argument(
        "routine",
        metavar=pgettext("a placeholder in the command line's help, in capitals", "ROUTINE"),
        help=_("a routine's id or name (see `list`) or a path to a file"),
    )
    export.add_argument(
        "path",
        metavar=pgettext("a placeholder in the command line's help, in capitals", "PATH"),
        type=Path,
        help=_("the file to write"),
    )
    export.set_defaults(command="export", run=my_routines.export_routine)

    listing_history = commands.add_parser(
        "history",
        help=_("list the sessions you have done"),
        description=_(
            "List every session in your history, oldest first: when, which routine, how it ended, "
            "and the time you exercised."
        ),
    )
    form = listing_history.add_mutually_exclusive_group()
    form.add_argument("--json", action="store_true", help=_("print JSON instead of a table"))
    form.add_argument("--csv", action="store_true", help=_("print CSV, for a spreadsheet"))
    listing_history.set_defaults(command="history", run=history.history)

    on_paper = commands.add_parser(
        "sheet",
        help=_("write a routine's sheet to print, as PDF"),
        description=_(
            "Write a routine as a sheet to print or hand over (PDF): each step with its picture, its dose, "
            "how to do it, the form cues, the common mistakes and any caution, and room for notes."
        ),
    )
    on_paper.add_argument(
        "routine",
        metavar=pgettext("a placeholder in the command line's help, in capitals", "ROUTINE"),
        help=_("a routine's id or name (see `list`) or a path to a file"),
    )
    on_paper.add_argument(
        "path",
        metavar=pgettext("a placeholder in the command line's help, in capitals", "PATH"),
        type=Path,
        help=_("the PDF file to write"),
    )
    on_paper.add_argument("--paper", choices=("a4", "letter"), default="a4", help=_("the paper size (default: a4)"))
    on_paper.set_defaults(command="sheet", run=paper.sheet)

    report = commands.add_parser(
        "report",
        help=_("write a progress report of your history between two dates, as PDF (and CSV beside it)"),
        description=_(
            "Write a progress report to hand to a physio (PDF): sessions each week against the plan, "
            "minutes, how much of each exercise was done, pain before and after, effort, warning signs and changes "
            "of dose. The numbers go to a CSV file of the same name beside it. Without dates: the last four weeks."
        ),
    )
    report.add_argument(
        "path",
        metavar=pgettext("a placeholder in the command line's help, in capitals", "PATH"),
        type=Path,
        help=_("the PDF file to write"),
    )
    report.add_argument(
        "--from",
        dest="start",
        metavar=pgettext("a placeholder in the command line's help, in capitals", "DATE"),
        type=paper.day,
        help=_("the first day (2026-11-02)"),
    )
    report.add_argument(
        "--to",
        dest="end",
        metavar=pgettext("a placeholder in the command line's help, in capitals", "DATE"),
        type=paper.day,
        help=_("the last day (default: today)"),
    )
    report.add_argument(
        "--plan",
        metavar=pgettext("a placeholder in the command line's help, in capitals", "N"),
        type=int,
        choices=range(15),
        help=_("sessions planned a week (0 to 14)"),
    )
    report.add_argument("--paper", choices=("a4", "letter"), default="a4", help=_("the paper size (default: a4)"))
    report.set_defaults(command="report", run=paper.report)

    on_desktop = commands.add_parser(
        "install-desktop",
        help=_("put the app in your desktop's app menu, with its icon"),
        description=_(
            "Put the app in the app menu of your Linux desktop: the launcher, the icons and the "
            "software centre's description, in your data folder ($XDG_DATA_HOME, else ~/.local/share). "
            "The launcher runs this installation of the app."
        ),
    )
    on_desktop.add_argument("--uninstall", action="store_true", help=_("take the app out of the menu again"))
    on_desktop.set_defaults(command="install-desktop", run=desktop.install_desktop)

    reminding = commands.add_parser(
        "remind",
        help=_("wait for the daily reminder (your desktop starts this at login when the reminder is on)"),
        description=_(
            "Wait for the time of the daily reminder and show it, day after day, until the reminder is "
            "turned off in the app (Session → Daily reminder…)."
        ),
    )
    reminding.set_defaults(command="remind", run=desktop.remind)

    _programme_commands(commands)

    schema = commands.add_parser(
        "schema",
        help=_("print the JSON Schema of the routine format"),
        description=_("Print the JSON Schema of routine format v1, for editors that validate and complete YAML."),
    )
    schema.add_argument("--programme", action="store_true", help=_("the schema of programme files instead"))
    schema.set_defaults(command="schema", run=routines.schema)
    return parser


def _programme_commands(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    listing = commands.add_parser(
        "programmes",
        help=_("list the built-in programmes and your own"),
        description=_(
            "List the programmes: plans over weeks of which routine on which day (yours are kept in {folder})."
        ).format(folder=user_programmes_dir()),
    )
    listing.add_argument("--json", action="store_true", help=_("print JSON instead of a table"))
    listing.set_defaults(command="programmes", run=programmes.list_programmes)

    today = commands.add_parser(
        "today",
        help=_("what the programme you follow has for today"),
        description=_(
            "Today's routine and its dose, this week's days, your first two weeks' progress and your streak."
        ),
    )
    today.add_argument("--json", action="store_true", help=_("print JSON instead of text"))
    today.set_defaults(command="today", run=programmes.today)

    programme = commands.add_parser(
        "programme",
        help=_("show, import, export, start or stop a programme"),
        description=_("Work with one programme. See docs/programme-format.md for the file format."),
    )
    actions = programme.add_subparsers(
        title=_("actions"),
        metavar=pgettext("a placeholder in the command line's help, in capitals", "ACTION"),
        required=True,
    )
    show = actions.add_parser(
        "show", help=_("show a programme week by week"), description=_("Show a programme's weeks.")
    )
    show.add_argument(
        "programme",
        metavar=pgettext("a placeholder in the command line's help, in capitals", "PROGRAMME"),
        help=_("a programme id (see `programmes`) or a path to a file"),
    )
    show.add_argument("--json", action="store_true", help=_("print JSON instead of text"))
    show.set_defaults(command="programme show", run=programmes.show_programme)

    start = actions.add_parser(
        "start", help=_("follow a programme from today"), description=_("Follow a programme, starting today.")
    )
    start.add_argument(
        "programme",
        metavar=pgettext("a placeholder in the command line's help, in capitals", "PROGRAMME"),
        help=_("a programme id (see `programmes`)"),
    )
    start.set_defaults(command="programme start", run=programmes.start_programme)
    stop = actions.add_parser(
        "stop", help=_("stop following a programme"), description=_("Stop following a programme.")
    )
    stop.set_defaults(command="programme stop", run=programmes.stop_programme)

    importing = actions.add_parser(
        "import",
        help=_("add a programme file to your own, after checking it"),
        description=_(
            "Check a programme file and copy it into your programmes ({folder}). A "
            "programme with the same id is kept unless you say --replace, give the new one --as another id, or say "
            "--keep-both."
        ).format(folder=user_programmes_dir()),
    )
    importing.add_argument(
        "path",
        metavar=pgettext("a placeholder in the command line's help, in capitals", "PATH"),
        type=Path,
        help=_("the programme file to import"),
    )
    clash = importing.add_mutually_exclusive_group()
    clash.add_argument(
        "--as",
        dest="new_id",
        metavar=pgettext("a placeholder in the command line's help, in capitals", "ID"),
        help=_("import it under this id (its file name)"),
    )
    clash.add_argument("--replace", action="store_true", help=_("replace the programme with the same id"))
    clash.add_argument("--keep-both", action="store_true", help=_("keep both, this one with an id of its own"))
    importing.set_defaults(command="programme import", run=programmes.import_programme)

    export = actions.add_parser(
        "export", help=_("write a programme to a file to share"), description=_("Write a programme's file to PATH.")
    )
    export.add_argument(
        "programme",
        metavar=pgettext("a placeholder in the command line's help, in capitals", "PROGRAMME"),
        help=_("a programme id (see `programmes`)"),
    )
    export.add_argument(
        "path",
        metavar=pgettext("a placeholder in the command line's help, in capitals", "PATH"),
        type=Path,
        help=_("the file to write"),
    )
    export.set_defaults(command="programme export", run=programmes.export_programme)
