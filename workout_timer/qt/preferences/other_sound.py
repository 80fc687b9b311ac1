"""The choice of what becomes of other applications' sound during a session, and where each is possible."""

from __future__ import annotations

from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import QComboBox, QLabel, QVBoxLayout, QWidget

from workout_timer import logs
from workout_timer.domain.audio.causes import in_words
from workout_timer.domain.common.language import N_, _
from workout_timer.qt.audio.audio_client import AudioHost
from workout_timer.qt.audio.media_players import media_players_reachable
from workout_timer.qt.common.keyboard import unseen_label
from workout_timer.qt.common.settings import OTHER_SOUND, Settings

LABELS = {
    # Translators: what becomes of other sound (music, videos) while the voice speaks a cue.
    "lower": N_("Lower it while the voice speaks"),
    "pause": N_("Pause music players during the session"),
    "leave": N_("Leave it alone"),
}
# Translators: a choice that this computer cannot have; {choice} is the choice, such as "Lower it while the voice
# speaks".
NOT_HERE = N_("{choice} (not available here)")
NOTES = {
    "lower": N_("Music and videos get quieter for each cue and come back after its last word."),
    "pause": N_("Music players that are playing pause when the session starts and play again when it ends."),
    "leave": N_("The cues are spoken over your music as it is."),
}
NO_LOWERING = N_("Lowering other sound needs a PulseAudio or PipeWire sound server.")
NO_PLAYERS = N_("Pausing music players needs a desktop session bus, which this system does not have.")


class OtherSoundChoice(QWidget):
    """A combo box of OTHER_SOUND, with a line on what the choice does, or why it can't be had here."""

    def __init__(self, settings: Settings, host: AudioHost, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.host = host
        self.combo = QComboBox()
        for value in OTHER_SOUND:
            self.combo.addItem(_(LABELS[value]), value)
        self.note = QLabel()
        self.note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(unseen_label(_("Your music and other sound"), self.combo))  # the group box's title on screen
        layout.addWidget(self.combo)
        layout.addWidget(self.note)
        self._players = media_players_reachable()
        self.combo.setCurrentIndex(self.combo.findData(settings.others))
        self._show_availability()
        self.combo.currentIndexChanged.connect(self._on_chosen)
        host.duckingChecked.connect(self._show_availability)

    def available(self, value: str) -> bool:
        if value == "lower":
            return self.host.ducking_available is not False
        if value == "pause":
            return self._players
        return True

    def _on_chosen(self, index: int) -> None:
        value = str(self.combo.itemData(index))
        self.settings.other_sound = value
        self.host.set_others(value)
        self._show_note()

    def _show_availability(self) -> None:
        model = self.combo.model()
        assert isinstance(model, QStandardItemModel)
        for row, value in enumerate(OTHER_SOUND):
            item = model.item(row)
            usable = self.available(value)
            item.setEnabled(usable)
            item.setText(_(LABELS[value]) if usable else _(NOT_HERE).format(choice=_(LABELS[value])))
        self._show_note()

    def _show_note(self) -> None:
        value = str(self.combo.currentData())
        if value == "lower" and not self.available(value):
            problem = self.host.ducking_problem  # worded in the language shown now, whichever it was found in
            self.note.setText(in_words(problem, logs.where()) if problem else _(NO_LOWERING))
        elif value == "pause" and not self.available(value):
            self.note.setText(_(NO_PLAYERS))
        else:
            self.note.setText(_(NOTES[value]))
