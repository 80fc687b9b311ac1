"""Commands about programmes: list them, show one, import and export one, start or stop following one, and
what the programme followed has for today."""

from __future__ import annotations

import argparse
import json
import sys
from typing import TYPE_CHECKING, Any

from workout_timer import resources
from workout_timer.cli.common import INVALID, OK, cannot_write, library
from workout_timer.cli.output import source_word, table
from workout_timer.domain.common.failures import plain_words
from workout_timer.domain.common.language import _, in_quotes, pgettext
from workout_timer.domain.common.paths import history_path, user_programmes_dir

if TYPE_CHECKING:
    from collections.abc import Callable

    from workout_timer.domain.programmes.programme import Programme
    from workout_timer.domain.programmes.programme_library import ProgrammeEntry, ProgrammeLibrary
    from workout_timer.domain.routines.routine import Routine


def programmes() -> ProgrammeLibrary:
    """The built-in programmes and the user's, checked against the routines there are."""
    from workout_timer.domain.programmes.programme_library import ProgrammeLibrary

    return ProgrammeLibrary(
        resources.programmes_dir(), user_programmes_dir(), lambda: [e.id for e in library().entries()]
    )


def find_programme(ref: str, found_in: ProgrammeLibrary | None = None) -> ProgrammeEntry | None:
    """The programme `ref` names, loaded; None (with the reason on stderr) when there is none or it is broken."""
    entry = (found_in or programmes()).find(ref)
    if entry is None:
        said = _("no programme called {name}; `workout-timer programmes` shows them all").format(name=in_quotes(ref))
        print(f"workout-timer: {said}", file=sys.stderr)
        return None
    if entry.programme is None:
        print("\n".join(str(p) for p in entry.problems), file=sys.stderr)
        return None
    return entry


def list_programmes(args: argparse.Namespace) -> int:
    entries = programmes().entries()
    if args.json:
        routines = _routines()
        json.dump([_entry_json(entry, routines) for entry in entries], sys.stdout, indent=2)
        print()
        return OK
    # Translators: the headings of `workout-timer programmes`' table, in capitals where the language has them.
    rows = [(_("ID"), _("NAME"), _("WEEKS"), _("SESSIONS"), _("SOURCE"))]
    for entry in entries:
        source = source_word(entry.source.value)
        if entry.programme is None:
            rows.append((entry.id, _("(cannot be loaded: see below)"), "", "", source))
        else:
            programme = entry.programme
            rows.append((entry.id, programme.name, str(len(programme.weeks)), str(programme.sessions), source))
    table(rows, sys.stdout, right=(2, 3))
    for entry in entries:
        if entry.programme is None:
            print(file=sys.stderr)
            print("\n".join(str(p) for p in entry.problems), file=sys.stderr)
    return OK


def show_programme(args: argparse.Namespace) -> int:
    entry = find_programme(args.programme)
    if entry is None or entry.programme is None:
        return INVALID
    programme = entry.programme
    routines = _routines()
    if args.json:
        json.dump(_entry_json(entry, routines), sys.stdout, indent=2)
        print()
        return OK
    from workout_timer.domain.programmes.today_text import equipment, equipment_line

    names = {routine_id: routine.name for routine_id, routine in routines.items()}
    print(programme.name)
    if programme.description:
        print(programme.description)
    print(equipment_line(equipment(programme, routines.get)))
    for number, week in enumerate(programme.weeks, start=1):
        print()
        dose = _(week.dose.label).lower()  # the label is marked, and translated where shown
        if week.note:
            print(_("Week {number} ({dose}): {note}").format(number=number, dose=dose, note=week.note))
        else:
            print(_("Week {number} ({dose})").format(number=number, dose=dose))
        for day, routine in enumerate(week.days, start=1):
            done = pgettext("a day of a programme", "rest") if routine is None else names.get(routine, routine)
            # Translators: a day of a programme's week and what it holds: "day 3  Core for runners".
            print("  " + _("day {day}  {routine}").format(day=day, routine=done))
    return OK


def today(args: argparse.Namespace) -> int:
    from workout_timer.domain.common.clock import today_by
    from workout_timer.domain.history.store import HistoryStore
    from workout_timer.domain.programmes import today_text
    from workout_timer.domain.programmes.plan import MostlyDone, routines_finished, today_plan

    store = HistoryStore(history_path(), wall_clock=args.wall_clock, read_only=True)
    following = store.following()
    entry = find_programme(following.programme_id) if following is not None else None
    done = {}
    if following is not None and entry is not None and entry.programme is not None:  # (the events read: the store open)
        done = routines_finished(store.sessions(), MostlyDone(store.events), entry.programme, following.started_on)
    today = today_by(args.wall_clock)  # the one wall clock, as the app's Today and the next-day question go by
    problem = store.problem
    store.close()
    if problem:
        print(f"workout-timer: {problem}", file=sys.stderr)
    if following is None:
        if problem:  # (whether a programme is followed is not known)
            return INVALID
        if args.json:
            print("null")
        else:
            print(_("You are not following a programme. `workout-timer programmes` lists them; start one in the app."))
        return OK
    if entry is None or entry.programme is None:
        return INVALID
    plan = today_plan(entry.programme, following.started_on, done, today)
    if args.json:
        json.dump(today_text.plan_json(plan), sys.stdout, indent=2)
        print()
        return OK
    names = _routine_names()

    def name_of(routine_id: str) -> str:
        return names.get(routine_id, routine_id)

    print(f"{plan.programme.name}: {today_text.where_in_plan(plan)}")
    print(today_text.headline(plan, name_of))
    for line in (plan.note, today_text.early_goal(plan), today_text.streak(plan)):
        if line:
            print(line)
    print()
    print(_("This week:"))
    for day in plan.days:
        print(f"  {today_text.day_line(day, name_of)}")
    return OK


