"""Finding routines: the built-in ones that ship with the app and the user's own.

A broken user file is listed with its problems rather than hidden, so it can be fixed. A user's
routine with the id of a built-in one is the user's version of it ("Make it mine", or a step up from
the progression): it is listed in place of the original, which stays within reach (`counterpart`)
and is listed again when the user's version is deleted.
"""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING

from workout_timer.domain.common.language import _
from workout_timer.domain.library.entry import Entry, Source
from workout_timer.domain.routines.problems import LoadError
from workout_timer.domain.routines.routine_files import ROUTINE_SUFFIXES, routine_files, routine_id_for

if TYPE_CHECKING:
    from workout_timer.domain.library.library_cache import LibraryCache
    from workout_timer.domain.routines.routine import Catalogue, Routine


class Action(StrEnum):
    """What the Routine menu can do to the chosen routine."""

    EDIT = "edit"
    DUPLICATE = "duplicate"
    TEXT = "text"
    DELETE = "delete"
    EXPORT = "export"


def why_not(action: Action, entry: Entry | None) -> str | None:
    """Why `action` cannot act on `entry` (a sentence for the menu and a notice), or None when it can."""
    if entry is None:
        return _("Choose a routine first.")
    built_in = entry.source is not Source.USER
    if action is Action.DELETE and built_in:
        return _("Built-in routines can't be deleted; your own can.")
    if action is Action.TEXT and built_in:
        return _("Built-in routines are read-only: duplicate one to make it your own.")
    if entry.routine is None and action is not Action.DELETE and (unreadable := entry.unreadable) is not None:
        # Translators: {problem} is why the file can't be read, in the app's words.
        return _("This can't be opened as a routine: {problem}.").format(problem=unreadable.message)
    if entry.routine is None and (action in (Action.DUPLICATE, Action.EXPORT) or built_in):
        if built_in:
            return _("This file has mistakes.")
        return _("This file has mistakes: open it as text to fix them.")
    return None


