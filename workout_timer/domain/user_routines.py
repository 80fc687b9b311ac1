"""The user's routine folder: saving, deleting so it can be undone, importing, and unsaved drafts.

Every write is atomic (`routine_writer.save_text`). A deleted routine is moved aside, not erased, so
the app can put it back. A draft is the editor's document written after every edit, so a crash or a
power cut loses at most the edit being typed.
"""

from __future__ import annotations

import json
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .draft import Document
from .routine_files import ROUTINE_SUFFIXES, routine_id_for
from .routine_writer import save_text


class UserRoutines:
    """One file per routine in `folder`; deleted ones wait in `trash`, drafts in `drafts`."""

    def __init__(self, folder: Path, trash: Path, drafts: Path) -> None:
        self.folder = folder
        self.trash = trash
        self.drafts = drafts

    def path_for(self, routine_id: str) -> Path:
        """The file of `routine_id`: the one there is (".yaml" or ".yml"), else a new ".yaml"."""
        for suffix in ROUTINE_SUFFIXES:
            candidate = self.folder / f"{routine_id}{suffix}"
            if candidate.exists():
                return candidate
        return self.folder / f"{routine_id}.yaml"

    def exists(self, routine_id: str) -> bool:
        return any((self.folder / f"{routine_id}{suffix}").exists() for suffix in ROUTINE_SUFFIXES)

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
        """Write the draft of unsaved edits. Raises OSError."""
        save_text(self._draft_path(draft.routine_id), json.dumps(draft.as_json(), ensure_ascii=False))

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


@dataclass(frozen=True)
class Draft:
    """Unsaved edits to one routine: its id, its document, and whether a file exists for it yet."""

    routine_id: str
    document: Document
    is_new: bool
    saved_at: float

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
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Draft:
        document = data["document"]
        if not isinstance(document, dict) or not isinstance(data["routine_id"], str):
            raise ValueError("not a draft")
        return cls(data["routine_id"], document, bool(data["is_new"]), float(data["saved_at"]))
