"""A brief flash of light that fades: three pictures, not a repaint of the screen at the display's rate."""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal

FLASH_FRAMES_MS = (0, 80, 220)
"""When the light is drawn again: at full strength, at half after 80 ms, gone after 220 ms. Each picture
repaints the whole window (3 to 4 ms of CPU under X): the five of the fade before were about half of what
a session of quick steps cost, and its last pictures changed the screen by 1 to 4% each."""
FLASH_STRENGTHS = (1.0, 0.5, 0.0)
"""The light's strength in each picture: as bright at its brightest, and about as long, as the fade of
five (1, 0.61, 0.27, 0.05 and 0 over 400 ms) was."""


class Flash(QObject):
    """The light's strength over one flash, from 1 (full) to 0 (gone). Its timer runs only during a flash.

    Signals:
        changed(float): the strength now; the last is 0.
    """

    changed = Signal(float)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._frame = len(FLASH_FRAMES_MS)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._next)

    def start(self) -> None:
        self._frame = 0
        self._next()

    def _next(self) -> None:
        frame = self._frame
        if frame >= len(FLASH_FRAMES_MS):
            return
        self._frame = frame + 1
        if self._frame < len(FLASH_FRAMES_MS):
            self._timer.start(FLASH_FRAMES_MS[self._frame] - FLASH_FRAMES_MS[frame])
        self.changed.emit(FLASH_STRENGTHS[frame])
