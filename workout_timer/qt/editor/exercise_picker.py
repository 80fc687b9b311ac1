"""Choosing an exercise for a step: the catalogue and the routine's own, searchable, each explained."""

from __future__ import annotations

from collections.abc import Mapping
from html import escape

from PySide6.QtCore import QEvent, QObject, QSize, Qt
from PySide6.QtGui import QIcon, QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from workout_timer.domain.common.language import _, ngettext
from workout_timer.domain.editing.field_words import kind_word
from workout_timer.domain.routines.durations import duration_text
from workout_timer.domain.routines.routine import FALLBACK_TEMPO, Exercise
from workout_timer.qt.common.pose_figure import PoseFigure, pose_pixmap

ID_ROLE = Qt.ItemDataRole.UserRole
ICON_SIZE = QSize(54, 36)


def exercise_html(exercise: Exercise) -> str:
    """What an exercise is and how to do it, for the picker and the editor."""
    facts = [kind_word(exercise.kind)]
    if exercise.duration is not None:
        facts.append(_("usually {time}").format(time=duration_text(exercise.duration)))
    if exercise.reps is not None:
        facts.append(ngettext("usually {n} rep", "usually {n} reps", exercise.reps).format(n=exercise.reps))
    if exercise.sided:
        facts.append(_("one side at a time"))
    if exercise.equipment:
        # Translators: what an exercise needs: {equipment} is a list of things ("mat, wall").
        facts.append(_("needs {equipment}").format(equipment=", ".join(exercise.equipment)))
    parts = [f"<h2>{escape(exercise.name)}</h2><p><i>{escape(' · '.join(facts))}</i></p>"]
    if exercise.description:
        parts.append(f"<p>{escape(exercise.description)}</p>")
    parts.append("<ol>" + "".join(f"<li>{escape(line)}</li>" for line in exercise.instructions) + "</ol>")
    if exercise.cues:
        said = escape(_("Said while you do it:"))
        parts.append(f"<p><b>{said}</b> " + escape(" · ".join(exercise.cues)) + "</p>")
    if exercise.mistakes:
        items = "".join(f"<li>{escape(line)}</li>" for line in exercise.mistakes)
        parts.append(f"<p><b>{escape(_('Common mistakes:'))}</b></p><ul>{items}</ul>")
    if exercise.caution:
        parts.append(f"<p><b>{escape(_('Take care:'))}</b> {escape(exercise.caution)}</p>")
    return "".join(parts)


class ExercisePicker(QDialog):
    """A modal list of exercises with a search field; Enter or a double-click takes the chosen one.

    No signals: `choose` returns the id, or None when the user cancels.
    """

    def __init__(self, exercises: Mapping[str, Exercise], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(_("Add an exercise"))
        self.resize(860, 540)
        self._exercises = exercises
        self.search = QLineEdit()
        self.search.setPlaceholderText(_("Search by name, kind or body part"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(_("Search exercises"))
        self.list = QListWidget()
        self.list.setAccessibleName(_("Exercises"))
        self.list.setMinimumWidth(280)
        self.list.setIconSize(ICON_SIZE)
        ink = self.list.palette().text().color()
        ratio = self.devicePixelRatioF()
        for exercise_id, exercise in sorted(exercises.items(), key=lambda item: (item[1].kind, item[1].name)):
            item = QListWidgetItem(f"{exercise.name}   ·   {kind_word(exercise.kind)}")
            item.setData(ID_ROLE, exercise_id)
            if exercise.pose is not None:
                item.setIcon(QIcon(pose_pixmap(exercise.pose, ICON_SIZE, ink, ratio)))
            self.list.addItem(item)
        self.figure = PoseFigure()
        self.figure.setMinimumHeight(170)
        self.details = QTextBrowser()
        self.details.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(_("Add"))
        about = QVBoxLayout()
        about.addWidget(self.figure, 2)
        about.addWidget(self.details, 3)
        row = QHBoxLayout()
        row.addWidget(self.list, 2)
        row.addLayout(about, 3)
        layout = QVBoxLayout(self)
        layout.addWidget(self.search)
        layout.addLayout(row, 1)
        layout.addWidget(buttons)

        self.search.textChanged.connect(self._on_search_changed)
        self.search.installEventFilter(self)
        self.list.currentItemChanged.connect(self._on_current_changed)
        self.list.itemActivated.connect(self._on_item_activated)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.list.setCurrentRow(0)
        self.search.setFocus()

    def chosen(self) -> str | None:
        item = self.list.currentItem()
        return item.data(ID_ROLE) if item is not None and not item.isHidden() else None

    def choose(self) -> str | None:
        return self.chosen() if self.exec() == QDialog.DialogCode.Accepted else None

    def _on_search_changed(self, text: str) -> None:
        words = text.lower().split()
        first = None
        for row in range(self.list.count()):
            item = self.list.item(row)
            exercise = self._exercises[item.data(ID_ROLE)]
            haystack = " ".join(
                [exercise.name, exercise.kind.value, exercise.description or "", *exercise.instructions]
            ).lower()
            hidden = not all(word in haystack for word in words)
            item.setHidden(hidden)
            if not hidden and first is None:
                first = item
        current = self.list.currentItem()
        if (current is None or current.isHidden()) and first is not None:
            self.list.setCurrentItem(first)
        self.ok.setEnabled(first is not None)
        if first is None:
            self.figure.setVisible(False)
            self.details.setHtml(f"<p>{escape(_('No exercise matches. Try another word, or make your own.'))}</p>")

    def _on_current_changed(self, current: QListWidgetItem | None, _previous: QListWidgetItem | None) -> None:
        if current is not None and not current.isHidden():
            exercise = self._exercises[current.data(ID_ROLE)]
            self.details.setHtml(exercise_html(exercise))
            self._show_figure(exercise)

    def _show_figure(self, exercise: Exercise) -> None:
        """The exercise moving at its usual pace (reps at the routine's fallback tempo)."""
        self.figure.setVisible(exercise.pose is not None)
        self.figure.show_pose(exercise.pose, tempo=FALLBACK_TEMPO if exercise.reps is not None else None)
        self.figure.follow(0.0, running=True)

    def _on_item_activated(self, _item: QListWidgetItem) -> None:
        self.accept()

    def accept(self) -> None:
        if self.chosen() is not None:
            super().accept()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Up and Down in the search field move through the list."""
        if watched is self.search and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Up, Qt.Key.Key_PageDown, Qt.Key.Key_PageUp):
                self.list.keyPressEvent(event)
                return True
        return super().eventFilter(watched, event)
