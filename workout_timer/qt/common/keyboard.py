"""Keyboard alone, and controls that say what they are: the pieces every screen shares.

- `PlainButton`: a push button whose accessible name is its words without glyphs ("Start", not
  "black right-pointing triangle Start (Enter)"), following its text as it changes, and that Enter
  presses as Space does when it has the focus.
- `FreshKeys`: Enter and Space on a screen's buttons count only when pressed for that screen (the
  screen's `FreshInput`), as the screen's own keys do.
- `KeyedButtons`: buttons on a screen driven by single keys (the player): Tab moves into them, Space
  and Enter press the one with the focus, and every other key keeps its meaning for the screen.
- `label_field`: a label bound to the field itself, and the field named by it.
- `OneTabStop`: a group of choices as one stop in the Tab order, the arrows going along it.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractButton, QApplication, QButtonGroup, QLabel, QPushButton, QWidget

from workout_timer.domain.common.control_names import key_hint, plain_name
from workout_timer.domain.common.language import _
from workout_timer.domain.session.fresh_input import FreshInput

PRESS_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space)
"""The keys that press the button with the focus."""
_MOVING_KEYS = (Qt.Key.Key_Tab, Qt.Key.Key_Backtab)


class PlainButton(QPushButton):
    """A push button named by its words. `name`, when given, is its name whatever it shows (for a
    button that shows only a sign, such as "?"); a key named in brackets on it becomes its description."""

    def __init__(self, text: str = "", parent: QWidget | None = None, name: str = "") -> None:
        super().__init__(parent)
        self._name = name
        self._what = ""
        self.setAutoDefault(True)  # Enter presses it when it has the focus, as Space does
        self.setText(text)

    def setText(self, text: str) -> None:
        super().setText(text)
        self.setAccessibleName(self._name or plain_name(text))
        hint = key_hint(text)
        key = _("Key: {key}").format(key=hint) if hint else ""
        self.setAccessibleDescription(" ".join(words for words in (self._what, key) if words))

    def say_what(self, words: str) -> None:
        """What pressing it does, said before its key: a screen reader on a screen's main button hears what it starts
        ("Start" - "Today: Gentle back care. Key: Enter"), where the screen's title is a label no focus reaches."""
        self._what = words
        self.setText(self.text())


def label_field(label: QLabel | str, field: QWidget, name: str = "") -> QLabel:
    """Bind `label` to `field` itself (its mnemonic focuses the field) and name the field by it (or by
    `name`), so a screen reader reads the field's name, not a nameless box inside a wrapper. A `name` is the label's
    to a screen reader too, which hears a field by its label: two "Volume" labels, one in each group, are heard as
    "Voice volume" and "Tones volume"."""
    if isinstance(label, str):
        label = QLabel(label)
    label.setBuddy(field)
    field.setAccessibleName(name or plain_name(label.text()).rstrip(":"))
    if name:
        label.setAccessibleName(name)
    return label


def unseen_label(name: str, field: QWidget) -> QLabel:
    """A hidden label bound to `field`, naming it `name` for screen readers, to be laid out beside it (in the same
    widget): where a visible label would be clutter, or stands elsewhere (a form's label bound to a field in a
    holder). On Linux a screen reader hears a choice (a combo box) by its label, found only among the widgets
    beside it: Qt gives the choice's own name as the value it shows, whatever its accessible name says."""
    label = QLabel(name)
    label.setBuddy(field)
    label.hide()  # it takes no room
    field.setAccessibleName(name)
    return label


_ARROWS = (Qt.Key.Key_Left, Qt.Key.Key_Right, Qt.Key.Key_Up, Qt.Key.Key_Down)


class FreshKeys(QObject):
    """Enter, Space and the arrows on `buttons` pass only when `fresh` takes them as pressed for this
    screen: an arrow still pressed from the screen before must not move the focus to another button
    that the next Enter would press. `keys` are the keys guarded, when not those: only keys the buttons
    keep for themselves, since a key passed on to the screen is checked there once more."""

    def __init__(
        self, fresh: FreshInput, *buttons: QAbstractButton, keys: tuple[Qt.Key, ...] = PRESS_KEYS + _ARROWS
    ) -> None:
        super().__init__(buttons[0])
        self._fresh = fresh
        self._keys = keys
        for button in buttons:
            button.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if isinstance(event, QKeyEvent) and event.key() in self._keys:
            if event.type() == QEvent.Type.KeyRelease:
                self._fresh.released(event.key(), event.timestamp())
            elif event.type() == QEvent.Type.KeyPress:
                return not self._fresh.accepts(event.isAutoRepeat(), event.key(), event.timestamp())
        return super().eventFilter(watched, event)


class KeyedButtons(QObject):
    """Puts `buttons` in the Tab order of `screen`, a screen that answers single keys.

    The buttons take the focus by Tab only (a click leaves it where it was). With the focus on one,
    Space or Enter presses it; Tab and Shift+Tab move on; every other key goes to `screen`, so its
    shortcuts (arrows, letters, Esc) mean what they always mean. While `pressing` says no (the screen
    asks a question answered with Enter and Esc), Space and Enter go to the screen too."""

    def __init__(self, screen: QWidget, *buttons: QAbstractButton, pressing: Callable[[], bool] = lambda: True) -> None:
        super().__init__(screen)
        self._screen = screen
        self._pressing = pressing
        """Whether Space and Enter press the button now: not while the screen asks a question of its own."""
        for button in buttons:
            self.add(button)

    def add(self, button: QAbstractButton) -> None:
        button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        button.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not isinstance(event, QKeyEvent) or not isinstance(watched, QAbstractButton):
            return super().eventFilter(watched, event)
        if event.key() in _MOVING_KEYS:
            return False
        if event.key() in PRESS_KEYS and self._pressing():
            if event.type() == QEvent.Type.KeyPress and not event.isAutoRepeat():
                watched.click()
            return True
        if event.type() in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(self._screen, event)
            return True
        return False


_BEFORE = (Qt.Key.Key_Left, Qt.Key.Key_Up)
_AFTER = (Qt.Key.Key_Right, Qt.Key.Key_Down)


class OneTabStop(QObject):
    """An exclusive group of checkable buttons as one stop in the Tab order, as radio buttons are: Tab
    reaches the chosen one (or the first), the arrows choose the one before or after and take the
    focus with them, Space chooses the one with the focus."""

    def __init__(self, group: QButtonGroup) -> None:
        super().__init__(group)
        self._group = group
        for button in group.buttons():
            button.installEventFilter(self)
        group.idToggled.connect(self._follow)
        self._follow()

    def stop(self) -> QAbstractButton:
        """The button that Tab reaches: the chosen one, else the first."""
        return self._group.checkedButton() or self._group.buttons()[0]

    def _follow(self, *_: object) -> None:
        stop = self.stop()
        focused = QApplication.focusWidget() in self._group.buttons()
        for button in self._group.buttons():
            button.setFocusPolicy(Qt.FocusPolicy.StrongFocus if button is stop else Qt.FocusPolicy.NoFocus)
        if focused and not stop.hasFocus():
            stop.setFocus(Qt.FocusReason.OtherFocusReason)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if isinstance(event, QKeyEvent) and event.type() == QEvent.Type.KeyPress and event.key() in _BEFORE + _AFTER:
            buttons = self._group.buttons()
            if watched in buttons:
                step = 1 if event.key() in _AFTER else -1
                index = buttons.index(watched) + step
                if 0 <= index < len(buttons):
                    buttons[index].click()
                    buttons[index].setFocus(Qt.FocusReason.TabFocusReason)
                return True
        return super().eventFilter(watched, event)
