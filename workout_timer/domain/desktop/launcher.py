"""The desktop file that puts the app in the menu, and the command it runs.

`desktop_entry(command)` writes the launcher for a command line: the installed entry point when the
user installs the app with `workout-timer install-desktop`, the bare command name in the copy that
ships for packagers (`packaging/`).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from workout_timer.domain.common.language import N_
from workout_timer.domain.desktop.desktop_words import Translated, in_each_language
from workout_timer.domain.desktop.identity import APP_ID, COMMAND, KEYWORDS, NAME, SUMMARY

CATEGORIES = ("Utility", "Clock")
# Translators: what the app is, under its name in some desktops' menus (GenericName=).
GENERIC_NAME = N_("Guided workout timer")


@dataclass(frozen=True)
class DesktopAction:
    key: str
    name: str
    arguments: tuple[str, ...]


ACTIONS = (
    # Translators: in the menu of the app's launcher (right-click in a dock): starts the routine done last.
    DesktopAction("start-last", N_("Start my last routine"), ("start", "--last")),
    # Translators: in the menu of the app's launcher (right-click in a dock): opens the history of sessions.
    DesktopAction("history", N_("My history"), ("--history",)),
)
"""What the launcher's menu offers besides opening the app (right-click in most docks and menus)."""


def launcher_command(executable: Path, which: Callable[[str], str | None]) -> list[str]:
    """The command line that opens the installed app.

    The entry point beside the running Python (a pipx or virtual environment's `bin/`, which need not
    be on the desktop's PATH) comes first, then the one on PATH, and last the module run by this Python.
    """
    beside = executable.with_name(COMMAND)
    if beside.is_file():
        return [str(beside)]
    found = which(COMMAND)
    if found:
        return [str(Path(found).absolute())]
    return [str(executable), "-m", "workout_timer"]


def exec_line(command: Sequence[str]) -> str:
    """`command` as a desktop file's Exec value: each argument quoted when it needs it, as the spec says."""
    return " ".join(_quoted(argument) for argument in command)


def _quoted(argument: str) -> str:
    reserved = set(" \t\n\"'\\><~|&;$*?#()`=%")
    if argument and not reserved & set(argument):
        return argument
    inner = "".join("\\" + c if c in '"`$\\' else c for c in argument).replace("%", "%%")
    # The desktop file's string escapes come on top of the Exec quoting: every backslash is written twice.
    return '"' + inner.replace("\\", "\\\\") + '"'


def desktop_entry(command: Sequence[str] = (COMMAND,), translated: Translated = in_each_language) -> str:
    """The text of `APP_ID.desktop` that runs `command`: its words in English, each followed by its translations
    (`Name[de]=`) from the app's catalogues, as `msgfmt --desktop` merges them."""
    run = exec_line(command)
    lines = [
        "[Desktop Entry]",
        "Type=Application",
        *_localised("Name", NAME, translated),
        *_localised("GenericName", GENERIC_NAME, translated),
        *_localised("Comment", SUMMARY, translated),
        f"Icon={APP_ID}",
        f"Exec={run}",
        "Terminal=false",
        "StartupNotify=true",
        "X-GNOME-SingleWindow=true",
        f"Categories={';'.join(CATEGORIES)};",
        *_localised("Keywords", KEYWORDS, translated),
        f"Actions={';'.join(action.key for action in ACTIONS)};",
    ]
    for action in ACTIONS:
        lines += [
            "",
            f"[Desktop Action {action.key}]",
            *_localised("Name", action.name, translated),
            f"Exec={exec_line([*command, *action.arguments])}",
        ]
    return "\n".join(lines) + "\n"


def _localised(key: str, english: str, translated: Translated) -> list[str]:
    """A key's line and a line for each language that translates it: "Name=…", then "Name[de]=…"."""
    return [f"{key}={_value(english)}"] + [f"{key}[{code}]={_value(text)}" for code, text in translated(english)]


def _value(text: str) -> str:
    """A string as a desktop file's value: a backslash, a newline or a tab escaped, as the spec wants."""
    return text.replace("\\", "\\\\").replace("\n", "\\n").replace("\t", "\\t").replace("\r", "\\r")
