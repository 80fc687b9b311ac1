"""Making and changing routines from the window: new, duplicate, edit, delete (undoable), import,
export, save, and the drafts that keep unsaved edits safe from a crash.

The main window owns one of these and shows what it builds; the files are the domain's
(`UserRoutines`), and so is what a save, a draft and an answer to a question mean (`routine_saving`);
the editing is the editor's (`RoutineEditor`, `EditorView`). Import, export and delete are in
`file_actions`, the questions in `editing_questions` and `outside_changes`.
"""

from __future__ import annotations

import logging
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QWidget

from workout_timer.domain.common.atomic_file import save_text
from workout_timer.domain.common.failures import plain_words
from workout_timer.domain.common.language import _
from workout_timer.domain.editing.draft import (
    Document,
    blank_document,
    document_from_file,
    document_of,
    only_steps_missing,
    with_value,
)
from workout_timer.domain.library.entry import Entry, Source
from workout_timer.domain.library.file_seen import Seen
from workout_timer.domain.library.routine_saving import (
    Answer,
    Leaving,
    after_answer,
    draft_file,
    kept_copy,
    leaving,
    own_version_file,
    save_target,
    stand_in_id,
)
from workout_timer.domain.library.user_routines import Draft, UserRoutines
from workout_timer.domain.routines.problems import LoadError
from workout_timer.qt.routines import file_actions
from workout_timer.qt.routines.editing_questions import ask_about_draft, ask_leaving, ask_save
from workout_timer.qt.routines.outside_changes import cannot_open, say_gone, seen_now, still_there, where_to_save
from workout_timer.qt.routines.window import Window

if TYPE_CHECKING:
    from workout_timer.domain.routines.routine import Routine
    from workout_timer.qt.editor.editor_view import EditorView
    from workout_timer.qt.editor.routine_editor import RoutineEditor
    from workout_timer.qt.editor.text_view import TextView

AUTOSAVE_MS = 400
"""How soon after an edit its draft is written: a crash loses at most this much typing."""


log = logging.getLogger(__name__)


