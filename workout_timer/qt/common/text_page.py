"""The shape shared by the preview and the summary: a page of rich text over a row of two buttons."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QPushButton, QTextBrowser, QVBoxLayout, QWidget

from workout_timer.qt.common.theme.look import Look


def page_style(look: Look) -> str:
    """Large buttons, the main one in the accent colour.

    A button's edge (its border and the margin around it) is as wide in every state, focused or not: its size is
    worked out in one state and kept in the others, and a wider edge with the focus cut its words short."""
    p = look.palette
    return f"""
QPushButton {{ padding: 10px 22px; font-size: {look.pt(13)}; border-radius: 8px; }}
QPushButton#mainButton {{ background: {p.accent}; color: {p.accent_text}; font-weight: bold;
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
