"""Sessions waiting to be written to the history (the file locked, read-only or on a full disk): tried again
while the window lives, and on closing the window the user is asked first, since quitting loses them. SIGTERM
and SIGHUP ask nothing (no one is there to answer): the history tries once more, and what is lost is logged."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QMessageBox, QWidget

from workout_timer.domain.common.clock import WallClock
from workout_timer.domain.common.language import N_, _
from workout_timer.domain.history.store import HistoryStore

TITLE = N_("Sessions not saved yet")
RETRY_MS = 2000
"""How often sessions that couldn't be written to the history yet are tried again."""


def open_history(owner: QObject, wall_clock: WallClock, on_problem: Callable[[str], None]) -> HistoryStore:
    """The history of sessions for as long as `owner` lives: a problem with it told by `on_problem`, and what couldn't
    be written yet (a lock, a full disk) written when it can, by a timer that runs only while something waits."""
    from workout_timer.domain.common.paths import history_path

    retry = QTimer(owner)
    retry.setInterval(RETRY_MS)
    store = HistoryStore(history_path(), wall_clock, on_problem=on_problem, on_waiting=retry.start)
    retry.timeout.connect(lambda: retry.stop() if store.flush() else None)
    return store


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
