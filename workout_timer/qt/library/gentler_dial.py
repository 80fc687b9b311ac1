"""The gentler-today dial above the preview: normal, gentler or gentlest, for the session about to start."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QLabel, QPushButton, QWidget

from workout_timer.domain.care.gentler import Dial
from workout_timer.domain.common.language import _
from workout_timer.qt.common.keyboard import OneTabStop
from workout_timer.qt.common.theme.look import Look, styled


def dial_style(look: Look) -> str:
    """Framed choices, the chosen one in the colours turned round (filled with the text's colour): it stands out
    in every palette by as much as the words on a button do, not by a hue."""
    p = look.palette
    return f"""
QPushButton {{ border: 1px solid {p.border}; background: {p.button}; color: {p.button_text}; padding: 6px 16px; }}
QPushButton:checked {{ background: {p.button_text}; color: {p.button}; }}
"""


class GentlerDial(QWidget):
    """A choice of how gentle today's session is (three buttons, one down at a time: one stop in the Tab order,
    the arrows move the choice, a screen reader hears the chosen one as checked), and a line saying what the
    choice does (`gentler` decides).

    Signals:
        changed(object): the `Dial` chosen now.
    """

    changed = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        self.buttons: dict[Dial, QPushButton] = {}
        layout = QHBoxLayout(self)
        layout.setContentsMargins(32, 0, 32, 0)
        # Translators: before the gentler dial's three choices: how hard today's session is.
        layout.addWidget(QLabel(_("Today:")))
        for dial in Dial:
            button = QPushButton(_(dial.label))
            button.setCheckable(True)
            button.setToolTip(
                # Translators: {key} is the key that moves the choice on, "G".
                _("{key}: how hard today's session is, for today only; the routine itself stays as it is").format(
                    key="G"
                )
            )
            self.group.addButton(button)
            self.buttons[dial] = button
            layout.addWidget(button)
        self.buttons[Dial.NORMAL].setChecked(True)
        OneTabStop(self.group)  # one stop in the Tab order; the arrows go from choice to choice
        self.explanation = QLabel()
        self.explanation.setWordWrap(True)
        self.explanation.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.explanation, 1)
        self.group.buttonToggled.connect(self._on_toggled)
        styled(self, dial_style)

    def dial(self) -> Dial:
        return next(dial for dial, button in self.buttons.items() if button.isChecked())

    def choose(self, dial: Dial) -> None:
        """Set the choice (a programme's week starts its preview at the week's dose)."""
        self.buttons[dial].setChecked(True)

    def cycle(self) -> None:
        """On to the next choice, from gentlest back to normal (the G key)."""
        dials = list(Dial)
        self.buttons[dials[(dials.index(self.dial()) + 1) % len(dials)]].setChecked(True)

    def _on_toggled(self, _button: QPushButton, checked: bool) -> None:
        if checked:
            dial = self.dial()
            self.explanation.setText(dial.explanation)
            self.changed.emit(dial)
