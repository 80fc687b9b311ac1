"""The loader's messages shown under the fields they are about, in one colour everywhere."""

from __future__ import annotations

from PySide6.QtGui import QColor
from PySide6.QtWidgets import QLabel

ERROR_COLOUR = QColor("#b3261e")


def error_label() -> QLabel:
    """A line under a field for the loader's message about it; hidden while there is none."""
    label = QLabel()
    label.setWordWrap(True)
    label.setStyleSheet(f"color: {ERROR_COLOUR.name()};")
    label.hide()
    return label


def show_messages(label: QLabel, messages: tuple[str, ...]) -> None:
    label.setText("\n".join(messages))
    label.setVisible(bool(messages))
