"""The one window: library, preview, player and summary, one at a time, and the session between them."""

from __future__ import annotations

import logging
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QPaintEvent, QShortcut
from PySide6.QtWidgets import QMainWindow, QStackedWidget, QWidget

from workout_timer.domain.care.back_care import GENTLE_ROUTINE
from workout_timer.domain.common.clock import Clock
from workout_timer.domain.common.failures import plain_words
from workout_timer.domain.common.paths import user_log_dir, user_routines_dir
from workout_timer.domain.library.entry import Entry, Source
from workout_timer.domain.library.library import Action, Library, why_not
from workout_timer.domain.routines.timeline import Timeline, build_timeline
from workout_timer.qt.common.settings import Settings
from workout_timer.qt.library.library_view import LibraryView
from workout_timer.qt.library.library_watcher import LibraryWatcher
from workout_timer.qt.shell.window_geometry import place_window, remember_window

if TYPE_CHECKING:
    from workout_timer.domain.care.back_care import CheckIn
    from workout_timer.domain.care.progression import Suggestion
    from workout_timer.domain.history.event_log import EventLog
    from workout_timer.domain.history.store import HistoryStore
    from workout_timer.domain.routines.routine import Routine
    from workout_timer.domain.session.engine import Event, Snapshot
    from workout_timer.domain.session.summary import SessionSummary
    from workout_timer.qt.history.history_view import HistoryView
    from workout_timer.qt.library.preview_view import PreviewView
    from workout_timer.qt.preferences.settings_dialog import SettingsDialog
    from workout_timer.qt.routines.routine_editing import RoutineEditing
    from workout_timer.qt.session.announcer import Announcer
    from workout_timer.qt.session.check_in_view import CheckInView
    from workout_timer.qt.session.player_view import PlayerView
    from workout_timer.qt.session.session_driver import SessionDriver
    from workout_timer.qt.session.summary_view import SummaryView
    from workout_timer.qt.session.wake_lock import WakeLock
    from workout_timer.qt.shell.notice_overlay import NoticeOverlay

SHORTCUTS_HELP = """<h3>Keyboard</h3>
<table cellspacing=6>
<tr><td><b>Space</b></td><td>pause or go on</td></tr>
<tr><td><b>→</b> / <b>←</b></td><td>next step / restart this step (twice: the one before)</td></tr>
<tr><td><b>Enter</b></td><td>done with the reps</td></tr>
<tr><td><b>+</b></td><td>ten seconds more</td></tr>
<tr><td><b>F</b> or <b>F11</b></td><td>full screen</td></tr>
<tr><td><b>M</b></td><td>sound on or off</td></tr>
<tr><td><b>I</b> or <b>?</b></td><td>how to do the exercise, and its common mistakes</td></tr>
<tr><td><b>Esc</b></td><td>leave full screen, then stop the session (it pauses and asks first)</td></tr>
<tr><td><b>Ctrl+F</b></td><td>search the routines</td></tr>
<tr><td><b>Ctrl+,</b></td><td>sound and voice</td></tr>
<tr><td><b>Ctrl+H</b></td><td>your history</td></tr>
<tr><td><b>Ctrl+N</b> / <b>Ctrl+E</b></td><td>new routine / edit the chosen one</td></tr>
<tr><td><b>Ctrl+D</b></td><td>a copy of the chosen routine to change</td></tr>
<tr><td><b>Ctrl+I</b> / <b>Ctrl+Shift+E</b></td><td>import a routine file / export the chosen routine</td></tr>
<tr><td><b>Ctrl+Z</b> / <b>Ctrl+Shift+Z</b></td><td>undo / redo in the editor</td></tr>
<tr><td><b>Ctrl+↑</b> / <b>Ctrl+↓</b></td><td>move a step in the editor</td></tr>
<tr><td><b>Ctrl+S</b></td><td>save the routine</td></tr>
<tr><td><b>Ctrl+Q</b></td><td>quit</td></tr>
</table>"""


log = logging.getLogger("workout_timer.window")
HISTORY_RETRY_MS = 2000
"""How often sessions that couldn't be written to the history yet are tried again."""
HISTORY_CLOSE_WAIT = 1.0
"""Seconds the window, closing, waits for another program holding the history to let go."""


