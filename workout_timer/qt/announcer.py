"""Carries out what a session should sound like: tones through `Sounds`, cues through `Speech`.

Every decision is `SessionAudio`'s (in the domain); this only connects it to the running session,
the voice and the sound thread, and tells the user once when either cannot be heard.
"""

from __future__ import annotations

import time
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from ..domain.clock import Clock
from ..domain.cue_choices import CueChoices
from ..domain.cues import CueKind
from ..domain.engine import CueDue, Event
from ..domain.session_audio import Command, Hush, SessionAudio, Speak, Tone
from .audio_client import AudioHost
from .session_driver import SessionDriver
from .settings import AudioSettings


class Announcer(QObject):
    """The voice and the tones of every session in this run of the app.

    Signals:
        cueShown(str): a cue's words as it comes due, for the screen (said aloud or not; not rep counts).
        voiceLost(str): the voice can't be heard from now on; a message for the user (emitted once).
        tonesLost(str): the tones can't be heard from now on; a message for the user (emitted once).
    """

    cueShown = Signal(str)
    voiceLost = Signal(str)
    tonesLost = Signal(str)

    def __init__(
        self,
        sounds_folder: Path,
        choices: CueChoices | None = None,
        muted: bool = False,
        speech_engine: str = "",
        clock: Clock = time.monotonic,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.audio = SessionAudio(choices, muted)
        self.host = AudioHost(speech_engine, self)
        self.sounds_folder = sounds_folder
        self._clock = clock
        self._driver: SessionDriver | None = None
        self.host.finished.connect(self._on_voice_finished)
        self.host.voiceFailed.connect(self._on_voice_failed)
        self.host.soundsFailed.connect(self._on_sounds_failed)

    def start(self, settings: AudioSettings | None = None) -> None:
        """Start the audio host; the app never waits for it."""
        self.host.start(self.sounds_folder, settings if settings is not None else AudioSettings())

    def follow(self, driver: SessionDriver) -> None:
        """Sound out this session (a new driver for every session)."""
        self._driver = driver
        self.audio.begin_session()
        driver.happened.connect(self._on_events)

    def set_muted(self, muted: bool) -> None:
        self._run(self.audio.set_muted(muted))

    def set_choices(self, choices: CueChoices) -> None:
        self.audio.choices = choices

    def shut_down(self) -> None:
        self.host.shut_down()

    # -- slots -----------------------------------------------------------------------------

    def _on_events(self, events: list[Event]) -> None:
        for event in events:
            if isinstance(event, CueDue) and event.cue.is_speech and event.cue.kind is not CueKind.REP_COUNT:
                self.cueShown.emit(event.cue.text)  # rep counts are on screen already, as "Rep 2 of 6"
        self.audio.voice_works = self.host.voice_ready  # until it is, cues show on screen only
        self._run(self.audio.on_events(events))

    def _on_voice_finished(self) -> None:
        driver = self._driver
        if driver is not None and driver.running:
            self._run(self.audio.on_voice_free(self._clock() - driver.engine.started_at))

    def _on_voice_failed(self, reason: str) -> None:
        self.audio.voice_failed()
        self.voiceLost.emit(f"The voice is unavailable, so cues show on screen only. {reason}")

    def _on_sounds_failed(self, reason: str) -> None:
        self.tonesLost.emit(f"The app's tones can't be played. {reason}")

    def _run(self, commands: list[Command]) -> None:
        for command in commands:
            if isinstance(command, Tone):
                self.host.play(command.name)
            elif isinstance(command, Speak):
                self.host.say(command.text, command.cue.speech)
            elif isinstance(command, Hush):
                self.host.stop()
