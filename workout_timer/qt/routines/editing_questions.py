"""The questions the editing side of the window asks: about unsaved changes, a draft left by a
crash, an imported routine whose name is taken, and a routine to delete. What an answer leads to is
the domain's (`routine_saving`); these only ask."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget

from workout_timer.domain.common.language import _
from workout_timer.domain.library.entry import Entry, Source
from workout_timer.domain.library.routine_saving import Answer, Leaving

_ANSWERS = {
    QMessageBox.StandardButton.Save: Answer.SAVE,
    QMessageBox.StandardButton.Discard: Answer.DISCARD,
}


def ask_about_draft(parent: QWidget, name: str) -> bool | None:
    """After a crash: True to open the unsaved edits of `name`, False to throw them away, None for later."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(_("Unsaved changes"))
    # Translators: {name} is the routine's name.
    box.setText(_("You were changing “{name}” when the app last closed, and did not save.").format(name=name))
    box.setInformativeText(_("Open your changes to look at them and save them?"))
    opened = box.addButton(_("Open my changes"), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(_("Throw them away"), QMessageBox.ButtonRole.DestructiveRole)
    # Translators: a button: ask again another time.
    later = box.addButton(_("Later"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(opened)
    box.exec()
    if box.clickedButton() is opened:
        return True
    return None if box.clickedButton() is later else False


def ask_clash(parent: QWidget, routine_id: str, existing: Entry, name: str) -> bool | None:
    """True to replace the routine there is, False to keep both, None to leave it."""
    current = existing.routine.name if existing.routine else existing.id
    if existing.source is Source.USER:
        # Translators: {name} is the routine being imported, {file} its file name, {other} the name of the
        # runner's own routine with that file name.
        same = _("“{name}” has the same file name ({file}) as your routine “{other}”.")
    else:
        # Translators: {name} is the routine being imported, {file} its file name, {other} the name of the
        # built-in routine with that file name.
        same = _("“{name}” has the same file name ({file}) as the built-in routine “{other}”.")
    return ask_keep_both_or_replace(
        parent,
        _("A routine with this name exists"),
        same.format(name=name, file=routine_id, other=current),
    )


def ask_keep_both_or_replace(parent: QWidget, title: str, text: str) -> bool | None:
    """The question an import asks when its file name is taken (a routine's or a programme's): True to
    replace the one there is, False to keep both, None to leave it."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(title)
    box.setText(text)
    box.setInformativeText(_("Keep both, or replace the one you have?"))
    both = box.addButton(_("Keep both"), QMessageBox.ButtonRole.AcceptRole)
    replace_button = box.addButton(_("Replace"), QMessageBox.ButtonRole.DestructiveRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(both)
    box.exec()
    if box.clickedButton() is both:
        return False
    if box.clickedButton() is replace_button:
        return True
    return None


def ask_leaving(parent: QWidget, question: Leaving, name: str) -> Answer:
    """Leaving the routine `name` with unsaved changes: the `question` the domain says to ask (never
    `Leaving.NOTHING`, which asks nothing)."""
    if question is not Leaving.SAVE_OR_DISCARD:
        return ask_discard(parent, name, no_steps=question is Leaving.NO_STEPS)
    # Translators: {name} is the routine's name.
    return ask_save(parent, _("Save your changes to “{name}”?").format(name=name))


def ask_save(parent: QWidget, question: str) -> Answer:
    buttons = QMessageBox.StandardButton
    answer = QMessageBox.question(
        parent, _("Unsaved changes"), question, buttons.Save | buttons.Discard | buttons.Cancel, buttons.Save
    )
    return _ANSWERS.get(answer, Answer.STAY)


def ask_delete(parent: QWidget, name: str) -> bool:
    """Whether to delete the routine `name` (it can be brought back)."""
    answer = QMessageBox.question(
        parent,
        _("Delete the routine?"),
        # Translators: {name} is the routine's name; "Routine → Undo delete" names the menu and its item, as the
        # menus say them.
        _("Delete “{name}”?\n\nYou can bring it back with Routine → Undo delete.").format(name=name),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Cancel,
    )
    return answer == QMessageBox.StandardButton.Yes


def ask_discard(parent: QWidget, name: str, no_steps: bool = False) -> Answer:
    """Leaving changes that cannot be saved (a mistake is left, or `no_steps` yet): throw them away, or stay to fix
    it (to add a step)."""
    buttons = QMessageBox.StandardButton
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(_("Unsaved changes"))
    if no_steps:
        # Translators: {name} is the routine's name.
        box.setText(_("“{name}” has no steps yet, so it can't be saved.").format(name=name))
        box.setInformativeText(_("Stay to add a step, or throw your changes away?"))
    else:
        # Translators: {name} is the routine's name.
        box.setText(_("“{name}” has a mistake (marked in red), so it can't be saved yet.").format(name=name))
        box.setInformativeText(_("Stay to fix it, or throw your changes away?"))
    discard = box.addButton(buttons.Discard)
    # Not Cancel's button, whose ✗ read as "throw away": staying keeps everything, so it has no icon.
    stay = box.addButton(
        _("Stay and add a step") if no_steps else _("Stay and fix it"), QMessageBox.ButtonRole.RejectRole
    )
    box.setDefaultButton(stay)
    box.setEscapeButton(stay)
    box.exec()
    return Answer.DISCARD if box.clickedButton() is discard else Answer.STAY
