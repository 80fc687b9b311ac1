"""A change of language put into effect at once, in every open screen, keeping what the runner was doing.

The language setting (`Settings.languageChanged`) is put into effect by `app_language.apply`; `common.language`,
the one owner of the language in use, tells Qt, and Qt sends `QEvent.LanguageChange` to every window and
widget. Two ways of taking it up, by what a screen holds:

- Screens that hold what the runner was doing re-read their own words in their `changeEvent` (a
  `retranslate`): the routines (their filters, search, chosen routine and scroll place stay as they are),
  the menus, the preferences (open while the language is chosen) and the session's screens (the engine is
  never touched).
- Screens that only show what the window hands them are built again in the new language, here, with what
  they showed: the preview (its routine, the gentler dial, as written or not, the programme week), Today,
  the history (the month shown and the session chosen), the guide (its topic) and the editor's screen (around
  the same document: its unsaved edits and undo history are the `RoutineEditor`'s, not the screen's).

Before either, the notices on screen go: each was told once, in words made in the old language, which can't be
made again in the new (the log keeps them; what is told from now on is in the new language). Then the library is
read again in the new language (the built-in routines' words and the exercises' names are translated as they
load), and the voice is asked for one of the new language.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QWidget

from workout_timer.domain.common import language
from workout_timer.qt.common import app_language

if TYPE_CHECKING:
    from PySide6.QtWidgets import QStackedWidget

    from workout_timer.domain.care.gentler import Dial
    from workout_timer.domain.history.store import HistoryStore
    from workout_timer.domain.library.entry import Entry
    from workout_timer.domain.library.library import Library
    from workout_timer.qt.common.settings import Settings
    from workout_timer.qt.history.history_view import HistoryView
    from workout_timer.qt.library.preview_view import PreviewView
    from workout_timer.qt.routines.routine_editing import RoutineEditing
    from workout_timer.qt.session.session_controller import SessionController
    from workout_timer.qt.shell.menus import WindowMenus
    from workout_timer.qt.shell.notice_overlay import NoticeOverlay
    from workout_timer.qt.shell.today_screen import TodayScreen

log = logging.getLogger(__name__)


class LanguageWindow(Protocol):
    """What the switch asks of the main window."""

    settings: Settings
    library: Library
    stack: QStackedWidget
    menus: WindowMenus
    _preview: PreviewView | None
    _today: TodayScreen | None
    _history_view: HistoryView | None
    _editing: RoutineEditing | None
    _session: SessionController | None
    _history: HistoryStore | None
    _notices: NoticeOverlay | None

    def reload_library(self) -> None: ...
    def refresh_goal(self) -> None: ...
    def current_view(self) -> QWidget | None: ...
    def show_preview(self, entry: Entry, week: Dial | None = None) -> None: ...
    def show_history(self) -> None: ...
    def installEventFilter(self, watcher: QObject, /) -> None: ...


class LanguageSwitch(QObject):
    """Puts the language setting into effect at once and keeps the window's screens in it."""

    def __init__(self, window: LanguageWindow, widget: QWidget) -> None:
        """`widget` is the window itself."""
        super().__init__(widget)
        self.window = window
        self.shown_in = language.current()
        """The language the window's screens were last built or rebuilt in."""
        self._waiting_for: QObject | None = None
        """The session whose end the voice of a new language waits for."""
        window.settings.languageChanged.connect(app_language.apply)
        window.settings.englishSpeechChanged.connect(self._choose_voice)
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Another language: taken up at once by a window on screen; by a closed one only if it is shown again."""
        changed = event.type() in (QEvent.Type.LanguageChange, QEvent.Type.Show) and language.current() != self.shown_in
        if changed and isinstance(watched, QWidget) and watched.isVisible():
            self.shown_in = language.current()  # (Qt may send it twice: for a new translator, for the old)
            self.speak_again()
        return super().eventFilter(watched, event)

    def speak_again(self) -> None:
        """The library and the screens the window built, in the language now in use."""
        log.info("The window speaks %s now", self.shown_in)
        window = self.window
        if window._notices is not None:
            window._notices.clear()  # told in the old words (see the module)
        window.library.speak_again()
        window.reload_library()
        if window._history is not None:  # (at the start the history opens after the first paint)
            window.refresh_goal()  # today's goal note above the routines
        window.menus.retranslate()
        self._rebuild_preview()
        if window._today is not None:
            window._today.speak_again()
        self._rebuild_history()
        if window._editing is not None:
            window._editing.speak_again()
        if window._session is not None:
            window._session.speak_again()
        self._choose_voice()

    def _choose_voice(self) -> None:
        """The voice of the language in use (or English, if allowed and none speaks it), once the audio is started.
        A session under way keeps the words it began in (`SessionEngine.words`), and so its voice: the new one is
        chosen as it ends, however it ends."""
        session = self.window._session
        if session is None:
            return
        driver = session.driver
        if driver is not None and driver.running:
            if self._waiting_for is not driver:
                self._waiting_for = driver
                driver.finished.connect(self._after_session)
            return
        session.announcer.host.speak_language(self.window.settings.english_speech)

    def _after_session(self, _summary: object) -> None:
        self._waiting_for = None
        self._choose_voice()

    def _rebuild_preview(self) -> None:
        """The preview built again on the same routine, read again in the new language, as the runner left it."""
        window = self.window
        old = window._preview
        if old is None:
            return
        window._preview = None
        shown = window.current_view() is old
        entry = old.entry()
        if shown and entry is not None:
            again = next((e for e in window.library.entries() if e.path == entry.path), None)
            if again is None:
                again = window.library.load(entry.path, entry.source)
            dial, as_written, week = old.dial.dial(), old.dose_note.taken_as_written(), old.week()
            place = old.text.verticalScrollBar().value()
            window.show_preview(again, week)
            preview = window._preview
            assert preview is not None
            preview.keep(dial, as_written, place)
        old.hide()
        old.deleteLater()

    def _rebuild_history(self) -> None:
        """The history built again, on the month it showed and the session chosen, if it was on screen."""
        window = self.window
        old = window._history_view
        if old is None:
            return
        window._history_view = None
        if window.current_view() is old:
            place = old.place()
            window.show_history()
            again = window._history_view
            assert again is not None
            again.go_to(place)
        old.hide()
        old.deleteLater()
