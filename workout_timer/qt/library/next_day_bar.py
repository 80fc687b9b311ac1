"""A quiet bar above the routines: "How is your back compared to yesterday?" (`workout/next_day` decides when), and
after "worse", the app's reply in it: what next time does, and a card that fits (`workout/next_day_reply`)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from workout_timer.domain.care.cards import Card
from workout_timer.domain.care.exercise_progress import NextDay
from workout_timer.domain.common.language import N_, _
from workout_timer.domain.workout.next_day import QUESTION
from workout_timer.qt.common.care_card import CardBox
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
    the way. Once answered it hides, or shows the app's reply (`show_reply`) until closed.

    Signals:
        answered(object): the `NextDay` chosen, or None when the question was put away (Not now, or Esc in
            the bar).
        closed: the bar is done with: hidden for good.
    """

    answered = Signal(object)
    closed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        column = QVBoxLayout(self)
        column.setContentsMargins(16, 8, 16, 8)
        self.asking = QWidget()
        row = QHBoxLayout(self.asking)
        row.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.asking)
        self.question = QLabel()
        self.question.setWordWrap(True)
        row.addWidget(self.question, 1)
        self.buttons: dict[NextDay, PlainButton] = {}
        for answer, _text, keys in ANSWERS:
            button = PlainButton()
            button.clicked.connect(lambda _checked=False, answer=answer: self._answer(answer))
            self._key(keys, button)
            self.buttons[answer] = button
            row.addWidget(button)
        self.not_now = PlainButton()
        self.not_now.clicked.connect(lambda: self._answer(None))
        shortcut = QShortcut(QKeySequence(NOT_NOW), self)  # Not now, or Close once it replies: one key for both
        shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
        shortcut.activated.connect(self._dismiss)
        row.addWidget(self.not_now)
        self.replying = QWidget()
        reply = QHBoxLayout(self.replying)
        reply.setContentsMargins(0, 0, 0, 0)
        self.reply = QLabel()
        self.reply.setTextFormat(Qt.TextFormat.PlainText)
        self.reply.setWordWrap(True)
        reply.addWidget(self.reply, 1)
        self.close_button = PlainButton()
        self.close_button.clicked.connect(self._close)
        reply.addWidget(self.close_button)
        column.addWidget(self.replying)
        self.card = CardBox()
        column.addWidget(self.card)
        self.replying.hide()
        self.retranslate()

    def retranslate(self) -> None:
        """The question and the buttons in the language in use (a reply already given stays as it was told)."""
        self.question.setText(_(QUESTION))
        for answer, text, keys in ANSWERS:
            self.buttons[answer].setText(f"{_(text)}  ({keys})")
        self.not_now.setText(f"{_('Not now')}  ({NOT_NOW})")
        self.not_now.setToolTip(_("The question is not asked again about that day"))
        self.close_button.setText(f"{_('Close')}  ({NOT_NOW})")

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _key(self, keys: str, button: QPushButton) -> None:
        """`keys` press `button` from anywhere in the window, while the bar shows."""
        shortcut = QShortcut(QKeySequence(keys), self)
        shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
        shortcut.activated.connect(button.click)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self._dismiss()
        else:
            super().keyPressEvent(event)

    def show_reply(self, lines: tuple[str, ...], card: Card | None) -> None:
        """In place of the question: what next time does, a line each, and `card` under it (if any)."""
        self.asking.hide()
        self.reply.setText("\n".join(lines))
        self.reply.setAccessibleName(" ".join(lines))
        self.replying.show()
        self.card.show_card(card)

    def _dismiss(self) -> None:
        """Alt+N or Esc: the question put away, or the reply closed."""
        if self.replying.isVisibleTo(self):
            self._close()
        else:
            self._answer(None)

    def _answer(self, answer: NextDay | None) -> None:
        if not self.asking.isVisibleTo(self):
            return  # asked once: its keys answer nothing more
        self.asking.hide()
        self.hide()
        self.answered.emit(answer)

    def withdraw(self) -> None:
        """Take the bar away (its day is no longer yesterday): the question unanswered, or the reply to it."""
        if self.replying.isVisibleTo(self):
            self._close()
        elif self.asking.isVisibleTo(self):
            self.asking.hide()
            self.hide()
            self.closed.emit()

    def _close(self) -> None:
        if self.replying.isVisibleTo(self):
            self.replying.hide()
            self.hide()
            self.closed.emit()
