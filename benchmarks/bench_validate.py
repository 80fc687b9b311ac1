"""Validating 1,000 routine files: in-process and through the `workout-timer validate` command.

Baseline: the same files read with PyYAML's fastest safe loader (parsing alone, no checks).
Target: all 1,000 validated in under 2 s.
"""

from __future__ import annotations

import os
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import yaml

from workout_timer import resources
from workout_timer.domain.routines.loading import load_catalogue, load_routine

COUNT = 1000


def make_files(folder: Path) -> list[Path]:
    """1,000 routine files: the built-ins with their numbers varied, so no two are the same."""
    sources = [p.read_text() for p in sorted(resources.routines_dir().glob("*.yaml")) if p.name != "exercises.yaml"]
    rng = random.Random(7)
    paths = []
    for number in range(COUNT):
        text = sources[number % len(sources)].replace("duration: 30s", f"duration: {rng.randint(10, 90)}s")
        path = folder / f"routine-{number:04d}.yaml"
        path.write_text(text)
        paths.append(path)
    return paths


def best_of(runs: int, work: callable) -> float:  # type: ignore[valid-type]
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        work()
        times.append(time.perf_counter() - started)
    return min(times)


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        paths = make_files(Path(tmp))
        size = sum(p.stat().st_size for p in paths)

        def baseline() -> None:
            for path in paths:
                yaml.load(path.read_text(), Loader=yaml.CSafeLoader)

        def validate() -> None:
            catalogue = load_catalogue(resources.catalogue_path())
            for path in paths:
                load_routine(path, catalogue)

        base = best_of(3, baseline)
        ours = best_of(3, validate)

        started = time.perf_counter()
        env = {key: value for key, value in os.environ.items() if key != "PYTHONDONTWRITEBYTECODE"}
        done = subprocess.run(
            [sys.executable, "-m", "workout_timer", "validate", *map(str, paths)],
            capture_output=True,
            text=True,
            check=False,
            env=env,
        )
        command = time.perf_counter() - started
        assert done.returncode == 0, done.stderr[:2000]

    print(f"files: {COUNT} ({size / 1024:.0f} KiB), libyaml: {yaml.__with_libyaml__}")
    print(f"baseline, yaml.load with CSafeLoader:   {base * 1000:7.1f} ms")
    print(f"validate in-process (load and check):  {ours * 1000:7.1f} ms   ({ours / base:.2f}x baseline)")
    print(f"`workout-timer validate` 1,000 files:  {command * 1000:7.1f} ms   (target: under 2000 ms)")
    print("PASS" if command < 2.0 else "FAIL: over the 2 s target")


if __name__ == "__main__":
    main()
