"""The bar over the editor: back to the routines, the routine's name and whether it has unsaved changes,
Undo and Redo of the editor's history, and Open as text, Try it and Save."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QHBoxLayout, QToolButton, QVBoxLayout, QWidget

from workout_timer.domain.common.language import _
from workout_timer.qt.common.elided_label import ElidedLabel
from workout_timer.qt.common.keyboard import PlainButton
from workout_timer.qt.common.theme.look import DESIGN_POINTS, sized, styled
from workout_timer.qt.editor.routine_editor import RoutineEditor


class EditorHeader(QWidget):
    """Shows the editor's state (`refresh` after each change); Undo and Redo act on its history. No
    signals: the editor view forwards the buttons' clicks."""

    def __init__(self, editor: RoutineEditor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.editor = editor
        self.back_button = PlainButton(_("←  Routines"))
        self.title = ElidedLabel()  # a long name is cut short with "…", whole in its tooltip
        sized(self.title, DESIGN_POINTS * 1.4, bold=True)
        self.state = ElidedLabel()  # under the name, so a long name never hides it
        styled(self.state, lambda look: f"color: {look.palette.muted};")
        self._history_actions()
        self.text_button = PlainButton(_("Open as text"))
        self.text_button.setToolTip(_("Edit the routine's YAML file itself"))
        self.try_button = PlainButton(_("▶  Try it"))
        self.try_button.setToolTip(_("Start the routine as it is now, without saving it"))
        self.save_button = PlainButton(_("Save  (Ctrl+S)"))
        self.save_button.setObjectName("mainButton")

        top = QHBoxLayout(self)
        top.setContentsMargins(16, 10, 16, 6)
        top.addWidget(self.back_button)
        heading = QVBoxLayout()
        heading.setSpacing(0)
        heading.addStretch(1)
        heading.addWidget(self.title)
        heading.addWidget(self.state)
        heading.addStretch(1)
        top.addLayout(heading, 1)  # it gives way (cut short) before the buttons do
        for widget in (self.undo_button, self.redo_button, self.text_button, self.try_button, self.save_button):
            top.addWidget(widget)

    def _history_actions(self) -> None:
        """Undo and Redo, with their keys while the editor shows, and buttons for them."""
        stack = self.editor.undo_stack
        self.undo_action = QAction(_("↶ Undo"), self)  # short names: what they undo is in the tooltip
        self.undo_action.setShortcuts([QKeySequence(QKeySequence.StandardKey.Undo)])
        self.undo_action.triggered.connect(stack.undo)
        self.redo_action = QAction(_("↷ Redo"), self)
        redo_keys = [QKeySequence("Ctrl+Shift+Z")]  # the platform's Redo too, each key once (twice is ambiguous)
        redo_keys += [k for k in QKeySequence.keyBindings(QKeySequence.StandardKey.Redo) if k not in redo_keys]
        self.redo_action.setShortcuts(redo_keys)
        self.redo_action.triggered.connect(stack.redo)
        stack.canUndoChanged.connect(self.undo_action.setEnabled)
        stack.canRedoChanged.connect(self.redo_action.setEnabled)
        stack.undoTextChanged.connect(self._on_undo_text_changed)
        stack.redoTextChanged.connect(self._on_redo_text_changed)
        self.undo_action.setEnabled(stack.canUndo())  # (a header built again around a history: another language)
        self.redo_action.setEnabled(stack.canRedo())
        self._on_undo_text_changed(stack.undoText())
        self._on_redo_text_changed(stack.redoText())
        self.undo_button, self.redo_button = QToolButton(), QToolButton()
        self.undo_button.setDefaultAction(self.undo_action)
        self.redo_button.setDefaultAction(self.redo_action)
        self.undo_button.setAccessibleName(_("Undo"))  # without the arrow drawn before it
        self.redo_button.setAccessibleName(_("Redo"))

    def history_actions(self) -> tuple[QAction, QAction]:
        """Undo and Redo, for the editor view to take on (their keys work anywhere in it)."""
        for action in (self.undo_action, self.redo_action):
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)  # only while the editor shows
        return self.undo_action, self.redo_action

    def refresh(self) -> None:
        editor = self.editor
        self.title.set_full_text(editor.name)
        self.state.set_full_text(_("Unsaved changes") if editor.dirty else "")
        self.state.setVisible(editor.dirty)  # else the name alone, centred beside the buttons
        ready = editor.check.routine is not None
        self.save_button.setEnabled(ready and (editor.dirty or editor.is_new))
        self.try_button.setEnabled(ready)
        tip = "" if ready else _("Add a first step") if editor.untouched else _("Fix the marked fields first")
        # Translators: the key that saves, as your keyboards name it ("Strg+S").
        self.save_button.setToolTip(tip or _("Ctrl+S"))
        self.try_button.setToolTip(tip or _("Start the routine as it is now, without saving it"))

    def _on_undo_text_changed(self, text: str) -> None:
        # Translators: {what} is the change Undo takes back ("Add a rest"); Ctrl+Z the key, as your keyboards name it.
        self.undo_action.setToolTip(_("Undo: {what} (Ctrl+Z)").format(what=text) if text else _("Nothing to undo"))

    def _on_redo_text_changed(self, text: str) -> None:
        # Translators: {what} is the change Redo makes again ("Add a rest"); Ctrl+Shift+Z the key.
        self.redo_action.setToolTip(
            _("Redo: {what} (Ctrl+Shift+Z)").format(what=text) if text else _("Nothing to redo")
        )
