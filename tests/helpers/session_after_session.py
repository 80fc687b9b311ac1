"""Starts sessions one after another in the real window, each ending the one before, as the benchmark
and a user who picks another routine mid-session do; the session bus is the one in
DBUS_SESSION_BUS_ADDRESS. Prints "done ROUNDS" at the end. A hang is cut short after `--limit` seconds
with every thread's Python stack on stderr, and exit status 1.

    python tests/helpers/session_after_session.py ROUNDS --limit SECONDS
"""

from __future__ import annotations

import argparse
import faulthandler
import sys


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("rounds", type=int)
    parser.add_argument("--limit", type=float, default=60.0)
    options = parser.parse_args()
    faulthandler.dump_traceback_later(options.limit, exit=True)  # needs no interpreter lock to dump and end

    from workout_timer.domain.library.entry import Source
    from workout_timer.qt.shell.app import make_application, make_library
    from workout_timer.qt.shell.main_window import MainWindow
    from workout_timer.resources import routines_dir

    app = make_application()
    library = make_library()
    window = MainWindow(library)
    window.settings.check_ins = False  # each start straight into its session: no check-in before it
    window.show()
    entry = library.load(routines_dir() / "post-run-stretch.yaml", Source.FILE)
    for _ in range(options.rounds):
        window.start_session(entry, None)  # ends the session before it (kept as stopped), then begins
        app.processEvents()
    assert window.session.remote.mpris.published, "the session running is not on the bus"
    window.close()
    faulthandler.cancel_dump_traceback_later()
    sys.stdout.write(f"done {options.rounds}\n")  # the test's sign that every round came through


if __name__ == "__main__":
    main()
