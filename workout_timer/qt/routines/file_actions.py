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
from workout_timer.domain.common.language import _
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
    # Translators: a file chooser's list of kinds of file; keep the patterns in brackets as they are.
    kinds = _("Routine files (*.yaml *.yml);;All files (*)")
    chosen, _kind = QFileDialog.getOpenFileName(parent, _("Import a routine"), str(Path.home()), kinds)
    return Path(chosen) if chosen else None


def import_file(window: Window, parent: QWidget, user: UserRoutines, path: Path) -> str | None:
    """Check a routine file and add it to the user's routines, asking first when its id is taken; the id
    it got, or None."""
    try:
        importing = RoutineImport.read(path, window.library)
    except LoadError as error:
        problems = "\n".join(str(p) for p in error.problems[:8])
        told = _("{file} has mistakes, so it was not imported:").format(file=path.name)
        QMessageBox.warning(parent, _("Not imported"), f"{told}\n\n{problems}")
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
        window.notify(_("Not imported: {reason}.").format(reason=plain_words(error)))
        return None
    window.reload_library()
    window.notify(_("Imported “{name}”.").format(name=plan.name))
    return plan.id


def save_own_version(window: Window, routine: Routine, came_from: Entry | None, target: Path, is_open: bool) -> bool:
    """Save a routine the app changed as the user's own to `target`, as written in the file of the routine
    it `came_from`, unless it `is_open` in the editor (the user's edits there come first). Whether it was
    saved; the user is told when it was not."""
    if is_open:
        # Translators: {name} is the routine's name.
        window.notify(
            _("“{name}” is open in the editor, so your version was not saved: your edits there come first.").format(
                name=routine.name
            )
        )
        return False
    path, original = (came_from.path, came_from.routine) if came_from is not None else (None, None)
    if path is not None and original is not None and not still_as_read(path, original, window.library.catalogue):
        # Translators: {name} is the routine's name; the step is a step up or down an exercise's ladder.
        changed = _(
            "“{name}” was changed or removed in another program during your session, so the step was "
            "not saved: it was worked out for the routine as it was."
        )
        window.notify(changed.format(name=routine.name))
        return False
    try:
        save_text(target, own_version(routine, path, original, window.library.catalogue))
    except OSError as error:
        # Translators: {reason} says why, such as "the disk is full".
        window.notify(_("Your version could not be saved ({reason}).").format(reason=plain_words(error)))
        return False
    window.reload_library()
    return True


def choose_export(parent: QWidget, entry: Entry) -> Path | None:
    """Where the user chooses to export the routine, or None."""
    # Translators: a file chooser's kind of file; keep the patterns in brackets as they are.
    kind = _("Routine files (*.yaml *.yml)")
    chosen, _kind = QFileDialog.getSaveFileName(
        parent, _("Export the routine"), str(Path.home() / f"{entry.id}.yaml"), kind
    )
    return Path(chosen) if chosen else None


def export_to(window: Window, entry: Entry, path: Path) -> bool:
    """Write the routine to `path` for anyone to import; whether it was written (the user is told)."""
    assert entry.routine is not None
    try:
        export_routine(entry, path)
    except OSError as error:
        window.notify(_("Not exported: {reason}.").format(reason=plain_words(error)))
        return False
    # Translators: {name} is the routine's name, {path} the file written.
    window.notify(_("Wrote “{name}” to {path}: anyone can import it.").format(name=entry.routine.name, path=path))
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
        # Translators: {name} is the routine's name, {reason} says why, such as "the disk is full".
        window.notify(_("“{name}” could not be deleted: {reason}.").format(name=name, reason=plain_words(error)))
        return None
    window.reload_library()
    if window.library.counterpart(entry):  # the user's version of a built-in routine
        # Translators: {name} is the routine's name; "Routine → Undo delete" names the menu and its item.
        deleted = _("Deleted “{name}”. The original is listed again. Routine → Undo delete brings it back.")
    else:
        # Translators: {name} is the routine's name; "Routine → Undo delete" names the menu and its item.
        deleted = _("Deleted “{name}”. Routine → Undo delete brings it back.")
    window.notify(deleted.format(name=name))
    return Deleted(aside, entry.path, name)


def restore(window: Window, user: UserRoutines, deleted: Deleted) -> bool:
    """Bring a deleted routine back where it was; whether it came back (the user is told either way)."""
    try:
        user.restore(deleted.aside, deleted.path)
    except FileExistsError:
        # Translators: {name} is the routine's name.
        window.notify(
            _("“{name}” cannot come back: a routine with its file name exists now.").format(name=deleted.name)
        )
        return False
    except OSError as error:
        # Translators: {name} is the routine's name, {reason} says why, such as "the disk is full".
        back = _("“{name}” could not be brought back: {reason}.")
        window.notify(back.format(name=deleted.name, reason=plain_words(error)))
        return False
    window.reload_library()
    # Translators: {name} is the name of the routine whose delete was undone.
    window.notify(_("“{name}” is back.").format(name=deleted.name))
    return True


def save_as_text(window: Window, parent: QWidget, user: UserRoutines, view: TextView) -> bool:
    """Write the text view's file as typed, asking first when it changed outside the app since it was
    read; whether it was written (the user is told either way, and whether it loads now)."""
    if view.path is None:
        return False
    try:
        chosen = where_to_save(parent, user, window.library, view.path, view.seen)
        if chosen is None:
            window.notify(_("Not saved. Your text is still here."))
            return False
        save_text(chosen, view.text())
    except OSError as error:
        # Translators: {reason} says why, such as "the disk is full".
        window.notify(_("Not saved: {reason}. Your text is still here.").format(reason=plain_words(error)))
        return False
    view.mark_saved(chosen, routine_id_for(chosen))
    window.reload_library()
    if view.problems_left() == 0:
        # Translators: {file} is the routine file's name.
        saved = _("Saved {file}. It loads without a mistake now.")
    else:
        # Translators: {file} is the routine file's name.
        saved = _("Saved {file}. It still has mistakes.")
    window.notify(saved.format(file=view.path.name))
    return True
