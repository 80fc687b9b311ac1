"""The player: what to do now, how long is left and what comes next, readable from the mat.

It shows the engine's snapshot (through `player_text`) and forwards key presses and button clicks as
requests; it never decides anything about time.
"""

from __future__ import annotations

import time

from PySide6.QtCore import QRect, Qt, Signal
from PySide6.QtGui import QColor, QHideEvent, QKeyEvent, QPainter, QPaintEvent, QPalette, QResizeEvent, QShowEvent
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from workout_timer.domain.common.clock import Clock
from workout_timer.domain.routines.timeline import Phase, Timeline
from workout_timer.domain.session.feel import easier_choice
from workout_timer.domain.session.fresh_input import FreshInput, KeyTimes
from workout_timer.domain.session.player_text import PlayerText, player_text
from workout_timer.domain.session.snapshot import Snapshot
from workout_timer.qt.common.flash import Flash
from workout_timer.qt.common.keyboard import KeyedButtons
from workout_timer.qt.common.pose_figure import PoseFigure
from workout_timer.qt.common.readable import announce
from workout_timer.qt.common.theme.focus_ring import OWN_FOCUS
from workout_timer.qt.common.theme.look import Look, follow, scaled_font
from workout_timer.qt.session.fit_label import FitLabel, digits_template
from workout_timer.qt.session.instructions_panel import InstructionsPanel
from workout_timer.qt.session.player.controls import control_words, easier_tip, pause_text
from workout_timer.qt.session.player.cue_note import CueNote
from workout_timer.qt.session.player.keys import DETAILS_KEYS, KEYS, REMOTE_KEYS
from workout_timer.qt.session.player.look import backdrop_colour, describe, player_button, player_label, player_style
from workout_timer.qt.session.player.picture_button import PictureButton
from workout_timer.qt.session.player_overlay import FEEL_KEYS, BackRating, ExerciseDetails, StopQuestion
from workout_timer.qt.session.timer_face import TimerFace

NOTICE_STRIP = 6
"""The share of the player's height (of 97) kept empty at its top for notices: room for two or three short ones,
never over anything the runner reads or presses."""


