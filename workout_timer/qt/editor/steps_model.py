"""The editor's list of steps as a tree: the routine's own row first, then its steps, circuits opened.

Dragging a step does not move anything itself: the model asks for the move (`moveRequested`), the
editor makes it one undoable edit, and the model is rebuilt from the new document.
"""

from __future__ import annotations

import json
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QMimeData, QModelIndex, QObject, QPersistentModelIndex, Qt, Signal

from workout_timer.domain.common.language import N_, _
from workout_timer.domain.editing.draft import TOP, FieldPath, step_label, step_paths
from workout_timer.qt.editor.inline_errors import error_colour
from workout_timer.qt.editor.routine_editor import RoutineEditor

MIME_TYPE = "application/x-workout-timer-step"
PATH_ROLE = Qt.ItemDataRole.UserRole
ROUTINE_ROW = N_("About this routine")

Index = QModelIndex | QPersistentModelIndex
_NO_INDEX = QModelIndex()


class StepsModel(QAbstractItemModel):
    """Rows for the routine (path `()`) and every step (its FieldPath), rebuilt on every change.

    Signals:
        moveRequested(object, object, int): a dragged step's path, the list it was dropped in and
            the place in that list (counted before the move).
    """

    moveRequested = Signal(object, object, int)

    def __init__(self, editor: RoutineEditor, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._editor = editor
        self._paths: list[FieldPath] = []
        self._ids: dict[FieldPath, int] = {}
        self._problems: dict[FieldPath, tuple[str, ...]] = {}
        self._rebuild()
        editor.changed.connect(self._on_changed)

    def index_of(self, path: FieldPath | None) -> QModelIndex:
        """The row of a step, or of the routine for `()` or None."""
        path = path or ()
        if path not in self._ids:
            return QModelIndex()
        last = path[-1] if path else 0
        assert isinstance(last, int)
        row = 0 if path == () else (last + 1 if len(path) == 2 else last)
        return self.createIndex(row, 0, self._ids[path])

    def path_of(self, index: Index) -> FieldPath | None:
        return self._paths[index.internalId()] if index.isValid() else None

    # -- QAbstractItemModel ----------------------------------------------------------------

    def index(self, row: int, column: int, parent: Index = _NO_INDEX) -> QModelIndex:
        if column != 0 or row < 0:
            return QModelIndex()
        above = self.path_of(parent)
        if above is None:
            path: FieldPath = () if row == 0 else (*TOP, row - 1)
        else:
            path = (*above, "circuit", "steps", row)
        if path not in self._ids:
            return QModelIndex()
        return self.createIndex(row, 0, self._ids[path])

    # The stubs type QObject.parent() and the model's parent(index) as one method with no overload: Qt has both.
    def parent(self, index: Index = _NO_INDEX) -> QModelIndex:  # type: ignore[override]
        path = self.path_of(index)
        if path is None or len(path) <= 2:
            return QModelIndex()
        return self.index_of(path[:-3])

    def rowCount(self, parent: Index = _NO_INDEX) -> int:
        above = self.path_of(parent)
        if above is None:
            return 1 + len(self._editor.document.get("steps") or [])
        inner = self._editor.value((*above, "circuit", "steps")) if above else None
        return len(inner) if isinstance(inner, list) else 0

    def columnCount(self, _parent: Index = _NO_INDEX) -> int:
        return 1

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        path = self.path_of(index)
        if path is None:
            return None
        problems = self._problems.get(path, ())
        if role == Qt.ItemDataRole.DisplayRole:
            text = _(ROUTINE_ROW) if path == () else self._label(path)
            return f"⚠  {text}" if problems else text
        if role == Qt.ItemDataRole.ToolTipRole and problems:
            return "\n".join(problems)
        if role == Qt.ItemDataRole.ForegroundRole and problems:
            return error_colour()
        if role == PATH_ROLE:
            return path
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        path = self.path_of(index)
        if path is None:
            return Qt.ItemFlag.ItemIsDropEnabled
        if path == ():
            return base
        base |= Qt.ItemFlag.ItemIsDragEnabled
        if "circuit" in (self._editor.value(path) or {}):
            base |= Qt.ItemFlag.ItemIsDropEnabled
        return base

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [MIME_TYPE]

    def mimeData(self, indexes: Any) -> QMimeData:
        data = QMimeData()
        paths = [path for path in (self.path_of(i) for i in indexes) if path]
        if paths:
            data.setData(MIME_TYPE, json.dumps(list(paths[0])).encode())
        return data

    def dropMimeData(self, data: QMimeData, _action: Qt.DropAction, row: int, _column: int, parent: Index) -> bool:
        """Ask for the move and report no drop, so the view removes nothing itself."""
        if not data.hasFormat(MIME_TYPE):
            return False
        path = tuple(json.loads(bytes(data.data(MIME_TYPE).data()).decode()))
        container, place = self.drop_place(row, parent)
        self.moveRequested.emit(path, container, place)
        return False

    def drop_place(self, row: int, parent: Index) -> tuple[FieldPath, int]:
        """The list and place a drop at `row` under `parent` means (row -1: on the item itself)."""
        above = self.path_of(parent)
        if above is None:
            count = len(self._editor.document.get("steps") or [])
            return TOP, count if row < 0 else max(0, row - 1)
        if above == ():
            return TOP, 0
        if "circuit" in (self._editor.value(above) or {}):
            inner = (*above, "circuit", "steps")
            return inner, len(self._editor.value(inner) or []) if row < 0 else row
        *container, at = above  # dropped on a plain step: after it
        return tuple(container), int(at) + 1

    # -- inside ----------------------------------------------------------------------------

    def _label(self, path: FieldPath) -> str:
        step = self._editor.value(path)
        if not isinstance(step, dict):
            return "?"
        exercise = step.get("exercise")
        return step_label(step, self._editor.exercise_name(str(exercise)) if exercise else "")

    def _rebuild(self) -> None:
        self._paths = [(), *step_paths(self._editor.document)]
        self._ids = {path: number for number, path in enumerate(self._paths)}
        check = self._editor.shown
        self._problems = {path: check.within(path) if path else check.about_routine() for path in self._paths}

    def _on_changed(self) -> None:
        self.beginResetModel()
        self._rebuild()
        self.endResetModel()
