"""A screen reader follows a real session: the app on a real X server and a private accessibility bus,
read over AT-SPI by `scripts/accessible_tree.py` with the system's Python (pyatspi), as Orca reads it.

The reader is another process: it prints what it heard (announcements, changed words) and then the
player's tree, one JSON object a line."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from tests.helpers.audio_rig import need_programs, running_rig
from tests.helpers.media_bus import private_bus
from workout_timer.domain.common.paths import user_config_dir
from workout_timer.domain.history.event_log import read_event_log
from workout_timer.qt.common.settings import Settings

READER = Path(__file__).parents[2] / "scripts" / "accessible_tree.py"
SYSTEM_PYTHON = "/usr/bin/python3"
BUS_LAUNCHER = "/usr/libexec/at-spi-bus-launcher"
ROUTINE = """\
version: 1
name: Reader check
defaults: {prepare: 3, rest: 3, switch: 1}
steps:
  - {exercise: plank, duration: 6}
  - {exercise: side-plank, duration: 5, sides: both}
"""


def need_a_screen_reader_bus() -> None:
    """The accessibility bus and pyatspi (apt: at-spi2-core python3-pyatspi), which ./dev test installs."""
    found = Path(BUS_LAUNCHER).exists() and Path(SYSTEM_PYTHON).exists()
    if found:
        found = subprocess.run([SYSTEM_PYTHON, "-c", "import pyatspi"], capture_output=True, timeout=30).returncode == 0
    if not found:
        if os.environ.get("CI"):
            pytest.fail("CI must have at-spi2-core and python3-pyatspi (./dev test installs them)")
        pytest.skip("needs at-spi2-core and python3-pyatspi")


@pytest.mark.slow
def test_a_screen_reader_reads_the_player_and_hears_each_step(qtbot: QtBot, display: str, tmp_path: Path) -> None:
    need_programs("Xvfb", "dbus-daemon")
    need_a_screen_reader_bus()
    assert shutil.which("dbus-daemon") is not None
    routine = tmp_path / "reader-check.yaml"
    routine.write_text(ROUTINE)
    log = tmp_path / "events.jsonl"
    Settings(user_config_dir() / "settings.ini").reader_speaks_cues = True  # the screen reader says the cues
    with running_rig(tmp_path) as rig, private_bus() as bus:
        env = {
            **rig.env,
            "DISPLAY": display,
            "QT_QPA_PLATFORM": "xcb",
            "DBUS_SESSION_BUS_ADDRESS": bus,
            "QT_LINUX_ACCESSIBILITY_ALWAYS_ON": "1",
        }
        with subprocess.Popen([BUS_LAUNCHER, "--launch-immediately"], env=env, stderr=subprocess.DEVNULL) as launcher:
            command = [sys.executable, "-m", "workout_timer", "start", str(routine), "--event-log", str(log)]
            with subprocess.Popen(command, env=env, stderr=subprocess.PIPE, text=True) as app:
                try:
                    reader = [SYSTEM_PYTHON, str(READER), "--json", "--wait", "40", "--listen", "16"]
                    heard = subprocess.run(reader, env=env, capture_output=True, text=True, timeout=90)
                finally:
                    app.terminate()
                    app.wait(timeout=20)
                    launcher.terminate()
                    launcher.wait(timeout=20)
                assert app.stderr is not None
                assert "Traceback" not in app.stderr.read()
    assert heard.returncode == 0, heard.stderr
    lines = [json.loads(line) for line in heard.stdout.splitlines()]
    events = [line for line in lines if "event" in line]
    tree = [line for line in lines if "depth" in line]

    announced = [event["said"] for event in events if event["event"].startswith("object:announcement")]
    plank = announced.index("Work: Plank")
    after = announced[plank:]
    assert [words for words in after if words in ("3", "2", "1")][:3] == ["3", "2", "1"]  # the plank's last seconds
    assert after.index("1") < after.index("Rest. Next up: Side plank, left side")  # then the step after it
    assert "Plank, 6 seconds." in announced  # a cue's words, from the screen reader rather than the app's voice
    changed = {(event["description"], event["name"]) for event in events if "accessible-name" in event["event"]}
    assert ("Exercise", "Plank") in changed and ("Time left", "3 seconds") in changed

    def read(description: str) -> list[dict[str, Any]]:
        return [row for row in tree if row["description"] == description]

    (exercise,) = read("Exercise")
    (time_left,) = read("Time left")
    assert exercise["role"] == "label" and exercise["name"]  # the step it had reached when it was read
    assert time_left["role"] == "label" and time_left["name"].split()[0].isdigit()
    assert read("How to do it") and read("Phase")

    records = read_event_log(log)
    told = [record["text"] for record in records if record["event"] == "cue_announced"]
    assert "Work: Plank" in told and "Plank, 6 seconds." in told  # the log says what went to the screen reader
    spoken = [record for record in records if record["event"] == "cue_spoken"]
    assert spoken == []  # the app's voice kept quiet
