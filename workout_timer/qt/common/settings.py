"""The app's settings, kept in an INI file in the user's config folder (platformdirs).

The file carries its layout's `version`, as the history does. A file from before versions is version 1.
When the app changes how a setting is kept, it adds a step to `MIGRATIONS`; an older file is brought
up to date, step by step in order, when it is opened. A file written by a newer version of the app is
read as it is and never written: changes made meanwhile last until the app closes.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Generic, TypeVar, overload

from PySide6.QtCore import QObject, QSettings, Signal

from workout_timer.domain.common.language import SETTING as LANGUAGE_KEY
from workout_timer.domain.common.paths import user_config_dir

if TYPE_CHECKING:
    from workout_timer.domain.audio.cue_choices import CueChoices

T = TypeVar("T")

VERSION_KEY = "version"
MIGRATIONS: tuple[Callable[[QSettings], None], ...] = ()
"""Each step brings the file from version n + 1 to n + 2 (the first, from 1 to 2); never edit a step
that has shipped, add one."""


def current_version() -> int:
    return 1 + len(MIGRATIONS)


@dataclass(frozen=True)
class AudioSettings:
    """How the voice and the tones should sound: `voice` empty for the app's choice; rate and pitch
    -1 to 1 (0 is the engine's normal); volumes 0 to 1."""

    voice: str = ""
    rate: float = 0.0
    pitch: float = 0.0
    volume: float = 1.0
    tone_volume: float = 0.8
    others: str = "lower"
    """What becomes of other applications' sound: one of OTHER_SOUND."""
    english: bool = False
    """Speak the cues in English when no voice speaks the app's language (else they are shown only)."""


SCHEMES = ("system", "light", "dark")
"""The colours: the desktop's scheme, followed as it changes, or light or dark whatever the desktop's."""

OTHER_SOUND = ("lower", "pause", "leave")
"""Other applications' sound: lowered while the voice speaks, media players paused for the whole
session (and resumed after), or left alone."""


class _Setting(Generic[T]):
    """One typed value in the INI file: read with its default when missing or unreadable, written at once.

    `signal` names the settings' signal emitted with the new value when it changes (views follow it).
    """

    def __init__(
        self, key: str, default: T, low: float | None = None, high: float | None = None, signal: str = ""
    ) -> None:
        self.key = key
        self.default = default
        self.low = low
        self.high = high
        self.signal = signal

    @overload
    def __get__(self, settings: None, owner: type) -> _Setting[T]: ...
    @overload
    def __get__(self, settings: Settings, owner: type) -> T: ...
    def __get__(self, settings: Settings | None, owner: type) -> Any:
        if settings is None:
            return self
        return self.convert(settings.value(self.key, self.default))

    def __set__(self, settings: Settings, value: T) -> None:
        before = self.__get__(settings, type(settings))
        settings.set_values({self.key: value})
        after = self.__get__(settings, type(settings))
        if self.signal and after != before:
            getattr(settings, self.signal).emit(after)

    def convert(self, value: object) -> Any:
        default = self.default
        if isinstance(default, bool):
            return value if isinstance(value, bool) else value in ("true", "1", 1)
        if isinstance(default, float):
            try:
                number = float(value) if isinstance(value, (int, float, str)) else default
            except ValueError:
                return default
            low = self.low if self.low is not None else number
            high = self.high if self.high is not None else number
            return min(high, max(low, number))
        return str(value) if value is not None else default


class Settings(QObject):
    """Typed access to the app's settings. Every value is written as soon as it is set.

    The settings own what several views show at once; each such value has a signal:
        mutedChanged(bool): the sound was turned off (True) or on, by M, the dialog or anything else.
        cueChoicesChanged(CueChoices): a group of cues was switched on or off.
        readerSpeaksCuesChanged(bool): the screen reader speaks the cues instead of the app's voice (True), or not.
        colourSchemeChanged(str), highContrastChanged(bool), largerTextChanged(bool): the look asked for
            changed (the theme follows them, and the screens follow the theme).
        languageChanged(str): another language was chosen ("" for the system's); the window puts it into effect.
        englishSpeechChanged(bool): English speech was allowed, or not, when no voice speaks the language.
    """

    mutedChanged = Signal(bool)
    cueChoicesChanged = Signal(object)
    readerSpeaksCuesChanged = Signal(bool)
    colourSchemeChanged = Signal(str)
    highContrastChanged = Signal(bool)
    largerTextChanged = Signal(bool)
    languageChanged = Signal(str)
    englishSpeechChanged = Signal(bool)

    muted = _Setting("sound/muted", False, signal="mutedChanged")
    """The one record of whether the sound is off: the player's note, the session's sound and the
    settings dialog all follow `mutedChanged`."""
    reader_speaks_cues = _Setting("accessibility/reader_speaks_cues", False, signal="readerSpeaksCuesChanged")
    """Let the screen reader speak the cues: the app's voice keeps quiet for them while one listens (the
    session's sound follows `readerSpeaksCuesChanged`)."""
    keep_event_log = _Setting("session/keep_event_log", False)
    """Write a JSON-lines event log of every session into the log folder."""
    voice = _Setting("speech/voice", "")
    """The voice's name as the speech engine lists it; empty for the app's own choice."""
    rate = _Setting("speech/rate", 0.0, -1.0, 1.0)
    """Speed of speech, -1 (slow) to 1 (fast); 0 is the engine's normal."""
    pitch = _Setting("speech/pitch", 0.0, -1.0, 1.0)
    """-1 (low) to 1 (high); 0 is the voice's own."""
    speech_volume = _Setting("speech/volume", 1.0, 0.0, 1.0)
    tone_volume = _Setting("sound/tone_volume", 0.8, 0.0, 1.0)
    other_sound = _Setting("sound/others", "lower")
    """What becomes of other applications' sound during a session: one of OTHER_SOUND (see `others`)."""
    speech_lead = _Setting("speech/lead", -1.0, -1.0, 2.0)
    """Seconds to start speaking early, for a slow voice; negative to use what the app measures."""
    notice_read = _Setting("app/notice_read", False)
    """The first-run notice ("not medical advice") was read."""
    daily_goal = _Setting("history/daily_goal", 0.0, 0.0, 240.0)
    """Minutes of exercise a day the user aims for; 0 for no goal."""
    move_on = _Setting("session/move_on", False)
    """A step at your own pace moves on by itself after its estimate and a margin, unless the routine
    says otherwise (`defaults: move_on`)."""
    check_ins = _Setting("session/check_ins", True)
    """Ask "How is your back today?" before and after each session."""
    prepare = _Setting("session/prepare", -1.0, -1.0, 120.0)
    """Seconds to get ready before the first step; negative for each routine's own."""
    cards_on = _Setting("cards/on", True)
    """Show a short tip about looking after your back on the preview and the summary (`care.card_choice`)."""
    cards_shown = _Setting("cards/shown", "")
    """The ids of the tips shown, oldest first, separated by spaces: `care.card_choice` reads and writes it."""
    cards_preview = _Setting("cards/preview", "")
    """The tip the preview shows, with the number of sessions done when it was chosen."""
    language = _Setting(LANGUAGE_KEY, "", signal="languageChanged")
    """The language the app speaks: a code ("de"), or "" for the system's; put into effect at once
    (`qt.common.app_language`, by `qt.shell.language_switch`). The command line reads the same key from the file."""
    english_speech = _Setting("speech/english_fallback", False, signal="englishSpeechChanged")
    """When no voice speaks the app's language: speak the cues in English (True), or show them only."""
    reminder = _Setting("reminder/on", False)
    """A daily reminder through the desktop's notifications (set with `qt.desktop.reminder_setup`)."""
    reminder_time = _Setting("reminder/time", "18:00")
    """The time of day of the reminder, "HH:MM"."""
    reminder_done_on = _Setting("reminder/done_on", "")
    """The day (ISO) the reminder was last answered or kept quiet: it asks once a day."""
    colour_scheme = _Setting("appearance/scheme", "system", signal="colourSchemeChanged")
    """One of SCHEMES (see `scheme`)."""
    high_contrast = _Setting("appearance/high_contrast", False, signal="highContrastChanged")
    """Colours of the strongest contrast, in the light or the dark scheme."""
    larger_text = _Setting("appearance/larger_text", False, signal="largerTextChanged")
    """Text a size larger than the desktop's on every screen."""

    def __init__(self, path: Path | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.path = path if path is not None else user_config_dir() / "settings.ini"
        self.store = QSettings(str(self.path), QSettings.Format.IniFormat)
        self._unsaved: dict[str, object] = {}
        self.newer = self._bring_up_to_date()
        """The file was written by a newer version of the app: it is read, never written."""

    def _bring_up_to_date(self) -> bool:
        """Run the steps the file has not had yet, in order; True when the file is newer than the app."""
        if not self.store.allKeys():
            return False  # a new file: it is written whole, with its version, at the first change
        version = _version(self.store.value(VERSION_KEY, 1))
        if version > current_version():
            logging.getLogger(__name__).warning(
                "%s was written by a newer version of the app: it is read, and changes are not kept", self.path
            )
            return True
        if version < current_version():
            for step in MIGRATIONS[version - 1 :]:
                step(self.store)
            self.store.setValue(VERSION_KEY, current_version())
            self.store.sync()
        return False

    def value(self, key: str, default: object = None) -> object:
        """The value kept under `key` (a change not written to a newer file first), or `default`."""
        if key in self._unsaved:
            return self._unsaved[key]
        return self.store.value(key, default)

    def set_values(self, values: dict[str, object]) -> None:
        """Keep these values at once; in memory only when the file is a newer version's."""
        if self.newer:
            self._unsaved.update(values)
            return
        self.store.setValue(VERSION_KEY, current_version())
        for key, value in values.items():
            self.store.setValue(key, value)
        self.store.sync()

    @property
    def cue_choices(self) -> CueChoices:
        from workout_timer.domain.audio.cue_choices import CueChoices  # the cue planner loads with the first session

        value = self.value("sound/cues_off", [])
        off = [value] if isinstance(value, str) else list(value) if isinstance(value, (list, tuple)) else []
        return CueChoices(str(item) for item in off if item)

    @cue_choices.setter
    def cue_choices(self, value: CueChoices) -> None:
        before = self.cue_choices
        self.set_values({"sound/cues_off": sorted(group.value for group in value.off)})
        if self.cue_choices != before:
            self.cueChoicesChanged.emit(self.cue_choices)

    @property
    def audio(self) -> AudioSettings:
        return AudioSettings(
            self.voice, self.rate, self.pitch, self.speech_volume, self.tone_volume, self.others, self.english_speech
        )

    @property
    def scheme(self) -> str:
        """`colour_scheme`, or the desktop's for a value this version does not know."""
        value = self.colour_scheme
        return value if value in SCHEMES else SCHEMES[0]

    @property
    def others(self) -> str:
        """`other_sound`, or the default for a value this version does not know."""
        value = self.other_sound
        return value if value in OTHER_SOUND else AudioSettings.others


def _version(value: object) -> int:
    """The file's version; one that can't be read is taken as the first (the steps only move keys)."""
    try:
        return int(value) if isinstance(value, (int, str)) else 1
    except ValueError:
        return 1
