"""What a keyboard reaches on a screen, and what each control is called by a screen reader."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QScrollBar,
    QTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

CONTROLS = (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QScrollBar,
    QTextEdit,
)
"""Widgets a user acts on, or reads by moving through them."""


def accessible_name(widget: QWidget) -> str:
    """The name a screen reader reads for `widget`, from Qt's accessibility interface."""
    interface = QAccessible.queryAccessibleInterface(widget)
    assert interface is not None
    return interface.text(QAccessible.Text.Name)


def heard_name(widget: QWidget) -> str:
    """The name a screen reader says for a field: its label's (the widget Qt says labels it), else its own. On
    Linux Qt names a combo box by the value it shows and gives its label that way, as Orca reads it."""
    interface = QAccessible.queryAccessibleInterface(widget)
    assert interface is not None
    for other, relation in interface.relations(QAccessible.RelationFlag.Label):
        if relation & QAccessible.RelationFlag.Label and other.text(QAccessible.Text.Name):
            return other.text(QAccessible.Text.Name)
    return interface.text(QAccessible.Text.Name)


def tab_stops(qtbot: QtBot, root: QWidget, limit: int = 120) -> list[QWidget]:
    """The widgets Tab reaches inside `root`, from the focus, once round: real Tab presses (a date's
    fields take a Tab each before the focus moves on)."""
    first = QApplication.focusWidget()
    assert first is not None
    seen: list[QWidget] = [first]
    for _ in range(limit):
        focus = QApplication.focusWidget()
        assert focus is not None
        qtbot.keyClick(focus, Qt.Key.Key_Tab)
        focus = QApplication.focusWidget()
        assert focus is not None
        if focus is first and len(seen) > 1:
            break
        if focus not in seen and (root is focus or root.isAncestorOf(focus)):
            seen.append(focus)
    return seen


def reached(stops: list[QWidget]) -> set[QWidget]:
    """The controls a keyboard reaches from `stops`: each stop, and the other choices of an exclusive group
    whose stop it is (the arrows go along them, as along radio buttons)."""
    found = set(stops)
    for widget in stops:
        group = widget.group() if isinstance(widget, QAbstractButton) else None
        if group is not None and group.exclusive():
            found.update(group.buttons())
    return found


def controls(root: QWidget) -> list[QWidget]:
    """The controls shown and enabled inside `root` (a combo box's own line edit and views belong to it)."""
    found = []
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, CONTROLS) or isinstance(widget, QScrollBar) or not widget.isVisible():
            continue
        if not widget.isEnabled() or _inside_a_control(widget, root):
            continue
        if isinstance(widget, QTextEdit) and widget.isReadOnly() and widget.focusPolicy() == Qt.FocusPolicy.NoFocus:
            continue
        found.append(widget)
    return found


def _inside_a_control(widget: QWidget, root: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None and parent is not root:
        if isinstance(parent, (QComboBox, QAbstractSpinBox, QAbstractItemView)) or type(parent).__name__ in (
            "QCalendarWidget",
        ):
            return True
        parent = parent.parentWidget()
    return False


def describe(widget: QWidget) -> str:
    text = widget.text() if isinstance(widget, QAbstractButton) else ""
    return f"{type(widget).__name__}({widget.objectName() or text!r})"
