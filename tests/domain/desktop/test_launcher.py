"""The launcher: the command it runs, quoted as the desktop entry spec wants, and its actions."""

from __future__ import annotations

import configparser
from pathlib import Path

from workout_timer.domain.desktop.identity import APP_ID
from workout_timer.domain.desktop.launcher import desktop_entry, exec_line, launcher_command


def _entry(text: str) -> configparser.ConfigParser:
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # type: ignore[assignment,method-assign]
    parser.read_string(text)
    return parser


def test_the_entry_point_beside_python_comes_first(tmp_path: Path) -> None:
    (tmp_path / "workout-timer").write_text("#!/bin/sh\n")
    assert launcher_command(tmp_path / "python", lambda _name: "/usr/bin/workout-timer") == [
        str(tmp_path / "workout-timer")
    ]


def test_then_the_one_on_path_then_the_module(tmp_path: Path) -> None:
    assert launcher_command(tmp_path / "python", lambda _name: "/opt/bin/workout-timer") == ["/opt/bin/workout-timer"]
    assert launcher_command(tmp_path / "python", lambda _name: None) == [
        str(tmp_path / "python"),
        "-m",
        "workout_timer",
    ]


def test_plain_arguments_stay_bare() -> None:
    assert exec_line(["/home/ann/.local/bin/workout-timer", "start", "--last"]) == (
        "/home/ann/.local/bin/workout-timer start --last"
    )


def test_a_path_with_spaces_and_quotes_is_quoted_and_escaped_twice() -> None:
    line = exec_line(["/home/Ann Lee/bin/work$out", "100%"])
    assert line == '"/home/Ann Lee/bin/work\\\\$out" "100%%"'
    # Undo the desktop file's string escape, then the Exec quoting: the arguments come back whole.
    unescaped = line.replace("\\\\", "\\").replace("%%", "%")
    assert _exec_arguments(unescaped) == ["/home/Ann Lee/bin/work$out", "100%"]


def _exec_arguments(line: str) -> list[str]:
    """The arguments of an Exec value as the spec reads them: spaces split, "…" quotes, \\ escapes in quotes."""
    arguments: list[str] = []
    current, quoted, chars = "", False, iter(line)
    for char in chars:
        if quoted and char == "\\":
            current += next(chars)
        elif char == '"':
            quoted = not quoted
        elif char == " " and not quoted:
            arguments.append(current)
            current = ""
        else:
            current += char
    return [*arguments, current]


def test_the_entry_runs_the_command_and_offers_its_actions() -> None:
    entry = _entry(desktop_entry(["/x/bin/workout-timer"]))
    main = entry["Desktop Entry"]
    assert main["Exec"] == "/x/bin/workout-timer"
    assert main["Icon"] == APP_ID
    assert main["Actions"] == "start-last;history;"
    assert entry["Desktop Action start-last"]["Name"] == "Start my last routine"
    assert entry["Desktop Action start-last"]["Exec"] == "/x/bin/workout-timer start --last"
    assert entry["Desktop Action history"]["Exec"] == "/x/bin/workout-timer --history"


def test_the_packagers_copy_runs_the_command_on_path() -> None:
    assert _entry(desktop_entry())["Desktop Entry"]["Exec"] == "workout-timer"
