"""The real reminder process (`workout-timer remind`) on a private session bus with a stand-in notification
server: it asks once its time has come, takes "Not today", and ends when its autostart entry is removed."""

from __future__ import annotations

import json
import os
import select
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.helpers.quiet_app import quiet_app
from workout_timer.domain.desktop.identity import APP_ID
from workout_timer.domain.desktop.reminders import autostart_entry
from workout_timer.qt.common.settings import Settings

HELPER = Path(__file__).parents[1] / "helpers" / "fake_notifications.py"


def line(stream: object, seconds: float = 60) -> str:
    ready, _, _ = select.select([stream], [], [], seconds)
    assert ready, f"nothing in {seconds} s"
    return stream.readline()  # type: ignore[attr-defined,no-any-return]


@pytest.mark.slow
def test_the_reminder_asks_takes_the_answer_and_ends_when_turned_off(tmp_path: Path) -> None:
    if shutil.which("dbus-daemon") is None:
        pytest.skip("dbus-daemon is not installed")
    env, _ = quiet_app(tmp_path)
    env["XDG_RUNTIME_DIR"] = os.environ["XDG_RUNTIME_DIR"]
    settings = Settings()
    settings.set_values({"reminder/on": True, "reminder/time": "00:00"})  # long past: it asks at once
    entry = Path(os.environ["XDG_CONFIG_HOME"]) / "autostart" / f"{APP_ID}.Reminder.desktop"
    entry.parent.mkdir(parents=True)
    entry.write_text(autostart_entry(["workout-timer"]))
    command = ["dbus-daemon", "--session", "--nofork", "--print-address=1"]
    with subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True) as bus:
        address = line(bus.stdout).strip()
        env["DBUS_SESSION_BUS_ADDRESS"] = address
        server = subprocess.Popen(
            [sys.executable, str(HELPER), address], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
        )
        reminder = subprocess.Popen(
            [sys.executable, "-m", "workout_timer", "remind"], env=env, stderr=subprocess.PIPE, text=True
        )
        try:
            assert line(server.stdout).strip() == "ready"
            shown = json.loads(line(server.stdout))
            assert shown["body"] == "10 minutes for your back today?"
            assert shown["actions"] == ["start", "Start now", "later", "Later", "not-today", "Not today"]
            assert server.stdin is not None
            server.stdin.write(f"invoke {shown['id']} not-today\n")
            server.stdin.flush()
            Settings().store.sync()
            for _ in range(100):
                if Settings().reminder_done_on:
                    break
                with pytest.raises(subprocess.TimeoutExpired):
                    reminder.wait(timeout=0.1)
            assert Settings().reminder_done_on, "Not today is kept"
            assert reminder.poll() is None, "it waits for tomorrow"

            entry.unlink()  # the app turned the reminder off
            assert reminder.wait(timeout=30) == 0
        finally:
            for process in (reminder, server):
                if process.poll() is None:
                    process.kill()
                process.wait(timeout=10)
            assert reminder.stderr is not None
            reminder.stderr.close()
            for stream in (server.stdin, server.stdout):
                if stream is not None:
                    stream.close()
            bus.terminate()
