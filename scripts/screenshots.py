"""Take the README's pictures from the real app, the same way each time.

    python scripts/screenshots.py [FOLDER]          # default: docs/images

The app runs with user folders of its own (nothing of yours is read or changed), a clock that the
script moves by hand, and a few weeks of sample sessions, so each picture shows a moment worth
seeing. Run it under a real X server for the fonts users see (`xvfb-run -s "-screen 0 1280x720x24"
python scripts/screenshots.py`); without a DISPLAY it draws offscreen.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent.parent
HOME = Path(tempfile.mkdtemp(prefix="workout-timer-pictures-"))
for name in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME", "XDG_RUNTIME_DIR"):
    os.environ[name] = str(HOME / name.lower())
    Path(os.environ[name]).mkdir(mode=0o700)
if not os.environ.get("DISPLAY"):
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(HERE))

from PySide6.QtCore import QCoreApplication  # noqa: E402
from PySide6.QtWidgets import QLabel, QWidget  # noqa: E402

from workout_timer import resources  # noqa: E402
from workout_timer.domain.care.back_care import CheckIn, Effort, Moment  # noqa: E402
from workout_timer.domain.common.clock import FakeClock  # noqa: E402
from workout_timer.domain.common.paths import history_path  # noqa: E402
from workout_timer.domain.history.store import HistoryStore  # noqa: E402
from workout_timer.domain.routines.timeline import build_timeline  # noqa: E402
from workout_timer.domain.session.engine import SessionEngine, State  # noqa: E402
from workout_timer.domain.session.events import Event  # noqa: E402
from workout_timer.domain.session.summary import SessionSummary  # noqa: E402
from workout_timer.qt.common.settings import Settings  # noqa: E402
from workout_timer.qt.session.announcer import Announcer  # noqa: E402
from workout_timer.qt.session.wake_lock import WakeLock  # noqa: E402
from workout_timer.qt.shell.app import make_application, make_library  # noqa: E402
from workout_timer.qt.shell.main_window import MainWindow  # noqa: E402

DAY = 86400.0
SAMPLE_DAYS = (20, 18, 16, 13, 11, 9, 6, 4, 2, 1)
"""Days ago on which the sample history has a session (a few a week, as a runner would)."""


def settle(seconds: float = 0.0, clock: FakeClock | None = None) -> None:
    if clock is not None:
        clock.advance(seconds)
    for _ in range(5):
        QCoreApplication.processEvents()


def save(widget: QWidget, path: Path) -> None:
    settle()
    for notice in widget.findChildren(QLabel, "notice"):
        notice.hide()  # a passing word ("A copy to make your own…") is not what the picture is about
    if not widget.grab().save(str(path)):
        raise SystemExit(f"could not write {path}")
    print(f"wrote {path}")


def sample_history(library_ids: list[str]) -> None:
    """Some weeks of sessions with check-ins, pain easing from 4 to 1, written as the app writes them."""
    now = time.time()
    library = make_library()
    for number, days_ago in enumerate(SAMPLE_DAYS):
        entry = library.find(library_ids[number % len(library_ids)])
        if entry is None or entry.routine is None:
            raise SystemExit(f"no routine {library_ids[number % len(library_ids)]}")
        timeline = build_timeline(entry.routine)
        start = now - days_ago * DAY + 7 * 3600
        store = HistoryStore(history_path(), wall_clock=lambda start=start: start)
        clock = FakeClock()
        engine = SessionEngine(timeline, clock)
        summary = SessionSummary(timeline)  # the session's own, which the history reads its time from
        session = store.begin(summary)

        def record(
            events: list[Event],
            session: int | None = session,
            summary: SessionSummary = summary,
            store: HistoryStore = store,
        ) -> None:
            summary.feed(events)
            store.record(session, events)

        pain = max(1, 4 - number // 3)
        store.check_in(session, CheckIn(Moment.BEFORE, pain=pain))
        record(engine.start())
        while engine.state is State.RUNNING:
            clock.advance(1.0)
            record(engine.update())
            segment = engine.segment
            if segment is not None and segment.reps is not None and engine.deadline is None:
                record(engine.done())  # an own-pace step: done after a while
        store.check_in(session, CheckIn(Moment.AFTER, pain=max(0, pain - 1), effort=Effort.ABOUT_RIGHT))
        store.close()


def paper_pictures(folder: Path) -> None:
    """The first page of a routine sheet and of the report of the sample weeks, made as the commands make
    them and drawn by pdftoppm (poppler-utils)."""
    import datetime as dt
    import subprocess

    from workout_timer.qt.paper.pages import page_size
    from workout_timer.qt.paper.paper_files import report_from, save_report, save_sheet

    entry = make_library().find("core-for-runners")
    assert entry is not None
    assert entry.routine is not None
    pdfs = HOME / "paper"
    today = dt.date.today()
    save_sheet(entry.routine, pdfs / "sheet.pdf", page_size("a4"), today)
    store = HistoryStore(history_path(), read_only=True)
    report, numbers = report_from(store, today - dt.timedelta(days=27), today, 3, today)
    store.close()
    save_report(report, numbers, pdfs / "report.pdf", page_size("a4"))
    for name in ("sheet", "report"):
        page = ["-r", "55", "-png", "-singlefile", "-f", "1", "-l", "1"]
        subprocess.run(["pdftoppm", *page, str(pdfs / f"{name}.pdf"), str(folder / name)], check=True, timeout=60)
        print(f"wrote {folder / name}.png")


def main() -> int:
    folder = Path(sys.argv[1]) if len(sys.argv) > 1 else HERE / "docs" / "images"
    folder.mkdir(parents=True, exist_ok=True)
    app = make_application()
    settings = Settings(HOME / "settings.ini")
    settings.notice_read = True
    settings.check_ins = False
    sample_history(["core-for-runners", "post-run-stretch", "back-care-mobility"])
    paper_pictures(folder)
    clock = FakeClock()
    lock = WakeLock(bus_address="unix:path=" + str(HOME / "no-bus"))
    voice = Announcer(resources.assets_dir() / "sounds", speech_engine="mock")  # silent, and ready
    window = MainWindow(make_library(), settings, clock=clock, wake_lock=lock, announcer=voice)
    window.resize(1280, 720)
    window.show()
    settle()

    window.library_view.search.setFocus()
    entry = window.library.find("core-for-runners")
    assert entry is not None
    window.library_view.select(entry.id)
    save(window, folder / "library.png")
    settings.colour_scheme = "dark"  # as a dark desktop shows it
    save(window, folder / "library-dark.png")
    settings.colour_scheme = "system"

    window.show_history()
    save(window, folder / "history.png")
    window.show_library()
    window.library_view.select(entry.id)
    settle()

    window.start_session(entry)
    started = time.monotonic()
    session = window.session
    while session.driver is None or session.driver.engine.state is not State.RUNNING:  # the voice gets ready
        if time.monotonic() - started > 30:
            raise SystemExit("the session did not start within 30 s")
        QCoreApplication.processEvents()
        time.sleep(0.02)
    for _ in range(10 + 9):  # through get ready, into the cat-cow's third rep, second by second
        clock.advance(1.0)
        window.session.driver.wake()
    settle(0.3, clock)
    window.session.driver.wake()
    save(window, folder / "player.png")
    window.session.driver.stop()
    settle()
    window.show_library()
    settle()
    window.editing.duplicate(entry)
    settle()
    save(window, folder / "editor.png")
    window.editing.leave()
    window.close()
    app.processEvents()
    return 0


if __name__ == "__main__":
    sys.exit(main())
