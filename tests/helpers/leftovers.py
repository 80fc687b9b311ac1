"""Processes a test run left behind: found by the run's folders in their environment or command line.

Every test runs with its own XDG folders under the run's base folder, and whatever it starts (the
app, its audio host, a speech daemon the host spawned, a sound server, an X server, a recorder)
inherits them; so a process that still names that folder after the test is one the test left.
"""

from __future__ import annotations

import contextlib
import os
import select
import signal
import time
from dataclasses import dataclass
from pathlib import Path

GRACE = 2.0
"""Seconds a process gets to end after SIGTERM before it is killed."""
SETTLE = 10.0
"""Seconds a process still ending as a test ends gets to go on its own (a helper that outlives its
parent by design for a moment, on a machine too busy to run it at once) before it counts as left behind."""


@dataclass(frozen=True)
class Leftover:
    pid: int
    command: str
    test: str
    """The test that was running when it started (pytest's PYTEST_CURRENT_TEST), if known."""

    def __str__(self) -> str:
        return f"{self.command} (pid {self.pid}, from {self.test or 'an unknown test'})"


def _read(pid: str, name: str) -> bytes:
    try:
        return (Path("/proc") / pid / name).read_bytes()
    except OSError:  # gone, or not ours to read
        return b""


def _ours() -> set[int]:
    """This process and its ancestors: they were started with the folder in view, legitimately."""
    pids = set()
    pid = os.getpid()
    while pid > 1 and pid not in pids:
        pids.add(pid)
        stat = _read(str(pid), "stat")
        pid = int(stat.rsplit(b")", 1)[1].split()[1]) if stat else 0
    return pids


def processes_using(folder: Path) -> list[Leftover]:
    """Live processes (not zombies) whose environment or command line names `folder` (Linux only)."""
    if not Path("/proc/self/environ").exists():
        return []
    needle = os.fsencode(str(folder).rstrip("/") + "/")
    ours = _ours()
    found = []
    for entry in Path("/proc").iterdir():
        pid = entry.name
        if not pid.isdigit() or int(pid) in ours:
            continue
        environ, cmdline, stat = _read(pid, "environ"), _read(pid, "cmdline"), _read(pid, "stat")
        if needle not in environ and needle not in cmdline:
            continue
        if not stat or stat.rsplit(b")", 1)[1].split()[0] == b"Z":
            continue
        test = next((v for v in environ.split(b"\0") if v.startswith(b"PYTEST_CURRENT_TEST=")), b"")
        command = cmdline.replace(b"\0", b" ").decode(errors="replace").strip()
        found.append(Leftover(int(pid), command[:200], test.partition(b"=")[2].decode(errors="replace")))
    return found


def still_running_after(processes: list[Leftover], seconds: float = SETTLE) -> list[Leftover]:
    """Those of `processes` that have not ended on their own within `seconds`: waits for each to end,
    and no longer than that."""
    handles = {}
    for process in processes:
        try:
            handles[process.pid] = os.pidfd_open(process.pid)
        except OSError:  # already gone
            continue
    deadline = time.monotonic() + seconds
    waiting = dict(handles)
    while waiting and (left := deadline - time.monotonic()) > 0:
        ended, _, _ = select.select(list(waiting.values()), [], [], left)
        waiting = {pid: fd for pid, fd in waiting.items() if fd not in ended and not _zombie(pid)}
    for fd in handles.values():
        os.close(fd)
    return [process for process in processes if process.pid in waiting]


def _zombie(pid: int) -> bool:
    """Ended and not yet reaped (a pidfd of a zombie is readable; one that is gone is too)."""
    stat = _read(str(pid), "stat")
    return not stat or stat.rsplit(b")", 1)[1].split()[0] == b"Z"


def end(processes: list[Leftover], grace: float = GRACE) -> None:
    """SIGTERM, then SIGKILL for whatever has not ended `grace` seconds later."""
    handles = {}
    for process in processes:
        try:
            handles[process.pid] = os.pidfd_open(process.pid)
        except OSError:  # already gone
            continue
        _signal(process.pid, signal.SIGTERM)
    deadline = time.monotonic() + grace
    waiting = dict(handles)
    while waiting and (left := deadline - time.monotonic()) > 0:
        ended, _, _ = select.select(list(waiting.values()), [], [], left)
        waiting = {pid: fd for pid, fd in waiting.items() if fd not in ended}
    for pid in waiting:
        _signal(pid, signal.SIGKILL)
    for fd in handles.values():
        os.close(fd)


def _signal(pid: int, number: signal.Signals) -> None:
    with contextlib.suppress(ProcessLookupError, PermissionError):
        os.kill(pid, number)
