"""The command line under faults: long names, odd targets for the event log, unreadable or read-only histories."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import SHORT_ROUTINE
from workout_timer.cli import main
from workout_timer.domain.common.paths import user_routines_dir


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


@pytest.fixture
def opened(monkeypatch: pytest.MonkeyPatch) -> list[object]:
    """What `start` would open the window with (the window itself is not opened)."""
    import workout_timer.qt.shell.app as app

    calls: list[object] = []
    monkeypatch.setattr(app, "run_app", lambda _refused, **kwargs: calls.append(kwargs) or 0)
    return calls


def test_the_event_log_never_goes_into_a_routine(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, opened: list[object]
) -> None:
    routines = user_routines_dir()
    routines.mkdir(parents=True)
    mine = routines / "mine.yaml"
    mine.write_text(SHORT_ROUTINE)
    code, _, err = run(capsys, "start", "mine", "--event-log", str(mine))
    assert code == 2 and "the timing log can't go to" in err and "inside the routines folder" in err
    elsewhere = tmp_path / "copy.yaml"
    elsewhere.write_text(SHORT_ROUTINE)
    code, _, err = run(capsys, "start", "mine", "--event-log", str(elsewhere))
    assert code == 2 and "not a timing log" in err
    code, _, err = run(capsys, "start", "mine", "--event-log", str(routines / "new-log.jsonl"))
    assert code == 2 and "inside the routines folder" in err
    assert mine.read_text() == SHORT_ROUTINE and elsewhere.read_text() == SHORT_ROUTINE and opened == []

    log = tmp_path / "earlier.jsonl"
    log.write_text('{"event": "session_started"}\n')  # an earlier log is added to, as before
    assert run(capsys, "start", "mine", "--event-log", str(log))[0] == 0
    assert len(opened) == 1


def special_files(tmp_path: Path) -> list[Path]:
    """A pipe, and a device node (a copy of /dev/null) where this test may make one."""
    import os
    import stat

    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    made = [fifo]
    try:
        os.mknod(tmp_path / "null", 0o666 | stat.S_IFCHR, os.makedev(1, 3))
        made.append(tmp_path / "null")
    except PermissionError:
        pass  # only root may make a device node: the pipe alone is tried
    return made


@pytest.mark.parametrize(
    "command",
    [["export", "core-for-runners"], ["sheet", "core-for-runners"], ["report"]],
    ids=["export", "sheet", "report"],
)
def test_export_sheet_and_report_never_replace_a_pipe_or_a_device(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, command: list[str]
) -> None:
    import stat

    for target in special_files(tmp_path):
        kind = stat.S_IFMT(target.lstat().st_mode)
        code, _, err = run(capsys, *command, str(target))
        assert code == 1
        assert (
            f"cannot write {target}: “{target}”: it is " in err and "not a regular file, so it was left as it is" in err
        )
        assert stat.S_IFMT(target.lstat().st_mode) == kind  # still the pipe or the device it was
    assert not [p.name for p in tmp_path.iterdir() if p.name.startswith(".workout-timer-")]  # nothing left beside
