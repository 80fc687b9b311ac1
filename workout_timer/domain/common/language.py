"""The language the app speaks: the one owner of the language in use, and the words of it.

Every text a runner reads or hears is marked where it is written, with the gettext calls of this module:
`_("Start")`, `ngettext("{n} minute", "{n} minutes", n)` (the catalogue's own plural rules choose the form;
never `+ "s"`), `pgettext("a rest step", "Rest")` where one English word has two meanings. The command line,
the domain, the window and the spoken cues all take their words from here, so they speak one language.

The catalogues are gettext's (`workout_timer/locale/<language>/LC_MESSAGES/workout_timer.mo`, compiled from
the `.po` files translators edit; docs/translating.md). English is the language the text is written in and
needs no catalogue. `use` chooses the language at start (from the setting, or the system's), and again
whenever the setting changes: the one owner of the language in use tells whoever `follow`s it, once per change
(the Qt face puts Qt's own translations into effect and the screens re-read their words; the window reads the
library again in the new language). Dates and numbers in the same language: `common.dates`, `number`.

`use` also chooses the locale Babel writes dates, numbers and units in (`current_locale`): the region the
system names when Babel has data for it, else the bare language, else English. A system may name a region Babel
does not know ("en_EN", "de_US"); every locale handed to Babel is this one, so none can raise `UnknownLocaleError`.
"""

from __future__ import annotations

import gettext as _gettext
import importlib.util
import os
from collections.abc import Callable, Mapping
from functools import cache
from pathlib import Path

from workout_timer import resources

DOMAIN = "workout_timer"
"""The catalogues' name: `workout_timer.po` and `.mo` in each language's folder."""
SOURCE = "en"
"""The language the app's text is written in (British English); it needs no catalogue."""
SOURCE_REGION = "GB"
"""The region English dates and numbers follow when the system names none: "6 December", not "December 6"."""
ENVIRONMENT = ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG")
"""Where the system's language is read, first found first, as gettext itself reads them."""
SETTING = "app/language"
"""The language setting's key in the settings file (`qt.common.settings.Settings.language` keeps it; the
command line reads it without Qt, `cli.common.choose_language`): a code such as "de", or "" for the system's."""


class Words:
    """The words of one language: what the cues are said in (`spoken`) may differ from the screen's."""

    def __init__(self, language: str, catalogue: _gettext.NullTranslations) -> None:
        self.language = language
        self.catalogue = catalogue

    def gettext(self, message: str) -> str:
        return self.catalogue.gettext(message)

    def ngettext(self, singular: str, plural: str, n: float) -> str:
        return self.catalogue.ngettext(singular, plural, _plural_count(n))


class _Current:
    """The language in use: its code ("de"), the locale dates and numbers follow ("de_DE"), its catalogue,
    and the words the cues are spoken in (the same, unless no voice speaks it and English was allowed)."""

    language = SOURCE
    locale = f"{SOURCE}_{SOURCE_REGION}"
    catalogue: _gettext.NullTranslations = _gettext.NullTranslations()
    speech = Words(SOURCE, catalogue)


_current = _Current()
_followers: list[Callable[[str], object]] = []


def split(name: str) -> tuple[str, str]:
    """("de", "AT") from "de_AT.UTF-8", "de-at" or "de_AT@euro"; ("", "") for "C", "POSIX" or nothing."""
    base = name.split(":")[0].split(".")[0].split("@")[0].replace("-", "_")
    if base in ("C", "POSIX", ""):
        return "", ""
    language, _sep, region = base.partition("_")
    return language.lower(), region.upper()


@cache
def shipped() -> tuple[str, ...]:
    """The languages the app speaks: English, and each language with a compiled catalogue, in code order."""
    folder = resources.locale_dir()
    found = (
        sorted(path.parent.parent.name for path in folder.glob(f"*/LC_MESSAGES/{DOMAIN}.mo")) if folder.is_dir() else []
    )
    return (SOURCE, *(code for code in found if code != SOURCE))


def system_locale(environ: Mapping[str, str] | None = None) -> str:
    """The system's locale as the environment names it ("de_DE.UTF-8"), or "" when it names none."""
    environ = os.environ if environ is None else environ
    for key in ENVIRONMENT:
        if environ.get(key) and split(environ[key])[0]:
            return environ[key]
    return ""


def choose(setting: str, system: str) -> str:
    """The locale to use: the setting ("de", or "" for the system's), else the system's (a locale name such
    as "de_AT.UTF-8"); English when the app does not speak the language asked for.

    A setting of the system's own language keeps the system's region ("de" under de_AT gives "de_AT")."""
    wanted, region = split(system)
    if setting:
        chosen = split(setting)[0]
        region = region if chosen == wanted else split(setting)[1]
        wanted = chosen
    if wanted not in shipped():
        return f"{SOURCE}_{SOURCE_REGION}"
    if wanted == SOURCE and not region:
        region = SOURCE_REGION
    return f"{wanted}_{region}" if region else wanted


