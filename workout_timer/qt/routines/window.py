"""What the editing side needs from the main window, which it is given as `window`: the library, and a
place to show a screen and tell the user something."""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from workout_timer.domain.library.entry import Entry
    from workout_timer.domain.library.library import Library


class Window(Protocol):
    """The main window, as the editing side sees it."""

    library: Library

    def show_view(self, view: QWidget) -> None: ...
    def show_library(self) -> None: ...
    def reload_library(self, chosen: str = "") -> None: ...
    def notify(self, message: str) -> None: ...
    def try_routine(self, entry: Entry) -> None: ...
