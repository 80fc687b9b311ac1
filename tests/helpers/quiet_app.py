"""The app run as a program with no sound at all, and what the tests read of it: its processes, its history."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path


def running_session(path: Path) -> tuple[float, float] | None:
    """(active seconds, last moment) of the session being written, once it has some; else None."""
    if not path.exists():
        return None
    try:
        with sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=1) as db:
            row = db.execute("SELECT active_seconds, ended_at FROM sessions WHERE result = 'running'").fetchone()
    except sqlite3.OperationalError:  # not set up yet
        return None
    return None if row is None or row[0] is None else (row[0], row[1])


def processes_using(runtime: Path) -> list[int]:
    """Processes of ours whose environment names this private runtime folder."""
    found = []
    marker = f"XDG_RUNTIME_DIR={runtime}".encode()
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                if marker in (entry / "environ").read_bytes().split(b"\0"):
                    found.append(int(entry.name))
            except OSError:
                continue
    return found


def quiet_app(folder: Path) -> tuple[dict[str, str], Path]:
    """The environment of an app run with no sound at all (no sound server or speech daemon started, none
    left behind), and its own runtime folder, where a process left behind would show."""
    runtime = folder / "runtime"
    runtime.mkdir(mode=0o700)
    client_conf = folder / "pulse-client.conf"
    client_conf.write_text("autospawn = no\n")
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "XDG_RUNTIME_DIR": str(runtime),
        "SPEECHD_CMD": "/bin/false",
        "PULSE_CLIENTCONFIG": str(client_conf),
    }
    return env, runtime
