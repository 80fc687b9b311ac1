"""The built-in routines read when the app was built: a first start takes them while nothing they were read
with has changed, reads any file that did, and never builds anything from the file but the domain's data."""

from __future__ import annotations

import importlib.util
import pickle
import shutil
import sys
from pathlib import Path

import pytest

from workout_timer import resources
from workout_timer.domain.common import language
from workout_timer.domain.library import library as library_module
from workout_timer.domain.library import shipped_library
from workout_timer.domain.library.entry import Entry, Source
from workout_timer.domain.library.library import Library
from workout_timer.domain.library.library_cache import LibraryCache

SCRIPTS = Path(__file__).resolve().parents[3] / "scripts"


@pytest.fixture
def built_in(tmp_path: Path) -> Path:
    """A copy of the built-in routines and catalogue, to change as an update of the app would."""
    folder = tmp_path / "built-in"
    shutil.copytree(resources.routines_dir(), folder)
    return folder


def ship(built_in: Path, out: Path) -> Path:
    """What the wheel's build does (`hatch_build.py`), through the same script."""
    spec = importlib.util.spec_from_file_location("ship_library", SCRIPTS / "ship_library.py")
    assert spec is not None and spec.loader is not None
    script = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(script)
    script.ship_library(out, built_in)
    return out


def first_start(built_in: Path, shipped: Path, tmp_path: Path) -> tuple[Library, LibraryCache]:
    """A library with no cache of the user's yet (a new cache file each time), and the shipped entries."""
    cache = LibraryCache(tmp_path / f"cache-{len(list(tmp_path.glob('cache-*')))}.pickle", shipped)
    return Library(built_in, None, built_in / "exercises.yaml", cache), cache


