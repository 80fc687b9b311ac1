"""An installed wheel, away from the source tree, finds its routines, catalogue, assets and schema."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from packaging.requirements import Requirement

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.slow
def test_the_installed_wheel_has_everything(tmp_path: Path) -> None:
    dist = tmp_path / "dist"
    subprocess.run(
        [sys.executable, "-m", "build", "--wheel", "--outdir", str(dist), str(ROOT)],
        check=True, capture_output=True, timeout=300,
    )  # fmt: skip
    (wheel,) = dist.glob("*.whl")
    names = zipfile.ZipFile(wheel).namelist()
    assert "workout_timer/data/routines/exercises.yaml" in names
    assert "workout_timer/data/routines/core-for-runners.yaml" in names
    assert "workout_timer/data/assets/icons/hicolor/scalable/apps/io.github.workout_timer.WorkoutTimer.svg" in names
    assert "workout_timer/data/assets/icons/hicolor/16x16/apps/io.github.workout_timer.WorkoutTimer.png" in names
    assert "workout_timer/data/assets/sounds/work.wav" in names
    assert "workout_timer/routine.schema.json" in names
    assert "workout_timer/locale/de/LC_MESSAGES/workout_timer.mo" in names  # German, with no compile step
    assert names.count("workout_timer/routines.pickle") == 1  # the built-in routines read by the build
    wheel_file = zipfile.ZipFile(wheel)
    (metadata_name,) = [n for n in names if n.endswith(".dist-info/METADATA")]
    metadata = wheel_file.read(metadata_name).decode()
    assert "License-Expression: GPL-3.0-or-later" in metadata
    assert any(n.endswith(".dist-info/licenses/LICENSE") for n in names)
    qt = [
        Requirement(line.removeprefix("Requires-Dist: "))
        for line in metadata.splitlines()
        if line.lower().startswith("requires-dist: pyside6")
    ]
    for python, newest_allowed in (("3.11", False), ("3.12", True), ("3.13", True)):
        wanted = [r for r in qt if r.marker is None or r.marker.evaluate({"python_version": python})]
        assert sorted(r.name.lower() for r in wanted) == ["pyside6-addons", "pyside6-essentials"], python
        assert all(r.specifier.contains("6.11.0") and not r.specifier.contains("6.10.3") for r in wanted)
        assert all(r.specifier.contains("6.12.0") is newest_allowed for r in wanted), f"6.12 on Python {python}"
    assert "Project-URL: Homepage," in metadata

    target = tmp_path / "site"
    subprocess.run(
        [sys.executable, "-m", "pip", "install", "--quiet", "--no-deps", "--no-index", "--target", str(target), str(wheel)],
        check=True, capture_output=True, timeout=300,
    )  # fmt: skip
    env = {**os.environ, "PYTHONPATH": str(target)}
    probe = (
        "import json, workout_timer, workout_timer.resources as r;"
        "from workout_timer.domain.common import language as l;"
        "print(json.dumps([workout_timer.__file__, str(r.routines_dir()), str(r.assets_dir()),"
        " (r.assets_dir() / 'icons/hicolor/scalable/apps/io.github.workout_timer.WorkoutTimer.svg').is_file(), len(r.schema_text()),"
        " l.use('de_DE'), l._('there is no such file')]))"
    )
    done = subprocess.run(
        [sys.executable, "-c", probe], cwd=tmp_path, env=env, capture_output=True, text=True, check=True
    )
    module, routines, assets, has_icon, schema_size, german, words = json.loads(done.stdout)
    assert german == "de" and words == "diese Datei gibt es nicht"
    assert module.startswith(str(target)), "the test must use the installed copy, not the source tree"
    assert routines.startswith(str(target)) and assets.startswith(str(target))
    assert has_icon and schema_size > 1000

    listing = subprocess.run(
        [sys.executable, "-m", "workout_timer", "list", "--json"],
        cwd=tmp_path, env=env, capture_output=True, text=True, check=True,
    )  # fmt: skip
    routines_found = json.loads(listing.stdout)
    assert {r["id"] for r in routines_found} >= {"core-for-runners", "post-run-stretch", "pre-run-warm-up"}
    assert all(r["path"].startswith(str(target)) for r in routines_found if r["source"] == "built-in")

    first_start = (  # no cache of the user's yet: every built-in routine is taken from what the build read
        "import sys; from pathlib import Path; from workout_timer import resources as r;"
        "from workout_timer.domain.library.library import Library;"
        "from workout_timer.domain.library.library_cache import LibraryCache;"
        "cache = LibraryCache(Path(sys.argv[1]), r.shipped_library_path());"
        "found = Library(r.routines_dir(), None, r.catalogue_path(), cache).entries();"
        "print(len(found), cache.reads, 'yaml' in sys.modules)"
    )
    done = subprocess.run(
        [sys.executable, "-c", first_start, str(tmp_path / "cache.pickle")],
        cwd=tmp_path, env=env, capture_output=True, text=True, check=True,
    )  # fmt: skip
    found, reads, yaml_loaded = done.stdout.split()
    assert int(found) >= 3 and reads == "0" and yaml_loaded == "False"
