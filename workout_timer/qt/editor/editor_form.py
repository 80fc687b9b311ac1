"""A page of fields bound to one part of the routine being edited, each with its message below it.

A field changes the document through the editor (one undoable edit per field, typing merged) and is
refreshed from the document after every change, so undo, redo and the fields never disagree.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QLineEdit, QPlainTextEdit, QVBoxLayout, QWidget

from workout_timer.domain.common.language import _
from workout_timer.domain.editing.draft import FieldPath, shown, typed, with_value
from workout_timer.qt.common.keyboard import label_field
from workout_timer.qt.common.theme.look import DESIGN_POINTS, sized
from workout_timer.qt.editor.inline_errors import error_label, show_messages
from workout_timer.qt.editor.routine_editor import RoutineEditor


@dataclass
class Binding:
    """One field: where its value lives (relative to the page), how to read and show it."""

    key: FieldPath
    widget: QWidget
    errors: QLabel
    read: Callable[[], Any]
    show: Callable[[Any], None]
    same: Callable[[Any], bool]
    """Whether the field already shows this value (then a field being typed in is left alone)."""


class UndoKeysToEditor(QObject):
    """Lets Ctrl+Z and Ctrl+Shift+Z reach the editor's undo history from inside a text field, which
    would otherwise keep them for its own, separate undo."""

    def eventFilter(self, _watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride:
            assert isinstance(event, QKeyEvent)
            if event.matches(QKeySequence.StandardKey.Undo) or event.matches(QKeySequence.StandardKey.Redo):
                return True  # not accepted: the window's Undo and Redo shortcuts take it
        return False


class FormPage(QWidget):
    """Fields for the part of the document at `base` (the routine, or one step). No signals: edits
    go straight to the editor."""

    def __init__(self, editor: RoutineEditor, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.editor = editor
        self.base: FieldPath = ()
        self.bindings: list[Binding] = []
        self.holders: dict[FieldPath, QWidget] = {}
        """Each field with its message line, by key: the row to show or hide."""
        self._undo_keys = UndoKeysToEditor(self)
        self.heading = QLabel(title)
        sized(self.heading, DESIGN_POINTS * 1.5, bold=True)
        self.heading.setWordWrap(True)
        self.problems = error_label()
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(16, 12, 16, 12)
        self.layout_.addWidget(self.heading)
        self.layout_.addWidget(self.problems)
        self.layout_.addLayout(self.form)

    # -- building ----------------------------------------------------------------------------

    def line(self, label: str, key: FieldPath, placeholder: str = "", number: bool = True) -> QLineEdit:
        """A one-line field; numbers and times are read as a file would read them."""
        edit = QLineEdit()
        read: Callable[[], Any] = (lambda: typed(edit.text())) if number else edit.text

        def same(value: Any) -> bool:
            return read() == value or (value is None and not edit.text().strip())

        return self._line(edit, label, key, placeholder, read, lambda value: edit.setText(shown(value)), same)

    def words(self, label: str, key: FieldPath, placeholder: str) -> QLineEdit:
        """A list of short words typed with commas: "mat, wall"."""
        edit = QLineEdit()

        def read() -> list[str]:
            return [word.strip() for word in edit.text().split(",") if word.strip()]

        def show(value: Any) -> None:
            edit.setText(", ".join(str(v) for v in value) if isinstance(value, list) else shown(value))

        return self._line(edit, label, key, placeholder, read, show, lambda value: read() == (value or []))

    def _line(
        self,
        edit: QLineEdit,
        label: str,
        key: FieldPath,
        placeholder: str,
        read: Callable[[], Any],
        show: Callable[[Any], None],
        same: Callable[[Any], bool],
    ) -> QLineEdit:
        edit.setPlaceholderText(placeholder)
        self._bind(label, key, edit, read, show, same)
        edit.textEdited.connect(lambda _text: self.changed(key, read(), label, merge=True))
        edit.editingFinished.connect(self.editor.seal)
        return edit

    def text(self, label: str, key: FieldPath, placeholder: str) -> QPlainTextEdit:
        box = QPlainTextEdit()
        box.setPlaceholderText(placeholder)
        box.setTabChangesFocus(True)
        box.setUndoRedoEnabled(False)
        box.setMaximumHeight(90)

        def show(value: Any) -> None:
            box.setPlainText(shown(value))

        self._bind(label, key, box, box.toPlainText, show, lambda value: box.toPlainText() == shown(value))
        box.textChanged.connect(lambda: self._on_text_changed(box, key, label))
        return box

    def choice(
        self,
        label: str,
        key: FieldPath,
        options: list[tuple[str, Any]],
        other: Callable[[Any], str] | None = None,
    ) -> QComboBox:
        """A choice among `options`; with `other`, a value the file has that none of them is (a time written
        by hand, say) is shown as a choice of its own, in `other`'s words, rather than as the first."""
        combo = QComboBox()
        for text, value in options:
            combo.addItem(text, value)

        def show(value: Any) -> None:
            if other is not None and value is not None and combo.findData(value) < 0:
                combo.addItem(other(value), value)
            combo.setCurrentIndex(max(0, combo.findData(value)))

        self._bind(label, key, combo, combo.currentData, show, lambda value: combo.currentData() == value)
        combo.activated.connect(lambda _index: self.changed(key, combo.currentData(), label))
        return combo

    def row(self, label: str, widget: QWidget, field: QWidget | None = None) -> None:
        """A row of `widget` under `label`, the label bound to `field` (the widget itself unless given)."""
        self.form.addRow(label_field(label, field or widget) if label else QLabel(), widget)

    # -- using -----------------------------------------------------------------------------

    def changed(self, key: FieldPath, value: Any, label: str, merge: bool = False) -> None:
        path = (*self.base, *key)
        if self.editor.value(path) == value or (value in ("", [], None) and self.editor.value(path) is None):
            return
        # Translators: a change in the editor's undo history; {field} is the field's name ("Rest after").
        text = _("Change “{field}”").format(field=label or key[-1])
        self.editor.edit(text, with_value(self.editor.document, path, value), merge=path if merge else None)

    def refresh(self) -> None:
        """Show the document's values and the loader's messages for this page."""
        check = self.editor.shown
        placed: set[str] = set()
        for binding in self.bindings:
            value = self.editor.value((*self.base, *binding.key))
            if not binding.same(value):  # a field being typed in already shows its value
                binding.widget.blockSignals(True)
                binding.show(value)
                binding.widget.blockSignals(False)
            messages = check.within((*self.base, *binding.key))
            placed.update(messages)
            show_messages(binding.errors, messages, binding.widget)
        rest = tuple(m for m in self.own_problems() if m not in placed)
        show_messages(self.problems, rest)

    def own_problems(self) -> tuple[str, ...]:
        """Messages about this page's part of the document that no field shows."""
        return self.editor.shown.within(self.base)

    def _bind(
        self,
        label: str,
        key: FieldPath,
        widget: QWidget,
        read: Callable[[], Any],
        show: Callable[[Any], None],
        same: Callable[[Any], bool],
    ) -> None:
        errors = error_label()
        holder = QWidget()
        column = QVBoxLayout(holder)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(widget)
        column.addWidget(errors)
        self.form.addRow(label_field(label, widget) if label else QLabel(), holder)  # the field named, not its holder
        self.holders[key] = holder
        widget.installEventFilter(self._undo_keys)
        self.bindings.append(Binding(key, widget, errors, read, show, same))

    def _on_text_changed(self, box: QPlainTextEdit, key: FieldPath, label: str) -> None:
        self.changed(key, box.toPlainText(), label, merge=True)
