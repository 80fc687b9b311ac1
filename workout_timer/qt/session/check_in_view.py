"""The check-in: "How is your back today?" before a session, and again with "How hard was that?" after.

Quick from the floor: a number key picks the pain (1 then 0 for ten, or → from 9), a letter ticks a
warning sign, Enter goes on, Esc skips. Keys still held or pressed from the screen before are not
answers (`FreshInput`). When the answer calls for it the page shows the domain's advice, with a way
to a gentle routine, and never stands in the way.
"""

from __future__ import annotations

import itertools
import time

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QResizeEvent
from PySide6.QtWidgets import (
    QApplication,
    QButtonGroup,
    QCheckBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from workout_timer.domain.care.back_care import (
    Advice,
    CheckIn,
    Effort,
    Moment,
    PainKeys,
    WarningSign,
    effort_key,
    sign_key,
)
from workout_timer.domain.common.clock import Clock
from workout_timer.domain.common.control_names import key_hint, plain_name
from workout_timer.domain.common.language import _
from workout_timer.domain.session.fresh_input import FreshInput, KeyTimes
from workout_timer.qt.common.keyboard import FreshKeys, OneTabStop, PlainButton
from workout_timer.qt.common.readable import announce
from workout_timer.qt.common.theme.look import Look, follow, styled

SIDES = 2 * 48 + 24
"""The page's margins, and room for its scroll bar."""


def _style(look: Look) -> str:
    p, pt = look.palette, look.pt
    # Every button's edge (border and margin) is 2 px in every state: its size is worked out in one state and
    # kept in the others, and an edge grown with the focus or the choice cut its words short.
    framed = f"border: 1px solid {p.border}; margin: 1px; background: {p.base}; color: {p.text};"
    chosen = f"background: {p.accent}; color: {p.accent_text}; border: 1px solid {p.accent}; margin: 1px;"
    advice_edge = f"border: 2px solid {p.border};" if p.high_contrast else ""
    return f"""
QLabel#question {{ font-size: {pt(22)}; font-weight: bold; }}
QLabel#hint {{ font-size: {pt(12)}; }}
QLabel#routine {{ font-size: {pt(14)}; }}
QPushButton[pain="true"] {{ font-size: {pt(18)}; min-width: 52px; min-height: 52px; border-radius: 8px; {framed} }}
QPushButton[pain="true"]:checked, QPushButton[effort="true"]:checked {{ {chosen} }}
QPushButton[effort="true"] {{ font-size: {pt(14)}; padding: 8px 18px; border-radius: 8px; {framed} }}
QPushButton[pain="true"]:focus, QPushButton[effort="true"]:focus, QPushButton#skipButton:focus,
QPushButton#gentleButton:focus {{ border: 2px solid {p.focus}; margin: 0; }}
QPushButton[pain="true"]:checked:focus, QPushButton[effort="true"]:checked:focus {{
    border: 2px solid {p.accent_text}; margin: 0; }}
QLabel#signsTitle {{ font-size: {pt(13)}; font-weight: bold; }}
QCheckBox {{ font-size: {pt(12)}; }}
QPushButton#mainButton {{ {chosen} font-weight: bold; font-size: {pt(13)}; padding: 10px 22px; border-radius: 8px; }}
QPushButton#mainButton:focus {{ border: 2px solid {p.accent_text}; margin: 0; }}
QPushButton#skipButton, QPushButton#gentleButton {{ font-size: {pt(13)}; padding: 10px 22px; border-radius: 8px;
    {framed} }}
QLabel#adviceTitle {{ font-size: {pt(18)}; font-weight: bold; color: {p.advice_text}; }}
QLabel#adviceText {{ font-size: {pt(13)}; color: {p.advice_text}; }}
QWidget#advice {{ background: {p.advice}; border-radius: 10px; {advice_edge} }}
"""


EFFORTS = tuple(Effort)
"""The answers to "How hard was that?", in the order of their buttons."""


def letter_key(letter: str) -> Qt.Key:
    """The key of a letter A to Z, as a catalogue gives it (the first such letter in it)."""
    return Qt.Key(ord(next(char for char in letter.upper() if "A" <= char <= "Z")))


CHOOSING_KEYS = (Qt.Key.Key_Space, Qt.Key.Key_Left, Qt.Key.Key_Right, Qt.Key.Key_Up, Qt.Key.Key_Down)
"""The keys the pain scale and the effort keep for themselves."""


def pain_name(value: int) -> str:
    """A number of the pain scale as a screen reader names it; the ends as the screen names them."""
    if value == 0:
        return _("Pain 0, no pain")
    if value == 10:
        return _("Pain 10, the worst you can imagine")
    # Translators: a button of the pain scale, as a screen reader names it; {value} is 1 to 9.
    return _("Pain {value}").format(value=value)


class CheckInView(QWidget):
    """One check-in at a time; the workout's flow (`domain/workout/flow`) decides what comes before and after.

    Signals:
        answered(object): the `CheckIn` (Enter or Continue); the session controller may then call `show_advice`.
        skipped: Esc or Skip, nothing recorded.
        proceed: go on after advice was shown ("Go on").
        gentleRequested: the user wants a gentle routine instead.
    """

    answered = Signal(object)
    skipped = Signal()
    proceed = Signal()
    gentleRequested = Signal()

    def __init__(
        self, parent: QWidget | None = None, clock: Clock = time.monotonic, keys: KeyTimes | None = None
    ) -> None:
        """`keys`: the keys' times, shared with the player before it: a key still skipping steps there is no answer
        here until it rests (`fresh_input`)."""
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.moment = Moment.BEFORE
        self._fresh = FreshInput(clock, keys=keys)
        self._pain_keys = PainKeys(clock)
        self.question = QLabel()
        self.question.setObjectName("question")
        self.routine = QLabel()
        self.routine.setObjectName("routine")
        self.routine.setTextFormat(Qt.TextFormat.PlainText)
        self.hint = QLabel()
        self.hint.setObjectName("hint")
        self.hint.setWordWrap(True)
        self.pain = QButtonGroup(self)
        pain_row = QHBoxLayout()
        for value in range(11):
            button = QPushButton(str(value))
            button.setProperty("pain", True)
            button.setCheckable(True)
            button.setAccessibleName(pain_name(value))  # its description asks the question: `ask`
            self.pain.addButton(button, value)
            pain_row.addWidget(button)
        OneTabStop(self.pain)  # one stop in the Tab order; the arrows go along the scale
        self.pain.idClicked.connect(lambda _value: self._pain_keys.reset())  # chosen anew: 1, →, 0 is 0
        scale = QHBoxLayout()
        # Translators: under the pain scale's 0.
        scale.addWidget(QLabel(_("no pain")))
        scale.addStretch(1)
        # Translators: under the pain scale's 10.
        scale.addWidget(QLabel(_("the worst you can imagine")))

        self.effort_title = QLabel(_("How hard was that?"))
        self.effort_title.setObjectName("question")
        self.effort = QButtonGroup(self)
        effort_row = QHBoxLayout()
        self._effort_keys = {letter_key(effort_key(effort)): effort for effort in EFFORTS}
        for index, effort in enumerate(EFFORTS):
            letter = effort_key(effort)
            button = QPushButton(f"{_(effort.label)}  ({letter})")
            button.setProperty("effort", True)
            button.setCheckable(True)
            button.setAccessibleName(_(effort.label))
            # Translators: a control's key, as a screen reader says it; {key} is a letter or a key's name.
            button.setAccessibleDescription(f"{self.effort_title.text()} {_('Key: {key}').format(key=letter)}")
            self.effort.addButton(button, index)
            effort_row.addWidget(button)
        effort_row.addStretch(1)
        OneTabStop(self.effort)

        self.signs_title = QLabel(_("Any of these?"))
        self.signs_title.setObjectName("signsTitle")
        self.signs = {sign: QCheckBox(f"{_(sign.label)}  ({sign_key(sign)})") for sign in WarningSign}
        self._sign_keys = {letter_key(sign_key(sign)): sign for sign in WarningSign}
        self._signs_grid = QGridLayout()
        self._columns = 0
        for box in self.signs.values():
            box.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # in the tab order: Tab to it, Space ticks it
            box.setAccessibleName(plain_name(box.text()))
            box.setAccessibleDescription(_("A warning sign. Key: {key}").format(key=key_hint(box.text())))
            box.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)  # in as many columns as fit

        self.advice = QWidget()
        self.advice.setObjectName("advice")
        self.advice.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        self.advice_title = QLabel()
        self.advice_title.setObjectName("adviceTitle")
        self.advice_text = QLabel()
        self.advice_text.setObjectName("adviceText")
        self.advice_text.setWordWrap(True)
        advice_layout = QVBoxLayout(self.advice)
        advice_layout.setContentsMargins(20, 14, 20, 14)
        advice_layout.addWidget(self.advice_title)
        advice_layout.addWidget(self.advice_text)

        self.skip_button = PlainButton(_("Skip  (Esc)"))
        self.skip_button.setObjectName("skipButton")
        self.gentle_button = PlainButton(_("Choose a gentle routine"))
        self.gentle_button.setObjectName("gentleButton")
        self.go_button = PlainButton(_("Continue  (Enter)"))
        self.go_button.setObjectName("mainButton")
        FreshKeys(self._fresh, self.skip_button, self.gentle_button, self.go_button)
        # The choices keep Space and the arrows (an arrow held from the player must choose nothing); the
        # other keys go on to this screen, which checks them itself:
        FreshKeys(self._fresh, *self.pain.buttons(), *self.effort.buttons(), keys=CHOOSING_KEYS)
        buttons = QHBoxLayout()
        buttons.addWidget(self.skip_button)
        buttons.addStretch(1)
        buttons.addWidget(self.gentle_button)
        buttons.addWidget(self.go_button)

        self._page = page = _Page()
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(48, 20, 48, 8)
        layout.setSpacing(8)
        layout.addWidget(self.routine)
        layout.addWidget(self.question)
        layout.addWidget(self.hint)
        layout.addLayout(pain_row)
        layout.addLayout(scale)
        layout.addWidget(self.effort_title)
        layout.addLayout(effort_row)
        layout.addSpacing(8)
        layout.addWidget(self.signs_title)
        layout.addLayout(self._signs_grid)
        layout.addWidget(self.advice)
        layout.addStretch(1)
        page.setWidget(body)
        buttons.setContentsMargins(48, 0, 48, 16)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(page, 1)
        outer.addLayout(buttons)
        styled(self, _style)
        follow(self, self._place_signs)  # the warning signs into their grid
        order = [*self.pain.buttons(), *self.effort.buttons(), *self.signs.values()]
        order += [self.skip_button, self.gentle_button, self.go_button]
        for before, after in itertools.pairwise(order):  # as read: the scroll area came in late
            QWidget.setTabOrder(before, after)

        self.setFocusProxy(self.pain.button(0))  # the screen opens on the pain scale, where the answer starts
        self.skip_button.clicked.connect(self.skipped.emit)
        self.go_button.clicked.connect(self._on_go)
        self.gentle_button.clicked.connect(self.gentleRequested.emit)
        self._advised = False

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._place_signs()
        super().resizeEvent(event)

    def _place_signs(self, *_look: object) -> None:
        """The warning signs in three columns, or in as few as their words need at this width and size."""
        boxes = list(self.signs.values())
        room = self.width() - SIDES
        widest = max(box.sizeHint().width() for box in boxes)
        spacing = max(0, self._signs_grid.horizontalSpacing())
        columns = next((count for count in (3, 2) if count * widest + (count - 1) * spacing <= room), 1)
        if columns == self._columns:
            return
        self._columns = columns
        for box in boxes:
            self._signs_grid.removeWidget(box)
        for index, box in enumerate(boxes):
            self._signs_grid.addWidget(box, index // columns, index % columns)

    def ask(self, before: bool, routine_name: str) -> None:
        """Start a fresh check-in, before a session of `routine_name` or after it (the same question came before
        it, so this one is "And how is it now?")."""
        self.moment = Moment.BEFORE if before else Moment.AFTER
        self._advised = False
        self._fresh.arm()
        self._pain_keys.reset()
        if before:
            # Translators: over the check-in before a session; {name} is the routine's name.
            self.routine.setText(_("Next: {name}").format(name=routine_name))
        else:
            # Translators: over the check-in after a session, finished or stopped; {name} is the routine's name.
            self.routine.setText(_("After {name}").format(name=routine_name))
        self.question.setText(_("How is your back today?") if before else _("And how is your back now?"))
        # The focus lands on the scale: its reader hears the question there, not only "Pain 0".
        # Translators: after the check-in's question, as a screen reader says it on each number of the pain scale.
        scale = f"{self.question.text()} {_('0 to 10: a number key, or the arrows.')}"
        for button in self.pain.buttons():
            button.setAccessibleDescription(scale)
        self.hint.setText(
            _(
                "0 is no pain at all, 10 the worst you can imagine. Press a number (1 then 0 for 10) and the letter "
                "of any warning sign, or Tab from answer to answer and Space to choose; Enter goes on, Esc skips."
            )
        )
        for group in (self.pain, self.effort):
            group.setExclusive(False)
            for button in group.buttons():
                button.setChecked(False)
            group.setExclusive(True)
        for box in self.signs.values():
            box.setChecked(False)
        self.effort_title.setVisible(not before)
        for button in self.effort.buttons():
            button.setVisible(not before)
        self.advice.hide()
        self.gentle_button.hide()
        self.skip_button.show()
        self.go_button.setText(_("Continue  (Enter)"))

    def tell_reader(self) -> None:
        """Say the page to a listening screen reader once it is on screen: the routine, the question and how to
        answer; the focus on the scale says only the number and the question."""
        announce("\n".join((self.routine.text(), self.question.text(), self.hint.text())))

    def answer(self) -> CheckIn:
        pain = self.pain.checkedId()
        effort_index = self.effort.checkedId()
        effort = EFFORTS[effort_index] if effort_index >= 0 else None
        signs = frozenset(sign for sign, box in self.signs.items() if box.isChecked())
        return CheckIn(self.moment, pain if pain >= 0 else None, effort, signs)

    def restore(self, answer: CheckIn) -> None:
        """The answers given so far, chosen again (this screen built again in another language)."""
        for group, chosen in (
            (self.pain, answer.pain),
            (self.effort, EFFORTS.index(answer.effort) if answer.effort else None),
        ):
            button = group.button(chosen) if chosen is not None else None
            if button is not None:
                button.setChecked(True)
        for sign, box in self.signs.items():
            box.setChecked(sign in answer.signs)

    def show_advice(self, advice: Advice) -> None:
        """Show why a doctor's look is worth it; the user goes on, or picks a gentle routine."""
        self._advised = True
        self._fresh.arm()  # a second Enter pressed at once must not skip past the advice
        self.advice_title.setText(advice.title)
        self.advice_text.setText(advice.text)
        self.advice.show()
        self._page.show_whole(self.advice)  # never below the fold: it is what this page now says
        self.gentle_button.setVisible(advice.suggest_gentle)
        self.skip_button.hide()
        self.go_button.setText(_("Go on  (Enter)"))
        focus = QApplication.focusWidget()
        if focus is not None and self.isAncestorOf(focus):
            self.go_button.setFocus(Qt.FocusReason.OtherFocusReason)  # the advice is read; the way on is here
            announce(f"{advice.title}\n{advice.text}")  # it takes no focus: the reader would hear only "Go on"

    def keyReleaseEvent(self, event: QKeyEvent) -> None:
        self._fresh.released(event.key(), event.timestamp())
        super().keyReleaseEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        signs = self._sign_keys
        if not self._fresh.accepts(event.isAutoRepeat(), key, event.timestamp()):
            event.accept()  # held, or pressed for the screen before: not an answer to this question
        elif Qt.Key.Key_0 <= key <= Qt.Key.Key_9 and not self._advised:
            self.pain.button(self._pain_keys.press(key - Qt.Key.Key_0)).setChecked(True)
        elif key in signs and not self._advised:
            box = self.signs[signs[Qt.Key(key)]]
            box.setChecked(not box.isChecked())
        elif key in (Qt.Key.Key_Right, Qt.Key.Key_Left) and not self._advised:
            step = 1 if key == Qt.Key.Key_Right else -1
            self.pain.button(min(10, max(0, self.pain.checkedId() + step))).setChecked(True)
            self._pain_keys.reset()  # 1, →, 0 is 0, not 10
        elif key in self._effort_keys and self.moment is Moment.AFTER and not self._advised:
            self.effort.button(EFFORTS.index(self._effort_keys[Qt.Key(key)])).setChecked(True)
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._on_go()
        elif key == Qt.Key.Key_Escape:
            (self.proceed if self._advised else self.skipped).emit()
        else:
            super().keyPressEvent(event)

    def _on_go(self) -> None:
        if self._advised:
            self.proceed.emit()
        else:
            self.answered.emit(self.answer())


class _Page(QScrollArea):
    """The questions and the advice, scrolled when larger text makes them taller than the window. It takes
    no keys: every key reaches the check-in, which answers with it."""

    def __init__(self) -> None:
        super().__init__()
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.viewport().setAutoFillBackground(False)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        event.ignore()

    def show_whole(self, part: QWidget) -> None:
        """Scroll `part` into view once the page is laid out again (it may just have been shown)."""
        QTimer.singleShot(0, self, lambda: self.ensureWidgetVisible(part, 0, 0))
