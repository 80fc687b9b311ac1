"""The library: every routine, searchable and filterable, with the chosen one's details beside it."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QKeyEvent, QKeySequence, QPalette, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from workout_timer.domain.common.language import N_, _, ngettext
from workout_timer.domain.library.browse import Facts, Filter, Length
from workout_timer.domain.library.entry import Entry
from workout_timer.domain.library.labels import kind_label, length_label, level_label
from workout_timer.domain.routines.routine import Kind, Level
from workout_timer.qt.common.keyboard import PlainButton, unseen_label
from workout_timer.qt.common.readable import announce
from workout_timer.qt.common.theme.look import DESIGN_POINTS, Look, follow, sized
from workout_timer.qt.library.routine_rows import FACTS_ROLE, RoutineDelegate, meta_line, spoken_name
from workout_timer.qt.library.routine_text import routine_html

FIRST_RUN_NOTICE = N_(
    "Welcome! Workout Timer helps you keep a good habit for your back; it is not medical advice. "
    "Stop any exercise that causes sharp pain, and show back pain that lasts, comes back or spreads "
    "into your legs to a doctor."
)


FOUND_PAUSE_MS = 800
"""How long typing or choosing a filter rests before a screen reader hears what was found."""


class LibraryView(QWidget):
    """Lists the routines; Enter or a double-click opens one.

    Signals:
        routineChosen(object): the `Entry` the user opened.
        chosenChanged: another routine (or none) is chosen in the list.
        noticeDismissed: the user read the first-run notice ("Got it").
        todayRequested: the Today and programmes button (its key, Ctrl+T, is the View menu's).
        backRequested: Esc with no search or filter left to clear, or Backspace in the list: back to where the
            runner came from, if anywhere (Today).
    """

    routineChosen = Signal(object)
    todayRequested = Signal()
    backRequested = Signal()
    chosenChanged = Signal()
    noticeDismissed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._facts: list[Facts] = []
        self._chosen: Facts | None = None
        """The routine last chosen in the list, chosen again when a filter shows it again."""
        self._let_through: list[QKeySequence] = []

        self.heading = QLabel()
        sized(self.heading, DESIGN_POINTS * 1.8, bold=True)

        self.search = QLineEdit()
        # Each combo's choices stay here, in the combo's order: Qt gives an enum put in as item data
        # back as a plain string.
        self._kinds: list[Kind | None] = [None, *Kind]
        self._levels: list[Level | None] = [None, *Level]
        self._lengths: list[Length | None] = [None, *Length]
        self.kind = self._combo(len(self._kinds))
        self.level = self._combo(len(self._levels))
        self.length = self._combo(len(self._lengths))

        self.routines = QListWidget()
        self.routines.setItemDelegate(RoutineDelegate(self.routines))
        self.routines.setMinimumWidth(340)
        self.found = QTimer(self)
        """A moment after the search or a filter last changed, a screen reader hears what they found (`_say_found`)."""
        self.found.setSingleShot(True)
        self.found.setInterval(FOUND_PAUSE_MS)
        self.found.timeout.connect(self._say_found)
        self.routines.setResizeMode(QListView.ResizeMode.Adjust)  # a row's facts wrap anew as the list narrows
        self.empty = QLabel()
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.hide()

        self.details = QTextBrowser()
        self.details.setOpenLinks(False)
        self.details.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.hint = QLabel()
        self.hint.setObjectName("hint")
        self.hint.setAlignment(Qt.AlignmentFlag.AlignRight)

        filters = QHBoxLayout()
        self._filter_names: list[QLabel] = []
        for combo in (self.kind, self.level, self.length):
            self._filter_names.append(unseen_label("", combo))  # its value is the choice it shows; this, its name
            filters.addWidget(self._filter_names[-1])
            filters.addWidget(combo)
        left = QWidget()
        column = QVBoxLayout(left)
        column.setContentsMargins(16, 12, 8, 12)
        self.today_button = PlainButton()
        self.today_button.clicked.connect(self.todayRequested.emit)
        heading_row = QHBoxLayout()
        heading_row.addWidget(self.heading, 1)
        heading_row.addWidget(self.today_button)
        column.addLayout(heading_row)
        self.goal = QLabel()  # today's goal, when the user has one
        self.goal.setWordWrap(True)
        self.goal.hide()
        column.addWidget(self.goal)
        column.addWidget(self.search)
        column.addLayout(filters)
        column.addWidget(self.routines, 1)
        column.addWidget(self.empty, 1)
        right = QWidget()
        details = QVBoxLayout(right)
        details.setContentsMargins(0, 12, 16, 12)
        details.addWidget(self.details, 1)
        details.addWidget(self.hint)

        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([420, 700])
        self.notice = QWidget()  # shown on the first start only
        self.notice.setAutoFillBackground(True)
        self.notice_text = QLabel()
        self.notice_text.setWordWrap(True)
        sized(self.notice_text, 12)
        self.got_it = QPushButton()
        self.got_it.clicked.connect(self._on_notice_dismissed)
        notice_row = QHBoxLayout(self.notice)
        notice_row.setContentsMargins(16, 10, 16, 10)
        notice_row.addWidget(self.notice_text, 1)
        notice_row.addWidget(self.got_it)
        self.notice.hide()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.notice)
        layout.addWidget(splitter, 1)
        self._style()
        self.retranslate()

        self.search.textChanged.connect(self._on_filter_changed)
        for combo in (self.kind, self.level, self.length):
            combo.currentIndexChanged.connect(self._on_filter_changed)
        self.routines.currentItemChanged.connect(self._on_current_changed)
        self.routines.itemActivated.connect(self._on_item_activated)
        self.search.returnPressed.connect(self._on_search_return)
        self.search.installEventFilter(self)
        self.routines.installEventFilter(self)
        QShortcut(QKeySequence.StandardKey.Find, self, self.start_search)

    def retranslate(self) -> None:
        """Every word of the screen in the language in use; the choices, the search and the place in the list stay."""
        # Translators: the library's heading.
        self.heading.setText(_("Routines"))
        # Translators: the search field's placeholder; {keys} is its shortcut, "Ctrl+F".
        self.search.setPlaceholderText(_("Search routines and exercises  ({keys})").format(keys=_("Ctrl+F")))
        self.search.setAccessibleName(_("Search routines and exercises"))
        # Translators: what a screen reader says of a field's shortcut; {keys} is "Ctrl+F".
        self.search.setAccessibleDescription(_("Key: {keys}").format(keys=_("Ctrl+F")))
        self._words(self.kind, [_("Any kind"), *(kind_label(k) for k in Kind)])
        self._words(self.level, [_("Any level"), *(level_label(level) for level in Level)])
        self._words(self.length, [_("Any length"), *(length_label(length) for length in Length)])
        names = (_("Kind"), _("Level"), _("Length"))  # the filters' names, for a screen reader
        for label, combo, name in zip(self._filter_names, (self.kind, self.level, self.length), names, strict=True):
            label.setText(name)
            combo.setAccessibleName(name)
        self.routines.setAccessibleName(_("Routines"))
        self.empty.setText(_("No routine matches. Try fewer words or another filter; Esc in the search clears them."))
        self.hint.setText(_("Enter or double-click opens a routine"))
        # Translators: a button; {keys} is its shortcut, "Ctrl+T".
        self.today_button.setText(_("Today and programmes  ({keys})").format(keys=_("Ctrl+T")))
        self.notice_text.setText(_(FIRST_RUN_NOTICE))
        self.got_it.setText(_("Got it"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()  # (the rows and details: the window hands over the routines read again in it)
        super().changeEvent(event)

    # -- what the main window calls --------------------------------------------------------

    def set_entries(self, entries: list[Entry]) -> None:
        """Show these routines; the one chosen stays chosen when it is still there (same file)."""
        chosen = self._chosen
        # the library hands back an unchanged file's entry as it was: its facts are worked out once
        known = {id(facts.entry): facts for facts in self._facts}
        self._facts = [
            facts if (facts := known.get(id(entry))) is not None and facts.entry is entry else Facts.of(entry)
            for entry in entries
        ]
        if chosen is not None:
            self._chosen = next((f for f in self._facts if f.entry.path == chosen.entry.path), None)
        self._show_rows(self.current_filter(), keep=True)

    def set_goal_note(self, text: str) -> None:
        self.goal.setText(text)
        self.goal.setVisible(bool(text))

    def current_entry(self) -> Entry | None:
        item = self.routines.currentItem()
        facts: Facts | None = item.data(FACTS_ROLE) if item is not None else None
        return facts.entry if facts is not None else None

    def select(self, routine_id: str) -> None:
        for row in range(self.routines.count()):
            item = self.routines.item(row)
            if item.data(FACTS_ROLE).entry.id == routine_id:
                self.routines.setCurrentItem(item)
                return

    def current_filter(self) -> Filter:
        return Filter(
            self.search.text(),
            self._kinds[max(self.kind.currentIndex(), 0)],
            self._levels[max(self.level.currentIndex(), 0)],
            self._lengths[max(self.length.currentIndex(), 0)],
        )

    def let_keys_through(self, keys: list[QKeySequence]) -> None:
        """Shortcuts of the window that work in the search field too, instead of editing its text."""
        self._let_through = list(keys)

    def add_clear_button(self) -> None:
        """The search field's clear button (it shows once something is typed). Added after the first paint:
        the first one looks its icon up in the desktop's icon theme and loads every image format plugin
        on the way, 5 to 10 ms of every start for a button the empty field does not show."""
        self.search.setClearButtonEnabled(True)

    def focus_list(self) -> None:
        self.routines.setFocus()

    def start_search(self, typed: str = "") -> None:
        """The search, with the focus (Ctrl+F): its words chosen, to type over; or, for `typed` on another screen (a
        search begun there by typing), those words alone in it, to go on typing."""
        self.search.setFocus()
        if typed:
            self.search.setText(typed)
        else:
            self.search.selectAll()

    # -- slots -----------------------------------------------------------------------------

    def _on_filter_changed(self) -> None:
        """Searching puts the best match first and chooses it (Enter opens it); the other filters keep
        the chosen routine when it still shows."""
        wanted = self.current_filter()
        self._show_rows(wanted, keep=not wanted.text.strip())
        self.found.start()  # again at each key: once typing rests

    def _show_rows(self, wanted: Filter, keep: bool) -> None:
        """The rows `wanted` matches, best first, one of them chosen and its details shown."""
        shown = wanted.rank(self._facts)
        chosen = self._chosen if keep and any(f is self._chosen for f in shown) else (shown[0] if shown else None)
        self.routines.blockSignals(True)  # rebuilding the rows is not the user choosing one
        self.routines.clear()
        for facts in shown:
            item = QListWidgetItem()
            item.setData(FACTS_ROLE, facts)
            item.setData(Qt.ItemDataRole.DisplayRole, facts.name)
            item.setData(Qt.ItemDataRole.AccessibleTextRole, spoken_name(facts))
            item.setData(Qt.ItemDataRole.AccessibleDescriptionRole, meta_line(facts))
            item.setData(Qt.ItemDataRole.ToolTipRole, f"{spoken_name(facts)}\n{meta_line(facts)}")
            self.routines.addItem(item)
            if facts is chosen:
                self.routines.setCurrentItem(item)
        self.routines.blockSignals(False)
        nothing = not shown
        self.routines.setVisible(not nothing)
        self.empty.setVisible(nothing)
        self._on_current_changed(self.routines.currentItem(), None)

    def _say_found(self) -> None:
        """What the search and filters found, to a listening screen reader: over AT-SPI typing said only the letters,
        and Enter opened a best match nobody had heard of."""
        focus = QApplication.focusWidget()
        if focus is None or not self.isAncestorOf(focus):
            return  # the runner has gone on elsewhere meanwhile
        chosen = self.routines.currentItem()
        if chosen is None:
            announce(self.empty.text())
            return
        count, name = self.routines.count(), chosen.data(Qt.ItemDataRole.AccessibleTextRole)
        # Translators: what a screen reader says once typing in the search rests; {name} is the routine chosen in the
        # list, the best match, which Enter opens.
        found = ngettext("{n} routine found: {name}.", "{n} routines found; {name} is chosen.", count)
        announce(found.format(n=count, name=name))

    def _on_current_changed(self, current: QListWidgetItem | None, _previous: QListWidgetItem | None) -> None:
        if current is None:
            self.details.clear()
        else:
            self._chosen = current.data(FACTS_ROLE)
            self.details.setHtml(routine_html(current.data(FACTS_ROLE).entry))
        self.chosenChanged.emit()

    def _on_item_activated(self, item: QListWidgetItem) -> None:
        self.routineChosen.emit(item.data(FACTS_ROLE).entry)

    def _on_search_return(self) -> None:
        entry = self.current_entry()
        if entry is not None:
            self.routineChosen.emit(entry)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Down and Up in the search field take the keys to the list, on the routine chosen (the best match), and Page
        Down and Page Up move through it; Esc clears the search, then the filters, then leads back; the window's
        routine shortcuts work there too. Typing a letter in the list types it into the search."""
        if watched is self.routines and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            typed = event.text()
            other_keys = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
            if typed.isprintable() and typed.strip() and not event.modifiers() & other_keys:
                self.search.setFocus()
                self.search.end(False)
                self.search.insert(typed)
                return True
        if watched is self.search and event.type() == QEvent.Type.ShortcutOverride:
            assert isinstance(event, QKeyEvent)
            if QKeySequence(event.keyCombination()) in self._let_through:
                event.ignore()  # not the field's: the shortcut goes to the window
                return True
        if watched is self.search and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Up) and self.routines.count():
                self.focus_list()  # on the routine chosen (the best match): Enter opens it, Down goes on from it
                self.routines.scrollToItem(self.routines.currentItem())
                return True
            if event.key() in (Qt.Key.Key_PageDown, Qt.Key.Key_PageUp):
                self.focus_list()
                self.routines.keyPressEvent(event)
                return True
            if event.key() == Qt.Key.Key_Escape and self.search.text():
                self.search.clear()
                return True
            filters = [combo for combo in (self.kind, self.level, self.length) if combo.currentIndex() > 0]
            if event.key() == Qt.Key.Key_Escape and filters:  # Esc again: the filters too
                for combo in filters:
                    combo.setCurrentIndex(0)
                return True
            if event.key() == Qt.Key.Key_Escape and not event.isAutoRepeat():  # and again: back, as elsewhere
                self.backRequested.emit()
                return True
        return super().eventFilter(watched, event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Esc, or Backspace in the list (never in the search, where it deletes what was typed), leads back;
        a key held since the screen before leads nowhere."""
        if event.key() in (Qt.Key.Key_Escape, Qt.Key.Key_Backspace) and not event.isAutoRepeat():
            self.backRequested.emit()
        else:
            super().keyPressEvent(event)

    def _style(self) -> None:
        """Frameless list and details, larger text to read, the theme's colours (the delegate's too)."""
        for view in (self.routines, self.details):
            view.setFrameShape(QFrame.Shape.NoFrame)
        self.details.setViewportMargins(20, 12, 20, 12)
        for widget in (self.details, self.search):
            sized(widget, 12)
        self.search.setTextMargins(6, 4, 6, 4)
        follow(self, self._on_look)

    def _on_look(self, new: Look) -> None:
        p = new.palette
        palette = self.routines.palette()
        palette.setColor(QPalette.ColorRole.Base, Qt.GlobalColor.transparent)
        self.routines.setPalette(palette)
        notice = self.notice.palette()
        notice.setColor(QPalette.ColorRole.Window, QColor(p.advice))
        notice.setColor(QPalette.ColorRole.WindowText, QColor(p.advice_text))
        self.notice.setPalette(notice)
        self.hint.setStyleSheet(f"color: {p.muted};")
        if self.routines.isVisible():  # (a list not shown yet paints with the new look anyway; and the first
            self.routines.viewport().update()  # viewport() builds the Python class of every kind of widget: 8 ms)

    def _on_notice_dismissed(self) -> None:
        self.notice.hide()
        self.noticeDismissed.emit()

    @staticmethod
    def _combo(choices: int) -> QComboBox:
        combo = QComboBox()
        combo.addItems([""] * choices)
        return combo

    @staticmethod
    def _words(combo: QComboBox, labels: list[str]) -> None:
        """The choices' words, in the combo's order; the choice made stays."""
        for index, label in enumerate(labels):
            combo.setItemText(index, label)
