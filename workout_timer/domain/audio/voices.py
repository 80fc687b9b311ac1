"""Choosing the language variety the cues are spoken in.

The cues are English, so the voice must speak English: an English of the user's own region ("en_GB"
for someone in Britain), else American or British English, else any English. Never simply the
engine's default: under LANG=C speech-dispatcher offers a voice for a language the cues are not
written in. Within the chosen locale the user's own voice is used when it is still installed.
"""

from __future__ import annotations

from collections.abc import Sequence

CUE_LANGUAGE = "en"
PREFERRED_REGIONS = ("US", "GB")
"""Tried in this order when the user's own region has no English voice."""
REGION_NAMES = {
    "US": ("America", "United States"),
    "GB": ("Great Britain", "United Kingdom", "British"),
    "AU": ("Australia",),
    "CA": ("Canada",),
    "IE": ("Ireland",),
    "NZ": ("New Zealand",),
    "IN": ("India",),
    "ZA": ("South Africa",),
}
"""Words in voice names ("English (America)") that tell which region a voice speaks for."""


def split_locale(locale: str) -> tuple[str, str]:
    """("en", "GB") from "en_GB.UTF-8", "en-gb" or "en_GB@euro"; ("", "") for "C" or "POSIX"."""
    base = locale.split(".")[0].split("@")[0].replace("-", "_")
    if base in ("C", "POSIX", ""):
        return "", ""
    language, _, region = base.partition("_")
    return language.lower(), region.upper()


def choose_locale(locales: Sequence[str], system_locale: str) -> int | None:
    """The index of the locale to speak the cues in, or None when the engine has no English."""
    english = [index for index, name in enumerate(locales) if split_locale(name)[0] == CUE_LANGUAGE]
    if not english:
        return None
    _, home = split_locale(system_locale)
    for region in (home, *PREFERRED_REGIONS):
        for index in english:
            if region and split_locale(locales[index])[1] == region:
                return index
    return english[0]


def english_locales(locales: Sequence[str]) -> list[int]:
    """The indexes of every English locale, where a voice the user chose may be found."""
    return [index for index, name in enumerate(locales) if split_locale(name)[0] == CUE_LANGUAGE]


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
