"""The editor's right-hand column: the session the routine makes, its length and every segment,
following each change."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QFrame, QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from workout_timer.domain.common.failures import with_note
from workout_timer.domain.common.language import _
from workout_timer.domain.editing.draft import no_steps
from workout_timer.domain.routines.durations import duration_text, format_clock, length_text
from workout_timer.domain.routines.routine import Routine
from workout_timer.domain.routines.timeline import build_timeline
from workout_timer.domain.session.player_text import segment_label
from workout_timer.qt.common.theme.look import DESIGN_POINTS, Look, follow, look, sized
from workout_timer.qt.editor.editor_pages import section
from workout_timer.qt.editor.routine_editor import RoutineEditor


class SessionColumn(QWidget):
    """The total and each segment of the latest version of the routine that loads. No signals:
    the editor view calls `refresh` after each change."""

    def __init__(self, editor: RoutineEditor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.editor = editor
        self._shown_routine: Routine | None = None
        self.total = QLabel()
        sized(self.total, DESIGN_POINTS * 1.6, bold=True)
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.timeline = QListWidget()
        self.timeline.setAccessibleName(_("The session, step by step"))
        self.timeline.setFrameShape(QFrame.Shape.NoFrame)
        self.timeline.setWordWrap(True)
        self.timeline.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        column = QVBoxLayout(self)
        column.setContentsMargins(8, 0, 16, 12)
        column.addWidget(section(_("The session")))
        column.addWidget(self.total)
        column.addWidget(self.note)
        column.addWidget(self.timeline, 1)
        follow(self, self._on_look)

    def _on_look(self, _new: Look) -> None:
        """The segments in the new palette's colours."""
        self._shown_routine = None
        self.refresh()

    def refresh(self) -> None:
        routine = self.editor.check.routine or self.editor.last_good
        self.note.setVisible(self.editor.check.routine is None)
        self.note.setText(
            _("Add a first step with + Exercise… on the left: the session shows here as you build it.")
            if no_steps(self.editor.document)
            else _("Fix the marked fields and the session below will follow.")
        )
        if routine is self._shown_routine and routine is not None:
            return  # typing in a field that is still wrong: the same session as before
        self._shown_routine = routine
        self.timeline.clear()
        if routine is None:
            self.total.setText("—")
            return
        timeline = build_timeline(routine)
        self.total.setText(length_text(timeline.total, timeline.is_estimate))
        for segment, offset in zip(timeline.segments, timeline.offsets, strict=True):
            # Translators: how long a step at the runner's own pace lasts: until they press Done.
            length = duration_text(segment.estimate) if not segment.waits else _("until Done")
            # A step's note follows its line as a sentence of its own, as in the list of steps beside it.
            line = f"{format_clock(offset)}   {segment_label(replace(segment, note=None))}  ·  {length}"
            item = QListWidgetItem(with_note(line, segment.note))
            item.setForeground(QColor(look().palette.ink(segment.phase)))
            self.timeline.addItem(item)
