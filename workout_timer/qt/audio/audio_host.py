"""The audio host: a small process of its own that speaks the cues and plays the tones for the app.

Run as `python -m workout_timer.qt.audio.audio_host [--parent PID]`. It reads one JSON command a line on
stdin and writes one JSON event a line on stdout (the protocol is in `AudioHost`'s docstring, in
audio_client.py).

While the voice speaks, other applications' sound is lowered (`pulse_ducker`), and brought back after
the last word, when the voice stops or fails, and when the host quits. The tones' streams are marked as
events (media.role=event: Qt Multimedia does so for sound effects), so that desktops which lower music
for announcements treat them as such; the voice's stream is the speech daemon's.

It never outlives the app: on Linux the kernel kills it the moment the app's process ends (however it
ends, and even while this process is stuck in the speech engine's C++ code, where no Python runs);
elsewhere a thread ends it soon after the app closes its stdin. Ctrl+C in a terminal reaches this
process too: it leaves that to the app, which ends it.

Why a process and not a thread: QtTextToSpeech holds Python's interpreter lock while its engine
starts, over a second with speech-dispatcher, which would freeze the window from any thread of the
app; loading Qt Multimedia does the same for a tenth of a second. In a process of their own they
cost the app nothing, and a voice that hangs can be stopped without touching the timer.
"""

from __future__ import annotations

import ctypes
import json
import os
import signal
import sys
import threading
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QLocale, QLoggingCategory, QObject, QTimer, QUrl, Signal

from workout_timer.domain.audio.voices import choose_locale, choose_voice, english_locales
from workout_timer.domain.common.paths import ducking_record_path
from workout_timer.qt.audio.pulse_ducker import PulseDucker

if TYPE_CHECKING:
    from PySide6.QtMultimedia import QSoundEffect
    from PySide6.QtTextToSpeech import QTextToSpeech

SOUNDS = ("countdown", "work", "rest", "finish")
QUIET_LOGGING = "qt.multimedia.symbolsresolver.warning=false"
"""Qt Multimedia warns on every start that optional libraries it looks for (pipewire) are missing; they
are optional, and the app plays through whichever sound server there is. QT_LOGGING_RULES still wins."""
PR_SET_PDEATHSIG = 1
"""prctl option (linux/prctl.h): the signal this process gets when its parent ends."""
TONES_FIRST = 1.0
"""Seconds the voice's start waits for the tones to load."""
BRING_BACK_WAIT = 3.0
"""Seconds `--bring-back` may take to reach the sound server and set the volumes."""
OUTLIVE_APP_BY = 2.0
"""Seconds the host may take to quit after the app has gone before it is ended outright."""
TONE_GAP = 0.2
"""Seconds between the starts of two tones at least; and a new tone stops the one still playing.
Two Qt sound effects playing at once (Qt Multimedia 6.12 on PulseAudio), while the voice speaks, can
leave this process's event loop watching a closed eventfd of Qt's ("QSocketNotifier: Invalid socket
… disabling", a million lines a second), answering nothing and silent from then on: one burst in two
or three did it. One tone at a time never did."""