def use(locale: str) -> str:
    """Speak the language of `locale` ("de_DE", "de", "en_GB") from now on; returns the language in use.

    A language without a catalogue falls back to English, whose text is the source itself.
    A change of the language (not of its region alone) is told to each follower (`follow`), after it is in use."""
    language, region = split(locale)
    if language not in shipped():
        language, region = SOURCE, SOURCE_REGION
    catalogue: _gettext.NullTranslations = _gettext.NullTranslations()
    if language != SOURCE:
        catalogue = _gettext.translation(DOMAIN, str(resources.locale_dir()), languages=[language])
    changed = language != _current.language
    _current.language = language
    _current.locale = babel_locale(language, region)
    _current.catalogue = catalogue
    _current.speech = Words(language, catalogue)
    if changed:
        for follower in list(_followers):
            follower(language)
    return language


def follow(follower: Callable[[str], object]) -> Callable[[], None]:
    """Call `follower(code)` after each change of the language in use; returns what stops it."""
    _followers.append(follower)

    def stop() -> None:
        if follower in _followers:
            _followers.remove(follower)

    return stop


def speak_in(language: str) -> None:
    """Say the cues in `language` from now on: the app's own, or English when no voice speaks it and the
    user agreed to English (the audio host tells which, `domain.audio.voices.speech_language`)."""
    if language == _current.language:
        _current.speech = Words(language, _current.catalogue)
    else:
        _current.speech = Words(SOURCE, _gettext.NullTranslations())


def spoken() -> Words:
    """The words the cues are said in: `spoken().gettext("Halfway.")`, `counted(n, ..., words=spoken())`."""
    return _current.speech


def current() -> str:
    """The language in use, as a code: "en", "de"."""
    return _current.language


def catalogue_file() -> Path:
    """The compiled catalogue of the language in use (no such file for English)."""
    return resources.locale_dir() / _current.language / "LC_MESSAGES" / f"{DOMAIN}.mo"


def current_locale() -> str:
    """The locale dates, numbers and units follow, one Babel has data for: "en_GB", "de_DE"; "de" when the system
    names no region or one Babel does not know ("de_US"). The one locale handed to Babel (and to Qt's calendars)."""
    return _current.locale


def babel_locale(language: str, region: str = "") -> str:
    """The locale Babel writes `language` in, in `region` when it has data for it: "de_AT" for ("de", "AT"), "de"
    for ("de", "US") or ("de", ""), "en_GB" for a language Babel does not know at all."""
    for name in (f"{language}_{region}" if region else "", language):
        if name and known_to_babel(name):
            return name
    return f"{SOURCE}_{SOURCE_REGION}"


def known_to_babel(name: str) -> bool:
    """Whether Babel has CLDR's data for the locale `name` ("de_AT" yes, "de_US" no), as `babel.localedata.exists`
    says for a name written as `split` writes it; read from Babel's folder, as importing Babel costs a start 50 ms."""
    folder = _babel_data()
    return folder is not None and name.replace("_", "").isalnum() and (folder / f"{name}.dat").is_file()


@cache
def _babel_data() -> Path | None:
    """Babel's folder of locale data (`babel/locale-data`), found without importing Babel."""
    spec = importlib.util.find_spec("babel")
    places = list(spec.submodule_search_locations or []) if spec is not None else []
    return Path(places[0]) / "locale-data" if places else None


# -- the words ---------------------------------------------------------------------------------


def _(message: str) -> str:
    """`message` in the language in use."""
    return _current.catalogue.gettext(message)


def N_(message: str) -> str:
    """Marks a text kept in a table for translation later: the table keeps the English, `_()` translates it
    where it is shown (in the language in use then)."""
    return message


def ngettext(singular: str, plural: str, n: float) -> str:
    """The form that goes with `n`, by the language's own plural rules (a fraction takes the plural form)."""
    return _current.catalogue.ngettext(singular, plural, _plural_count(n))


def pgettext(context: str, message: str) -> str:
    """`message` where the same English word has more than one meaning; `context` tells which is meant."""
    return _current.catalogue.pgettext(context, message)


def npgettext(context: str, singular: str, plural: str, n: float) -> str:
    return _current.catalogue.npgettext(context, singular, plural, _plural_count(n))


def _plural_count(n: float) -> int:
    """gettext's plural rules take whole numbers: 1.5 takes the form of 2 ("1.5 seconds", "1,5 Sekunden")."""
    if isinstance(n, float) and not n.is_integer():
        return 2
    return int(n)


def number(value: float, words: Words | None = None) -> str:
    """A number as the language writes it: "1.5" in English, "1,5" in German; no grouping of thousands."""
    if isinstance(value, int) or float(value).is_integer():
        return str(int(value))
    from babel.numbers import format_decimal  # only fractions need it: keeps start-up quick

    locale = current_locale() if words is None or words.language == _current.language else babel_locale(words.language)
    return format_decimal(value, locale=locale, group_separator=False)


def in_quotes(text: object) -> str:
    """A name or a path inside a sentence, in the quotes of the language in use: “…” in English, „…“ in German."""
    # Translators: the quotes around a file's name, a path or a voice's name inside a sentence, as your language
    # writes them (German: „{text}“).
    return pgettext("quoted", "“{text}”").format(text=text)
