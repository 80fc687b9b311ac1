"""Notices: over the player in its strip for them; below any other screen, in room of their own at the bottom of
the window.

Several can come at once (the history, the folders, the tones and the voice at a start in an unwritable
home): each stays for its own time, the newest last, so none wipes out another before it is read.
Over the player they stand in a strip of their own at its top (`PlayerView.notice_place`), across the
window in a type small enough to fit it: never over the session's name, step and time left, the timer,
the *Next up* line or the buttons. Only more notices than the strip can hold at the smallest type
reach below it. Away from the player they stand at the bottom of the window in room of their own (`room`, a
strip in the window's layout below the screens), which pushes the screen up while they show: they never cover
its words or its controls (the library's safety text, the check-in's and the summary's buttons).
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QRect, Qt, QTimer, Signal
from PySide6.QtGui import QFontMetrics, QHideEvent, QShowEvent
from PySide6.QtWidgets import QApplication, QBoxLayout, QLabel, QWidget

from workout_timer.qt.common.theme.look import Look, follow, look, scaled_font

WIDEST = 0.8
"""The notice is at most this share of the window's width."""
MARGIN = 14
LASTING = 15.0
"""Seconds a notice stays, unless a click puts it away sooner."""
MOST = 3
"""Notices shown at once; an older one gives way to a newer."""
AFTER_LEAVING = 3.0
"""Seconds a notice stays at most once the screen it came with is left."""
SMALLEST = 10.0
"""Pixels: the smallest type a notice is made to fit a screen's place for notices."""
STYLE = (
    "QLabel#notice {{ background: {background}; color: {ink}; border-radius: 10px; padding: {padding}; "
    "font-size: {size}px; }}"
)
"""Solid, in the theme's colours: its words read the same over any screen."""


