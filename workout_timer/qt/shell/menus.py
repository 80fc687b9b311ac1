"""The window's menus: Session, Routine, View and Help, with their keys; each item asks the window or the
settings, and the Routine menu offers only what can act on the chosen routine."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import QMenu, QMenuBar, QWidget

from workout_timer.domain.common.failures import plain_words
from workout_timer.domain.common.language import _
from workout_timer.domain.common.paths import user_log_dir
from workout_timer.domain.library.entry import Entry, Source
from workout_timer.domain.library.library import Action, why_not
from workout_timer.qt.common.settings import Settings

if TYPE_CHECKING:
    from workout_timer.domain.routines.routine import Routine
    from workout_timer.qt.desktop.help_window import HelpWindow
    from workout_timer.qt.library.library_view import LibraryView
    from workout_timer.qt.paper.paper_dialogs import Told
    from workout_timer.qt.routines.routine_editing import RoutineEditing


class MenuOwner(Protocol):
    """What the menus ask of the window."""

    settings: Settings
    library_view: LibraryView

    @property
    def editing(self) -> RoutineEditing: ...
    def menuBar(self) -> QMenuBar: ...
    def addAction(self, action: QAction, /) -> None: ...
    def close(self) -> bool: ...
    def chosen_entry(self) -> Entry | None: ...
    def showing_routines(self) -> bool: ...
    def show_library(self, select: str = "") -> None: ...
    def show_history(self) -> None: ...
    def show_today(self) -> None: ...
    def show_settings(self) -> None: ...
    def toggle_full_screen(self) -> None: ...
    def notify(self, message: str) -> None: ...


class WindowMenus(QObject):
    """Builds the menu bar of `window` and carries out its items."""

    def __init__(self, window: MenuOwner, widget: QWidget) -> None:
        """`widget` is the window itself, as the parent of the menus' dialogs."""
        super().__init__(widget)
        self.window = window
        self.widget = widget
        self.routine_actions: dict[Action, QAction] = {}
        self.guide: HelpWindow | None = None
        self._words: list[tuple[QAction, Callable[[], str]]] = []
        """Each menu and item with its words, read again in another language (`retranslate`)."""
        self._deleted = ""
        self._build()

    def _action(self, words: Callable[[], str]) -> QAction:
        action = QAction(self)  # (`QAction(text, self)`'s overloads build QIcon's Python enums: 1.4 ms of the start)
        action.setText(words())
        self._words.append((action, words))
        return action

    def _menu(self, bar: QMenuBar, words: Callable[[], str]) -> QMenu:
        menu = bar.addMenu(words())
        self._words.append((menu.menuAction(), words))
        return menu

    def retranslate(self) -> None:
        """Every menu and item in the language now in use; the guide, if open, too (on the same page)."""
        for action, words in self._words:
            action.setText(words())
        self.on_deleted_changed(self._deleted)
        self.update_routine_actions()
        guide = self.guide
        if guide is not None:
            self.guide = None
            if guide.isVisible():
                self.show_guide(guide.topic()).setGeometry(guide.geometry())
            guide.close()
            guide.deleteLater()

    def _build(self) -> None:
        bar = self.window.menuBar()
        # Translators: a menu; "&" marks the letter that opens it with Alt: put it before a letter of your word, one
        # letter not used by another menu (Session, Routine, View, Help) or by another item of the same menu.
        session = self._menu(bar, lambda: _("&Session"))
        sound = self._action(lambda: _("Sound, voice and &language…"))
        sound.setShortcuts(_keys("Ctrl+,", QKeySequence.StandardKey.Preferences))
        sound.triggered.connect(self.window.show_settings)
        session.addAction(sound)
        self.window.addAction(sound)  # Ctrl+, also works while the player hides the menu bar (the session waits)
        # Translators: a menu item; {key} is the key that turns the sound off in a session, "M".
        self.sound_off = self._action(lambda: _("Sound off  ({key} in a session)").format(key="M"))
        self.sound_off.setCheckable(True)
        self.sound_off.setChecked(self.window.settings.muted)
        self.sound_off.toggled.connect(self._on_sound_off_toggled)
        self.window.settings.mutedChanged.connect(self.sound_off.setChecked)  # it follows the one record
        session.addAction(self.sound_off)
        check_ins = self._action(lambda: _("Ask how my back is, before and after"))
        check_ins.setCheckable(True)
        check_ins.setChecked(self.window.settings.check_ins)
        check_ins.toggled.connect(self._on_check_ins_toggled)
        session.addAction(check_ins)
        cards = self._action(lambda: _("Show tips about my back"))
        cards.setCheckable(True)
        cards.setChecked(self.window.settings.cards_on)
        cards.toggled.connect(self._on_cards_toggled)
        session.addAction(cards)
        self.move_on = self._action(lambda: _("Move on by itself after a step at my own pace"))
        self.move_on.setCheckable(True)
        self.move_on.setChecked(self.window.settings.move_on)
        self.move_on.toggled.connect(self._on_move_on_toggled)
        session.addAction(self.move_on)
        keep_log = self._action(lambda: _("Keep a timing log of each session"))
        keep_log.setCheckable(True)
        keep_log.setChecked(self.window.settings.keep_event_log)
        keep_log.toggled.connect(self._on_keep_log_toggled)
        session.addAction(keep_log)
        reminder = self._action(lambda: _("Daily &reminder…"))
        reminder.triggered.connect(self._on_reminder)
        session.addAction(reminder)
        open_logs = self._action(lambda: _("Open the log folder"))
        open_logs.triggered.connect(self._on_open_log_folder)
        session.addAction(open_logs)
        session.addSeparator()
        quit_action = self._action(lambda: _("&Quit"))
        quit_action.setShortcuts(_keys("Ctrl+Q", QKeySequence.StandardKey.Quit))
        quit_action.triggered.connect(self.window.close)
        session.addAction(quit_action)
        self.window.addAction(quit_action)  # Ctrl+Q also works while the player hides the menu bar
        self._quit = quit_action
        self._build_routine_menu()
        view = self._menu(bar, lambda: _("&View"))
        today = self._action(lambda: _("&Today and programmes"))
        today.setShortcut(QKeySequence("Ctrl+T"))
        today.triggered.connect(self.window.show_today)
        view.addAction(today)
        history = self._action(lambda: _("&History"))
        history.setShortcut(QKeySequence("Ctrl+H"))
        history.triggered.connect(self.window.show_history)
        view.addAction(history)
        full = self._action(lambda: _("&Full screen"))
        full.setShortcut(QKeySequence(Qt.Key.Key_F11))
        full.triggered.connect(self.window.toggle_full_screen)
        view.addAction(full)
        self.window.addAction(full)  # F11 also works while the menu bar is hidden
        help_menu = self._menu(bar, lambda: _("&Help"))
        guide = self._action(lambda: _("&Guide"))
        guide.setShortcuts(_keys("F1", QKeySequence.StandardKey.HelpContents))
        guide.triggered.connect(lambda: self.show_guide())
        help_menu.addAction(guide)
        self.window.addAction(guide)  # F1 also works while the player hides the menu bar
        # Translators: a Help menu item: the page listing the keys.
        keyboard = self._action(lambda: _("&Keyboard"))
        keyboard.triggered.connect(lambda: self.show_guide("keys"))
        help_menu.addAction(keyboard)
        tips = self._action(lambda: _("Back &tips"))
        tips.triggered.connect(lambda: self.show_guide("tips"))
        help_menu.addAction(tips)
        about = self._action(lambda: _("&About"))
        about.triggered.connect(self._on_about)
        help_menu.addAction(about)

    def _build_routine_menu(self) -> None:
        menu = self._menu(self.window.menuBar(), lambda: _("&Routine"))
        menu.setToolTipsVisible(True)  # a greyed-out item says why
        items = [
            (lambda: _("&New routine"), "Ctrl+N", self._on_new_routine, None),
            (lambda: _("&Edit"), "Ctrl+E", self._on_edit_chosen, Action.EDIT),
            (lambda: _("&Duplicate"), "Ctrl+D", self._on_duplicate_chosen, Action.DUPLICATE),
            (lambda: _("Open as &text"), "", self._on_text_chosen, Action.TEXT),
            (lambda: _("De&lete…"), "", self._on_delete_chosen, Action.DELETE),
        ]
        for words, keys, slot, acts_on in items:
            action = self._action(words)
            if keys:
                action.setShortcut(QKeySequence(keys))
            action.triggered.connect(slot)
            menu.addAction(action)
            if acts_on is not None:
                self.routine_actions[acts_on] = action
        self.undo_delete = self._action(lambda: _("&Undo delete"))
        self.undo_delete.setEnabled(False)
        self.undo_delete.triggered.connect(self._on_undo_delete)
        menu.addAction(self.undo_delete)
        menu.addSeparator()
        for words, keys, slot in (  # Export last: it is the one greyed out as Action.EXPORT says
            (lambda: _("&Import…"), "Ctrl+I", self._on_import),
            (lambda: _("&Print…"), "Ctrl+P", self._on_print_chosen),
            (lambda: _("Save as &PDF…"), "", self._on_pdf_chosen),
            (lambda: _("E&xport…"), "Ctrl+Shift+E", self._on_export_chosen),
        ):
            action = self._action(words)
            if keys:
                action.setShortcut(QKeySequence(keys))
            action.triggered.connect(slot)
            menu.addAction(action)
        self.routine_actions[Action.EXPORT] = action
        self.window.library_view.let_keys_through([a.shortcut() for a in menu.actions() if not a.shortcut().isEmpty()])
        delete = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.window.library_view.routines)
        delete.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete.activated.connect(self._on_delete_chosen)

    def _on_new_routine(self) -> None:
        self.window.editing.new_routine()

    def _on_edit_chosen(self) -> None:
        entry = self.window.chosen_entry()
        if entry is not None:
            self.window.editing.edit(entry)

    def _on_duplicate_chosen(self) -> None:
        entry = self.window.chosen_entry()
        if entry is not None:
            self.window.editing.duplicate(entry)

    def _on_text_chosen(self) -> None:
        entry = self.window.chosen_entry()
        if entry is not None and entry.source is Source.USER:
            self.window.editing.open_text(entry)
        elif entry is not None:
            self.window.notify(_("Built-in routines are read-only: duplicate one to make it your own."))

    def _on_delete_chosen(self) -> None:
        entry = self.window.chosen_entry()
        if entry is not None and self.window.showing_routines():
            self.window.editing.delete(entry)
            self.window.show_library()

    def _on_undo_delete(self) -> None:
        self.window.editing.undo_delete()

    def _on_import(self) -> None:
        self.window.editing.import_routine()

    def _on_export_chosen(self) -> None:
        entry = self.window.chosen_entry()
        if entry is not None and entry.routine is not None:
            self.window.editing.export(entry)

    def _on_print_chosen(self) -> None:
        from workout_timer.qt.paper.paper_dialogs import ask_print_sheet  # loaded when first wanted

        self._on_paper(ask_print_sheet)

    def _on_pdf_chosen(self) -> None:
        from workout_timer.qt.paper.paper_dialogs import ask_sheet_pdf

        self._on_paper(ask_sheet_pdf)

    def _on_paper(self, ask: Callable[[QWidget, Routine], Told | None]) -> None:
        """The chosen routine's sheet, to a printer or a PDF file; what became of it, told."""
        entry = self.window.chosen_entry()
        if entry is None or entry.routine is None:
            self.window.notify(_("Choose a routine that opens without mistakes to print its sheet."))
            return
        told = ask(self.widget, entry.routine)
        if told is not None:
            self.window.notify(told.words)

    def update_routine_actions(self) -> None:
        """The Routine menu offers only what can act on the chosen routine, and says why not."""
        entry = self.window.chosen_entry()
        listed = self.window.showing_routines()
        for acts_on, action in self.routine_actions.items():
            reason = why_not(acts_on, entry)
            if reason is None and acts_on is Action.DELETE and not listed:
                reason = _("Go back to the routines to delete one.")
            action.setEnabled(reason is None)
            action.setStatusTip(reason or "")
            action.setToolTip(reason or action.text().replace("&", ""))

    def on_deleted_changed(self, name: str) -> None:
        self._deleted = name
        self.undo_delete.setEnabled(bool(name))
        # Translators: a menu item; {name} is the name of the routine deleted last.
        self.undo_delete.setText(_("&Undo delete of “{name}”").format(name=name) if name else _("&Undo delete"))

    def _on_sound_off_toggled(self, off: bool) -> None:
        self.window.settings.muted = off

    def _on_check_ins_toggled(self, checked: bool) -> None:
        self.window.settings.check_ins = checked

    def _on_cards_toggled(self, checked: bool) -> None:
        self.window.settings.cards_on = checked

    def _on_move_on_toggled(self, checked: bool) -> None:
        self.window.settings.move_on = checked

    def _on_keep_log_toggled(self, checked: bool) -> None:
        self.window.settings.keep_event_log = checked

    def _on_reminder(self) -> None:
        from workout_timer.qt.desktop.reminder_dialog import ask_reminder

        ask_reminder(self.window.settings, self.widget, self.window.notify)

    def _on_open_log_folder(self) -> None:
        from PySide6.QtCore import QUrl
        from PySide6.QtGui import QDesktopServices

        folder = user_log_dir()
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            # Translators: {reason} says why, such as "the disk is full".
            self.window.notify(_("The log folder can't be made: {reason}.").format(reason=plain_words(error)))
            return
        if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder))):
            # Translators: {folder} is the log folder's place on the computer.
            self.window.notify(_("No file manager could open the log folder: it is {folder}").format(folder=folder))

    def show_guide(self, topic: str = "session") -> HelpWindow:
        """The user guide, a window of its own beside the app's, open at `topic`."""
        if self.guide is None:
            from workout_timer.qt.desktop.help_window import HelpWindow

            self.guide = HelpWindow(self.widget)
            self.guide.addAction(self._quit)  # Ctrl+Q quits from the guide's window too, as its keys page says
        self.guide.show_topic(topic)
        self.guide.show()
        self.guide.raise_()
        return self.guide

    def _on_about(self) -> None:
        from workout_timer.qt.desktop.help_window import show_about

        show_about(self.widget)


def _keys(ours: str, standard: QKeySequence.StandardKey) -> list[QKeySequence]:
    """`ours` first (the menu shows the first key, and the platform's own may be none), then the platform's."""
    keys = [QKeySequence(ours), *QKeySequence.keyBindings(standard)]
    return list(dict.fromkeys(key for key in keys if not key.isEmpty()))
