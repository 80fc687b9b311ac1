"""Carries out the workout flow's steps on screen: the check-in, the player, the summary.

Every decision about where a workout goes next is `WorkoutFlow`'s (in the domain); this builds the
session's screens the first time they are wanted and runs each session's `SessionDriver` with its event
log, sound and wake lock; what the player and a remote ask (pause, next, stop, ...) its `PlayerRequests`
(`player/requests`) carries out.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from workout_timer.domain.care.card_choice import CardChoice
from workout_timer.domain.care.gentler import Dial
from workout_timer.domain.common.clock import Clock, sleep_for
from workout_timer.domain.common.language import _
from workout_timer.domain.session.fresh_input import KeyTimes
from workout_timer.domain.workout.flow import (
    Advise,
    Ask,
    Run,
    ShowEditor,
    ShowLibrary,
    ShowPreview,
    ShowSummary,
    Step,
    WorkoutFlow,
)
from workout_timer.domain.workout.session_setup import cues_for, session_routine, speech_lead
from workout_timer.qt.common.settings import Settings
from workout_timer.qt.session.player.requests import PlayerRequests
from workout_timer.qt.session.timing_log import open_event_log

if TYPE_CHECKING:
    from workout_timer.domain.care.back_care import CheckIn
    from workout_timer.domain.history.store import HistoryStore
    from workout_timer.domain.library.entry import Entry
    from workout_timer.domain.routines.routine import Routine
    from workout_timer.domain.session.events import Event
    from workout_timer.domain.session.snapshot import Snapshot
    from workout_timer.domain.session.summary import SessionSummary
    from workout_timer.qt.remote.session_remote import SessionRemote
    from workout_timer.qt.session.announcer import Announcer
    from workout_timer.qt.session.check_in_view import CheckInView
    from workout_timer.qt.session.player_view import PlayerView
    from workout_timer.qt.session.session_driver import SessionDriver
    from workout_timer.qt.session.summary_view import SummaryView
    from workout_timer.qt.session.wake_lock import WakeLock


class Screens(Protocol):
    """What the controller asks of the window around it."""

    def add_view(self, view: QWidget) -> None: ...
    def show_view(self, view: QWidget) -> None: ...
    def show_preview(self, entry: Entry, week: Dial | None = None) -> None: ...
    def show_library(self, select: str = "") -> None: ...
    def back_to_today(self) -> bool: ...
    def editor_open(self) -> bool: ...
    def show_editor(self) -> None: ...
    def save_own_version(self, routine: Routine, entry: Entry | None) -> Entry | None: ...
    def toggle_full_screen(self) -> None: ...
    def leave_full_screen(self) -> bool: ...
    def notify(self, message: str, true_while: Callable[[], bool] | None = None) -> None: ...


class SessionController(QObject):
    """One workout at a time: `start` (with the check-ins), `start_session` (at once), `try_out` (the editor's)."""

    def __init__(
        self,
        screens: Screens,
        settings: Settings,
        history: Callable[[], HistoryStore],
        clock: Clock = time.monotonic,
        announcer: Announcer | None = None,
        wake_lock: WakeLock | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.screens = screens
        self.settings = settings
        cards = CardChoice(settings, wall_clock=lambda: history().now())  # its days by the history's wall clock
        self.flow = WorkoutFlow(history, lambda: settings.check_ins, cards)
        self.driver: SessionDriver | None = None
        self._tally: SessionSummary | None = None
        """The summary of the session running or last run (its driver's own): its events up to the very end,
        a stop included, go to the flow with it."""
        self._clock = clock
        self._event_log_path: Path | None = None
        self.requests = PlayerRequests(self, screens, parent=self)
        """What the player and a remote ask, carried out by the session running."""
        self._announcer: Announcer | None = None
        self._wake_lock = wake_lock
        self._remote: SessionRemote | None = None
        if wake_lock is not None:
            wake_lock.unavailable.connect(self._on_no_wake_lock)
        self._player: PlayerView | None = None
        self._summary: SummaryView | None = None
        self._check_in: CheckInView | None = None
        self._keys = KeyTimes()
        """The keys' times, shared by the player and the check-in after it (`fresh_input`)."""
        self._shown: list[Step] = []
        settings.cueChoicesChanged.connect(self._follow_cue_choices)
        if announcer is not None:
            self._adopt(announcer)

    # -- what the window asks --------------------------------------------------------------

    def start(self, entry: Entry, dial: Dial = Dial.NORMAL, as_written: bool = False, week: Dial | None = None) -> None:
        """Start, asking how the back is first when the user wants to be asked; `dial`: gentler today, or not;
        `as_written`: the routine as written, not at the runner's own doses; `week`: the programme week's dose."""
        self._end_quietly()
        self._event_log_path = None  # (a command line's, asked for a session its check-in led away from)
        self._carry_out(self.flow.start(entry, dial, as_written, week))

    def start_session(self, entry: Entry, event_log: Path | None = None) -> None:
        """Start `entry` at each exercise's own dose, a check-in first if wanted (a session running is stopped first).
        `event_log` is where this session's timing log goes (from the command line: its problems are
        printed on the terminal too)."""
        self._end_quietly()
        self._event_log_path = event_log
        self._carry_out(self.flow.run_now(entry))

    def try_out(self, entry: Entry) -> None:
        """The editor's "Try it": the routine as it stands, no check-in, not in the history, back to the editor."""
        self._end_quietly()
        self._carry_out(self.flow.try_out(entry))

    def is_player(self, view: QWidget | None) -> bool:
        return self._player is not None and view is self._player

    def shut_down(self) -> None:
        """End the session (kept as stopped, with its time) and the audio host, asking nothing."""
        self._end_quietly()
        if self._announcer is not None:
            self._announcer.shut_down()

    def speak_again(self) -> None:
        """Another language: the session's screens in it at once; a session running keeps its time (the engine is
        not touched) and its routine's own words (`player.language`)."""
        from workout_timer.qt.session.player.language import speak_again

        shown = self._shown if any(view and view.isVisible() for view in (self._check_in, self._summary)) else []
        asked = self._check_in is not None and bool(shown) and isinstance(shown[0], Ask)
        answer = self._check_in.answer() if self._check_in is not None and asked else None
        screens = speak_again(self._check_in, self._player, self._summary, self.driver, keep=not shown)
        self._check_in, self._player, self._summary = screens
        self._carry_out(list(shown))  # the check-in (its answers chosen again) or the summary on screen, built again
        if answer is not None:
            self.check_in_view.restore(answer)

    # -- the screens, built the first time they are wanted ---------------------------------

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
    def check_in_view(self) -> CheckInView:
        if self._check_in is None:
            from workout_timer.qt.session.check_in_view import CheckInView

            view = self._check_in = CheckInView(clock=self._clock, keys=self._keys)
            self.screens.add_view(view)
            view.answered.connect(self._on_check_in_answered)
            view.skipped.connect(self._on_check_in_done)
            view.proceed.connect(self._on_check_in_done)
            view.gentleRequested.connect(self._on_gentle_requested)
        return self._check_in

    @property
    def announcer(self) -> Announcer:
        """The voice and tones; silent until started (tests that don't need sound never start it)."""
        if self._announcer is None:
            from workout_timer import resources
            from workout_timer.qt.session.announcer import Announcer

            folder = resources.assets_dir() / "sounds"
            self._adopt(Announcer(folder, self.settings.cue_choices, self.settings.muted, parent=self))
            assert self._announcer is not None
        return self._announcer

    @property
    def wake_lock(self) -> WakeLock:
        if self._wake_lock is None:
            from workout_timer.qt.session.wake_lock import WakeLock

            self._wake_lock = WakeLock(parent=self)
            self._wake_lock.unavailable.connect(self._on_no_wake_lock)
        return self._wake_lock

    def _on_no_wake_lock(self, message: str) -> None:
        """The screen may go dark: said while the session runs, not on the check-in or summary after it."""
        self.screens.notify(message, true_while=lambda: self.driver is not None)

    @property
    def remote(self) -> SessionRemote:
        """The session as a media player for remotes (MPRIS), and the window's media and presenter keys."""
        if self._remote is None:
            from workout_timer.qt.remote.session_remote import SessionRemote

            self._remote = SessionRemote(lambda: self.player_view.window(), parent=self)
            self._remote.requested.connect(self.requests.remote_pressed)
        return self._remote

    def _adopt(self, announcer: Announcer) -> None:
        self._announcer = announcer
        self.settings.mutedChanged.connect(announcer.set_muted)
        announcer.voiceLost.connect(self._on_voice_lost)
        announcer.voiceBack.connect(self._on_voice_back)
        announcer.tonesLost.connect(self.screens.notify)
        announcer.cueShown.connect(self._on_cue_shown)
        announcer.set_reader_speaks_cues(self.settings.reader_speaks_cues)
        self.settings.readerSpeaksCuesChanged.connect(announcer.set_reader_speaks_cues)

    def _build_session_screens(self) -> None:
        from workout_timer.qt.session.player_view import PlayerView
        from workout_timer.qt.session.summary_view import SummaryView

        player = self._player = PlayerView(clock=self._clock, keys=self._keys)
        summary = self._summary = SummaryView(clock=self._clock)
        self.screens.add_view(player)
        self.screens.add_view(summary)
        player.set_muted(self.settings.muted)
        self.settings.mutedChanged.connect(player.set_muted)
        player.set_voice_problem(self._announcer is not None and self._announcer.voice_lost)
        summary.libraryRequested.connect(self._on_summary_left)
        summary.againRequested.connect(self._on_again_requested)
        summary.suggestionAccepted.connect(self._on_suggestion_accepted)
        self.requests.hear(player)

    # -- carrying out the flow's steps -----------------------------------------------------

    def _carry_out(self, steps: list[Step]) -> None:
        for step in steps:
            if isinstance(step, (Ask, ShowSummary)):
                self._shown = []  # what put the check-in or the summary on screen (to build it again: `speak_again`)
            if isinstance(step, (Ask, Advise, ShowSummary)):
                self._shown.append(step)
            if isinstance(step, Ask):
                self.check_in_view.ask(step.before, step.routine_name)
                self.check_in_view.setFocus()
                self.screens.show_view(self.check_in_view)
                self.check_in_view.setFocus()
                self.check_in_view.tell_reader()
            elif isinstance(step, Advise):
                self.check_in_view.show_advice(step.advice)
            elif isinstance(step, Run):
                self._run(step)
            elif isinstance(step, ShowSummary):
                home = self.screens.back_to_today()
                self.summary_view.show_summary(
                    step.summary, step.back_to_editor, step.card, home, step.dose, trial=step.trial
                )
                if step.suggestion is not None:
                    self.summary_view.show_suggestion(step.suggestion)
                self.screens.show_view(self.summary_view)
                self.summary_view.setFocus()
                self.summary_view.tell_reader()
            elif isinstance(step, ShowPreview):
                self.screens.show_preview(step.entry, step.week)
            elif isinstance(step, ShowLibrary):
                self.screens.show_library(step.select)
            elif isinstance(step, ShowEditor):
                self.screens.show_editor()

    def _run(self, step: Run) -> None:
        from workout_timer.domain.routines.timeline import build_timeline
        from workout_timer.qt.session.session_driver import SessionDriver

        entry = step.entry
        assert entry.routine is not None
        self._end_driver()
        timeline = build_timeline(session_routine(step.routine, self.settings.prepare, self.settings.move_on))
        path, self._event_log_path = self._event_log_path, None
        log = open_event_log(entry.id, timeline, path, self.settings.keep_event_log, self.screens.notify)
        lead = speech_lead(self.settings.speech_lead, self.announcer.host.latency)
        driver = self.driver = SessionDriver(
            timeline, self._clock, log, parent=self, speech_lead=lead, sleep=sleep_for(self._clock)
        )
        self._tally = driver.summary
        driver.changed.connect(self.player_view.show_snapshot)
        driver.waiting.connect(self.player_view.show_waiting)
        driver.changed.connect(self._on_progress)
        self.remote.begin(timeline)
        driver.happened.connect(self._on_events)
        driver.finished.connect(self._on_session_finished)
        self._follow_cue_choices()
        self.announcer.follow(driver)
        self.player_view.set_timeline(timeline)
        self.screens.show_view(self.player_view)
        self.player_view.onScreenChanged.connect(driver.show_display)  # no new second to show while unseen
        driver.show_display(self.player_view.on_screen())
        self.player_view.setFocus()
        # Translators: why the screen is kept on, as the desktop may show it; {name} is the routine's name.
        self.wake_lock.acquire(_("Following the routine {name}").format(name=entry.routine.name))
        driver.start()

    def _end_quietly(self) -> None:
        """Stop a session still running, its end kept in the history and the event log, with no screen
        after it: another session takes its place, or the app is closing."""
        if self.driver is not None:
            self.driver.finished.disconnect(self._on_session_finished)
        self._end_driver()

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
        if self._remote is not None:
            self._remote.end()

    def _follow_cue_choices(self) -> None:
        """The cues the user wants, less those the routine running is better without."""
        if self._announcer is None:
            return
        entry = self.flow.entry if self.driver is not None else None
        self._announcer.set_choices(cues_for(self.settings.cue_choices, entry.routine if entry is not None else None))

    # -- slots -----------------------------------------------------------------------------

    def _on_check_in_answered(self, answer: CheckIn) -> None:
        self._carry_out(self.flow.answered(answer))

    def _on_check_in_done(self) -> None:
        self._carry_out(self.flow.check_in_done())

    def _on_gentle_requested(self) -> None:
        self._carry_out(self.flow.take_gentle())

    def _on_summary_left(self) -> None:
        self._carry_out(self.flow.summary_left(self.screens.editor_open()))

    def _on_again_requested(self) -> None:
        self._carry_out(self.flow.again())

    def _on_suggestion_accepted(self) -> None:
        """Save the changed routine as the user's own (a built-in file is never touched)."""
        suggestion = self.flow.take_suggestion()
        if suggestion is None:
            return
        entry = self.screens.save_own_version(suggestion.routine, self.flow.entry)
        if entry is None:
            return
        self.flow.suggestion_saved(entry)
        saved = _("Saved your version of {name}; it replaces the one in the list.")
        self.screens.notify(saved.format(name=suggestion.routine.name))

    def _on_events(self, events: list[Event]) -> None:
        from workout_timer.domain.session.events import Eased, SegmentStarted

        if self._tally is not None:
            self.flow.events(events, self._tally)
        for event in events:
            if isinstance(event, Eased):  # the player names what is done from now on
                self.player_view.set_timeline(event.timeline)
        if any(isinstance(event, SegmentStarted) for event in events):
            self.player_view.flash()

    def _on_progress(self, snapshot: Snapshot) -> None:
        self.flow.progress(snapshot)
        if self.driver is not None:
            self.remote.show(snapshot, held=not self.driver.going)

    def _on_session_finished(self, summary: SessionSummary) -> None:
        self.player_view.close_question()  # the question is moot now
        self._end_driver()
        self._carry_out(self.flow.finished_session(summary, self.screens.editor_open()))

    def _on_voice_lost(self, message: str) -> None:
        if self._player is not None:
            self._player.set_voice_problem(True)
        if message:  # ("" when its cause was told before)
            self.screens.notify(message)

    def _on_voice_back(self) -> None:
        if self._player is not None:
            self._player.set_voice_problem(False)

    def _on_cue_shown(self, text: str) -> None:
        if self._player is not None:
            self._player.show_cue(text)
