"""A routine file as text, checked as it is typed: for a file that does not load, or for anyone who
prefers YAML. Every mistake is listed with its line and column; choosing one puts the cursor there."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QFontDatabase, QKeySequence, QShortcut, QTextCursor
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from workout_timer.domain.common.language import _, ngettext
from workout_timer.domain.library.file_seen import NO_FILE, Seen
from workout_timer.domain.routines.loading import load_routine_text, read_file_bytes
from workout_timer.domain.routines.problems import LoadError, Problem
from workout_timer.domain.routines.routine import Exercise
from workout_timer.qt.common.keyboard import PlainButton
from workout_timer.qt.common.text_page import form_style
from workout_timer.qt.common.theme.look import DESIGN_POINTS, sized, styled
from workout_timer.qt.editor.inline_errors import error_colour

CHECK_DELAY_MS = 300
PROBLEM_ROLE = Qt.ItemDataRole.UserRole


class TextView(QWidget):
    """Edits one routine file's text.

    Signals:
        backRequested: "← Routines".
        saveRequested: Save or Ctrl+S (the window writes the file, then calls `mark_saved`).
    """

    backRequested = Signal()
    saveRequested = Signal()

    def __init__(self, catalogue: Mapping[str, Exercise], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        styled(self, form_style)
        self._catalogue = catalogue
        self.path: Path | None = None
        self._id = ""
        self._saved = ""
        self.seen = NO_FILE
        """The file as it was read (or last written), to notice a change made outside the app."""
        self._problems: list[Problem] = []
        self.title = QLabel()
        sized(self.title, DESIGN_POINTS * 1.4, bold=True)
        self.back_button = PlainButton()
        self.save_button = PlainButton()
        self.save_button.setObjectName("mainButton")
        self.editor = QPlainTextEdit()
        mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        self.editor.setFont(mono)
        sized(self.editor, 12)
        self.editor.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.editor.setTabChangesFocus(True)  # no keyboard trap; YAML is indented with spaces, never tabs
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.problems = QListWidget()
        self.problems.setMaximumHeight(150)
        self.retranslate()
        self._lay_out()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(CHECK_DELAY_MS)
        self._connect()

    def retranslate(self) -> None:
        """Its words in the language in use; the text being edited stays as it is, and is checked again in it."""
        self.back_button.setText(_("←  Routines"))
        self.save_button.setText(_("Save  (Ctrl+S)"))
        self.editor.setAccessibleName(_("The routine's file"))
        self.problems.setAccessibleName(_("Problems in the file"))
        if self.path is not None:
            self._on_text_changed()
            self._on_check()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _lay_out(self) -> None:
        """Back, the file's name and Save along the top; the text, what the check says and the mistakes below."""
        top = QHBoxLayout()
        top.setContentsMargins(16, 10, 16, 6)
        top.addWidget(self.back_button)
        top.addWidget(self.title, 1)
        top.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        body = QVBoxLayout()
        body.setContentsMargins(16, 0, 16, 12)
        body.addWidget(self.editor, 1)
        body.addWidget(self.status)
        body.addWidget(self.problems)
        layout.addLayout(body, 1)

    def _connect(self) -> None:
        """The buttons and Ctrl+S to the window; the text checked a moment after typing stops."""
        self.back_button.clicked.connect(self.backRequested.emit)
        self.save_button.clicked.connect(self.saveRequested.emit)
        self.editor.textChanged.connect(self._timer.start)
        self.editor.textChanged.connect(self._on_text_changed)
        self._timer.timeout.connect(self._on_check)
        self.problems.itemActivated.connect(self._on_problem_chosen)
        self.problems.itemClicked.connect(self._on_problem_chosen)
        save = QShortcut(QKeySequence("Ctrl+S"), self)
        save.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        save.activated.connect(self.saveRequested.emit)

    def open(self, path: Path, routine_id: str) -> bool:
        """Show the file's text; False (and nothing opened) when there is no file at `path`. Read as the
        loader reads it: a file that can't be read (not a regular file, too big) raises a LoadError that
        says why, and nothing is opened."""
        try:
            data = read_file_bytes(path)
        except FileNotFoundError:
            return False
        self.seen = Seen.of(data)
        self.path, self._id = path, routine_id
        self._saved = text = data.decode("utf-8", errors="replace")
        self.editor.setPlainText(text)
        self._on_check()
        self._on_text_changed()
        self.editor.setFocus()
        if self._problems:
            self._go_to(self._problems[0])
        return True

    @property
    def dirty(self) -> bool:
        return self.path is not None and self.editor.toPlainText() != self._saved

    def text(self) -> str:
        return self.editor.toPlainText()

    def mark_saved(self, path: Path, routine_id: str) -> None:
        """The text was written to `path` (the file it came from, or a copy beside it)."""
        self.path, self._id = path, routine_id
        self._saved = self.text()
        self.seen = Seen.of(self._saved.encode("utf-8"))
        self._on_text_changed()

    def discard(self) -> None:
        self.editor.setPlainText(self._saved)

    def problems_left(self) -> int:
        self._on_check()
        return len(self._problems)

    def _on_text_changed(self) -> None:
        name = self.path.name if self.path else ""
        self.title.setText(_("{file} · unsaved changes").format(file=name) if self.dirty else name)

    def _on_check(self) -> None:
        self._timer.stop()
        label = str(self.path) if self.path else "routine"
        try:
            load_routine_text(self.text(), label, self._catalogue, self._id)
            self._problems = []
        except LoadError as error:
            self._problems = error.problems
        self.problems.clear()
        for problem in self._problems:
            said = (
                _("line {line}, column {column}: {message}").format(
                    line=problem.line, column=problem.column, message=problem.message
                )
                if problem.line
                else problem.message
            )
            item = QListWidgetItem(f"⚠  {said}")
            item.setData(PROBLEM_ROLE, problem)
            item.setForeground(error_colour())
            self.problems.addItem(item)
        self.problems.setVisible(bool(self._problems))
        count = len(self._problems)
        self.status.setText(
            _("No mistakes: this routine loads.")
            if not count
            else ngettext(
                "{n} mistake. Choose it to go to its place.", "{n} mistakes. Choose one to go to its place.", count
            ).format(n=count)
        )

    def _on_problem_chosen(self, item: QListWidgetItem) -> None:
        self._go_to(item.data(PROBLEM_ROLE))

    def _go_to(self, problem: Problem) -> None:
        if problem.line <= 0:
            return
        block = self.editor.document().findBlockByLineNumber(problem.line - 1)
        cursor = QTextCursor(block)
        cursor.movePosition(QTextCursor.MoveOperation.Right, n=max(0, problem.column - 1))
        self.editor.setTextCursor(cursor)
        self.editor.centerCursor()
        self.editor.setFocus()
