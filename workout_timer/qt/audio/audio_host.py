"""The audio host: a small process of its own that speaks the cues and plays the tones for the app.

Run as `python -m workout_timer.qt.audio.audio_host [--parent PID]`. It reads one JSON command a line on
stdin and writes one JSON event a line on stdout (the protocol is in `AudioHost`'s docstring, in
audio_client.py).

While the voice speaks, other applications' sound is lowered (`pulse_ducker`), and brought back after
the last word, when the voice stops or fails, and when the host quits. The tones' streams are marked as
events (media.role=event: Qt Multimedia does so for sound effects), so that desktops which lower music
for announcements treat them as such; the voice's stream is the speech daemon's.

It never outlives the app: on Linux the kernel kills it the moment the app's process ends (however it
ends, and even while this process is stuck in some C++ code, where no Python runs), and the voice's
process with it;
elsewhere a thread ends it soon after the app closes its stdin. Ctrl+C in a terminal reaches this
process too: it leaves that to the app, which ends it.

Why a process and not a thread: QtTextToSpeech holds Python's interpreter lock while its engine
starts, over a second with speech-dispatcher, which would freeze the window from any thread of the
app; loading Qt Multimedia does the same for a tenth of a second. In a process of their own they
cost the app nothing, and a voice that hangs can be stopped without touching the timer.

The voice has a process of its own again (`voice_host`, run through `voice_process`), started by this
one: a speech engine that takes long to start, or hangs while it starts (speech-dispatcher stopped),
holds the interpreter lock all the while, and would hold the tones with it. This process only passes
the voice's commands on and its events back, so it always answers for the tones.
"""

from __future__ import annotations

import os
import signal
import sys
import threading
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QLoggingCategory, QObject, QTimer, QUrl, Signal

from workout_timer.domain.audio import causes
from workout_timer.domain.common.paths import ducking_record_path
from workout_timer.qt.audio.json_lines import carry_out, event_line
from workout_timer.qt.audio.pulse_ducker import PulseDucker
from workout_timer.qt.audio.voice_host import end_with_parent
from workout_timer.qt.audio.voice_process import VoiceProcess

if TYPE_CHECKING:
    from PySide6.QtMultimedia import QSoundEffect

