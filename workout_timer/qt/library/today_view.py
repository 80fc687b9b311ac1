"""Today: what the programme followed has for today, with its dose and a Start; this week's days, the first two
weeks' progress toward six sessions and the streak. Without a programme, the programmes to choose from.

Every sentence comes from `domain/programmes/today_text`, as `workout-timer today` prints it; the view shows
the plan the domain worked out and forwards what the user asks.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Mapping

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QFont, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from workout_timer.domain.common.clock import Clock
from workout_timer.domain.common.control_names import key_name
from workout_timer.domain.common.language import _, ngettext
from workout_timer.domain.programmes import today_text
from workout_timer.domain.programmes.plan import EARLY_GOAL, TodayPlan
from workout_timer.domain.programmes.programme_library import ProgrammeEntry
from workout_timer.domain.session.fresh_input import FreshInput
from workout_timer.qt.common.keyboard import PlainButton
from workout_timer.qt.common.text_page import ButtonRows, main_button, main_button_style
from workout_timer.qt.common.theme.look import styled

_STARTING_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space)
_COMMAND_KEYS = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier | Qt.KeyboardModifier.MetaModifier


def typed_text(event: QKeyEvent) -> str:
    """What a key press types, when it types a letter, digit or sign (not a space, nor a key with Ctrl or Alt): a
    search begun by typing takes it."""
    text = event.text()
    if event.modifiers() & _COMMAND_KEYS or not text.isprintable() or not text.strip():
        return ""
    return text


def _label(scale: float = 1.0, bold: bool = False) -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    font = QFont(label.font())
    font.setPointSizeF(max(font.pointSizeF(), 10) * scale)
    font.setBold(bold)
    label.setFont(font)
    return label


class TodayView(QWidget):
    """Today's plan, or the programmes to start one of.

    Signals:
        startRequested: Start (or Enter) on today's routine.
        previewRequested: Preview (P): today's routine in the preview, its dial at the week's dose.
        programmeChosen(str): the id of the programme the user starts following today.
        stopRequested: the user stops following the programme.
        routinesRequested: All routines (or Esc): the library.
        searchRequested(str): Ctrl+F (""), or a letter typed on the plan (that letter): the routines' search, to go on
            typing there.
        importRequested: Import a programme…
        exportRequested(str): Export… the programme with this id.
    """

    startRequested = Signal()
    previewRequested = Signal()
    programmeChosen = Signal(str)
    stopRequested = Signal()
    routinesRequested = Signal()
    searchRequested = Signal(str)
    importRequested = Signal()
    exportRequested = Signal(str)

    def __init__(self, parent: QWidget | None = None, clock: Clock = time.monotonic) -> None:
        super().__init__(parent)
        self._fresh = FreshInput(clock)
        self.pages = QStackedWidget()

        self.plan_page = QWidget()
        self.where = _label(1.1)
        self.headline = _label(2.0, bold=True)
        self.headline.setObjectName("todayHeadline")
        self.note = _label(1.2)
        self.start_button = PlainButton("▶  " + _("Start  ({key})").format(key=key_name("Enter")))
        self.start_button.setDefault(True)
        main_button(self.start_button)  # the preview's main Start, in the accent colour: the same look, the same role
        styled(self.start_button, main_button_style)  # (the other buttons keep their look: the screen's words fit)
        self.start_button.installEventFilter(self)
        self.early = _label(1.3)
        self.early_bar = QProgressBar()
        self.early_bar.setRange(0, EARLY_GOAL)
        # Translators: the text on a progress bar; {done} and {goal} are numbers of sessions.
        sessions = ngettext("{done} of {goal} session", "{done} of {goal} sessions", EARLY_GOAL)
        self.early_bar.setFormat(sessions.format(done="%v", goal="%m"))
        self.early_bar.setAccessibleName(_("Sessions in your first two weeks"))
        self.streak = _label(1.3)
        self.week_heading = _label(1.3, bold=True)
        self.week = QListWidget()
        self.week.setAccessibleName(_("This week"))
        week_font = QFont(self.week.font())
        week_font.setPointSizeF(max(week_font.pointSizeF(), 10) * 1.4)
        self.week.setFont(week_font)
        self.week.installEventFilter(self)  # a letter typed there begins a search, not the list's own
        # Translators: a button back to the library; {key} is its key, "Esc".
        self.routines_button = PlainButton(_("All routines  ({key})").format(key=key_name("Esc")))
        self.stop_button = PlainButton(_("Stop this programme"))
        column = QVBoxLayout(self.plan_page)
        column.setContentsMargins(32, 20, 32, 20)
        for widget in (self.where, self.headline, self.note):
            column.addWidget(widget)
        # Translators: a button that shows today's routine before it starts; {key} is its key, "P".
        self.preview_button = PlainButton(_("Preview  ({key})").format(key="P"))
        start_row = QHBoxLayout()
        start_row.addWidget(self.start_button)
        start_row.addWidget(self.preview_button)
        start_row.addStretch(1)
        column.addLayout(start_row)
        for part in (self.early, self.early_bar, self.streak, self.week_heading):
            column.addWidget(part)
        column.addWidget(self.week)
        column.addStretch(1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.routines_button)
        buttons.addStretch(1)
        buttons.addWidget(self.stop_button)
        column.addLayout(buttons)

        self.choose_page = QWidget()
        choose_heading = _label(2.0, bold=True)
        choose_heading.setText(_("Follow a programme"))
        self.choose_text = _label(1.2)
        self.choose_text.setText(
            _(
                "A programme plans your weeks for you: which routine on which day, rest days between, and doses "
                "that start gently and grow. Choose one and press Enter to start it today."
            )
        )
        self.problem = _label(1.1)
        self.problem.hide()
        self.programmes = QListWidget()
        self.programmes.setAccessibleName(_("Programmes"))
        self.programmes.setFont(week_font)
        self.description = _label(1.1)
        self.follow_button = PlainButton(_("Start this programme today"))
        main_button(self.follow_button)  # the page's main button, as Start is on the plan's
        styled(self.follow_button, main_button_style)
        self.back_button = PlainButton(_("All routines  ({key})").format(key=key_name("Esc")))
        self.import_button = PlainButton(_("Import a programme…"))
        self.export_button = PlainButton(_("Export…"))
        self.export_button.setToolTip(_("Write the chosen programme to a file to share"))
        choose = QVBoxLayout(self.choose_page)
        choose.setContentsMargins(32, 20, 32, 20)
        for widget in (choose_heading, self.problem, self.choose_text):
            choose.addWidget(widget)
        choose.addWidget(self.programmes)
        choose.addWidget(self.description)
        choose.addStretch(1)
        choose_buttons = ButtonRows()  # wrapped when the words are long (German, larger text): the main one stays whole
        choose_buttons.addWidget(self.back_button)
        choose_buttons.addWidget(self.import_button)
        choose_buttons.addWidget(self.export_button)
        choose_buttons.addWidget(self.follow_button)
        choose.addLayout(choose_buttons)

        self.pages.addWidget(self.plan_page)
        self.pages.addWidget(self.choose_page)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.pages)
        QShortcut(QKeySequence.StandardKey.Find, self, lambda: self.searchRequested.emit(""))

        self._entries: list[ProgrammeEntry] = []
        self._needs: Mapping[str, str] = {}
        self.start_button.clicked.connect(self._on_start)
        self.preview_button.clicked.connect(self.previewRequested.emit)
        self.routines_button.clicked.connect(self.routinesRequested.emit)
        self.back_button.clicked.connect(self.routinesRequested.emit)
        self.stop_button.clicked.connect(self.stopRequested.emit)
        self.follow_button.clicked.connect(self._on_follow)
        self.import_button.clicked.connect(self.importRequested.emit)
        self.export_button.clicked.connect(self._on_export)
        self.programmes.itemActivated.connect(lambda _item: self._on_follow())
        self.programmes.currentRowChanged.connect(self._on_programme_changed)

    # -- what the window calls --------------------------------------------------------------

    def show_plan(self, plan: TodayPlan, name_of: Callable[[str], str], can_start: bool) -> None:
        """Show where the programme stands today; `can_start`: today's routine is there and loads."""
        self.where.setText(f"{plan.programme.name} · {today_text.where_in_plan(plan)}")
        self.headline.setText(today_text.headline(plan, name_of))
        self.start_button.say_what(self.headline.text())  # the focus lands on Start: what it starts is heard there
        self.note.setText(plan.note)
        self.note.setVisible(bool(plan.note) and not plan.finished)
        startable = can_start and plan.routine_id is not None and not plan.done_today
        self.start_button.setVisible(startable)
        self.preview_button.setVisible(startable)
        early = today_text.early_goal(plan)
        self.early.setText(early)
        self.early.setVisible(bool(early))
        self.early_bar.setValue(plan.early_done)
        self.early_bar.setVisible(bool(early))
        streak = today_text.streak(plan)
        self.streak.setText(streak)
        self.streak.setVisible(bool(streak))
        # Translators: the heading over the days of this week of a programme.
        self.week_heading.setText(_("This week"))
        self.week.clear()
        for day in plan.days:
            self.week.addItem(QListWidgetItem(today_text.day_line(day, name_of)))
        self.week.setFixedHeight(self.week.sizeHintForRow(0) * len(plan.days) + 2 * self.week.frameWidth() + 8)
        self.stop_button.setText(_("Choose another programme") if plan.finished else _("Stop this programme"))
        self.pages.setCurrentWidget(self.plan_page)
        # With no Start, the focus lands on the week: the day's words are heard there ("Today is a rest day.").
        self.week.setAccessibleDescription("" if startable else self.headline.text())
        (self.start_button if startable else self.week).setFocus()
        self._fresh.arm()

    def show_choices(self, entries: list[ProgrammeEntry], problem: str = "", needs: Mapping[str, str] = {}) -> None:
        """The programmes that load, to start one of, with what each needs (by id: `needs`); `problem`: why the
        one followed can't be shown."""
        self._needs = needs
        self.problem.setText(problem)
        self.problem.setVisible(bool(problem))
        self._entries = [entry for entry in entries if entry.programme is not None]
        self.programmes.clear()
        for entry in self._entries:
            assert entry.programme is not None
            self.programmes.addItem(QListWidgetItem(f"{entry.name}  ·  {today_text.programme_facts(entry.programme)}"))
        rows = max(len(self._entries), 1)
        self.programmes.setFixedHeight(self.programmes.sizeHintForRow(0) * rows + 2 * self.programmes.frameWidth() + 8)
        self.programmes.setCurrentRow(0)
        self.export_button.setEnabled(bool(self._entries))
        self.follow_button.setEnabled(bool(self._entries))
        self.pages.setCurrentWidget(self.choose_page)
        self.programmes.setFocus()

    def showing_plan(self) -> bool:
        return self.pages.currentWidget() is self.plan_page

    # -- keys and slots ---------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.showing_plan():
            if self._fresh.accepts(event.isAutoRepeat(), event.key(), event.timestamp()):
                self._on_start()
        elif event.key() == Qt.Key.Key_P and self.showing_plan() and self.preview_button.isVisible():
            self.previewRequested.emit()
        elif event.key() in (Qt.Key.Key_Escape, Qt.Key.Key_Backspace):
            if not event.isAutoRepeat():  # Esc held since the routines, which it led back from, leads nowhere
                self.routinesRequested.emit()
        elif self.showing_plan() and typed_text(event):
            self.searchRequested.emit(typed_text(event))  # type-ahead: the search takes the letter and what follows
        else:
            super().keyPressEvent(event)

    def keyReleaseEvent(self, event: QKeyEvent) -> None:
        self._fresh.released(event.key(), event.timestamp())
        super().keyReleaseEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        typing = isinstance(event, QKeyEvent) and event.type() == QEvent.Type.KeyPress and bool(typed_text(event))
        if watched is self.week and typing:
            assert isinstance(event, QKeyEvent)
            self.keyPressEvent(event)  # the screen's letters (P), or a search begun, not the list's own search
            return True
        if watched is self.start_button and isinstance(event, QKeyEvent) and event.key() in _STARTING_KEYS:
            if event.type() == QEvent.Type.KeyRelease:
                self._fresh.released(event.key(), event.timestamp())
            elif event.type() == QEvent.Type.KeyPress:
                return not self._fresh.accepts(event.isAutoRepeat(), event.key(), event.timestamp())
        return super().eventFilter(watched, event)

    def _on_start(self) -> None:
        if self.start_button.isVisible():
            self.startRequested.emit()

    def _on_follow(self) -> None:
        row = self.programmes.currentRow()
        if 0 <= row < len(self._entries):
            self.programmeChosen.emit(self._entries[row].id)

    def _on_export(self) -> None:
        row = self.programmes.currentRow()
        if 0 <= row < len(self._entries):
            self.exportRequested.emit(self._entries[row].id)

    def _on_programme_changed(self, row: int) -> None:
        entry = self._entries[row] if 0 <= row < len(self._entries) else None
        if entry is None or entry.programme is None:
            self.description.setText("")
            return
        words = [entry.programme.description, self._needs.get(entry.id, "")]
        self.description.setText("\n\n".join(word for word in words if word))
