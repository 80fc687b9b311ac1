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
    monkeypatch.setattr(app, "run_app", lambda **kwargs: calls.append(kwargs) or 0)
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
