"""The voice: a process of its own, started by the audio host, that speaks the cues.

Run as `python -m workout_timer.qt.audio.voice_host --parent PID` (the audio host's PID). It reads the
voice's commands (start_speech, say, stop, configure, voice, quit), one JSON line each on stdin, and
writes the voice's events (speech_ready {voices, voice_locales, voice, voice_locale, language}, speech_failed,
began, said, word {n, word}, voice {voice, voice_locale}) on stdout, which the audio host passes on to the app
as they are; and two of its own, for the audio host only: `duck` (the voice is about to speak: lower the other
sound) and `quiet` (the voice fell silent).

Why apart from the tones: the speech engine holds Python's interpreter lock while it starts, over a
second with speech-dispatcher, and for as long as the daemon does not answer (stopped, or stuck):
nothing else in its process runs meanwhile. In the audio host it held the tones hostage; here it only
holds itself, the audio host goes on playing the tones, and gives up a voice too slow to start by
ending this process.

It never outlives the audio host: the kernel kills it the moment the host ends (Linux), or it ends
soon after its stdin is closed.
"""

from __future__ import annotations

import ctypes
import os
import signal
import sys
import threading
import time
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QLocale, QObject, Signal

from workout_timer.domain.audio import causes
from workout_timer.domain.audio.voices import choose_locale, choose_voice, locales_of, speech_language
from workout_timer.qt.audio.json_lines import carry_out, event_line

if TYPE_CHECKING:
    from PySide6.QtTextToSpeech import QTextToSpeech

PR_SET_PDEATHSIG = 1
"""prctl option (linux/prctl.h): the signal this process gets when its parent ends."""
OUTLIVE_PARENT_BY = 2.0
"""Seconds this process may take to quit after its stdin closed (its parent has gone) before it ends."""