class Host(QObject):
    """Carries out the commands that arrive on stdin, in this process's main thread.

    Signals:
        line(str): a line read from stdin by the reader thread (delivered here, queued).
    """

    line = Signal(str)

    def __init__(self, app_pid: int = 0) -> None:
        super().__init__()
        self._app_pid = app_pid
        self._send_lock = threading.Lock()
        self.ducker: PulseDucker | None = None
        self.tts: QTextToSpeech | None = None
        self.effects: dict[str, QSoundEffect] = {}
        self.tone_volume = 1.0
        self._current = 0
        self._asked_at = 0.0
        self._awaiting_start = False
        self._sounds_pending = False
        self._speech_settings: dict[str, Any] | None = None
        self._waiting_tone: tuple[str, int] | None = None
        """The tone asked for too soon after the last one, played once TONE_GAP has passed."""
        self._tone_started = -TONE_GAP
        self._tone_timer = QTimer(self)
        self._tone_timer.setSingleShot(True)
        self._tone_timer.timeout.connect(self._play_waiting)
        self.line.connect(self._on_line)

    def send(self, event: str, **fields: Any) -> None:
        """Write one event line (from any thread: the ducker reports from its own)."""
        with self._send_lock:
            sys.stdout.write(json.dumps({"event": event, **fields}) + "\n")
            sys.stdout.flush()

    # -- commands --------------------------------------------------------------------------

    def _on_line(self, line: str) -> None:
        if not line:  # the app closed our stdin: it has gone
            QCoreApplication.quit()
            return
        try:
            command = json.loads(line)
            handler = getattr(self, "do_" + str(command.pop("cmd")).replace("-", "_"))
            handler(**command)
        except Exception as error:  # a bad command must not end the host
            self.send("error", reason=f"{type(error).__name__}: {error}", line=line.strip())

    def do_start_speech(self, **settings: Any) -> None:
        """Start the voice, once the tones have loaded (for at most TONES_FIRST seconds): the speech
        engine holds this process for seconds while it starts, and the tones should be ready by then."""
        if self._sounds_pending:
            self._speech_settings = settings
            QTimer.singleShot(round(TONES_FIRST * 1000), self._start_speech_now)
            return
        self._start_speech(**settings)

    def _start_speech_now(self) -> None:
        settings, self._speech_settings = self._speech_settings, None
        if settings is not None:
            self._start_speech(**settings)

    def _start_speech(self, engine: str, voice: str, locale: str, rate: float, pitch: float, volume: float) -> None:
        try:
            from PySide6.QtTextToSpeech import QTextToSpeech
        except ImportError as error:
            self.send("speech_failed", reason=f"Qt's speech module is missing ({error}).")
            return
        engines = QTextToSpeech.availableEngines()
        if (engine and engine not in engines) or not engines:
            self.send("speech_failed", reason=f"The speech engine {engine or 'of this system'} is not installed.")
            return
        tts = QTextToSpeech(engine, self) if engine else QTextToSpeech(self)
        if tts.state() == QTextToSpeech.State.Error:
            self.send("speech_failed", reason=tts.errorString() or "The speech engine could not start.")
            return
        self.tts = tts
        tts.stateChanged.connect(self._on_state_changed)
        tts.sayingWord.connect(self._on_saying_word)
        locales = tts.availableLocales()
        names = [loc.name() for loc in locales]
        voices: list[str] = []
        for index in english_locales(names):
            tts.setLocale(locales[index])
            voices.extend(v.name() for v in tts.availableVoices())
        chosen = choose_locale(names, locale)
        if chosen is None:
            self.send("speech_failed", reason="The speech engine has no English voice.")
            self.tts = None
            return
        tts.setLocale(locales[chosen])
        here = tts.availableVoices()
        plain = choose_voice([v.name() for v in here], names[chosen])
        if plain is not None:
            tts.setVoice(here[plain])
        self.do_configure(rate, pitch, volume)
        if voice:
            self.do_voice(voice)
        self.send("speech_ready", voices=voices, voice=tts.voice().name())

    def do_voice(self, name: str) -> None:
        if self.tts is None:
            return
        tts = self.tts
        original = QLocale(tts.locale())
        for locale in [original, *tts.availableLocales()]:
            tts.setLocale(locale)
            for voice in tts.availableVoices():
                if voice.name() == name:
                    tts.setVoice(voice)
                    self.send("voice", voice=name)
                    return
        tts.setLocale(original)  # no such voice any more: keep the one in use

    def do_configure(self, rate: float, pitch: float, volume: float) -> None:
        if self.tts is not None:
            self.tts.setRate(rate)
            self.tts.setPitch(pitch)
            self.tts.setVolume(volume)

    def do_say(self, n: int, text: str) -> None:
        if self.tts is None:
            return
        from PySide6.QtTextToSpeech import QTextToSpeech

        if self.tts.state() == QTextToSpeech.State.Speaking:
            self._awaiting_start = True  # the stop's "ready" belongs to the old utterance
            self.tts.stop(QTextToSpeech.BoundaryHint.Immediate)
            self.send("said", n=self._current)
        self._current = n
        self._asked_at = time.monotonic()
        self._awaiting_start = True
        if self.ducker is not None:
            self.ducker.speak()
        self.tts.say(text)

    def do_stop(self) -> None:
        if self.tts is not None:
            from PySide6.QtTextToSpeech import QTextToSpeech

            self.tts.stop(QTextToSpeech.BoundaryHint.Immediate)
            if self._awaiting_start:  # stopped before it began: no state change will say it is over
                self._awaiting_start = False
                self.send("said", n=self._current)
                self._voice_quiet()

    def do_start_sounds(self, folder: str, volume: float) -> None:
        self.tone_volume = volume
        try:
            from PySide6.QtMultimedia import QMediaDevices, QSoundEffect
        except ImportError as error:
            self.send("sounds_failed", reason=f"Qt's sound module is missing ({error}).")
            return
        if not QMediaDevices.audioOutputs():
            self.send("sounds_failed", reason="No sound output was found.")
            return
        for name in SOUNDS:
            path = Path(folder) / f"{name}.wav"
            if not path.is_file():
                self.send("sounds_failed", reason=f"The sound file {path} is missing.")
                return
            effect = QSoundEffect(self)
            effect.setVolume(volume)
            effect.statusChanged.connect(self._on_sound_status)
            effect.setSource(QUrl.fromLocalFile(str(path)))
            self.effects[name] = effect
        self._sounds_pending = True
        self._on_sound_status()

    def do_play(self, name: str, n: int = 0) -> None:
        """Play a tone now, or TONE_GAP after the last one began; one tone waits at most, and a newer
        one takes its place (the one it replaces is reported as `tone_dropped`). See TONE_GAP."""
        if name not in self.effects:
            return
        if self._waiting_tone is not None:
            self.send("tone_dropped", n=self._waiting_tone[1], name=self._waiting_tone[0])
        self._waiting_tone = (name, n)
        wait = self._tone_started + TONE_GAP - time.monotonic()
        if wait > 0:
            self._tone_timer.start(max(1, round(wait * 1000)))
        else:
            self._play_waiting()

    def _play_waiting(self) -> None:
        waiting, self._waiting_tone = self._waiting_tone, None
        effect = self.effects.get(waiting[0]) if waiting is not None else None
        if waiting is None or effect is None:
            return
        for playing in self.effects.values():  # one tone at a time: a new one cuts the last one short
            if playing.isPlaying():
                playing.stop()
        effect.play()
        self._tone_started = time.monotonic()
        self.send("played", n=waiting[1], name=waiting[0])

    def do_tones(self, volume: float) -> None:
        self.tone_volume = volume
        for effect in self.effects.values():
            effect.setVolume(volume)

    def do_start_ducking(self, mode: str, depth: float) -> None:
        """Lower other sound while speaking when `mode` is "lower"; in any mode, bring back what an earlier
        run left lowered. Answers `ducking {available, reason}` once it knows whether it can."""
        if self.ducker is not None:
            return
        self.ducker = PulseDucker(
            ducking_record_path(),
            {os.getpid(), self._app_pid} - {0},
            lambda available, reason: self.send("ducking", available=available, reason=reason),
        )
        self.ducker.start(mode == "lower", depth)

    def do_ducking(self, mode: str, depth: float) -> None:
        if self.ducker is not None:
            self.ducker.configure(mode == "lower", depth)

    def do_quit(self) -> None:
        self.do_stop()
        self.close_ducker()
        QCoreApplication.quit()

    def close_ducker(self) -> None:
        """Bring the other sound back at once (the host is ending)."""
        if self.ducker is not None:
            self.ducker.close()
            self.ducker = None

    def _voice_quiet(self) -> None:
        if self.ducker is not None:
            self.ducker.quiet()

    # -- engine signals --------------------------------------------------------------------

    def _on_state_changed(self, state: object) -> None:
        from PySide6.QtTextToSpeech import QTextToSpeech

        if state == QTextToSpeech.State.Speaking and self._awaiting_start:
            self._awaiting_start = False
            self.send("began", n=self._current, latency=round(time.monotonic() - self._asked_at, 4))
        elif state == QTextToSpeech.State.Ready and not self._awaiting_start:
            self.send("said", n=self._current)
            self._voice_quiet()
        elif state == QTextToSpeech.State.Error:
            assert self.tts is not None
            self.send("speech_failed", reason=self.tts.errorString() or "The speech engine reported an error.")
            self.tts = None
            self._voice_quiet()

    def _on_saying_word(self, word: str, *_: object) -> None:
        self.send("word", n=self._current, word=word)

    def _on_sound_status(self) -> None:
        from PySide6.QtMultimedia import QSoundEffect

        statuses = [effect.status() for effect in self.effects.values()]
        if QSoundEffect.Status.Error in statuses and self._sounds_pending:
            self._sounds_pending = False
            self.effects.clear()
            self.send("sounds_failed", reason="The sound output would not play the app's tones.")
            QTimer.singleShot(0, self._start_speech_now)
        elif self._sounds_pending and all(status == QSoundEffect.Status.Ready for status in statuses):
            self._sounds_pending = False
            self.send("sounds_ready")
            QTimer.singleShot(0, self._start_speech_now)


