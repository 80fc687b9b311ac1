"""Cue lateness as heard: the sound-check routine run with the real speech engine and sound server.

Needs PulseAudio, speech-dispatcher and espeak-ng (./dev test installs them). The app's output is
recorded from a null sink; for every countdown beep, the work tone and each spoken cue that stands
alone (form tip, halfway) the first sound after its planned time (from the event log) is found.
Targets: speech within 150 ms of its planned time, beeps within 30 ms. The recording's start is
known to about 20 ms, which bounds how precise these figures can be.
"""

from __future__ import annotations

import statistics
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tests.e2e.test_audio_e2e import lateness, run_and_record
from tests.helpers.audio_rig import missing_programs, onsets

RUNS = 3


def main() -> None:
    missing = missing_programs()
    if missing:
        print(f"skipped: needs {', '.join(missing)}")
        return
    beeps: list[float] = []
    speech: list[float] = []
    lost = 0
    for _ in range(RUNS):
        with tempfile.TemporaryDirectory() as folder:
            records, levels, start = run_and_record(Path(folder))
        found = onsets(levels)
        for record in records:
            kind = record.get("kind")
            tone = (record["event"], kind) in (("cue", "countdown"), ("segment_started", "work"))
            if tone:
                late = lateness(record, found, start, 0.1, 0.3)
                target = beeps
            elif record["event"] == "cue" and kind in ("form", "halfway"):
                late = lateness(record, found, start, 0.1, 1.0)
                target = speech
            else:
                continue
            if late is None:
                lost += 1
            else:
                target.append(late * 1000)
    print(f"{RUNS} runs of the sound check, lateness heard vs planned (negative: early)")
    for name, values, goal in (("beeps and tones", beeps, 30), ("speech", speech, 150)):
        print(
            f"{name:16s} n={len(values):3d}  median {statistics.median(values):6.1f} ms  "
            f"max {max(values):6.1f} ms  (target: within {goal} ms)"
        )
    print(f"cues with no sound found near their time: {lost}")


if __name__ == "__main__":
    main()
