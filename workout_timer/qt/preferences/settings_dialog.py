"""Sound, voice and language settings: the voice, its speed, pitch and volume, the tones, which cues to
hear, what becomes of the music or podcast playing beside the app, the language the app speaks, and the
app's look (`appearance`).

Every change is saved and heard at once; "Test voice" and "Test tones" let the user judge it.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Qt, QTimer
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QBoxLayout,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLayout,
    QPushButton,
    QSizePolicy,
    QSlider,
    QVBoxLayout,
    QWidget,
)

from workout_timer.domain.audio.voices import voice_label, voice_words
from workout_timer.domain.common import language
from workout_timer.domain.common.language import N_, _, pgettext, spoken
from workout_timer.domain.common.plurals import counted
from workout_timer.domain.routines.cue_groups import CueGroup
from workout_timer.qt.audio.audio_client import AudioHost
from workout_timer.qt.common.keyboard import label_field
from workout_timer.qt.common.settings import Settings
from workout_timer.qt.common.theme.look import Look, follow
from workout_timer.qt.preferences.appearance import AppearanceChoice
from workout_timer.qt.preferences.dialog_parts import Columns, VoiceBox, VoiceStatus, row
from workout_timer.qt.preferences.language_choice import LanguageChoice
from workout_timer.qt.preferences.other_sound import OtherSoundChoice

AUTOMATIC = N_("Automatic: a voice of your language and region")
PREPARE_CHOICES = (-1.0, 0.0, 5.0, 10.0, 15.0, 20.0, 30.0)
"""The choices of time to get ready before the first exercise, in seconds: -1 is as the routine says."""
# Translators: what the voice says when the runner tries it; a plank is "Unterarmstütz" in German.
TEST_SENTENCE = N_("This is how your cues will sound. Plank, thirty seconds.")


def prepare_label(seconds: float) -> str:
    """A choice of time to get ready, as the box shows it: "As the routine says", "None", "5 seconds"."""
    if seconds < 0:
        # Translators: a choice of time to get ready: the routine file's own.
        return _("As the routine says")
    if seconds == 0:
        # Translators: a choice of time to get ready: no time at all.
        return pgettext("no time to get ready", "None")
    return counted(seconds, "second", "seconds")


class SettingsDialog(QDialog):
    """Edits the sound settings in place. No signals: changes go to `Settings`, which tells whoever follows
    them, and the voice and tones are tried and set through the audio host."""

    def __init__(self, settings: Settings, host: AudioHost, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setModal(True)  # changes apply at once; a session starts once it is closed
        self.settings = settings
        self.host = host
        self.shown_in = language.current()
        """The language the dialog's words were built in."""
        self._layout = QVBoxLayout(self)
        self._relayout = QTimer(self)
        self._relayout.setSingleShot(True)
        self._relayout.setInterval(0)
        self._relayout.timeout.connect(self._lay_out_again)
        follow(self, self._on_look)
        self._build()
        host.voicesReady.connect(self._on_voices_ready)
        host.voiceFailed.connect(self._on_voices_ready)
        host.voiceChanged.connect(self._on_voices_ready)  # the voice chosen is in use: its words follow
        settings.mutedChanged.connect(self._on_muted_changed)

    def _build(self) -> None:
        """Every group and control, in the language in use, showing the settings as they are."""
        settings, host = self.settings, self.host
        self.setWindowTitle(_("Sound, voice and language"))
        self.voice = VoiceBox()
        self.voice_status = VoiceStatus()
        self.rate = self._slider(-10, 10, round(settings.rate * 10))
        self.pitch = self._slider(-10, 10, round(settings.pitch * 10))
        self.volume = self._slider(0, 100, round(settings.speech_volume * 100))
        self.test_voice = QPushButton(_("Test voice"))
        self.tone_volume = self._slider(0, 100, round(settings.tone_volume * 100))
        self.test_tones = QPushButton(_("Test tones"))
        # Translators: a tick box; {key} is the key that turns the sound off during a session, "M".
        self.muted = QCheckBox(_("Sound off ({key} during a session)").format(key="M"))
        self.muted.setChecked(settings.muted)
        self.reader_speaks_cues = QCheckBox(_("Let my screen reader speak the cues"))
        self.reader_speaks_cues.setToolTip(
            _(
                "While a screen reader is running, it says the cues and this app's voice stays quiet. "
                "The tones still play."
            )
        )
        self.reader_speaks_cues.setChecked(settings.reader_speaks_cues)
        self.prepare = QComboBox()
        for seconds in PREPARE_CHOICES:
            self.prepare.addItem(prepare_label(seconds), seconds)
        known = self.prepare.findData(settings.prepare)
        if known < 0:
            self.prepare.addItem(counted(settings.prepare, "second", "seconds"), settings.prepare)
        self.prepare.setCurrentIndex(known if known >= 0 else self.prepare.count() - 1)
        self.others = OtherSoundChoice(settings, host)
        self.language = LanguageChoice(settings)
        self.cues = {group: QCheckBox(group.label) for group in CueGroup}
        choices = settings.cue_choices
        for group, box in self.cues.items():
            box.setChecked(choices.wants(group))

        # Translators: the heading over the voice's settings.
        voice_box = QGroupBox(_("Voice"))
        voice_form = QFormLayout(voice_box)
        # Translators: the label of the box that chooses a voice.
        voice_form.addRow(label_field(pgettext("the voice to choose", "Voice"), self.voice), self.voice)
        voice_form.addRow("", self.voice_status)
        # Translators: the voice's speed, from slower to faster.
        speed = label_field(_("Speed"), self.rate)
        voice_form.addRow(speed, row(QLabel(_("slower")), self.rate, QLabel(_("faster"))))
        # Translators: the voice's pitch, from lower to higher.
        pitch = label_field(_("Pitch"), self.pitch)
        voice_form.addRow(pitch, row(QLabel(pgettext("a voice's pitch", "lower")), self.pitch, QLabel(_("higher"))))
        voice_form.addRow(label_field(_("Volume"), self.volume, _("Voice volume")), self.volume)
        voice_form.addRow("", self.test_voice)
        voice_form.addRow("", self.reader_speaks_cues)
        # Translators: the heading over the settings of the beeps and tones.
        tones_box = QGroupBox(_("Tones"))
        tones_form = QFormLayout(tones_box)
        tones_volume = label_field(_("Volume"), self.tone_volume, _("Tones volume"))
        tones_form.addRow(tones_volume, row(self.tone_volume, self.test_tones))
        tones_form.addRow("", self.muted)
        language_box = QGroupBox(_("Language"))
        QVBoxLayout(language_box).addWidget(self.language)
        others_box = QGroupBox(_("Your music and other sound"))
        others_column = QVBoxLayout(others_box)
        others_column.addWidget(self.others)
        # Translators: the heading over the tick boxes of which cues to hear.
        cues_box = QGroupBox(_("What to hear, and when"))
        cues_column = QVBoxLayout(cues_box)
        for box in self.cues.values():
            cues_column.addWidget(box)
        cues_column.addStretch(1)
        prepare_row = QFormLayout()
        # Translators: the label of a box of times: how long to get ready before the first exercise.
        prepare_row.addRow(label_field(_("Get ready before the first exercise"), self.prepare), self.prepare)
        cues_column.addLayout(prepare_row)
        buttons = self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        body = QWidget()
        columns = QBoxLayout(QBoxLayout.Direction.LeftToRight, body)
        columns.setContentsMargins(0, 0, 0, 0)
        left = QVBoxLayout()
        left.addWidget(voice_box)
        left.addWidget(tones_box)
        left.addWidget(others_box)
        left.addWidget(language_box)
        left.addStretch(1)
        columns.addLayout(left)  # no stretch: each column gets the width it wants before any is shared out
        right = QVBoxLayout()
        right.addWidget(cues_box, 1)
        self.appearance = AppearanceChoice(settings)
        right.addWidget(self.appearance)
        columns.addLayout(right)
        for box in body.findChildren(QCheckBox):  # as wide as its words: a click beside them would do nothing
            box.setSizePolicy(QSizePolicy.Policy.Maximum, box.sizePolicy().verticalPolicy())
        self.scrolled = Columns(body, columns)
        self._layout.addWidget(self.scrolled, 1)
        self._layout.addWidget(buttons)

        self._fill_voices()
        self.voice.currentIndexChanged.connect(self._on_voice_chosen)
        for slider in (self.rate, self.pitch, self.volume):
            slider.valueChanged.connect(self._on_speech_changed)
        self.tone_volume.valueChanged.connect(self._on_tone_volume_changed)
        self.test_voice.clicked.connect(self._on_test_voice)
        self.test_tones.clicked.connect(self._on_test_tones)
        self.muted.toggled.connect(self._on_muted_toggled)
        self.reader_speaks_cues.toggled.connect(self._on_reader_speaks_cues_toggled)
        for box in self.cues.values():
            box.toggled.connect(self._on_cues_toggled)
        self.prepare.currentIndexChanged.connect(self._on_prepare_chosen)
        buttons.rejected.connect(self.reject)

    def changeEvent(self, event: QEvent) -> None:
        """Another language: the dialog stays open, built again in it, with the same control in the keys' focus and
        the same place scrolled to (Qt may tell it twice: once as a window, once as the main window's child)."""
        if event.type() == QEvent.Type.LanguageChange and language.current() != self.shown_in:
            self.shown_in = language.current()
            focused = self.focusWidget()
            name = next((key for key, value in vars(self).items() if value is focused and focused is not None), "")
            in_language = focused is not None and focused is self.language.combo
            scrolled = self.scrolled.verticalScrollBar().value()
            for old in (self.scrolled, self.buttons):
                self._layout.removeWidget(old)
                old.hide()
                old.deleteLater()
            self._build()
            again = self.language.combo if in_language else getattr(self, name, None) if name else None
            if isinstance(again, QWidget):
                again.setFocus()
            if self.isVisible():  # laid out once the new controls show (Qt shows them after this event)
                QTimer.singleShot(0, self, lambda: self._settle(scrolled))
        super().changeEvent(event)

    def _settle(self, scrolled: int) -> None:
        self._lay_out_again()
        self.scrolled.verticalScrollBar().setValue(scrolled)

    # -- slots -----------------------------------------------------------------------------

    def _on_voices_ready(self) -> None:
        self._fill_voices()

    def _on_voice_chosen(self, index: int) -> None:
        name = self.voice.itemData(index) or ""
        self.settings.voice = name
        if name:
            self.host.use_voice(name)

    def _on_speech_changed(self) -> None:
        self.settings.rate = self.rate.value() / 10
        self.settings.pitch = self.pitch.value() / 10
        self.settings.speech_volume = self.volume.value() / 100
        self.host.configure(self.settings.rate, self.settings.pitch, self.settings.speech_volume)

    def _on_tone_volume_changed(self) -> None:
        self.settings.tone_volume = self.tone_volume.value() / 100
        self.host.set_tone_volume(self.settings.tone_volume)

    def _on_test_voice(self) -> None:
        self.host.say(spoken().gettext(TEST_SENTENCE), 4.0)

    def _on_test_tones(self) -> None:
        self.host.play("work")

    def _on_muted_toggled(self, muted: bool) -> None:
        self.settings.muted = muted  # the settings tell everyone who follows the sound

    def _on_reader_speaks_cues_toggled(self, on: bool) -> None:
        self.settings.reader_speaks_cues = on  # the settings tell the session's sound

    def _on_muted_changed(self, muted: bool) -> None:
        """The sound was turned on or off elsewhere (M in a session): the box follows."""
        self.muted.blockSignals(True)
        self.muted.setChecked(muted)
        self.muted.blockSignals(False)

    def _on_cues_toggled(self) -> None:
        choices = self.settings.cue_choices
        for group, box in self.cues.items():
            choices = choices.with_group(group, box.isChecked())
        self.settings.cue_choices = choices  # the session's sound follows the settings

    def _on_prepare_chosen(self, index: int) -> None:
        self.settings.prepare = float(self.prepare.itemData(index))

    # -- inside ----------------------------------------------------------------------------

    def _on_look(self, _look: Look) -> None:
        """Text of a new size (or a new look) while the dialog is open: laid out again once every widget has
        its new font (`_lay_out_again`); a hidden one is laid out as it is shown."""
        if self.isVisible():
            self._relayout.start()

    def showEvent(self, event: QShowEvent) -> None:
        """Shown at the size it wants, up to its screen (Qt would open it at two thirds of the screen at most), at its
        top, the keys' focus on its first control: never on the one used last time, which Qt would give it back (a
        Down arrow pressed at once would move a volume the runner did not pick)."""
        super().showEvent(event)
        self.scrolled.verticalScrollBar().setValue(0)
        first = self.first_control()
        if first is not None:
            first.setFocus(Qt.FocusReason.OtherFocusReason)
        self._lay_out_again()

    def first_control(self) -> QWidget | None:
        """The first control Tab reaches that can be used now, a slider never (the voice's wait for the voice)."""
        widget = self.nextInFocusChain()
        while widget is not None and widget is not self:
            usable = widget.isEnabled() and widget.isVisibleTo(self) and not isinstance(widget, QSlider)
            if usable and widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
                return widget
            widget = widget.nextInFocusChain()
        return None

    def _lay_out_again(self) -> None:
        """Every layout works out its size again from the words and fonts the dialog now shows, and the dialog takes
        the size they want, up to its screen: larger for larger text or longer words, and smaller again without
        them; the columns side by side when the screen has room for them, else one under the other (decided here,
        for the size wanted: the dialog's own width may still be the old words'); then the groups scroll up and
        down, never sideways (`Columns`)."""
        for layout in self.findChildren(QLayout):  # the columns inside the body's layout too
            layout.invalidate()
        for widget in self.findChildren(QWidget):
            widget.updateGeometry()
        screen = self.screen().availableGeometry()
        frame = self.frameGeometry().size() - self.size()  # the title bar and edges, with a window manager
        room = QSize(screen.width() - frame.width(), screen.height() - frame.height())
        self.scrolled.side_by_side(True)
        wanted = self.sizeHint()
        if wanted.width() > room.width():
            self.scrolled.side_by_side(False)
            wanted = self.sizeHint()
        width = min(wanted.width(), room.width())
        height = min(self.heightForWidth(width), room.height())  # wrapped words on as few lines as the width allows
        self.resize(width, height)
        left = max(screen.left(), min(self.x(), screen.right() + 1 - width - frame.width()))
        top = max(screen.top(), min(self.y(), screen.bottom() + 1 - height - frame.height()))
        self.move(left, top)  # grown past the screen's edge: back onto it

    def _fill_voices(self) -> None:
        host = self.host
        self.voice.blockSignals(True)
        self.voice.clear()
        self.voice.addItem(_(AUTOMATIC), "")
        for name in host.voices:
            self.voice.addItem(voice_label(name, host.voice_locales.get(name, "")), name)
        wanted = self.settings.voice
        self.voice.setCurrentIndex(max(0, self.voice.findData(wanted)) if wanted else 0)
        self.voice.blockSignals(False)
        self.voice.updateGeometry()  # its first choice, as wide as it is, is what it needs at least
        usable = host.voice_ready
        for widget in (self.voice, self.rate, self.pitch, self.volume, self.test_voice):
            widget.setEnabled(usable)
        if usable:
            status = voice_words(host.voice, host.voice_locale)
        elif host.voice_failed:
            status = _("The voice is unavailable; cues show on screen.")
        else:
            status = _("The voice is starting…")
        if status != self.voice_status.text():
            self.voice_status.setText(status)
            if self.isVisible():  # other words, maybe on more lines or fewer: the size they want
                self._relayout.start()
        self.test_tones.setEnabled(host.sounds_ready)

    @staticmethod
    def _slider(low: int, high: int, value: int) -> QSlider:
        slider = QSlider(Qt.Orientation.Horizontal)
        slider.setRange(low, high)
        slider.setValue(value)
        slider.setMinimumWidth(200)
        return slider
