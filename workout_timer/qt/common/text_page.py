"""The shape shared by the preview and the summary: a page of rich text over a row of two buttons."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QPushButton, QTextBrowser, QVBoxLayout, QWidget

from workout_timer.qt.common.theme import ACCENT

STYLE = f"""
QPushButton {{ padding: 10px 22px; font-size: 13pt; border-radius: 8px; }}
QPushButton#mainButton {{ background: {ACCENT}; color: white; font-weight: bold; border: none; }}
QPushButton#mainButton:disabled {{ background: palette(mid); }}
"""

FORM_STYLE = (  # the editors: buttons framed, so the many of them read as buttons
    STYLE
    + """
QPushButton { border: 1px solid palette(mid); background: palette(button); }
QPushButton#mainButton { border: none; }
QPushButton:focus { border: 2px solid palette(highlight); }
QToolButton { padding: 5px 12px; font-size: 11pt; }
"""
)


def text_page(page: QWidget, text: QTextBrowser, other: QPushButton, main: QPushButton, *extra: QPushButton) -> None:
    """Lay out `page`: `text` filling it, `other` at the bottom left and the highlighted `main` at the
    right, with any `extra` buttons just before it."""
    main.setObjectName("mainButton")
    text.setOpenLinks(False)
    buttons = QHBoxLayout()
    buttons.setContentsMargins(32, 8, 32, 20)
    buttons.addWidget(other)
    buttons.addStretch(1)
    for button in extra:
        buttons.addWidget(button)
    buttons.addWidget(main)
    layout = QVBoxLayout(page)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(text, 1)
    layout.addLayout(buttons)
