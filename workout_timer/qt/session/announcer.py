"""Carries out what a session should sound like: tones and cues through the audio host.

Every decision is `SessionAudio`'s (in the domain); this only connects it to the running session and
the audio host, passes the host's reports back (what was spoken and played, and when), writes what
became of every cue to the session's event log, and tells the user once when the voice or the tones
cannot be heard.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Signal

from workout_timer.domain.audio.causes import Told
from workout_timer.domain.audio.cue_choices import CueChoices
from workout_timer.domain.audio.screen_reader import Announcement, announcements, voice_takes_cues
from workout_timer.domain.audio.session_audio import Command, Hush, SessionAudio, Speak, Tone
from workout_timer.domain.audio.speech_queue import Reason
from workout_timer.domain.session.cues import CueKind
from workout_timer.domain.session.events import CueDue, Event
from workout_timer.domain.session.player_text import tones_lost_words, voice_lost_words
from workout_timer.domain.session.start_gate import Readiness
from workout_timer.qt.audio.audio_client import AudioHost
from workout_timer.qt.audio.media_players import MediaPlayers
from workout_timer.qt.common.readable import announce, reader_listening
from workout_timer.qt.common.settings import AudioSettings
from workout_timer.qt.session.session_driver import SessionDriver


class Announcer(QObject):
    """The voice and the tones of every session in this run of the app.

    Signals:
        cueShown(str): a cue's words as it comes due, for the screen (said aloud or not; not rep counts).
        voiceLost(str): the voice can't be heard from now on; a message for the user (emitted once, until a voice
            speaks again), or "" when its cause was told before (the voice tried again in another language, and
            failing as before: `causes.Told`).
        voiceBack: a voice speaks again after `voiceLost`: one of another language, when the host said it is ready.
        tonesLost(str): the tones can't be heard from now on; a message for the user (emitted once).
    """

    cueShown = Signal(str)
    voiceLost = Signal(str)
    voiceBack = Signal()
    tonesLost = Signal(str)

    def __init__(
        self,
        sounds_folder: Path,
        choices: CueChoices | None = None,
        muted: bool = False,
        speech_engine: str = "",
        parent: QObject | None = None,
        media_players: MediaPlayers | None = None,
    ) -> None:
        super().__init__(parent)
        self.audio = SessionAudio(choices, muted, voice=Readiness.OFF, tones=Readiness.OFF)
        self.host = AudioHost(speech_engine, self)
        self.sounds_folder = sounds_folder
        self._driver: SessionDriver | None = None
        self._players = media_players
        self._reader_speaks_cues = False
        """The user's media players, paused for each session when the settings say so (made when first
        wanted, on the session bus)."""
        self._told = Told()
        """The causes of a lost voice told so far (each once a run)."""
        host = self.host
        host.voicesReady.connect(self._on_voice_ready)
        host.soundsReady.connect(self._on_sounds_ready)
        host.began.connect(self._on_began)
        host.said.connect(self._on_said)
        host.played.connect(self._on_played)
        host.toneDropped.connect(self._on_tone_dropped)
        host.restarted.connect(self._on_host_restarted)
        host.finished.connect(self._on_voice_finished)
        host.voiceFailed.connect(self._on_voice_failed)
        host.soundsFailed.connect(self._on_sounds_failed)

    def start(self, settings: AudioSettings | None = None) -> None:
        """Start the audio host (once); nothing waits for it, but a session's start does (see `follow`)."""
        if self.host.started:
            return
        self.audio.voice_starting()
        self.audio.tones_starting()
        self.host.start(self.sounds_folder, settings if settings is not None else AudioSettings())

    def follow(self, driver: SessionDriver) -> None:
        """Sound out this session (a new driver for every session); it starts once the sound is ready."""
        self._driver = driver
        self.audio.begin_session()
        driver.sound_state = self.sound_state
        driver.happened.connect(self._on_events)
        if self.host.others == "pause":
            if self._players is None:
                self._players = MediaPlayers(parent=self)
            self._players.session_started()
            driver.finished.connect(self._players.session_ended)

    def sound_state(self) -> tuple[Readiness, Readiness, bool]:
        """How far the voice and the tones have got, and whether the sound is off."""
        return self.audio.voice, self.audio.tones, self.audio.muted

    @property
    def voice_lost(self) -> bool:
        """The voice can't be heard from now on (`voiceLost` said so)."""
        return self.audio.voice is Readiness.FAILED

    def set_muted(self, muted: bool) -> None:
        self._run(self.audio.set_muted(muted, self._now()))
        self._sound_changed()  # a session waiting for its sound has nothing to wait for with the sound off

    def set_choices(self, choices: CueChoices) -> None:
        self.audio.choices = choices

    def set_reader_speaks_cues(self, on: bool) -> None:
        """Let a listening screen reader speak the cues instead of the app's voice (from the next cue on)."""
        self._reader_speaks_cues = on

    def shut_down(self) -> None:
        if self._players is not None:
            self._players.settle()
        self.host.shut_down()

    # -- slots -----------------------------------------------------------------------------

    def _on_events(self, events: list[Event]) -> None:
        for event in events:
            if isinstance(event, CueDue) and event.cue.is_speech and event.cue.kind is not CueKind.REP_COUNT:
                self.cueShown.emit(event.cue.text)  # rep counts are on screen already, as "Rep 2 of 6"
        listening = reader_listening()
        self.audio.voice_takes_cues = voice_takes_cues(self._reader_speaks_cues, listening)
        self._run(self.audio.on_events(events))
        if listening and self._driver is not None:
            reader_cues = not self.audio.voice_takes_cues
            engine = self._driver.engine
            self._announce(announcements(events, engine.timeline, engine.index, reader_cues, self.audio.choices))

    def _on_voice_ready(self, *_: object) -> None:
        lost = self.voice_lost
        self._run(self.audio.voice_ready(self._now()))
        self._sound_changed()
        if lost:
            self.voiceBack.emit()

    def _on_sounds_ready(self) -> None:
        self.audio.tones_ready()
        self._sound_changed()

    def _on_began(self, number: int, unheard: bool) -> None:
        self.audio.began(number, self._now(), heard=not unheard)
        self._log()

    def _on_said(self, number: int) -> None:
        self.audio.said(number, self._now())
        self._log()

    def _on_played(self, number: int) -> None:
        self.audio.played(number, self._now())
        self._log()

    def _on_host_restarted(self) -> None:
        self.audio.host_restarted(self._now())
        self._log()
        self._sound_changed()

    def _on_tone_dropped(self, number: int, late: bool) -> None:
        self.audio.tone_dropped(number, self._now(), late)
        self._log()

    def _on_voice_finished(self) -> None:
        driver = self._driver
        if driver is not None and driver.running:
            self._run(self.audio.on_voice_free(self._now()))

    def _on_voice_failed(self, reason: str) -> None:
        self.audio.voice_failed(self._now(), Reason.HOST_LOST if self.host.lost else Reason.VOICE_UNAVAILABLE)
        self._log()
        self._sound_changed()
        news = self._told.first_time(self.host.voice_cause)
        self.voiceLost.emit(voice_lost_words(reason, self.audio.tones) if news else "")  # in the app's words

    def _on_sounds_failed(self, reason: str) -> None:
        self.audio.tones_failed(self._now(), Reason.HOST_LOST if self.host.lost else Reason.TONES_UNAVAILABLE)
        self._log()
        self._sound_changed()
        self.tonesLost.emit(tones_lost_words(reason))

    # -- inside ----------------------------------------------------------------------------

    def _now(self) -> float:
        """Seconds since the session started (0 before it has), on the session's one clock."""
        return 0.0 if self._driver is None else self._driver.engine.since_start()

    def _sound_changed(self) -> None:
        if self._driver is not None:
            self._driver.sound_changed()

    def _run(self, commands: list[Command]) -> None:
        now = self._now()
        for command in commands:
            if isinstance(command, Tone):
                self.audio.sent(command, self.host.play(command.name, command.latest - now), now)
            elif isinstance(command, Speak):
                self.audio.sent(command, self.host.say(command.text, command.cue.speech), now)
            elif isinstance(command, Hush):
                self.host.stop()
        self._log()

    def _announce(self, said: list[Announcement]) -> None:
        """Tell the screen reader, and log what it was told."""
        now = self._now()
        posted: list[Event] = [announcement.posted(now) for announcement in said if announce(announcement.text)]
        if posted and self._driver is not None:
            self._driver.log(posted)

    def _log(self) -> None:
        events = self.audio.take_log()
        if self._driver is not None and events:
            self._driver.log(events)