class PlayerView(QWidget):
    """The session screen.

    Signals (requests; the session controller carries them to the engine and the flow):
        pauseRequested, nextRequested, previousRequested, doneRequested, extendRequested: the controls.
        stopRequested: the Stop button.
        escapeRequested: Esc (leave full screen, else stop).
        easierRequested: E or Easier: the exercise's easier variant for the rest of the session.
        feltRequested(str): 1, 2 or 3 (or their buttons) in a rest: how the back felt (a `Feel`'s value).
        fullScreenRequested: F or F11.
        muteRequested: M.
        remoteRequested(Command): a media key, or a presenter clicker's (PageDown, PageUp, B or .):
            what a media remote asks, decided as a remote's command is.
        stopAnswered(bool): the answer to `ask_stop`: True to stop, False to go on.
        onScreenChanged(bool): the player can now be seen (True), or not: hidden, or its window minimised.

    I (or ?) shows and hides the exercise's full how-to, with its common mistakes, over the player.
    """

    pauseRequested = Signal()
    nextRequested = Signal()
    previousRequested = Signal()
    doneRequested = Signal()
    extendRequested = Signal()
    easierRequested = Signal()
    feltRequested = Signal(str)
    stopRequested = Signal()
    escapeRequested = Signal()
    fullScreenRequested = Signal()
    muteRequested = Signal()
    remoteRequested = Signal(object)
    stopAnswered = Signal(bool)
    onScreenChanged = Signal(bool)

    def __init__(
        self, parent: QWidget | None = None, clock: Clock = time.monotonic, keys: KeyTimes | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("player")
        self.setProperty(OWN_FOCUS, True)  # the whole screen: its keys are its own
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._timeline: Timeline | None = None
        self._phase: Phase | None = None
        self._paused = False
        self._flash = 0.0
        self._light = Flash(self)
        self._light.changed.connect(self._on_flash)
        self._text: PlayerText | None = None
        self._waiting = ""
        self._on_screen = False

        left = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        self.routine = player_label(0.62, align=left)
        self.step = player_label(0.62)
        right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        self.session_left = player_label(0.62, align=right)
        self.phase_title = player_label(0.8, bold=True)
        self.name = player_label(0.92, bold=True)
        self.name.setObjectName("exerciseName")
        self.detail = player_label(0.75)
        self.timer = TimerFace()
        self.instructions = InstructionsPanel(largest_share=1 / 20)
        self._fresh = FreshInput(clock)
        self._steady = FreshInput(clock, guard=0.0, keys=keys)  # `keys`: shared with the check-in after it
        self.figure = PoseFigure(clock=clock)
        self.figure.setObjectName("figure")
        self.next_figure = PoseFigure(clock=clock)
        self.next_figure.setObjectName("nextFigure")
        self.next_up = player_label(0.88, align=left)
        self.sound_note = player_label(0.88, align=left)
        self.cue_note = CueNote(self.sound_note, self)
        describe(self)

        words = control_words()
        self.previous_button = player_button(words.previous, self.previousRequested)
        self.pause_button = player_button(words.pause, self.pauseRequested)
        self.done_button = player_button(words.done, self.doneRequested)
        self.extend_button = player_button(words.extend, self.extendRequested)
        self.easier_button = player_button(words.easier, self.easierRequested)
        keep_place = self.easier_button.sizePolicy()
        keep_place.setRetainSizeWhenHidden(True)  # hidden where there is nothing easier, the others stay put
        self.easier_button.setSizePolicy(keep_place)
        self.next_button = player_button(words.next, self.nextRequested)
        self.stop_button = player_button(words.stop, self.stopRequested)
        self.full_screen_button = player_button(words.full_screen, self.fullScreenRequested)
        self.details_button = PictureButton(words.details.text, name=words.details.name)
        self.details_button.setToolTip(words.details.tip)
        # Tab moves into the buttons; the single keys keep their meaning, and the stop question its answers:
        self._keyed = KeyedButtons(self, pressing=lambda: not self.asking_to_stop())
        for button in (
            self.previous_button,
            self.pause_button,
            self.done_button,
            self.extend_button,
            self.easier_button,
            self.next_button,
            self.stop_button,
            self.full_screen_button,
            self.details_button,
        ):
            self._keyed.add(button)
        self.details_button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.details_button.clicked.connect(self.toggle_details)
        self.done_button.setObjectName("doneButton")

        header = QHBoxLayout()
        header.addWidget(self.routine, 3)
        header.addWidget(self.step, 2)
        header.addWidget(self.session_left, 3)
        middle = QHBoxLayout()
        middle.setSpacing(32)
        middle.addWidget(self.timer, 9)
        middle.addWidget(self.figure, 6)
        middle.addWidget(self.instructions, 15)
        footer = QHBoxLayout()
        footer.addWidget(self.next_figure, 0)
        lines = QVBoxLayout()  # what comes next, and under it a cue's words or a note: each a line of its own
        lines.setSpacing(0)
        lines.addWidget(self.next_up, 1)
        lines.addWidget(self.sound_note, 1)
        self.rating = BackRating()  # in the sound note's place while its question waits, as wide as the line
        self.rating.rated.connect(self.feltRequested.emit)
        lines.addWidget(self.rating, 1)
        footer.addLayout(lines, 1)
        controls = QHBoxLayout()
        controls.setSpacing(10)
        for button in (
            self.previous_button,
            self.pause_button,
            self.done_button,
            self.extend_button,
            self.easier_button,
            self.next_button,
            self.stop_button,
            self.details_button,
            self.full_screen_button,
        ):
            controls.addWidget(button, 0 if button in (self.details_button, self.full_screen_button) else 1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 10, 28, 16)
        layout.setSpacing(4)
        layout.addStretch(NOTICE_STRIP)  # empty: the notices' own place (`notice_place`)
        layout.addLayout(header, 4)
        layout.addWidget(self.phase_title, 5)
        layout.addWidget(self.name, 9)
        layout.addWidget(self.detail, 4)
        layout.addLayout(middle, 52)
        layout.addLayout(footer, 10)
        layout.addLayout(controls, 8)
        self.details = ExerciseDetails(self, self.notice_place)  # below the notices, as the player's own words are
        self.stop_question = StopQuestion(self, self.notice_place)
        self.stop_question.answered.connect(self._on_stop_answered)
        follow(self, self._on_look)

    # -- what the main window calls --------------------------------------------------------

    def set_timeline(self, timeline: Timeline) -> None:
        self._timeline = timeline
        self._phase = None
        self.routine.setText(timeline.routine.name)

    def notice_place(self) -> QRect:
        """The empty strip at the top kept for notices, in the player's coordinates."""
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.activate()  # a player shown a moment ago may not be laid out for its size yet
        item = layout.itemAt(0)
        assert item is not None
        return item.geometry()

    def set_muted(self, muted: bool) -> None:
        self.cue_note.set_muted(muted)

    def set_voice_problem(self, problem: bool) -> None:
        """The voice can't be heard: say so where the cues show."""
        self.cue_note.set_voice_problem(problem)

    def show_cue(self, text: str) -> None:
        """A cue's words for a few seconds, for whoever can't hear or has the sound off."""
        self.cue_note.show_cue(text)

    def tell(self, text: str) -> None:
        """A short word to the runner (no easier version, say): where the cues show, for a few seconds, and to a
        listening screen reader."""
        self.cue_note.show_note(text)
        announce(text)

    def show_snapshot(self, snapshot: Snapshot) -> None:
        if self._timeline is None:
            return
        text = player_text(self._timeline, snapshot)
        self._text = text
        if (text.phase, text.paused) != (self._phase, self._paused):
            self._phase, self._paused = text.phase, text.paused
            self._set_backdrop()  # a new background; otherwise only the children that changed repaint
        self.phase_title.setText(text.phase_title.upper())
        self.name.setText(self._waiting or text.name)
        self.detail.setText(text.detail)
        self.step.setText(text.step)
        self.session_left.setText(text.session_left, digits_template(text.session_left))
        progress = None if text.waits or snapshot.segment is None else snapshot.progress
        self.timer.show_time(text.timer, text.timer_template, text.caption, progress)
        self.instructions.set_exercise(text.exercise)
        if self.details.isVisible():
            self.details.set_exercise(text.exercise)
        self.figure.show_picture(text.picture, snapshot.elapsed, not text.paused)
        self.next_figure.show_picture(text.next_picture, 0.0, False)
        self.next_up.setText(text.next_up)
        self.next_up.setVisible(bool(text.next_up))  # else the cue's words take the whole line
        self.pause_button.setText(pause_text(text.paused))
        self.done_button.setVisible(text.waits or (snapshot.segment is not None and snapshot.segment.reps is not None))
        self.extend_button.setEnabled(not text.waits)
        self._show_easier(snapshot)

    def _show_easier(self, snapshot: Snapshot) -> None:
        """The Easier button names the variant it would bring, and is there only when there is one."""
        if answered := self.rating.show_rating(snapshot.rating):  # the question waits in the sound note's place
            self.tell(answered)  # what the answer leads to, where the cues show; then the sound's state again
        self.sound_note.setVisible(not self.rating.isVisibleTo(self))
        change = None
        if self._timeline is not None and snapshot.segment is not None:
            change = easier_choice(self._timeline, snapshot.index, snapshot.rating)
        self.easier_button.setVisible(change is not None)
        if change is not None:
            self.easier_button.setToolTip(easier_tip(change[1].name))

    def show_waiting(self, text: str) -> None:
        """Before the session's clock starts, why it waits ("Getting the voice ready…"), in the name's place."""
        self._waiting = text
        self.name.setText(text or (self._text.name if self._text is not None else ""))

    def ask_stop(self) -> None:
        """Ask "Stop the session?" over the whole player; the answer comes as `stopAnswered`.

        A key still held (Esc repeating) or pressed a moment after the question appears (Enter meant
        for Done) is not an answer: only a fresh key press is."""
        self.details.hide()
        self._fresh.arm()
        self.stop_question.open()

    def on_screen(self) -> bool:
        """Shown, in a window that is not minimised."""
        return self._on_screen

    def asking_to_stop(self) -> bool:
        return self.stop_question.isVisible()

    def close_question(self) -> None:
        """The question is moot (the session ended anyway): close it unanswered."""
        self.stop_question.hide()

    def toggle_details(self) -> None:
        """Show or hide the exercise's full how-to and common mistakes."""
        if self.details.isVisible():
            self.details.hide()
            return
        self.details.set_exercise(self._text.exercise if self._text is not None else None)
        self.details.open()

    def flash(self) -> None:
        """A brief flash of light over the whole screen: a new segment began."""
        self._light.start()

    # -- Qt events -------------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = Qt.Key(event.key())
        plain = not event.modifiers() & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier)
        if self.asking_to_stop():  # only an answer counts while the question is open
            if plain and self._fresh.accepts(event.isAutoRepeat(), event.key(), event.timestamp()):
                self.stop_question.answer(key)
            event.accept()
            return
        if plain and (key in DETAILS_KEYS or (key is Qt.Key.Key_Escape and self.details.isVisible())):
            self.toggle_details()
            event.accept()
            return
        if plain and key in FEEL_KEYS and not event.isAutoRepeat():  # acted on only while a rating is open
            self.feltRequested.emit(FEEL_KEYS[key].value)
            event.accept()
            return
        signal = KEYS.get(key)
        command = REMOTE_KEYS.get(key)
        if (signal is None and command is None) or not plain:
            super().keyPressEvent(event)
            return
        # One press, one step: holding → skips one step, not the whole routine.
        if self._steady.accepts(event.isAutoRepeat(), event.key(), event.timestamp()):
            if command is not None:
                self.remoteRequested.emit(command)
            else:
                getattr(self, str(signal)).emit()
        event.accept()

    def keyReleaseEvent(self, event: QKeyEvent) -> None:
        for guard in (self._fresh, self._steady):
            guard.released(event.key(), event.timestamp())
        super().keyReleaseEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        font = scaled_font(self.font(), max(13.0, self.height() * 0.026))
        self.next_figure.setFixedSize(int(self.height() * 0.12), int(self.height() * 0.075))
        for button in self._buttons():
            button.setFont(font)
            button.setMinimumHeight(int(font.pixelSize() * 2.2))
        super().resizeEvent(event)

    def showEvent(self, _event: QShowEvent) -> None:
        self._set_on_screen(True)  # shown, or its window restored (a spontaneous show)

    def hideEvent(self, _event: QHideEvent) -> None:
        self._set_on_screen(False)  # hidden, or its window minimised

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(event.rect(), self._background())

    # -- inside ----------------------------------------------------------------------------

    def _set_on_screen(self, shown: bool) -> None:
        if shown != self._on_screen:
            self._on_screen = shown
            self.onScreenChanged.emit(shown)

    def _on_stop_answered(self, stop: bool) -> None:
        self.stop_question.hide()
        self.stopAnswered.emit(stop)

    def _on_flash(self, strength: float) -> None:
        self._flash = strength
        self._set_backdrop()

    def _set_backdrop(self) -> None:
        """Paint the background, and give its colour to the parts that paint it themselves (opaque)."""
        colour = self._background()
        for part in self._opaque_parts():
            part.set_backdrop(colour)
        self.timer.set_backdrop(colour)
        self.update()

    def _opaque_parts(self) -> list[FitLabel | PoseFigure | InstructionsPanel]:
        labels = (self.routine, self.step, self.session_left, self.phase_title, self.name, self.detail)
        return [*labels, self.next_up, self.sound_note, self.figure, self.next_figure, self.instructions]

    def _background(self) -> QColor:
        return backdrop_colour(self._phase, self._paused, self._flash)

    def _on_look(self, new: Look) -> None:
        """The new palette's text, buttons and background."""
        palette = self.palette()
        palette.setColor(QPalette.ColorRole.WindowText, QColor(new.palette.player_text))
        self.setPalette(palette)
        self.setStyleSheet(player_style(new))
        self._set_backdrop()

    def _buttons(self) -> list[QPushButton]:
        return self.findChildren(QPushButton)
