"""The real main window as the app tests use it: the short routine installed, a fake clock, no session bus."""

from __future__ import annotations

import time
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from tests.conftest import SHORT_ROUTINE
from workout_timer.domain.common.clock import FakeClock, WallClock
from workout_timer.domain.common.paths import user_routines_dir
from workout_timer.domain.session.fresh_input import GUARD
from workout_timer.qt.common.settings import Settings
from workout_timer.qt.common.theme.app_style import MarkedStyle
from workout_timer.qt.library.library_view import LibraryView
from workout_timer.qt.session.announcer import Announcer
from workout_timer.qt.session.wake_lock import WakeLock
from workout_timer.qt.shell.app import make_library
from workout_timer.qt.shell.main_window import MainWindow


def app_window(
    qtbot: QtBot,
    clock: FakeClock,
    folder: Path,
    check_ins: bool = False,
    announcer: Announcer | None = None,
    wall_clock: WallClock = time.time,
) -> MainWindow:
    """A shown 1280x720 main window with "short-test" among the user's routines and settings in `folder`; its days
    go by `wall_clock`.

    Check-ins are off unless asked for: most tests go straight from Start to the player."""
    routines = user_routines_dir()
    routines.mkdir(parents=True, exist_ok=True)
    (routines / "short-test.yaml").write_text(SHORT_ROUTINE)
    lock = WakeLock(bus_address="unix:path=" + str(folder / "no-bus"))
    settings = Settings(folder / "settings.ini")
    settings.check_ins = check_ins
    main = MainWindow(make_library(), settings, clock=clock, wake_lock=lock, announcer=announcer, wall_clock=wall_clock)
    qtbot.addWidget(main)
    main.resize(1280, 720)
    main.show()
    qtbot.waitExposed(main)
    qtbot.waitUntil(lambda: isinstance(QApplication.style(), MarkedStyle), timeout=5000)  # once it has painted
    return main


def listed_names(view: LibraryView) -> list[str]:
    """The names of the rows the routine list shows, top to bottom."""
    return [view.routines.item(row).text() for row in range(view.routines.count())]


def run_short_session(qtbot: QtBot, main: MainWindow, clock: FakeClock) -> None:
    """Start the short routine and play it to the end, letting the voice finish before time moves on."""
    entry = main.library.find("short-test")
    assert entry is not None
    main.start_session(entry)
    driver = main.session.driver
    host = main.announcer.host
    while driver is not None and driver.running:
        if host.speaking:
            with qtbot.waitSignal(host.finished, timeout=5000):
                pass
            continue
        wake = driver.engine.next_wakeup(display=False)
        if wake is None:
            driver.done()  # the push-ups wait for Done
        else:
            clock.set(wake)
            driver.wake()
    if host.speaking:
        with qtbot.waitSignal(host.finished, timeout=5000):
            pass


def start_from_the_preview(qtbot: QtBot, window: MainWindow, clock: FakeClock, routine: str = "short-test") -> None:
    """Start `routine` as a runner does: its preview opened, read a moment (past the fresh-input guard), then Enter."""
    entry = window.library.find(routine)
    assert entry is not None
    window.show_preview(entry)
    clock.advance(GUARD)  # the moment it takes to read it
    qtbot.keyClick(window.preview_view, Qt.Key.Key_Return)


def skip_to_the_end(qtbot: QtBot, main: MainWindow) -> None:
    """Right, step after step, from wherever the keys are, until the session is over."""
    while main.session.driver is not None:
        focused = QApplication.focusWidget()
        assert focused is not None
        qtbot.keyClick(focused, Qt.Key.Key_Right)
