"""The questions the editing side of the window asks: about unsaved changes, a draft left by a
crash, and an imported routine whose name is taken."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget

from workout_timer.domain.library.entry import Entry, Source


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
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle("A routine with this name exists")
    mine = "your routine" if existing.source is Source.USER else "the built-in routine"
    current = existing.routine.name if existing.routine else existing.id
    box.setText(f"“{name}” has the same file name ({routine_id}) as {mine} “{current}”.")
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


def ask_save(parent: QWidget, question: str) -> QMessageBox.StandardButton:
    buttons = QMessageBox.StandardButton
    return QMessageBox.question(
        parent, "Unsaved changes", question, buttons.Save | buttons.Discard | buttons.Cancel, buttons.Save
    )


def ask_discard(parent: QWidget, name: str) -> QMessageBox.StandardButton:
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
    return buttons(box.exec())
