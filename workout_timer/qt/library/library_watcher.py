"""Noticing routine files added, changed or removed in the user's folder while the app is open."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QFileSystemWatcher, QObject, QTimer, Signal

SETTLE_MS = 300
"""How long the folder must be still before the library is read again: saving a file, or copying a
few, is many changes in a row, and the library is read once after them."""


class LibraryWatcher(QObject):
    """Watches a list of paths (a folder and its files) and tells once when they have settled.

    Signals:
        changed: something in the watched paths changed, and has been still for SETTLE_MS.
    """

    changed = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._watcher = QFileSystemWatcher(self)
        self._settle = QTimer(self)
        self._settle.setSingleShot(True)
        self._settle.setInterval(SETTLE_MS)
        self._settle.timeout.connect(self.changed)
        self._watcher.directoryChanged.connect(self._settle.start)
        self._watcher.fileChanged.connect(self._settle.start)

    def watch(self, paths: list[Path]) -> None:
        """Watch exactly these paths from now on (a file replaced or removed must be watched anew)."""
        wanted = [str(path) for path in paths]
        old = [*self._watcher.directories(), *self._watcher.files()]
        gone = [path for path in old if path not in wanted]
        if gone:
            self._watcher.removePaths(gone)
        new = [path for path in wanted if path not in old]
        if new:
            self._watcher.addPaths(new)  # a path that vanished meanwhile is skipped; the folder still tells

    def paths(self) -> list[str]:
        return [*self._watcher.directories(), *self._watcher.files()]
