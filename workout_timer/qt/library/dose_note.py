"""Above the preview: which exercises run at a dose of their own today, and why, with the choice of taking the
routine as written instead (`exercise_plan` says what changed; this only shows it and forwards the choice)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QCheckBox, QLabel, QVBoxLayout, QWidget

from workout_timer.domain.care.exercise_plan import Change
from workout_timer.domain.common.control_names import plain_name
from workout_timer.domain.common.language import _


class DoseNote(QWidget):
    """The changes of dose, one a line, and "Take the routine as written today" (W); hidden when nothing changed.

    Signals:
        changed(bool): whether the routine is taken as written now.
    """

    changed = Signal(bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 4, 32, 4)
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.PlainText)
        # Translators: a tick box; {key} is its key, "W".
        self.as_written = QCheckBox(_("Take the routine as written today  ({key})").format(key="W"))
        self.as_written.setAccessibleName(plain_name(self.as_written.text()))
        self.as_written.setAccessibleDescription(_("Key: {keys}").format(keys="W"))
        self.as_written.setToolTip(_("Your own doses come back next time"))
        layout.addWidget(self.text)
        layout.addWidget(self.as_written)
        self.as_written.toggled.connect(self.changed.emit)
        self.hide()

    def show_changes(self, changes: Sequence[Change]) -> None:
        """Show `changes` (none: hidden, and the routine is not taken as written)."""
        if not changes:
            self.as_written.setChecked(False)
            self.hide()
            return
        lines = [f"{change}." for change in changes]
        # Translators: above a list of today's changes of dose, one a line.
        self.text.setText(_("Your doses today, from your last sessions:") + "\n" + "\n".join(lines))
        self.show()

    def taken_as_written(self) -> bool:
        return not self.isHidden() and self.as_written.isChecked()

    def toggle(self) -> None:
        """The W key: as written, or back to the doses of your own."""
        if not self.isHidden():
            self.as_written.toggle()
