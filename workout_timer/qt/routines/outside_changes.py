"""Saving over a file that was changed or deleted in another program since the app read it: the
user is asked first, and nothing is written over without their word. What they may choose, and where
each choice leads, is the domain's (`routine_saving.outside_choices`, `save_place`)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QAbstractButton, QMessageBox, QWidget

from workout_timer.domain.common.failures import plain_words
from workout_timer.domain.common.language import _
from workout_timer.domain.library.entry import Entry
from workout_timer.domain.library.file_seen import NO_FILE, Change, Seen, change_since, look
from workout_timer.domain.library.library import Library
from workout_timer.domain.library.routine_saving import OutsideChoice, outside_choices, save_place
from workout_timer.domain.library.user_routines import UserRoutines
from workout_timer.domain.routines.problems import LoadError
from workout_timer.qt.routines.window import Window


def still_there(window: Window, entry: Entry) -> Seen | None:
    """The file as it is now, before it is opened; None, and the user is told, when it is gone or
    cannot be read."""
    try:
        seen = look(entry.path)
    except OSError as error:
        # Translators: {file} is the routine file's name, {reason} says why, such as "the disk is full".
        window.notify(_("{file} can't be opened: {reason}.").format(file=entry.path.name, reason=plain_words(error)))
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


def cannot_open(path: Path, error: LoadError) -> str:
    """Why the file at `path` can't be opened, as the notice says it."""
    return _("{file} can't be opened: {reason}.").format(file=path.name, reason=error.problems[0].message)


def say_gone(window: Window, entry: Entry) -> None:
    """The file was deleted (or moved) outside the app: back to the library, read again without it."""
    if entry.routine is not None:
        # Translators: {name} is the routine's name, {file} its file's name.
        gone = _("“{name}” is gone: its file, {file}, was deleted or moved outside the app.")
    else:
        # Translators: {file} is the name of a routine file.
        gone = _("{file} is gone: it was deleted or moved outside the app.")
    window.reload_library()
    window.show_library()
    window.notify(gone.format(name=entry.routine.name if entry.routine is not None else "", file=entry.path.name))


def where_to_save(parent: QWidget, user: UserRoutines, library: Library, path: Path, read: Seen) -> Path | None:
    """Where a save of the file read as `read` may write: `path` when it is as it was read (or the
    user says to write over it), a new file beside it when the user keeps both, None to not save.
    Raises OSError when the file cannot be looked at."""
    change = change_since(read, look(path))
    choices = outside_choices(change)
    if not choices:
        return path
    choice = ask_outside(parent, path, change, choices)
    return save_place(choice, path, user, [entry.id for entry in library.entries()])


def ask_outside(parent: QWidget, path: Path, change: Change, choices: tuple[OutsideChoice, ...]) -> OutsideChoice:
    """Which of `choices` the user makes about `path`, changed (or deleted) outside the app."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(_("Changed outside the app"))
    if change is Change.GONE:
        # Translators: {file} is the routine file's name.
        box.setText(_("{file} was deleted outside the app since you opened it.").format(file=path.name))
        box.setInformativeText(_("Save your version again, or leave it deleted?"))
    else:
        # Translators: {file} is the routine file's name.
        box.setText(_("{file} was changed outside the app since you opened it.").format(file=path.name))
        box.setInformativeText(_("Saving here would throw away that change. What should happen?"))
    buttons: dict[OutsideChoice, QAbstractButton] = {}
    if OutsideChoice.WRITE in choices:
        again = change is Change.GONE
        role = QMessageBox.ButtonRole.AcceptRole if again else QMessageBox.ButtonRole.DestructiveRole
        buttons[OutsideChoice.WRITE] = box.addButton(_("Save it again") if again else _("Overwrite it"), role)
    if OutsideChoice.KEEP_BOTH in choices:
        role = QMessageBox.ButtonRole.AcceptRole
        buttons[OutsideChoice.KEEP_BOTH] = box.addButton(_("Keep both (save yours as a copy)"), role)
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(cancel)
    box.setEscapeButton(cancel)
    box.exec()
    return next((choice for choice, button in buttons.items() if box.clickedButton() is button), OutsideChoice.CANCEL)
