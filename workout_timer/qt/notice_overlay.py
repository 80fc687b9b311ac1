"""A notice floating at the bottom of the window, over whatever screen shows, so no screen ever moves for it."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QHideEvent, QShowEvent
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from .theme import scaled_font

WIDEST = 0.8
"""The notice is at most this share of the window's width."""
MARGIN = 14


class NoticeOverlay(QLabel):
    """Shows one message (or nothing, hidden) at the bottom centre of its parent window.

    It never stands in the way: a click goes through it to whatever it covers (a player's button, the
    editor's), and any click in the window puts the notice away.

    Signals:
        dismissed: the user clicked the notice away.
    """

    dismissed = Signal()

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
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

    def show_message(self, message: str) -> None:
        """Show `message`; an empty one hides the notice."""
        self.setText(message)
        if not message:
            self.hide()
            return
        self._place()
        self.raise_()
        self.show()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.parent() and event.type() == QEvent.Type.Resize and self.isVisible():
            self._place()
        elif event.type() == QEvent.Type.MouseButtonPress and self.isVisible() and self._in_window(watched):
            self.hide()
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
        self.setFont(scaled_font(self.font(), max(14.0, window.height() * 0.028)))
        width = int(window.width() * WIDEST)
        self.setFixedWidth(min(width, self.fontMetrics().horizontalAdvance(self.text()) + 48))
        self.setFixedHeight(self.heightForWidth(self.width()))
        self.move((window.width() - self.width()) // 2, window.height() - self.height() - MARGIN)
