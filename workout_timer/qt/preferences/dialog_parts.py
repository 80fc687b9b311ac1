"""The preferences' parts that size themselves for their words: the columns of groups, side by side or one under
the other, that scroll up and down; the voice's box, as wide as its first choice; the voice's line of words, as high
as it is at its width; and a row of controls (`settings_dialog` puts them together).
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QBoxLayout,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QSlider,
    QStyle,
    QStyleOptionComboBox,
    QWidget,
)


class VoiceBox(QComboBox):
    """The choice of voice, as wide as its first choice ("Automatic: …", long in some languages), whichever voices
    the speech engine has listed by the time it shows (the dialog's size would hang on it); a long voice's name may
    be cut short, its list shows it whole."""

    def sizeHint(self) -> QSize:
        return self.minimumSizeHint()

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        hint.setWidth(max(hint.width(), 320))
        if not self.count():
            return hint
        option = QStyleOptionComboBox()
        self.initStyleOption(option)
        text = QSize(self.fontMetrics().horizontalAdvance(self.itemText(0)), self.fontMetrics().height())
        first = self.style().sizeFromContents(QStyle.ContentsType.CT_ComboBox, option, text, self)
        return QSize(max(hint.width(), first.width()), hint.height())


class VoiceStatus(QLabel):
    """What the voice is doing, in words that wrap: as wide as they want, up to fifty letters or so, and as high as
    they are at that width. (Qt guesses the size of wrapped words as three narrow lines, and a form keeps its row at
    least that high, whatever its width.)"""

    def __init__(self) -> None:
        super().__init__()
        self.setWordWrap(True)

    def sizeHint(self) -> QSize:
        metrics = self.fontMetrics()
        margins = self.contentsMargins()
        words = min(metrics.horizontalAdvance(self.text()) + 1, metrics.averageCharWidth() * 50)
        width = words + 2 * self.margin() + margins.left() + margins.right()
        return QSize(width, self.heightForWidth(width))


def row(*widgets: QWidget) -> QWidget:
    row = QWidget()
    layout = QHBoxLayout(row)
    layout.setContentsMargins(0, 0, 0, 0)
    for widget in widgets:
        layout.addWidget(widget, 1 if isinstance(widget, QSlider) else 0)
    return row


class Columns(QScrollArea):
    """The dialog's groups in two columns side by side, or one under the other where the two don't fit the
    width; as large as they want to be, scrolled up and down when the screen is smaller (larger text on a
    small screen), never sideways."""

    def __init__(self, body: QWidget, columns: QBoxLayout) -> None:
        super().__init__()
        self.body = body
        self.columns = columns
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes through the controls; it follows them
        self.setWidget(body)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

    def side_by_side(self, side_by_side: bool) -> None:
        direction = QBoxLayout.Direction.LeftToRight if side_by_side else QBoxLayout.Direction.TopToBottom
        if self.columns.direction() != direction:
            self.columns.setDirection(direction)

    def width_side_by_side(self) -> int:
        """The width the columns want side by side."""
        parts = [self.columns.itemAt(index) for index in range(self.columns.count())]
        widths = [part.sizeHint().width() for part in parts if part is not None]
        return sum(widths) + self.columns.spacing() * (len(widths) - 1)

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Made narrower or wider by hand, or by the screen: side by side when both columns fit the width at the
        size they want, else one under the other."""
        super().resizeEvent(event)
        room = self.width() - self.verticalScrollBar().sizeHint().width()
        self.side_by_side(self.width_side_by_side() <= room)

    def sizeHint(self) -> QSize:
        """The columns as they stand, and room for the scroll bar."""
        hint = self.body.sizeHint()
        return QSize(hint.width() + self.verticalScrollBar().sizeHint().width(), hint.height())

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        """The height of the columns at `width`: their wrapped words (a note, the voice's) on as few lines as it
        allows, where the size they want guesses more."""
        height = self.body.heightForWidth(width - self.verticalScrollBar().sizeHint().width())
        return height if height >= 0 else self.body.sizeHint().height()

    def minimumSizeHint(self) -> QSize:
        parts = [self.columns.itemAt(index) for index in range(self.columns.count())]
        narrowest = max((part.minimumSize().width() for part in parts if part is not None), default=0)
        return QSize(narrowest + self.verticalScrollBar().sizeHint().width(), 120)
