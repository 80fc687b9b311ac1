"""The routine editor: the steps on the left, the chosen one's fields in the middle, the session
it makes on the right, all kept in step with one document and its undo history."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSplitter,
    QStackedWidget,
    QToolButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from workout_timer.domain.editing.draft import (
    TOP,
    FieldPath,
    nudge,
    with_step_inserted,
    with_step_moved,
    with_value,
    without_step,
)
from workout_timer.domain.routines.durations import format_duration
from workout_timer.qt.common.text_page import FORM_STYLE
from workout_timer.qt.editor.editor_form import FormPage
from workout_timer.qt.editor.editor_pages import (
    STANDARD_LENGTH,
    CircuitPage,
    ExercisePage,
    RestPage,
    RoutinePage,
    section,
)
from workout_timer.qt.editor.editor_session import SessionColumn
from workout_timer.qt.editor.elided_label import ElidedLabel
from workout_timer.qt.editor.routine_editor import RoutineEditor
from workout_timer.qt.editor.steps_model import StepsModel

NEW_REST = {"rest": "30s"}


class EditorView(QWidget):
    """Edits one routine. It changes only the document; saving, trying and leaving are the window's.

    Signals:
        backRequested: "← Routines" or Esc in the list of steps.
        saveRequested: Save or Ctrl+S.
        tryRequested: "Try it": start the routine as it stands, unsaved.
        textRequested: "Open as text", to edit the file itself.
    """

    backRequested = Signal()
    saveRequested = Signal()
    tryRequested = Signal()
    textRequested = Signal()

    def __init__(self, editor: RoutineEditor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.editor = editor
        self.setStyleSheet(FORM_STYLE)
        self.model = StepsModel(editor, self)

        self.back_button = QPushButton("←  Routines")
        self.title = ElidedLabel()  # a long name is cut short with "…", whole in its tooltip
        title_font = self.title.font()
        title_font.setPointSizeF(title_font.pointSizeF() * 1.4)
        title_font.setBold(True)
        self.title.setFont(title_font)
        self.state = ElidedLabel()  # under the name, so a long name never hides it
        self.state.setStyleSheet("color: palette(dark);")
        stack = editor.undo_stack
        self.undo_action = QAction("↶ Undo", self)  # short names: what they undo is in the tooltip
        self.undo_action.setShortcuts([QKeySequence(QKeySequence.StandardKey.Undo)])
        self.undo_action.triggered.connect(stack.undo)
        self.redo_action = QAction("↷ Redo", self)
        redo_keys = [QKeySequence("Ctrl+Shift+Z")]  # the platform's Redo too, each key once (twice is ambiguous)
        redo_keys += [k for k in QKeySequence.keyBindings(QKeySequence.StandardKey.Redo) if k not in redo_keys]
        self.redo_action.setShortcuts(redo_keys)
        self.redo_action.triggered.connect(stack.redo)
        stack.canUndoChanged.connect(self.undo_action.setEnabled)
        stack.canRedoChanged.connect(self.redo_action.setEnabled)
        stack.undoTextChanged.connect(self._on_undo_text_changed)
        stack.redoTextChanged.connect(self._on_redo_text_changed)
        self.undo_action.setEnabled(False)
        self.redo_action.setEnabled(False)
        for action in (self.undo_action, self.redo_action):
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)  # only while the editor shows
            self.addAction(action)
        self.undo_button, self.redo_button = QToolButton(), QToolButton()
        self.undo_button.setDefaultAction(self.undo_action)
        self.redo_button.setDefaultAction(self.redo_action)
        self.text_button = QPushButton("Open as text")
        self.text_button.setToolTip("Edit the routine's YAML file itself")
        self.try_button = QPushButton("▶  Try it")
        self.try_button.setToolTip("Start the routine as it is now, without saving it")
        self.save_button = QPushButton("Save  (Ctrl+S)")
        self.save_button.setObjectName("mainButton")
        widget: QWidget
        top = QHBoxLayout()
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

        self.tree = QTreeView()
        self.tree.setModel(self.model)
        self.tree.setHeaderHidden(True)
        self.tree.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.tree.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.tree.setDropIndicatorShown(True)
        self.tree.setExpandsOnDoubleClick(False)
        self.tree.setFrameShape(QFrame.Shape.NoFrame)
        tree_font = self.tree.font()
        tree_font.setPointSizeF(12)
        self.tree.setFont(tree_font)
        self.tree.setStyleSheet("QTreeView::item { padding: 5px 2px; }")
        self.add_exercise = QPushButton("+ Exercise…")
        self.add_exercise.setToolTip("Add an exercise from the catalogue (Ctrl+Shift+A)")
        self.add_own = QPushButton("+ Own…")
        self.add_own.setToolTip("Make an exercise of your own for this routine")
        self.add_rest = QPushButton("+ Rest")
        self.add_circuit = QPushButton("+ Circuit")
        self.add_circuit.setToolTip("Steps repeated for a number of rounds: choose it, then add steps into it")
        self.remove_button = QToolButton()
        self.remove_button.setText("Remove")
        self.remove_button.setToolTip("Remove the chosen step (Delete)")
        self.up_button, self.down_button = QToolButton(), QToolButton()
        self.up_button.setText("↑")
        self.up_button.setToolTip("Move up (Ctrl+Up)")
        self.down_button.setText("↓")
        self.down_button.setToolTip("Move down (Ctrl+Down)")
        adds = QGridLayout()
        button: QPushButton | QToolButton
        for number, button in enumerate((self.add_exercise, self.add_own, self.add_rest, self.add_circuit)):
            button.setStyleSheet("padding: 5px 8px; font-size: 10.5pt;")
            adds.addWidget(button, number // 2, number % 2)
        moves = QHBoxLayout()
        moves.addWidget(QLabel("Drag to move, or"))
        for button in (self.up_button, self.down_button):
            moves.addWidget(button)
        moves.addStretch(1)
        moves.addWidget(self.remove_button)
        left = QWidget()
        steps_column = QVBoxLayout(left)
        steps_column.setContentsMargins(16, 0, 8, 12)
        steps_column.addWidget(section("Steps"))
        steps_column.addWidget(self.tree, 1)
        steps_column.addLayout(adds)
        steps_column.addLayout(moves)

        self.routine_page = RoutinePage(editor)
        self.exercise_page = ExercisePage(editor)
        self.rest_page = RestPage(editor)
        self.circuit_page = CircuitPage(editor)
        self.pages = QStackedWidget()
        for page in (self.routine_page, self.exercise_page, self.rest_page, self.circuit_page):
            self.pages.addWidget(page)
        scroll = QScrollArea()
        scroll.setWidget(self.pages)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setMinimumWidth(360)

        self.session = SessionColumn(editor)

        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(scroll)
        splitter.addWidget(self.session)
        splitter.setStretchFactor(0, 4)
        splitter.setStretchFactor(1, 5)
        splitter.setStretchFactor(2, 3)
        splitter.setSizes([420, 520, 300])
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)

        self.back_button.clicked.connect(self.backRequested.emit)
        self.save_button.clicked.connect(self.saveRequested.emit)
        self.try_button.clicked.connect(self.tryRequested.emit)
        self.text_button.clicked.connect(self.textRequested.emit)
        self.add_exercise.clicked.connect(self._on_add_exercise)
        self.add_own.clicked.connect(self._on_add_own)
        self.add_rest.clicked.connect(self._on_add_rest)
        self.add_circuit.clicked.connect(self._on_add_circuit)
        self.remove_button.clicked.connect(self._on_remove)
        self.up_button.clicked.connect(self._on_move_up)
        self.down_button.clicked.connect(self._on_move_down)
        self.exercise_page.change_button.clicked.connect(self._on_change_exercise)
        self.exercise_page.own_button.clicked.connect(self._on_edit_own)
        self.model.moveRequested.connect(self._on_move_requested)
        self.model.modelReset.connect(self._on_model_reset)
        self.tree.selectionModel().currentChanged.connect(self._on_current_changed)
        editor.changed.connect(self._on_changed)
        editor.focusWanted.connect(self._on_focus_wanted)
        self._shortcut("Ctrl+S", self.saveRequested.emit, context=Qt.ShortcutContext.WindowShortcut)
        self._shortcut("Ctrl+Shift+A", self._on_add_exercise, context=Qt.ShortcutContext.WindowShortcut)
        self._shortcut("Ctrl+Up", self._on_move_up, self.tree)
        self._shortcut("Ctrl+Down", self._on_move_down, self.tree)
        self._shortcut("Delete", self._on_remove, self.tree)
        self._shortcut("Escape", self.backRequested.emit, self.tree)
        self._shortcut("Escape", self.tree.setFocus, self.pages)  # in a field: back to the list first

        self.tree.expandAll()
        self.select(None)
        self._on_changed()

    # -- what the window calls ---------------------------------------------------------------

    def select(self, path: FieldPath | None) -> None:
        """Show a step (or the routine, for None) in the list and its fields in the middle."""
        index = self.model.index_of(path)
        if not index.isValid():
            index = self.model.index_of(None)
        self.tree.selectionModel().setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        self.tree.scrollTo(index)

    def current_path(self) -> FieldPath | None:
        path = self.model.path_of(self.tree.currentIndex())
        return path or None

    def focus_steps(self) -> None:
        self.tree.setFocus()

    # -- building steps -------------------------------------------------------------------

    def insertion_place(self) -> tuple[FieldPath, int]:
        """Where a new step goes: into the chosen circuit, else after the chosen step, else last."""
        path = self.current_path()
        if path is None:
            return TOP, len(self.editor.document.get("steps") or [])
        step = self.editor.value(path) or {}
        if "circuit" in step:
            inner = (*path, "circuit", "steps")
            return inner, len(self.editor.value(inner) or [])
        *container, index = path
        return tuple(container), int(index) + 1

    def insert(self, step: dict[str, Any], text: str, document: dict[str, Any] | None = None) -> None:
        container, index = self.insertion_place()
        base = self.editor.document if document is None else document
        self.editor.edit(text, with_step_inserted(base, container, index, step), focus=(*container, index))

    def known_exercises(self) -> dict[str, Any]:
        """The catalogue and the routine's own exercises, as the picker lists them."""
        from workout_timer.domain.editing.draft import check_exercises

        own, _ = check_exercises(self.editor.own_exercises(), "exercises")
        return {**self.editor.catalogue, **own}

    def pick_exercise(self) -> str | None:
        from workout_timer.qt.editor.exercise_picker import ExercisePicker

        return ExercisePicker(self.known_exercises(), self).choose()

    def new_step_for(self, exercise_id: str) -> dict[str, Any]:
        exercise = self.known_exercises().get(exercise_id)
        step: dict[str, Any] = {"exercise": exercise_id}  # with its usual amount, there to change
        if exercise is not None and exercise.reps is not None:
            step["reps"] = exercise.reps
        elif exercise is not None and exercise.duration is not None:
            step["duration"] = format_duration(exercise.duration)
        else:
            step["duration"] = STANDARD_LENGTH
        return step

    # -- slots -----------------------------------------------------------------------------

    def _on_add_exercise(self) -> None:
        chosen = self.pick_exercise()
        if chosen is not None:
            self.insert(self.new_step_for(chosen), f"Add {self.editor.exercise_name(chosen)}")

    def _on_add_own(self) -> None:
        from workout_timer.domain.routines.routine_files import free_id
        from workout_timer.qt.editor.exercise_dialog import ExerciseDialog

        taken = [*self.editor.catalogue, *self.editor.own_exercises()]
        dialog = ExerciseDialog("new-exercise", parent=self)
        data = dialog.ask()
        if data is None:
            return
        exercise_id = free_id(str(data["name"]), taken, "exercise")
        document = with_value(self.editor.document, ("exercises", exercise_id), data)
        step: dict[str, Any] = {"exercise": exercise_id}
        if "duration" not in data and "reps" not in data:
            step["duration"] = STANDARD_LENGTH
        self.insert(step, f"Add {data['name']}", document)

    def _on_add_rest(self) -> None:
        self.insert(dict(NEW_REST), "Add a rest")

    def _on_add_circuit(self) -> None:
        self.insert({"circuit": {"rounds": 2, "steps": []}}, "Add a circuit")

    def _on_remove(self) -> None:
        path = self.current_path()
        if path is None:
            return
        *container, index = path
        after = without_step(self.editor.document, path)
        left = self.editor.value(tuple(container)) or []
        focus: FieldPath | None = None
        if len(left) > 1:
            focus = (*container, min(int(index), len(left) - 2))
        elif len(container) > 1:
            focus = tuple(container[:-2])
        self.editor.edit("Remove a step", after, focus=focus)

    def _on_move_up(self) -> None:
        self._nudge(-1)

    def _on_move_down(self) -> None:
        self._nudge(+1)

    def _nudge(self, delta: int) -> None:
        path = self.current_path()
        if path is None:
            return
        moved, where = nudge(self.editor.document, path, delta)
        self.editor.edit("Move a step", moved, focus=where)

    def _on_move_requested(self, path: FieldPath, container: FieldPath, index: int) -> None:
        moved, where = with_step_moved(self.editor.document, tuple(path), tuple(container), index)
        self.editor.focus = tuple(path)
        self.editor.edit("Move a step", moved, focus=where)

    def _on_change_exercise(self) -> None:
        path = self.current_path()
        chosen = self.pick_exercise()
        if path is None or chosen is None:
            return
        name = self.editor.exercise_name(chosen)
        self.editor.edit(f"Change to {name}", with_value(self.editor.document, (*path, "exercise"), chosen))

    def _on_edit_own(self) -> None:
        from workout_timer.qt.editor.exercise_dialog import ExerciseDialog

        path = self.current_path()
        exercise_id = str(self.editor.value((*path, "exercise"))) if path else ""
        data = self.editor.own_exercises().get(exercise_id)
        if not isinstance(data, dict):
            return
        changed = ExerciseDialog(exercise_id, data, self).ask()
        if changed is not None:
            document = with_value(self.editor.document, ("exercises", exercise_id), changed)
            self.editor.edit(f"Change {changed['name']}", document)

    def _on_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        path = self.model.path_of(current) or None
        self.editor.focus = path
        self._show_page(path)

    def _on_undo_text_changed(self, text: str) -> None:
        self.undo_action.setToolTip(f"Undo: {text} (Ctrl+Z)" if text else "Nothing to undo")

    def _on_redo_text_changed(self, text: str) -> None:
        self.redo_action.setToolTip(f"Redo: {text} (Ctrl+Shift+Z)" if text else "Nothing to redo")

    def _on_model_reset(self) -> None:
        self.tree.expandAll()
        self.select(self.editor.focus)  # a reset forgets the chosen row; a save must not move it

    def _on_focus_wanted(self, _path: FieldPath | None) -> None:
        """The step itself is chosen again by the model's reset (`_on_model_reset`)."""
        focused = QApplication.focusWidget()
        if focused is None or not focused.isVisible():  # its field went with the page it was on
            self.tree.setFocus()

    def _on_changed(self) -> None:
        """The page of the step follows through the model's reset, which chooses the step again."""
        self.session.refresh()
        self.title.set_full_text(self.editor.name)
        self.state.set_full_text("Unsaved changes" if self.editor.dirty else "")
        self.state.setVisible(self.editor.dirty)  # else the name alone, centred beside the buttons
        ready = self.editor.check.routine is not None
        self.save_button.setEnabled(ready and (self.editor.dirty or self.editor.is_new))
        self.try_button.setEnabled(ready)
        tip = "" if ready else "Add a first step" if self.editor.untouched else "Fix the marked fields first"
        self.save_button.setToolTip(tip or "Ctrl+S")
        self.try_button.setToolTip(tip or "Start the routine as it is now, without saving it")

    # -- inside ------------------------------------------------------------------------------

    def _show_page(self, path: FieldPath | None) -> None:
        step = self.editor.value(path) if path else None
        page: FormPage = self.routine_page
        if isinstance(step, dict):
            page = (
                self.circuit_page if "circuit" in step else self.exercise_page if "exercise" in step else self.rest_page
            )
        page.base = path or ()
        page.refresh()
        for other in (self.routine_page, self.exercise_page, self.rest_page, self.circuit_page):
            ignored = QSizePolicy.Policy.Ignored  # the stack is as tall as the page shown, no taller
            other.setSizePolicy(
                QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred if other is page else ignored
            )
        self.pages.setCurrentWidget(page)
        self.up_button.setEnabled(path is not None)
        self.down_button.setEnabled(path is not None)
        self.remove_button.setEnabled(path is not None)

    def _shortcut(
        self,
        keys: str,
        slot: Any,
        widget: QWidget | None = None,
        context: Qt.ShortcutContext = Qt.ShortcutContext.WidgetWithChildrenShortcut,
    ) -> None:
        """A shortcut of the editor: a window-wide one works only while the editor is the page shown
        (Qt ignores shortcuts of hidden widgets)."""
        shortcut = QShortcut(QKeySequence(keys), widget or self)
        shortcut.setContext(context)
        shortcut.activated.connect(slot)
