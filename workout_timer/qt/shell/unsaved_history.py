"""Closing the window while sessions wait to be written to the history (the file locked, read-only or on
a full disk): the user is asked first, since quitting loses them. SIGTERM and SIGHUP ask nothing (no one
is there to answer): the history tries once more, and what is lost is logged."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget

from workout_timer.domain.common.language import N_, _
from workout_timer.domain.history.store import HistoryStore

TITLE = N_("Sessions not saved yet")


def may_close(parent: QWidget, history: HistoryStore | None) -> bool:
    """Whether the window may close: nothing waits to be written (after one more try), or the user
    chooses to quit anyway."""
    if history is None or history.flush():
        return True
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(_(TITLE))
    box.setText(_("Your latest session is not saved in your workout history yet."))
    box.setInformativeText(
        _(
            "The history can't be written just now. If you stay, the session is saved as soon as it can be; "
            "if you quit now, it is lost."
        )
    )
    quit_anyway = box.addButton(_("Quit anyway"), QMessageBox.ButtonRole.DestructiveRole)
    # Translators: a button: keep the window open.
    stay = box.addButton(_("Stay"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(stay)
    box.setEscapeButton(stay)
    box.exec()
    return box.clickedButton() is quit_anyway
