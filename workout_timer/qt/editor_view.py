"""The routine editor: the steps on the left, the chosen one's fields in the middle, the session
it makes on the right, all kept in step with one document and its undo history."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSplitter,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QToolButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from ..domain.draft import (
    TOP,
    FieldPath,
    nudge,
    shown,
    typed,
    with_step_inserted,
    with_step_moved,
    with_value,
    without_step,
)
from ..domain.durations import format_clock, format_duration
from ..domain.player_text import segment_label
from ..domain.routine import Defaults, Level, Routine
from ..domain.timeline import build_timeline
from .editor_form import FormPage
from .inline_errors import error_label, show_messages
from .routine_editor import RoutineEditor
from .steps_model import StepsModel
from .text_page import FORM_STYLE
from .theme import PHASE_COLOURS

SIDES = [
    ("As usual for the exercise", None),
    ("Both sides, left then right", "both"),
    ("Left side only", "left"),
    ("Right side only", "right"),
    ("No sides", "none"),
]
NEW_REST = {"rest": "30s"}
STANDARD_LENGTH = "30s"
"""What a new step of an exercise with no usual length of its own lasts."""


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
        self.title = QLabel()
        title_font = self.title.font()
        title_font.setPointSizeF(title_font.pointSizeF() * 1.4)
        title_font.setBold(True)
        self.title.setFont(title_font)
        self.title.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
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
        top.addWidget(self.title, 1)  # it gives way (cut short) before the buttons do
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
        steps_column.addWidget(_section("Steps"))
        steps_column.addWidget(self.tree, 1)
        steps_column.addLayout(adds)
        steps_column.addLayout(moves)

        self.routine_page = _RoutinePage(editor)
        self.exercise_page = _ExercisePage(editor)
        self.rest_page = _RestPage(editor)
        self.circuit_page = _CircuitPage(editor)
        self.pages = QStackedWidget()
        for page in (self.routine_page, self.exercise_page, self.rest_page, self.circuit_page):
            self.pages.addWidget(page)
        scroll = QScrollArea()
        scroll.setWidget(self.pages)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setMinimumWidth(360)

        self.total = QLabel()
        total_font = self.total.font()
        total_font.setPointSizeF(total_font.pointSizeF() * 1.6)
        total_font.setBold(True)
        self.total.setFont(total_font)
        self.total_note = QLabel("Fix the marked fields and the session below will follow.")
        self._shown_routine: Routine | None = None
        self.total_note.setWordWrap(True)
        self.timeline = QListWidget()
        self.timeline.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.timeline.setFrameShape(QFrame.Shape.NoFrame)
        self.timeline.setWordWrap(True)
        self.timeline.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        right = QWidget()
        session = QVBoxLayout(right)
        session.setContentsMargins(8, 0, 16, 12)
        session.addWidget(_section("The session"))
        session.addWidget(self.total)
        session.addWidget(self.total_note)
        session.addWidget(self.timeline, 1)

        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(scroll)
        splitter.addWidget(right)
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
        from ..domain.draft import check_exercises

        own, _ = check_exercises(self.editor.own_exercises(), "exercises")
        return {**self.editor.catalogue, **own}

    def pick_exercise(self) -> str | None:
        from .exercise_picker import ExercisePicker

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
        from ..domain.routine_files import free_id
        from .exercise_dialog import ExerciseDialog

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
        from .exercise_dialog import ExerciseDialog

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
        self._show_session()
        dirty = " · unsaved changes" if self.editor.dirty else ""
        self.title.setText(self.editor.name + dirty)
        self.title.setToolTip(self.title.text())
        ready = self.editor.check.routine is not None
        self.save_button.setEnabled(ready and (self.editor.dirty or self.editor.is_new))
        self.try_button.setEnabled(ready)
        tip = "" if ready else "Fix the marked fields first"
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

    def _show_session(self) -> None:
        """The total and every segment of the latest version that loads."""
        routine = self.editor.check.routine or self.editor.last_good
        self.total_note.setVisible(self.editor.check.routine is None)
        if routine is self._shown_routine and routine is not None:
            return  # typing in a field that is still wrong: the same session as before
        self._shown_routine = routine
        self.timeline.clear()
        if routine is None:
            self.total.setText("—")
            return
        timeline = build_timeline(routine)
        about = "about " if timeline.is_estimate else ""
        self.total.setText(f"{about}{format_clock(timeline.total)}")
        for segment, offset in zip(timeline.segments, timeline.offsets, strict=True):
            length = format_duration(segment.estimate) if not segment.waits else "until Done"
            item = QListWidgetItem(f"{format_clock(offset)}   {segment_label(segment)}  ·  {length}")
            item.setForeground(PHASE_COLOURS[segment.phase])
            self.timeline.addItem(item)

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


def _section(text: str) -> QLabel:
    label = QLabel(text.upper())
    font = label.font()
    font.setBold(True)
    font.setLetterSpacing(font.SpacingType.PercentageSpacing, 110)
    label.setFont(font)
    label.setStyleSheet("color: palette(dark); padding-top: 6px;")
    return label


class _RoutinePage(FormPage):
    """The routine as a whole: its name, what it is, and its timings."""

    def __init__(self, editor: RoutineEditor) -> None:
        super().__init__(editor, "About this routine")
        base = Defaults()
        self.name = self.line("Name", ("name",), "e.g. Morning core", number=False)
        self.text("Description", ("description",), "What it is for, in a sentence or two (optional)")
        levels: list[tuple[str, str | None]] = [("Not said", None)]
        levels += [(level.value.capitalize(), level.value) for level in Level]
        self.choice("Level", ("level",), levels)
        self.words("Tags", ("tags",), "Words to find it by, e.g. core, back-care")
        self.words("Equipment", ("equipment",), "What you need, e.g. mat, wall")
        self.row("", _hint("Timings for every step, unless a step sets its own. Times: 45, 45s, 1m30s or 1:30."))
        self.line("Get ready", ("defaults", "prepare"), f"{format_duration(base.prepare)} before the first exercise")
        self.line("Rest", ("defaults", "rest"), f"{format_duration(base.rest)} after each step and between sets")
        self.line("Switch sides", ("defaults", "switch"), f"{format_duration(base.switch)} to change sides")
        self.line("Tempo", ("defaults", "tempo"), "Seconds per rep, counted aloud; empty: you press Done")
        self.layout_.addStretch(1)

    def own_problems(self) -> tuple[str, ...]:
        return self.editor.check.about_routine()


class _ExercisePage(FormPage):
    """One exercise step: which exercise, how long or how many, sets, sides, tempo, rests, words."""

    def __init__(self, editor: RoutineEditor) -> None:
        super().__init__(editor, "Exercise")
        self.about = QLabel()
        self.about.setWordWrap(True)
        self.change_button = QPushButton("Change exercise…")
        self.own_button = QPushButton("Change your exercise…")
        buttons = QHBoxLayout()
        buttons.addWidget(self.change_button)
        buttons.addWidget(self.own_button)
        buttons.addStretch(1)
        self.layout_.insertWidget(1, self.about)
        self.layout_.insertLayout(2, buttons)
        for button in (self.change_button, self.own_button):
            button.setStyleSheet("padding: 4px 12px; font-size: 11pt;")

        self.measure = QComboBox()
        self.measure.addItem("For a time", "duration")
        self.measure.addItem("For a number of reps", "reps")
        self.row("Do it", self.measure)
        self.amount = self.line("How long", ("duration",), "")
        self.reps = self.line("Reps", ("reps",), "")
        self.line("Sets", ("sets",), "1")
        self.choice("Sides", ("sides",), SIDES)
        self.tempo = self.line("Tempo", ("tempo",), "")
        self.rest_between = self.line("Rest between sets", ("rest_between_sets",), "")
        self.rest_after = self.line("Rest after", ("rest",), "")
        self.line("Note", ("note",), "Shown with the step (optional)", number=False)
        self.cues = QTableWidget(0, 2)
        self.cues.setHorizontalHeaderLabels(["At", "Say"])
        self.cues.horizontalHeader().setStretchLastSection(True)
        self.cues.verticalHeader().hide()
        self.cues.setColumnWidth(0, 70)
        self.cues.setMaximumHeight(140)
        self.cue_errors = error_label()
        self.add_cue = QToolButton()
        self.add_cue.setText("+ Spoken line")
        self.remove_cue = QToolButton()
        self.remove_cue.setText("Remove line")
        cue_buttons = QHBoxLayout()
        cue_buttons.addWidget(self.add_cue)
        cue_buttons.addWidget(self.remove_cue)
        cue_buttons.addStretch(1)
        holder = QWidget()
        column = QVBoxLayout(holder)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(_hint("Your own words, said at these seconds into each work period."))
        column.addWidget(self.cues)
        column.addWidget(self.cue_errors)
        column.addLayout(cue_buttons)
        self.row("Spoken lines", holder)
        self.layout_.addStretch(1)

        self.measure.activated.connect(self._on_measure_chosen)
        self.cues.itemChanged.connect(self._on_cue_changed)
        self.add_cue.clicked.connect(self._on_add_cue)
        self.remove_cue.clicked.connect(self._on_remove_cue)

    def refresh(self) -> None:
        step = self.editor.value(self.base) or {}
        exercise_id = str(step.get("exercise", ""))
        known = self.editor.catalogue.get(exercise_id)
        own = exercise_id in self.editor.own_exercises()
        self.heading.setText(self.editor.exercise_name(exercise_id))
        kind = "your own exercise" if own else (f"{known.kind.value} · from the catalogue" if known else "")
        self.about.setText(kind)
        self.own_button.setVisible(own)
        reps = "reps" in step or ("duration" not in step and known is not None and known.reps is not None)
        self.measure.setCurrentIndex(1 if reps else 0)
        form = self.form
        form.setRowVisible(self.holders[("duration",)], not reps)
        form.setRowVisible(self.holders[("reps",)], reps)
        form.setRowVisible(self.holders[("tempo",)], reps)
        usual = known.duration if known is not None else None
        self.amount.setPlaceholderText(f"{format_duration(usual)}, as usual" if usual else "e.g. 30s or 1m")
        self.reps.setPlaceholderText(f"{known.reps}, as usual" if known and known.reps else "e.g. 10")
        defaults = self.editor.document.get("defaults") or {}
        tempo = defaults.get("tempo")
        self.tempo.setPlaceholderText(
            f"{shown(tempo)}s a rep, the routine's" if tempo else "none: you press Done; or seconds per rep"
        )
        rest = shown(defaults.get("rest", format_duration(Defaults().rest)))
        self.rest_after.setPlaceholderText(f"{rest}, the routine's rest")
        self.rest_between.setPlaceholderText(f"{shown(step.get('rest', rest))}, as the rest after")
        super().refresh()
        self._show_cues(step.get("cues") or [])

    def _show_cues(self, cues: list[Any]) -> None:
        self.cues.blockSignals(True)
        self.cues.setRowCount(len(cues))
        for row, cue in enumerate(cues):
            cue = cue if isinstance(cue, dict) else {}
            for column, key in enumerate(("at", "say")):
                text = shown(cue.get(key))
                item = self.cues.item(row, column)
                if item is None:
                    self.cues.setItem(row, column, QTableWidgetItem(text))
                elif item.text() != text:
                    item.setText(text)
        self.cues.blockSignals(False)
        show_messages(self.cue_errors, self.editor.check.within((*self.base, "cues")))
        self.remove_cue.setEnabled(bool(cues))

    def _on_measure_chosen(self) -> None:
        wanted = self.measure.currentData()
        step = self.editor.value(self.base) or {}
        other = "reps" if wanted == "duration" else "duration"
        document = with_value(self.editor.document, (*self.base, other), None)
        if wanted not in step:
            value = typed("10") if wanted == "reps" else STANDARD_LENGTH
            document = with_value(document, (*self.base, wanted), value)
        if wanted == "duration":
            document = with_value(document, (*self.base, "tempo"), None)
        self.editor.edit("Change how long", document)

    def _on_cue_changed(self, item: QTableWidgetItem) -> None:
        key = "at" if item.column() == 0 else "say"
        value = typed(item.text()) if key == "at" else item.text()
        self.changed(("cues", item.row(), key), value if value is not None else "", "Spoken line")

    def _on_add_cue(self) -> None:
        cues = list(self.editor.value((*self.base, "cues")) or [])
        cues.append({"at": 5, "say": "Breathe out"})
        self.editor.edit("Add a spoken line", with_value(self.editor.document, (*self.base, "cues"), cues))

    def _on_remove_cue(self) -> None:
        cues = list(self.editor.value((*self.base, "cues")) or [])
        row = self.cues.currentRow()
        if cues:
            del cues[row if 0 <= row < len(cues) else -1]
            self.editor.edit("Remove a spoken line", with_value(self.editor.document, (*self.base, "cues"), cues))


class _RestPage(FormPage):
    def __init__(self, editor: RoutineEditor) -> None:
        super().__init__(editor, "Rest")
        self.line("How long", ("rest",), "e.g. 30s or 1m")
        self.line("Note", ("note",), "e.g. Drink some water (optional)", number=False)
        self.row("", _hint("No automatic rest is added right before a rest of its own."))
        self.layout_.addStretch(1)


class _CircuitPage(FormPage):
    def __init__(self, editor: RoutineEditor) -> None:
        super().__init__(editor, "Circuit")
        self.row("", _hint("Its steps are repeated for the rounds. Choose the circuit, then add steps into it."))
        self.line("Name", ("circuit", "name"), "e.g. Core circuit (optional)", number=False)
        self.line("Rounds", ("circuit", "rounds"), "1")
        self.line("Rest between rounds", ("circuit", "rest_between_rounds"), "the routine's rest")
        self.line("Rest after", ("rest",), "the routine's rest")
        self.layout_.addStretch(1)

    def refresh(self) -> None:
        name = self.editor.value((*self.base, "circuit", "name"))
        self.heading.setText(str(name) if name else "Circuit")
        super().refresh()

    def own_problems(self) -> tuple[str, ...]:
        """Only the circuit's own: its steps show theirs in the list."""
        inner = (*self.base, "circuit", "steps")
        where = self.editor.check.where
        return tuple(
            m
            for p, messages in where.items()
            if p[: len(self.base)] == self.base and (p[: len(inner)] != inner or p == inner)
            for m in messages
        )


def _hint(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setStyleSheet("color: palette(dark);")
    return label
