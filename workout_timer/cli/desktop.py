"""The desktop's commands: `install-desktop` (the app in the menu, with its icon and its AppStream data),
`remind` (the daily reminder's own process), and what `start --last` starts."""

from __future__ import annotations

import argparse
import os
import shutil
import sys
from pathlib import Path

from workout_timer import __version__, resources
from workout_timer.cli.common import INVALID, OK
from workout_timer.domain.common.failures import plain_words
from workout_timer.domain.common.language import _
from workout_timer.domain.desktop.install import default_data_home, desktop_files, install, uninstall
from workout_timer.domain.desktop.launcher import launcher_command
from workout_timer.domain.desktop.reminders import autostart_dir, autostart_file_name, unsupported


def installed_command() -> list[str]:
    """The command line that opens this installation of the app, for the launcher and the reminder."""
    return launcher_command(Path(sys.executable), shutil.which)


def install_desktop(args: argparse.Namespace) -> int:
    if not sys.platform.startswith(("linux", "freebsd", "openbsd", "netbsd")):
        not_here = _(
            "install-desktop puts the app in the menu of Linux desktops. On this computer, start it "
            "with workout-timer-app (no console window), or make a shortcut to it."
        )
        print(f"workout-timer: {not_here}", file=sys.stderr)
        return INVALID
    folder = default_data_home()
    if args.uninstall:
        return _uninstall(folder)
    command = installed_command()
    try:
        written = install(desktop_files(command, __version__, resources.assets_dir()), folder)
    except OSError as error:
        said = _("the app can't be put in the menu: {reason}").format(reason=plain_words(error))
        print(f"workout-timer: {said}", file=sys.stderr)
        return INVALID
    for path in written:
        print(path)
    print(_("Workout Timer is in your app menu. It runs {command}.").format(command=" ".join(command)))
    print(_("Remove it again with: workout-timer install-desktop --uninstall"))
    return OK


def _uninstall(folder: Path) -> int:
    try:
        removed = uninstall(folder)
        reminder = autostart_dir(os.environ, Path.home()) / autostart_file_name()
        if reminder.is_file():
            reminder.unlink()  # a reminder that would open an app no longer in the menu
            removed.append(reminder)
    except OSError as error:
        said = _("the app can't be taken out of the menu: {reason}").format(reason=plain_words(error))
        print(f"workout-timer: {said}", file=sys.stderr)
        return INVALID
    for path in removed:
        print(path)
    print(_("Workout Timer is out of your app menu.") if removed else _("Workout Timer was not in your app menu."))
    return OK


def remind(_args: argparse.Namespace) -> int:
    problem = unsupported(sys.platform)
    if problem:
        print(f"workout-timer: {problem}", file=sys.stderr)
        return INVALID
    from workout_timer.qt.desktop.reminder_process import run_reminder

    return run_reminder(installed_command())


def last_routine_id() -> str | None:
    """The routine of the latest session in the history, or None when there is none yet."""
    from workout_timer.domain.common.paths import history_path
    from workout_timer.domain.desktop.reminders import last_routine
    from workout_timer.domain.history.store import HistoryStore

    store = HistoryStore(history_path(), read_only=True)
    try:
        return last_routine(store.sessions())
    finally:
        store.close()
