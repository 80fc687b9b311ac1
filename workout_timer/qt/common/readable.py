"""What a screen reader gets from the widgets the app paints itself, and the announcements it hears.

A painted widget has no text a screen reader could find; a `Readable` one says what it shows through
Qt's accessibility API. Its `reading()` is worked out from the very state it paints (one owner: there
is no second copy to fall behind), and it calls `tell_changed` when that state changes. What the
widget is ("Time left", "Exercise") is its accessible description, set by whoever places it.
"""

from __future__ import annotations

from typing import NamedTuple

from PySide6.QtCore import QObject
from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent, QAccessibleEvent, QAccessibleInterface
from PySide6.QtWidgets import QAccessibleWidget, QApplication, QWidget


class Reading(NamedTuple):
    """What a screen reader reads of a widget: its role and its words."""

    role: QAccessible.Role
    name: str
    leaf: bool = True
    """Its own words say it all: its children (the parts it is painted from) are not read again."""


class Readable:
    """A widget that paints its content itself and says it to screen readers (mix in after QWidget)."""

    def reading(self) -> Reading:
        raise NotImplementedError


class _ReadableInterface(QAccessibleWidget):
    """The accessible interface of a `Readable` widget: its role and name come from `reading()`."""

    def __init__(self, widget: QWidget) -> None:
        super().__init__(widget, _reading(widget).role, "")

    def role(self) -> QAccessible.Role:
        return _reading(self.widget()).role

    def text(self, kind: QAccessible.Text) -> str:
        widget = self.widget()
        if kind is QAccessible.Text.Name:
            return widget.accessibleName() or _reading(widget).name
        return super().text(kind)

    def state(self) -> QAccessible.State:
        state = super().state()
        if not self.text(QAccessible.Text.Name):
            state.invisible = True  # nothing painted, nothing to read
        return state

    def childCount(self) -> int:
        return 0 if _reading(self.widget()).leaf else super().childCount()


class OwnWindow:
    """A plain widget made a window of its own (mix in after QWidget): a screen reader hears it as a window with
    its title, as it hears the main window and the dialogs, where Qt gives it a nameless pane's role ("filler")."""


class _WindowInterface(QAccessibleWidget):
    def __init__(self, widget: QWidget) -> None:
        super().__init__(widget, QAccessible.Role.Window, "")


def _reading(widget: QWidget) -> Reading:
    assert isinstance(widget, Readable)
    return widget.reading()


def _factory(_key: str, target: QObject) -> QAccessibleInterface | None:
    if isinstance(target, Readable) and isinstance(target, QWidget):
        return _ReadableInterface(target)
    if isinstance(target, OwnWindow) and isinstance(target, QWidget) and target.isWindow():
        return _WindowInterface(target)
    return None


_installed = False


def install_readable() -> None:
    """Let screen readers read `Readable` widgets and `OwnWindow`s (once per run; each such widget calls it)."""
    global _installed
    if not _installed:
        QAccessible.installFactory(_factory)
        _installed = True


def tell_changed(widget: QWidget) -> None:
    """The widget's words changed: a listening screen reader hears of it (nothing to do with none)."""
    if QAccessible.isActive() and not _inside_leaf(widget):
        QAccessible.updateAccessibility(QAccessibleEvent(widget, QAccessible.Event.NameChanged))


def _inside_leaf(widget: QWidget) -> bool:
    """Part of a `Readable` whose own words say it all: the whole tells the change, not its parts."""
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, Readable) and parent.reading().leaf:
            return True
        parent = parent.parentWidget()
    return False


def reader_listening() -> bool:
    """A screen reader (or another assistive technology) is listening to the app."""
    return QAccessible.isActive()


def announce(text: str) -> bool:
    """Ask a listening screen reader to say `text` politely, after what it is saying; False when none
    listens (then nothing is said). It comes from the widget with the keyboard's focus, else the
    active window: what the runner is on."""
    speaker = QApplication.focusWidget() or QApplication.activeWindow() or _shown_window()
    if not text or speaker is None or not QAccessible.isActive():
        return False
    event = QAccessibleAnnouncementEvent(speaker, text)
    event.setPoliteness(QAccessible.AnnouncementPoliteness.Polite)
    QAccessible.updateAccessibility(event)
    return True


def _shown_window() -> QWidget | None:
    return next((widget for widget in QApplication.topLevelWidgets() if widget.isVisible()), None)
