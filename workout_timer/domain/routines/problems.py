"""What went wrong in a file, and where: the one shape every loading error takes."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True, order=True)
class Problem:
    """One mistake in a file, at a 1-based line and column (0 when the whole file is meant)."""

    path: str
    line: int
    column: int
    message: str
    in_text: bool = field(default=True, compare=False)
    """False for a file that can't be read at all (not there, not a regular file, too big): there is
    no text to fix, so the app doesn't offer to fix it."""

    def __str__(self) -> str:
        if self.line <= 0:
            return f"{self.path}: {self.message}"
        return f"{self.path}:{self.line}:{self.column}: {self.message}"


class LoadError(Exception):
    """A file could not be used; carries every problem found in it, in file order."""

    def __init__(self, problems: list[Problem]) -> None:
        if not problems:
            raise ValueError("a LoadError needs at least one problem")
        self.problems = sorted(problems)
        super().__init__("\n".join(str(p) for p in self.problems))
