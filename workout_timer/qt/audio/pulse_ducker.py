"""Lowering other applications' sound while the voice speaks, on PulseAudio and PipeWire (its PulseAudio server).

The rules are `domain.audio.ducking`'s; this only lists the playback streams and sets their volumes,
through libpulse (the `pulsectl` binding), on a thread of its own: a sound server that is slow to
answer never holds up the audio host's voice, nor the app's window (which is another process).

Before every change, what is lowered is written to a small file in the user's state folder (see
`record_path`), replaced whole each time; an audio host that starts finds it and brings back what
an earlier one left lowered, if the user has not changed it since (`domain.audio.ducking.recover`).
The file is not synced to disk: it only matters while the sound server runs, and a machine that
loses power loses the server's streams too.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import queue
import sys
import threading
import time
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from workout_timer.domain.audio import causes
from workout_timer.domain.audio.ducking import (
    DEFAULT_DEPTH_DB,
    Change,
    Ducking,
    Remembered,
    Stream,
    recover,
    recover_remembered,
)

log = logging.getLogger("workout_timer.ducking")

CLIENT_NAME = "workout-timer"
RESTORE_KEY = "module-stream-restore.id"
"""The stream property that names what PulseAudio remembers the stream's level by."""
Report = Callable[[bool, str], None]
"""Told once, from the ducker's thread, whether the other sound can be lowered here, and if not, why."""