class RoutineEditing(QObject):
    """The editing side of the window, one routine (or one file as text) at a time.

    Signals:
        deletedChanged(str): the name of the routine that Undo delete would bring back ("" for none).
    """

    deletedChanged = Signal(str)

    def __init__(self, window: Window, parent_widget: QWidget, user: UserRoutines) -> None:
        super().__init__(parent_widget)
        self._window = window
        self._parent = parent_widget
        self.user = user
        self.editor: RoutineEditor | None = None
        self.view: EditorView | None = None
        self.text_view: TextView | None = None
        self._deleted: file_actions.Deleted | None = None
        self._autosave = QTimer(self)
        self._autosave.setSingleShot(True)
        self._autosave.setInterval(AUTOSAVE_MS)
        self._autosave.timeout.connect(self._on_autosave)

    # -- opening -----------------------------------------------------------------------------

    def new_routine(self) -> None:
        if self.leave():
            self._open(self._new_id(), blank_document(_("New routine")), is_new=True)
            assert self.view is not None
            self.view.routine_page.name.setFocus()
            self.view.routine_page.name.selectAll()

    def edit(self, entry: Entry) -> None:
        """Edit the user's own routine. A built-in one is never changed: "Make it mine" edits the
        user's version of it, made here if there is none yet."""
        if entry.source is Source.BUILT_IN:
            entry = self._window.library.counterpart(entry) or entry
        if entry.routine is None:
            self.open_text(entry)
        elif entry.source is Source.BUILT_IN:
            self.make_mine(entry)
        elif self.leave():
            seen = still_there(self._window, entry)
            if seen is None:
                return
            fresh = self._window.library.load(entry.path, entry.source)  # the file as it is now, not at launch
            if fresh.routine is None:
                self.open_text(fresh)
                return
            document = document_from_file(fresh.routine, entry.path)
            self._open(entry.id, document, is_new=False, path=entry.path, seen=seen)

    def make_mine(self, entry: Entry) -> None:
        """A copy of a built-in routine that, once saved, is listed in its place: the same id, in
        the user's folder (as the progression's "Make it my version" saves one)."""
        if entry.routine is None or not self.leave():
            return
        path = self.user.path_for(entry.id)
        self._open(entry.id, document_of(entry.routine), is_new=True, path=path)
        self._window.notify(_("Your version: change what you like and save it. It is listed in place of the original."))

    def duplicate(self, entry: Entry) -> None:
        """A copy under a new name, kept beside the routine it came from."""
        if entry.routine is None or not self.leave():
            return
        # Translators: the name of a copy of a routine; {name} is the routine's name.
        name = _("{name} (copy)").format(name=entry.routine.name)
        self._open(self._new_id(), {**document_of(entry.routine), "name": name}, is_new=True)
        self._window.notify(_("A copy to make your own: change what you like and save it."))

    def open_draft(self, draft: Draft) -> None:
        path = draft_file(draft, self.user)
        saved = None
        if not draft.is_new and path is not None:  # the file as it is, to tell the unsaved edits from it
            entry = self._window.library.load(path, Source.USER)
            if entry.routine is not None:
                saved = document_from_file(entry.routine, entry.path)
        self._open(draft.routine_id, draft.document, draft.is_new, saved=saved, recovered=draft.is_new, path=path)

    def offer_drafts(self) -> None:
        """After a crash: offer back the unsaved edits, newest first, one question each."""
        for draft in self.user.drafts_left():
            answer = ask_about_draft(self._parent, draft.name)
            if answer is True:
                self.open_draft(draft)
                return
            if answer is False:
                self.user.drop_draft(draft.routine_id)

    def open_text(self, entry: Entry) -> None:
        """The routine's file as text, to fix it by hand (the only way for a file that does not load)."""
        from workout_timer.qt.editor.text_view import TextView

        if entry.source is not Source.USER or not self.leave():
            return
        if self.text_view is None:
            self.text_view = TextView(self._window.library.catalogue, self._parent)
            self.text_view.backRequested.connect(self._on_back)
            self.text_view.saveRequested.connect(self._on_text_save)
        try:
            opened = self.text_view.open(entry.path, entry.id)
        except LoadError as error:
            self._window.notify(cannot_open(entry.path, error))
            return
        if not opened:
            say_gone(self._window, entry)
            return
        self._window.show_view(self.text_view)
        self.text_view.editor.setFocus()

    # -- the routine being edited --------------------------------------------------------------

    def save(self) -> bool:
        """Write the routine being edited to its file; False when it cannot be (and the user is told)."""
        editor = self.editor
        if editor is None:
            return True
        routine = editor.check.routine
        if routine is None:
            if only_steps_missing(editor.document, editor.check):
                self._window.notify(_("Add a first step, then save."))
            else:
                self._window.notify(_("This routine has mistakes (marked in red). Fix them, then save."))
            return False
        entries = self._window.library.entries()
        target = save_target(routine, editor.routine_id, editor.path, self.user, [entry.id for entry in entries])
        try:
            chosen = where_to_save(self._parent, self.user, self._window.library, target.path, editor.seen)
            if chosen is None:
                self._window.notify(_("Not saved. Your changes are still here."))
                return False
            if chosen != target.path:  # kept both: the copy gets a name of its own, so the list tells the two apart
                target, name = kept_copy(chosen, routine.name, [e.routine.name for e in entries if e.routine])
                editor.edit(_("Name the copy"), with_value(editor.document, ("name",), name))
                routine = replace(routine, name=name)
            text = target.text(routine, editor.document)
            save_text(target.path, text)
        except OSError as error:
            # Translators: {reason} says why, such as "the disk is full".
            self._window.notify(
                _("Not saved: {reason}. Your changes are still here.").format(reason=plain_words(error))
            )
            return False
        self.user.drop_draft(editor.routine_id)
        editor.mark_saved(target.routine_id, target.path, Seen.of(text.encode("utf-8")))
        self._window.reload_library(chosen=target.routine_id)  # the way back to the routines finds it chosen
        # Translators: {name} is the routine's name, {file} its file's name.
        self._window.notify(_("Saved “{name}” ({file}).").format(name=routine.name, file=target.path.name))
        return True

    def leave(self) -> bool:
        """Close the editor (or the text view), asking first about unsaved changes. False: the user
        chose to stay."""
        if self.text_view is not None and self.text_view.dirty and not self._ask_text():
            return False
        editor = self.editor
        if editor is not None:
            lacks_steps = only_steps_missing(editor.document, editor.check)
            question = leaving(editor.dirty, editor.check.routine is not None, lacks_steps)
            if question is not Leaving.NOTHING:
                after = after_answer(ask_leaving(self._parent, question, editor.name))
                if not after.closes or (after.save and not self.save()):
                    return False
                if after.drop_draft:
                    self.user.drop_draft(editor.routine_id)
        self._close_editor()
        return True

    def try_it(self) -> None:
        editor = self.editor
        if editor is None or editor.check.routine is None:
            return
        path = editor.path or self.user.path_for(editor.routine_id)
        self._window.try_routine(Entry(editor.routine_id, path, Source.USER, editor.check.routine))

    def show_editor(self) -> None:
        if self.view is not None:
            self._window.show_view(self.view)
            self.view.focus_steps()

    # -- files -----------------------------------------------------------------------------

    def delete(self, entry: Entry) -> None:
        deleted = file_actions.delete(self._window, self._parent, self.user, entry)
        if deleted is not None:
            self._deleted = deleted
            self.deletedChanged.emit(deleted.name)

    def undo_delete(self) -> None:
        if self._deleted is not None and file_actions.restore(self._window, self.user, self._deleted):
            self._deleted = None
            self.deletedChanged.emit("")

    def is_open(self, path: Path) -> bool:
        """Whether the routine file at `path` is open in the editor, or has unsaved changes in the text view."""
        if self.view is not None and self.editor is not None and self.editor.path == path:
            return True
        text = self.text_view
        return text is not None and text.dirty and text.path == path

    def save_own_version(self, routine: Routine, came_from: Entry | None) -> Path | None:
        """Save a routine the app changed (a progression step) as the user's own; never over the routine
        open in the editor. The file it was saved to, or None (the user is told either way)."""
        target = own_version_file(routine.id, came_from, self.user)
        saved = file_actions.save_own_version(self._window, routine, came_from, target, self.is_open(target))
        return target if saved else None

    def import_routine(self) -> None:
        chosen = file_actions.choose_import(self._parent)
        if chosen is not None:
            self.import_file(chosen)

    def import_file(self, path: Path) -> str | None:
        """Check a routine file and add it to the user's routines; the id it got, or None."""
        return file_actions.import_file(self._window, self._parent, self.user, path)

    def export(self, entry: Entry) -> None:
        if entry.routine is None:
            return
        chosen = file_actions.choose_export(self._parent, entry)
        if chosen is not None:
            self.export_to(entry, chosen)

    def export_to(self, entry: Entry, path: Path) -> bool:
        return file_actions.export_to(self._window, entry, path)

    # -- inside ------------------------------------------------------------------------------

    def _open(
        self,
        routine_id: str,
        document: Document,
        is_new: bool,
        saved: Document | None = None,
        recovered: bool = False,
        path: Path | None = None,
        seen: Seen | None = None,
    ) -> None:
        from workout_timer.qt.editor.routine_editor import RoutineEditor

        self._close_editor()
        catalogue = self._window.library.catalogue
        seen = seen or seen_now(path)
        self.editor = RoutineEditor(catalogue, routine_id, document, is_new, saved, recovered, path, seen, parent=self)
        self.editor.changed.connect(self._autosave.start)
        self._window.show_view(self._make_view(self.editor))
        assert self.view is not None
        self.view.focus_steps()
        if self.editor.dirty:
            self._autosave.start()

    def _make_view(self, editor: RoutineEditor) -> EditorView:
        from workout_timer.qt.editor.editor_view import EditorView

        view = self.view = EditorView(editor, self._parent)
        view.backRequested.connect(self._on_back)
        view.saveRequested.connect(self.save)
        view.tryRequested.connect(self.try_it)
        view.textRequested.connect(self._on_text_requested)
        return view

    def speak_again(self) -> None:
        """The editor in the language now in use: its screen built again around the same document, with its
        undo history and unsaved edits, and the exercises named from the library's catalogue in that language."""
        old, editor = self.view, self.editor
        if old is None or editor is None:
            return
        editor.use_catalogue(self._window.library.catalogue)
        shown = old.isVisible()
        view = self._make_view(editor)
        if shown:
            self._window.show_view(view)
            view.focus_steps()
        old.hide()
        old.deleteLater()

    def _close_editor(self) -> None:
        self._autosave.stop()
        view, self.view = self.view, None
        editor, self.editor = self.editor, None
        if view is not None:
            view.hide()
            view.deleteLater()
        if editor is not None:
            editor.deleteLater()

    def _new_id(self) -> str:
        return stand_in_id(draft.routine_id for draft in self.user.drafts_left())

    def _ask_text(self) -> bool:
        assert self.text_view is not None
        answer = ask_save(self._parent, _("Save your changes to the file?"))
        if answer is Answer.STAY:
            return False
        if answer is Answer.SAVE:
            return self._on_text_save()
        self.text_view.discard()
        return True

    def _on_back(self) -> None:
        if self.leave():
            self._window.show_library()

    def _on_text_requested(self) -> None:
        editor = self.editor
        if editor is None:
            return
        if editor.is_new or editor.dirty:
            self._window.notify(_("Save the routine first; then its file can be opened as text."))
            return
        if editor.path is not None:  # its own file, never another one the id would find first
            self.open_text(Entry(editor.routine_id, editor.path, Source.USER, editor.check.routine))

    def _on_text_save(self) -> bool:
        view = self.text_view
        return view is not None and file_actions.save_as_text(self._window, self._parent, self.user, view)

    def _on_autosave(self) -> None:
        editor = self.editor
        if editor is None:
            return
        try:
            if editor.dirty:
                self.user.keep_draft(editor.draft())
            else:
                self.user.drop_draft(editor.routine_id)
        except OSError as error:  # the editor goes on; only the safety net is missing
            log.warning("An unsaved routine could not be kept as a draft: %s", plain_words(error))
