"""The shape shared by the preview and the summary: a page of rich text over a row of two buttons."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QLayout, QLayoutItem, QPushButton, QTextBrowser, QVBoxLayout, QWidget

from workout_timer.qt.common.theme.look import Look


def _large(look: Look) -> str:
    return f"padding: 10px 22px; font-size: {look.pt(13)}; border-radius: 8px;"


def page_style(look: Look) -> str:
    """Large buttons, the main one in the accent colour."""
    return f"QPushButton {{ {_large(look)} }}" + main_button_style(look)


def main_button_style(look: Look) -> str:
    """The main button (`main_button`): large, bold, in the accent colour; a sheet of its own for a main button on a
    screen whose other buttons keep Qt's look (Today), and part of `page_style`.

    A button's edge (its border and the margin around it) is as wide in every state, focused or not: its size is
    worked out in one state and kept in the others, and a wider edge with the focus cut its words short."""
    p = look.palette
    return f"""
QPushButton#mainButton {{ {_large(look)} background: {p.accent}; color: {p.accent_text}; font-weight: bold;
    border: 3px solid {p.accent}; margin: 0; }}
QPushButton#mainButton:focus {{ border-color: {p.accent_text}; }}
QPushButton#mainButton:disabled {{ background: {p.button}; color: {p.disabled_text}; border: 1px solid {p.border};
    margin: 2px; }}
"""


def form_style(look: Look) -> str:
    """The editors: buttons framed, so the many of them read as buttons."""
    p = look.palette
    return (
        page_style(look)
        + f"""
QPushButton {{ border: 1px solid {p.border}; margin: 1px; background: {p.button}; color: {p.button_text}; }}
QPushButton:focus {{ border: 2px solid {p.focus}; margin: 0; }}
QToolButton {{ padding: 5px 12px; font-size: {look.pt(11)}; }}
"""
    )


def main_button(button: QPushButton) -> None:
    """Make `button` its screen's main one: in the accent colour, bold, by `main_button_style` (in `page_style`)."""
    button.setObjectName("mainButton")


def text_page(page: QWidget, text: QTextBrowser, other: QPushButton, main: QPushButton, *extra: QPushButton) -> None:
    """Lay out `page`: `text` filling it, `other` at the bottom left and the highlighted `main` at the
    right, with any `extra` buttons just before it."""
    main_button(main)
    text.setOpenLinks(False)
    buttons = ButtonRows()
    buttons.setContentsMargins(32, 8, 32, 20)
    for button in (other, *extra, main):
        buttons.addWidget(button)
    layout = QVBoxLayout(page)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(text, 1)
    layout.addLayout(buttons)


GAP = 6
"""Between two buttons, side by side or one above the other."""


class ButtonRows(QLayout):
    """A row of buttons, the first at the left and the others at the right, that wraps when it is wider than the
    room: then the first and the last keep the bottom row, and the ones between go to rows above it, at the
    right. Long words (another language, larger text) never make the window wider than the screen."""

    def __init__(self) -> None:
        super().__init__()
        self._items: list[QLayoutItem] = []
        self.setSpacing(GAP)

    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._arrange(QRect(0, 0, width, 0), place=False)

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._arrange(rect, place=True)

    def sizeHint(self) -> QSize:
        """All in one row."""
        shown = self._shown()
        width = sum(item.sizeHint().width() for item in shown) + self._gap() * max(len(shown) - 1, 0)
        return self._with_margins(width, max((item.sizeHint().height() for item in shown), default=0))

    def minimumSize(self) -> QSize:
        """As narrow as the bottom row, or the widest button above it."""
        shown = self._shown()
        bottom = [shown[0], shown[-1]] if len(shown) > 1 else shown
        width = sum(item.sizeHint().width() for item in bottom) + self._gap() * (len(bottom) - 1)
        width = max([width, *(item.sizeHint().width() for item in shown)])
        return self._with_margins(width, max((item.sizeHint().height() for item in shown), default=0))

    def _gap(self) -> int:
        return max(self.spacing(), 0)

    def _with_margins(self, width: int, height: int) -> QSize:
        margins = self.contentsMargins()
        return QSize(width + margins.left() + margins.right(), height + margins.top() + margins.bottom())

    def _shown(self) -> list[QLayoutItem]:
        return [item for item in self._items if not item.isEmpty()]

    def _rows(self, room: int) -> list[list[QLayoutItem]]:
        """The buttons by row, top to bottom: one row if they fit in `room`, else the ones between the first
        and the last packed into rows above theirs."""
        shown = self._shown()
        gap = self._gap()
        if len(shown) <= 2 or sum(item.sizeHint().width() + gap for item in shown) - gap <= room:
            return [shown]
        rows: list[list[QLayoutItem]] = [[]]
        used = 0
        for item in shown[1:-1]:
            width = item.sizeHint().width()
            if rows[-1] and used + gap + width > room:
                rows.append([])
                used = 0
            used += width + (gap if rows[-1] else 0)
            rows[-1].append(item)
        return [*rows, [shown[0], shown[-1]]]

    def _arrange(self, rect: QRect, place: bool) -> int:
        """Place the buttons in `rect` (if `place`), and how high they stand, margins included."""
        margins = self.contentsMargins()
        inner = rect.adjusted(margins.left(), margins.top(), -margins.right(), -margins.bottom())
        gap = self._gap()
        y = inner.top()
        for row in self._rows(inner.width()):
            if not row:
                continue
            height = max(item.sizeHint().height() for item in row)
            right = inner.right() + 1
            for item in reversed(row[1:] if self._is_bottom(row) else row):
                size = item.sizeHint()
                right -= size.width()
                if place:
                    item.setGeometry(QRect(QPoint(right, y + (height - size.height()) // 2), size))
                right -= gap
            if self._is_bottom(row) and place:
                size = row[0].sizeHint()
                row[0].setGeometry(QRect(QPoint(inner.left(), y + (height - size.height()) // 2), size))
            y += height + gap
        return y - gap - rect.top() + margins.bottom() if y > inner.top() else margins.top() + margins.bottom()

    def _is_bottom(self, row: list[QLayoutItem]) -> bool:
        """The row with the first button, at the left."""
        shown = self._shown()
        return bool(shown) and row[0] is shown[0]
