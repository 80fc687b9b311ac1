"""What the player shows for a moment: the question before stopping and an exercise's full how-to (drawn over
the whole player), and the optional question in a rest about how the back felt (in the footer, by Next up).

All are large enough to read from the mat and take no keyboard focus: the player passes them the keys that
answer or close them.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QRect, Qt, Signal
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPaintEvent, QResizeEvent
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from workout_timer.domain.common.language import N_, _
from workout_timer.domain.routines.routine import Exercise
from workout_timer.domain.session.feel import Feel, Rating
from workout_timer.qt.common.keyboard import PlainButton
from workout_timer.qt.common.readable import announce
from workout_timer.qt.common.theme.look import look, scaled_font
from workout_timer.qt.session.fit_label import FitLabel
from workout_timer.qt.session.instructions_panel import InstructionsPanel
from workout_timer.qt.session.player.look import feel_button_name

STOP_KEYS = {Qt.Key.Key_Return: True, Qt.Key.Key_Enter: True, Qt.Key.Key_S: True}
GO_ON_KEYS = {Qt.Key.Key_Escape: False, Qt.Key.Key_Space: False, Qt.Key.Key_G: False}
ANSWERS = STOP_KEYS | GO_ON_KEYS
"""Keys that answer "Stop the session?": Enter or S stops, Esc, Space or G goes on."""
BUTTON_GAP = 40
"""Between the stop question's two buttons."""


class _Cover(QWidget):
    """A dark sheet over the whole parent, following its size: opaque, so nothing of the screen behind
    shows through what is asked or explained. `notices` gives the place the parent keeps for notices (the
    player's strip at its top): what the sheet says starts below it, so a notice never covers it."""

    def __init__(self, parent: QWidget, notices: Callable[[], QRect] | None = None) -> None:
        super().__init__(parent)
        self._notices = notices
        self._top: int | None = None
        """The layout's own top margin, kept when the notices' place is higher."""
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setAttribute(Qt.WidgetAttribute.WA_NoMousePropagation)
        parent.installEventFilter(self)
        self.hide()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.parent() and isinstance(event, QResizeEvent):
            self.setGeometry(0, 0, event.size().width(), event.size().height())
            self._below_notices()
        return False

    def open(self) -> None:
        parent = self.parentWidget()
        if parent is not None:
            self.setGeometry(parent.rect())
        self._below_notices()
        self.raise_()
        self.show()

    def _below_notices(self) -> None:
        layout = self.layout()
        if self._notices is None or layout is None:
            return
        margins = layout.contentsMargins()
        if self._top is None:
            self._top = margins.top()
        top = max(self._top, self._notices().bottom() + 1)
        layout.setContentsMargins(margins.left(), top, margins.right(), margins.bottom())

    def paintEvent(self, _event: QPaintEvent) -> None:
        QPainter(self).fillRect(self.rect(), QColor(look().palette.cover))


class StopQuestion(_Cover):
    """ "Stop the session?" with Stop and Go on, over the paused player.

    Signals:
        answered(bool): True to stop the session, False to go on with it.
    """

    answered = Signal(bool)

    def __init__(self, parent: QWidget, notices: Callable[[], QRect] | None = None) -> None:
        super().__init__(parent, notices)
        self.setObjectName("stopQuestion")
        self.title = FitLabel(fill=0.8, bold=True)
        self.title.setText(_("Stop the session?"))
        self.note = FitLabel(fill=0.7)
        self.note.setText(_("Paused while you choose. Stopping shows what you have done so far."))
        self.stop_button = _big_button(_("■  Stop   (Enter)"))
        self.go_on_button = _big_button(_("▶  Go on   (Esc)"))
        self.go_on_button.setObjectName("goOnButton")
        self.stop_button.clicked.connect(lambda: self.answered.emit(True))
        self.go_on_button.clicked.connect(lambda: self.answered.emit(False))
        buttons = QHBoxLayout()
        buttons.setSpacing(BUTTON_GAP)
        buttons.addStretch(1)
        buttons.addWidget(self.go_on_button, 4)
        buttons.addWidget(self.stop_button, 4)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(60, 20, 60, 20)
        layout.addStretch(3)
        layout.addWidget(self.title, 20)
        layout.addWidget(self.note, 8)
        layout.addStretch(2)
        layout.addLayout(buttons, 14)
        layout.addStretch(4)

    def open(self) -> None:
        """Show the question over the player, and ask it of a listening screen reader too."""
        super().open()
        announce(f"{self.title.text()} {self.note.text()} {_('Enter to stop, Esc to go on.')}")

    def answer(self, key: Qt.Key) -> bool:
        """Answer with a key (see ANSWERS); False when the key is not an answer."""
        if key not in ANSWERS:
            return False
        self.answered.emit(ANSWERS[key])
        return True

    def resizeEvent(self, event: QResizeEvent) -> None:
        """The buttons' words as large as the height allows, and an em of room on each side of them ("Aufhören
        (Eingabe)" touched its border): smaller when both would not fit side by side so."""
        buttons = (self.stop_button, self.go_on_button)
        pixels = max(16.0, self.height() * 0.05)
        font = scaled_font(self.font(), pixels, bold=True)
        layout = self.layout()
        sides = layout.contentsMargins().left() + layout.contentsMargins().right() if layout is not None else 0
        room = self.width() - BUTTON_GAP - sides
        needed = sum(QFontMetrics(font).horizontalAdvance(button.text()) + 2 * font.pixelSize() for button in buttons)
        if needed > room > 0:
            font = scaled_font(self.font(), max(12.0, pixels * room / needed), bold=True)
        for button in buttons:
            button.setFont(font)
            button.setMinimumHeight(int(font.pixelSize() * 2.4))
            button.setMinimumWidth(QFontMetrics(font).horizontalAdvance(button.text()) + 2 * font.pixelSize())
        super().resizeEvent(event)


