"""The library: every routine, searchable and filterable, with the chosen one's details beside it."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QObject, QPersistentModelIndex, QRect, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QKeyEvent, QKeySequence, QPainter, QPalette, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ..domain.browse import Facts, Filter, Length
from ..domain.durations import format_clock
from ..domain.library import Entry
from ..domain.routine import Kind, Level
from .routine_text import routine_html
from .theme import ACCENT

FACTS_ROLE = Qt.ItemDataRole.UserRole
FIRST_RUN_NOTICE = (
    "Welcome! Workout Timer helps you keep a good habit for your back; it is not medical advice. "
    "Stop any exercise that causes sharp pain, and show back pain that lasts, comes back or spreads "
    "into your legs to a doctor."
)


def meta_line(facts: Facts) -> str:
    """ "about 14:13 · beginner · mat, wall" for the list."""
    routine = facts.entry.routine
    if routine is None:
        return "⚠ This file has mistakes: open it to see them"
    parts = [("about " if facts.is_estimate else "") + format_clock(facts.total)]
    if routine.level:
        parts.append(routine.level.value)
    parts.append(", ".join(facts.equipment) if facts.equipment else "no equipment")
    return " · ".join(parts)


class RoutineDelegate(QStyledItemDelegate):
    """Draws a routine as its name in bold over a line of facts.

    It asks the list whether a row is selected instead of reading QStyle's state flags: building
    QStyle's Python enums costs a few milliseconds of every start.
    """

    def __init__(self, view: QListWidget) -> None:
        super().__init__(view)
        self._view = view

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        height = option.fontMetrics.height()
        return QSize(300, int(height * 2.9) + 16)

    def paint(
        self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        facts: Facts = index.data(FACTS_ROLE)
        rect: QRect = option.rect
        selected = self._view.selectionModel().isSelected(index)
        painter.save()
        palette: QPalette = option.palette
        if selected:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(palette.highlight())
            painter.drawRoundedRect(rect.adjusted(2, 2, -2, -2), 8, 8)
        text = palette.highlightedText().color() if selected else palette.text().color()
        inner = rect.adjusted(14, 8, -14, -8)
        name_font = QFont(option.font)
        name_font.setPointSizeF(name_font.pointSizeF() * 1.2)
        name_font.setBold(True)
        painter.setFont(name_font)
        painter.setPen(text)
        name = facts.entry.routine.name if facts.entry.routine else facts.entry.id
        top = inner.adjusted(0, 0, 0, -inner.height() // 2)
        name = QFontMetrics(name_font).elidedText(name, Qt.TextElideMode.ElideRight, top.width())
        painter.drawText(top, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom, name)
        painter.setFont(option.font)
        if not selected:
            text.setAlpha(170)
        painter.setPen(text)
        bottom = inner.adjusted(0, inner.height() // 2 + 2, 0, 0)
        meta = option.fontMetrics.elidedText(meta_line(facts), Qt.TextElideMode.ElideRight, bottom.width())
        painter.drawText(bottom, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop, meta)
        painter.restore()


class LibraryView(QWidget):
    """Lists the routines; Enter or a double-click opens one.

    Signals:
        routineChosen(object): the `Entry` the user opened.
        noticeDismissed: the user read the first-run notice ("Got it").
    """

    routineChosen = Signal(object)
    noticeDismissed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._facts: list[Facts] = []

        heading = QLabel("Routines")
        heading_font = QFont(heading.font())
        heading_font.setPointSizeF(heading_font.pointSizeF() * 1.8)
        heading_font.setBold(True)
        heading.setFont(heading_font)

        self.search = QLineEdit()
        self.search.setPlaceholderText("Search routines and exercises  (Ctrl+F)")
        self.search.setClearButtonEnabled(True)
        self.kind = self._combo("Any kind", [(k.value.capitalize(), k) for k in Kind])
        self.level = self._combo("Any level", [(level.value.capitalize(), level) for level in Level])
        self.length = self._combo("Any length", [(length.label, length) for length in Length])

        self.routines = QListWidget()
        self.routines.setItemDelegate(RoutineDelegate(self.routines))
        self.routines.setMinimumWidth(340)
        self.routines.setUniformItemSizes(True)
        self.empty = QLabel("No routine matches. Try fewer words or another filter.")
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.hide()

        self.details = QTextBrowser()
        self.details.setOpenLinks(False)
        self.details.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.hint = QLabel("Enter or double-click opens a routine")
        self.hint.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.hint.setEnabled(False)

        filters = QHBoxLayout()
        for combo in (self.kind, self.level, self.length):
            filters.addWidget(combo)
        left = QWidget()
        column = QVBoxLayout(left)
        column.setContentsMargins(16, 12, 8, 12)
        column.addWidget(heading)
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
        notice_palette = self.notice.palette()
        notice_palette.setColor(QPalette.ColorRole.Window, QColor("#fff4e0"))
        notice_palette.setColor(QPalette.ColorRole.WindowText, QColor("#222222"))
        self.notice.setPalette(notice_palette)
        notice_text = QLabel(FIRST_RUN_NOTICE)
        notice_text.setWordWrap(True)
        notice_font = notice_text.font()
        notice_font.setPointSizeF(12)
        notice_text.setFont(notice_font)
        got_it = QPushButton("Got it")
        got_it.clicked.connect(self._on_notice_dismissed)
        notice_row = QHBoxLayout(self.notice)
        notice_row.setContentsMargins(16, 10, 16, 10)
        notice_row.addWidget(notice_text, 1)
        notice_row.addWidget(got_it)
        self.notice.hide()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.notice)
        layout.addWidget(splitter, 1)
        self._style()

        self.search.textChanged.connect(self._on_filter_changed)
        for combo in (self.kind, self.level, self.length):
            combo.currentIndexChanged.connect(self._on_filter_changed)
        self.routines.currentItemChanged.connect(self._on_current_changed)
        self.routines.itemActivated.connect(self._on_item_activated)
        self.search.returnPressed.connect(self._on_search_return)
        self.search.installEventFilter(self)
        QShortcut(QKeySequence.StandardKey.Find, self, self._on_find)

    # -- what the main window calls --------------------------------------------------------

    def set_entries(self, entries: list[Entry]) -> None:
        chosen = self.current_entry()
        self._facts = [Facts.of(entry) for entry in entries]
        self.routines.clear()
        for facts in self._facts:
            item = QListWidgetItem()
            item.setData(FACTS_ROLE, facts)
            item.setData(
                Qt.ItemDataRole.DisplayRole, facts.entry.routine.name if facts.entry.routine else facts.entry.id
            )
            self.routines.addItem(item)
        self._on_filter_changed()
        if chosen is not None:
            self.select(chosen.id)

    def set_goal_note(self, text: str) -> None:
        self.goal.setText(text)
        self.goal.setVisible(bool(text))

    def current_entry(self) -> Entry | None:
        item = self.routines.currentItem()
        return item.data(FACTS_ROLE).entry if item is not None and not item.isHidden() else None

    def select(self, routine_id: str) -> None:
        for row in range(self.routines.count()):
            item = self.routines.item(row)
            if item.data(FACTS_ROLE).entry.id == routine_id and not item.isHidden():
                self.routines.setCurrentItem(item)
                return

    def visible_names(self) -> list[str]:
        return [
            self.routines.item(row).text()
            for row in range(self.routines.count())
            if not self.routines.item(row).isHidden()
        ]

    def current_filter(self) -> Filter:
        return Filter(self.search.text(), self.kind.currentData(), self.level.currentData(), self.length.currentData())

    def focus_list(self) -> None:
        self.routines.setFocus()

    # -- slots -----------------------------------------------------------------------------

    def _on_filter_changed(self) -> None:
        wanted = self.current_filter()
        first_visible = None
        for row in range(self.routines.count()):
            item = self.routines.item(row)
            hidden = not wanted.matches(item.data(FACTS_ROLE))
            item.setHidden(hidden)
            if not hidden and first_visible is None:
                first_visible = item
        current = self.routines.currentItem()
        if (current is None or current.isHidden()) and first_visible is not None:
            self.routines.setCurrentItem(first_visible)
        nothing = first_visible is None
        self.routines.setVisible(not nothing)
        self.empty.setVisible(nothing)
        if nothing:
            self.details.clear()

    def _on_current_changed(self, current: QListWidgetItem | None, _previous: QListWidgetItem | None) -> None:
        if current is None or current.isHidden():
            self.details.clear()
            return
        self.details.setHtml(routine_html(current.data(FACTS_ROLE).entry))

    def _on_item_activated(self, item: QListWidgetItem) -> None:
        self.routineChosen.emit(item.data(FACTS_ROLE).entry)

    def _on_search_return(self) -> None:
        entry = self.current_entry()
        if entry is not None:
            self.routineChosen.emit(entry)

    def _on_find(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Up and Down in the search field move through the list; Esc clears the search."""
        if watched is self.search and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Up, Qt.Key.Key_PageDown, Qt.Key.Key_PageUp):
                self.routines.setFocus()
                self.routines.keyPressEvent(event)
                return True
            if event.key() == Qt.Key.Key_Escape and self.search.text():
                self.search.clear()
                return True
        return super().eventFilter(watched, event)

    def _style(self) -> None:
        """Frameless list and details, the accent colour for the chosen row, larger text to read."""
        for view in (self.routines, self.details):
            view.setFrameShape(QFrame.Shape.NoFrame)
        palette = self.routines.palette()
        palette.setColor(QPalette.ColorRole.Base, Qt.GlobalColor.transparent)
        palette.setColor(QPalette.ColorRole.Highlight, QColor(ACCENT))
        palette.setColor(QPalette.ColorRole.HighlightedText, Qt.GlobalColor.white)
        self.routines.setPalette(palette)
        self.details.setViewportMargins(20, 12, 20, 12)
        for widget in (self.details, self.search):
            font = widget.font()
            font.setPointSizeF(12)
            widget.setFont(font)
        self.search.setTextMargins(6, 4, 6, 4)

    def _on_notice_dismissed(self) -> None:
        self.notice.hide()
        self.noticeDismissed.emit()

    def _combo(self, any_label: str, choices: list[tuple[str, object]]) -> QComboBox:
        combo = QComboBox()
        combo.addItem(any_label, None)
        for label, value in choices:
            combo.addItem(label, value)
        return combo
