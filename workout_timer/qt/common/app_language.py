"""The language at start: chosen from the setting or the system's, with Qt's own words for its dialogs.

`common.language` owns the language in use; this puts it into effect in Qt, once, before any window is
made: the app's words, Qt's translations (`qtbase_de.qm`, for the buttons of Qt's dialogs and the file
chooser), and the locale Qt's calendars and date fields write in. A change of the setting is used from
the next start (the preferences say so): the screens do not yet re-read their text while open.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from workout_timer.domain.common import language

log = logging.getLogger(__name__)

_installed: list[QTranslator] = []
"""Qt's translators in use: kept so Python does not free them while Qt reads them."""


def system_locale() -> str:
    """The system's locale: the environment's (as gettext reads it), else Qt's idea of it (Windows, macOS)."""
    named = language.system_locale()
    if named:
        return named
    system = QLocale.system().name()
    return "" if system == "C" else system


def apply(setting: str) -> str:
    """Speak the language the setting asks for ("" for the system's) from now on; returns its code."""
    code = language.use(language.choose(setting, system_locale()))
    QLocale.setDefault(app_locale())
    app = QCoreApplication.instance()
    for translator in _installed:
        if app is not None:
            QCoreApplication.removeTranslator(translator)
    _installed.clear()
    if code != language.SOURCE and app is not None:
        translator = QTranslator(app)
        folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        if translator.load(f"qtbase_{code}", folder):
            QCoreApplication.installTranslator(translator)
            _installed.append(translator)
        else:
            log.info("Qt has no translation of its dialogs into %s here (%s)", code, folder)
    log.info("Speaking %s (%s)", code, language.current_locale())
    return code


def app_locale() -> QLocale:
    """The locale of the language in use, for Qt's calendars and date fields: they write as the app does."""
    return QLocale(language.current_locale())


def language_names() -> list[tuple[str, str]]:
    """Each language the app speaks, by code and by its own name ("de", "Deutsch"), English first; by its code
    alone when Babel does not know the language."""
    from babel import Locale

    return [
        (code, Locale.parse(code).get_display_name(code) or code if language.known_to_babel(code) else code)
        for code in language.shipped()
    ]
