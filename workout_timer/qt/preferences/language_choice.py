"""The language setting in the preferences: the system's language or one the app speaks, and whether the
cues may be spoken in English when no voice speaks the chosen language.

Both are written to the settings as they change, and put into effect at once: the window follows the
setting (`shell.language.switch`) and every open screen, this one included, re-reads its words.
"""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QComboBox, QVBoxLayout, QWidget

from workout_timer.domain.common.language import _
from workout_timer.qt.common.app_language import language_names
from workout_timer.qt.common.keyboard import unseen_label
from workout_timer.qt.common.settings import Settings


class LanguageChoice(QWidget):
    """A combo box of languages and the English-speech box, both written to `Settings` as they change."""

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.combo = QComboBox()
        self.combo.addItem(_("The system's language"), "")
        for code, name in language_names():
            self.combo.addItem(name, code)  # each in its own words: found whatever the language in use
        found = self.combo.findData(settings.language)
        self.combo.setCurrentIndex(max(found, 0))
        self.english = QCheckBox(_("Cues in English if no voice speaks it"))
        self.english.setToolTip(
            _("When no voice on this computer speaks the language, the cues are shown on screen, or said in English.")
        )
        self.english.setChecked(settings.english_speech)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(unseen_label(_("Language"), self.combo))  # the group box around it says so on screen
        for widget in (self.combo, self.english):
            column.addWidget(widget)
        self.combo.currentIndexChanged.connect(self._on_chosen)
        self.english.toggled.connect(self._on_english_toggled)

    def _on_chosen(self, index: int) -> None:
        self.settings.language = str(self.combo.itemData(index) or "")

    def _on_english_toggled(self, on: bool) -> None:
        self.settings.english_speech = on
