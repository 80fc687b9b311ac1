"""What the player asks (pause, next, done, more time, easier, how it feels, stop, mute, a remote's button),
carried out by the session running: the player shows and forwards, the session's driver keeps the time; and the
session's pause while the settings are open over it."""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QObject, Qt, SignalInstance

from workout_timer.domain.workout.session_setup import Answer, SettingsOpen, StopQuestion

if TYPE_CHECKING:
    from PySide6.QtWidgets import QDialog

    from workout_timer.domain.session.remote import Action
    from workout_timer.qt.common.settings import Settings
    from workout_timer.qt.remote.session_remote import SessionRemote
    from workout_timer.qt.session.session_driver import SessionDriver


class Player(Protocol):
    """The player (`PlayerView`), as far as its requests go: what it asks, and its stop question and short notes."""

    pauseRequested: SignalInstance
    nextRequested: SignalInstance
    previousRequested: SignalInstance
    doneRequested: SignalInstance
    extendRequested: SignalInstance
    easierRequested: SignalInstance
    feltRequested: SignalInstance
    stopRequested: SignalInstance
    stopAnswered: SignalInstance
    escapeRequested: SignalInstance
    fullScreenRequested: SignalInstance
    muteRequested: SignalInstance
    remoteRequested: SignalInstance

    def asking_to_stop(self) -> bool: ...
    def ask_stop(self) -> None: ...
    def close_question(self) -> None: ...
    def tell(self, words: str) -> None: ...


class Session(Protocol):
    """What the requests need of the session around them."""

    driver: SessionDriver | None
    settings: Settings

    @property
    def player_view(self) -> Player: ...
    @property
    def remote(self) -> SessionRemote: ...


class FullScreen(Protocol):
    """The window's full screen, which the player's keys toggle and Esc leaves first."""

    def leave_full_screen(self) -> bool: ...
    def toggle_full_screen(self) -> None: ...


class PlayerRequests(QObject):
    """Carries out what `session`'s player asks, and what a remote's buttons ask of it. No signals."""

    def __init__(self, session: Session, window: FullScreen, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._window = window
        self._stop_question = StopQuestion()
        self._settings = SettingsOpen()

    def hear(self, player: Player) -> None:
        """Carry out what `player` asks from now on."""
        for signal, command in (
            (player.pauseRequested, "toggle_pause"),
            (player.nextRequested, "skip"),
            (player.previousRequested, "previous"),
            (player.doneRequested, "done"),
            (player.extendRequested, "extend"),
        ):
            signal.connect(lambda command=command: self._drive(command))
        player.easierRequested.connect(self._on_easier_requested)
        player.feltRequested.connect(self._on_felt_requested)
        player.stopRequested.connect(self.stop_requested)
        player.stopAnswered.connect(self._on_stop_answered)
        player.escapeRequested.connect(self._on_escape_requested)
        player.fullScreenRequested.connect(self._window.toggle_full_screen)
        player.muteRequested.connect(self._on_mute_requested)
        player.remoteRequested.connect(lambda command: self._session.remote.command(command))

    def remote_pressed(self, action: Action) -> None:
        """A remote's button, from across the room: nobody can answer the stop question from there, so an
        open one is closed, and Stop stops at once (the summary says so)."""
        driver, player = self._session.driver, self._session.player_view
        if driver is None:
            return
        if player.asking_to_stop():
            player.close_question()  # left unanswered: the next question asks afresh
        if action == "stop":
            driver.stop(from_remote=True)
            return
        getattr(driver, action.value)()  # the driver's toggle_pause, done, skip or previous
        if self._session.driver is not None:
            self._session.remote.show(driver.snapshot(), held=not driver.going)  # a held wait changes no snapshot

    def stop_requested(self) -> None:
        """Ask before abandoning, inside the player, with the session paused while the question is open."""
        driver, player = self._session.driver, self._session.player_view
        if driver is None or player.asking_to_stop():
            return
        if self._stop_question.asked(driver.going):  # also a session still waiting for its voice
            driver.toggle_pause()
        player.ask_stop()

    def hold_while_open(self, settings: QDialog) -> None:
        """The settings opened over the session running (Ctrl+, in the player): it pauses while they are open, and
        goes on where it was as they close, if it was going (`SettingsOpen`)."""
        driver = self._session.driver
        if driver is None or not driver.running:
            return
        if self._settings.opened(driver.going):  # also a session still waiting for its voice
            driver.toggle_pause()
        settings.finished.connect(self._on_settings_closed, Qt.ConnectionType.SingleShotConnection)

    def _on_settings_closed(self) -> None:
        driver = self._session.driver
        if driver is not None and self._settings.closed(driver.going):
            driver.toggle_pause()  # exactly where it was

    def _drive(self, command: str) -> None:
        """A player's button or key, carried out by the session running (by the driver's method of that name)."""
        if self._session.driver is not None:
            getattr(self._session.driver, command)()

    def _on_easier_requested(self) -> None:
        driver = self._session.driver
        words = driver.ease() if driver is not None else None
        if words is not None:
            self._session.player_view.tell(words)  # nothing easier: said briefly, the timer runs on

    def _on_felt_requested(self, feel: str) -> None:
        from workout_timer.domain.session.feel import Feel

        if self._session.driver is not None:
            self._session.driver.rate(Feel(feel))

    def _on_escape_requested(self) -> None:
        if not self._window.leave_full_screen():
            self.stop_requested()

    def _on_stop_answered(self, stop: bool) -> None:
        answer = self._stop_question.answered(stop)
        driver = self._session.driver
        if driver is None:
            return
        if answer is Answer.STOP:
            driver.stop()
        elif answer is Answer.RESUME:
            driver.toggle_pause()  # exactly where it was

    def _on_mute_requested(self) -> None:
        self._session.settings.muted = not self._session.settings.muted  # the player and the sound follow it
