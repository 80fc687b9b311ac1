"""`workout-timer remind`: the reminder's own small process, started at login by its autostart entry.

Only one waits at a time (a lock file in the runtime folder). It ends when the reminder is turned off:
its autostart entry removed, or the setting off when it next reads it.
"""

from __future__ import annotations

import logging
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDir, QFileSystemWatcher, QLockFile, QProcess

from workout_timer.domain.common.paths import history_path
from workout_timer.domain.desktop.identity import APP_ID
from workout_timer.domain.desktop.reminders import autostart_dir, autostart_file_name, last_routine
from workout_timer.qt.common.settings import Settings
from workout_timer.qt.desktop.notifications import Notifier
from workout_timer.qt.desktop.reminder import Reminder

log = logging.getLogger("workout_timer.reminder")


def run_reminder(command: Sequence[str], bus_address: str | None = None) -> int:
    """Wait for the day's reminder, day after day, until it is turned off; `command` opens the app."""
    app = QCoreApplication.instance() or QCoreApplication(sys.argv[:1])
    runtime = os.environ.get("XDG_RUNTIME_DIR") or QDir.tempPath()
    lock = QLockFile(str(Path(runtime) / f"{APP_ID}.Reminder.lock"))
    lock.setStaleLockTime(0)
    if not lock.tryLock(0):
        log.info("A reminder is already waiting")
        return 0
    entry = autostart_dir(os.environ, Path.home()) / autostart_file_name()
    settings = Settings()
    notifier = Notifier(bus_address)
    reminder = Reminder(settings, notifier, _today_minutes, lambda: _open_app(command))
    reminder.finished.connect(app.quit)
    watcher = QFileSystemWatcher()
    if entry.is_file():
        watcher.addPath(str(entry))

    def entry_changed() -> None:
        if not entry.is_file():
            log.info("The reminder's autostart entry was removed: the reminder ends")
            app.quit()

    watcher.fileChanged.connect(entry_changed)
    reminder.arm()
    try:
        return 0 if reminder.due is None else app.exec()
    finally:
        notifier.disconnect_from_bus()
        lock.unlock()


def _today_minutes() -> float:
    from workout_timer.domain.history.stats import history_stats
    from workout_timer.domain.history.store import HistoryStore

    store = HistoryStore(history_path(), read_only=True)
    try:
        return history_stats(store.sessions(), []).today_minutes
    finally:
        store.close()


def _open_app(command: Sequence[str]) -> None:
    """Open the app on the last routine (or on the library): a window already open takes it over."""
    from workout_timer.domain.history.store import HistoryStore

    store = HistoryStore(history_path(), read_only=True)
    try:
        routine = last_routine(store.sessions())
    finally:
        store.close()
    arguments = [*command[1:], "start", routine] if routine else list(command[1:])
    if not QProcess.startDetached(command[0], arguments):
        log.warning("The app could not be opened from the reminder: %s", " ".join(command))
