"""The language in Qt: chosen from the setting or the system's, with Qt's own words for its dialogs.

`common.language` owns the language in use; this puts it into effect in Qt, at start before any window is
made, and again at once whenever the setting changes (`shell.language_switch`): the app's words, Qt's
translations (`qtbase_de.qm`, for the buttons of Qt's dialogs and the file chooser), and the locale Qt's
calendars and date fields write in. Installing or removing Qt's translator is what makes Qt send
`QEvent.LanguageChange` to every window and, from each, to every widget in it; when neither happens (no
`qtbase` file for the language here) the event is sent all the same, so a screen re-reads its words on that
one event, in its `changeEvent`, whatever the language (`retranslating`).
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QEvent, QLocale, QTranslator

from workout_timer.domain.common import language

log = logging.getLogger(__name__)

_installed: list[QTranslator] = []
"""Qt's translators in use: kept so Python does not free them while Qt reads them."""
_in_qt = [language.SOURCE]
"""The language Qt's own translations are in."""


def system_locale() -> str:
    """The system's locale: the environment's (as gettext reads it), else Qt's idea of it (Windows, macOS)."""
    named = language.system_locale()
    if named:
        return named
    system = QLocale.system().name()
    return "" if system == "C" else system


def apply(setting: str) -> str:
    """Speak the language the setting asks for ("" for the system's) from now on; returns its code.

    `common.language` tells `_follow` when that is another language than before, and Qt follows it."""
    code = language.use(language.choose(setting, system_locale()))
    if code != _in_qt[0]:  # chosen before this module was loaded (the command line's start)
        _follow(code)
    QLocale.setDefault(app_locale())  # (a change of region alone, too)
    log.info("Speaking %s (%s)", code, language.current_locale())
    return code


def _follow(code: str) -> None:
    """Qt speaks `code`, the language now in use: its locale, and its own translations in place of the old
    ones. While windows are open, each of them and every widget in them is then sent `QEvent.LanguageChange`
    (posted: it arrives once the event loop runs again), once."""
    QLocale.setDefault(app_locale())
    app = QCoreApplication.instance()
    if app is None:
        return  # no Qt yet: `apply` puts it into effect
    _in_qt[0] = code
    told = False
    for translator in _installed:
        told = QCoreApplication.removeTranslator(translator) or told  # Qt sends LanguageChange
    _installed.clear()
    if code != language.SOURCE:
        from PySide6.QtCore import QLibraryInfo  # (English needs none of Qt's translations: not on its start)

        translator = QTranslator(app)
        folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        if translator.load(f"qtbase_{code}", folder):
            told = QCoreApplication.installTranslator(translator) or told  # (the same)
            _installed.append(translator)
        else:
            log.info("Qt has no translation of its dialogs into %s here (%s)", code, folder)
    if not told:
        QCoreApplication.sendEvent(app, QEvent(QEvent.Type.LanguageChange))  # posted on to every window, as Qt does


language.follow(_follow)


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
