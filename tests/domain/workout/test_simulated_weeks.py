"""The eight simulated weeks (scripts/simulate_weeks.py): the docs show what the rules do today, and what they do
keeps the promises of docs/progression.md over a whole programme."""

from __future__ import annotations

import importlib.util
import re
import sys
from pathlib import Path
from types import ModuleType

import pytest

SCRIPT = Path(__file__).resolve().parents[3] / "scripts" / "simulate_weeks.py"


@pytest.fixture(scope="module")
def script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("simulate_weeks", SCRIPT)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # (its dataclasses look their module up)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def weeks(script: ModuleType, tmp_path_factory: pytest.TempPathFactory) -> list[str]:
    lines: list[str] = script.simulate(tmp_path_factory.mktemp("weeks"))
    return lines


def sessions(lines: list[str]) -> list[list[str]]:
    """Each session's lines, its title first (a next morning's lines are not the session's)."""
    found: list[list[str]] = []
    current: list[str] | None = None
    for line in lines:
        if re.match(r"\w{3} \d+ \w{3}, session \d+:", line):
            current = [line]
            found.append(current)
        elif line.startswith("    ") and current is not None:
            current.append(line)
        else:
            current = None
    return found


def test_the_docs_show_the_simulation_as_it_runs_today(script: ModuleType, weeks: list[str]) -> None:
    shown = script.shown_in_doc(script.DOC.read_text(encoding="utf-8"))
    assert shown == "\n".join(weeks) + "\n", "run scripts/simulate_weeks.py and paste its output in docs/eight-weeks.md"


def test_eight_weeks_with_a_week_away(weeks: list[str]) -> None:
    assert [line for line in weeks if line.startswith("Week ")] == [f"Week {n}" for n in range(1, 9)]
    assert any("away with a cold" in line for line in weeks)
    assert len(sessions(weeks)) >= 20


def test_the_gentle_start_counts_and_the_first_normal_week_does_not_jump(weeks: list[str]) -> None:
    every = sessions(weeks)
    gentle = [s for s in every if "this week" in s[0]]
    assert any(", up from " in line for s in gentle for line in s)  # evidence at the gentle weeks' own dose
    first = next(s for s in every if "Core for runners" in s[0] and "this week" not in s[0])
    last = [s for s in gentle if "Core for runners" in s[0]][-1]
    assert "Plank on your knees 15s × 2" in last[1] and "Plank on your knees 20s × 3" in first[1]  # one step
    assert "Wall push-up 6 reps" in first[1]  # not knee push-ups by the calendar alone
    back = next(s for s in every if s[0].startswith("Mon 1 Feb"))  # the first after the cold
    assert back[-1] == "    next   the same doses"


def test_red_steps_back_and_every_step_up_says_its_evidence(weeks: list[str]) -> None:
    every = sessions(weeks)
    red = [s for s in every if any(line.startswith("    felt") and "red after" in line for line in s)]
    assert red and all(any("down from" in line and "red after it" in line for line in s) for s in red)
    ups = [line for s in every for line in s if ", up from " in line]
    assert ups and all(
        re.search(r"(3 easy sessions in a row|2 easy sessions in a row, the last too easy)", u) for u in ups
    )
    worse = weeks.index(next(line for line in weeks if line.endswith("my back is worse.")))
    assert all("your back was worse the day after" in line for line in weeks[worse + 1 : worse + 3])


def test_the_runner_ends_stronger_than_they_began(weeks: list[str]) -> None:
    runs = [line for line in weeks if line.startswith("    runs") and "Plank" in line]
    assert "Plank on your knees 15s" in runs[0] and "Plank on your knees 30s × 3" in runs[-1]


def test_a_routine_new_in_week_6_goes_on_from_the_ladders_reached_not_as_written(weeks: list[str]) -> None:
    every = sessions(weeks)
    first = next(s for s in every if "Stronger back and glutes" in s[0])
    core_before = [s for s in every if "Core for runners" in s[0] and every.index(s) < every.index(first)][-1]
    assert "Plank on your knees 20s × 3" in core_before[1]
    assert "Plank on your knees 20s × 2" in first[1]  # the rung and hold reached, with the routine's own sets
    assert "Plank with leg lift" not in first[1] and "Bird dog with a hold" not in first[1]
    runs = [line for line in weeks if line.startswith("    runs")]
    assert not any("Plank with leg lift" in line for line in runs)  # never a version above the one reached


def test_how_the_plank_grew_is_told_again_from_the_historys_change_rows(weeks: list[str]) -> None:
    told = weeks[weeks.index("How the plank grew, from the history's row for each change") + 1 :]
    holds = [re.search(r"Plank on your knees, (\d+) seconds", line) for line in told]
    assert all(holds) and [int(hold.group(1)) for hold in holds if hold] == [15, 20, 25, 30]
    ran = [re.search(r"Plank on your knees (\d+)s", line) for line in weeks if line.startswith("    runs")]
    assert [int(hold.group(1)) for hold in holds if hold] == list(dict.fromkeys(int(r.group(1)) for r in ran if r))
