"""Choosing the language variety the cues are spoken in.

The cues are written in the language the app speaks (`common.language`), so the voice must speak it:
a voice of the app's language and region first (its locale: "en_GB" for the app in British English, whatever
the system's locale, "de_AT" in Austria), else the language alone: its usual regions (American or British
English), else any region of it. Never simply the
engine's default: under LANG=C speech-dispatcher offers a voice for a language the cues are not
written in. When no voice speaks the app's language, the cues are shown on screen only, or spoken in
English if the user has agreed to that (`speech_language`). Within the chosen locale the user's own
voice is used when it is still installed.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from workout_timer.domain.audio.causes import in_words
from workout_timer.domain.common.language import _, current_locale

CUE_LANGUAGE = "en"
"""The language the cues are written in when the app's own has no voice and the user agreed to English."""
PREFERRED_REGIONS = {"en": ("US", "GB"), "de": ("DE", "AT", "CH")}
"""Tried in this order when the user's own region has no voice of the language."""
REGION_NAMES = {
    "US": ("America", "United States"),
    "GB": ("Great Britain", "United Kingdom", "British"),
    "AU": ("Australia",),
    "CA": ("Canada",),
    "IE": ("Ireland",),
    "NZ": ("New Zealand",),
    "IN": ("India",),
    "ZA": ("South Africa",),
    "029": ("Caribbean",),
}
"""Words in voice names ("English (America)") that tell which region a voice speaks for."""


def split_locale(locale: str) -> tuple[str, str]:
    """("en", "GB") from "en_GB.UTF-8", "en-gb" or "en_GB@euro"; ("", "") for "C" or "POSIX"."""
    base = locale.split(".")[0].split("@")[0].replace("-", "_")
    if base in ("C", "POSIX", ""):
        return "", ""
    language, _, region = base.partition("_")
    return language.lower(), region.upper()


def choose_locale(locales: Sequence[str], app_locale: str, language: str = CUE_LANGUAGE) -> int | None:
    """The index of the locale to speak the cues in, or None when the engine has no voice of `language`: the
    language and region of `app_locale` (the app's, `language.current_locale()`, never the system's, which may
    name no region or another language's) when the engine has them, else the language alone."""
    spoken = locales_of(locales, language)
    if not spoken:
        return None
    app_language, region = split_locale(app_locale)
    home = region if app_language == language else ""  # English spoken for German has no German region
    for region in (home, *PREFERRED_REGIONS.get(language, ())):
        for index in spoken:
            if region and split_locale(locales[index])[1] == region:
                return index
    return spoken[0]


def locales_of(locales: Sequence[str], language: str) -> list[int]:
    """The indexes of every locale of `language` ("en"), where a voice the user chose may be found."""
    return [index for index, name in enumerate(locales) if split_locale(name)[0] == language]


def speech_language(locales: Sequence[str], language: str, english_allowed: bool) -> str | None:
    """The language the cues are spoken in: the app's own when a voice speaks it, else English when the
    user agreed to that and a voice speaks English; None: the cues are shown on screen only."""
    if locales_of(locales, language):
        return language
    if english_allowed and locales_of(locales, CUE_LANGUAGE):
        return CUE_LANGUAGE
    return None


def voice_failure(fields: Mapping[str, object], english_allowed: bool, log_place: str = "") -> str:
    """Why the voice failed, from the host's `speech_failed` event, in the words of the app's language (the system's
    own words in another language are in the log, at `log_place`: `causes.in_words`)."""
    missing = str(fields.get("no_voice", ""))
    if not missing:
        return in_words(str(fields.get("reason", "")), log_place)
    from babel import Locale, UnknownLocaleError

    try:
        name = Locale.parse(missing).get_display_name(current_locale()) or missing
    except (ValueError, UnknownLocaleError):
        name = missing
    return no_voice_words(name, english_allowed)


def failure_cause(fields: Mapping[str, object], english_allowed: bool) -> str:
    """What the host's `speech_failed` event says went wrong, the same whichever language it is told in: its cause,
    and for a language no voice speaks, which one and whether English was allowed (each told once: `causes.Told`)."""
    reason, missing = str(fields.get("reason", "")), str(fields.get("no_voice", ""))
    if not missing:
        return reason
    return f"{reason} ({missing}, English {'allowed' if english_allowed else 'not allowed'})"


def no_voice_words(language_name: str, english_allowed: bool) -> str:
    """Why there is no voice, when none speaks the app's language ("Deutsch"), and what the user can do."""
    if english_allowed:
        return _("No voice speaks {language} or English on this computer.").format(language=language_name)
    return _(
        "No voice speaks {language} on this computer. To hear the cues in English instead, "
        "turn that on in Sound, voice and language."
    ).format(language=language_name)


