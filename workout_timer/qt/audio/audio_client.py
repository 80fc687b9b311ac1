"""The app's side of the audio host: requests go out at once, answers come back as signals.

Nothing here ever waits for the voice or the sound card. A host that misbehaves (a tone or an
utterance it never answers, or a flood on its stderr) or dies (a crash, a kill) is started afresh,
with a line in the log and nothing said to the user, up to MAX_RESTARTS times; after that, and when
the host never starts, it is the same as having no audio: the app goes on with whatever still works,
and tells the user once.
"""

from __future__ import annotations

import logging
import statistics
import time
from collections import deque
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal, SignalInstance

from workout_timer import logs
from workout_timer.domain.audio import causes
from workout_timer.domain.audio.ducking import DEFAULT_DEPTH_DB
from workout_timer.domain.audio.voices import failure_cause, voice_failure
from workout_timer.domain.common import language
from workout_timer.qt.audio.host_process import HostProcess
from workout_timer.qt.common.settings import AudioSettings

DEFAULT_SPEECH_LATENCY = 0.25
"""Allowed for in the watchdog: seconds from a request to speech, at the slowest engines."""
WATCHDOG_SLACK = 4.0
"""How much longer than twice its estimate an utterance may run before the voice is given up on."""
START_TIMEOUT = 20.0
"""How long the voice may take to start before the app stops waiting for it."""
ANSWER_TIMEOUT = 3.0
"""Seconds the host has to say it played (or let go) a tone before it is taken to have stopped answering."""
MAX_RESTARTS = 2
"""Restarts of a host that misbehaved or died, in one run of the app; then its voice and tones are given up."""

log = logging.getLogger("workout_timer.audio_host")