class Library:
    """The routines found in the built-in folder and the user's folder, user ones first on a clash."""

    def __init__(
        self, built_in_dir: Path, user_dir: Path | None, catalogue_path: Path, cache: LibraryCache | None = None
    ) -> None:
        self.built_in_dir = built_in_dir
        self.user_dir = user_dir
        self.catalogue_path = catalogue_path
        self.cache = cache
        self._catalogue: Catalogue | None = None

    @property
    def catalogue(self) -> Catalogue:
        """The exercise catalogue, loaded once, in the language in use (it ships with the app). A broken
        catalogue is a bug in the app: it raises."""
        if self._catalogue is None:
            from workout_timer.domain.common.content import translator
            from workout_timer.domain.library import built_in
            from workout_timer.domain.routines.loading import (
                load_catalogue,  # the YAML machinery loads only when a file is read
            )

            self._catalogue = built_in.catalogue(load_catalogue(self.catalogue_path), translator())
        return self._catalogue

    def speak_again(self) -> None:
        """The language in use changed: the catalogue and the built-in routines are read again in it, at their next
        use (the cache holds them by language: every file is read again, or taken from the shipped entries)."""
        self._catalogue = None

    def entries(self) -> list[Entry]:
        """Every routine, user ones first, each folder sorted by id; a built-in one the user has a
        version of is left out (the user's is listed in its place)."""
        found = self._all_entries()
        mine = {entry.id for entry in found if entry.source is Source.USER}
        return [entry for entry in found if entry.source is not Source.BUILT_IN or entry.id not in mine]

    def names(self) -> dict[str, str]:
        """Each routine's name now, by its id, as the list shows it: a built-in one in the language in use, or the
        user's version in its place; a file that does not load is left out. The history shows past sessions so."""
        return {entry.id: entry.routine.name for entry in self.entries() if entry.routine is not None}

    def counterpart(self, entry: Entry) -> Entry | None:
        """For the user's version of a built-in routine, the original; for a built-in routine, the
        user's version of it. None when there is no such pair."""
        if entry.source is Source.FILE:
            return None
        wanted = Source.BUILT_IN if entry.source is Source.USER else Source.USER
        for folder, source in self._folders():
            if source is wanted:
                for candidate in routine_files(folder):
                    if routine_id_for(candidate) == entry.id:
                        return self.load(candidate, source)
        return None

    def _all_entries(self) -> list[Entry]:
        files = [(path, source) for folder, source in self._folders() for path in routine_files(folder)]
        if self.cache is None:
            return [self.load(path, source) for path, source in files]
        return self.cache.entries(files, self.load, [self.catalogue_path])

    def find(self, ref: str) -> Entry | None:
        """A routine by id (user routines first) or by path to a file."""
        path = Path(ref).expanduser()
        if path.suffix.lower() in ROUTINE_SUFFIXES or path.exists() or "/" in ref:
            return self.load(path, Source.FILE)
        for folder, source in self._folders():
            for candidate in routine_files(folder):
                if routine_id_for(candidate) == ref:
                    return self.load(candidate, source)
        return None

    def named(self, name: str) -> list[Entry]:
        """The routines whose name, as the list shows it in the language in use, is `name` (case, spacing and
        hyphens aside): one, none, or several that share it."""
        return [entry for entry in self.entries() if entry.routine and _same(entry.routine.name, name)]

    def close_to(self, ref: str, most: int = 3) -> list[Entry]:
        """Routines whose id or name is close to `ref` (a typing slip, part of a name), closest first."""
        entries = [entry for entry in self.entries() if entry.routine is not None]
        keys = {_plain(entry.id): entry for entry in entries}
        keys.update({_plain(entry.routine.name): entry for entry in entries if entry.routine})
        wanted = _plain(ref)
        chosen: list[Entry] = []
        import difflib  # (only a name not found needs it: not loaded before the window's first paint)

        near = difflib.get_close_matches(wanted, list(keys), n=most * 2, cutoff=0.6)
        within = [key for key in keys if len(wanted) >= 3 and wanted in key]
        for key in near + within:
            if keys[key] not in chosen:
                chosen.append(keys[key])
        return chosen[:most]

    def load(self, path: Path, source: Source) -> Entry:
        """The routine in `path`; a built-in one in the language in use, the user's own as its author wrote it."""
        from workout_timer.domain.routines.loading import load_routine

        try:
            routine = load_routine(path, self.catalogue)
        except LoadError as error:
            return Entry(routine_id_for(path), path, source, None, tuple(error.problems))
        return Entry(routine.id, path, source, self.in_language(routine, path, source), written_tags=routine.tags)

    def in_language(self, routine: Routine, path: Path, source: Source) -> Routine:
        """A routine that ships with the app in the language in use; any other as its author wrote it."""
        if not self.ships(path, source):
            return routine
        from workout_timer.domain.common.content import translator
        from workout_timer.domain.library import built_in

        return built_in.routine(routine, translator())

    def ships(self, path: Path, source: Source) -> bool:
        """Whether `path` is a routine that ships with the app: listed as built-in, or opened by its path in the
        built-in folder (`workout-timer show routines/core-for-runners.yaml`)."""
        if source is Source.BUILT_IN:
            return True
        return source is Source.FILE and path.resolve().parent == self.built_in_dir.resolve()

    def watched_paths(self) -> list[Path]:
        """What to watch to notice the user's routines change: their folder and files, or, while the
        folder does not exist yet, the nearest folder above it that does (where it will appear)."""
        if self.user_dir is None:
            return []
        if self.user_dir.is_dir():
            return [self.user_dir, *routine_files(self.user_dir)]
        above = next((folder for folder in self.user_dir.parents if folder.is_dir()), None)
        return [above] if above is not None else []

    def _folders(self) -> list[tuple[Path, Source]]:
        folders = [(self.built_in_dir, Source.BUILT_IN)]
        if self.user_dir is not None:
            folders.insert(0, (self.user_dir, Source.USER))
        return folders


def _plain(text: str) -> str:
    """`text` as it is compared: case, spacing and hyphens aside ("Post-run  stretch" is "post run stretch")."""
    return " ".join(text.replace("-", " ").replace("_", " ").split()).casefold()


def _same(name: str, ref: str) -> bool:
    return _plain(name) == _plain(ref)
