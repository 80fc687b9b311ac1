"""Tones asked for in the same millisecond never break the sound: the real audio host, a real sound server.

Before, two different tones started within 0.1 s of each other while the voice was up left the host
spinning on a closed file ("QSocketNotifier: Invalid socket … disabling", a million lines a second),
answering nothing, and no sound came out of it again; about one burst in two did it. Here the host
gets several such bursts with its voice up, then one more tone, which must be heard, with nothing of
the kind on its stderr.
"""

from __future__ import annotations

import json
import os
import select
import subprocess
import sys
import time
from pathlib import Path
from typing import IO, Any

import pytest

from tests.helpers.audio_rig import loudness, need_programs, running_rig, sound_at
from workout_timer import resources

BURSTS = 6


def _send(host: subprocess.Popen[bytes], command: str, **fields: Any) -> None:
    assert host.stdin is not None
    host.stdin.write((json.dumps({"cmd": command, **fields}) + "\n").encode())
    host.stdin.flush()


class Events:
    """The host's events, read with a deadline: a host that spins answers nothing, and the test must fail, not hang."""

    def __init__(self, out: IO[bytes]) -> None:
        self._fd = out.fileno()
        self._buffer = b""

    def until(self, event: str, timeout: float = 30.0) -> list[dict[str, Any]]:
        """The events up to and including the first `event`."""
        seen: list[dict[str, Any]] = []
        deadline = time.monotonic() + timeout
        while True:
            while b"\n" in self._buffer:
                line, self._buffer = self._buffer.split(b"\n", 1)
                seen.append(json.loads(line))
                if seen[-1]["event"] == event:
                    return seen
            left = deadline - time.monotonic()
            readable, _, _ = select.select([self._fd], [], [], max(0.0, left))
            assert readable, f"no {event} from the audio host within {timeout} s (it stopped answering): {seen}"
            data = os.read(self._fd, 65536)
            assert data, "the audio host ended"
            self._buffer += data


@pytest.mark.slow
def test_bursts_of_tones_with_the_voice_up_leave_the_sound_working(tmp_path: Path) -> None:
    need_programs()
    raw = tmp_path / "recording.raw"
    errors = tmp_path / "host-stderr.txt"
    with running_rig(tmp_path) as rig, rig.recording(raw) as recording, errors.open("wb") as stderr:
        command = [sys.executable, "-m", "workout_timer.qt.audio.audio_host"]
        env = {**rig.env, "QT_QPA_PLATFORM": "offscreen"}
        with subprocess.Popen(command, env=env, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=stderr) as host:
            try:
                assert host.stdout is not None
                events = Events(host.stdout)
                events.until("hello")
                _send(host, "start_sounds", folder=str(resources.assets_dir() / "sounds"), volume=1.0)
                events.until("sounds_ready")
                _send(host, "start_speech", engine="speechd", voice="", locale="en_US", rate=0, pitch=0, volume=1)
                events.until("speech_ready")
                for burst in range(BURSTS):  # a catch-up's tones, in the same millisecond, while the voice speaks
                    _send(host, "say", n=burst + 1, text="Side plank.")
                    time.sleep(0.3)
                    first = 10 + 3 * burst
                    for number, name in enumerate(("rest", "work", "countdown"), start=first):
                        _send(host, "play", n=number, name=name)
                    seen = events.until("played", timeout=5) + events.until("played", timeout=5)
                    outcomes = [(e["event"], e["n"]) for e in seen if e["event"] in ("played", "tone_dropped")]
                    # one at a time: the first at once, the last a moment later, the one between let go
                    assert outcomes == [("played", first), ("tone_dropped", first + 1), ("played", first + 2)]
                    time.sleep(0.5)
                time.sleep(2.0)  # what the bursts played and the voice said has faded
                last_at = time.time() - recording.started
                _send(host, "play", n=99, name="countdown")
                events.until("played", timeout=5)
                time.sleep(1.0)
            finally:
                host.kill()
    written = errors.read_text(errors="replace")
    assert "QSocketNotifier" not in written, written[:500]
    levels = loudness(raw)
    assert sound_at(levels, last_at - 0.05, last_at + 0.4) > 0.2, "the tone after the bursts was not heard"
    assert sound_at(levels, last_at - 0.8, last_at - 0.1) == 0.0
