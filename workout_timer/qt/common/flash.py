"""A brief flash of light that fades: a few pictures, not a repaint of the screen at the display's rate."""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal

FLASH_MS = 400
FLASH_FRAMES_MS = (0, 60, 140, 250, FLASH_MS)
"""When the light is drawn again: five pictures of a light that fades out, fast and then slowly (at
full strength, then 61%, 27%, 5% and gone; a picture more would change the screen by under 2%)."""


class Flash(QObject):
    """The light's strength over one flash, eased out from 1 (full) to 0 (gone). Its timer runs only
    during a flash.

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
        self.changed.emit((1 - FLASH_FRAMES_MS[frame] / FLASH_MS) ** 3)
