"""Routines coming into the user's folder from elsewhere, going out of it and set aside: a file
imported, the app's own change (a progression step) saved as the user's version, a routine exported for
others, a routine deleted so that it can be brought back, and a file saved as typed in the text view.
The decisions are the domain's (`RoutineImport`, `own_version`, `export_routine`, `why_not`,
`UserRoutines.delete`, `routine_saving`); this asks and tells."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from workout_timer.domain.common.atomic_file import save_text
from workout_timer.domain.common.failures import plain_words
from workout_timer.domain.library.entry import Entry
from workout_timer.domain.library.importing import OnClash, RoutineImport
from workout_timer.domain.library.library import Action, why_not
from workout_timer.domain.library.user_routines import UserRoutines, export_routine, own_version, still_as_read
from workout_timer.domain.routines.problems import LoadError
from workout_timer.domain.routines.routine_files import routine_id_for
from workout_timer.qt.routines.editing_questions import ask_clash, ask_delete
from workout_timer.qt.routines.outside_changes import where_to_save
from workout_timer.qt.routines.window import Window

if TYPE_CHECKING:
    from workout_timer.domain.routines.routine import Routine
    from workout_timer.qt.editor.text_view import TextView


def choose_import(parent: QWidget) -> Path | None:
    """The routine file the user picks to import, or None."""
    chosen, _ = QFileDialog.getOpenFileName(
        parent, "Import a routine", str(Path.home()), "Routine files (*.yaml *.yml);;All files (*)"
    )
    return Path(chosen) if chosen else None


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
        window.notify(f"Not imported: {plain_words(error)}.")
        return None
    window.reload_library()
    window.notify(f"Imported “{plan.name}”.")
    return plan.id


def save_own_version(window: Window, routine: Routine, came_from: Entry | None, target: Path, is_open: bool) -> bool:
    """Save a routine the app changed as the user's own to `target`, as written in the file of the routine
    it `came_from`, unless it `is_open` in the editor (the user's edits there come first). Whether it was
    saved; the user is told when it was not."""
    if is_open:
        window.notify(
            f"“{routine.name}” is open in the editor, so your version was not saved: your edits there come first."
        )
        return False
    path, original = (came_from.path, came_from.routine) if came_from is not None else (None, None)
    if path is not None and original is not None and not still_as_read(path, original, window.library.catalogue):
        window.notify(
            f"“{routine.name}” was changed or removed in another program during your session, so the step was "
            "not saved: it was worked out for the routine as it was."
        )
        return False
    try:
        save_text(target, own_version(routine, path, original, window.library.catalogue))
    except OSError as error:
        window.notify(f"Your version could not be saved ({plain_words(error)}).")
        return False
    window.reload_library()
    return True


def choose_export(parent: QWidget, entry: Entry) -> Path | None:
    """Where the user chooses to export the routine, or None."""
    chosen, _ = QFileDialog.getSaveFileName(
        parent, "Export the routine", str(Path.home() / f"{entry.id}.yaml"), "Routine files (*.yaml *.yml)"
    )
    return Path(chosen) if chosen else None


def export_to(window: Window, entry: Entry, path: Path) -> bool:
    """Write the routine to `path` for anyone to import; whether it was written (the user is told)."""
    assert entry.routine is not None
    try:
        export_routine(entry, path)
    except OSError as error:
        window.notify(f"Not exported: {plain_words(error)}.")
        return False
    window.notify(f"Wrote “{entry.routine.name}” to {path}: anyone can import it.")
    return True


@dataclass(frozen=True)
class Deleted:
    """A routine deleted from the user's folder: where its file waits (`aside`), where it was, its name."""

    aside: Path
    path: Path
    name: str


def delete(window: Window, parent: QWidget, user: UserRoutines, entry: Entry) -> Deleted | None:
    """Delete the user's routine once they say so, its file set aside to be brought back; None when
    nothing was deleted (the user is told why)."""
    refused = why_not(Action.DELETE, entry)
    if refused is not None:
        window.notify(refused)
        return None
    name = entry.name
    if not ask_delete(parent, name):
        return None
    try:
        aside = user.delete(entry.path)
    except OSError as error:
        window.notify(f"“{name}” could not be deleted: {plain_words(error)}.")
        return None
    window.reload_library()
    original = " The original is listed again." if window.library.counterpart(entry) else ""
    window.notify(f"Deleted “{name}”.{original} Routine → Undo delete brings it back.")
    return Deleted(aside, entry.path, name)


def restore(window: Window, user: UserRoutines, deleted: Deleted) -> bool:
    """Bring a deleted routine back where it was; whether it came back (the user is told either way)."""
    try:
        user.restore(deleted.aside, deleted.path)
    except FileExistsError:
        window.notify(f"“{deleted.name}” cannot come back: a routine with its file name exists now.")
        return False
    except OSError as error:
        window.notify(f"“{deleted.name}” could not be brought back: {plain_words(error)}.")
        return False
    window.reload_library()
    window.notify(f"“{deleted.name}” is back.")
    return True


def save_as_text(window: Window, parent: QWidget, user: UserRoutines, view: TextView) -> bool:
    """Write the text view's file as typed, asking first when it changed outside the app since it was
    read; whether it was written (the user is told either way, and whether it loads now)."""
    if view.path is None:
        return False
    try:
        chosen = where_to_save(parent, user, window.library, view.path, view.seen)
        if chosen is None:
            window.notify("Not saved. Your text is still here.")
            return False
        save_text(chosen, view.text())
    except OSError as error:
        window.notify(f"Not saved: {plain_words(error)}. Your text is still here.")
        return False
    view.mark_saved(chosen, routine_id_for(chosen))
    window.reload_library()
    ok = "It loads without a mistake now." if view.problems_left() == 0 else "It still has mistakes."
    window.notify(f"Saved {view.path.name}. {ok}")
    return True