class MainWindow(QMainWindow):
    """Moves between the four screens and runs one session at a time.

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
    ) -> None:
        super().__init__()
        self.setWindowTitle("Workout Timer")
        self.library = library
        self.settings = settings if settings is not None else Settings()
        place_window(self, self.settings)
        self._wake_lock = wake_lock
        if wake_lock is not None:
            wake_lock.unavailable.connect(self.notify)
        self._announcer: Announcer | None = None
        self._voice_problem = False
        self._settings_dialog: SettingsDialog | None = None
        self._after_first_paint = False
        self._folders_checked = False
        self._audio_wanted = False
        self._notices: NoticeOverlay | None = None
        self._history: HistoryStore | None = None
        self._history_session: int | None = None
        self._started = False
        """The session running (or just ended) got past its wait for the voice: its clock started."""
        self._before: CheckIn | None = None
        self._asked_before = False
        """The check-in before the session running (or just ended) was asked (answered or skipped)."""
        """The check-in before the session, kept with it in the history once it starts."""
        self._check_in_view: CheckInView | None = None
        self._history_view: HistoryView | None = None
        self._waiting_entry: Entry | None = None
        self._finished: SessionSummary | None = None
        self._finished_session: int | None = None
        self._pending_answer: CheckIn | None = None
        self._suggestion: Suggestion | None = None
        self.driver: SessionDriver | None = None
        self._clock = clock
        self._entry: Entry | None = None
        self._was_maximized = False
        self._resume_after_question = False
        """The session was paused to ask "Stop the session?": going on resumes it."""
        self._editing: RoutineEditing | None = None
        self._trial = False
        """The session running (or just ended) is the editor's "Try it": back to the editor after it."""

        self.library_view = LibraryView()
        self.library_watcher = LibraryWatcher(self)  # files changed by hand or by another program
        self.library_watcher.changed.connect(self.reload_library)
        self._preview: PreviewView | None = None
        self._player: PlayerView | None = None
        self._summary: SummaryView | None = None
        self.stack = QStackedWidget()
        self.stack.addWidget(self.library_view)
        self.setCentralWidget(self.stack)
        self._build_menus()

        self.library_view.routineChosen.connect(self._on_routine_chosen)
        self.library_view.chosenChanged.connect(self._update_routine_actions)
        self.stack.currentChanged.connect(self._update_routine_actions)
        self.library_view.noticeDismissed.connect(self._on_notice_dismissed)
        if not self.settings.notice_read:
            self.library_view.notice.show()

        if announcer is not None:
            self._adopt(announcer)
        self.reload_library()
        self.show_library()

    @property
    def preview_view(self) -> PreviewView:
        if self._preview is None:
            from workout_timer.qt.library.preview_view import PreviewView

            preview = self._preview = PreviewView()
            self.stack.addWidget(preview)
            preview.backRequested.connect(self.show_library)
            preview.startRequested.connect(self._on_start_requested)
            preview.editRequested.connect(self._on_edit_requested)
            preview.otherRequested.connect(self.show_preview)
        return self._preview

    def show_history(self) -> None:
        """The history of sessions (not while one runs: the menu is hidden then)."""
        if self._history_view is None:
            from workout_timer.qt.history.history_view import HistoryView

            self._history_view = HistoryView()
            self.stack.addWidget(self._history_view)
            self._history_view.backRequested.connect(self.show_library)
            self._history_view.goalChosen.connect(self._on_goal_chosen)
        self._history_view.set_goal(self.settings.daily_goal)
        self._history_view.show_history(self.history)
        self._show(self._history_view)
        self._history_view.setFocus()

    @property
    def check_in_view(self) -> CheckInView:
        if self._check_in_view is None:
            from workout_timer.qt.session.check_in_view import CheckInView

            view = self._check_in_view = CheckInView(clock=self._clock)
            self.stack.addWidget(view)
            view.answered.connect(self._on_check_in_answered)
            view.skipped.connect(self._on_check_in_done)
            view.proceed.connect(self._on_check_in_done)
            view.gentleRequested.connect(self._on_gentle_requested)
        return self._check_in_view

    @property
    def player_view(self) -> PlayerView:
        if self._player is None:
            self._build_session_screens()
            assert self._player is not None
        return self._player

    @property
    def summary_view(self) -> SummaryView:
        if self._summary is None:
            self._build_session_screens()
            assert self._summary is not None
        return self._summary

    @property
    def announcer(self) -> Announcer:
        """The voice and tones; silent until `start_audio` (tests that don't need sound never start it)."""
        if self._announcer is None:
            from workout_timer import resources
            from workout_timer.qt.session.announcer import Announcer

            folder = resources.assets_dir() / "sounds"
            self._adopt(Announcer(folder, self.settings.cue_choices, self.settings.muted, parent=self))
            assert self._announcer is not None
        return self._announcer

    def _adopt(self, announcer: Announcer) -> None:
        self._announcer = announcer
        self.settings.mutedChanged.connect(announcer.set_muted)
        announcer.voiceLost.connect(self._on_voice_lost)
        announcer.tonesLost.connect(self.notify)
        announcer.cueShown.connect(self._on_cue_shown)
        self.settings.cueChoicesChanged.connect(self._follow_cue_choices)

    def _follow_cue_choices(self) -> None:
        """The cues the user wants, less those the routine running is better without."""
        entry = self._entry if self.driver is not None else None
        choices = self.settings.cue_choices
        self.announcer.set_choices(
            choices.without(entry.routine.defaults.cues_off) if entry and entry.routine else choices
        )

    def start_audio(self) -> None:
        """Start the voice and the tones in their own process; nothing waits for them."""
        self.announcer.start(self.settings.audio)

    def start_audio_once_painted(self) -> None:
        """Start the audio, and read today's goal, once the window has painted: both compete with the
        first paint (a process to start, a database to open). A session started before that starts
        the audio at once: its first cues wait for the voice."""
        self._after_first_paint = True
        self._audio_wanted = True
        self.update()

    def show_settings(self) -> None:
        """The sound and voice settings, in a modal dialog built once."""
        from workout_timer.qt.preferences.settings_dialog import SettingsDialog

        if self._settings_dialog is None:
            self._settings_dialog = SettingsDialog(self.settings, self.announcer.host, self)
        self._settings_dialog.show()
        self._settings_dialog.raise_()

    @property
    def history(self) -> HistoryStore:
        """The history of sessions, opened at the first session; a problem with it is told, never fatal."""
        if self._history is None:
            from workout_timer.domain.common.paths import history_path
            from workout_timer.domain.history.store import HistoryStore

            self._history = HistoryStore(history_path(), on_problem=self.notify)
            retry = QTimer(self)  # what couldn't be written yet (a lock, a full disk) is written when it can
            retry.timeout.connect(self._history.flush)
            retry.start(HISTORY_RETRY_MS)
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
            self._editing.deletedChanged.connect(self._on_deleted_changed)
        return self._editing

    def chosen_entry(self) -> Entry | None:
        """The routine the Routine menu acts on: the one in the preview, else the one chosen in the list."""
        if self._preview is not None and self.current_view() is self._preview:
            return self._preview.entry()
        return self.library_view.current_entry()

    # -- what the editing side asks of the window ------------------------------------------

    def show_view(self, view: QWidget) -> None:
        if self.stack.indexOf(view) < 0:
            self.stack.addWidget(view)
        self._show(view)

    def try_routine(self, entry: Entry) -> None:
        """The editor's "Try it": the routine as it stands, no check-in, not in the history, back to the editor."""
        self.start_session(entry, trial=True)

    @property
    def wake_lock(self) -> WakeLock:
        if self._wake_lock is None:
            from workout_timer.qt.session.wake_lock import WakeLock

            self._wake_lock = WakeLock(parent=self)
            self._wake_lock.unavailable.connect(self.notify)
        return self._wake_lock

    def _build_session_screens(self) -> None:
        from workout_timer.qt.session.player_view import PlayerView
        from workout_timer.qt.session.summary_view import SummaryView

        player = self._player = PlayerView(clock=self._clock)
        summary = self._summary = SummaryView(clock=self._clock)
        self.stack.addWidget(player)
        self.stack.addWidget(summary)
        player.set_muted(self.settings.muted)
        self.settings.mutedChanged.connect(player.set_muted)
        player.set_voice_problem(self._voice_problem)
        summary.libraryRequested.connect(self._on_summary_left)
        summary.againRequested.connect(self._on_again_requested)
        summary.suggestionAccepted.connect(self._on_suggestion_accepted)
        player.pauseRequested.connect(self._on_pause_requested)
        player.nextRequested.connect(self._on_next_requested)
        player.previousRequested.connect(self._on_previous_requested)
        player.doneRequested.connect(self._on_done_requested)
        player.extendRequested.connect(self._on_extend_requested)
        player.stopRequested.connect(self._on_stop_requested)
        player.stopAnswered.connect(self._on_stop_answered)
        player.escapeRequested.connect(self._on_escape_requested)
        player.fullScreenRequested.connect(self.toggle_full_screen)
        player.muteRequested.connect(self._on_mute_requested)

    # -- screens ---------------------------------------------------------------------------

    def reload_library(self) -> None:
        self.library_view.set_entries(self.library.entries())
        self.library_watcher.watch(self.library.watched_paths())

    def show_library(self) -> None:
        self._show(self.library_view)
        self.library_view.focus_list()
        if self._history is not None:  # at the start the history opens after the first paint
            self.refresh_goal()

    def refresh_goal(self) -> None:
        """Today's minutes against the daily goal, above the routines (nothing without a goal)."""
        goal = self.settings.daily_goal
        if goal <= 0:
            self.library_view.set_goal_note("")
            return
        from workout_timer.domain.history.stats import goal_note, history_stats

        stats = history_stats(self.history.sessions(), [])
        self.library_view.set_goal_note(goal_note(stats.today_minutes, goal))

    def show_preview(self, entry: Entry) -> None:
        self.preview_view.show_entry(entry, self.library.counterpart(entry))
        self._show(self.preview_view)

    def current_view(self) -> QWidget | None:
        return self.stack.currentWidget()

    def _show(self, view: QWidget) -> None:
        if self._notices is not None and view is not self.stack.currentWidget():
            self._notices.screen_left()
        self.stack.setCurrentWidget(view)
        self.menuBar().setVisible(self._player is None or view is not self._player)

    # -- sessions --------------------------------------------------------------------------

    def start_session(
        self, entry: Entry, event_log: Path | None = None, trial: bool = False, before: CheckIn | None = None
    ) -> None:
        """Open the player on `entry` and start at once (a session already running is stopped first).

        The history keeps the session, with the check-in `before` it, from the moment its clock starts:
        one stopped while it still waited for the voice never began. A `trial` (the editor's "Try it")
        is kept out of the history: it tries an edit, it isn't a workout."""
        if entry.routine is None:
            self.show_preview(entry)
            return
        from workout_timer.qt.session.session_driver import SessionDriver

        if self._audio_wanted:
            self.start_audio()
        self._end_driver()
        self._entry, self._trial = entry, trial
        prepare = self.settings.prepare
        timeline = build_timeline(entry.routine.with_prepare(prepare if prepare >= 0 else None))
        log = self._event_log(entry, timeline, event_log)
        lead = self.settings.speech_lead
        lead = lead if lead >= 0 else self.announcer.host.latency
        self.driver = SessionDriver(timeline, self._clock, log, parent=self, speech_lead=lead)
        self.driver.changed.connect(self.player_view.show_snapshot)
        self.driver.waiting.connect(self.player_view.show_waiting)
        self.driver.changed.connect(self._on_progress)
        self._history_session, self._started, self._before = None, False, before
        self.driver.happened.connect(self._on_events)
        self.driver.finished.connect(self._on_session_finished)
        self._follow_cue_choices()
        self.announcer.follow(self.driver)
        self.player_view.set_timeline(timeline)
        self._show(self.player_view)
        self.player_view.setFocus()
        self.wake_lock.acquire(f"Following the routine {entry.routine.name}")
        self.driver.start()

    def toggle_full_screen(self) -> None:
        if self.isFullScreen():
            self._leave_full_screen()
        else:
            self._was_maximized = self.isMaximized()
            self.showFullScreen()

    def _leave_full_screen(self) -> None:
        if self._was_maximized:
            self.showMaximized()
        else:
            self.showNormal()

    def _event_log(self, entry: Entry, timeline: Timeline, path: Path | None) -> EventLog | None:
        asked = path is not None  # on the command line: the terminal is told too
        if path is None and self.settings.keep_event_log:
            stamp = time.strftime("%Y-%m-%d_%H-%M-%S")
            path = user_log_dir() / f"{stamp}_{entry.id}.jsonl"
        if path is None:
            return None
        from workout_timer.domain.history.event_log import EventLog

        def failed(error: OSError) -> None:
            words = f"The timing log {path} can't be written ({plain_words(error)}); the session goes on without it."
            if asked:
                print(f"workout-timer: {words}", file=sys.stderr)
            self.notify(words)

        event_log = EventLog(path, timeline, failed=failed)
        if event_log.error is not None:
            failed(event_log.error)
            return None
        return event_log

    def _end_driver(self) -> None:
        driver, self.driver = self.driver, None
        if driver is None:
            return
        if driver.running:
            driver.stop()  # its summary still arrives: it was connected before
        if driver.event_log is not None:
            driver.event_log.close()
        driver.deleteLater()
        self.wake_lock.release()

    # -- slots -----------------------------------------------------------------------------

    def _on_routine_chosen(self, entry: Entry) -> None:
        self.show_preview(entry)

    def _on_start_requested(self, entry: Entry) -> None:
        self._begin_with_check_in(entry)

    def _on_again_requested(self) -> None:
        if self._entry is not None and self._trial:
            self.start_session(self._entry, trial=True)
        elif self._entry is not None:
            self._begin_with_check_in(self._entry)

    def _back_to_editor(self) -> bool:
        """The summary's way back leads to the editor: the session was its "Try it" and it is still open."""
        return self._trial and self._editing is not None and self._editing.view is not None

    def _on_summary_left(self) -> None:
        if self._back_to_editor():
            assert self._editing is not None
            self._trial = False
            self._editing.show_editor()
        else:
            self._trial = False
            self.show_library()

    def _on_edit_requested(self, entry: Entry) -> None:
        self.editing.edit(entry)

    def _on_new_routine(self) -> None:
        self.editing.new_routine()

    def _on_edit_chosen(self) -> None:
        entry = self.chosen_entry()
        if entry is not None:
            self.editing.edit(entry)

    def _on_duplicate_chosen(self) -> None:
        entry = self.chosen_entry()
        if entry is not None:
            self.editing.duplicate(entry)

    def _on_text_chosen(self) -> None:
        entry = self.chosen_entry()
        if entry is not None and entry.source is Source.USER:
            self.editing.open_text(entry)
        elif entry is not None:
            self.notify("Built-in routines are read-only: duplicate one to make it your own.")

    def _on_delete_chosen(self) -> None:
        entry = self.chosen_entry()
        if entry is not None and self.current_view() in (self.library_view, self._preview):
            self.editing.delete(entry)
            self.show_library()

    def _on_undo_delete(self) -> None:
        self.editing.undo_delete()

    def _on_import(self) -> None:
        self.editing.import_routine()

    def _on_export_chosen(self) -> None:
        entry = self.chosen_entry()
        if entry is not None and entry.routine is not None:
            self.editing.export(entry)

    def _update_routine_actions(self) -> None:
        """The Routine menu offers only what can act on the chosen routine, and says why not."""
        entry = self.chosen_entry()
        listed = self.current_view() in (self.library_view, self._preview)
        for acts_on, action in self._routine_actions.items():
            reason = why_not(acts_on, entry)
            if reason is None and acts_on is Action.DELETE and not listed:
                reason = "Go back to the routines to delete one."
            action.setEnabled(reason is None)
            action.setStatusTip(reason or "")
            action.setToolTip(reason or action.text().replace("&", ""))

    def _on_deleted_changed(self, name: str) -> None:
        self._undo_delete.setEnabled(bool(name))
        self._undo_delete.setText(f"&Undo delete of “{name}”" if name else "&Undo delete")

    def _begin_with_check_in(self, entry: Entry) -> None:
        """Ask how the back is first, when the user wants to be asked; then start."""
        if not self.settings.check_ins or entry.routine is None:
            self.start_session(entry)
            return
        self._waiting_entry = entry
        self._ask(before=True)

    def _ask(self, before: bool) -> None:
        entry = self._waiting_entry if before else self._entry
        routine = entry.routine if entry is not None else None
        asked_before, self._asked_before = self._asked_before, before
        self.check_in_view.ask(before, routine.name if routine is not None else "", asked_before)
        self._show(self.check_in_view)
        self.check_in_view.setFocus()

    def _on_check_in_answered(self, answer: CheckIn) -> None:
        from workout_timer.domain.care.back_care import advice

        entry = self._waiting_entry if answer.before else self._entry
        said = advice(answer, self.history.pain_so_far(), entry is not None and entry.id == GENTLE_ROUTINE)
        if answer.before:
            entry, self._waiting_entry = self._waiting_entry, None
            if entry is None:
                return
            if said is None:
                self.start_session(entry, before=answer)
                return
            self._waiting_entry = entry
            self._pending_answer = answer
        else:
            self.history.check_in(self._finished_session, answer)
            if said is None:
                self._show_finished()
                return
        self.check_in_view.show_advice(said)

    def _on_check_in_done(self) -> None:
        """Skipped, or went on after the advice: on to the session, or to the summary."""
        if not self.check_in_view.asking_before:
            self._show_finished()
            return
        entry, self._waiting_entry = self._waiting_entry, None
        answer, self._pending_answer = self._pending_answer, None
        if entry is not None:
            self.start_session(entry, before=answer)

    def _on_gentle_requested(self) -> None:
        """The user takes the advice: the library, with the gentlest routine chosen."""
        self._waiting_entry = self._pending_answer = None
        self.show_library()
        self.library_view.select(GENTLE_ROUTINE)

    def _show_finished(self) -> None:
        if self._finished is not None:
            self.summary_view.show_summary(self._finished)
            finished = self._finished
            self._suggestion = self._progression(finished.timeline.routine, finished.done_share)
            if self._suggestion is not None:
                self.summary_view.show_suggestion(self._suggestion)
        self._show(self.summary_view)
        self.summary_view.setFocus()

    def _progression(self, routine: Routine, done_share: float) -> Suggestion | None:
        """A step up or down for `routine`, from how the sessions of it felt (the after check-ins)."""
        from workout_timer.domain.care.progression import suggest

        history = self.history
        of_routine = {record.id for record in history.sessions() if record.routine_id == routine.id}
        after = [answer for session, _, answer in history.check_ins() if session in of_routine and not answer.before]
        original = self._entry.routine if self._entry is not None and self._entry.routine is not None else routine
        return suggest(original, after, done_share)

    def _on_suggestion_accepted(self) -> None:
        """Save the changed routine as the user's own (a built-in file is never touched)."""
        suggestion, self._suggestion = self._suggestion, None
        if suggestion is None or not self.editing.save_own_version(suggestion.routine, self._entry):
            return
        entry = self.library.find(suggestion.routine.id)
        if entry is not None and entry.routine is not None:
            self._entry = entry
        self.notify(f"Saved your version of {suggestion.routine.name}; it replaces the one in the list.")

    def _on_events(self, events: list[Event]) -> None:
        from workout_timer.domain.session.engine import SegmentStarted, SessionStarted

        if any(isinstance(event, SessionStarted) for event in events) and self.driver is not None:
            self._started = True
            if not self._trial:
                self._history_session = self.history.begin(self.driver.engine.timeline)
                if self._before is not None:
                    self.history.check_in(self._history_session, self._before)
        self.history.record(self._history_session, events)

        if any(isinstance(event, SegmentStarted) for event in events):
            self.player_view.flash()

    def _on_progress(self, snapshot: Snapshot) -> None:
        """Keep the time exercised so far in the history, so a session cut short keeps it."""
        if snapshot.segment is not None:
            self.history.progress(self._history_session, snapshot)

    def _on_session_finished(self, summary: SessionSummary) -> None:
        self.player_view.close_question()  # the question is moot now
        self._finished, self._finished_session = summary, self._history_session
        self._end_driver()
        if not self._started:  # stopped while it waited for the voice: nothing happened, so back we go
            self._leave_unstarted()
        elif self._trial:
            self.summary_view.show_summary(summary, back_to_editor=self._back_to_editor())
            self._show(self.summary_view)
            self.summary_view.setFocus()
        elif self.settings.check_ins:
            self._ask(before=False)
        else:
            self._show_finished()

    def _leave_unstarted(self) -> None:
        self._finished = None
        if self._back_to_editor():
            self._on_summary_left()
        elif self._entry is not None:
            self.show_preview(self._entry)
        else:
            self.show_library()

    def _on_pause_requested(self) -> None:
        if self.driver is not None:
            self.driver.toggle_pause()

    def _on_next_requested(self) -> None:
        if self.driver is not None:
            self.driver.skip()

    def _on_previous_requested(self) -> None:
        if self.driver is not None:
            self.driver.previous()

    def _on_done_requested(self) -> None:
        if self.driver is not None:
            self.driver.done()

    def _on_extend_requested(self) -> None:
        if self.driver is not None:
            self.driver.extend()

    def _on_escape_requested(self) -> None:
        if self.isFullScreen():
            self._leave_full_screen()
        else:
            self._on_stop_requested()

    def _on_stop_requested(self) -> None:
        """Ask before abandoning, inside the player, with the session paused while the question is open."""
        if self.driver is None or self.player_view.asking_to_stop():
            return
        self._resume_after_question = self.driver.going  # also a session still waiting for its voice
        if self._resume_after_question:
            self.driver.toggle_pause()
        self.player_view.ask_stop()

    def _on_stop_answered(self, stop: bool) -> None:
        resume, self._resume_after_question = self._resume_after_question, False
        if self.driver is None:
            return
        if stop:
            self.driver.stop()
        elif resume:
            self.driver.toggle_pause()  # exactly where it was: a pause neither loses nor gains time

    def _on_mute_requested(self) -> None:
        self.settings.muted = not self.settings.muted  # the player and the sound follow the settings

    def _on_sound_off_toggled(self, off: bool) -> None:
        self.settings.muted = off

    def _on_voice_lost(self, message: str) -> None:
        self._voice_problem = True
        if self._player is not None:
            self._player.set_voice_problem(True)
        self.notify(message)

    def notify(self, message: str) -> None:
        """Tell the user something once (the voice, the tones, the history), without a dialog that
        would take the keys from the player."""
        log.warning("%s", message)
        self.notices.add(message)

    @property
    def notices(self) -> NoticeOverlay:
        """The notices floating over the bottom of the window (built the first time one is wanted)."""
        if self._notices is None:
            from workout_timer.qt.shell.notice_overlay import NoticeOverlay

            self._notices = NoticeOverlay(self, self._clock)
        return self._notices

    def _on_cue_shown(self, text: str) -> None:
        if self._player is not None:
            self._player.show_cue(text)

    def _on_goal_chosen(self, minutes: float) -> None:
        self.settings.daily_goal = minutes

    def _on_notice_dismissed(self) -> None:
        self.settings.notice_read = True

    def _on_check_ins_toggled(self, checked: bool) -> None:
        self.settings.check_ins = checked

    def _on_keep_log_toggled(self, checked: bool) -> None:
        self.settings.keep_event_log = checked

    def _on_open_log_folder(self) -> None:
        from PySide6.QtCore import QUrl
        from PySide6.QtGui import QDesktopServices

        folder = user_log_dir()
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            self.notify(f"The log folder can't be made: {plain_words(error)}.")
            return
        if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder))):
            self.notify(f"No file manager could open the log folder: it is {folder}")

    def _on_shortcuts(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.information(self, "Keyboard", SHORTCUTS_HELP)

    def _on_about(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.about(
            self,
            "About Workout Timer",
            "<h3>Workout Timer</h3><p>Guided core and stretching routines for runners who want a strong, "
            "easy back.</p><p>Not medical advice: back pain that lasts, returns or spreads is worth showing "
            "to a doctor.</p>",
        )

    # -- Qt events -------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self._folders_checked:
            self._folders_checked = True
            QTimer.singleShot(0, self._check_user_folders)
        if self._after_first_paint:
            self._after_first_paint = False
            QTimer.singleShot(0, self.start_audio)
            QTimer.singleShot(0, self.refresh_goal)
            QTimer.singleShot(0, self._offer_drafts)

    def _check_user_folders(self) -> None:
        """Say once, as the window opens, what the user's folders can't keep (the workouts run anyway)."""
        from workout_timer.domain.common.user_folders import cant_keep, cant_keep_words

        words = cant_keep_words(cant_keep())
        if words:
            self.notify(words)

    def _offer_drafts(self) -> None:
        """Unsaved edits left by a crash are offered back, once the window is up."""
        from workout_timer.domain.common.paths import user_drafts_dir

        if any(user_drafts_dir().glob("*.json")):
            self.editing.offer_drafts()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._editing is not None and not self._editing.leave():
            event.ignore()  # the user stays to look at unsaved changes
            return
        self.shut_down()
        super().closeEvent(event)

    def shut_down(self) -> None:
        """End the session (kept as stopped, with its time), write the history and end the audio host,
        asking nothing: on closing, and when the system ends the app (SIGTERM at logout, SIGHUP)."""
        remember_window(self, self.settings)  # logging out keeps the window's place too
        self._end_driver()  # a session closed with the window is logged as stopped
        if self._history is not None:
            self._history.close(wait=HISTORY_CLOSE_WAIT)
        if self._announcer is not None:
            self._announcer.shut_down()

    # -- inside ----------------------------------------------------------------------------

    def _build_menus(self) -> None:
        bar = self.menuBar()
        session = bar.addMenu("&Session")
        sound = QAction("Sound and &voice…", self)
        sound.setShortcuts(_keys("Ctrl+,", QKeySequence.StandardKey.Preferences))
        sound.triggered.connect(self.show_settings)
        session.addAction(sound)
        self.sound_off = QAction("Sound off  (M in a session)", self)
        self.sound_off.setCheckable(True)
        self.sound_off.setChecked(self.settings.muted)
        self.sound_off.toggled.connect(self._on_sound_off_toggled)
        self.settings.mutedChanged.connect(self.sound_off.setChecked)  # it follows the one record
        session.addAction(self.sound_off)
        check_ins = QAction("Ask how my back is, before and after", self)
        check_ins.setCheckable(True)
        check_ins.setChecked(self.settings.check_ins)
        check_ins.toggled.connect(self._on_check_ins_toggled)
        session.addAction(check_ins)
        keep_log = QAction("Keep a timing log of each session", self)
        keep_log.setCheckable(True)
        keep_log.setChecked(self.settings.keep_event_log)
        keep_log.toggled.connect(self._on_keep_log_toggled)
        session.addAction(keep_log)
        open_logs = QAction("Open the log folder", self)
        open_logs.triggered.connect(self._on_open_log_folder)
        session.addAction(open_logs)
        session.addSeparator()
        quit_action = QAction("&Quit", self)
        quit_action.setShortcuts(_keys("Ctrl+Q", QKeySequence.StandardKey.Quit))
        quit_action.triggered.connect(self.close)
        session.addAction(quit_action)
        self.addAction(quit_action)  # Ctrl+Q also works while the player hides the menu bar
        self._build_routine_menu()
        view = bar.addMenu("&View")
        history = QAction("&History", self)
        history.setShortcut(QKeySequence("Ctrl+H"))
        history.triggered.connect(self.show_history)
        view.addAction(history)
        full = QAction("&Full screen", self)
        full.setShortcut(QKeySequence(Qt.Key.Key_F11))
        full.triggered.connect(self.toggle_full_screen)
        view.addAction(full)
        self.addAction(full)  # F11 also works while the menu bar is hidden
        help_menu = bar.addMenu("&Help")
        keyboard = QAction("&Keyboard", self)
        keyboard.triggered.connect(self._on_shortcuts)
        help_menu.addAction(keyboard)
        about = QAction("&About", self)
        about.triggered.connect(self._on_about)
        help_menu.addAction(about)

    def _build_routine_menu(self) -> None:
        menu = self.menuBar().addMenu("&Routine")
        menu.setToolTipsVisible(True)  # a greyed-out item says why
        items = [
            ("&New routine", "Ctrl+N", self._on_new_routine, None),
            ("&Edit", "Ctrl+E", self._on_edit_chosen, Action.EDIT),
            ("&Duplicate", "Ctrl+D", self._on_duplicate_chosen, Action.DUPLICATE),
            ("Open as &text", "", self._on_text_chosen, Action.TEXT),
            ("De&lete…", "", self._on_delete_chosen, Action.DELETE),
        ]
        self._routine_actions: dict[Action, QAction] = {}
        for text, keys, slot, acts_on in items:
            action = QAction(text, self)
            if keys:
                action.setShortcut(QKeySequence(keys))
            action.triggered.connect(slot)
            menu.addAction(action)
            if acts_on is not None:
                self._routine_actions[acts_on] = action
        self._undo_delete = QAction("&Undo delete", self)
        self._undo_delete.setEnabled(False)
        self._undo_delete.triggered.connect(self._on_undo_delete)
        menu.addAction(self._undo_delete)
        menu.addSeparator()
        for text, keys, slot in (
            ("&Import…", "Ctrl+I", self._on_import),
            ("E&xport…", "Ctrl+Shift+E", self._on_export_chosen),
        ):
            action = QAction(text, self)
            action.setShortcut(QKeySequence(keys))
            action.triggered.connect(slot)
            menu.addAction(action)
        self._routine_actions[Action.EXPORT] = action
        self.library_view.let_keys_through([a.shortcut() for a in menu.actions() if not a.shortcut().isEmpty()])
        delete = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.library_view.routines)
        delete.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete.activated.connect(self._on_delete_chosen)


def _keys(ours: str, standard: QKeySequence.StandardKey) -> list[QKeySequence]:
    """`ours` first (the menu shows the first key, and the platform's own may be none), then the platform's."""
    keys = [QKeySequence(ours), *QKeySequence.keyBindings(standard)]
    return list(dict.fromkeys(key for key in keys if not key.isEmpty()))
