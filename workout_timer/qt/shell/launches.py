"""Later launches, answered by the window already open: it comes forward and does what was asked, or says why
not, in the window and to the launch."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import Qt

from workout_timer.domain.common.language import _, in_quotes
from workout_timer.domain.desktop.second_launch import (
    Ask,
    Busy,
    Reply,
    Request,
    answer,
    refused,
    routine_reference,
)
from workout_timer.domain.library.entry import Entry, Source
from workout_timer.qt.shell.main_window import MainWindow

log = logging.getLogger("workout_timer.instance")


def request_for(start: Entry | None, history: bool) -> Request:
    """What a launch that finds the app running asks of it."""
    if start is not None:
        ref = routine_reference(str(start.path), Path.cwd()) if start.source is Source.FILE else start.id
        return Request(Ask.START, ref)
    return Request(Ask.HISTORY) if history else Request()


def bring_forward(window: MainWindow) -> None:
    if window.isMinimized():
        window.setWindowState(window.windowState() & ~Qt.WindowState.WindowMinimized)
    window.show()
    window.raise_()
    window.activateWindow()


def answer_launch(window: MainWindow, request: Request) -> Reply:
    """Come forward, then start the routine or show the history asked for, unless that would cut into
    a session or an edit: then say why. The reply tells the launch which, in the window's words said for a terminal."""
    from workout_timer.domain.workout.flow import Stage  # loaded when asked, not before the first paint

    def busy() -> Busy | None:
        stages = {Stage.BEFORE: Busy.BEFORE, Stage.RUNNING: Busy.SESSION, Stage.AFTER: Busy.AFTER}
        return stages.get(window.session.flow.stage)

    bring_forward(window)
    then = busy() if request.ask is not Ask.SHOW else None
    reply = answer(request, then, window.editor_open())
    if reply.words:  # said while what it says is so: while the check-in or the session it was said in lasts
        window.notify(reply.words, true_while=(lambda: busy() is then) if then is not None else None)
    told = Reply() if not reply.words else refused(reply.terminal)  # the same words, said for a terminal
    if reply.ask is Ask.HISTORY:
        window.show_history()
    elif reply.ask is Ask.START:
        entry = window.library.find(request.routine)
        if entry is None:
            # Translators: {name} is the routine's id as it was asked for, in quotes.
            told = refused(_("There is no routine called {name}.").format(name=in_quotes(request.routine)))
            window.notify(told.words)
        elif entry.routine is None:
            window.show_preview(entry)  # it says what is wrong with the file
            told = refused("\n".join(str(problem) for problem in entry.problems))
        else:
            window.start_session(entry)
    log.info("Answered a later launch (%s): %s", request.ask.value, told.words or "done")
    return told
