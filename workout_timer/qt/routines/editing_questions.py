"""The questions the editing side of the window asks: about unsaved changes, a draft left by a
crash, an imported routine whose name is taken, and a routine to delete. What an answer leads to is
the domain's (`routine_saving`); these only ask."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget

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
    box.setWindowTitle("Unsaved changes")
    box.setText(f"You were changing “{name}” when the app last closed, and did not save.")
    box.setInformativeText("Open your changes to look at them and save them?")
    opened = box.addButton("Open my changes", QMessageBox.ButtonRole.AcceptRole)
    box.addButton("Throw them away", QMessageBox.ButtonRole.DestructiveRole)
    later = box.addButton("Later", QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(opened)
    box.exec()
    if box.clickedButton() is opened:
        return True
    return None if box.clickedButton() is later else False


def ask_clash(parent: QWidget, routine_id: str, existing: Entry, name: str) -> bool | None:
    """True to replace the routine there is, False to keep both, None to leave it."""
    mine = "your routine" if existing.source is Source.USER else "the built-in routine"
    current = existing.routine.name if existing.routine else existing.id
    return ask_keep_both_or_replace(
        parent,
        "A routine with this name exists",
        f"“{name}” has the same file name ({routine_id}) as {mine} “{current}”.",
    )


def ask_keep_both_or_replace(parent: QWidget, title: str, text: str) -> bool | None:
    """The question an import asks when its file name is taken (a routine's or a programme's): True to
    replace the one there is, False to keep both, None to leave it."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(title)
    box.setText(text)
    box.setInformativeText("Keep both, or replace the one you have?")
    both = box.addButton("Keep both", QMessageBox.ButtonRole.AcceptRole)
    replace_button = box.addButton("Replace", QMessageBox.ButtonRole.DestructiveRole)
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
    if question is Leaving.DISCARD_OR_STAY:
        return ask_discard(parent, name)
    return ask_save(parent, f"Save your changes to “{name}”?")


def ask_save(parent: QWidget, question: str) -> Answer:
    buttons = QMessageBox.StandardButton
    answer = QMessageBox.question(
        parent, "Unsaved changes", question, buttons.Save | buttons.Discard | buttons.Cancel, buttons.Save
    )
    return _ANSWERS.get(answer, Answer.STAY)


def ask_delete(parent: QWidget, name: str) -> bool:
    """Whether to delete the routine `name` (it can be brought back)."""
    answer = QMessageBox.question(
        parent,
        "Delete the routine?",
        f"Delete “{name}”?\n\nYou can bring it back with Routine → Undo delete.",
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Cancel,
    )
    return answer == QMessageBox.StandardButton.Yes


def ask_discard(parent: QWidget, name: str) -> Answer:
    """Leaving changes that cannot be saved (a mistake is left): throw them away, or stay to fix it."""
    buttons = QMessageBox.StandardButton
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle("Unsaved changes")
    box.setText(f"“{name}” has a mistake (marked in red), so it can't be saved yet.")
    box.setInformativeText("Stay to fix it, or throw your changes away?")
    box.setStandardButtons(buttons.Discard | buttons.Cancel)
    box.button(buttons.Cancel).setText("Stay and fix it")
    box.setDefaultButton(buttons.Cancel)
    box.setEscapeButton(buttons.Cancel)
    return _ANSWERS.get(buttons(box.exec()), Answer.STAY)
