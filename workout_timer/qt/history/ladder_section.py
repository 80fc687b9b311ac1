"""The history's "How each exercise grew": each ladder, the exercise it is on now first, with where it started and
every change of dose since, newest first (`ladder_story` in the domain says what the rows mean; this lays it out).

A list of plain lines, so a screen reader reads each as it is focused; the whole story is its description too.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QLabel, QListView, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from workout_timer.domain.common.language import _
from workout_timer.domain.history.file.reading import HistoryReading
from workout_timer.domain.history.ladder_story import LadderStory, catalogue_names, ladder_stories, no_stories
from workout_timer.domain.routines.routine import Catalogue
from workout_timer.qt.common.theme.look import Look, follow, look

KIND = Qt.ItemDataRole.UserRole
"""What a line is: "ladder" (the exercise's name, in bold), "start" (where it started and where it is now),
"step" (one change, under them) or "none"."""


class LadderSection(QWidget):
    """ "How each exercise grew": a title over a list, one ladder after another."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = QLabel(_("How each exercise grew"))
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.lines = QListWidget()
        self.lines.setAccessibleName(_("How each exercise grew"))
        self.lines.setWordWrap(True)
        self.lines.setResizeMode(QListView.ResizeMode.Adjust)
        self.lines.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.title.setBuddy(self.lines)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.title)
        column.addWidget(self.lines, 1)
        self.names: dict[str, str] = {}
        """The exercises' names by id, as the catalogue last given calls them (a report names them so too)."""
        follow(self, self._on_look)

    def show_stories(self, history: HistoryReading, catalogue: Catalogue | None = None) -> None:
        """Each ladder's story from the history's rows, the one changed latest first, named as the catalogue
        calls its exercises."""
        self.names = catalogue_names(catalogue or {})
        self.show_told(ladder_stories(history, self.names))

    def show_told(self, told: Sequence[LadderStory]) -> None:
        """The stories as lines: each exercise's name, where it started and where it is, then its steps."""
        self.lines.clear()
        if not told:
            self._add(no_stories(), "none")
        for story in told:
            self._add(story.title, "ladder")
            self._add(story.summary(), "start")
            for step in story.newest_first():
                self._add(step.words(), "step")
        words = " ".join(story.accessible() for story in told) if told else no_stories()
        self.lines.setAccessibleDescription(words)
        self._on_look(look())

    def _add(self, text: str, kind: str) -> None:
        item = QListWidgetItem(text)
        item.setData(KIND, kind)
        if kind == "ladder":
            font = item.font()
            font.setBold(True)
            item.setFont(font)
        self.lines.addItem(item)

    def _on_look(self, new: Look) -> None:
        """The list in the theme's own colours (the palette's text on its base, as every list); the line that
        says there is nothing yet in the muted colour of secondary words."""
        for row in range(self.lines.count()):
            item = self.lines.item(row)
            if item.data(KIND) == "none":
                item.setForeground(QBrush(QColor(new.palette.muted)))
