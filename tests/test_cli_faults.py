"""The command line under faults: long names, odd targets for the event log, unreadable or read-only histories."""

from __future__ import annotations

from pathlib import Path

import pytest

from workout_timer.cli import main


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_export_takes_the_longest_name_the_file_system_takes(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    target = tmp_path / ("c" * 240 + ".yaml")  # 245 characters: legal (255 is the limit)
    code, out, err = run(capsys, "export", "core-for-runners", str(target))
    assert (code, err) == (0, "") and "Wrote" in out
    assert "name: Core for runners" in target.read_text()
    assert [p.name for p in tmp_path.iterdir()] == [target.name]  # no temporary file left beside it
