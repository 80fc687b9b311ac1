"""Editing from the window: what the editor's safety net does when it cannot keep a draft."""

from __future__ import annotations

import logging

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from tests.helpers.editor_window import editor_of
from workout_timer.domain.common.paths import user_drafts_dir
from workout_timer.qt.shell.main_window import MainWindow


def test_a_draft_that_cannot_be_kept_is_logged_and_the_editor_goes_on(
    qtbot: QtBot, main: MainWindow, capsys: pytest.CaptureFixture[str], caplog: pytest.LogCaptureFixture
) -> None:
    user_drafts_dir().parent.mkdir(parents=True, exist_ok=True)
    user_drafts_dir().write_text("a file where the drafts folder should be")  # refused even to root
    qtbot.keyClick(main, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    view = editor_of(main)
    with caplog.at_level(logging.WARNING), qtbot.waitSignal(main.editing._autosave.timeout, timeout=5000):
        qtbot.keyClicks(view.routine_page.name, "Half done")
    said = [r.getMessage() for r in caplog.records if "draft" in r.getMessage()]
    assert len(said) == 1 and said[0].startswith("An unsaved routine could not be kept as a draft: ")
    assert str(user_drafts_dir()) in said[0] and "Errno" not in said[0]  # in plain words, with the place
    assert capsys.readouterr().err == ""
    assert view.routine_page.name.text() == "Half done" and editor_of(main) is view
