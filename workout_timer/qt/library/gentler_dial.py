"""The gentler-today dial above the preview: as written, gentler or gentlest, for the session about to start."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QWidget

from workout_timer.domain.care.gentler import Dial


class GentlerDial(QWidget):
    """A choice of how gentle today's session is, and a line saying what the choice does (`gentler` decides).

    Signals:
        changed(object): the `Dial` chosen now.
    """

    changed = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.combo = QComboBox()
        self.combo.setObjectName("gentlerDial")
        for dial in Dial:
            self.combo.addItem(dial.label, dial.value)
        self.combo.setToolTip("G: how hard today's session is, for today only; the routine itself stays as it is")
        label = QLabel("&Today:")
        label.setBuddy(self.combo)
        self.explanation = QLabel()
        self.explanation.setWordWrap(True)
        self.explanation.setTextFormat(Qt.TextFormat.PlainText)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(32, 0, 32, 0)
        layout.addWidget(label)
        layout.addWidget(self.combo)
        layout.addWidget(self.explanation, 1)
        self.combo.currentIndexChanged.connect(self._on_index_changed)

    def dial(self) -> Dial:
        return Dial(self.combo.currentData())

    def cycle(self) -> None:
        """On to the next choice, from gentlest back to as written (the G key)."""
        self.combo.setCurrentIndex((self.combo.currentIndex() + 1) % self.combo.count())

    def _on_index_changed(self) -> None:
        dial = self.dial()
        self.explanation.setText(dial.explanation)
        self.changed.emit(dial)
