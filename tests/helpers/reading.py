"""What a screen reader gets of a widget, through Qt's accessibility interface (the one AT-SPI reads)."""

from __future__ import annotations

from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QWidget


def described(widget: QWidget) -> tuple[str, str]:
    """The widget's name and description as a screen reader gets them."""
    face = QAccessible.queryAccessibleInterface(widget)
    assert face is not None
    return face.text(QAccessible.Text.Name), face.text(QAccessible.Text.Description)
