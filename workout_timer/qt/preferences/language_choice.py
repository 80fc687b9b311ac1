"""The language setting in the preferences: the system's language or one the app speaks, and whether the
cues may be spoken in English when no voice speaks the chosen language.

Both are used from the next start, and the choice says so at once: the screens do not yet re-read their
text while they are open, and the voice is chosen once, when the audio host starts.
"""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QComboBox, QLabel, QVBoxLayout, QWidget

from workout_timer.domain.common import language
from workout_timer.domain.common.language import _
from workout_timer.qt.common.app_language import language_names, system_locale
from workout_timer.qt.common.keyboard import unseen_label
from workout_timer.qt.common.settings import Settings


class LanguageChoice(QWidget):
    """A combo box of languages and the English-speech box, both written to `Settings` as they change."""

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.in_use = language.current()
        """The language the app speaks now, chosen at start."""
        self.english_at_start = settings.english_speech
        """Whether English speech was allowed when the audio host started: it asks once, at its start."""
        self.combo = QComboBox()
        self.combo.addItem(_("The system's language"), "")
        for code, name in language_names():
            self.combo.addItem(name, code)
        found = self.combo.findData(settings.language)
        self.combo.setCurrentIndex(max(found, 0))
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.english = QCheckBox(_("Cues in English if no voice speaks it"))
        self.english.setToolTip(
            _("When no voice on this computer speaks the language, the cues are shown on screen, or said in English.")
        )
        self.english.setChecked(settings.english_speech)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(unseen_label(_("Language"), self.combo))  # the group box around it says so on screen
        for widget in (self.combo, self.note, self.english):
            column.addWidget(widget)
        self._show_note()
        self.combo.currentIndexChanged.connect(self._on_chosen)
        self.english.toggled.connect(self._on_english_toggled)

    def _on_chosen(self, index: int) -> None:
        self.settings.language = str(self.combo.itemData(index) or "")
        self._show_note()

    def _on_english_toggled(self, on: bool) -> None:
        self.settings.english_speech = on
        self._show_note()

    def _show_note(self) -> None:
        """Says when the choices will be used, if that is not now."""
        wanted = language.split(language.choose(self.settings.language, system_locale()))[0]
        later = wanted != self.in_use or self.settings.english_speech != self.english_at_start
        self.note.setText(_("This takes effect when workout-timer next starts.") if later else "")
        self.note.setVisible(later)
