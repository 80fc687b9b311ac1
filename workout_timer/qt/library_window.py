"""The main window for now: the routines you can do, with their length, level and steps."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ..domain.durations import format_clock
from ..domain.library import Entry, Library
from ..domain.timeline import build_timeline
from .routine_text import routine_html

ENTRY_ROLE = Qt.ItemDataRole.UserRole
_STYLE = """
QListWidget#routines { border: none; background: transparent; }
QListWidget#routines::item { padding: 10px 12px; border-bottom: 1px solid palette(midlight); }
QListWidget#routines::item:selected { background: #1f6f8b; color: white; border-radius: 6px; }
QTextBrowser#details { border: none; padding: 12px 20px; font-size: 12pt; }
"""


class LibraryWindow(QMainWindow):
    """Lists every routine; selecting one shows what it holds.

    No signals of its own yet: it only shows the library.
    """

    def __init__(self, library: Library) -> None:
        super().__init__()
        self.setWindowTitle("Workout Timer")
        self.resize(1100, 680)
        self._entries = library.entries()

        self.routines = QListWidget()
        self.routines.setObjectName("routines")
        self.routines.setMinimumWidth(320)
        font = self.routines.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        self.routines.setFont(font)
        for entry in self._entries:
            self.routines.addItem(self._item(entry))

        self.details = QTextBrowser()
        self.details.setObjectName("details")
        self.details.setOpenExternalLinks(False)

        heading = QLabel("Routines")
        heading_font = QFont(heading.font())
        heading_font.setPointSizeF(heading_font.pointSizeF() * 1.8)
        heading_font.setBold(True)
        heading.setFont(heading_font)

        left = QWidget()
        column = QVBoxLayout(left)
        column.addWidget(heading)
        column.addWidget(self.routines)

        self.setStyleSheet(_STYLE)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(self.details)
        splitter.setStretchFactor(1, 1)
        self.setCentralWidget(splitter)

        self.routines.currentItemChanged.connect(self._on_current_changed)
        if self._entries:
            self.routines.setCurrentRow(0)
        self.routines.setFocus()  # arrow keys choose a routine straight away

    def _item(self, entry: Entry) -> QListWidgetItem:
        if entry.routine is None:
            item = QListWidgetItem(f"{entry.id}\n⚠ cannot be loaded")
        else:
            timeline = build_timeline(entry.routine)
            about = "about " if timeline.is_estimate else ""
            level = entry.routine.level.value if entry.routine.level else ""
            item = QListWidgetItem(f"{entry.routine.name}\n{about}{format_clock(timeline.total)} · {level}")
        item.setData(ENTRY_ROLE, entry)
        return item

    def _on_current_changed(self, current: QListWidgetItem | None, _previous: QListWidgetItem | None) -> None:
        if current is None:
            self.details.clear()
            return
        entry: Entry = current.data(ENTRY_ROLE)
        self.details.setHtml(routine_html(entry))
