"""The routine editor: the steps on the left, the chosen one's fields in the middle, the session
it makes on the right, all kept in step with one document and its undo history.

Each part is a widget of its own: the bar over it (`EditorHeader`), the list of steps and its buttons
(`StepsColumn`), the pages of fields (`PageStack`) and the session (`SessionColumn`). This puts them
side by side, gives the editor its keys, and keeps the page shown with the step chosen."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import QApplication, QSplitter, QVBoxLayout, QWidget

from workout_timer.domain.editing.draft import FieldPath
from workout_timer.qt.common.text_page import form_style
from workout_timer.qt.common.theme.look import styled
from workout_timer.qt.editor.editor_header import EditorHeader
from workout_timer.qt.editor.editor_pages import PageStack
from workout_timer.qt.editor.editor_session import SessionColumn
from workout_timer.qt.editor.routine_editor import RoutineEditor
from workout_timer.qt.editor.steps_column import StepsColumn, shortcut


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
        styled(self, form_style)
        self.header = EditorHeader(editor)
        self.back_button, self.save_button = self.header.back_button, self.header.save_button
        self.try_button, self.text_button = self.header.try_button, self.header.text_button
        self.addActions(list(self.header.history_actions()))
        self.steps = StepsColumn(editor)
        self.model, self.tree = self.steps.model, self.steps.tree
        self.pages = PageStack(editor)
        self.routine_page, self.exercise_page = self.pages.routine_page, self.pages.exercise_page

        self.session = SessionColumn(editor)
        self._lay_out()
        self._connect()
        self.select(None)
        self._on_changed()

    def _lay_out(self) -> None:
        splitter = QSplitter()
        splitter.addWidget(self.steps)
        splitter.addWidget(self.pages)
        splitter.addWidget(self.session)
        splitter.setStretchFactor(0, 4)
        splitter.setStretchFactor(1, 5)
        splitter.setStretchFactor(2, 3)
        splitter.setSizes([420, 520, 300])
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.header)
        layout.addWidget(splitter, 1)

    def _connect(self) -> None:
        """The buttons and keys to what they do, and the parts to the document's changes."""
        self.back_button.clicked.connect(self.backRequested.emit)
        self.save_button.clicked.connect(self.saveRequested.emit)
        self.try_button.clicked.connect(self.tryRequested.emit)
        self.text_button.clicked.connect(self.textRequested.emit)
        self.exercise_page.change_button.clicked.connect(self.steps.change_exercise)
        self.exercise_page.own_button.clicked.connect(self.steps.edit_own)
        self.tree.selectionModel().currentChanged.connect(self._on_current_changed)
        self.editor.changed.connect(self._on_changed)
        self.editor.focusWanted.connect(self._on_focus_wanted)
        window_wide = Qt.ShortcutContext.WindowShortcut
        shortcut("Ctrl+S", self.saveRequested.emit, self, context=window_wide)
        shortcut("Ctrl+Shift+A", self.steps.add_from_catalogue, self, context=window_wide)
        shortcut("Escape", self.backRequested.emit, self.tree)
        shortcut("Escape", self.tree.setFocus, self.pages.pages)  # in a field: back to the list first

    # -- what the window calls ---------------------------------------------------------------

    def select(self, path: FieldPath | None) -> None:
        """Show a step (or the routine, for None) in the list and its fields in the middle."""
        self.steps.select(path)

    def current_path(self) -> FieldPath | None:
        return self.steps.current_path()

    def focus_steps(self) -> None:
        self.tree.setFocus()

    # -- slots -----------------------------------------------------------------------------

    def _on_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        path = self.model.path_of(current) or None
        self.editor.focus = path
        self.pages.show_page(path)
        self.steps.show_chosen(path)

    def _on_focus_wanted(self, _path: FieldPath | None) -> None:
        """The step itself is chosen again by the model's reset (`StepsColumn`)."""
        focused = QApplication.focusWidget()
        if focused is None or not focused.isVisible():  # its field went with the page it was on
            self.tree.setFocus()

    def _on_changed(self) -> None:
        """The page of the step follows through the model's reset, which chooses the step again."""
        self.session.refresh()
        self.header.refresh()
