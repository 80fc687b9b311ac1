"""The one window: library, preview, player and summary, one at a time; the session controller runs a session."""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer
from PySide6.QtGui import QCloseEvent, QPaintEvent
from PySide6.QtWidgets import QStackedWidget, QVBoxLayout, QWidget

from workout_timer.domain.common.clock import Clock, WallClock
from workout_timer.domain.common.paths import user_routines_dir
from workout_timer.domain.library.entry import Entry
from workout_timer.domain.library.library import Library
from workout_timer.qt.common.settings import Settings
from workout_timer.qt.common.theme.focus_ring import FocusRings
from workout_timer.qt.common.theme.look import Theme
from workout_timer.qt.library.library_view import LibraryView
from workout_timer.qt.library.library_watcher import LibraryWatcher
from workout_timer.qt.shell.language.switch import LanguageSwitch
from workout_timer.qt.shell.menus import WindowMenus
from workout_timer.qt.shell.session_host import SessionHost
from workout_timer.qt.shell.window_geometry import place_window, remember_window

if TYPE_CHECKING:
    from workout_timer.domain.care.card_choice import CardChoice
    from workout_timer.domain.care.cards import Card
    from workout_timer.domain.care.gentler import Dial
    from workout_timer.domain.history.store import HistoryStore
    from workout_timer.qt.history.history_view import HistoryView
    from workout_timer.qt.library.day_timer import DayTimer
    from workout_timer.qt.library.preview_view import PreviewView
    from workout_timer.qt.preferences.settings_dialog import SettingsDialog
    from workout_timer.qt.routines.routine_editing import RoutineEditing
    from workout_timer.qt.session.announcer import Announcer
    from workout_timer.qt.session.session_controller import SessionController
    from workout_timer.qt.session.wake_lock import WakeLock
    from workout_timer.qt.shell.notice_overlay import NoticeOverlay
    from workout_timer.qt.shell.today_screen import TodayScreen


log = logging.getLogger("workout_timer.window")
HISTORY_CLOSE_WAIT = 1.0
"""Seconds the window, closing, waits for another program holding the history to let go."""


def _install_app_style() -> None:
    from workout_timer.qt.common.theme.app_style import install_app_style  # (with QStyle's enums)

    install_app_style()


