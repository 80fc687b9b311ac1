"""Your history: active days on a calendar, the streak, minutes a week, the pain trend, every session.

Everything shown is worked out by `history_stats` in the domain; this lays it out. The charts come
from QtCharts, loaded only when the history is first opened.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Mapping
from itertools import pairwise
from pathlib import Path

from PySide6.QtCharts import (
    QChartView,
)
from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QKeyEvent, QPainter, QTextCharFormat
from PySide6.QtWidgets import (
    QCalendarWidget,
    QComboBox,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QVBoxLayout,
    QWidget,
)

from workout_timer.domain.common.language import _
from workout_timer.domain.history.chart_words import calendar_words, minutes_words, pain_words
from workout_timer.domain.history.history_words import (
    goal_choice,
    session_row,
    set_aside_words,
    streak_words,
)
from workout_timer.domain.history.records import named_now
from workout_timer.domain.history.report import not_saved_words, save_csv, saved_words, session_details
from workout_timer.domain.history.stats import HistoryStats, history_stats, local_day
from workout_timer.domain.history.store import HistoryStore, SessionRecord
from workout_timer.domain.routines.routine import Catalogue
from workout_timer.qt.common.app_language import app_locale
from workout_timer.qt.common.keyboard import PlainButton, unseen_label
from workout_timer.qt.common.readable import announce
from workout_timer.qt.common.theme.look import DESIGN_POINTS, Look, follow, look, sized
from workout_timer.qt.history.history_parts import minutes_chart, pain_chart_of
from workout_timer.qt.history.history_parts import name_calendar_parts as _name_calendar_parts
from workout_timer.qt.history.history_parts import titled as _titled
from workout_timer.qt.history.ladder_section import LadderSection
from workout_timer.qt.paper.paper_dialogs import ask_report

log = logging.getLogger("workout_timer.history")

GOALS = (0, 5, 10, 15, 20, 30, 45)
"""Daily goals to choose from, in minutes."""
WEEKS = 8
"""Weeks in the minutes chart: two months, with room for each week's label."""


