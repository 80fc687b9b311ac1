"""Importing a routine file into the user's routines: one set of rules for the window and the command line.

The file is read once and checked as every routine is. It is imported under its file name's id, which
clashes with the id of any routine in the library, built-in or the user's own, one that does not load
included. A clash is the user's to decide (`OnClash`): the import replaces the routine (over its file,
wherever `UserRoutines.path_for` finds it), or is kept beside it with an id and a name of its own
("Core for runners (2)"), its text as written but for the name.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING

from workout_timer.domain.library.user_routines import copy_name
from workout_timer.domain.routines.routine_files import free_id, routine_id_for
from workout_timer.domain.routines.routine_writer import routine_yaml

if TYPE_CHECKING:
    from workout_timer.domain.library.entry import Entry
    from workout_timer.domain.library.library import Library
    from workout_timer.domain.routines.routine import Routine


@dataclass(frozen=True)
class Imported:
    """What an imported routine is saved as: its id (file name), its name and the file's text."""

    id: str
    name: str
    text: str


def imported_copy(
    text: str, routine: Routine, routine_id: str, taken_ids: Iterable[str], taken_names: Iterable[str]
) -> Imported:
    """A routine file imported beside the routines there are, told apart from them in the list: an id
    none of them has, and a name none of them has ("Core for runners (2)"). The file's text is kept
    as written, with only its name changed; a name the text cannot be changed in place rewrites it."""
    new_id = free_id(routine_id, taken_ids, "routine")
    name = copy_name(routine.name, taken_names)
    if name == routine.name:
        return Imported(new_id, name, text)
    new_text = renamed(text, routine.name, name)
    if new_text is None:
        new_text = routine_yaml(replace(routine, name=name))
    return Imported(new_id, name, new_text)


class OnClash(StrEnum):
    """What to do when an imported routine has the file name (id) of a routine there is."""

    ASK = "ask"
    """Nothing decided yet: the plan says there is a clash, for the user to choose."""
    REPLACE = "replace"
    """The imported routine takes the id (yours is replaced; a built-in one is covered by yours)."""
    KEEP_BOTH = "keep-both"
    """Both are kept: the imported one gets an id and a name of its own."""


@dataclass(frozen=True)
class ImportPlan:
    """What importing a routine file comes to: the id it is saved under, its name and the text written;
    or, when `clash` is the routine there is with its id, a question for the user first."""

    id: str
    name: str
    text: str
    clash: Entry | None = None
    """The routine (built-in or the user's own) that has this id, while nothing is decided."""
    replaces: bool = False


def plan_import(
    text: str, routine: Routine, routine_id: str, entries: Sequence[Entry], on_clash: OnClash = OnClash.ASK
) -> ImportPlan:
    """How to import `routine` (the file's `text`) as `routine_id` beside the routines there are, `entries`
    (every one in the library, built-in and the user's own, those that do not load included). The id of
    any of them is a clash, decided by `on_clash`; kept beside the others, the routine gets an id and a
    name none of them has."""
    clash = next((entry for entry in entries if entry.id == routine_id), None)
    if clash is not None and on_clash is OnClash.ASK:
        return ImportPlan(routine_id, routine.name, text, clash=clash)
    replaces = clash is not None and on_clash is OnClash.REPLACE
    others = {entry.id: entry.name for entry in entries if not (replaces and entry.id == routine_id)}
    kept = imported_copy(text, routine, routine_id, others, others.values())
    return ImportPlan(kept.id, kept.name, kept.text, replaces=replaces)


@dataclass(frozen=True)
class RoutineImport:
    """A routine file read once and checked, to be imported beside the routines of a library."""

    text: str
    routine: Routine
    entries: tuple[Entry, ...]

    @classmethod
    def read(cls, path: Path, library: Library) -> RoutineImport:
        """Read and check the file as every routine is. Raises LoadError with every mistake in it (a file
        that cannot be read included)."""
        from workout_timer.domain.routines.loading import load_routine_text, read_file

        text = read_file(path)
        routine = load_routine_text(text, str(path), library.catalogue, routine_id_for(path), path=str(path))
        return cls(text, routine, tuple(library.entries()))

    def plan(self, on_clash: OnClash = OnClash.ASK, as_id: str | None = None) -> ImportPlan:
        """The import under the file's own id, or `as_id` tidied as a file name is ("Club Core" is
        club-core): see `plan_import`."""
        routine_id = routine_id_for(as_id) if as_id else self.routine.id
        return plan_import(self.text, self.routine, routine_id, self.entries, on_clash)


def renamed(text: str, old: str, new: str) -> str | None:
    """The text of a routine (or programme) file with its top-level `name:` value changed, or None when it is
    not on one line."""
    import yaml

    from workout_timer.domain.routines.yaml_nodes import YamlProblem, parse

    try:
        root, _ = parse(text)
    except YamlProblem:
        return None
    value = next((v for k, v in root.pairs if k.kind == "scalar" and k.value == "name"), None)
    if value is None or value.kind != "scalar":
        return None
    lines = text.splitlines(keepends=True)
    line = lines[value.line - 1]
    start = value.column - 1
    body = line[start:].rstrip("\r\n")
    ending = line[len(line.rstrip("\r\n")) :]
    comment = ""
    if " #" in body:  # the value, then the spaces and comment after it, kept as they are
        body = body[: body.index(" #")]
        comment = line[start + len(body.rstrip()) : len(line) - len(ending)]
        body = body.rstrip()
    try:
        if yaml.safe_load(body) != old:
            return None
    except yaml.YAMLError:
        return None
    lines[value.line - 1] = line[:start] + json.dumps(new, ensure_ascii=False) + comment + ending
    return "".join(lines)
