"""The session's screens when the language changes: their own words in it at once, a session's time untouched.

A session running keeps its engine as it is (never restarted, paused or re-timed) and its routine's own words:
the exercises' names, instructions and the cues still to come stay in the language the session began in, as its
timeline and cue plan were made in it; the player says so once. Everything the player says itself (its
buttons, the phase, "Next up", the time left) is in the new language at once. Screens not on show are built
again when next wanted.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol, TypeVar

from PySide6.QtWidgets import QWidget

from workout_timer.domain.common.language import _
from workout_timer.qt.session.player.controls import rename
from workout_timer.qt.session.player.look import describe

if TYPE_CHECKING:
    from workout_timer.domain.session.snapshot import Snapshot
    from workout_timer.qt.session.session_driver import SessionDriver

BUTTONS = ("previous", "pause", "done", "extend", "easier", "next", "stop", "full_screen", "details")
"""The player's buttons, by their `ControlWords` field and the player's `<field>_button`."""


class Player(Protocol):
    def isVisible(self) -> bool: ...
    def deleteLater(self) -> None: ...
    def show_snapshot(self, snapshot: Snapshot) -> None: ...
    def tell(self, text: str) -> None: ...


C = TypeVar("C", bound=QWidget)
P = TypeVar("P", bound=Player)
S = TypeVar("S", bound=QWidget)


def speak_again(
    check_in: C | None, player: P | None, summary: S | None, driver: SessionDriver | None, keep: bool = True
) -> tuple[C | None, P | None, S | None]:
    """The session's screens in the language now in use (see the module); those kept, the others to build again
    when next wanted (None). Unless `keep`, the check-in or the summary on screen is to be built again too (the
    caller shows it again as it was)."""
    running = driver is not None and driver.running
    if check_in is not None and (not keep or not check_in.isVisible()):
        check_in.deleteLater()
        check_in = None
    if player is None or summary is None:
        return check_in, player, summary
    if not running and not player.isVisible() and (not keep or not summary.isVisible()):
        player.deleteLater()
        summary.deleteLater()
        return check_in, None, None
    rename({field: getattr(player, f"{field}_button") for field in BUTTONS})
    if isinstance(player, QWidget):
        describe(player)  # its parts as a screen reader names them
    if driver is not None:
        player.show_snapshot(driver.snapshot())  # the phase, "Next up" and the time left, now
    if running:
        player.tell(_("This session goes on in the words it began with; the next one speaks the new language."))
    return check_in, player, summary
