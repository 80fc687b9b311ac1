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


@pytest.mark.parametrize(
    "command",
    [
        ["export", "core-for-runners"],
        ["sheet", "core-for-runners"],
        ["report"],
        ["programme", "export", "back-on-track"],
    ],
    ids=["export", "sheet", "report", "programme export"],
)
def test_a_folder_that_is_a_circle_of_links_is_said_so(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, command: list[str]
) -> None:
    (tmp_path / "loop").symlink_to("loop")  # a folder's name that leads back to itself
    (tmp_path / "deep").symlink_to("deeper")
    (tmp_path / "deeper").symlink_to("deep")
    for target in (tmp_path / "loop" / "x.out", tmp_path / "deep" / "on" / "x.out"):
        code, _, err = run(capsys, *command, str(target))
        assert code == 1
        assert err == f"workout-timer: cannot write {target}: the path to “{target}” goes round in a circle of links\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["deep", "deeper", "loop"]


@pytest.mark.parametrize(
    "command",
    [["export", "core-for-runners"], ["sheet", "core-for-runners"], ["report"]],
    ids=["export", "sheet", "report"],
)
def test_a_folder_the_app_may_not_write_in_names_the_file_asked_for(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, command: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """As in /sys, where not even root makes a file: the temporary file it is written to first is never named."""
    import errno
    import tempfile

    def refused(prefix: str, suffix: str, dir: Path) -> tuple[int, str]:
        raise PermissionError(errno.EACCES, "Permission denied", str(dir / f"{prefix}abc123{suffix}"))

    monkeypatch.setattr(tempfile, "mkstemp", refused)  # (file modes don't bind root, who runs these tests too)
    target = tmp_path / "x.out"
    code, _, err = run(capsys, *command, str(target))
    assert code == 1
    assert err == f"workout-timer: cannot write {target}: the app is not allowed to use “{target}”\n"


@pytest.fixture
def data_folder_a_file(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    """The user's data folder, where the history lives, is a file."""
    not_a_folder = tmp_path / "data"
    not_a_folder.write_text("a file where the data folder should be")
    monkeypatch.setenv("XDG_DATA_HOME", str(not_a_folder))
    return not_a_folder


def test_a_history_that_cant_be_read_is_said_so_never_taken_for_none(
    capsys: pytest.CaptureFixture[str], data_folder_a_file: Path
) -> None:
    from workout_timer.domain.common.paths import history_path

    said = (
        f"workout-timer: Your workout history can't be opened (a part of the path to “{history_path()}” is a file, "
        "not a folder). Nothing was changed.\n"
    )
    for command in (["history"], ["history", "--json"], ["today"]):
        code, out, err = run(capsys, *command)
        assert (code, err) == (1, said), command
        assert "No sessions yet" not in out and "not following" not in out and out in ("", "[]\n")


def test_a_history_file_that_is_a_folder_is_said_so(capsys: pytest.CaptureFixture[str]) -> None:
    from workout_timer.domain.common.paths import history_path

    history_path().mkdir(parents=True)
    said = (
        f"workout-timer: Your workout history can't be opened (“{history_path()}” is a folder, not a file). "
        "Nothing was changed.\n"
    )
    code, out, err = run(capsys, "history")
    assert (code, out, err) == (1, "", said)
    code, out, err = run(capsys, "programme", "start", "back-on-track")  # to write: said as plainly as to read
    assert (code, out, err) == (1, "", said)


def test_programme_start_with_a_history_that_cant_be_opened_says_so_in_a_commands_words(
    capsys: pytest.CaptureFixture[str], data_folder_a_file: Path
) -> None:
    folder = data_folder_a_file / "workout-timer"
    for command in (["programme", "start", "back-on-track"], ["programme", "stop"]):
        code, out, err = run(capsys, *command)
        assert code == 1 and out == ""
        assert err == (
            f"workout-timer: Your workout history can't be opened (a part of the path to “{folder}” is a file, not a "
            "folder). Nothing was changed.\n"
        ), "never the window's words: nothing is kept once the command ends"


def test_programme_start_over_a_damaged_history_starts_it_and_says_what_was_set_aside(
    capsys: pytest.CaptureFixture[str],
) -> None:
    from workout_timer.domain.common.paths import history_path

    history_path().parent.mkdir(parents=True)
    history_path().write_bytes(b"not a history at all" * 100)
    code, out, err = run(capsys, "programme", "start", "back-on-track")
    assert code == 0 and out.startswith("You are following Back on track from today.")
    assert err.startswith("workout-timer: Your workout history file was damaged. It is kept as ")
    assert run(capsys, "today")[1].startswith("Back on track: Week 1 of 6")


@pytest.mark.parametrize(
    "command",
    [
        ["export", "core-for-runners"],
        ["sheet", "core-for-runners"],
        ["report"],
        ["programme", "export", "back-on-track"],
    ],
    ids=["export", "sheet", "report", "programme export"],
)
def test_a_folder_that_takes_no_files_is_said_so_naming_the_file(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, command: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """As in /proc, where the system says "no such file" of a file it is asked to make in a folder that is there:
    the folder can't hold files, not "the file does not exist"."""
    import errno
    import tempfile

    def no_such_file(prefix: str, suffix: str, dir: Path) -> tuple[int, str]:
        raise FileNotFoundError(errno.ENOENT, "No such file or directory", str(dir / f"{prefix}abc123{suffix}"))

    monkeypatch.setattr(tempfile, "mkstemp", no_such_file)  # (the real /proc is checked below, where there is one)
    target = tmp_path / "x.out"
    code, _, err = run(capsys, *command, str(target))
    assert code == 1
    assert (
        err
        == f"workout-timer: cannot write {target}: “{tmp_path}” can't hold files, so “{target}” can't be made there\n"
    )


@pytest.mark.skipif(not Path("/proc/self").is_dir(), reason="a system without /proc")
def test_writing_into_proc_says_it_cant_hold_files(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "export", "core-for-runners", "/proc/x.yaml")
    assert code == 1
    assert (
        err
        == "workout-timer: cannot write /proc/x.yaml: “/proc” can't hold files, so “/proc/x.yaml” can't be made there\n"
    )
