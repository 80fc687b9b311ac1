"""The preview: what a routine holds, what it needs and what to watch for, with a Start button."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import QEvent, QObject, QSize, Qt, QUrl, Signal
from PySide6.QtGui import QKeyEvent, QTextDocument
from PySide6.QtWidgets import QLabel, QTextBrowser, QVBoxLayout, QWidget

from workout_timer.domain.care.cards import Card
from workout_timer.domain.care.exercise_plan import States, plan
from workout_timer.domain.care.gentler import Dial
from workout_timer.domain.common.clock import Clock, WallClock
from workout_timer.domain.common.control_names import key_name
from workout_timer.domain.common.language import _
from workout_timer.domain.library.entry import Entry, Source
from workout_timer.domain.routines.routine import Routine
from workout_timer.domain.session.fresh_input import FreshInput
from workout_timer.domain.workout.session_setup import dose_words, todays_routine
from workout_timer.qt.common.care_card import add_card_box
from workout_timer.qt.common.keyboard import PlainButton
from workout_timer.qt.common.pose_figure import pose_pixmap
from workout_timer.qt.common.text_page import page_style, text_page
from workout_timer.qt.common.theme.look import Look, follow, look
from workout_timer.qt.library.dose_note import DoseNote
from workout_timer.qt.library.gentler_dial import GentlerDial
from workout_timer.qt.library.routine_text import PICTURE_SIZE, picture_steps, routine_html
from workout_timer.qt.paper.paper_dialogs import Told, ask_print_sheet, ask_sheet_pdf


def _style(look: Look) -> str:
    sheet = page_style(look)
    return sheet + f"QTextBrowser#preview {{ border: none; padding: 16px 28px; font-size: {look.pt(13)}; }}"


_STARTING_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space)


class PreviewView(QWidget):
    """Shows one routine before it starts.

    Signals:
        startRequested(object, object, bool, object): Start (or Enter) on a routine that can run; carries the
            `Entry`, the gentler-today `Dial` chosen, whether the routine is taken as written (not at the runner's own
            doses), and the programme week's `Dial` (None when it is not the programme's routine for today).
        editRequested(object): Edit (the user's own), Make it mine (a built-in one) or Fix the file.
        otherRequested(object): "Show the original" of the user's version of a built-in routine, or
            "Show my version" of a built-in one; carries the `Entry` to show.
        backRequested: Back (or Esc / Backspace).
    """

    startRequested = Signal(object, object, bool, object)
    editRequested = Signal(object)
    otherRequested = Signal(object)
    backRequested = Signal()

    def __init__(
        self, parent: QWidget | None = None, clock: Clock = time.monotonic, wall_clock: WallClock = time.time
    ) -> None:
        super().__init__(parent)
        self._wall_clock = wall_clock
        """The day the sheets are dated by: the window's wall clock."""
        self._fresh = FreshInput(clock)
        """Enter (or Space on Start) starts a session only when pressed for this routine: not typed while
        the window was still busy showing it, nor held down from the screen before."""
        self._entry: Entry | None = None
        self._other: Entry | None = None
        self._week: Dial | None = None
        """The programme week's dose, when the routine shown is the programme's for today."""
        self._progress: Callable[[Routine], States] = lambda _routine: {}
        """Each exercise's state for a routine (by its id), from the history."""
        self.text = QTextBrowser()
        self.text.setObjectName("preview")
        self.text.setAccessibleName(_("The routine"))
        # Translators: the button back to the library.
        self.back_button = PlainButton("←  " + _("Routines"))
        self.back_button.setToolTip(key_name("Esc"))
        # Translators: the button that starts a session; {key} is its key, "Enter".
        self.start_button = PlainButton("▶  " + _("Start  ({key})").format(key=key_name("Enter")))
        self.start_button.setDefault(True)
        self.start_button.installEventFilter(self)  # Enter and Space on it go through `_fresh` too
        self.edit_button = PlainButton(_("Edit"))
        self.other_button = PlainButton(_("Show the original"))
        self.other_button.hide()
        self.print_button = PlainButton(_("Print…"))
        self.print_button.setToolTip(_("A sheet with every step's picture, dose and instructions, and room for notes"))
        self.pdf_button = PlainButton(_("Save as PDF…"))
        self.pdf_button.setToolTip(self.print_button.toolTip())
        extra = (self.other_button, self.print_button, self.pdf_button, self.edit_button)
        text_page(self, self.text, self.back_button, self.start_button, *extra)
        self.paper_note = QLabel()
        self.paper_note.setWordWrap(True)
        self.paper_note.setTextFormat(Qt.TextFormat.PlainText)
        self.paper_note.setContentsMargins(32, 0, 32, 0)
        self.paper_note.hide()
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.insertWidget(1, self.paper_note)
        self.dial = GentlerDial()
        layout.insertWidget(1, self.dial)
        self.dial.changed.connect(self._show_today)
        self.card = add_card_box(self)
        self.dose_note = DoseNote()
        layout.insertWidget(2, self.dose_note)
        self.dose_note.changed.connect(self._show_today)
        self.applied = QLabel()  # which of the dial and the programme week makes today lighter, with the numbers
        self.applied.setWordWrap(True)
        self.applied.setTextFormat(Qt.TextFormat.PlainText)
        self.applied.setContentsMargins(32, 0, 32, 0)
        layout.insertWidget(2, self.applied)
        self._told: Told | None = None
        follow(self, self._on_look)
        self.back_button.clicked.connect(self.backRequested.emit)
        self.start_button.clicked.connect(self._on_start_clicked)
        self.edit_button.clicked.connect(self._on_edit_clicked)
        self.other_button.clicked.connect(self._on_other_clicked)
        self.print_button.clicked.connect(self._on_print_clicked)
        self.pdf_button.clicked.connect(self._on_pdf_clicked)

    def set_way_back(self, to_today: bool) -> None:
        """Name where Back (Esc) goes: Today, when the runner came from its plan, else the routines."""
        # Translators: the preview's button back to Today's plan of the programme (Esc does the same).
        self.back_button.setText("←  " + (_("Today") if to_today else _("Routines")))

    def show_entry(
        self, entry: Entry, other: Entry | None = None, card: Card | None = None, week: Dial | None = None
    ) -> None:
        """Show `entry`; `other` is its counterpart (`Library.counterpart`): the original of the
        user's version of a built-in routine, or the user's version of a built-in one. `card`: a tip to show.
        `week`: the programme week's dose, when this is the programme's routine for today: the dial starts there, to
        go gentler from. Another routine starts at Normal; the same one (or its counterpart) again, at the same week's
        dose or none, keeps the choice."""
        before = self._entry
        same = before is not None and before.path in {entry.path, other.path if other is not None else None}
        keep = same and week == self._week  # the same routine at the same week's dose (or none): the runner's choice
        self._entry, self._other, self._week = entry, other, week
        if not keep:  # a week's dose never reaches another routine, nor its own opened from the routines
            self.dial.choose(week if week is not None else Dial.NORMAL)
        self.card.show_card(card)
        self.dose_note.as_written.setChecked(False)  # each routine starts at your own doses
        self._show_today(keep_place=False)
        self.dial.setVisible(entry.routine is not None)
        self.start_button.setEnabled(entry.routine is not None)
        # The focus lands on Start, not on the routine's name: a screen reader hears what Start starts there.
        self.start_button.say_what(f"{entry.routine.name}." if entry.routine is not None else "")
        self.print_button.setEnabled(entry.routine is not None)
        self.pdf_button.setEnabled(entry.routine is not None)
        self.paper_note.hide()
        mine = entry.source is not Source.BUILT_IN
        edit = _("Fix the file") if entry.routine is None else _("Edit") if mine else _("Make it mine")
        if not mine and other is not None:
            edit = _("Edit my version")
        self.edit_button.setText(edit)
        self.edit_button.setToolTip(
            "" if mine else _("Built-in routines stay as they are: your version is listed in place of this one")
        )
        self.edit_button.setVisible(mine or entry.routine is not None)
        self.other_button.setText(_("Show the original") if mine else _("Show my version"))
        self.other_button.setVisible(other is not None)
        self.start_button.setFocus()
        self._fresh.arm()  # after the work of showing it: keys typed meanwhile were meant for the screen before

    def _on_look(self, new: Look) -> None:
        """Colours and sizes of the new look; the figures drawn again in the text's new colour."""
        self.setStyleSheet(_style(new))
        if self.paper_note.isVisible():
            self._tell(self._told)
        self._show_today()

    def entry(self) -> Entry | None:
        return self._entry

    def week(self) -> Dial | None:
        """The programme week's dose the routine is shown at (None: not the programme's routine today)."""
        return self._week

    def keep(self, dial: Dial, as_written: bool, place: int = 0) -> None:
        """The gentler dial, "as written" and the place read to as the runner left them (this screen built again in
        another language)."""
        self.dial.choose(dial)
        self.dose_note.as_written.setChecked(as_written)
        self._show_today()
        self.text.verticalScrollBar().setValue(place)

    def set_progress(self, progress: Callable[[Routine], States]) -> None:
        """Where the state of each ladder of a routine comes from."""
        self._progress = progress

    def _show_today(self, keep_place: bool = True) -> None:
        """The routine as it would run today: its steps, doses and length at the runner's own doses (unless taken
        as written) with the dial applied, and what changed from the routine as written, and why. The text stays
        where it was read to (`keep_place`) when the same routine is shown again, by the dial or the look."""
        entry = self._entry
        if entry is None:
            return
        place = self.text.verticalScrollBar().value() if keep_place else 0
        if entry.routine is not None:
            states = self._progress(entry.routine)
            self.dose_note.show_changes(plan(entry.routine, states).changes)
            as_written = self.dose_note.taken_as_written()
            today = todays_routine(entry.routine, states, self.dial.dial(), as_written, self._week)
            own = todays_routine(entry.routine, states, Dial.NORMAL, as_written)
            self.applied.setText(dose_words(own, today, self.dial.dial(), self._week))
            entry = replace(entry, routine=today)
        else:
            self.dose_note.show_changes(())
            self.applied.setText("")
        self.applied.setVisible(bool(self.applied.text()))
        self._add_pictures(entry)
        self.text.setHtml(routine_html(entry, pictures=True, mistakes=True))
        self.text.document().size()  # laid out now, so the scroll bar knows the new text's length
        self.text.verticalScrollBar().setValue(place)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if self._fresh.accepts(event.isAutoRepeat(), event.key(), event.timestamp()):
                self._on_start_clicked()  # never a key typed while the window was busy, nor one held down
        elif event.key() == Qt.Key.Key_G and not event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.dial.cycle()
        elif event.key() == Qt.Key.Key_W and not event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.dose_note.toggle()
        elif event.key() in (Qt.Key.Key_Escape, Qt.Key.Key_Backspace):
            self.backRequested.emit()
        else:
            super().keyPressEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.start_button and isinstance(event, QKeyEvent) and event.key() in _STARTING_KEYS:
            if event.type() == QEvent.Type.KeyRelease:
                self._fresh.released(event.key(), event.timestamp())
            elif event.type() == QEvent.Type.KeyPress:
                return not self._fresh.accepts(event.isAutoRepeat(), event.key(), event.timestamp())
        return super().eventFilter(watched, event)

    def keyReleaseEvent(self, event: QKeyEvent) -> None:
        self._fresh.released(event.key(), event.timestamp())
        super().keyReleaseEvent(event)

    def _add_pictures(self, entry: Entry) -> None:
        """Draw the figures the routine's steps show, sharp on this screen, in the text's colour."""
        if entry.routine is None:
            return
        document = self.text.document()
        ink = self.text.palette().text().color()
        ratio = self.devicePixelRatioF()
        size = QSize(*PICTURE_SIZE)
        for url, (exercise, mirrored) in picture_steps(entry.routine).items():
            assert exercise.pose is not None
            image = pose_pixmap(exercise.pose, size, ink, ratio, mirrored)
            document.addResource(QTextDocument.ResourceType.ImageResource, QUrl(url), image)

    def _on_edit_clicked(self) -> None:
        if self._entry is not None:
            self.editRequested.emit(self._entry)

    def _on_other_clicked(self) -> None:
        if self._other is not None:
            self.otherRequested.emit(self._other)

    def _on_print_clicked(self) -> None:
        if self._entry is not None and self._entry.routine is not None:
            self._tell(ask_print_sheet(self, self._entry.routine, self._wall_clock))

    def _on_pdf_clicked(self) -> None:
        if self._entry is not None and self._entry.routine is not None:
            self._tell(ask_sheet_pdf(self, self._entry.routine, self._wall_clock))

    def _tell(self, told: Told | None) -> None:
        self._told = told
        if told is not None:
            self.paper_note.setStyleSheet(f"color: {look().palette.problem};" if told.problem else "")
            self.paper_note.setText(told.words)
            self.paper_note.show()

    def _on_start_clicked(self) -> None:
        if self._entry is not None and self._entry.routine is not None:
            self.startRequested.emit(self._entry, self.dial.dial(), self.dose_note.taken_as_written(), self._week)
