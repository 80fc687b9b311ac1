"""The editor's left-hand column: the routine's steps as a tree, and the buttons and keys that add,
move and remove them. What each does to the routine is the domain's (`step_edits`); this shows the
steps, asks which exercise, and makes each change one undoable edit."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QToolButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from workout_timer.domain.common.language import _
from workout_timer.domain.editing.draft import FieldPath, no_steps, nudge, with_step_moved, with_value
from workout_timer.domain.editing.step_edits import (
    NEW_CIRCUIT,
    NEW_REST,
    known_exercises,
    new_step_for,
    own_exercises,
    with_new_step,
    with_own_exercise,
    with_step_removed,
)
from workout_timer.qt.common.keyboard import PlainButton
from workout_timer.qt.common.theme.look import sized, styled
from workout_timer.qt.editor.editor_pages import section
from workout_timer.qt.editor.routine_editor import RoutineEditor
from workout_timer.qt.editor.steps_model import StepsModel


def shortcut(
    keys: str,
    slot: Callable[[], Any],
    widget: QWidget,
    context: Qt.ShortcutContext = Qt.ShortcutContext.WidgetWithChildrenShortcut,
) -> None:
    """A shortcut of the editor: a window-wide one works only while the editor is the page shown (Qt
    ignores shortcuts of hidden widgets)."""
    made = QShortcut(QKeySequence(keys), widget)
    made.setContext(context)
    made.activated.connect(slot)


class StepsColumn(QWidget):
    """The list of steps (`tree`, over `model`) with its buttons. No signals: every change goes to the
    editor, and the list follows the model's reset after it."""

    def __init__(self, editor: RoutineEditor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.editor = editor
        self.model = StepsModel(editor, self)
        self.tree = QTreeView()
        self.tree.setModel(self.model)
        self.tree.setHeaderHidden(True)
        self.tree.setAccessibleName(_("Steps"))
        self.tree.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.tree.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.tree.setDropIndicatorShown(True)
        self.tree.setExpandsOnDoubleClick(False)
        self.tree.setFrameShape(QFrame.Shape.NoFrame)
        sized(self.tree, 12)
        self.tree.setStyleSheet("QTreeView::item { padding: 5px 2px; }")
        self.no_steps = QLabel()
        """What to do while the routine has no steps yet (not a mistake: a file's "`steps` must not be empty")."""
        self.no_steps.setWordWrap(True)
        styled(self.no_steps, lambda look: f"color: {look.palette.muted};")
        self._buttons()
        column = QVBoxLayout(self)
        column.setContentsMargins(16, 0, 8, 12)
        column.addWidget(section(_("Steps")))
        column.addWidget(self.tree, 1)
        column.addWidget(self.no_steps)
        column.addLayout(self._adds)
        column.addLayout(self._moves)

        self.add_exercise.clicked.connect(self.add_from_catalogue)
        self.add_own.clicked.connect(self._on_add_own)
        self.add_rest.clicked.connect(self._on_add_rest)
        self.add_circuit.clicked.connect(self._on_add_circuit)
        self.remove_button.clicked.connect(self._on_remove)
        self.up_button.clicked.connect(self._on_move_up)
        self.down_button.clicked.connect(self._on_move_down)
        self.model.moveRequested.connect(self._on_move_requested)
        self.model.modelReset.connect(self._on_model_reset)
        shortcut("Ctrl+Up", self._on_move_up, self.tree)
        shortcut("Ctrl+Down", self._on_move_down, self.tree)
        shortcut("Delete", self._on_remove, self.tree)
        self.tree.expandAll()
        self._show_no_steps()

    def _buttons(self) -> None:
        """The buttons that add steps (two by two), and those that move and remove the chosen one."""
        self.add_exercise = PlainButton(_("+ Exercise…"), name=_("Add an exercise…"))
        self.add_exercise.setToolTip(_("Add an exercise from the catalogue (Ctrl+Shift+A)"))
        self.add_own = PlainButton(_("+ Own…"), name=_("Add your own exercise…"))
        self.add_own.setToolTip(_("Make an exercise of your own for this routine"))
        self.add_rest = PlainButton(_("+ Rest"), name=_("Add a rest"))
        self.add_circuit = PlainButton(_("+ Circuit"), name=_("Add a circuit"))
        self.add_circuit.setToolTip(_("Steps repeated for a number of rounds: choose it, then add steps into it"))
        self.remove_button = QToolButton()
        self.remove_button.setText(_("Remove"))
        self.remove_button.setToolTip(_("Remove the chosen step (Delete)"))
        self.up_button, self.down_button = QToolButton(), QToolButton()
        self.up_button.setText("↑")
        self.up_button.setAccessibleName(_("Move up"))
        self.up_button.setToolTip(_("Move up (Ctrl+Up)"))
        self.down_button.setText("↓")
        self.down_button.setAccessibleName(_("Move down"))
        self.down_button.setToolTip(_("Move down (Ctrl+Down)"))
        self._adds = QGridLayout()
        button: QPushButton | QToolButton
        for number, button in enumerate((self.add_exercise, self.add_own, self.add_rest, self.add_circuit)):
            styled(button, lambda look: f"padding: 5px 8px; font-size: {look.pt(10.5)};")
            self._adds.addWidget(button, number // 2, number % 2)
        self._moves = QHBoxLayout()
        self.drag_hint = QLabel(_("Drag to move, or"))
        self.drag_hint.setWordWrap(True)  # on two lines rather than a column too wide for the window with larger text
        self._moves.addWidget(self.drag_hint)
        for button in (self.up_button, self.down_button):
            self._moves.addWidget(button)
        self._moves.addStretch(1)
        self._moves.addWidget(self.remove_button)

    # -- what the editor view calls --------------------------------------------------------------

    def select(self, path: FieldPath | None) -> None:
        """Choose a step (or the routine, for None) in the list."""
        index = self.model.index_of(path)
        if not index.isValid():
            index = self.model.index_of(None)
        self.tree.selectionModel().setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        self.tree.scrollTo(index)

    def current_path(self) -> FieldPath | None:
        path = self.model.path_of(self.tree.currentIndex())
        return path or None

    def show_chosen(self, path: FieldPath | None) -> None:
        """Moving and removing are for a step, not for the routine's own row."""
        for button in (self.up_button, self.down_button, self.remove_button):
            button.setEnabled(path is not None)

    def add_from_catalogue(self) -> None:
        chosen = self.pick_exercise()
        if chosen is not None:
            exercise = known_exercises(self.editor.catalogue, self.editor.document).get(chosen)
            self._insert(
                new_step_for(chosen, exercise), _("Add {exercise}").format(exercise=self.editor.exercise_name(chosen))
            )

    def change_exercise(self) -> None:
        """Another exercise for the chosen step, its amounts kept."""
        path = self.current_path()
        chosen = self.pick_exercise()
        if path is None or chosen is None:
            return
        name = self.editor.exercise_name(chosen)
        self.editor.edit(
            _("Change to {exercise}").format(exercise=name),
            with_value(self.editor.document, (*path, "exercise"), chosen),
        )

    def edit_own(self) -> None:
        """Change the routine's own exercise that the chosen step does."""
        from workout_timer.qt.editor.exercise_dialog import ExerciseDialog

        path = self.current_path()
        exercise_id = str(self.editor.value((*path, "exercise"))) if path else ""
        data = self.editor.own_exercises().get(exercise_id)
        if not isinstance(data, dict):
            return
        changed = ExerciseDialog(exercise_id, data, self).ask()
        if changed is not None:
            document = with_value(self.editor.document, ("exercises", exercise_id), changed)
            self.editor.edit(_("Change {exercise}").format(exercise=changed["name"]), document)

    def pick_exercise(self) -> str | None:
        from workout_timer.qt.editor.exercise_picker import ExercisePicker

        return ExercisePicker(known_exercises(self.editor.catalogue, self.editor.document), self).choose()

    # -- inside ------------------------------------------------------------------------------------

    def _insert(self, step: dict[str, Any], text: str, document: dict[str, Any] | None = None) -> None:
        base = self.editor.document if document is None else document
        changed, where = with_new_step(base, self.current_path(), step)
        self.editor.edit(text, changed, focus=where)

    def _on_add_own(self) -> None:
        from workout_timer.qt.editor.exercise_dialog import ExerciseDialog

        data = ExerciseDialog("new-exercise", parent=self).ask()
        if data is None:
            return
        taken = [*self.editor.catalogue, *own_exercises(self.editor.document)]
        document, step = with_own_exercise(self.editor.document, data, taken)
        self._insert(step, _("Add {exercise}").format(exercise=data["name"]), document)

    def _on_add_rest(self) -> None:
        self._insert(dict(NEW_REST), _("Add a rest"))

    def _on_add_circuit(self) -> None:
        self._insert(NEW_CIRCUIT, _("Add a circuit"))

    def _on_remove(self) -> None:
        path = self.current_path()
        if path is not None:
            after, focus = with_step_removed(self.editor.document, path)
            self.editor.edit(_("Remove a step"), after, focus=focus)

    def _on_move_up(self) -> None:
        self._nudge(-1)

    def _on_move_down(self) -> None:
        self._nudge(+1)

    def _nudge(self, delta: int) -> None:
        path = self.current_path()
        if path is None:
            return
        moved, where = nudge(self.editor.document, path, delta)
        self.editor.edit(_("Move a step"), moved, focus=where)

    def _on_move_requested(self, path: FieldPath, container: FieldPath, index: int) -> None:
        moved, where = with_step_moved(self.editor.document, tuple(path), tuple(container), index)
        self.editor.focus = tuple(path)
        self.editor.edit(_("Move a step"), moved, focus=where)

    def _on_model_reset(self) -> None:
        self.tree.expandAll()
        self.select(self.editor.focus)  # a reset forgets the chosen row; a save must not move it
        self._show_no_steps()

    def _show_no_steps(self) -> None:
        """Under the list, while there are no steps: how to add one (and a screen reader hears it in the list)."""
        words = _("No steps yet: add one with the buttons below.") if no_steps(self.editor.document) else ""
        self.no_steps.setText(words)
        self.no_steps.setVisible(bool(words))
        self.tree.setAccessibleDescription(words)
