"""Open the app when no command is given; otherwise run the command, saying plainly what went wrong if it fails."""

from __future__ import annotations

import gc
import os
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path

APP_OPTIONS = {"-v", "--verbose"}
"""The only options of the app without a command (see `parser`): given only these, the window opens
without the commands being loaded, so the first paint comes sooner."""


def main(argv: Sequence[str] | None = None, wall_clock: Callable[[], float] = time.time) -> int:
    """Run the command `argv` gives (the window without one). `wall_clock` is the one source of the time and of
    "today" for every command (`args.wall_clock`), as the monotonic clock is injected elsewhere: tests set the day."""
    given = list(sys.argv[1:] if argv is None else argv)
    if set(given) <= APP_OPTIONS:
        # The window's start builds objects it keeps for the whole run (the modules, Qt's classes and their
        # enums): Python's cycle collector went through them about seventy times before the first paint, 15 to
        # 20 ms of CPU. It waits until the window has painted (`run_app`).
        gc.disable()
        try:
            from workout_timer.qt.shell.app import run_app  # Qt loads only when a window is wanted

            return run_app(_refused, verbose=bool(given))
        finally:
            gc.enable()  # (a window that never painted, or a launch handed to the open one)
    from workout_timer.cli.common import OK, choose_language, refused
    from workout_timer.cli.parser import build_parser

    choose_language()
    args = build_parser().parse_args(given)
    args.wall_clock = wall_clock
    if args.command is None:
        from workout_timer.qt.shell.app import run_app

        return run_app(refused, verbose=args.verbose, history=args.history)
    from workout_timer import logs

    logs.setup(args.verbose)  # what a command notes goes to the log file, not twice to the terminal
    try:
        return int(args.run(args))
    except BrokenPipeError:  # `workout-timer show x | head` closed the pipe: not an error
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return OK
    except Exception as error:  # a command that failed in a way nobody planned for: said plainly, kept in the log
        return _unexpected(error, args.verbose)


def _refused(words: str) -> int:
    """What the app already open says when it can't do what was asked (the command line's words for it load
    only then: never before the window's first paint)."""
    from workout_timer.cli.common import refused

    return refused(words)


def gui_main() -> int:
    """The entry point without a console (Windows' `workout-timer-app`): output that has nowhere to go is
    dropped instead of failing, and the app's log keeps what matters."""
    for name in ("stdout", "stderr"):
        if getattr(sys, name) is None:
            setattr(sys, name, Path(os.devnull).open("w", encoding="utf-8"))  # noqa: SIM115 (for the whole run)
    return main()


def _unexpected(error: Exception, verbose: bool) -> int:
    import logging

    from workout_timer import logs
    from workout_timer.cli.common import INVALID
    from workout_timer.domain.common.failures import plain_words
    from workout_timer.domain.common.language import _

    logs.setup(verbose)
    logging.getLogger("workout_timer.cli").error("Unexpected error", exc_info=error)
    what = plain_words(error, log_named=True)
    said = _("something went wrong: {what}. The details are in {log}.").format(what=what, log=logs.where())
    print(f"workout-timer: {said}", file=sys.stderr)
    return INVALID
