"""Odd files in the routines folder (a pipe, a link to a device, a file far too big): "Fix the file"
reads them the loader's one safe way, says plainly why it can't open them, and never hangs the window."""

from __future__ import annotations

import os

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from workout_timer.domain.common.paths import user_routines_dir
from workout_timer.domain.library.library import Action
from workout_timer.qt.shell.main_window import MainWindow


def open_as_text(main: MainWindow) -> None:
    main.library_view.select("short-test")
    main.menus.routine_actions[Action.TEXT].trigger()


def test_fix_the_file_refuses_a_file_grown_too_big_and_says_the_limit(qtbot: QtBot, main: MainWindow) -> None:
    path = user_routines_dir() / "short-test.yaml"
    main.library_view.select("short-test")
    with path.open("ab") as out:  # grown in another program after the app read it
        out.write(b"# " + b"x" * (2 * 1024 * 1024) + b"\n")
    open_as_text(main)
    assert main.current_view() is main.library_view
    assert main.notices.messages()[-1] == (
        "short-test.yaml can't be opened: the file is 2049 KiB; routine files may be at most 1024 KiB."
    )


def test_fix_the_file_says_a_pipe_is_not_a_regular_file_and_never_waits_on_it(qtbot: QtBot, main: MainWindow) -> None:
    path = user_routines_dir() / "short-test.yaml"
    main.library_view.select("short-test")
    path.unlink()
    os.mkfifo(path)  # no writer: a blocking open or read would wait for ever
    open_as_text(main)
    assert main.current_view() is main.library_view
    assert main.notices.messages()[-1] == (
        "short-test.yaml can't be opened: this is a pipe (FIFO), not a regular file; the app reads only regular files."
    )


def test_a_pipe_in_the_folder_is_told_for_what_it_is_not_as_mistakes_to_fix(qtbot: QtBot, main: MainWindow) -> None:
    os.mkfifo(user_routines_dir() / "pipe.yaml")
    link = user_routines_dir() / "zero.yaml"
    link.symlink_to("/dev/zero")
    main.reload_library()
    for routine_id, kind in (("pipe", "a pipe (FIFO)"), ("zero", "a device")):
        main.library_view.select(routine_id)
        row = main.library_view.routines.currentItem()
        assert "can't be opened as a routine" in row.text() + str(row.data(Qt.ItemDataRole.ToolTipRole))
        qtbot.keyClick(main.library_view.routines, Qt.Key.Key_Return)
        assert main.current_view() is main.preview_view
        shown = main.preview_view.text.toPlainText()
        assert f"this is {kind}, not a regular file; the app reads only regular files" in shown
        assert "mistakes" not in shown and "Fix" not in shown
        text_action = main.menus.routine_actions[Action.TEXT]
        assert not text_action.isEnabled() and "the app reads only regular files" in text_action.toolTip()
        main.show_library()