def start_programme(args: argparse.Namespace) -> int:
    from workout_timer.domain.common.clock import today_by
    from workout_timer.domain.history.following import Following

    entry = find_programme(args.programme)
    if entry is None or entry.programme is None:
        return INVALID
    if not _keep(Following(entry.id, today_by(args.wall_clock)), args.wall_clock):
        return INVALID
    print(
        _("You are following {programme} from today. `workout-timer today` shows today's plan.").format(
            programme=entry.programme.name
        )
    )
    return OK


def stop_programme(args: argparse.Namespace) -> int:
    if not _keep(None, args.wall_clock):
        return INVALID
    print(_("You are no longer following a programme. Your sessions stay in your history."))
    return OK


def import_programme(args: argparse.Namespace) -> int:
    from workout_timer.domain.library.entry import Source
    from workout_timer.domain.library.importing import OnClash
    from workout_timer.domain.programmes.programme_files import ProgrammeImport, save_programme
    from workout_timer.domain.routines.problems import LoadError

    try:
        importing = ProgrammeImport.read(args.path, programmes())
    except LoadError as error:
        print("\n".join(str(p) for p in error.problems), file=sys.stderr)
        return INVALID
    on_clash = OnClash.REPLACE if args.replace else OnClash.KEEP_BOTH if args.keep_both else OnClash.ASK
    plan = importing.plan(on_clash, as_id=args.new_id)
    if plan.clash is not None:
        mine = plan.clash.source is Source.USER
        if mine:
            clash = _(
                "you already have a programme called {id} ({name}); "
                "import it with --as ANOTHER-ID, --keep-both, or --replace yours"
            )
        else:
            clash = _(
                "there is a built-in programme called {id} ({name}); "
                "import it with --as ANOTHER-ID, --keep-both, or --replace it with yours"
            )
        print(f"workout-timer: {clash.format(id=in_quotes(plan.id), name=plan.clash.name)}", file=sys.stderr)
        return INVALID
    try:
        target = save_programme(user_programmes_dir(), plan)
    except OSError as error:
        cannot = _("cannot write into {folder}: {reason}").format(
            folder=user_programmes_dir(), reason=plain_words(error)
        )
        print(f"workout-timer: {cannot}", file=sys.stderr)
        return INVALID
    print(_("Imported {name} as {id} ({path}).").format(name=in_quotes(plan.name), id=plan.id, path=target))
    return OK


def export_programme(args: argparse.Namespace) -> int:
    from workout_timer.domain.programmes.programme_files import export_programme as export

    entry = find_programme(args.programme)
    if entry is None or entry.programme is None:
        return INVALID
    try:
        export(entry, args.path)
    except OSError as error:
        return cannot_write(args.path, error)
    print(_("Wrote {name} to {path}.").format(name=in_quotes(entry.programme.name), path=args.path))
    return OK


def _keep(following: Any, wall_clock: Callable[[], float]) -> bool:
    from workout_timer.domain.history.store import HistoryStore

    problems: list[str] = []
    store = HistoryStore(history_path(), wall_clock=wall_clock, on_problem=problems.append, app=False)
    store.follow(following)
    kept = not store.pending
    store.close()
    for said in problems or ([] if kept else [_("your history could not be written")]):
        print(f"workout-timer: {said}", file=sys.stderr)  # (in a command's words: nothing is kept once it ends)
    return kept


def _routine_names() -> dict[str, str]:
    return {entry.id: entry.name for entry in library().entries()}


def _routines() -> dict[str, Routine]:
    """The routines there are that load, by id."""
    return {entry.id: entry.routine for entry in library().entries() if entry.routine is not None}


def _entry_json(entry: ProgrammeEntry, routines: dict[str, Routine]) -> dict[str, object]:
    data: dict[str, object] = {"id": entry.id, "path": str(entry.path), "source": entry.source.value}
    if entry.programme is None:
        data["problems"] = [str(p) for p in entry.problems]
        return data
    data.update(_programme_json(entry.programme, routines))
    return data


def _programme_json(programme: Programme, routines: dict[str, Routine]) -> dict[str, object]:
    from workout_timer.domain.programmes.today_text import equipment

    return {
        "name": programme.name,
        "description": programme.description,
        "sessions": programme.sessions,
        "equipment": list(equipment(programme, routines.get)),
        "weeks": [{"dose": week.dose.value, "note": week.note, "days": list(week.days)} for week in programme.weeks],
    }