def choose_voice(names: Sequence[str], locale: str) -> int | None:
    """Within a locale's voices, the plain voice of its region ("English (America)" for en_US rather
    than the engine's first, which may be "English (Caribbean)"); None leaves the engine's choice.

    Variants ("English (America)+Max") are skipped: they are the same voice with another timbre.
    """
    _, region = split_locale(locale)
    words = REGION_NAMES.get(region, ())
    plain = [index for index, name in enumerate(names) if "+" not in name]
    for index in plain:
        inside = names[index].partition("(")[2].rstrip(")")
        if any(inside == word for word in words):
            return index
    for index in plain:
        if any(word in names[index] for word in words):
            return index
    return None


def language_name(locale: str) -> str:
    """A locale's language and region in the app's language: "Deutsch (Deutschland)", "Englisch (Vereinigtes
    Königreich)" in German; "English (United Kingdom)" in English; a region Babel has no locale of by the names of the
    language and the region ("Englisch (Karibik)"); the locale itself when Babel knows neither."""
    from babel import Locale, UnknownLocaleError

    name = locale.split(".")[0].replace("-", "_")
    try:
        return Locale.parse(name).get_display_name(current_locale()) or locale
    except (ValueError, TypeError, UnknownLocaleError):
        pass
    language, region = split_locale(name)
    try:
        here = Locale.parse(current_locale())
    except (ValueError, TypeError, UnknownLocaleError):
        return locale
    spoken, place = here.languages.get(language), here.territories.get(region)
    return f"{spoken} ({place})" if spoken and place else locale


def named_region(name: str) -> str:
    """The region a voice's own name says it speaks for ("US" for "English (America)" and "English (America)+Max"),
    or "" when it names none the app knows."""
    inside = name.partition("+")[0].partition("(")[2].rstrip(") ")
    if not inside:
        return ""
    for exact in (True, False):
        for region, words in REGION_NAMES.items():
            if any(inside == word if exact else word in inside for word in words):
                return region
    return ""


def heard_locale(name: str, locale: str) -> str:
    """The language and region a voice really speaks: the engine's `locale` for it, unless the voice's name says
    another region of the language. The engine's locale is its guess (speech-dispatcher runs "English (America)"
    under en_GB, "English (Caribbean)" under en_US); the name is the voice that speaks."""
    language, region = split_locale(locale)
    named = named_region(name)
    return f"{language}_{named}" if language and named and named != region else locale


def own_name(name: str, locale: str) -> str:
    """What a voice's name says beyond its language and region, or "": "German" and "English (America)" say nothing
    more, "English (America)+Max" says "Max", "Microsoft Katja" says all of it. The speech engines name their voices
    in English, so their names are left out wherever they only say the language."""
    from babel import Locale, UnknownLocaleError

    plain, plus, variant = name.partition("+")
    language, region = split_locale(locale)
    said = {"english"} if not language else set()
    english = Locale("en")
    said |= _words(english.languages.get(language, "")) | _words(english.territories.get(region, ""))
    said |= _words(language_name(f"{language}_{region}" if region else language))  # in the app's language
    try:
        known = Locale.parse(f"{language}_{region}" if region else language)
        said |= _words(known.get_display_name(english) or "")
    except (ValueError, TypeError, UnknownLocaleError):
        pass
    for words in REGION_NAMES.get(region, ()):
        said |= _words(words)
    if _words(plain) <= said:  # the plain part only names the language: the variant alone adds something
        return variant.strip() if plus else ""
    return name.strip()


def _words(text: str) -> set[str]:
    return {word.casefold() for word in re.findall(r"[^\W\d_]+", text)}


def voice_words(name: str, locale: str) -> str:
    """Which voice speaks, for the preferences: its language in the app's language, and its own name where that says
    more ("The voice speaks German (Germany)." or "The voice “Katja” speaks German (Germany)."); from what the speech
    engine says it really uses."""
    if not name:
        return ""
    locale = heard_locale(name, locale)
    spoken = language_name(locale) if locale else ""
    own = own_name(name, locale) if locale else name
    if not spoken:
        # Translators: the voice in use, when its language is not known; {name} is its name in the speech engine.
        return _("The voice “{name}” speaks the cues.").format(name=own)
    if own:
        # Translators: the voice in use; {name} is its own name ("Katja"), {language} its language and region, in
        # your language ("Deutsch (Deutschland)").
        return _("The voice “{name}” speaks {language}.").format(name=own, language=spoken)
    # Translators: the voice in use; {language} is its language and region in your language ("Deutsch (Deutschland)").
    return _("The voice speaks {language}.").format(language=spoken)


def voice_label(name: str, locale: str) -> str:
    """A voice as the list of voices shows it: its language and region in the app's language, and its own name where
    that says more ("Deutsch (Deutschland)", "Deutsch (Deutschland) · Adam"); its name alone when its language is
    not known."""
    if not locale:
        return name
    locale = heard_locale(name, locale)
    own = own_name(name, locale)
    return f"{language_name(locale)} · {own}" if own else language_name(locale)
