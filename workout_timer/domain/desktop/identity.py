"""Who the app is to the desktop: one id, in reverse-DNS form, for every name the desktop keeps.

The desktop file, the AppStream metainfo, the icons, the D-Bus names, the single-instance socket and
Qt's `setDesktopFileName` all take their names from here, so they can never disagree.
"""

from __future__ import annotations

from pathlib import Path, PurePosixPath
from typing import Final

from workout_timer.domain.common.language import N_

APP_ID: Final = "io.github.workout_timer.WorkoutTimer"
"""The app's id: the desktop file is `APP_ID.desktop`, the icon `APP_ID.png`, the metainfo `APP_ID.metainfo.xml`."""
# Translators: the app's name, in the desktop's menu and software centre (Name[de]=); the app calls itself so
# everywhere: keep it as it is, unless your language writes it otherwise.
NAME: Final = N_("Workout Timer")
COMMAND: Final = "workout-timer"
# Translators: the app in a line, under its name in the desktop's menu and software centre.
SUMMARY: Final = N_("Guided core and stretching routines for runners")
LICENCE: Final = "GPL-3.0-or-later"
HOMEPAGE: Final = "https://github.com/workout-timer/workout-timer"
ISSUES: Final = f"{HOMEPAGE}/issues"
RAW_FILES: Final = "https://raw.githubusercontent.com/workout-timer/workout-timer/main"
ICON_SIZES: Final = (16, 22, 24, 32, 48, 64, 128, 256, 512)
"""The hicolor sizes the PNG icons are drawn at."""
# Translators: words the desktop's menu and software centre find the app by, each ended by a semicolon: not a
# translation word for word, but the words a runner of your language would search for (an English one they use too,
# such as workout, may stay).
KEYWORDS: Final = N_("workout;exercise;running;core;stretching;back;timer;")


def desktop_file_name() -> str:
    return f"{APP_ID}.desktop"


def metainfo_file_name() -> str:
    return f"{APP_ID}.metainfo.xml"


def icon_file_name(extension: str = "png") -> str:
    return f"{APP_ID}.{extension}"


def icon_paths() -> list[PurePosixPath]:
    """Where the icons go under a data folder (and where they are kept under the app's assets): the SVG
    first, then the PNG of each size."""
    hicolor = PurePosixPath("icons/hicolor")
    paths = [hicolor / "scalable/apps" / icon_file_name("svg")]
    return paths + [hicolor / f"{size}x{size}/apps" / icon_file_name() for size in ICON_SIZES]


def instance_name() -> str:
    """The name the running app answers a second launch under (a local socket in the runtime folder)."""
    return f"{APP_ID}.instance"


SOCKET_PATH_MAX = 100
"""Bytes a local socket's path may have (the system's limit is 104 to 108, with its final zero)."""


def instance_address(runtime_dir: str | None, user: str) -> str:
    """Where the running app listens: a socket in the runtime folder when there is one (Linux), else a name
    that Qt places for the platform (a named pipe on Windows, the temporary folder elsewhere).

    One app runs per runtime folder (a login session). When the folder's path is too long for a socket, the
    name that stands in for it is made from the folder, so two sessions never share it."""
    if runtime_dir and Path(runtime_dir).is_absolute():
        path = str(Path(runtime_dir) / instance_name())
        if len(path.encode()) <= SOCKET_PATH_MAX:
            return path
        import hashlib

        folder = hashlib.sha256(runtime_dir.encode()).hexdigest()[:16]
        return f"{instance_name()}-{user}-{folder}"
    return f"{instance_name()}-{user}"
