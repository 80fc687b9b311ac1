"""Keeps the media remote in step with the session running, and turns its buttons into what they do.

`begin` puts the player on the bus for a session and `end` takes it off; `show` follows each snapshot
of the session; `command` (from MPRIS, or from the window's media and presenter keys) is decided by
`domain.session.remote.action` and comes out as `requested(Action)` for the session controller.
The exercise's figure is drawn once to a PNG in the cache folder, for the remote's picture.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QObject, QSize, QUrl, Signal
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtWidgets import QWidget

from workout_timer.domain.common.paths import user_cache_dir
from workout_timer.domain.routines.timeline import Timeline
from workout_timer.domain.session.remote import Artwork, Command, SessionState, action, remote_view
from workout_timer.domain.session.snapshot import Snapshot
from workout_timer.qt.common.theme.look import look
from workout_timer.qt.remote.mpris import MprisRemote

ART_SIZE = QSize(256, 256)
"""The work colour, so the picture reads on a light or a dark widget."""
log = logging.getLogger("workout_timer.remote")


class SessionRemote(QObject):
    """The remote of one session at a time.

    `window` is the window a remote's Raise brings forward.

    Signals:
        requested(Action): what a remote's command asks of the session.
    """

    requested = Signal(object)

    def __init__(
        self, window: Callable[[], QWidget], mpris: MprisRemote | None = None, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._window = window
        self.mpris = mpris if mpris is not None else MprisRemote(parent=self)
        self.mpris.commanded.connect(self.command)
        self.mpris.raiseRequested.connect(self._on_raise_requested)
        self._timeline: Timeline | None = None
        self._state: SessionState | None = None

    def begin(self, timeline: Timeline) -> None:
        self._timeline, self._state = timeline, None
        self.mpris.publish()

    def show(self, snapshot: Snapshot, held: bool = False) -> None:
        """The session's state now (`held`: its wait for the voice is paused)."""
        if self._timeline is None:
            return
        self._state = SessionState(snapshot, held)
        view = remote_view(self._timeline, self._state)
        drawn = view.artwork is not None and self.mpris.published  # nobody sees it without the bus
        self.mpris.show(view, _art_url(view.artwork) if drawn and view.artwork is not None else None)

    def end(self) -> None:
        self._timeline, self._state = None, None
        self.mpris.withdraw()

    def command(self, command: Command) -> None:
        if self._state is None:
            return
        wanted = action(command, self._state)
        if wanted is not None:
            self.requested.emit(wanted)

    def _on_raise_requested(self) -> None:
        window = self._window()
        if window.isMinimized():
            window.showNormal()
        window.raise_()
        window.activateWindow()


def _art_url(artwork: Artwork) -> str | None:
    """The picture's file URL, drawn the first time it is wanted; None if it can't be written."""
    from workout_timer.qt.common.pose_figure import pose_pixmap

    path = user_cache_dir() / "remote-art" / artwork.file_name
    if not path.exists():
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            log.warning("No picture for the media remote: %s", error)
            return None
        palette = look().palette  # the player's colours: the picture looks like the screen it stands for
        ink = QColor(palette.player_text)
        figure = pose_pixmap(artwork.pose, ART_SIZE * 0.8, ink, mirrored=artwork.mirrored).toImage()
        canvas = QImage(ART_SIZE, QImage.Format.Format_RGB32)
        canvas.fill(QColor(palette.work))
        painter = QPainter(canvas)  # the figure in the middle, clear of the edges a widget may round off
        painter.drawImage((ART_SIZE.width() - figure.width()) // 2, (ART_SIZE.height() - figure.height()) // 2, figure)
        painter.end()
        partial = path.with_suffix(".part.png")
        if not canvas.save(str(partial)):
            log.warning("No picture for the media remote: %s could not be written", partial)
            return None
        partial.replace(path)
    return QUrl.fromLocalFile(str(path)).toString()