class ExerciseDetails(_Cover):
    """An exercise's steps, form cues and common mistakes, as large as they fit. No signals."""

    def __init__(self, parent: QWidget, notices: Callable[[], QRect] | None = None) -> None:
        super().__init__(parent, notices)
        self.setObjectName("exerciseDetails")
        self.title = FitLabel(fill=0.8, bold=True)
        self.panel = InstructionsPanel(mistakes=True, largest_share=1 / 13)
        self.hint = FitLabel(fill=0.7)
        self.hint.setText(_("I or Esc to close"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(60, 16, 60, 16)
        layout.addWidget(self.title, 10)
        layout.addWidget(self.panel, 78)
        layout.addWidget(self.hint, 5)

    def open(self) -> None:
        """Show the how-to over the player; a screen reader reads it out, as the runner asked (I)."""
        super().open()
        announce(f"{self.text()}\n{self.hint.text()}.")

    def set_exercise(self, exercise: Exercise | None) -> None:
        # Translators: over the how-to in a rest with no exercise to come.
        self.title.setText(exercise.name if exercise is not None else _("Nothing to do but breathe"))
        self.panel.set_exercise(exercise)

    def text(self) -> str:
        return self.title.text() + "\n" + self.panel.text()


def _big_button(text: str) -> QPushButton:
    button = PlainButton(text)  # "Stop", not "black square Stop (Enter)"
    button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # keys go to the player, which answers with them
    button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
    return button


FEEL_KEYS = {Qt.Key.Key_1: Feel.GREEN, Qt.Key.Key_2: Feel.AMBER, Qt.Key.Key_3: Feel.RED}
RATING_KEYS = N_("Press 1 for green, 2 for amber or 3 for red.")
"""The keys that answer the back's rating, as a screen reader says them with the question: `_(RATING_KEYS)`."""


def rating_text(rating: Rating) -> str:
    """The question, or what the answer leads to."""
    exercise = rating.work.exercise
    name = exercise.name if exercise is not None else ""
    if rating.feel is None:
        # Translators: asked in a rest, after an exercise's last set; {name} is the exercise's name.
        return _("Your back after {name}?").format(name=name)
    if rating.feel is Feel.GREEN:
        return _("Green after {name}. Good.").format(name=name)
    if rating.feel is Feel.AMBER:
        return _("Amber after {name}: next time keeps this dose.").format(name=name)
    if rating.offer is not None:
        # Translators: {easier} is the exercise's easier version, which E brings.
        return _("Red after {name}: press E for {easier} from now on.").format(name=name, easier=rating.offer.name)
    return _("Red after {name}: noted. Take it gently from here.").format(name=name)


class BackRating(QWidget):
    """Shows the rating's question while it waits for an answer (from the engine's snapshot), with a button for each.

    Signals:
        rated(str): the `Feel` chosen by its button (the keys 1, 2 and 3 reach the player, which says the same).
    """

    rated = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.text = FitLabel(fill=0.45)  # (alone in the line of the sound note, as large as it and "Next up")
        self.buttons: dict[Feel, QPushButton] = {}
        self._waiting = False
        """The question is on show, waiting for its answer."""
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.text, 1)
        for number, feel in enumerate(Feel, start=1):
            button = QPushButton(f"{number}  {feel.name_shown}")
            button.setToolTip(f"{number}: {feel.words}")
            button.setObjectName(feel_button_name(feel))  # in its traffic light's colour (`player_style`)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # keys always reach the player
            button.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
            button.clicked.connect(lambda _=False, feel=feel: self.rated.emit(feel.value))
            layout.addWidget(button)
            self.buttons[feel] = button
        self.hide()

    def show_rating(self, rating: Rating | None) -> str:
        """Show the question open now while it waits; once answered, hide it. Returns what the answer leads to once,
        as it is given (the player tells it where the cues show, and a screen reader hears it), else ""."""
        answered = rating_text(rating) if rating is not None and rating.feel is not None and self._waiting else ""
        self._waiting = rating is not None and rating.feel is None
        if rating is None or rating.feel is not None:
            self.hide()
            self.text.setText("")  # the next rating is a new question, even in the same words
            return answered
        words = rating_text(rating)
        if words != self.text.text():  # a new question: a screen reader hears it, with its keys
            announce(f"{words} {_(RATING_KEYS)}")
        self.text.setText(words)
        self.show()
        return ""
