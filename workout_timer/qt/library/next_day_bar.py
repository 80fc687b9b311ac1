"""A quiet bar above the routines: "How is your back compared to yesterday?" (`workout/next_day` decides when)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from workout_timer.domain.care.exercise_progress import NextDay
from workout_timer.domain.common.language import N_, _
from workout_timer.domain.workout.next_day import QUESTION
from workout_timer.qt.common.keyboard import PlainButton

ANSWERS = (
    (NextDay.BETTER, N_("Better"), "Alt+1"),
    (NextDay.SAME, N_("The same"), "Alt+2"),
    (NextDay.WORSE, N_("Worse"), "Alt+3"),
)
"""Each answer, its button and its key, which answers from anywhere in the window while the bar shows (1, 2 and 3
as in the back's rating after an exercise: from good to not so good)."""
NOT_NOW = "Alt+N"


class NextDayBar(QFrame):
    """The question, its three answers and "Not now", each with its key; it never takes the focus, and is never in
    the way.

    Signals:
        answered(object): the `NextDay` chosen, or None when the question was put away (Not now, or Esc in
            the bar).
    """

    answered = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        row = QHBoxLayout(self)
        row.setContentsMargins(16, 8, 16, 8)
        self.question = QLabel(_(QUESTION))
        self.question.setWordWrap(True)
        row.addWidget(self.question, 1)
        self.buttons: dict[NextDay, PlainButton] = {}
        for answer, text, keys in ANSWERS:
            button = PlainButton(f"{_(text)}  ({keys})")
            button.clicked.connect(lambda _checked=False, answer=answer: self._answer(answer))
            self._key(keys, button)
            self.buttons[answer] = button
            row.addWidget(button)
        self.not_now = PlainButton(f"{_('Not now')}  ({NOT_NOW})")
        self.not_now.setToolTip(_("The question is not asked again about that day"))
        self.not_now.clicked.connect(lambda: self._answer(None))
        self._key(NOT_NOW, self.not_now)
        row.addWidget(self.not_now)

    def _key(self, keys: str, button: QPushButton) -> None:
        """`keys` press `button` from anywhere in the window, while the bar shows."""
        shortcut = QShortcut(QKeySequence(keys), self)
        shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
        shortcut.activated.connect(button.click)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self._answer(None)
        else:
            super().keyPressEvent(event)

    def _answer(self, answer: NextDay | None) -> None:
        self.hide()
        self.answered.emit(answer)
