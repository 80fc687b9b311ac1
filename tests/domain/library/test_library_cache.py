"""The library cache: a start with nothing changed reads no YAML, and any change is read afresh."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from tests.conftest import FIXTURES
from workout_timer import resources
from workout_timer.domain.library import library as library_module
from workout_timer.domain.library import library_cache
from workout_timer.domain.library.entry import Entry, Source
from workout_timer.domain.library.library import Library
from workout_timer.domain.library.library_cache import LibraryCache

ROUTINE = """\
version: 1
name: {name}
steps:
  - exercise: plank
    duration: 30s
"""
FIXTURES_INVALID = FIXTURES / "invalid"


@pytest.fixture
def user_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "routines"
    folder.mkdir()
    (folder / "mine.yaml").write_text(ROUTINE.format(name="Mine"))
    return folder


def make(user_dir: Path, cache_path: Path) -> Library:
    return Library(resources.routines_dir(), user_dir, resources.catalogue_path(), LibraryCache(cache_path))


def count_loads(monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    """Record every file the library parses."""
    loaded: list[Path] = []
    real = Library.load

    def load(self: Library, path: Path, source: Source) -> Entry:
        loaded.append(path)
        return real(self, path, source)

    monkeypatch.setattr(library_module.Library, "load", load)
    return loaded


def names(entries: list[Entry]) -> list[str]:
    return [e.routine.name if e.routine else f"broken {e.id}" for e in entries]


def test_a_second_start_reads_the_cache_and_gets_the_same_entries(
    user_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    cache = tmp_path / "cache" / "library.pickle"
    fresh = make(user_dir, cache).entries()
    assert cache.is_file()
    loaded = count_loads(monkeypatch)
    again = make(user_dir, cache).entries()
    assert loaded == []
    assert again == fresh
    assert Library(resources.routines_dir(), user_dir, resources.catalogue_path()).entries() == fresh


def test_an_edited_added_or_removed_file_is_read_afresh(
    user_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    cache = tmp_path / "library.pickle"
    make(user_dir, cache).entries()
    mine = user_dir / "mine.yaml"
    mine.write_text(ROUTINE.format(name="Mine, longer name"))
    os.utime(mine, ns=(1, 1))  # even a clock set back changes the fingerprint
    assert "Mine, longer name" in names(make(user_dir, cache).entries())

    (user_dir / "other.yaml").write_text(ROUTINE.format(name="Other"))
    assert "Other" in names(make(user_dir, cache).entries())

    (user_dir / "other.yaml").unlink()
    (user_dir / "broken.yaml").write_text("version: 1\nname: [\n")
    entries = make(user_dir, cache).entries()
    assert "Other" not in names(entries) and "broken broken" in names(entries)

    loaded = count_loads(monkeypatch)
    make(user_dir, cache).entries()
    assert loaded == []  # and now that is cached too, problems included


@pytest.mark.parametrize("damage", [b"", b"not a pickle", b"\x80\x05garbage"])
def test_a_damaged_cache_is_ignored_and_replaced(user_dir: Path, tmp_path: Path, damage: bytes) -> None:
    cache = tmp_path / "library.pickle"
    fresh = make(user_dir, cache).entries()
    cache.write_bytes(damage)
    again = make(user_dir, cache)
    assert again.entries() == fresh
    assert again.cache is not None and again.cache.reads == len(fresh)  # nothing taken from the damaged copy
    assert cache.read_bytes() != damage


def test_a_cache_that_cannot_be_written_costs_nothing_but_time(user_dir: Path, tmp_path: Path) -> None:
    blocked = tmp_path / "a-file"
    blocked.write_text("")
    cache = blocked / "library.pickle"  # its folder is a file: every write fails
    assert names(make(user_dir, cache).entries()) == names(make(user_dir, cache).entries())
    assert not (tmp_path / "a-file").is_dir()
    assert not list(tmp_path.glob("**/*.partial"))


def test_the_paths_to_watch_are_the_user_folder_and_its_routines_or_where_it_will_appear(
    user_dir: Path, tmp_path: Path
) -> None:
    library = make(user_dir, tmp_path / "cache.pickle")
    assert library.watched_paths() == [user_dir, user_dir / "mine.yaml"]
    later = Library(resources.routines_dir(), tmp_path / "not" / "yet", resources.catalogue_path())
    assert later.watched_paths() == [tmp_path]


def test_a_save_among_many_routines_reads_only_the_file_that_changed(
    user_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    for number in range(30):
        (user_dir / f"r{number:02d}.yaml").write_text(ROUTINE.format(name=f"Routine {number}"))
    cache = tmp_path / "library.pickle"
    library = make(user_dir, cache)
    library.entries()
    loaded = count_loads(monkeypatch)
    (user_dir / "r07.yaml").write_text(ROUTINE.format(name="Routine seven, edited"))
    (user_dir / "r08.yaml").unlink()
    entries = library.entries()  # the same run of the app, after a save and a delete
    assert loaded == [user_dir / "r07.yaml"]
    assert "Routine seven, edited" in names(entries) and "Routine 8" not in names(entries)
    loaded.clear()
    (user_dir / "r09.yaml").write_text(ROUTINE.format(name="Routine nine, edited"))
    assert "Routine nine, edited" in names(make(user_dir, cache).entries())  # the next run of the app
    assert loaded == [user_dir / "r09.yaml"]


def test_a_changed_catalogue_reads_every_file_again(user_dir: Path, tmp_path: Path) -> None:
    catalogue = tmp_path / "exercises.yaml"
    catalogue.write_bytes(resources.catalogue_path().read_bytes())
    cache = LibraryCache(tmp_path / "library.pickle")
    library = Library(resources.routines_dir(), user_dir, catalogue, cache)
    count = len(library.entries())
    assert cache.reads == count
    library.entries()
    assert cache.reads == 0
    catalogue.write_bytes(catalogue.read_bytes() + b"\n")
    library.entries()
    assert cache.reads == count


@pytest.mark.parametrize(
    "module",
    [
        "routines/reading/reader.py",  # a package inside a package
        "routines/reading/pose_reader.py",
        "library/entry.py",  # what the cache stores
        "routines/loading.py",
    ],
)
def test_a_change_to_any_module_of_the_domain_reads_every_file_again(
    module: str, user_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    domain = tmp_path / "domain"
    shutil.copytree(Path(library_cache.__file__).parents[1], domain, ignore=shutil.ignore_patterns("__pycache__"))
    monkeypatch.setattr(library_cache, "_MODEL_CODE", domain)
    cache = LibraryCache(tmp_path / "library.pickle")
    library = Library(resources.routines_dir(), user_dir, resources.catalogue_path(), cache)
    count = len(library.entries())
    library.entries()
    assert cache.reads == 0
    with (domain / module).open("a", encoding="utf-8") as code:
        code.write("\n")
    library.entries()
    assert cache.reads == count


def test_a_change_of_language_reads_every_file_again_so_its_problems_are_told_in_it(
    user_dir: Path, tmp_path: Path
) -> None:
    from workout_timer.domain.common import language

    (user_dir / "broken.yaml").write_text("version: 1\nname: Broken\nsteps:\n  - exercise: plnk\n    duration: 30s\n")
    cache_path = tmp_path / "cache.pickle"
    make(user_dir, cache_path).entries()  # kept in English
    language.use("de_DE")
    library = make(user_dir, cache_path)
    broken = next(entry for entry in library.entries() if entry.id == "broken")
    assert [problem.message for problem in broken.problems] == ["unbekannte Übung plnk; meintest du plank?"]


def test_a_change_of_region_reads_every_file_again_so_its_durations_are_written_as_there(
    user_dir: Path, tmp_path: Path
) -> None:
    """The same language writes durations apart by region ("30 sec" in the US, "30 secs" in Britain): the cache is
    kept for the locale the app writes in, not its language alone."""
    from workout_timer.domain.common import language

    (user_dir / "late.yaml").write_text((FIXTURES_INVALID / "cue-after-end.yaml").read_text())
    cache_path = tmp_path / "cache.pickle"

    def late_cue() -> list[str]:
        entry = next(entry for entry in make(user_dir, cache_path).entries() if entry.id == "late")
        return [problem.message for problem in entry.problems]

    language.use("en_US")
    assert late_cue() == ["this cue at 45 sec comes after the step ends (30 sec)"]
    language.use("en_GB")
    assert late_cue() == ["this cue at 45 secs comes after the step ends (30 secs)"]
    language.use("en_EN")  # a region Babel does not know: written as the bare language, "en"
    assert late_cue() == ["this cue at 45 sec comes after the step ends (30 sec)"]
