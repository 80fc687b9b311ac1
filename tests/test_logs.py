"""The app's log: the folder and the file made at the first record, warnings to the terminal when they can't be."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest

from workout_timer import logs
from workout_timer.domain.common.paths import user_log_dir


def test_the_first_record_makes_the_folder_and_the_file_as_the_app_writes_them() -> None:
    """What the window notes from its start ("starting") on: the folder is made for it then."""
    assert logs.setup() == logs.log_path()
    assert not user_log_dir().exists()
    logging.getLogger("workout_timer.qt").info("workout-timer starting")
    assert "INFO workout_timer.qt: workout-timer starting" in logs.log_path().read_text(encoding="utf-8")


def test_a_folder_that_cant_be_made_sends_warnings_to_the_terminal(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    a_file = tmp_path / "state"
    a_file.write_text("a file where the state folder should be")
    monkeypatch.setenv("XDG_STATE_HOME", str(a_file))
    assert logs.setup() is None
    logging.getLogger("workout_timer.cli").warning("a warning")
    assert "a warning" in capsys.readouterr().err
    assert a_file.read_text() == "a file where the state folder should be"


def test_a_folder_gone_after_the_start_sends_warnings_to_the_terminal(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))
    assert logs.setup() is not None
    (tmp_path / "state").write_text("a file now, where the folder would be made")
    logging.getLogger("workout_timer.cli").info("nothing much")
    logging.getLogger("workout_timer.cli").warning("a warning")
    err = capsys.readouterr().err
    assert "a warning" in err and "nothing much" not in err and "Traceback" not in err
