"""The routine being edited: its document, the undo history of every edit, and the loader's verdict."""

from __future__ import annotations

import time
from collections.abc import Mapping
from pathlib import Path
from typing import Any, ClassVar

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from workout_timer.domain.common.language import _
from workout_timer.domain.editing.draft import Check, Document, FieldPath, check, value_at
from workout_timer.domain.library.file_seen import NO_FILE, Seen
from workout_timer.domain.library.user_routines import Draft
from workout_timer.domain.routines.routine import Exercise, Routine


class _Edit(QUndoCommand):
    """One edit: the documents before and after, and the step to show after each. Typing into one
    field merges into a single edit, so Undo takes back the word, not each letter."""

    _merge_ids: ClassVar[dict[object, int]] = {}

    def __init__(
        self,
        editor: RoutineEditor,
        text: str,
        after: Document,
        focus: FieldPath | None,
        merge: object = None,
    ) -> None:
        super().__init__(text)
        self._editor = editor
        self.before, self.after = editor.document, after
        self.focus_before, self.focus_after = editor.focus, focus
        self._id = -1 if merge is None else self._merge_ids.setdefault(merge, len(self._merge_ids) + 1)

    def id(self) -> int:
        return self._id

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, _Edit) or other.id() != self._id:
            return False
        self.after, self.focus_after = other.after, other.focus_after
        return True

    def redo(self) -> None:
        self._editor._set(self.after, self.focus_after)

    def undo(self) -> None:
        self._editor._set(self.before, self.focus_before)


class RoutineEditor(QObject):
    """Holds one routine's document while it is edited; views change it only through `edit`.

    Signals:
        changed: the document changed (an edit, an undo or a redo); read `document` and `check`.
        focusWanted(object): the step (a FieldPath, or None for the routine itself) the edit was
            about, for the view to show it.
    """

    changed = Signal()
    focusWanted = Signal(object)

    def __init__(
        self,
        catalogue: Mapping[str, Exercise],
        routine_id: str,
        document: Document,
        is_new: bool,
        saved: Document | None = None,
        recovered: bool = False,
        path: Path | None = None,
        seen: Seen = NO_FILE,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.catalogue = catalogue
        self.routine_id = routine_id
        self.path = path
        """The file the routine is saved to, with its id one identity; None for a new one until its first save
        (or the user's file for a built-in routine made theirs)."""
        self.seen = seen
        """That file as the editor read it (or last wrote it), to notice a change made outside the app."""
        self.is_new = is_new
        self.document = document
        self.saved = saved if saved is not None else (None if recovered else document)
        """The document as last saved, or as it was opened: what the user has not changed. None for
        edits recovered from a draft of a routine never saved, which are all unsaved changes."""
        self.focus: FieldPath | None = None
        self._generation = 0
        self.undo_stack = QUndoStack(self)
        self.check: Check = self._check(document)
        self.last_good: Routine | None = self.check.routine
        """The latest version that loads, so the timeline stays in view while a field is half typed."""
        self._last_good_document = document if self.check.routine is not None else None

    # -- reading ---------------------------------------------------------------------------

    @property
    def name(self) -> str:
        return _name(self.document, _("Untitled routine"))

    @property
    def dirty(self) -> bool:
        return self.document != self.saved

    @property
    def untouched(self) -> bool:
        """A new routine the user has not changed yet (or changed and undone)."""
        return self.is_new and not self.dirty

    @property
    def shown(self) -> Check:
        """The loader's verdict as the views show it: nothing is wrong with a new routine before the
        user has done anything to it, even though it cannot be saved yet."""
        return Check(self.check.routine) if self.untouched else self.check

    def own_exercises(self) -> dict[str, dict[str, Any]]:
        found = self.document.get("exercises")
        return found if isinstance(found, dict) else {}

    def exercise_name(self, exercise_id: str) -> str:
        own = self.own_exercises().get(exercise_id)
        if isinstance(own, dict) and own.get("name"):
            return str(own["name"])
        known = self.catalogue.get(exercise_id)
        return known.name if known is not None else exercise_id

    def value(self, path: FieldPath) -> Any:
        return value_at(self.document, path)

    def draft(self) -> Draft:
        return Draft(self.routine_id, self.document, self.is_new, time.time(), self.path)

    # -- changing --------------------------------------------------------------------------

    def edit(self, text: str, document: Document, focus: FieldPath | None = None, merge: object = None) -> None:
        """Make `document` the routine, as one step of the undo history named `text`."""
        if document is self.document or document == self.document:
            return
        key = None if merge is None else (merge, self._generation)
        self.undo_stack.push(_Edit(self, text, document, focus if focus is not None else self.focus, key))

    def seal(self) -> None:
        """The user left a field: typing there again later is an edit of its own."""
        self._generation += 1

    def mark_saved(self, routine_id: str, path: Path, seen: Seen) -> None:
        """The document is saved under `routine_id` to `path`, which now holds what `seen` says (a new
        routine's first save gives it its own id and file): the routine checked is that id's from now on,
        so a session tried from here says which routine it is."""
        self.routine_id, self.path, self.seen = routine_id, path, seen
        self.saved = self.document
        self.is_new = False
        self._recheck()
        self.undo_stack.setClean()
        self.changed.emit()

    def _set(self, document: Document, focus: FieldPath | None) -> None:
        self.document = document
        self.focus = focus
        self._recheck()
        self.changed.emit()
        self.focusWanted.emit(focus)

    def use_catalogue(self, catalogue: Mapping[str, Exercise]) -> None:
        """The exercises as the library now has them (another language: their names and words in it), and the
        routine checked again with them, its latest version that loads too. The document is unchanged (no
        `changed`): the views built on it afterwards show it so."""
        self.catalogue = catalogue
        self._recheck()
        if self.check.routine is None and self._last_good_document is not None:
            self.last_good = self._check(self._last_good_document).routine

    def _recheck(self) -> None:
        self.check = self._check(self.document)
        if self.check.routine is not None:
            self.last_good = self.check.routine
            self._last_good_document = self.document

    def _check(self, document: Document) -> Check:
        return check(document, self.catalogue, self.routine_id, _name(document, _("this routine")))


def _name(document: Document, otherwise: str) -> str:
    name = document.get("name")
    return name.strip() if isinstance(name, str) and name.strip() else otherwise