class MainWindow(SessionHost):
    """Assembles the screens and menus and shows one at a time; a session is the session controller's.

    Only the library is built at the start, so it paints sooner: the other screens, dialogs and what
    only a session needs are imported and built the first time they are wanted (every Qt class and
    enum loaded before the first paint delays it). No signals of its own: it is the top of the app.
    """

    def __init__(
        self,
        library: Library,
        settings: Settings | None = None,
        clock: Clock = time.monotonic,
        wake_lock: WakeLock | None = None,
        announcer: Announcer | None = None,
        wall_clock: WallClock = time.time,
    ) -> None:
        super().__init__()
        self.setWindowTitle("Workout Timer")
        self.library = library
        self.settings = settings if settings is not None else Settings()
        Theme(self.settings, self)  # before the screens: they take its look
        FocusRings(self)
        place_window(self, self.settings)
        self._settings_dialog: SettingsDialog | None = None
        self._once_painted: list[Callable[[], object]] = []
        self._folders_checked = False
        self._audio_wanted = False
        self._notices: NoticeOverlay | None = None
        self._history: HistoryStore | None = None
        self._history_view: HistoryView | None = None
        self._clock = clock
        self._wall_clock = wall_clock
        """The one source of "today": the history's, Today's and the next-day question's (`clock.today_by`)."""
        self.days: DayTimer | None = None
        self._was_maximized = False
        self._editing: RoutineEditing | None = None
        self._session: SessionController | None = None
        self._cards: CardChoice | None = None
        self._given = (announcer, wake_lock)
        """An announcer and a wake lock made by the caller (tests), for the session controller."""
        self.offers_drafts = True
        """Drafts left by a crash are offered back (not by a second instance: they are the first one's)."""

        self.library_view = LibraryView()
        self.library_watcher = LibraryWatcher(self)  # files changed by hand or by another program
        self.library_watcher.changed.connect(self.reload_library)
        self._preview: PreviewView | None = None
        self.stack = QStackedWidget()
        self.stack.addWidget(self.library_view)
        frame = QWidget()
        self._frame = QVBoxLayout(frame)  # a bar above the screens (the next-day question), then the screens
        self._frame.setContentsMargins(0, 0, 0, 0)
        self._frame.setSpacing(0)
        self._frame.addWidget(self.stack, 1)
        self.setCentralWidget(frame)
        self.menus = WindowMenus(self, self)
        LanguageSwitch(self, self)  # another language chosen: put into effect at once, in every screen

        self.library_view.routineChosen.connect(self._on_routine_chosen)
        self.library_view.chosenChanged.connect(self.menus.update_routine_actions)
        self.stack.currentChanged.connect(self.menus.update_routine_actions)
        self.library_view.noticeDismissed.connect(self._on_notice_dismissed)
        self.library_view.todayRequested.connect(self.show_today)
        self._today: TodayScreen | None = None
        if not self.settings.notice_read:
            self.library_view.notice.show()

        self.reload_library()
        self.show_library()
        self.open_on_today()
        self.once_painted(self.library_view.add_clear_button)
        self.once_painted(_install_app_style)  # no mark or icon of its own on the first frame

    @property
    def preview_view(self) -> PreviewView:
        if self._preview is None:
            from workout_timer.qt.library.preview_view import PreviewView

            preview = self._preview = PreviewView(clock=self._clock, wall_clock=self._wall_clock)
            self.stack.addWidget(preview)
            preview.backRequested.connect(self.show_library)
            preview.startRequested.connect(self.start_routine)
            preview.set_progress(self._progress_of)
            preview.editRequested.connect(self._on_edit_requested)
            # "Show my version" or "Show the original": the same routine, at the programme week's dose it was shown at
            preview.otherRequested.connect(lambda other: self.show_preview(other, preview.week()))
        return self._preview

    @property
    def today_screen(self) -> TodayScreen:
        if self._today is None:
            from workout_timer.qt.shell.today_screen import TodayScreen

            self._today = TodayScreen(self, self._clock, self._wall_clock)
        return self._today

    def show_today(self) -> None:
        """Today's plan of the programme followed, or the programmes to start one of (Ctrl+T)."""
        self.today_screen.show()

    def open_on_today(self) -> None:
        """A runner following a programme opens on Today (decided before the first paint, so the window never
        changes screen under them): what is followed is read in one small read of the history file, if there is
        one; only then is the history opened, for Today's plan."""
        from workout_timer.domain.common.paths import history_path

        if self.current_view() is not self.library_view or (self._history is None and not history_path().is_file()):
            return  # (a first start reads nothing)
        if self._history is not None:
            followed = self.history.following()
        else:
            from workout_timer.domain.history.following import peek_following

            followed = peek_following(history_path())
        if followed is not None:
            self.show_today()

    def show_history(self) -> None:
        """The history of sessions (not while one runs: the menu is hidden then)."""
        if self._history_view is None:
            from workout_timer.qt.history.history_view import HistoryView

            self._history_view = HistoryView()
            self.stack.addWidget(self._history_view)
            self._history_view.backRequested.connect(self.show_library)
            self._history_view.goalChosen.connect(self._on_goal_chosen)
        self._history_view.set_goal(self.settings.daily_goal)
        self._history_view.set_way_back(to_today=self.back_to_today())
        self._history_view.show_history(self.history, catalogue=self.library.catalogue, routines=self.library.names())
        self._history_view.setFocus()  # on the sessions before it shows: not first on a chart the stack picks
        self._show(self._history_view)
        self._history_view.setFocus()
        self._history_view.tell_reader()

    def start_audio_once_painted(self) -> None:
        """Start the audio, and read today's goal, once the window has painted: both compete with the
        first paint (a process to start, a database to open). A session started before that starts
        the audio at once: its first cues wait for the voice."""
        self._audio_wanted = True
        for call in (self.start_audio, self.refresh_goal, self._offer_drafts):
            self.once_painted(call)

    def once_painted(self, call: Callable[[], object]) -> None:
        """`call` soon after the window's next paint: what the first paint need not wait for."""
        self._once_painted.append(call)
        self.update()

    def show_settings(self) -> None:
        """The sound and voice settings, in a modal dialog built once; over the player, the session waits for them."""
        from workout_timer.qt.preferences.settings_dialog import SettingsDialog

        if self._settings_dialog is None:
            self._settings_dialog = SettingsDialog(self.settings, self.announcer.host, self)
        if not self._settings_dialog.isVisible() and self._session is not None:
            self._session.requests.hold_while_open(self._settings_dialog)
        self._settings_dialog.show()
        self._settings_dialog.raise_()

    @property
    def history(self) -> HistoryStore:
        """The history of sessions, opened at the first session; a problem with it is told, never fatal."""
        if self._history is None:
            from workout_timer.qt.shell.unsaved_history import open_history

            self._history = open_history(self, self._wall_clock, on_problem=self.notify)
        return self._history

    @property
    def editing(self) -> RoutineEditing:
        """New, edit, duplicate, delete, import and export; built the first time one is wanted."""
        if self._editing is None:
            from workout_timer.domain.common.paths import user_drafts_dir, user_trash_dir
            from workout_timer.domain.library.user_routines import UserRoutines
            from workout_timer.qt.routines.routine_editing import RoutineEditing

            folder = self.library.user_dir or user_routines_dir()
            user = UserRoutines(folder, user_trash_dir(), user_drafts_dir())
            self._editing = RoutineEditing(self, self, user)
            self._editing.deletedChanged.connect(self.menus.on_deleted_changed)
        return self._editing

    def chosen_entry(self) -> Entry | None:
        """The routine the Routine menu acts on: the one in the preview, else the one chosen in the list."""
        if self._preview is not None and self.current_view() is self._preview:
            return self._preview.entry()
        return self.library_view.current_entry()

    # -- what the editing side asks of the window ------------------------------------------

    def put_above_screens(self, widget: QWidget) -> None:
        """`widget` above every screen, across the window (it shows and hides itself)."""
        self._frame.insertWidget(0, widget)

    def at_home(self) -> bool:
        """The routines or Today is on screen: where the window opens."""
        return self.current_view() in (self.library_view, self._today.view if self._today is not None else None)

    def show_view(self, view: QWidget) -> None:
        if self.stack.indexOf(view) < 0:
            self.stack.addWidget(view)
        self._show(view)

    # -- screens ---------------------------------------------------------------------------

    def reload_library(self, chosen: str = "") -> None:
        """The routines read again, the one chosen kept; or `chosen`, by its id (a routine just saved)."""
        self.library_view.set_entries(self.library.entries())
        if chosen:
            self.library_view.select(chosen)
        self.library_watcher.watch(self.library.watched_paths())

    def show_library(self, select: str = "") -> None:
        """The routines, or Today when the runner came from it (back from its routine's preview or session);
        `select` chooses a routine by its id."""
        if not select and self.back_to_today():
            self.show_today()
            return
        self._show(self.library_view)
        self.library_view.focus_list()
        if select:
            self.library_view.select(select)
        if self._history is not None:  # at the start the history opens after the first paint
            self.refresh_goal()

    def back_to_today(self) -> bool:
        """Whether the way back to the routines (`show_library`) leads to Today: the runner came from it."""
        return self._today is not None and self._today.home

    def refresh_goal(self) -> None:
        """Today's minutes against the daily goal, above the routines (nothing without a goal)."""
        from workout_timer.domain.history.stats import todays_goal_note

        goal = self.settings.daily_goal  # no goal: the history need not be opened for it
        self.library_view.set_goal_note(
            todays_goal_note(self.history.sessions(), goal, self._wall_clock) if goal > 0 else ""
        )

    def show_preview(self, entry: Entry, week: Dial | None = None) -> None:
        """The preview of `entry`; `week`: the programme week's dose, when it is the programme's routine today."""
        self.preview_view.show_entry(entry, self.library.counterpart(entry), self._preview_card(), week)
        self.preview_view.set_way_back(to_today=self.back_to_today())
        self._show(self.preview_view)

    def _preview_card(self) -> Card | None:
        """The tip the preview shows (`care.card_choice` decides; the history says how many sessions were done)."""
        if not self.settings.cards_on:
            return None  # the history need not be opened for nothing
        if self._cards is None:
            from workout_timer.domain.care.card_choice import CardChoice

            self._cards = CardChoice(self.settings, wall_clock=self._wall_clock)
        return self._cards.at_preview([record.started_at for record in self.history.sessions()])

    def current_view(self) -> QWidget | None:
        return self.stack.currentWidget()

    def showing_routines(self) -> bool:
        """The list or a preview is on screen: where a routine can be deleted."""
        return self.current_view() in (self.library_view, self._preview)

    def _show(self, view: QWidget) -> None:
        left = view is not self.stack.currentWidget()
        self.stack.setCurrentWidget(view)
        self.menuBar().setVisible(self._session is None or not self._session.is_player(view))
        if self._notices is not None and left:
            self._notices.screen_left()  # (placed for the screen now shown, its menu bar shown or hidden)

    # -- slots -----------------------------------------------------------------------------

    def _on_routine_chosen(self, entry: Entry) -> None:
        self.show_preview(entry)

    def _on_edit_requested(self, entry: Entry) -> None:
        self.editing.edit(entry)

    def notify(self, message: str, true_while: Callable[[], bool] | None = None) -> None:
        """Tell the user something once (the voice, the tones, the history), without a dialog that
        would take the keys from the player; `true_while`: it holds only while this says so (`NoticeOverlay.add`)."""
        log.warning("%s", message)
        self.notices.add(message, true_while)

    @property
    def notices(self) -> NoticeOverlay:
        """The notices floating over the bottom of the window (built the first time one is wanted)."""
        if self._notices is None:
            from workout_timer.qt.shell.notice_overlay import NoticeOverlay

            self._notices = NoticeOverlay(self, self._clock, place=self._notice_place, room=self._frame)
        return self._notices

    def _on_goal_chosen(self, minutes: float) -> None:
        self.settings.daily_goal = minutes

    def _on_notice_dismissed(self) -> None:
        self.settings.notice_read = True

    # -- Qt events -------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self._folders_checked:
            self._folders_checked = True
            QTimer.singleShot(0, self._check_user_folders)
            QTimer.singleShot(0, self._offer_next_day)
        calls, self._once_painted = self._once_painted, []
        for call in calls:
            QTimer.singleShot(0, call)

    def _offer_next_day(self) -> None:
        """ "How is your back compared to yesterday?" above the routines or Today, when it is due, now and after
        each midnight, when Today moves to the new day too."""
        from workout_timer.qt.shell.next_day_question import follow_the_day

        self.days = follow_the_day(self, self._wall_clock)

    def _check_user_folders(self) -> None:
        """Say once, as the window opens, what the user's folders can't keep (the workouts run anyway)."""
        from workout_timer.domain.common.user_folders import cant_keep, cant_keep_words

        words = cant_keep_words(cant_keep())
        if words:
            self.notify(words)

    def _offer_drafts(self) -> None:
        """Unsaved edits left by a crash are offered back, once the window is up."""
        from workout_timer.domain.common.paths import user_drafts_dir

        if self.offers_drafts and any(user_drafts_dir().glob("*.json")):
            self.editing.offer_drafts()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._editing is not None and not self._editing.leave():
            event.ignore()  # the user stays to look at unsaved changes
            return
        from workout_timer.qt.shell.unsaved_history import may_close

        if not may_close(self, self._history):
            event.ignore()  # the user stays, so that the sessions waiting are saved when the file can be written
            return
        self.shut_down()
        super().closeEvent(event)

    def shut_down(self) -> None:
        """End the session (kept as stopped, with its time), write the history and end the audio host,
        asking nothing: on closing, and when the system ends the app (SIGTERM at logout, SIGHUP)."""
        remember_window(self, self.settings)  # logging out keeps the window's place too
        if self._session is not None:
            self._session.shut_down()  # a session closed with the window is logged as stopped
        if self._history is not None:
            self._history.close(wait=HISTORY_CLOSE_WAIT)
