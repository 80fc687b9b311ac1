"""A real sound server with nothing to play on, a real speech daemon, and a recorder of what they play.

PulseAudio runs with a null sink whose monitor parec records; speech-dispatcher speaks through it with
espeak-ng. Everything lives in a private XDG_RUNTIME_DIR and stops with the rig. The recording is
read back as loudness in 10 ms windows, and `onsets` finds where sound starts after silence.
"""

from __future__ import annotations

import array
import math
import os
import shutil
import subprocess
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from tests.helpers.waiting import wait_for

PROGRAMS = ("pulseaudio", "pactl", "parec", "speech-dispatcher", "espeak-ng")
RATE = 44100
CHANNELS = 2
WINDOW = 0.01
"""Seconds of audio in one loudness window."""


def missing_programs() -> list[str]:
    return [name for name in PROGRAMS if shutil.which(name) is None]


def need_programs(*more: str) -> None:
    """Skip a test whose programs (the rig's and `more`) are missing; under CI, where ./dev test installs
    them, fail instead, so a missing install step can't pass unseen."""
    import pytest

    missing = [name for name in more if shutil.which(name) is None] + missing_programs()
    if missing:
        if os.environ.get("CI"):
            pytest.fail(f"CI must have {', '.join(missing)} (./dev test installs them)")
        pytest.skip(f"needs {', '.join(missing)}")


class Recording:
    """A recording under way or done: where it is and when (wall time) it began and ended."""

    def __init__(self, path: Path, started: float) -> None:
        self.path = path
        self.started = started
        self.stopped = started

    def until(self) -> float:
        """The wall time the sound recorded so far reaches."""
        return self.started + self.path.stat().st_size / (RATE * CHANNELS * 2)

    def lost(self) -> float:
        """Seconds of sound the recorder dropped (a machine too busy to keep up loses some)."""
        recorded = self.path.stat().st_size / (RATE * CHANNELS * 2)
        return max(0.0, (self.stopped - self.started) - recorded)


class AudioRig:
    """The servers' environment (`env`) and a recorder; use with `running_rig`."""

    def __init__(self, folder: Path) -> None:
        runtime = folder / "xdg"
        runtime.mkdir(mode=0o700)
        self.env = {**os.environ, "XDG_RUNTIME_DIR": str(runtime), "PULSE_RUNTIME_PATH": str(runtime / "pulse")}
        self.folder = folder
        self.speechd: subprocess.Popen[bytes] | None = None
        """The speech daemon, once started (a test may stop and continue it)."""
        self.pulse: subprocess.Popen[bytes] | None = None
        """The sound server (a test may end it early: the rig stops only what still runs)."""

    def pactl(self, *args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(["pactl", *args], env=self.env, capture_output=True, text=True, timeout=10)

    @contextmanager
    def recording(self, path: Path) -> Iterator[Recording]:
        """Record the null sink's monitor into `path` (raw 16-bit stereo) while the block runs."""
        with path.open("wb") as out:
            recorder = subprocess.Popen(
                ["parec", "-d", "virt.monitor", "--latency-msec=50", "--raw"],
                stdout=out,
                env=self.env,
                stderr=subprocess.DEVNULL,
            )
            try:
                wait_for(lambda: path.stat().st_size > 0, 10, "parec recorded nothing for 10 s", 0.005, recorder)
                took = Recording(path, time.time() - path.stat().st_size / (RATE * CHANNELS * 2))
                try:
                    yield took
                finally:
                    took.stopped = time.time()
            finally:
                recorder.terminate()
                recorder.wait(10)


@contextmanager
def running_rig(folder: Path) -> Iterator[AudioRig]:
    """Start PulseAudio (null sink as the default output) and speech-dispatcher; stop both after."""
    rig = AudioRig(folder)
    log = (folder / "servers.log").open("w")
    pulse = rig.pulse = subprocess.Popen(
        ["pulseaudio", "--daemonize=no", "--exit-idle-time=-1", "--disallow-exit", "--log-target=stderr"],
        env=rig.env,
        stdout=log,
        stderr=log,
    )
    speechd = None
    try:
        started = f"PulseAudio did not start; see {folder / 'servers.log'}"
        wait_for(lambda: rig.pactl("info").returncode == 0, 15, started, 0.05, pulse)  # pactl is a process
        rig.pactl("load-module", "module-null-sink", "sink_name=virt")
        rig.pactl("set-default-sink", "virt")
        rig.pactl("unload-module", "module-suspend-on-idle")
        speechd = rig.speechd = subprocess.Popen(
            ["speech-dispatcher", "-s", "-t", "0"], env=rig.env, stdout=log, stderr=log
        )
        # A client that connects before the socket is there spawns a second server and can hang
        # with it: wait for the one started here to listen.
        socket = Path(rig.env["XDG_RUNTIME_DIR"]) / "speech-dispatcher" / "speechd.sock"
        wait_for(socket.exists, 15, f"speech-dispatcher did not start; see {folder / 'servers.log'}", process=speechd)
        yield rig
    finally:
        for server in (speechd, pulse):
            if server is not None:
                server.terminate()
                try:
                    server.wait(10)
                except subprocess.TimeoutExpired:  # speech-dispatcher left without a sound server can hang
                    server.kill()
                    server.wait(10)
        log.close()


def loudness(raw: Path) -> list[float]:
    """RMS of the left channel in 10 ms windows, 0 to 1."""
    samples = array.array("h")
    samples.frombytes(raw.read_bytes()[: raw.stat().st_size // 4 * 4])
    left = samples[::CHANNELS]
    size = round(RATE * WINDOW)
    levels = []
    for start in range(0, len(left) - size + 1, size):
        chunk = left[start : start + size]
        levels.append(math.sqrt(sum(s * s for s in chunk) / size) / 32768)
    return levels


def onsets(levels: list[float], threshold: float = 0.01, quiet: float = 0.08) -> list[float]:
    """Seconds into the recording where sound begins after at least `quiet` seconds of silence."""
    found = []
    silent_for = quiet
    for index, level in enumerate(levels):
        if level >= threshold:
            if silent_for >= quiet:
                found.append(index * WINDOW)
            silent_for = 0.0
        else:
            silent_for += WINDOW
    return found


def sound_at(levels: list[float], start: float, end: float, threshold: float = 0.01) -> float:
    """The share of windows between `start` and `end` seconds that hold sound."""
    window = levels[max(0, int(start / WINDOW)) : max(0, int(end / WINDOW))]
    return sum(level >= threshold for level in window) / len(window) if window else 0.0