class NoticeOverlay(QLabel):
    """Shows the messages of the moment (or nothing, hidden) at the bottom centre of its parent window.

    Each message lasts `LASTING` seconds on the injected clock from the moment it shows; a QTimer only wakes
    it to take off the ones whose time is up. Where a screen's place for notices can't hold them all (the
    player's strip, in a small window), the newer ones wait there until the older ones go.

    It never stands in the way: a click goes through it to whatever it covers (a player's button, the
    editor's), and any click in the window puts the notice away.

    Signals:
        dismissed: the user clicked the notices away.
    """

    dismissed = Signal()

    def __init__(
        self,
        parent: QWidget,
        clock: Callable[[], float] = time.monotonic,
        place: Callable[[], QRect | None] | None = None,
        room: QBoxLayout | None = None,
    ) -> None:
        super().__init__(parent)
        self._clock = clock
        self._place_of_screen = place if place is not None else lambda: None
        """The place the screen shown keeps for notices, in the window's coordinates (the player: a strip at its
        top); None for the bottom of the window."""
        self._room = QWidget()
        """Empty, as high as the notices at the bottom of the window (hidden when none shows there), below the
        screens in `room`, the window's layout: the screen shown makes way for the notices."""
        self._room.setObjectName("noticeRoom")
        self._room.hide()
        if room is not None:
            room.addWidget(self._room)
        self._shown: list[tuple[str, float | None]] = []
        """Each message with the moment it goes (None while it waits for room), oldest first."""
        self._true_while: dict[str, Callable[[], bool]] = {}
        """What a message says only while it is so ("A session is running…"), by the message."""
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.expire)
        self.setObjectName("notice")
        self.setWordWrap(True)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        follow(self, self._on_look)
        parent.installEventFilter(self)
        self.hide()

    def _on_look(self, _new: Look) -> None:
        """The notice in the new look's colours, at once if one shows."""
        if self._shown:
            self._place(self.messages())

    def add(self, message: str, true_while: Callable[[], bool] | None = None) -> None:
        """Show `message` too (a message already shown starts its time again); `true_while`: what it says holds
        only while this says so, and it goes as soon as a change of screen finds it no longer does."""
        self._shown = [(text, until) for text, until in self._shown if text != message]
        self._true_while.pop(message, None)
        if true_while is not None:
            self._true_while[message] = true_while
        self._shown.append((message, None))
        del self._shown[:-MOST]
        self._refresh()

    def messages(self) -> list[str]:
        """What the notice says now, oldest first."""
        return [text for text, until in self._shown if until is not None]

    def waiting(self) -> list[str]:
        """The messages waiting for room to show, oldest first."""
        return [text for text, until in self._shown if until is None]

    def screen_left(self) -> None:
        """The user moved on to another screen: what was said there goes soon, never at once."""
        latest = self._clock() + AFTER_LEAVING
        self._shown = [(text, None if until is None else min(until, latest)) for text, until in self._shown]
        self._shown = [(text, until) for text, until in self._shown if self._true_while.get(text, _always)()]
        self._refresh()

    def clear(self) -> None:
        self._shown.clear()
        self._refresh()

    def expire(self) -> None:
        """Take off the messages whose time is up."""
        now = self._clock()
        self._shown = [(text, until) for text, until in self._shown if until is None or until > now]
        self._refresh()

    def _refresh(self) -> None:
        self._true_while = {text: holds for text, holds in self._true_while.items() if text in dict(self._shown)}
        self._timer.stop()
        if not self._shown:
            self.setText("")
            self.hide()
            self._room.hide()
            return
        shown = self._place([text for text, _ in self._shown])
        now = self._clock()
        self._shown = [
            (text, now + LASTING if until is None and index < shown else until)
            for index, (text, until) in enumerate(self._shown)
        ]
        self.setText("\n".join(self.messages()))
        ends = [until for _, until in self._shown if until is not None]
        self._timer.start(max(0, round((min(ends) - now) * 1000)))
        self.raise_()
        self.show()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        moved = event.type() in (QEvent.Type.Resize, QEvent.Type.LayoutRequest)  # a window's size, its menu bar
        if watched is self.parent() and moved and self.isVisible():
            self._refresh()
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

    def _place(self, lines: list[str]) -> int:
        """Size and place the notice for the first of `lines` that fit the screen's place, and say how many fit:
        all at the bottom; in a screen's own place (the player's strip) as many as fit at a type no smaller than
        `SMALLEST`, and at least the first (which reaches below the place only if it alone can't fit)."""
        window = self.parentWidget()
        if window is None:
            return len(lines)
        place = self._place_of_screen()
        if place is None:
            self._fit(lines, max(14.0, window.height() * 0.028), int(window.width() * WIDEST), (8, 18))
            self._room.setFixedHeight(self.height() + MARGIN + GAP)
            self._room.show()
            self.move((window.width() - self.width()) // 2, window.height() - self.height() - MARGIN)
            return len(lines)
        self._room.hide()
        for count in range(len(lines), 0, -1):
            size = max(SMALLEST, window.height() * 0.019)
            while True:  # the largest type, down to SMALLEST, whose lines fit the place's height
                self._fit(lines[:count], size, place.width(), (2, 18))
                if self.height() <= place.height() or size <= SMALLEST:
                    break
                size = max(SMALLEST, size - 1)
            if self.height() <= place.height() or count == 1:
                break
        top = place.top() + max(0, (place.height() - self.height()) // 2)
        self.move(place.left() + (place.width() - self.width()) // 2, top)
        return count

    def _fit(self, lines: list[str], size: float, widest: int, padding: tuple[int, int]) -> None:
        """Type of `size` pixels, and the width and height `lines` need at it, at most `widest` wide."""
        across, along = padding[1], padding[0]
        metrics = QFontMetrics(scaled_font(self.font(), size))
        width = min(widest, max(metrics.horizontalAdvance(line) for line in lines) + 2 * across + 12)
        room = QRect(0, 0, width - 2 * across, 100_000)
        flags = Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignCenter
        height = metrics.boundingRect(room, flags, "\n".join(lines)).height() + 2 * along
        palette = look().palette
        style = STYLE.format(
            background=palette.notice, ink=palette.notice_text, padding=f"{along}px {across}px", size=round(size)
        )
        if style != self.styleSheet():
            self.setStyleSheet(style)
        self.setFixedSize(width, height)


GAP = 8
"""Between a notice at the bottom of the window and the screen above it."""


def _always() -> bool:
    return True
