"""The libpulse side of the ducking, against a stand-in sound server: its thread, its record, its recovery."""

from __future__ import annotations

import json
import logging
import threading
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from workout_timer.domain.audio.ducking import scaled
from workout_timer.qt.audio.pulse_ducker import PulseDucker

pytestmark = pytest.mark.slow  # loading libpulse runs ldconfig (ctypes' find_library)

FULL = 65536


@dataclass
class FakeVolume:
    values: list[float]


@dataclass
class FakeInput:
    index: int
    volume: FakeVolume
    proplist: dict[str, str]
    mute: bool = False


@dataclass
class FakePulse:
    """The few calls of pulsectl.Pulse the ducker makes; `changed` is set at each volume set."""

    inputs: dict[int, FakeInput] = field(default_factory=dict)
    changed: threading.Event = field(default_factory=threading.Event)

    def add(self, index: int, volume: int, name: str, pid: int) -> None:
        props = {"application.name": name, "application.process.id": str(pid)}
        self.inputs[index] = FakeInput(index, FakeVolume([volume / FULL] * 2), props)

    def level(self, index: int) -> tuple[int, ...]:
        return tuple(round(v * FULL) for v in self.inputs[index].volume.values)

    def sink_input_list(self) -> list[FakeInput]:
        return list(self.inputs.values())

    def sink_input_volume_set(self, index: int, volume: Any) -> None:
        self.inputs[index].volume = FakeVolume(list(volume.values))
        self.changed.set()

    def stream_restore_list(self) -> list[Any]:
        return []

    def close(self) -> None:
        pass


def ducker_on(pulse: FakePulse, record: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[PulseDucker, threading.Event]:
    reported = threading.Event()
    ducker = PulseDucker(record, {1}, lambda *_: reported.set())

    def connect() -> tuple[bool, str]:
        ducker._pulse = pulse
        return True, ""

    monkeypatch.setattr(ducker, "_connect", connect)
    return ducker, reported


def test_what_a_run_that_died_left_lowered_is_brought_back_at_the_start(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    low = list(scaled((FULL, FULL), -12))
    record = tmp_path / "state" / "lowered-sound.json"
    record.parent.mkdir()
    streams = [
        {"index": 5, "name": "Firefox", "pid": 50, "key": "", "original": [FULL, FULL], "ours": [low]},
        {"index": 6, "name": "Rhythmbox", "pid": 60, "key": "", "original": [FULL, FULL], "ours": [low]},
    ]
    record.write_text(json.dumps({"version": 1, "streams": streams}))
    pulse = FakePulse()
    pulse.add(5, low[0], "Firefox", 50)
    pulse.add(6, 30000, "Rhythmbox", 60)  # the user turned it down meanwhile
    ducker, reported = ducker_on(pulse, record, monkeypatch)
    ducker.start(enabled=True)
    assert reported.wait(5)
    ducker.close(wait=5)
    assert pulse.level(5) == (FULL, FULL)
    assert pulse.level(6) == (30000, 30000)
    assert not record.exists(), "nothing is lowered any more"


def test_a_record_that_cant_be_written_is_said_once_and_the_music_still_comes_back(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    blocked = tmp_path / "a-file"
    blocked.write_text("")
    pulse = FakePulse()
    pulse.add(5, FULL, "Firefox", 50)
    pulse.add(7, FULL, "workout-timer-audio", 1)  # ours
    ducker, reported = ducker_on(pulse, blocked / "lowered-sound.json", monkeypatch)
    ducker.start(enabled=True)
    assert reported.wait(5)
    with caplog.at_level(logging.WARNING, logger="workout_timer.ducking"):
        lowest = scaled((FULL, FULL), -12)
        ducker.speak()
        while pulse.level(5) != lowest:  # each step sets the event; the ramp takes 150 ms
            assert pulse.changed.wait(5), pulse.level(5)
            pulse.changed.clear()
        ducker.close(wait=5)
    assert pulse.level(5) == (FULL, FULL)
    assert pulse.level(7) == (FULL, FULL)
    said = [r.getMessage() for r in caplog.records if "could not be written down" in r.getMessage()]
    assert len(said) == 1, "once, not at every step of the ramp"
