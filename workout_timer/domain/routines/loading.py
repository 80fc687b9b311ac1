"""Routine and catalogue files to model objects, with every mistake reported at its line and column.

This is the only way files become routines: the command line, the library and the app all load
through here, so the rules and their messages are the same everywhere.
"""

from __future__ import annotations

from pathlib import Path

from workout_timer.domain.common.failures import plain_words
from workout_timer.domain.routines import messages
from workout_timer.domain.routines.problems import LoadError, Problem
from workout_timer.domain.routines.reading.routine_reader import RoutineReader
from workout_timer.domain.routines.routine import Catalogue, Exercise, Routine
from workout_timer.domain.routines.routine_files import routine_id_for
from workout_timer.domain.routines.yaml_nodes import YamlProblem, decode, read_bounded


def read_file(path: str | Path) -> str:
    """The text of a routine file, or a LoadError naming the file and what is wrong with it."""
    try:
        data = read_file_bytes(path)
    except FileNotFoundError:
        raise LoadError([Problem(str(path), 0, 0, messages.missing_file(), in_text=False)]) from None
    try:
        return decode(data)
    except YamlProblem as problem:
        raise LoadError([Problem(str(path), problem.line, problem.column, problem.message)]) from None


def read_file_bytes(path: str | Path) -> bytes:
    """The bytes of a user's file, read the one safe way: only a regular file, its size checked before
    reading, a pipe never waited on. FileNotFoundError when there is no file; a LoadError saying why
    when there is one that can't be read (its problem is not `in_text`: there is nothing to fix in it)."""
    label = str(path)
    try:
        return read_bounded(Path(path))
    except FileNotFoundError:
        raise
    except IsADirectoryError:
        raise LoadError([Problem(label, 0, 0, messages.is_a_folder(), in_text=False)]) from None
    except OSError as error:
        why = plain_words(OSError(error.errno, error.strerror) if error.errno else error)  # the path is said first
        raise LoadError([Problem(label, 0, 0, messages.unreadable(why), in_text=False)]) from None
    except YamlProblem as problem:
        raise LoadError([Problem(label, 0, 0, problem.message, in_text=False)]) from None


def load_routine(path: str | Path, catalogue: Catalogue) -> Routine:
    """Load and check one routine file. Raises LoadError with every problem found."""
    text = read_file(path)
    return load_routine_text(text, str(path), catalogue, routine_id_for(path), path=str(path))


def load_routine_text(
    text: str,
    label: str,
    catalogue: Catalogue,
    routine_id: str,
    path: str | None = None,
) -> Routine:
    """Load and check a routine from text; `label` names it in messages."""
    reader = RoutineReader(label)
    root = reader.tree(text)
    routine = reader.routine(root, catalogue, routine_id, path)
    reader.raise_if_any()
    assert routine is not None
    return routine


def load_catalogue(path: str | Path) -> dict[str, Exercise]:
    """Load an exercise catalogue file (`version: 1` and `exercises:`). Raises LoadError."""
    return load_catalogue_text(read_file(path), str(path))


def load_catalogue_text(text: str, label: str) -> dict[str, Exercise]:
    """Load exercises from catalogue text; `label` names it in messages. Raises LoadError."""
    reader = RoutineReader(label)
    exercises = reader.catalogue(reader.tree(text))
    reader.raise_if_any()
    return exercises