def count_loads(monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    loaded: list[Path] = []
    real = Library.load

    def load(self: Library, path: Path, source: Source) -> Entry:
        loaded.append(path)
        return real(self, path, source)

    monkeypatch.setattr(library_module.Library, "load", load)
    return loaded


def test_a_first_start_takes_every_built_in_routine_as_reading_its_file_would_give_it(
    built_in: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shipped = ship(built_in, tmp_path / "routines.pickle")
    moved = tmp_path / "installed"  # the app installed elsewhere than where it was built
    shutil.copytree(built_in, moved)
    read = Library(moved, None, moved / "exercises.yaml").entries()
    loaded = count_loads(monkeypatch)
    library, cache = first_start(moved, shipped, tmp_path)
    taken = library.entries()
    assert loaded == [] and cache.reads == 0
    assert taken == read  # the routines, their ids and the paths of their files here, not at the build
    assert all(entry.routine is not None and entry.routine.path == str(entry.path) for entry in taken)
    assert [entry.path.parent for entry in taken] == [moved] * len(read)
    library.entries()  # the user's cache now holds them: the next start reads it
    assert cache.reads == 0 and cache.path.is_file()


def test_a_routine_changed_since_the_build_is_read_from_its_file(
    built_in: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shipped = ship(built_in, tmp_path / "routines.pickle")
    changed = built_in / "post-run-stretch.yaml"
    changed.write_text(changed.read_text().replace("name: Post-run stretch", "name: Stretch after a run", 1))
    loaded = count_loads(monkeypatch)
    library, _cache = first_start(built_in, shipped, tmp_path)
    entries = library.entries()
    assert loaded == [changed]
    assert "Stretch after a run" in [entry.name for entry in entries]


def test_a_changed_catalogue_or_domain_code_reads_every_file(
    built_in: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shipped = ship(built_in, tmp_path / "routines.pickle")
    count = len(Library(built_in, None, built_in / "exercises.yaml").entries())
    catalogue = built_in / "exercises.yaml"
    original = catalogue.read_bytes()
    catalogue.write_bytes(original + b"\n")
    library, cache = first_start(built_in, shipped, tmp_path)
    library.entries()
    assert cache.reads == count
    catalogue.write_bytes(original)
    domain = tmp_path / "domain"
    shutil.copytree(Path(shipped_library.__file__).parents[1], domain, ignore=shutil.ignore_patterns("__pycache__"))
    monkeypatch.setattr(shipped_library, "_CODE", domain)
    library, cache = first_start(built_in, shipped, tmp_path)
    library.entries()
    assert cache.reads == 0  # the same code, wherever it is
    with (domain / "routines" / "loading.py").open("a", encoding="utf-8") as code:
        code.write("\n")
    library, cache = first_start(built_in, shipped, tmp_path)
    library.entries()
    assert cache.reads == count


def test_each_language_takes_the_routines_as_read_in_it(built_in: Path, tmp_path: Path) -> None:
    shipped = ship(built_in, tmp_path / "routines.pickle")
    assert language.current() == "en"
    try:
        language.use("de_DE")
        read = Library(built_in, None, built_in / "exercises.yaml").entries()
        library, cache = first_start(built_in, shipped, tmp_path)
        assert library.entries() == read and cache.reads == 0
    finally:
        language.use("en")


def test_every_region_of_a_language_takes_the_routines_read_in_that_language(built_in: Path, tmp_path: Path) -> None:
    """The shipped routines are kept by language, the user's cache by locale (its problems write durations by
    region): that holds while a built-in routine reads the same in every region of its language, as here."""
    shipped = ship(built_in, tmp_path / "routines.pickle")
    try:
        for locale in ("en_US", "en_GB", "en_EN", "de_DE", "de_CH", "de_US"):
            language.use(locale)
            read = Library(built_in, None, built_in / "exercises.yaml").entries()
            library, cache = first_start(built_in, shipped, tmp_path)
            assert library.entries() == read and cache.reads == 0, locale
    finally:
        language.use("en")


class _Boom:
    def __reduce__(self) -> tuple[object, ...]:
        return (sys.exit, ("ran code from the file",))


@pytest.mark.parametrize(
    "content",
    [
        b"",
        b"not a pickle",
        pickle.dumps((shipped_library.FORMAT, {"en": (None, _Boom())})),
        pickle.dumps(_Boom()),
    ],
)
def test_a_damaged_or_foreign_file_runs_nothing_and_the_files_are_read(
    built_in: Path, tmp_path: Path, content: bytes
) -> None:
    shipped = tmp_path / "routines.pickle"
    shipped.write_bytes(content)
    library, cache = first_start(built_in, shipped, tmp_path)
    entries = library.entries()  # (sys.exit would end the test with SystemExit)
    assert cache.reads == len(entries) > 0
    with pytest.raises(pickle.UnpicklingError, match=r"not a class of the domain: sys\.exit"):
        shipped_library.safe_loads(pickle.dumps(_Boom()))


def test_only_built_in_routines_are_taken(built_in: Path, tmp_path: Path) -> None:
    shipped = ship(built_in, tmp_path / "routines.pickle")
    mine = tmp_path / "mine"
    mine.mkdir()
    shutil.copy(built_in / "post-run-stretch.yaml", mine / "post-run-stretch.yaml")  # the user's version of it
    cache = LibraryCache(tmp_path / "cache.pickle", shipped)
    library = Library(built_in, mine, built_in / "exercises.yaml", cache)
    entries = library.entries()
    assert cache.reads == 1  # the user's file is read; the built-in one behind it is taken
    assert next(entry for entry in entries if entry.id == "post-run-stretch").source is Source.USER


def test_paths_are_built_back_as_each_python_names_their_class(monkeypatch: pytest.MonkeyPatch) -> None:
    """Python 3.13 pickles a path as `pathlib._local.PosixPath`: a cache written by it is read back too."""
    written_before_313 = pickle.dumps(Path("/a/b.yaml"), protocol=2)
    written_by_313 = written_before_313.replace(b"pathlib\nPosixPath", b"pathlib._local\nPosixPath")
    assert written_by_313 != written_before_313
    if sys.version_info < (3, 13):
        monkeypatch.setitem(sys.modules, "pathlib._local", sys.modules["pathlib"])  # (where 3.13 has it)
    assert shipped_library.safe_loads(written_before_313) == Path("/a/b.yaml")
    assert shipped_library.safe_loads(written_by_313) == Path("/a/b.yaml")
