"""The window's side of a session: the session controller made the first time one is wanted, what starts a
session from the window, and what the controller asks of the window around it (`session_controller.Screens`)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QRect
from PySide6.QtWidgets import QMainWindow

if TYPE_CHECKING:
    from collections.abc import Callable

    from PySide6.QtWidgets import QStackedWidget, QWidget

    from workout_timer.domain.care.exercise_plan import States
    from workout_timer.domain.care.gentler import Dial
    from workout_timer.domain.common.clock import Clock
    from workout_timer.domain.history.store import HistoryStore
    from workout_timer.domain.library.entry import Entry
    from workout_timer.domain.library.library import Library
    from workout_timer.domain.routines.routine import Routine
    from workout_timer.qt.common.settings import Settings
    from workout_timer.qt.routines.routine_editing import RoutineEditing
    from workout_timer.qt.session.announcer import Announcer
    from workout_timer.qt.session.session_controller import SessionController
    from workout_timer.qt.session.wake_lock import WakeLock


class SessionHost(QMainWindow):
    """The main window's base: sessions, and full screen for the player (the window sets the state up)."""

    settings: Settings
    library: Library
    stack: QStackedWidget
    _clock: Clock
    _session: SessionController | None
    _given: tuple[Announcer | None, WakeLock | None]
    _audio_wanted: bool
    _was_maximized: bool
    _editing: RoutineEditing | None

    if TYPE_CHECKING:  # the window's

        @property
        def history(self) -> HistoryStore: ...
        @property
        def editing(self) -> RoutineEditing: ...
        def show_view(self, view: QWidget) -> None: ...
        def show_preview(self, entry: Entry, week: Dial | None = None) -> None: ...
        def show_library(self, select: str = "") -> None: ...
        def back_to_today(self) -> bool: ...
        def notify(self, message: str, true_while: Callable[[], bool] | None = None) -> None: ...
        def current_view(self) -> QWidget | None: ...

    def start_audio(self) -> None:
        """Start the voice and the tones in their own process; nothing waits for them."""
        self.announcer.start(self.settings.audio)

    # -- sessions --------------------------------------------------------------------------

    @property
    def session(self) -> SessionController:
        """Runs the workouts: the check-ins, the player and the summary (made the first time it is wanted:
        what a session needs loads after the first paint)."""
        if self._session is None:
            from workout_timer.qt.session.session_controller import SessionController

            announcer, wake_lock = self._given
            self._session = SessionController(
                self, self.settings, lambda: self.history, self._clock, announcer, wake_lock, self
            )
        return self._session

    @property
    def announcer(self) -> Announcer:
        """The voice and tones (the session controller's); silent until `start_audio`."""
        return self.session.announcer

    def start_session(self, entry: Entry, event_log: Path | None = None) -> None:
        """Start `entry` at each exercise's own dose, a check-in first if wanted (`workout-timer start ROUTINE`)."""
        self._start_audio_if_wanted()
        self.session.start_session(entry, event_log)

    def start_routine(self, entry: Entry, dial: Dial, as_written: bool = False, week: Dial | None = None) -> None:
        """Start `entry` as gentle as `dial` says (each exercise at its own dose, unless `as_written`; no heavier
        than a programme's `week`), as Start in the preview does: a check-in first, if wanted."""
        self._start_audio_if_wanted()
        self.session.start(entry, dial, as_written, week)

    def _progress_of(self, routine: Routine) -> States:
        from workout_timer.domain.history.exercise_states import states_of

        return states_of(self.history, routine)

    def try_routine(self, entry: Entry) -> None:
        """The editor's "Try it": the routine as it stands, no check-in, not in the history, back to the editor."""
        self._start_audio_if_wanted()
        self.session.try_out(entry)

    def _start_audio_if_wanted(self) -> None:
        """A session started before the first paint starts the audio at once: its first cues wait for it."""
        if self._audio_wanted:
            self.start_audio()

    def toggle_full_screen(self) -> None:
        if not self.leave_full_screen():
            self._was_maximized = self.isMaximized()
            self.showFullScreen()

    def leave_full_screen(self) -> bool:
        """Back to the window as it was before full screen; False when it wasn't in full screen."""
        if not self.isFullScreen():
            return False
        if self._was_maximized:
            self.showMaximized()
        else:
            self.showNormal()
        return True

    # -- what the session controller asks of the window --------------------------------------

    def add_view(self, view: QWidget) -> None:
        self.stack.addWidget(view)

    def editor_open(self) -> bool:
        return self._editing is not None and self._editing.view is not None

    def show_editor(self) -> None:
        self.editing.show_editor()

    def save_own_version(self, routine: Routine, entry: Entry | None) -> Entry | None:
        """`routine` saved as the user's own version of `entry`'s; the new entry, or None if not saved."""
        saved = self.editing.save_own_version(routine, entry)
        return next((listed for listed in self.library.entries() if listed.path == saved), None) if saved else None

    def _notice_place(self) -> QRect | None:
        """Where notices stand: over the player, in its strip for them; elsewhere at the bottom (None)."""
        if self._session is None or not self._session.is_player(self.current_view()):
            return None
        player = self._session.player_view
        layout = self.layout()
        if layout is not None:
            layout.activate()  # the menu bar just hidden or shown moves the screens: place the notices after it
        strip = player.notice_place()
        return QRect(player.mapTo(self, strip.topLeft()), strip.size())
