"""The user's programme files: importing one (read once, checked, its clashes and the name it gets) and
exporting one, with one set of rules for the window and the command line, as routines have
(`library.importing`).

An imported programme is saved in the user's programme folder under its file name's id. An id that a
programme there is, built-in or the user's, has is a clash for the user to decide (`OnClash`): replace
it, or keep both, the new one with an id and a name of its own ("Back on track (2)"). A
programme is exported as its file is written, comments and all: it names its routines by id, so the
person importing it needs those routines too (the built-in ones everyone has).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from workout_timer.domain.common.atomic_file import save_text
from workout_timer.domain.library.importing import OnClash, renamed
from workout_timer.domain.library.user_routines import copy_name
from workout_timer.domain.routines.routine_files import free_id, routine_files, routine_id_for

if TYPE_CHECKING:
    from workout_timer.domain.programmes.programme import Programme
    from workout_timer.domain.programmes.programme_library import ProgrammeEntry, ProgrammeLibrary


@dataclass(frozen=True)
class ProgrammePlan:
    """What importing a programme file comes to: the id it is saved under, its name and the text written;
    or, when `clash` is the programme there is with its id, a question for the user first."""

    id: str
    name: str
    text: str
    clash: ProgrammeEntry | None = None
    replaces: bool = False


@dataclass(frozen=True)
class ProgrammeImport:
    """A programme file read once and checked, to be imported beside the programmes of a library."""

    text: str
    programme: Programme
    entries: tuple[ProgrammeEntry, ...]

    @classmethod
    def read(cls, path: Path, library: ProgrammeLibrary) -> ProgrammeImport:
        """Read and check the file as every programme is. Raises LoadError with every mistake in it."""
        from workout_timer.domain.programmes.programme_library import load_programme_text
        from workout_timer.domain.routines.loading import read_file

        text = read_file(path)
        programme = load_programme_text(text, str(path), library.routines, routine_id_for(path), str(path))
        return cls(text, programme, tuple(library.entries()))

    def plan(self, on_clash: OnClash = OnClash.ASK, as_id: str | None = None) -> ProgrammePlan:
        """The import under the file's own id, or `as_id` tidied as a file name is."""
        wanted = routine_id_for(as_id) if as_id else self.programme.id
        clash = next((entry for entry in self.entries if entry.id == wanted), None)
        name = self.programme.name
        if clash is not None and on_clash is OnClash.ASK:
            return ProgrammePlan(wanted, name, self.text, clash=clash)
        replaces = clash is not None and on_clash is OnClash.REPLACE
        others = {entry.id: entry.name for entry in self.entries if not (replaces and entry.id == wanted)}
        new_id = free_id(wanted, others, "programme")
        new_name = copy_name(name, others.values())
        text = self.text if new_name == name else renamed(self.text, name, new_name)
        if text is None:  # a name written over several lines: the programme keeps it, its id tells it apart
            text, new_name = self.text, name
        return ProgrammePlan(new_id, new_name, text, replaces=replaces)


def save_programme(folder: Path, plan: ProgrammePlan) -> Path:
    """Write an imported programme into the user's folder atomically (over the file of its id, if there
    is one, whatever its name). Raises OSError; an old file is then untouched."""
    there = next((path for path in routine_files(folder) if routine_id_for(path) == plan.id), None)
    path = there or folder / f"{plan.id}.yaml"
    save_text(path, plan.text)
    return path


def export_programme(entry: ProgrammeEntry, path: Path) -> None:
    """Write the programme's file to `path` for someone else to import, atomically. Raises OSError, or
    ValueError for a programme that does not load."""
    if entry.programme is None:
        raise ValueError(f"{entry.id} does not load, so it cannot be exported")
    from workout_timer.domain.routines.loading import read_file

    save_text(path, read_file(entry.path))
