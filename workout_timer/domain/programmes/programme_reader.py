"""A programme file's node tree to a `Programme`, every mistake noted at its line and column.

It builds on the routine files' `Reader` (the same shapes, values, limits and messages) and checks what
only a programme has: weeks of days numbered 1 to 7, each naming a routine there is or a rest, a dose
from the gentler-today dial, and a length in weeks within reason.
"""

from __future__ import annotations

from collections.abc import Collection
from pathlib import Path

from workout_timer.domain.care.gentler import Dial
from workout_timer.domain.common.language import pgettext
from workout_timer.domain.programmes import messages
from workout_timer.domain.programmes.programme import DAYS_A_WEEK, MAX_WEEKS, Programme, Week
from workout_timer.domain.routines import messages as shared
from workout_timer.domain.routines import yaml_words
from workout_timer.domain.routines.messages import as_key
from workout_timer.domain.routines.problems import LoadError, Problem
from workout_timer.domain.routines.reading.reader import ID_PATTERN, Reader
from workout_timer.domain.routines.yaml_nodes import Node

NAME_LIMIT = 100
MAX_REPEAT = MAX_WEEKS
REST = "rest"
PROGRAMME_KEYS = ("version", "name", "description", "weeks")
WEEK_KEYS = ("dose", "days", "note", "repeat")


class ProgrammeReader(Reader):
    """Reads one programme; `routines` are the ids of the routines its days may name."""

    def __init__(self, label: str, routines: Collection[str]) -> None:
        super().__init__(label)
        self.routines = routines

    def tree(self, text: str) -> Node:
        try:
            return super().tree(text)
        except LoadError as error:  # an empty file is told as a programme's, not a routine's
            raise LoadError(
                [
                    Problem(p.path, p.line, p.column, messages.empty_file())
                    if p.message == yaml_words.empty_file()
                    else p
                    for p in error.problems
                ]
            ) from None

    def version(self, node: Node | None, root: Node) -> bool:
        """As for routines, but a newer format is told as a programme's."""
        try:
            return super().version(node, root)
        except LoadError:
            assert node is not None
            newer = Problem(self.label, node.line, node.column, messages.version_newer(node.value))
            raise LoadError([newer]) from None

    def programme(self, root: Node, programme_id: str, path: str | None) -> Programme | None:
        fields = self.fields(root, pgettext("place", "the programme"), PROGRAMME_KEYS, required=("name", "weeks"))
        if fields is None or not self.version(fields.get("version"), root):
            return None
        name = self.optional(fields, "name", lambda n: self.text(n, as_key("name"), NAME_LIMIT))
        description = self.optional(fields, "description", lambda n: self.text(n, as_key("description"))) or ""
        weeks_node = fields.get("weeks")
        weeks = self.weeks(weeks_node) if weeks_node is not None else ()
        if self.problems or name is None:
            return None
        return Programme(programme_id, name, weeks, description, Path(path) if path else None)

    def weeks(self, node: Node) -> tuple[Week, ...]:
        nodes = self.items(node, as_key("weeks"))
        if nodes is None:
            return ()
        weeks: list[Week] = []
        total = 0
        for week_node in nodes:
            read = self.week(week_node, pgettext("place", "week {number}").format(number=total + 1))
            if read is None:
                total += 1
                continue
            week, repeat = read
            total += repeat
            if total <= MAX_WEEKS:
                weeks.extend([week] * repeat)
        if total > MAX_WEEKS:
            self.problem(node, messages.too_many_weeks(total, MAX_WEEKS))
        return tuple(weeks)

    def week(self, node: Node, where: str) -> tuple[Week, int] | None:
        fields = self.fields(node, where, WEEK_KEYS, required=("days",))
        if fields is None:
            return None
        dose = self.optional(fields, "dose", lambda n: self.choice(n, as_key("dose"), Dial))
        note = self.optional(fields, "note", lambda n: self.text(n, as_key("note"))) or ""
        repeat = self.optional(fields, "repeat", lambda n: self.count(n, as_key("repeat"), 1, MAX_REPEAT))
        days_node = fields.get("days")
        days = self.days(days_node, node) if days_node is not None else None
        if days is None or ("dose" in fields and dose is None) or ("repeat" in fields and repeat is None):
            return None
        return Week(dose or Dial.NORMAL, days, note), repeat or 1

    def days(self, node: Node, week: Node) -> tuple[str | None, ...] | None:
        """The seven days of a week from a mapping of day numbers to routine ids (or `rest`); days not
        given are rest days. A day given twice is the YAML reader's duplicate key."""
        if node.kind != "map":
            self.problem(node, shared.expected_mapping(as_key("days"), node.describe()))
            return None
        days: list[str | None] = [None] * DAYS_A_WEEK
        fine = True
        for key, value in node.pairs:
            number = key.value
            if key.kind != "scalar" or isinstance(number, bool) or not isinstance(number, int):
                number = None
            if number is None or not 1 <= number <= DAYS_A_WEEK:
                self.problem(key, messages.expected_day(key.describe(), DAYS_A_WEEK))
                fine = False
                continue
            read, routine = self.day(value)
            fine = fine and read
            days[number - 1] = routine
        if fine and all(day is None for day in days):
            self.problem(week if not node.pairs else node, messages.week_without_sessions())
            return None
        return tuple(days) if fine else None

    def day(self, node: Node) -> tuple[bool, str | None]:
        """Whether the day reads, and its routine id (None for a rest, or after noting why it is neither)."""
        text = node.text.strip() if node.kind == "scalar" and not (node.value is None and node.plain) else ""
        if text == REST:
            return True, None
        if not ID_PATTERN.match(text):
            self.problem(node, messages.expected_day_value(node.describe()))
            return False, None
        if text not in self.routines:
            self.problem(node, messages.unknown_routine(text, self.routines))
            return False, None
        return True, text
