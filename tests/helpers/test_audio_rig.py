"""The sound rig's own failures are told as they are, and leave nothing running."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.helpers.audio_rig import need_programs, running_rig


@pytest.mark.slow  # a sound server and a speech daemon
def test_a_recorder_that_can_not_record_is_told_and_ended(tmp_path: Path) -> None:
    """parec with no sink to record from: the rig says so (it once failed on its own clean-up instead, after
    waiting ten seconds, and left the recorder running)."""
    need_programs()
    with running_rig(tmp_path) as rig:
        rig.pactl("unload-module", "module-null-sink")  # no virt.monitor any more
        with pytest.raises(RuntimeError, match="parec recorded nothing"), rig.recording(tmp_path / "none.raw"):
            pass