class PulseDucker:
    """Lowers every other playback stream while told the voice speaks (`speak`, `quiet`).

    `enabled` False leaves the other sound alone (only what an earlier run left lowered is brought back).
    `report` is called once from the ducker's thread, once it knows whether a sound server answers.
    """

    def __init__(
        self,
        record_path: Path,
        own_pids: Iterable[int],
        report: Report,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._record_path = record_path
        self._ducking = Ducking(own_pids=own_pids)
        self._report = report
        self._clock = clock
        self._enabled = True
        self._commands: queue.Queue[Callable[[], None] | None] = queue.Queue()
        self._thread: threading.Thread | None = None
        self._pulse: Any = None
        self._wrote_record = False
        self._record_failed = False
        """Writing the record failed once (said once in the log, not at every step)."""

    def start(self, enabled: bool, depth_db: float = DEFAULT_DEPTH_DB) -> None:
        """Connect (on the ducker's thread), bring back what an earlier run left lowered, and report."""
        if self._thread is not None:
            return
        self._enabled = enabled
        self._ducking.depth_db = depth_db
        self._thread = threading.Thread(target=self._run, name="ducking", daemon=True)
        self._thread.start()

    def speak(self) -> None:
        self._commands.put(lambda: self._ducking.speak(self._clock()) if self._enabled else None)

    def quiet(self) -> None:
        self._commands.put(lambda: self._ducking.quiet(self._clock()))

    def configure(self, enabled: bool, depth_db: float) -> None:
        """Lower the other sound or not, and by how much; switched off, whatever is lowered comes back at once."""
        self._commands.put(lambda: self._configure(enabled, depth_db))

    def close(self, wait: float = 0.4) -> None:
        """Bring back at once whatever is lowered and end the thread; waits `wait` seconds at most."""
        thread, self._thread = self._thread, None
        if thread is None:
            return
        self._commands.put(None)
        thread.join(wait)

    # -- the ducker's thread -----------------------------------------------------------------------

    def _run(self) -> None:
        available, why = self._connect()
        self._report(available, why)
        if available:
            self._recover()
        while True:
            wake = self._ducking.next_wake(self._clock()) if self._pulse is not None else None
            timeout = None if wake is None else max(0.0, wake - self._clock())
            try:
                command = self._commands.get(timeout=timeout)
            except queue.Empty:
                command = _NOTHING
            if command is None:
                break
            command()
            if self._pulse is not None and (self._ducking.busy or command is not _NOTHING):
                self._step(lambda streams: self._ducking.frame(self._clock(), streams))
        if self._pulse is not None:
            self._step(self._ducking.restore_all)
            with contextlib.suppress(Exception):
                self._pulse.close()

    def _configure(self, enabled: bool, depth_db: float) -> None:
        self._enabled = enabled
        self._ducking.set_depth(depth_db, self._clock())
        if not enabled and self._pulse is not None:
            self._step(self._ducking.restore_all)

    def _connect(self) -> tuple[bool, str]:
        if not sys.platform.startswith("linux"):
            return False, causes.NO_LOWERING_HERE
        try:
            import pulsectl  # type: ignore[import-untyped]

            pulse = pulsectl.Pulse(CLIENT_NAME, connect=False)
            pulse.connect(autospawn=False)
        except Exception as error:  # no libpulse, or no server: the voice goes on over the music
            log.info("No PulseAudio or PipeWire sound server to lower other sound with: %s", error)
            return False, causes.NO_SOUND_SERVER
        self._pulse = pulse
        return True, ""

    def _streams(self) -> list[Stream]:
        streams = []
        for info in self._pulse.sink_input_list():
            props = info.proplist
            try:
                pid = int(props.get("application.process.id", 0))
            except ValueError:
                pid = 0
            streams.append(
                Stream(
                    info.index,
                    tuple(round(value * 65536) for value in info.volume.values),
                    name=str(props.get("application.name", "")),
                    pid=pid,
                    binary=str(props.get("application.process.binary", "")),
                    muted=bool(info.mute),
                    key=str(props.get(RESTORE_KEY, "")),
                )
            )
        return streams

    def _step(self, decide: Callable[[list[Stream]], list[Change]]) -> None:
        """List the streams, let the rules decide, write the record, then set the volumes."""
        try:
            changes = decide(self._streams())
            self._write_record(self._ducking.record())
            self._apply(changes)
            self._put_back(self._ducking.take_remembered())
        except Exception as error:  # the server went away: nothing is left lowered on it
            log.warning("The sound server stopped answering while other sound was lowered: %s", error)
            with contextlib.suppress(Exception):
                self._pulse.close()
            self._pulse = None

    def _apply(self, changes: list[Change]) -> None:
        import pulsectl

        for change in changes:
            volume = pulsectl.PulseVolumeInfo([value / 65536 for value in change.volume])
            try:
                self._pulse.sink_input_volume_set(change.index, volume)
            except pulsectl.PulseOperationFailed:  # the stream ended meanwhile
                continue

    def _put_back(self, remembered: list[Remembered]) -> None:
        """Put back what the sound server remembers of streams that ended while lowered, where it is still ours."""
        if not remembered:
            return
        import pulsectl

        try:
            saved = {entry.name: entry for entry in self._pulse.stream_restore_list()}
            for one in remembered:
                entry = saved.get(one.key)
                if entry is None or not one.to_restore(tuple(round(value * 65536) for value in entry.volume.values)):
                    continue
                entry.volume = pulsectl.PulseVolumeInfo([value / 65536 for value in one.original])
                self._pulse.stream_restore_write(entry, mode="replace")
        except pulsectl.PulseError as error:  # a server that remembers levels its own way (PipeWire's session manager)
            log.info("The levels the sound server remembers could not be read or put back: %s", error)

    def _recover(self) -> None:
        try:
            record = json.loads(self._record_path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return
        except (OSError, ValueError) as error:
            log.warning("What an earlier run lowered could not be read (%s): %s", self._record_path, error)
            record = {}
        try:
            changes = recover(record, self._streams())
            self._apply(changes)
            self._put_back(recover_remembered(record))
        except Exception as error:
            log.warning("What an earlier run lowered could not be brought back: %s", error)
            return
        if changes:
            log.info("Brought back %d stream(s) an earlier run had left lowered.", len(changes))
        self._write_record(self._ducking.record())

    def _write_record(self, record: dict[str, Any]) -> None:
        """Replace the record whole (a temporary file renamed over it); none at all when nothing is lowered."""
        path = self._record_path
        try:
            if not record.get("streams"):
                if self._wrote_record or path.exists():
                    path.unlink(missing_ok=True)
                    self._wrote_record = False
                return
            path.parent.mkdir(parents=True, exist_ok=True)
            partial = path.with_name(f".{path.name}.{os.getpid()}.partial")
            partial.write_text(json.dumps(record), encoding="utf-8")
            partial.replace(path)
            self._wrote_record = True
        except OSError as error:  # lowering goes on; only a crash's recovery is lost
            if not self._record_failed:
                log.warning("What is lowered could not be written down (%s): %s", path, error)
            self._record_failed = True


def _nothing() -> None:
    """Time for the next step of a ramp, or for the sound to come back."""


_NOTHING = _nothing
