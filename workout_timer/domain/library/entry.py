"""A routine in the library: its file, where it was found, and the routine or the problems that stop it loading."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from workout_timer.domain.routines.problems import Problem
from workout_timer.domain.routines.routine import Routine


class Source(StrEnum):
    BUILT_IN = "built-in"
    USER = "user"
    FILE = "file"
    """A routine opened by its path, wherever it is."""


@dataclass(frozen=True)
class Entry:
    """One routine file: loaded, or with the problems that stop it loading."""

    id: str
    path: Path
    source: Source
    routine: Routine | None
    problems: tuple[Problem, ...] = ()
    written_tags: tuple[str, ...] = ()
    """The routine's tags as its file writes them: a built-in routine's in English, where `routine.tags` are in the
    language in use. The search finds a routine by either, and the kinds read both."""

    @property
    def unreadable(self) -> Problem | None:
        """Why the file can't be read at all (not a regular file, too big…), or None when it was read."""
        return next((problem for problem in self.problems if not problem.in_text), None)

    @property
    def name(self) -> str:
        """The routine's name; its id for a file that does not load."""
        return self.routine.name if self.routine is not None else self.id