class AudioHost(QObject):
    """Runs `python -m workout_timer.qt.audio.audio_host` and talks to it in JSON lines.

    Commands sent: start_speech, start_sounds, say {n, text}, stop, configure {rate, pitch, volume},
    voice {name}, play {n, name, until}, tones {volume}, start_ducking {mode, depth}, ducking {mode, depth}, quit.
    Events received: hello, speech_ready {voices, voice, language}, speech_failed {reason, no_voice},
    began {n, latency, unheard}, said {n}, word {n, word}, voice {voice}, sounds_ready,
    sounds_failed {reason, no_output}, played {n, name}, tone_dropped {n, name, late}, ducking {available, reason},
    error {reason}.
    `python -m workout_timer.qt.audio.audio_host --bring-back` only brings back the other sound a host
    that ended suddenly left lowered, and ends.
    Utterances and tones are numbered from one count, so a number names one request.

    Signals:
        voicesReady(list, str): the voice works; the voices of the language the cues are spoken in, and the one in use.
        voiceChanged(str): another voice is in use, as chosen in the preferences (`voice_locale` says its locale).
        soundsReady: the tones can be played.
        began(int, bool): the voice began to say utterance n (the engine reported it speaking); True when
            it can't have been heard all the same (no sound output was found).
        said(int): utterance n is over: said, cut short, or stopped before it began.
        finished: the utterance asked for last is over (said, cut short, or given up on).
        word(str): a word of the latest utterance as it is spoken (engines that report words, such as `mock`).
        played(int): tone n was played.
        toneDropped(int, bool): tone n was not played: a newer one came before it could start (tones
            start one at a time, a moment apart: see audio_host.TONE_GAP), or (True) it could only have
            started after the latest moment it was asked for.
        voiceFailed(str): the voice can't be used from now on, and why, in the app's words; emitted once.
        soundsFailed(str): the tones can't be played, and why, in the app's words; emitted once.
        restarted: the host misbehaved or died and was started afresh: what it had been asked and had not
            answered is lost, and the voice and the tones are starting again (their ready signals follow).
        duckingChecked(bool, str): whether other applications' sound can be lowered while the voice
            speaks here (a PulseAudio or PipeWire sound server answered), and if not, why (`ducking_problem`).
    """

    voicesReady = Signal(list, str)
    voiceChanged = Signal(str)
    soundsReady = Signal()
    began = Signal(int, bool)
    said = Signal(int)
    finished = Signal()
    word = Signal(str)
    played = Signal(int)
    toneDropped = Signal(int, bool)
    voiceFailed = Signal(str)
    soundsFailed = Signal(str)
    restarted = Signal()
    duckingChecked = Signal(bool, str)

    def __init__(
        self, engine: str = "", parent: QObject | None = None, clock: Callable[[], float] = time.monotonic
    ) -> None:
        super().__init__(parent)
        self.engine = engine
        self.voices: list[str] = []
        self.voice = ""
        self.voice_locale = ""
        """The locale of the voice in use, as the speech engine tells it ("en_GB")."""
        self.voice_locales: dict[str, str] = {}
        """Each voice's locale, by its name."""
        self.voice_ready = False
        self.voice_failed = False
        self.voice_cause = ""
        """Why the voice failed last, as the host or the client put it, the same in every language (`voiceFailed`
        says it in the app's words)."""
        self.sounds_ready = False
        self.sounds_failed = False
        self.speaking = False
        self.started = False
        self.lost = False
        """The host process stopped (or never started) while it was wanted."""
        self.no_output = False
        """The host found no sound output: nothing it plays or says can be heard."""
        self._number = 0
        self._last_said = 0
        self._latencies: deque[float] = deque(maxlen=15)
        self._closing = False
        self._process = HostProcess(self, clock)
        self._process.message.connect(self._on_message)
        self._process.flooded.connect(self._restart)
        self._process.failedToStart.connect(self._on_failed_to_start)
        self._process.ended.connect(self._on_ended)
        self._watchdog = QTimer(self)
        self._watchdog.setSingleShot(True)
        self._watchdog.timeout.connect(self._on_watchdog)
        self._tones_asked: set[int] = set()
        self._answer_timer = QTimer(self)
        self._answer_timer.setSingleShot(True)
        self._answer_timer.timeout.connect(lambda: self._restart("did not answer for a tone"))
        self.restarts = 0
        self._restarting = False
        self.ducking_available: bool | None = None
        """Other sound can be lowered here (None until the host has tried)."""
        self.ducking_problem = ""
        """Why other sound can't be lowered, as the host put it (an English cause: `causes.in_words` words it in the
        language the screen shows then)."""
        self._sounds_folder = Path()
        self._settings = AudioSettings()

    # -- commands --------------------------------------------------------------------------

    def start(self, sounds_folder: Path, settings: AudioSettings) -> None:
        """Start the host (once); the tones are loaded first, as they are quick, then the voice."""
        if self.started:
            return
        self.started = True
        self._sounds_folder, self._settings = sounds_folder, settings
        self._process.start()
        self._send("start_sounds", folder=str(sounds_folder), volume=settings.tone_volume)
        self._send("start_ducking", mode=settings.others, depth=DEFAULT_DEPTH_DB)
        self._send(
            "start_speech",
            engine=self.engine,
            voice=settings.voice,
            locale=language.current_locale(),  # the app's language and region: a voice of both, if one speaks
            rate=settings.rate,
            pitch=settings.pitch,
            volume=settings.volume,
            language=language.current(),
            english=settings.english,
        )
        self._watchdog.start(round(START_TIMEOUT * 1000))

    @property
    def latency(self) -> float:
        """Seconds from a request to the engine starting to speak, the median of the last few (0 until
        measured). Engines that report "speaking" when the sound starts (Windows, macOS) make this the
        delay the user hears; speech-dispatcher reports it at once, and is heard within ~30 ms here."""
        return statistics.median(self._latencies) if self._latencies else 0.0

    @property
    def running(self) -> bool:
        return self._process.running

    def say(self, text: str, estimate: float) -> int | None:
        """Say `text` now (cutting off anything still being said); `estimate` is how long it should take.

        Returns the utterance's number, or None when the voice can't take it."""
        if not self.voice_ready:
            return None
        self._number += 1
        self._last_said = self._number
        self.speaking = True
        self._send("say", n=self._number, text=text)
        self._watchdog.start(round((2 * estimate + WATCHDOG_SLACK + DEFAULT_SPEECH_LATENCY) * 1000))
        return self._number

    def stop(self) -> None:
        if self.voice_ready and self.speaking:
            self._send("stop")

    def configure(self, rate: float, pitch: float, volume: float) -> None:
        self._settings = replace(self._settings, rate=rate, pitch=pitch, volume=volume)
        self._send("configure", rate=rate, pitch=pitch, volume=volume)

    def use_voice(self, name: str) -> None:
        self._settings = replace(self._settings, voice=name)
        self._send("voice", name=name)

    def speak_language(self, english: bool) -> None:
        """Cues in the language now in use (or in English when no voice speaks it, if `english`): the voice of it is
        chosen after the cue being said; a voice that had failed is tried again (`voicesReady` or `voiceFailed`)."""
        self._settings = replace(self._settings, english=english)
        if not self.started:
            return
        if self.voice_failed:
            self.voice_failed = self.voice_ready = False
            self._watchdog.start(round(START_TIMEOUT * 1000))
        self._send("speech_language", language=language.current(), english=english, locale=language.current_locale())

    def play(self, name: str, within: float | None = None) -> int | None:
        """Play a tone, if it can start within `within` seconds from now (by the host's clock, the
        system's monotonic one, which a fake clock in the app does not move); its number, or None when
        the tones can't be played."""
        if not self.sounds_ready:
            return None
        self._number += 1
        until = None if within is None else round(time.monotonic() + within, 4)
        self._send("play", n=self._number, name=name, until=until)
        self._tones_asked.add(self._number)
        if not self._answer_timer.isActive():
            self._answer_timer.start(round(ANSWER_TIMEOUT * 1000))
        return self._number

    def set_tone_volume(self, volume: float) -> None:
        self._settings = replace(self._settings, tone_volume=volume)
        self._send("tones", volume=volume)

    def set_others(self, others: str) -> None:
        """What becomes of other applications' sound: see `settings.OTHER_SOUND`."""
        self._settings = replace(self._settings, others=others)
        self._send("ducking", mode=others, depth=DEFAULT_DEPTH_DB)

    @property
    def others(self) -> str:
        return self._settings.others

    def shut_down(self) -> None:
        """Ask the host to quit, and end it if it does not (`HostProcess.shut_down`). Waits a second and a half at
        most."""
        self._watchdog.stop()
        self._closing = True
        self._process.shut_down(bring_back=self.ducking_available is True)

    def _send(self, command: str, **fields: object) -> None:
        self._process.send(command, **fields)

    # -- slots -----------------------------------------------------------------------------

    def _on_message(self, event: str, fields: dict[str, object]) -> None:
        if event == "speech_ready":
            self._watchdog.stop()
            voices, locales = fields.get("voices"), fields.get("voice_locales")
            self.voices = [str(name) for name in voices] if isinstance(voices, list) else []
            locales = [str(locale) for locale in locales] if isinstance(locales, list) else []
            named = len(locales) == len(self.voices)  # (a host that sends none: the names alone)
            self.voice_locales = dict(zip(self.voices, locales, strict=True)) if named else {}
            self._use(fields)
            language.speak_in(str(fields.get("language", language.current())))
            self.voice_ready = not self.voice_failed
            self.voicesReady.emit(self.voices, self.voice)
        elif event == "began":
            latency = fields.get("latency")
            if isinstance(latency, (int, float)) and 0 <= latency < 5:
                self._latencies.append(float(latency))
            number = fields.get("n")
            if isinstance(number, int):
                self.began.emit(number, fields.get("unheard") is True)
        elif event == "voice":
            self._use(fields)
            self.voiceChanged.emit(self.voice)
        elif event == "said":
            self._emit_number(self.said, fields)
            if fields.get("n") == self._last_said and self.speaking:
                self.speaking = False
                self._watchdog.stop()
                self.finished.emit()
        elif event == "word" and fields.get("n") == self._last_said:  # a word of a cue already cut off is not news
            self.word.emit(str(fields.get("word", "")))
        elif event in ("played", "tone_dropped"):
            number = fields.get("n")
            if isinstance(number, int):
                self._tones_asked.discard(number)
            if not self._tones_asked:
                self._answer_timer.stop()
            if event == "played":
                self._emit_number(self.played, fields)
            elif isinstance(number, int):
                self.toneDropped.emit(number, fields.get("late") is True)
        elif event == "sounds_ready":
            self.sounds_ready = not self.sounds_failed
            if self.sounds_ready:
                self.soundsReady.emit()
        elif event == "speech_failed":
            english = self._settings.english
            self._fail_voice(voice_failure(fields, english, logs.where()), failure_cause(fields, english))
        elif event == "sounds_failed":
            self.no_output = self.no_output or fields.get("no_output") is True
            self._fail_sounds(str(fields.get("reason", "")))
        elif event == "ducking":
            self.ducking_available = fields.get("available") is True
            self.ducking_problem = str(fields.get("reason", ""))
            self.duckingChecked.emit(self.ducking_available, self.ducking_problem)

    def _on_watchdog(self) -> None:
        if not self.voice_ready:
            self._fail_voice(causes.SLOW_START)
        elif self.no_output:  # the speech engine speaks to nobody and never finishes: a new host would too
            self._send("stop")
            log.warning("The audio helper's voice did not finish an utterance, with no sound output; it is given up.")
            self._fail_voice(causes.NO_OUTPUT)
        elif self.restarts < MAX_RESTARTS:
            self._restart("did not finish an utterance in time")
        else:  # the tones may still work: only the voice is given up
            self._send("stop")
            log.warning("The audio helper's voice did not finish an utterance in time again; it is given up.")
            self._fail_voice(causes.STOPPED_ANSWERING)

    def _restart(self, why: str, given_up: str = causes.HELPER_STOPPED_ANSWERING) -> None:
        """End a host that misbehaves (or has died) and start a new one, or, after MAX_RESTARTS, give its
        sound up, telling the user `given_up`."""
        if self._restarting or self._closing or not self.started:
            return
        self._restarting = True
        self._watchdog.stop()
        self._answer_timer.stop()
        self._tones_asked.clear()
        self._process.end_now()
        self._restarting = False
        if self.restarts >= MAX_RESTARTS:
            log.warning("The audio helper %s again; its voice and tones are given up for this run.", why)
            self.lost = True
            self._fail_voice(given_up)
            self._fail_sounds(given_up)
            self._bring_back_sound()
            return
        self.restarts += 1
        log.warning("The audio helper %s; it was started afresh (restart %d of %d).", why, self.restarts, MAX_RESTARTS)
        was_speaking = self.speaking
        self.voice_ready = self.sounds_ready = self.speaking = False
        self.started = False
        self.restarted.emit()
        if was_speaking:
            self.finished.emit()
        self.start(self._sounds_folder, self._settings)

    def _on_failed_to_start(self) -> None:
        if not (self._closing or self._restarting):
            self.lost = True  # a program that can't start will not start next time either
            self._fail_voice(causes.HELPER_DID_NOT_START)
            self._fail_sounds(causes.HELPER_DID_NOT_START)

    def _on_ended(self, how: str) -> None:
        """The host ended while it was wanted (a crash, a kill): it is started afresh, as a hung one is."""
        if self._closing or self._restarting:
            return
        self._restart(how, causes.HELPER_STOPPED)

    def _bring_back_sound(self) -> None:
        if self.ducking_available:
            self._process.bring_back_sound()

    @staticmethod
    def _emit_number(signal: SignalInstance, fields: dict[str, object]) -> None:
        number = fields.get("n")
        if isinstance(number, int):
            signal.emit(number)

    def _use(self, fields: dict[str, object]) -> None:
        """The voice the engine says it uses, and its locale (what the preferences show, and the log)."""
        self.voice, self.voice_locale = str(fields.get("voice", "")), str(fields.get("voice_locale", ""))
        log.info("The voice in use: %s (%s)", self.voice, self.voice_locale or "its locale unknown")

    def _fail_voice(self, reason: str, cause: str | None = None) -> None:
        """The voice is given up; `reason` is a cause in English, or in the app's words already when `cause` gives the
        cause they say (`voices.failure_cause`)."""
        if self.voice_failed:
            return
        self.voice_failed = True
        self.voice_ready = False
        self.voice_cause = reason if cause is None else cause
        self._watchdog.stop()
        was_speaking, self.speaking = self.speaking, False
        self.voiceFailed.emit(causes.in_words(reason, logs.where()) if cause is None else reason)
        if was_speaking:
            self.finished.emit()

    def _fail_sounds(self, reason: str) -> None:
        if not self.sounds_failed:
            self.sounds_failed = True
            self.sounds_ready = False
            self.soundsFailed.emit(causes.in_words(reason, logs.where()))
