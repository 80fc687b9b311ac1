"""Why the sound or the voice failed, as the app itself words it: the one list of those causes.

The audio helper runs in a process of its own and tells its causes in English, as the log keeps them; the
notice the runner reads says them in plain words of the language in use (`in_words`), English included. The speech
engines' own words the app knows ("Connection to speech-dispatcher failed") are said in the app's words
(`ENGINE_WORDS`); any other the system words itself is kept in the log, whole, and the notice says where to read it.
"""

from __future__ import annotations

import logging
import re
from functools import cache

from workout_timer.domain.common.language import N_, _

log = logging.getLogger(__name__)

NO_OUTPUT = N_("No sound output was found.")
NO_TONES = N_("The sound output would not play the app's tones.")
NO_SOUND_MODULE = N_("Qt's sound module is missing.")
# Translators: {path} is a file of the app's.
NO_SOUND_FILE = N_("The sound file {path} is missing.")
NO_SPEECH_MODULE = N_("Qt's speech module is missing.")
# Translators: {engine} is the speech engine's name ("speechd").
NO_ENGINE = N_("The speech engine {engine} is not installed.")
NO_ENGINE_HERE = N_("The speech engine of this system is not installed.")
ENGINE_DID_NOT_START = N_("The speech engine could not start.")
ENGINE_ERROR = N_("The speech engine reported an error.")
NO_VOICE = N_("No voice speaks the app's language.")
SLOW_START = N_("It took too long to start.")
STOPPED_ANSWERING = N_("It stopped answering.")
HELPER_STOPPED_ANSWERING = N_("The audio helper stopped answering.")
HELPER_STOPPED = N_("The audio helper stopped.")
HELPER_DID_NOT_START = N_("The audio helper could not start.")
# Translators: {seconds} is a number of seconds, more than one.
ENGINE_TOO_SLOW = N_("The speech engine did not start within {seconds} seconds.")
VOICE_DID_NOT_START = N_("The voice's process could not start.")
VOICE_STOPPED = N_("The voice's process stopped.")
NO_LOWERING_HERE = N_("Lowering other sound needs PulseAudio or PipeWire, which this system does not have.")
NO_SOUND_SERVER = N_("Lowering other sound needs a PulseAudio or PipeWire sound server, and none answered.")

CAUSES = (
    NO_OUTPUT, NO_TONES, NO_SOUND_MODULE, NO_SOUND_FILE, NO_SPEECH_MODULE, NO_ENGINE, NO_ENGINE_HERE,
    ENGINE_DID_NOT_START, ENGINE_ERROR, NO_VOICE, SLOW_START, STOPPED_ANSWERING, HELPER_STOPPED_ANSWERING,
    HELPER_STOPPED, HELPER_DID_NOT_START, ENGINE_TOO_SLOW, VOICE_DID_NOT_START, VOICE_STOPPED, NO_LOWERING_HERE,
    NO_SOUND_SERVER,
)  # fmt: skip
"""The causes the app's audio helper and its client tell, in the app's own words."""

ENGINE_WORDS = {
    # Translators: speech-dispatcher is the system's speech service on Linux, a name.
    "Connection to speech-dispatcher failed": N_("The system's speech service (speech-dispatcher) can't be reached."),
    # Translators: speech-dispatcher is the system's speech service on Linux, a name.
    "Found no modules in speech-dispatcher": N_(
        "The system's speech service (speech-dispatcher) has no speech engine installed."
    ),
    # Translators: speech-dispatcher is the system's speech service on Linux, a name.
    "Failed to initialize default locale and voice": N_(
        "The system's speech service (speech-dispatcher) could not find a voice to start with."
    ),
    "Text synthesizing failure": N_("The speech engine could not turn a cue into speech."),
}
"""The speech engines' own words the app knows (Qt's speech-dispatcher engine's, without their full stop), each with
the app's words for it."""


def in_words(cause: str, log_place: str = "") -> str:
    """`cause`, as the audio helper or the client wrote it in English, in plain words of the language in use: the
    app's own causes and the speech engines' words it knows (`ENGINE_WORDS`). Any other (the system's own words,
    which may be technical or in another language) goes to the log, and the runner reads where its details are
    (`log_place`, the log file's place)."""
    for template, pattern in _patterns():
        found = pattern.fullmatch(cause.strip())
        if found:
            return _(template).format(**found.groupdict())
    known = ENGINE_WORDS.get(cause.strip().removesuffix("."))
    if known is not None:
        return _(known)
    if not cause.strip():
        return cause
    log.warning("The sound or the voice failed: %s", cause)
    if log_place:
        # Translators: after why the voice or the tones failed, when the system said why in English; {place} is the
        # app's log file.
        return _("The system's own words for it are in {place}.").format(place=log_place)
    return _("The system's own words for it are in the app's log.")


@cache
def _patterns() -> tuple[tuple[str, re.Pattern[str]], ...]:
    """Each cause and a pattern that reads its placeholders back out of the English sentence; the causes
    without a placeholder first, so a placeholder never swallows a cause of its own ("of this system")."""
    made = []
    for template in sorted(CAUSES, key=lambda cause: "{" in cause):
        pieces = re.split(r"\{(\w+)\}", template)
        pattern = "".join(re.escape(piece) if i % 2 == 0 else f"(?P<{piece}>.+)" for i, piece in enumerate(pieces))
        made.append((template, re.compile(pattern.removesuffix(r"\.") + r"\.?", re.DOTALL)))  # a full stop or none
    return tuple(made)


class Told:
    """The causes told the runner so far: a failure is news the first time its cause is met, not when the same cause
    comes back (the voice tried again in each language chosen, and failing as before)."""

    def __init__(self) -> None:
        self._told: set[str] = set()

    def first_time(self, cause: str) -> bool:
        """Whether `cause` (as the helper wrote it, whatever the language it is told in) is told now."""
        if cause in self._told:
            return False
        self._told.add(cause)
        return True
