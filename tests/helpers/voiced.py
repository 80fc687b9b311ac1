"""What a test of the voice holds: the app's window and what its voice said."""

from __future__ import annotations

from dataclasses import dataclass

from workout_timer.qt.shell.main_window import MainWindow


@dataclass
class Voiced:
    window: MainWindow
    heard: list[str]
    """Each `say` (as SAID + text) and each word the engine reported, in order."""
