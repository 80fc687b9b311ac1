"""The user's routine folder: saving, deleting so it can be undone, exporting, and unsaved drafts.

Every write is atomic (`atomic_file.save_text`). A deleted routine is moved aside, not erased, so
the app can put it back. A draft is the editor's document written after every edit, so a crash or a
power cut loses at most the edit being typed.
"""

from __future__ import annotations

import json
import time
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from workout_timer.domain.common.atomic_file import save_text
from workout_timer.domain.editing.draft import Document, document_from_file
from workout_timer.domain.editing.routine_patch import changed_values, patched
from workout_timer.domain.routines.routine_files import routine_files, routine_id_for
from workout_timer.domain.routines.routine_writer import routine_data, routine_yaml

if TYPE_CHECKING:
    from workout_timer.domain.library.entry import Entry
    from workout_timer.domain.routines.routine import Catalogue, Routine


class UserRoutines:
    """One file per routine in `folder`; deleted ones wait in `trash`, drafts in `drafts`."""

    def __init__(self, folder: Path, trash: Path, drafts: Path) -> None:
        self.folder = folder
        self.trash = trash
        self.drafts = drafts

    def path_for(self, routine_id: str) -> Path:
        """The file of `routine_id`: the one there is, whatever its name says it is ("My Core.yml" is the
        file of `my-core`, as the library lists it), else a new "<id>.yaml"."""
        there = next((path for path in routine_files(self.folder) if routine_id_for(path) == routine_id), None)
        return there or self.folder / f"{routine_id}.yaml"

    def save(self, routine_id: str, text: str) -> Path:
        """Write the routine's file atomically. Raises OSError; the old file is then untouched."""
        path = self.path_for(routine_id)
        save_text(path, text)
        return path

    def delete(self, path: Path) -> Path:
        """Move a routine file aside and return where it went (for `restore`). Raises OSError."""
        self.trash.mkdir(parents=True, exist_ok=True)
        stamp = time.strftime("%Y%m%d-%H%M%S")
        aside = self.trash / f"{routine_id_for(path)}.{stamp}{path.suffix}"
        number = 2
        while aside.exists():
            aside = self.trash / f"{routine_id_for(path)}.{stamp}-{number}{path.suffix}"
            number += 1
        path.replace(aside)
        return aside

    def restore(self, aside: Path, path: Path) -> None:
        """Put a deleted file back where it was. Raises OSError, or FileExistsError when the place
        has been taken since."""
        if path.exists():
            raise FileExistsError(str(path))
        aside.replace(path)

    # -- drafts ------------------------------------------------------------------------------

    def keep_draft(self, draft: Draft) -> None:
        """Write the draft of unsaved edits, for the user's eyes only. Raises OSError."""
        text = json.dumps(draft.as_json(), ensure_ascii=False)
        save_text(self._draft_path(draft.routine_id), text, private=True)

    def drop_draft(self, routine_id: str) -> None:
        self._draft_path(routine_id).unlink(missing_ok=True)

    def drafts_left(self) -> list[Draft]:
        """Drafts from sessions of the editor that ended without saving, newest first. A file that
        cannot be read is skipped, never fatal."""
        if not self.drafts.is_dir():
            return []
        found = []
        for path in self.drafts.glob("*.json"):
            try:
                found.append(Draft.from_json(json.loads(path.read_text(encoding="utf-8"))))
            except (OSError, ValueError, KeyError, TypeError):
                continue
        return sorted(found, key=lambda d: d.saved_at, reverse=True)

    def _draft_path(self, routine_id: str) -> Path:
        return self.drafts / f"{routine_id}.json"


def export_routine(entry: Entry, path: Path) -> None:
    """Write the routine to `path` for someone else to import, atomically, for the command line's export
    and the window's alike. Raises OSError, or ValueError for a routine that does not load."""
    if entry.routine is None:
        raise ValueError(f"{entry.id} does not load, so it cannot be exported")
    save_text(path, export_text(entry.routine, entry.path))


def export_text(routine: Routine, path: Path | None) -> str:
    """A routine written for someone else to import: self-contained, each duration as its file writes
    it ("1:15" stays "1:15"), for the command line's export and the window's alike."""
    return routine_yaml(routine, spelled_like=document_from_file(routine, path) if path is not None else None)


def own_version(routine: Routine, came_from: Path | None, original: Routine | None, catalogue: Catalogue) -> str:
    """The text of the user's own version of a routine the app changed (a progression step) from
    `original`, read from the file it `came_from`: that file with only the changed values written over,
    so its comments, layout and spelling stay the user's; where that can't be done, the routine written
    afresh with each duration as the file wrote it ("1:15" stays "1:15"), as the editor's save does."""
    if came_from is None:
        return routine_yaml(routine)
    if original is not None:
        text = _text_of(came_from)
        changes = changed_values(routine_data(original), routine_data(routine))
        edited = None if text is None or changes is None else patched(text, changes)
        if edited is not None and _reads_as(edited, routine, catalogue):
            return edited
    return routine_yaml(routine, spelled_like=document_from_file(routine, came_from))


def still_as_read(path: Path, original: Routine, catalogue: Catalogue) -> bool:
    """Whether the file at `path` still holds `original`, the routine read from it: not changed, broken or
    removed in another program since. A version worked out from `original` must not overwrite a newer one."""
    text = _text_of(path)
    return text is not None and _reads_as(text, original, catalogue)


def _text_of(path: Path) -> str | None:
    """The text of a user's routine file, read as the loader reads it; None when it can't be."""
    from workout_timer.domain.routines.loading import read_file
    from workout_timer.domain.routines.problems import LoadError

    try:
        return read_file(path)
    except LoadError:
        return None


def _reads_as(text: str, routine: Routine, catalogue: Catalogue) -> bool:
    from workout_timer.domain.routines.loading import load_routine_text
    from workout_timer.domain.routines.problems import LoadError

    try:
        read = load_routine_text(text, "edited.yaml", catalogue, routine.id)
    except LoadError:
        return False
    return bool(routine_data(read) == routine_data(routine))


def copy_name(name: str, taken: Iterable[str]) -> str:
    """`name` when no other routine has it (in any case), else "Name (2)", "Name (3)"…"""
    names = {other.casefold() for other in taken}
    candidate, number = name, 2
    while candidate.casefold() in names:
        candidate, number = f"{name} ({number})", number + 1
    return candidate


@dataclass(frozen=True)
class Draft:
    """Unsaved edits to one routine: its id, its document, whether a file exists for it yet, and the file
    it is saved to (None for a new routine before its first save, and in drafts written before drafts
    kept it)."""

    routine_id: str
    document: Document
    is_new: bool
    saved_at: float
    path: Path | None = None

    @property
    def name(self) -> str:
        name = self.document.get("name")
        return str(name) if name else self.routine_id

    def as_json(self) -> dict[str, Any]:
        return {
            "routine_id": self.routine_id,
            "is_new": self.is_new,
            "saved_at": self.saved_at,
            "document": self.document,
            "path": str(self.path) if self.path is not None else None,
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Draft:
        document = data["document"]
        if not isinstance(document, dict) or not isinstance(data["routine_id"], str):
            raise ValueError("not a draft")
        path = data.get("path")
        if path is not None and not isinstance(path, str):
            raise ValueError("not a draft")
        saved_at = float(data["saved_at"])
        return cls(data["routine_id"], document, bool(data["is_new"]), saved_at, Path(path) if path else None)