class HistoryView(QWidget):
    """Shows the history store's sessions and check-ins.

    Signals:
        backRequested: Back (or Esc).
        goalChosen(float): the daily goal the user picked, in minutes (0 for none).
    """

    backRequested = Signal()
    goalChosen = Signal(float)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._store: HistoryStore | None = None
        self._today: dt.date | None = None
        self._routines: dict[str, str] = {}  # each routine's name now, by its id
        title = QLabel(_("Your history"))
        sized(title, DESIGN_POINTS * 1.8, bold=True)
        self.streak = QLabel()
        self.streak.setWordWrap(True)
        sized(self.streak, 13)
        self.calendar = QCalendarWidget()
        self.calendar.setLocale(app_locale())  # as the app speaks, whatever the desktop's language
        self.calendar.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)
        self.calendar.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.calendar.setAccessibleName(_("Active days"))
        _name_calendar_parts(self.calendar)
        self.minutes_chart = QChartView()
        self.minutes_chart.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.minutes_chart.setAccessibleName(_("Minutes a week"))
        self.pain_chart = QChartView()
        self.pain_chart.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.pain_chart.setAccessibleName(_("How your back felt"))
        self.routines = QListWidget()
        self.routines.setAccessibleName(_("Routines you did"))
        self.sessions = QListWidget()
        self.sessions.setAccessibleName(_("Sessions"))
        self.details = QLabel()
        self.details.setWordWrap(True)
        self.details.setTextFormat(Qt.TextFormat.PlainText)
        self._records: list[SessionRecord] = []
        self.ladders = LadderSection()  # how each exercise grew
        self.goal = QComboBox()
        for minutes in GOALS:
            self.goal.addItem(goal_choice(minutes), float(minutes))
        self.export_button = PlainButton(_("Export as CSV…"))
        self.report_button = PlainButton(_("Report for your physio…"))
        self.report_button.setToolTip(_("A PDF of the dates you choose, made to be handed over, with a CSV beside it"))
        self.export_note = QLabel()
        self.export_note.setObjectName("exportNote")
        self.export_note.setWordWrap(True)
        self.export_note.setTextFormat(Qt.TextFormat.PlainText)
        self.export_note.hide()
        self.back_button = PlainButton()
        self.set_way_back(to_today=False)

        grid = QGridLayout()
        grid.addWidget(self.calendar, 0, 0)
        grid.addWidget(self.minutes_chart, 0, 1)
        grid.addWidget(_titled(_("Routines you did"), self.routines), 1, 0)
        grid.addWidget(self.pain_chart, 1, 1)
        grid.setColumnStretch(1, 1)
        side = QVBoxLayout()
        side.addWidget(_titled(_("Sessions"), self.sessions, self.details), 1)
        side.addWidget(self.ladders, 1)
        top = QHBoxLayout()
        top.addWidget(title)
        top.addStretch(1)
        top.addWidget(unseen_label(_("Daily goal"), self.goal))  # its choices say it: "No daily goal"
        top.addWidget(self.goal)
        top.addWidget(self.export_button)
        top.addWidget(self.report_button)
        top.addWidget(self.back_button)
        body = QHBoxLayout()
        body.addLayout(grid, 3)
        body.addLayout(side, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addLayout(top)
        layout.addWidget(self.streak)
        layout.addWidget(self.export_note)
        layout.addLayout(body, 1)
        order = (self.sessions, self.goal, self.export_button, self.report_button, self.back_button, self.routines)
        for first, then in pairwise((*order, self.ladders.lines)):
            QWidget.setTabOrder(first, then)
        self.setFocusProxy(self.sessions)  # it opens on the sessions, newest first

        self.back_button.clicked.connect(self.backRequested.emit)
        self.export_button.clicked.connect(self._on_export)
        self.report_button.clicked.connect(self._on_report)
        self.sessions.currentRowChanged.connect(self._on_session_chosen)
        self.goal.currentIndexChanged.connect(self._on_goal_index)
        self._told: tuple[str, bool] | None = None
        self._active_days: list[dt.date] = []
        self.calendar.currentPageChanged.connect(self._on_month_shown)
        follow(self, self._on_look)

    def _on_look(self, _new: Look) -> None:
        """The calendar, the charts and the note in the new look's colours."""
        if self._told is not None:
            self._tell(*self._told)
        if self._store is not None:
            stats = history_stats(self._store.sessions(), self._store.check_ins(), today=self._today, weeks=WEEKS)
            self._show_calendar(stats)
            self._show_minutes(stats)
            self._show_pain(stats)

    def set_way_back(self, to_today: bool) -> None:
        """Name where Back (Esc) goes: Today, when the runner came from its plan, else the routines."""
        if to_today:
            # Translators: the button back to Today's plan of the programme; Esc is the key that does the same.
            self.back_button.setText(_("←  Today  (Esc)"))
        else:
            # Translators: the button back to the list of routines; Esc is the key that does the same.
            self.back_button.setText(_("←  Routines  (Esc)"))

    def show_history(
        self,
        store: HistoryStore,
        today: dt.date | None = None,
        catalogue: Catalogue | None = None,
        routines: Mapping[str, str] | None = None,
    ) -> None:
        """The history of `store`; the exercises named as `catalogue` (in the language in use) calls them, the
        routines as `routines` (`Library.names`) calls them now."""
        today = today if today is not None else local_day(store.now())  # the history's wall clock: its days
        self._store, self._today, self._routines = store, today, dict(routines or {})
        self.export_note.hide()
        self._told = None
        records = named_now(store.sessions(), self._routines)
        stats = history_stats(records, store.check_ins(), today=today, weeks=WEEKS)
        self._show_streak(stats)
        self._show_calendar(stats)
        self._show_minutes(stats)
        self._show_pain(stats)
        # The pictures in words for screen readers, from the same figures.
        self.calendar.setAccessibleDescription(calendar_words(stats.active_days, today))
        self.minutes_chart.setAccessibleDescription(minutes_words(stats.minutes_by_week))
        self.pain_chart.setAccessibleDescription(pain_words(stats.pain))
        self.routines.clear()
        for name, count in stats.sessions_by_routine:
            self.routines.addItem(f"{name}  ×{count}")
        self.sessions.clear()
        self._records = list(reversed(records))
        for record in self._records:
            self.sessions.addItem(session_row(record))
        self.ladders.show_stories(store, catalogue)
        notes = [store.problem] if store.problem else []
        notes += [
            set_aside_words(backup)
            for backup in store.set_aside()
            if str(backup) not in (store.problem or "")  # said already
        ]
        if notes:
            self.streak.setText("\n".join([self.streak.text(), *notes]))

    def tell_reader(self) -> None:
        """The screen's title and the week so far, to a listening screen reader: the focus lands on the sessions."""
        announce(f"{_('Your history')}\n{self.streak.text()}")

    def place(self) -> tuple[int, int, int]:
        """Where the runner is: the calendar's year and month, and the session chosen (its row)."""
        return self.calendar.yearShown(), self.calendar.monthShown(), self.sessions.currentRow()

    def go_to(self, place: tuple[int, int, int]) -> None:
        """Back to a `place` (this screen built again in another language)."""
        year, month, row = place
        self.calendar.setCurrentPage(year, month)
        self.sessions.setCurrentRow(row)

    def set_goal(self, minutes: float) -> None:
        index = self.goal.findData(float(minutes))
        if index < 0:
            self.goal.addItem(goal_choice(minutes), float(minutes))
            index = self.goal.count() - 1
        self.goal.blockSignals(True)
        self.goal.setCurrentIndex(index)
        self.goal.blockSignals(False)

    def export_csv(self, path: Path) -> bool:
        """Write every session as CSV (the same columns as `workout-timer history --csv`) and say how it went."""
        try:
            store = self._store
            records = named_now(store.sessions(), self._routines) if store else []
            count = save_csv(records, store.check_ins() if store else [], path)
        except OSError as error:
            log.warning("The history could not be exported to %s: %s", path, error)
            self._tell(not_saved_words(error, path), problem=True)
            return False
        log.info("Exported %d sessions to %s", count, path)
        self._tell(saved_words(count, path), problem=False)
        return True

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Escape, Qt.Key.Key_Backspace):
            self.backRequested.emit()
        else:
            super().keyPressEvent(event)

    # -- inside ----------------------------------------------------------------------------

    def _show_streak(self, stats: HistoryStats) -> None:
        self.streak.setText(streak_words(stats))

    def _on_month_shown(self, _year: int, _month: int) -> None:
        self._mark_days()

    def _show_calendar(self, stats: HistoryStats) -> None:
        self._active_days = list(stats.active_days)
        self._mark_days()

    def _mark_days(self) -> None:
        """The days exercised in the month shown, in the accent colour; Qt greys the days of the months
        beside over any mark (unreadable on the accent), so those stay plain."""
        palette = look().palette
        self.calendar.setDateTextFormat(QDate(), QTextCharFormat())  # clear earlier marks
        weekend = QTextCharFormat()  # Qt's red weekends read at 4:1 on white, and less on black
        weekend.setForeground(QBrush(QColor(palette.text)))
        for weekday in (Qt.DayOfWeek.Saturday, Qt.DayOfWeek.Sunday):
            self.calendar.setWeekdayTextFormat(weekday, weekend)
        active = QTextCharFormat()
        active.setBackground(QBrush(QColor(palette.accent)))
        active.setForeground(QBrush(QColor(palette.accent_text)))
        active.setFontWeight(700)
        shown = (self.calendar.yearShown(), self.calendar.monthShown())
        for day in self._active_days:
            if (day.year, day.month) == shown:
                self.calendar.setDateTextFormat(QDate(day.year, day.month, day.day), active)

    def _show_minutes(self, stats: HistoryStats) -> None:
        self.minutes_chart.setChart(minutes_chart(stats))

    def _show_pain(self, stats: HistoryStats) -> None:
        self.pain_chart.setChart(pain_chart_of(stats))

    def _tell(self, text: str, problem: bool) -> None:
        self._told = (text, problem)
        palette = look().palette
        colour = palette.problem if problem else palette.window_text
        self.export_note.setStyleSheet(f"QLabel#exportNote {{ color: {colour}; font-size: {look().pt(12)}; }}")
        self.export_note.setText(text)
        self.export_note.show()

    def _on_goal_index(self, index: int) -> None:
        self.goalChosen.emit(float(self.goal.itemData(index)))

    def _on_session_chosen(self, row: int) -> None:
        if self._store is None or not 0 <= row < len(self._records):
            self.details.clear()
            return
        record = self._records[row]
        answers = [answer for session, _, answer in self._store.check_ins() if session == record.id]
        self.details.setText(session_details(record, self._store.events(record.id), answers))

    def _on_report(self) -> None:
        if self._store is None:
            return
        today = self._today or local_day(self._store.now())
        told = ask_report(self, self._store, today, self.ladders.names, self._routines)
        if told is not None:
            self._tell(told.words, told.problem)

    def _on_export(self) -> None:
        name, _filter = QFileDialog.getSaveFileName(
            self, _("Export your history"), "workout-history.csv", _("CSV files (*.csv)")
        )
        if name:
            self.export_csv(Path(name))
