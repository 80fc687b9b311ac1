"""`workout-timer show` of every built-in routine, against a bare Python start in the same run.

Target: each well under 100 ms in all. Also reports the time inside the process (load, lay out,
plan cues) without the interpreter start.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time

from workout_timer import resources
from workout_timer.domain.routines.loading import load_catalogue, load_routine
from workout_timer.domain.routines.timeline import build_timeline
from workout_timer.domain.session.cues import plan_cues

RUNS = 7


# As on a user's machine: bytecode is cached (pip compiles it on install), whatever this shell says.
ENV = {key: value for key, value in os.environ.items() if key != "PYTHONDONTWRITEBYTECODE"}


def median_run(args: list[str]) -> float:
    subprocess.run(args, capture_output=True, check=True, env=ENV)  # warm up: writes the bytecode cache
    times = []
    for _ in range(RUNS):
        started = time.perf_counter()
        subprocess.run(args, capture_output=True, check=True, env=ENV)
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def main() -> None:
    baseline = median_run([sys.executable, "-c", "pass"])
    needed = "import argparse, dataclasses, enum, re, pathlib, yaml, platformdirs"
    libraries = median_run([sys.executable, "-c", needed])
    print(f"baseline, python -c pass:                      {baseline * 1000:6.1f} ms")
    print(f"baseline, importing the libraries `show` needs: {libraries * 1000:6.1f} ms")
    print(f"{'routine':24} {'command':>9} {'ratio':>6} {'in-process':>11}")
    paths = sorted(p for p in resources.routines_dir().glob("*.yaml") if p.name != "exercises.yaml")
    worst = worst_inside = 0.0
    for path in paths:
        command = median_run([sys.executable, "-m", "workout_timer", "show", path.stem])
        started = time.perf_counter()
        for _ in range(20):
            plan_cues(build_timeline(load_routine(path, load_catalogue(resources.catalogue_path()))))
        inside = (time.perf_counter() - started) / 20
        worst = max(worst, command)
        worst_inside = max(worst_inside, inside)
        print(f"{path.stem:24} {command * 1000:7.1f}ms {command / baseline:5.1f}x {inside * 1000:9.1f}ms")
    extra = (worst - libraries) * 1000
    print(f"slowest command {worst * 1000:.0f} ms ({extra:.0f} ms more than importing its libraries)")
    print(f"slowest in-process {worst_inside * 1000:.1f} ms")
    print("PASS" if worst < 0.1 else f"FAIL: slowest {worst * 1000:.0f} ms, target under 100 ms")


if __name__ == "__main__":
    main()
