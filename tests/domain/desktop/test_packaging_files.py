"""The files for packagers and the icons: made from the code and the SVG, up to date, and valid."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.helpers.programs import need
from workout_timer import __version__
from workout_timer.domain.desktop.identity import APP_ID
from workout_timer.domain.desktop.metainfo import RELEASES, metainfo

ROOT = Path(__file__).resolve().parents[3]
PACKAGING = ROOT / "packaging"
sys.path.insert(0, str(ROOT / "scripts"))

from make_packaging import packaging_files  # noqa: E402


def test_the_packagers_copies_are_what_the_code_writes() -> None:
    for name, text in packaging_files().items():
        assert (PACKAGING / name).read_text(encoding="utf-8") == text, f"run scripts/make_packaging.py ({name})"


def test_the_metainfo_is_for_this_version() -> None:
    assert RELEASES[0].version == __version__
    assert f'<release version="{__version__}"' in metainfo(__version__)
    with pytest.raises(ValueError, match="no release notes"):
        metainfo("99.0")


@pytest.mark.slow
def test_desktop_file_validate_passes() -> None:
    need("desktop-file-validate")
    done = subprocess.run(
        ["desktop-file-validate", str(PACKAGING / f"{APP_ID}.desktop")], capture_output=True, text=True
    )
    assert done.returncode == 0 and done.stdout.strip() == "", done.stdout + done.stderr


@pytest.mark.slow
def test_the_reminders_autostart_entry_is_valid(tmp_path: Path) -> None:
    from workout_timer.domain.desktop.reminders import autostart_entry, autostart_file_name

    need("desktop-file-validate")
    entry = tmp_path / autostart_file_name()
    entry.write_text(autostart_entry(["/home/Ann Lee/.local/bin/workout-timer"]))
    done = subprocess.run(["desktop-file-validate", str(entry)], capture_output=True, text=True)
    assert done.returncode == 0 and done.stdout.strip() == "", done.stdout + done.stderr


@pytest.mark.slow
def test_appstreamcli_validate_passes() -> None:
    need("appstreamcli")
    done = subprocess.run(
        ["appstreamcli", "validate", "--no-net", "--explain", str(PACKAGING / f"{APP_ID}.metainfo.xml")],
        capture_output=True, text=True, env={**os.environ, "LANG": "C.UTF-8"},
    )  # fmt: skip
    assert done.returncode == 0, done.stdout + done.stderr
    assert "Validation was successful" in done.stdout and "W:" not in done.stdout and "I:" not in done.stdout
