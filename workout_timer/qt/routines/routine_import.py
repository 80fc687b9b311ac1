"""Routines coming into the user's folder from elsewhere: a file imported, and the app's own change
(a progression step) saved as the user's version; and a routine going out, exported for others. The
decisions are the domain's (`RoutineImport`, `own_version`, `export_routine`); this asks and tells."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QMessageBox, QWidget

from workout_timer.domain.library.entry import Entry
from workout_timer.domain.library.importing import OnClash, RoutineImport
from workout_timer.domain.library.user_routines import UserRoutines, export_routine, own_version
from workout_timer.domain.routines.problems import LoadError
from workout_timer.qt.routines.editing_questions import ask_clash

if TYPE_CHECKING:
    from workout_timer.domain.routines.routine import Routine
    from workout_timer.qt.routines.routine_editing import Window


def import_file(window: Window, parent: QWidget, user: UserRoutines, path: Path) -> str | None:
    """Check a routine file and add it to the user's routines, asking first when its id is taken; the id
    it got, or None."""
    try:
        importing = RoutineImport.read(path, window.library)
    except LoadError as error:
        problems = "\n".join(str(p) for p in error.problems[:8])
        QMessageBox.warning(parent, "Not imported", f"{path.name} has mistakes, so it was not imported:\n\n{problems}")
        return None
    plan = importing.plan()
    if plan.clash is not None:
        answer = ask_clash(parent, plan.id, plan.clash, importing.routine.name)
        if answer is None:
            return None
        plan = importing.plan(OnClash.REPLACE if answer else OnClash.KEEP_BOTH)
    try:
        user.save(plan.id, plan.text)
    except OSError as error:
        window.notify(f"Not imported: {error.strerror or error}.")
        return None
    window.reload_library()
    window.notify(f"Imported “{plan.name}”.")
    return plan.id


def save_own_version(
    window: Window, user: UserRoutines, routine: Routine, came_from: Entry | None, is_open: bool
) -> bool:
    """Save a routine the app changed as the user's own, as written in the file of the routine it
    `came_from`, unless it `is_open` in the editor (the user's edits there come first). Whether it was
    saved; the user is told when it was not."""
    if is_open:
        window.notify(
            f"“{routine.name}” is open in the editor, so your version was not saved: your edits there come first."
        )
        return False
    try:
        path, original = (came_from.path, came_from.routine) if came_from is not None else (None, None)
        user.save(routine.id, own_version(routine, path, original, window.library.catalogue))
    except OSError as error:
        window.notify(f"Your version could not be saved ({error.strerror or error}).")
        return False
    window.reload_library()
    return True


def export_to(window: Window, entry: Entry, path: Path) -> bool:
    """Write the routine to `path` for anyone to import; whether it was written (the user is told)."""
    assert entry.routine is not None
    try:
        export_routine(entry, path)
    except OSError as error:
        window.notify(f"Not exported: {error.strerror or error}.")
        return False
    window.notify(f"Wrote “{entry.routine.name}” to {path}: anyone can import it.")
    return True
