"""Saving over a file that was changed or deleted in another program since the app read it: the
user is asked first, and nothing is written over without their word."""

from __future__ import annotations

from pathlib import Path
from typing import Protocol

from PySide6.QtWidgets import QMessageBox, QWidget

from workout_timer.domain.library.entry import Entry
from workout_timer.domain.library.file_seen import NO_FILE, Change, Seen, change_since, look
from workout_timer.domain.library.library import Library
from workout_timer.domain.library.user_routines import UserRoutines
from workout_timer.domain.routines.routine_files import free_id, routine_files, routine_id_for


class Window(Protocol):
    """What this needs from the main window."""

    def show_library(self) -> None: ...
    def reload_library(self) -> None: ...
    def notify(self, message: str) -> None: ...


def still_there(window: Window, entry: Entry) -> Seen | None:
    """The file as it is now, before it is opened; None, and the user is told, when it is gone or
    cannot be read."""
    try:
        seen = look(entry.path)
    except OSError as error:
        window.notify(f"{entry.path.name} cannot be read: {error.strerror or error}.")
        return None
    if seen == NO_FILE:
        say_gone(window, entry)
        return None
    return seen


def seen_now(path: Path | None) -> Seen:
    """The file at `path` as it is now, for an editor opening it (no file for a routine not saved yet).
    A file that cannot be read counts as none: any file there at save time is asked about."""
    try:
        return look(path) if path is not None else NO_FILE
    except OSError:
        return NO_FILE


def say_gone(window: Window, entry: Entry) -> None:
    """The file was deleted (or moved) outside the app: back to the library, read again without it."""
    name = f"“{entry.routine.name}” " if entry.routine is not None else ""
    window.reload_library()
    window.show_library()
    window.notify(f"{name}is gone: its file, {entry.path.name}, was deleted or moved outside the app.")


def where_to_save(parent: QWidget, user: UserRoutines, library: Library, path: Path, read: Seen) -> Path | None:
    """Where a save of the file read as `read` may write: `path` when it is as it was read (or the
    user says to write over it), a new file beside it when the user keeps both, None to not save.
    Raises OSError when the file cannot be looked at."""
    change = change_since(read, look(path))
    if change is Change.SAME:
        return path
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle("Changed outside the app")
    if change is Change.GONE:
        box.setText(f"{path.name} was deleted outside the app since you opened it.")
        box.setInformativeText("Save your version again, or leave it deleted?")
        overwrite = box.addButton("Save it again", QMessageBox.ButtonRole.AcceptRole)
        both = None
    else:
        box.setText(f"{path.name} was changed outside the app since you opened it.")
        box.setInformativeText("Saving here would throw away that change. What should happen?")
        overwrite = box.addButton("Overwrite it", QMessageBox.ButtonRole.DestructiveRole)
        both = box.addButton("Keep both (save yours as a copy)", QMessageBox.ButtonRole.AcceptRole)
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(cancel)
    box.setEscapeButton(cancel)
    box.exec()
    if box.clickedButton() is overwrite:
        return path
    if both is not None and box.clickedButton() is both:
        return copy_path(user, library, path)
    return None


def copy_path(user: UserRoutines, library: Library, path: Path) -> Path:
    """A free file name beside `path` for a copy of it ("plank-2.yaml")."""
    taken = [entry.id for entry in library.entries()]
    taken += [routine_id_for(other) for other in routine_files(user.folder)]
    return user.folder / f"{free_id(routine_id_for(path), taken, 'routine')}{path.suffix or '.yaml'}"