def end_with_parent(parent: int) -> None:
    """Have the kernel kill this process when its parent ends (Linux); if it has already ended (before
    this ran), end now."""
    if sys.platform.startswith("linux"):
        try:
            libc = ctypes.CDLL(None, use_errno=True)
            libc.prctl(PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
        except (OSError, AttributeError):  # no prctl: the stdin thread still ends the process
            pass
    if parent and os.getppid() != parent:
        os._exit(0)


class LineReader(QObject):
    """Hands every line of stdin, read on a thread of its own, to the main thread; then the end as "".

    The end of stdin means the parent has gone; should this process not have quit a little later, it
    ends here, so it can never outlive its parent.

    Signals:
        line(str): a line read from stdin (delivered in the main thread, queued).
    """

    line = Signal(str)

    def start(self) -> None:
        threading.Thread(target=self._read, daemon=True, name="stdin").start()

    def _read(self) -> None:
        try:
            for line in sys.stdin:
                self.line.emit(line)
            self.line.emit("")
        except RuntimeError:  # the receiver is gone: the process is ending
            return
        time.sleep(OUTLIVE_PARENT_BY)
        os._exit(0)


class Writer:
    """Writes one JSON event a line on stdout, from any thread."""

    def __init__(self) -> None:
        self._lock = threading.Lock()

    def send(self, event: str, **fields: Any) -> None:
        with self._lock:
            sys.stdout.write(event_line(event, **fields))
            sys.stdout.flush()


class Voice(QObject):
    """Carries out the voice's commands with QtTextToSpeech, in this process's main thread."""

    def __init__(self, send: Writer) -> None:
        super().__init__()
        self.send = send.send
        self.tts: QTextToSpeech | None = None
        self._current = 0
        self._asked_at = 0.0
        self._awaiting_start = False
        self._locale = ""
        """The app's locale ("en_GB"), for a voice of its language and region."""
        self._configured = (0.0, 0.0, 1.0)
        """The speed, pitch and volume asked for (`do_configure`)."""
        self._pending: tuple[str, bool, str] | None = None
        """A language to speak once the cue being said is over."""

    def on_line(self, line: str) -> None:
        if not line:  # the audio host closed our stdin: it has gone
            QCoreApplication.quit()
            return
        carry_out(self, line, self.send)

    def do_start_speech(
        self,
        engine: str,
        voice: str,
        locale: str,
        rate: float,
        pitch: float,
        volume: float,
        language: str = "en",
        english: bool = False,
    ) -> None:
        """Start the engine with a voice of `language` (the app's), or of English when none speaks it and
        `english` allows it; tells which (speech_ready {language}), or that none can (speech_failed {no_voice})."""
        try:
            from PySide6.QtTextToSpeech import QTextToSpeech
        except ImportError as error:
            sys.stderr.write(f"Qt's speech module could not be imported: {error}\n")  # the app keeps it in its log
            self.send("speech_failed", reason=causes.NO_SPEECH_MODULE)
            return
        engines = QTextToSpeech.availableEngines()
        if (engine and engine not in engines) or not engines:
            missing = causes.NO_ENGINE.format(engine=engine) if engine else causes.NO_ENGINE_HERE
            self.send("speech_failed", reason=missing)
            return
        tts = QTextToSpeech(engine, self) if engine else QTextToSpeech(self)
        if tts.state() == QTextToSpeech.State.Error:
            self.send("speech_failed", reason=tts.errorString() or causes.ENGINE_DID_NOT_START)
            return
        self.tts = tts
        tts.stateChanged.connect(self._on_state_changed)
        tts.sayingWord.connect(self._on_saying_word)
        self._locale = locale
        self._configured = (rate, pitch, volume)
        self._choose(language, english, voice, any_language=True)

    def _choose(self, language: str, english: bool, voice: str = "", any_language: bool = False) -> None:
        """A voice of `language` (of the user's region if one speaks it), or of English when none does and
        `english` allows it; `voice`, the user's own choice (when it speaks that language, unless `any_language`:
        at the start, a voice chosen is the user's whatever it speaks). Tells which
        (speech_ready {language}), or that none can (speech_failed {no_voice})."""
        tts = self.tts
        assert tts is not None
        locales = tts.availableLocales()
        names = [loc.name() for loc in locales]
        spoken = speech_language(names, language, english)
        if spoken is None:
            self.send("speech_failed", reason=causes.NO_VOICE, no_voice=language)
            self.tts = None
            return
        voices: list[str] = []
        voice_locales: list[str] = []
        for index in locales_of(names, spoken):
            tts.setLocale(locales[index])
            for each in tts.availableVoices():
                voices.append(each.name())
                voice_locales.append(each.locale().name())
        chosen = choose_locale(names, self._locale, spoken)
        assert chosen is not None  # a voice speaks it
        tts.setLocale(locales[chosen])
        here = tts.availableVoices()
        plain = choose_voice([v.name() for v in here], names[chosen])
        if plain is not None:
            tts.setVoice(here[plain])
        self.do_configure(*self._configured)  # the speed, pitch and volume, for the voice chosen
        if voice and (any_language or voice in voices):
            self.do_voice(voice)
        used = tts.voice()  # what the engine really uses, its locale with it (not the one asked for)
        self.send(
            "speech_ready",
            voices=voices,
            voice_locales=voice_locales,
            voice=used.name(),
            voice_locale=used.locale().name(),
            language=spoken,
        )

    def do_speech_language(self, language: str, english: bool, voice: str = "", locale: str = "") -> None:
        """Speak `language` from now on (the app's language changed), in the region of `locale` (the app's new one)
        as `do_start_speech` chose: once the cue being said is over, if one is (it is never cut off; there is one
        voice, so never two at once)."""
        if self.tts is None:
            return
        if locale:
            self._locale = locale
        from PySide6.QtTextToSpeech import QTextToSpeech

        if self._awaiting_start or self.tts.state() == QTextToSpeech.State.Speaking:
            self._pending = (language, english, voice)
            return
        self._choose(language, english, voice)

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
                    self.send("voice", voice=name, voice_locale=voice.locale().name())
                    return
        tts.setLocale(original)  # no such voice any more: keep the one in use

    def do_configure(self, rate: float, pitch: float, volume: float) -> None:
        self._configured = (rate, pitch, volume)
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
        self.send("duck")
        self.tts.say(text)

    def do_stop(self) -> None:
        if self.tts is not None:
            from PySide6.QtTextToSpeech import QTextToSpeech

            self.tts.stop(QTextToSpeech.BoundaryHint.Immediate)
            if self._awaiting_start:  # stopped before it began: no state change will say it is over
                self._awaiting_start = False
                self.send("said", n=self._current)
                self.send("quiet")

    def do_quit(self) -> None:
        self.do_stop()
        QCoreApplication.quit()

    def _on_state_changed(self, state: object) -> None:
        from PySide6.QtTextToSpeech import QTextToSpeech

        if state == QTextToSpeech.State.Speaking and self._awaiting_start:
            self._awaiting_start = False
            self.send("began", n=self._current, latency=round(time.monotonic() - self._asked_at, 4))
        elif state == QTextToSpeech.State.Ready and not self._awaiting_start:
            self.send("said", n=self._current)
            self.send("quiet")
            pending, self._pending = self._pending, None
            if pending is not None:
                self._choose(*pending)  # the language changed while the cue was said
        elif state == QTextToSpeech.State.Error:
            assert self.tts is not None
            self.send("speech_failed", reason=self.tts.errorString() or causes.ENGINE_ERROR)
            self.tts = None
            self.send("quiet")

    def _on_saying_word(self, word: str, *_: object) -> None:
        self.send("word", n=self._current, word=word)


def main() -> int:
    parent = int(sys.argv[2]) if sys.argv[1:2] == ["--parent"] and sys.argv[2:3] else 0
    end_with_parent(parent)
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl+C in a terminal is the app's to handle
    app = QCoreApplication(sys.argv[:1])
    app.setApplicationName("workout-timer-voice")
    voice = Voice(Writer())
    reader = LineReader()
    reader.line.connect(voice.on_line)
    reader.start()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
