"""The log folder is made when something is written to it, never by a command that notes nothing."""

from __future__ import annotations

import pytest

from workout_timer.cli import main
from workout_timer.domain.common.paths import user_log_dir


@pytest.mark.parametrize(
    "command", [["list"], ["show", "core-for-runners"], ["validate", "/proc/x.yaml"], ["programmes"], ["today"]]
)
def test_a_command_that_notes_nothing_makes_no_log_folder(
    capsys: pytest.CaptureFixture[str], command: list[str]
) -> None:
    state = user_log_dir().parent.parent  # the XDG state folder, empty for each test
    main(command)
    capsys.readouterr()
    assert not user_log_dir().exists() and not state.exists()
