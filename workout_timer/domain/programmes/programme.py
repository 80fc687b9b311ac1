"""A programme as the app holds it: weeks of seven days, each day a routine or a rest, each week a dose.

Days are counted from the day the runner starts, not from a Monday: day 1 is the first day of each
programme week. A week's dose is one of the gentler-today dial's levels (`care.gentler.Dial`): a gradual
start is a first week at `gentlest`, a second at `gentler`, then the routines as written.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from workout_timer.domain.care.gentler import Dial

DAYS_A_WEEK = 7
MAX_WEEKS = 52
"""A year: longer than any plan a runner follows without changing it."""


@dataclass(frozen=True)
class Week:
    """One programme week: its dose, a routine id for each of its seven days (None for a rest day), and a
    word about it for the runner."""

    dose: Dial
    days: tuple[str | None, ...]
    note: str = ""

    @property
    def sessions(self) -> int:
        return sum(1 for day in self.days if day is not None)


@dataclass(frozen=True)
class Programme:
    """A plan over weeks, read from a file (`path`; None for one made in code)."""

    id: str
    name: str
    weeks: tuple[Week, ...]
    description: str = ""
    path: Path | None = None

    @property
    def slots(self) -> tuple[str | None, ...]:
        """Every day of the plan in order: a routine id, or None for a rest day."""
        return tuple(day for week in self.weeks for day in week.days)

    @property
    def sessions(self) -> int:
        return sum(week.sessions for week in self.weeks)

    def routine_ids(self) -> list[str]:
        """The routines the programme uses, each once, in the order they first come."""
        return list(dict.fromkeys(day for day in self.slots if day is not None))
