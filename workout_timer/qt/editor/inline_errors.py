"""The loader's messages shown under the fields they are about, in one colour everywhere, and the
fields they are about marked: a border in that colour, and the message as the field's accessible
description, so a screen reader tells what is wrong when it reaches the field."""

from __future__ import annotations

from PySide6.QtGui import QColor
from PySide6.QtWidgets import QLabel, QWidget

from workout_timer.domain.common.language import _
from workout_timer.qt.common.theme.look import look, styled


def error_colour() -> QColor:
    """The colour of a problem in the look in use."""
    return QColor(look().palette.problem)


def error_label() -> QLabel:
    """A line under a field for the loader's message about it; hidden while there is none."""
    label = QLabel()
    label.setWordWrap(True)
    styled(label, lambda look: f"color: {look.palette.problem};")
    label.hide()
    return label


def show_messages(label: QLabel, messages: tuple[str, ...], field: QWidget | None = None) -> None:
    """Show `messages` in `label` (hidden when there are none), and mark `field` invalid while there are."""
    label.setText("\n".join(messages))
    label.setVisible(bool(messages))
    if field is not None:
        mark_invalid(field, messages)


def mark_invalid(field: QWidget, messages: tuple[str, ...]) -> None:
    """Mark `field` invalid while there are `messages` about it, and clear the mark when there are none."""
    if bool(field.property("invalid")) == bool(messages) and (
        not messages or field.accessibleDescription() == _described(messages)
    ):
        return
    field.setProperty("invalid", bool(messages))
    field.setAccessibleDescription(_described(messages) if messages else "")
    field.setStyleSheet(
        f"{field.metaObject().className()} {{ border: 2px solid {look().palette.problem}; }}" if messages else ""
    )


def _described(messages: tuple[str, ...]) -> str:
    return _("Not valid: {problems}").format(problems=" ".join(messages))
