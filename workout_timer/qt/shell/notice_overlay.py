"""Notices floating at the bottom of the window, over whatever screen shows, so no screen ever moves for them.

Several can come at once (the history, the folders, the tones and the voice at a start in an unwritable
home): each stays for its own time, the newest last, so none wipes out another before it is read.
Over the player they stand at the top, across the window in a smaller type, over the session's name
and step count: never over the timer, the *Next up* line or the buttons.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QHideEvent, QShowEvent
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from workout_timer.qt.common.theme import scaled_font

WIDEST = 0.8
"""The notice is at most this share of the window's width."""
MARGIN = 14
LASTING = 15.0
"""Seconds a notice stays, unless a click puts it away sooner."""
MOST = 3
"""Notices shown at once; an older one gives way to a newer."""
AFTER_LEAVING = 3.0
"""Seconds a notice stays at most once the screen it came with is left."""


class NoticeOverlay(QLabel):
    """Shows the messages of the moment (or nothing, hidden) at the bottom centre of its parent window.

    Each message lasts `LASTING` seconds on the injected clock; a QTimer only wakes it to take off the
    ones whose time is up.

    It never stands in the way: a click goes through it to whatever it covers (a player's button, the
    editor's), and any click in the window puts the notice away.

    Signals:
        dismissed: the user clicked the notices away.
    """

    dismissed = Signal()

    def __init__(
        self, parent: QWidget, clock: Callable[[], float] = time.monotonic, on_top: Callable[[], bool] | None = None
    ) -> None:
        super().__init__(parent)
        self._clock = clock
        self._on_top = on_top if on_top is not None else lambda: False
        """Whether the screen shown wants its notices at the top (the player: its bottom is its controls)."""
        self._shown: list[tuple[str, float]] = []
        """Each message with the moment it goes, oldest first."""
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.expire)
        self.setObjectName("notice")
        self.setWordWrap(True)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setStyleSheet(
            "QLabel#notice { background: rgba(25, 30, 34, 230); color: white; border-radius: 10px; padding: 8px 18px; }"
        )
        parent.installEventFilter(self)
        self.hide()

    def add(self, message: str) -> None:
        """Show `message` too (a message already shown starts its time again)."""
        self._shown = [(text, until) for text, until in self._shown if text != message]
        self._shown.append((message, self._clock() + LASTING))
        del self._shown[:-MOST]
        self._refresh()

    def messages(self) -> list[str]:
        """What the notice says now, oldest first."""
        return [text for text, _ in self._shown]

    def screen_left(self) -> None:
        """The user moved on to another screen: what was said there goes soon, never at once."""
        latest = self._clock() + AFTER_LEAVING
        self._shown = [(text, min(until, latest)) for text, until in self._shown]
        self._refresh()

    def clear(self) -> None:
        self._shown.clear()
        self._refresh()

    def expire(self) -> None:
        """Take off the messages whose time is up."""
        now = self._clock()
        self._shown = [(text, until) for text, until in self._shown if until > now]
        self._refresh()

    def _refresh(self) -> None:
        self._timer.stop()
        if not self._shown:
            self.setText("")
            self.hide()
            return
        self.setText("\n".join(self.messages()))
        self._timer.start(max(0, round((min(until for _, until in self._shown) - self._clock()) * 1000)))
        self._place()
        self.raise_()
        self.show()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.parent() and event.type() == QEvent.Type.Resize and self.isVisible():
            self._place()
        elif event.type() == QEvent.Type.MouseButtonPress and self.isVisible() and self._in_window(watched):
            self.clear()
            self.dismissed.emit()
        return False  # the click goes on to what it was meant for

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)  # clicks anywhere in the window put it away

    def hideEvent(self, event: QHideEvent) -> None:
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
        super().hideEvent(event)

    def _in_window(self, watched: QObject) -> bool:
        return isinstance(watched, QWidget) and watched.window() is self.window()

    def _place(self) -> None:
        window = self.parentWidget()
        if window is None:
            return
        top = self._on_top()
        size = max(12.0, window.height() * 0.019) if top else max(14.0, window.height() * 0.028)
        self.setFont(scaled_font(self.font(), size))
        width = window.width() - 2 * MARGIN if top else int(window.width() * WIDEST)
        self.setFixedWidth(min(width, max(self.fontMetrics().horizontalAdvance(line) for line in self.messages()) + 48))
        self.setFixedHeight(self.heightForWidth(self.width()))
        y = MARGIN // 2 if top else window.height() - self.height() - MARGIN
        self.move((window.width() - self.width()) // 2, y)
