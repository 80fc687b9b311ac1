"""What saving a routine from the editor means for the user's folder, decided without a window: the id
and file a save goes to, the copy kept beside a file changed in another program, the stand-in id of a
routine not saved yet, and what leaving with unsaved changes asks and what each answer leads to.

The window asks the questions and tells the outcome; the choices and where they lead are here.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING

from workout_timer.domain.library.entry import Entry, Source
from workout_timer.domain.library.file_seen import Change
from workout_timer.domain.library.user_routines import Draft, UserRoutines, copy_name
from workout_timer.domain.routines.routine_files import free_id, routine_files, routine_id_for
from workout_timer.domain.routines.routine_writer import routine_yaml

if TYPE_CHECKING:
    from workout_timer.domain.editing.draft import Document
    from workout_timer.domain.routines.routine import Routine

NEW_ID = "unsaved-routine"
"""The stand-in id of a new routine (and the name of its draft) until its first save."""


def stand_in_id(drafts: Iterable[str]) -> str:
    """An id for a new routine's draft that no draft left has, until its first save gives it one from
    its name."""
    return free_id(NEW_ID, drafts, NEW_ID)


def draft_file(draft: Draft, user: UserRoutines) -> Path | None:
    """The file a draft's routine is saved to: the one it keeps; for a draft kept before drafts kept their
    file, none yet for a new routine's (its id is a stand-in), else the file of the id it has ("Make it
    mine" saves under the built-in routine's id)."""
    if draft.path is not None:
        return draft.path
    if draft.is_new and draft.routine_id.startswith(NEW_ID):
        return None
    return user.path_for(draft.routine_id)


@dataclass(frozen=True)
class SaveTarget:
    """Where a save writes: the routine's id and its file, together."""

    routine_id: str
    path: Path

    def text(self, routine: Routine, document: Document) -> str:
        """The file's text: the routine under this id, each value spelled as the editor's `document` has it."""
        return routine_yaml(replace(routine, id=self.routine_id), spelled_like=document)


def save_target(
    routine: Routine, routine_id: str, path: Path | None, user: UserRoutines, taken: Iterable[str]
) -> SaveTarget:
    """Where a save of `routine` goes: its file (`path`); a routine never saved (no path) gets an id from
    its name that none of the routines there are (`taken`) has, and a file of that id in the user's folder."""
    if path is None:
        routine_id = free_id(routine.name, taken, "routine")
    return SaveTarget(routine_id, path or user.path_for(routine_id))


def own_version_file(routine_id: str, came_from: Entry | None, user: UserRoutines) -> Path:
    """Where the user's own version of a routine the app changed (a progression step) is written: over the
    user's own routine it came from, that very file; for a built-in one, the user's file of its id."""
    if came_from is not None and came_from.source is Source.USER:
        return came_from.path
    return user.path_for(routine_id)


def copy_path(user: UserRoutines, listed: Iterable[str], path: Path) -> Path:
    """A free file name beside `path` for a copy of it ("plank-2.yaml"): no routine `listed` and no file
    in the user's folder has its id."""
    taken = [*listed, *(routine_id_for(other) for other in routine_files(user.folder))]
    return user.folder / f"{free_id(routine_id_for(path), taken, 'routine')}{path.suffix or '.yaml'}"


def kept_copy(path: Path, name: str, names: Iterable[str]) -> tuple[SaveTarget, str]:
    """Both kept: the copy at `path` has the id of its file and a name none of the routines (`names`)
    has, so the list tells the two apart."""
    return SaveTarget(routine_id_for(path), path), copy_name(name, names)


class OutsideChoice(Enum):
    """What a save may do with a file changed or deleted in another program since the app read it."""

    WRITE = "write"
    """Write over the change (or write the file again where it was deleted)."""
    KEEP_BOTH = "keep both"
    """Leave that file as it is and write the app's version as a copy beside it."""
    CANCEL = "cancel"
    """Write nothing."""


def outside_choices(change: Change) -> tuple[OutsideChoice, ...]:
    """What the user may choose between before a save: nothing to ask when the file is as it was read;
    a deleted file can be written again or left deleted; a changed one written over, kept beside a copy,
    or left."""
    if change is Change.SAME:
        return ()
    if change is Change.GONE:
        return (OutsideChoice.WRITE, OutsideChoice.CANCEL)
    return (OutsideChoice.WRITE, OutsideChoice.KEEP_BOTH, OutsideChoice.CANCEL)


class Leaving(Enum):
    """What leaving the editor asks first."""

    NOTHING = "nothing"
    """No unsaved changes: it closes."""
    SAVE_OR_DISCARD = "save or discard"
    """Unsaved changes that can be saved: save them, throw them away, or stay."""
    DISCARD_OR_STAY = "discard or stay"
    """Unsaved changes with a mistake left, which can't be saved: throw them away, or stay to fix it."""
    NO_STEPS = "no steps"
    """Unsaved changes to a routine with no steps yet, and no mistake, which can't be saved until it has one: throw
    them away, or stay to add one."""


class Answer(Enum):
    """The user's answer to a `Leaving` question."""

    SAVE = "save"
    DISCARD = "discard"
    STAY = "stay"


def leaving(dirty: bool, loads: bool, only_steps_missing: bool = False) -> Leaving:
    """The question before leaving a routine with (`dirty`) or without unsaved changes, which `loads` or not; when
    it does not, whether all it lacks is a step (`draft.only_steps_missing`)."""
    if not dirty:
        return Leaving.NOTHING
    if loads:
        return Leaving.SAVE_OR_DISCARD
    return Leaving.NO_STEPS if only_steps_missing else Leaving.DISCARD_OR_STAY


@dataclass(frozen=True)
class AfterAnswer:
    """What an answer to a `Leaving` question leads to."""

    save: bool
    """Save first; the editor closes only when the save succeeds."""
    drop_draft: bool
    """The changes are thrown away, their draft (kept against a crash) with them."""
    closes: bool
    """The editor closes (after a successful save, for `save`)."""


def after_answer(answer: Answer) -> AfterAnswer:
    if answer is Answer.SAVE:
        return AfterAnswer(save=True, drop_draft=False, closes=True)
    if answer is Answer.DISCARD:
        return AfterAnswer(save=False, drop_draft=True, closes=True)
    return AfterAnswer(save=False, drop_draft=False, closes=False)


def save_place(choice: OutsideChoice, path: Path, user: UserRoutines, listed: Iterable[str]) -> Path | None:
    """Where a save writes after the user's `choice` about `path`: the file itself, a copy beside it
    (`copy_path`), or nowhere (None)."""
    if choice is OutsideChoice.WRITE:
        return path
    if choice is OutsideChoice.KEEP_BOTH:
        return copy_path(user, listed, path)
    return None
