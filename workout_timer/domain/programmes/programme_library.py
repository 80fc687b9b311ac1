"""Finding programmes: the built-in ones that ship with the app and the user's own, read as routines are.

A programme file is read the one safe way routine files are (`routines.loading.read_file`: a regular file
within the size limit, UTF-8, YAML that builds no object), then checked by `ProgrammeReader` against the
routines there are. A user's programme with the id of a built-in one is listed in its place; a broken one
is listed with its problems, so it can be fixed.
"""

from __future__ import annotations

from collections.abc import Callable, Collection
from dataclasses import dataclass, replace
from pathlib import Path

from workout_timer.domain.common.content import Translate, key
from workout_timer.domain.library.entry import Source
from workout_timer.domain.programmes.programme import Programme
from workout_timer.domain.programmes.programme_reader import ProgrammeReader
from workout_timer.domain.routines.problems import LoadError, Problem
from workout_timer.domain.routines.routine_files import ROUTINE_SUFFIXES, routine_files, routine_id_for


@dataclass(frozen=True)
class ProgrammeEntry:
    """One programme file: loaded, or with the problems that stop it loading."""

    id: str
    path: Path
    source: Source
    programme: Programme | None
    problems: tuple[Problem, ...] = ()

    @property
    def name(self) -> str:
        return self.programme.name if self.programme is not None else self.id


def is_programme_text(text: str) -> bool:
    """Whether `text` is a programme rather than a routine: a mapping with `weeks:` at its top (text that is not
    YAML is neither, and is left to the routine reader to explain)."""
    from workout_timer.domain.routines.yaml_nodes import YamlProblem, parse

    try:
        root, _ = parse(text)
    except YamlProblem:
        return False
    return root.kind == "map" and any(key.value == "weeks" for key, _ in root.pairs)


def load_programme(path: str | Path, routines: Collection[str]) -> Programme:
    """Load and check one programme file; `routines` are the ids its days may name. Raises LoadError."""
    from workout_timer.domain.routines.loading import read_file

    return load_programme_text(read_file(path), str(path), routines, routine_id_for(path), path=str(path))


def load_programme_text(
    text: str, label: str, routines: Collection[str], programme_id: str, path: str | None = None
) -> Programme:
    """Load and check a programme from text; `label` names it in messages. Raises LoadError."""
    reader = ProgrammeReader(label, routines)
    programme = reader.programme(reader.tree(text), programme_id, path)
    reader.raise_if_any()
    assert programme is not None
    return programme


def translated(programme: Programme, say: Translate) -> Programme:
    """A built-in programme in the language of `say`: its name, description and each week's note
    (`common.content`; `./dev i18n extract` finds the texts through here too)."""
    file = programme.id

    def words(path: str, text: str) -> str:
        return say(key(file, path), text) if text else text

    weeks = tuple(replace(week, note=words("weeks.note", week.note)) for week in programme.weeks)
    return replace(
        programme,
        name=words("name", programme.name),
        description=words("description", programme.description),
        weeks=weeks,
    )


class ProgrammeLibrary:
    """The programmes in the built-in folder and the user's folder, the user's first on a clash.

    `routine_ids` gives the ids of the routines there are (built-in and the user's, those that do not load
    included: a programme is not broken by a routine file being mended); it is asked once, when first needed.
    """

    def __init__(self, built_in_dir: Path, user_dir: Path | None, routine_ids: Callable[[], Collection[str]]) -> None:
        self.built_in_dir = built_in_dir
        self.user_dir = user_dir
        self._routine_ids = routine_ids
        self._known: Collection[str] | None = None

    @property
    def routines(self) -> Collection[str]:
        if self._known is None:
            self._known = frozenset(self._routine_ids())
        return self._known

    def entries(self) -> list[ProgrammeEntry]:
        """Every programme, the user's first, each folder sorted by id; a built-in one the user has a
        programme of the same id in place of is left out."""
        found = [self.load(path, source) for folder, source in self._folders() for path in routine_files(folder)]
        mine = {entry.id for entry in found if entry.source is Source.USER}
        return [entry for entry in found if entry.source is not Source.BUILT_IN or entry.id not in mine]

    def find(self, ref: str) -> ProgrammeEntry | None:
        """A programme by id (the user's first) or by path to a file; None when there is none."""
        path = Path(ref).expanduser()
        if path.suffix.lower() in ROUTINE_SUFFIXES or "/" in ref:
            return self.load(path, Source.FILE) if path.exists() else None
        for folder, source in self._folders():
            for candidate in routine_files(folder):
                if routine_id_for(candidate) == ref:
                    return self.load(candidate, source)
        return None

    def load(self, path: Path, source: Source) -> ProgrammeEntry:
        """The programme in `path`; a built-in one in the language in use, the user's own as written."""
        try:
            programme = load_programme(path, self.routines)
        except LoadError as error:
            return ProgrammeEntry(routine_id_for(path), path, source, None, tuple(error.problems))
        if source is Source.BUILT_IN or path.resolve().parent == self.built_in_dir.resolve():
            from workout_timer.domain.common.content import translator

            programme = translated(programme, translator())
        return ProgrammeEntry(programme.id, path, source, programme)

    def _folders(self) -> list[tuple[Path, Source]]:
        folders = [(self.built_in_dir, Source.BUILT_IN)]
        if self.user_dir is not None:
            folders.insert(0, (self.user_dir, Source.USER))
        return folders