def _read_stdin(host: Host) -> None:
    """In a thread of its own: hand every line (and then the end, as "") to the host.

    The end of stdin means the app has gone; should the host not have quit a little later, it ends
    here, so it can never outlive the app.
    """
    try:
        for line in sys.stdin:
            host.line.emit(line)
        host.line.emit("")
    except RuntimeError:  # the host is gone: the process is ending
        return
    time.sleep(OUTLIVE_APP_BY)
    os._exit(0)


def end_with_parent(parent: int) -> None:
    """Have the kernel kill this process when the app's process ends (Linux); if it has already
    ended (before this ran), end now."""
    if sys.platform.startswith("linux"):
        try:
            libc = ctypes.CDLL(None, use_errno=True)
            libc.prctl(PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
        except (OSError, AttributeError):  # no prctl: the stdin thread still ends the host
            pass
    if parent and os.getppid() != parent:
        os._exit(0)


def bring_back() -> int:
    """Only bring back the other sound a host that ended suddenly left lowered (see `pulse_ducker`)."""
    ducker = PulseDucker(ducking_record_path(), (), lambda available, reason: None)
    ducker.start(enabled=False)
    ducker.close(wait=BRING_BACK_WAIT)
    return 0


def main() -> int:
    if sys.argv[1:2] == ["--bring-back"]:
        return bring_back()
    parent = int(sys.argv[2]) if sys.argv[1:2] == ["--parent"] and sys.argv[2:3] else 0
    end_with_parent(parent)
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl+C in a terminal is the app's to handle
    QLoggingCategory.setFilterRules(QUIET_LOGGING)
    app = QCoreApplication(sys.argv[:1])
    app.setApplicationName("workout-timer-audio")
    host = Host(parent)
    threading.Thread(target=_read_stdin, args=(host,), daemon=True, name="stdin").start()
    host.send("hello")
    code = app.exec()
    host.close_ducker()  # the app has gone (its stdin closed): the other sound comes back all the same
    return code


if __name__ == "__main__":
    sys.exit(main())