SOUNDS = ("countdown", "work", "rest", "finish")
QUIET_LOGGING = "qt.multimedia.symbolsresolver.warning=false"
"""Qt Multimedia warns on every start that optional libraries it looks for (pipewire) are missing; they
are optional, and the app plays through whichever sound server there is. QT_LOGGING_RULES still wins."""
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
        self.voice: VoiceProcess | None = None
        self.no_output = False
        """No sound output was found (no sound server answered): what the voice says can't be heard."""
        self.effects: dict[str, QSoundEffect] = {}
        self.tone_volume = 1.0
        self._sounds_pending = False
        self._speech_settings: dict[str, Any] | None = None
        self._speech_started: dict[str, Any] | None = None
        """What the voice was started with (its language changes with the app's)."""
        self._waiting_tone: tuple[str, int, float | None] | None = None
        """The tone asked for too soon after the last one (its name, number and latest start), played
        once TONE_GAP has passed."""
        self._tone_started = -TONE_GAP
        self._tone_timer = QTimer(self)
        self._tone_timer.setSingleShot(True)
        self._tone_timer.timeout.connect(self._play_waiting)
        self.line.connect(self._on_line)

    def send(self, event: str, **fields: Any) -> None:
        """Write one event line (from any thread: the ducker reports from its own)."""
        with self._send_lock:
            sys.stdout.write(event_line(event, **fields))
            sys.stdout.flush()

    # -- commands --------------------------------------------------------------------------

    def _on_line(self, line: str) -> None:
        if not line:  # the app closed our stdin: it has gone
            QCoreApplication.quit()
            return
        carry_out(self, line, self.send)

    def do_start_speech(self, **settings: Any) -> None:
        """Start the voice's process, once the tones have loaded (for at most TONES_FIRST seconds): both
        starts are heavy, and on a small machine the tones, which a session needs first, come first."""
        if self._sounds_pending:
            self._speech_settings = settings
            QTimer.singleShot(round(TONES_FIRST * 1000), self._start_speech_now)
            return
        self._start_speech(**settings)

    def _start_speech_now(self) -> None:
        settings, self._speech_settings = self._speech_settings, None
        if settings is not None:
            self._start_speech(**settings)

    def _start_speech(self, **settings: Any) -> None:
        self._speech_started = settings
        if self.voice is None:
            self.voice = VoiceProcess(self.send, self._duck, lambda: self.no_output, self)
            self.voice.start(settings)

    def do_speech_language(self, language: str, english: bool, locale: str = "") -> None:
        """The app speaks `language` now, in `locale` (its region): the voice chooses one of it (or of English, if
        `english`), after the cue it is saying. A voice that failed (none spoke the language before) is started
        afresh for it, the old process ended first: never two voices at once."""
        changed: dict[str, Any] = {"language": language, "english": english, **({"locale": locale} if locale else {})}
        if self._speech_settings is not None:  # not started yet: it starts in the new language
            self._speech_settings.update(changed)
            return
        settings = self._speech_started
        if settings is None:
            return
        settings.update(changed)
        voice = self.voice
        if voice is not None and not voice.failed:
            voice.send("speech_language", voice=settings.get("voice", ""), **changed)
            return
        if voice is not None:
            voice.close()
            voice.deleteLater()
            self.voice = None
        self._start_speech(**settings)

    def do_say(self, n: int, text: str) -> None:
        if self.voice is not None:
            self.voice.send("say", n=n, text=text)

    def do_stop(self) -> None:
        if self.voice is not None:
            self.voice.send("stop")

    def do_configure(self, rate: float, pitch: float, volume: float) -> None:
        if self.voice is not None:
            self.voice.send("configure", rate=rate, pitch=pitch, volume=volume)

    def do_voice(self, name: str) -> None:
        if self.voice is not None:
            self.voice.send("voice", name=name)

    def do_start_sounds(self, folder: str, volume: float) -> None:
        self.tone_volume = volume
        try:
            from PySide6.QtMultimedia import QMediaDevices, QSoundEffect
        except ImportError as error:
            sys.stderr.write(f"Qt's sound module could not be imported: {error}\n")  # the app keeps it in its log
            self.send("sounds_failed", reason=causes.NO_SOUND_MODULE)
            return
        if not QMediaDevices.audioOutputs():
            self.no_output = True
            self.send("sounds_failed", reason=causes.NO_OUTPUT, no_output=True)
            return
        for name in SOUNDS:
            path = Path(folder) / f"{name}.wav"
            if not path.is_file():
                self.send("sounds_failed", reason=causes.NO_SOUND_FILE.format(path=path))
                return
            effect = QSoundEffect(self)
            effect.setVolume(volume)
            effect.statusChanged.connect(self._on_sound_status)
            effect.setSource(QUrl.fromLocalFile(str(path)))
            self.effects[name] = effect
        self._sounds_pending = True
        self._on_sound_status()

    def do_play(self, name: str, n: int = 0, until: float | None = None) -> None:
        """Play a tone now, or TONE_GAP after the last one began; one tone waits at most, and a newer
        one takes its place (the one it replaces is reported as `tone_dropped`). See TONE_GAP.

        `until`: the latest moment it may start, on the monotonic clock this process shares with the
        app; a tone that could only start later (this process was busy, or stopped) is not played but
        reported as `tone_dropped` with `late`: a beep out of its time is worse than none."""
        if name not in self.effects:
            return
        if _past(until):
            self.send("tone_dropped", n=n, name=name, late=True)
            return
        if self._waiting_tone is not None:
            self.send("tone_dropped", n=self._waiting_tone[1], name=self._waiting_tone[0])
        self._waiting_tone = (name, n, until)
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
        name, n, until = waiting
        if _past(until):
            self.send("tone_dropped", n=n, name=name, late=True)
            return
        for playing in self.effects.values():  # one tone at a time: a new one cuts the last one short
            if playing.isPlaying():
                playing.stop()
        effect.play()
        self._tone_started = time.monotonic()
        self.send("played", n=n, name=name)

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
        self.close_ducker()  # the other sound first: ending the voice's process can take a moment
        self.close_voice()
        QCoreApplication.quit()

    def close_voice(self) -> None:
        """End the voice's process (it stops speaking with it)."""
        if self.voice is not None:
            self.voice.close()

    def close_ducker(self) -> None:
        """Bring the other sound back at once (the host is ending)."""
        if self.ducker is not None:
            self.ducker.close()
            self.ducker = None

    def _duck(self, speaking: bool) -> None:
        """The voice is about to speak (lower the other sound), or fell silent (bring it back)."""
        if self.ducker is not None:
            if speaking:
                self.ducker.speak()
            else:
                self.ducker.quiet()

    # -- sound signals ---------------------------------------------------------------------

    def _on_sound_status(self) -> None:
        from PySide6.QtMultimedia import QSoundEffect

        statuses = [effect.status() for effect in self.effects.values()]
        if QSoundEffect.Status.Error in statuses and self._sounds_pending:
            self._sounds_pending = False
            self.effects.clear()
            self.send("sounds_failed", reason=causes.NO_TONES)
            QTimer.singleShot(0, self._start_speech_now)
        elif self._sounds_pending and all(status == QSoundEffect.Status.Ready for status in statuses):
            self._sounds_pending = False
            self.send("sounds_ready")
            QTimer.singleShot(0, self._start_speech_now)


def _past(until: float | None) -> bool:
    return until is not None and time.monotonic() > until


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


def bring_back() -> int:
    """Only bring back the other sound a host that ended suddenly left lowered (see `pulse_ducker`)."""
    ducker = PulseDucker(ducking_record_path(), (), lambda *_: None)
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
    host.close_voice()
    return code


if __name__ == "__main__":
    sys.exit(main())
