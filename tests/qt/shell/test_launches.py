"""A later launch reaches the window already open: it comes forward, starts the routine or shows the
history, and never cuts into a session or an edit."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtNetwork import QLocalSocket
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from tests.helpers.app_window import app_window, start_from_the_preview
from workout_timer.domain.common.clock import FakeClock
from workout_timer.domain.desktop.second_launch import Ask, Reply, Request, encode, refused
from workout_timer.domain.session.fresh_input import GUARD
from workout_timer.qt.desktop.single_instance import SingleInstance
from workout_timer.qt.editor.editor_view import EditorView
from workout_timer.qt.shell.launches import answer_launch, request_for
from workout_timer.qt.shell.main_window import MainWindow


@pytest.fixture
def window(qtbot: QtBot, clock: FakeClock, tmp_path: Path) -> Iterator[MainWindow]:
    main = app_window(qtbot, clock, tmp_path)
    yield main
    main.close()


@pytest.fixture
def instance(window: MainWindow) -> Iterator[SingleInstance]:
    listening = SingleInstance(str(Path(os.environ["XDG_RUNTIME_DIR"]) / "instance"))
    assert listening.claim()
    listening.listen(lambda request: answer_launch(window, request))
    yield listening
    listening.release()


def launch(qtbot: QtBot, instance: SingleInstance, request: Request) -> Reply:
    """What a later `workout-timer` sends, over the real socket; the window's reply, once it has answered."""
    client = QLocalSocket()
    client.connectToServer(instance.address)
    assert client.waitForConnected(2000)
    with qtbot.waitSignal(instance.answered, timeout=5000) as answered:
        client.write(encode(request))
        client.flush()
    client.abort()
    reply = answered.args[1]
    assert isinstance(reply, Reply)
    return reply


def test_start_hands_the_routine_over(
    qtbot: QtBot, window: MainWindow, instance: SingleInstance, clock: FakeClock
) -> None:
    window.showMinimized()
    assert launch(qtbot, instance, Request(Ask.START, "short-test")) == Reply()
    assert not window.isMinimized()
    assert window.session.is_player(window.current_view())
    assert window.session.driver is not None and window.session.driver.running

    reply = launch(qtbot, instance, Request(Ask.START, "short-test"))  # clicked again mid-session
    assert window.session.is_player(window.current_view())
    running = "A session is running. Stop it first (Esc) to start another."
    assert running in window.notices.messages()
    in_terminal = "A session is running in the open window. Stop it there first (Esc in the window) to start another."
    assert reply == refused(in_terminal), "the launch is told what the window says, as a terminal reads it"
    assert launch(qtbot, instance, Request()) == Reply(), "coming forward is all a plain launch asks"

    focused = QApplication.focusWidget()
    assert focused is not None
    qtbot.keyClick(focused, Qt.Key.Key_Escape)  # stopped: what the notice says is no longer so, and it goes
    clock.advance(GUARD)
    qtbot.keyClick(focused, Qt.Key.Key_Return)
    assert window.current_view() is window.session.summary_view
    assert running not in window.notices.messages() and not window.notices.waiting()


def test_with_check_ins_the_words_fit_the_screen_and_go_with_it(
    qtbot: QtBot, clock: FakeClock, tmp_path: Path, instance: SingleInstance, window: MainWindow
) -> None:
    window.settings.check_ins = True
    assert launch(qtbot, instance, Request(Ask.START, "short-test")) == Reply()  # asked about as Start does
    assert window.current_view() is window.session.check_in_view
    clock.advance(GUARD)
    qtbot.keyClick(window.session.check_in_view, Qt.Key.Key_Escape)  # the check-in before, skipped
    launch(qtbot, instance, Request(Ask.START, "short-test"))
    running = "A session is running. Stop it first (Esc) to start another."
    assert running in window.notices.messages()
    player = window.session.player_view
    qtbot.keyClick(player, Qt.Key.Key_Escape)
    clock.advance(GUARD)
    qtbot.keyClick(player, Qt.Key.Key_Return)  # stopped: the check-in after, where Esc skips the question
    assert window.current_view() is window.session.check_in_view
    assert running not in window.notices.messages() + window.notices.waiting()

    reply = launch(qtbot, instance, Request(Ask.HISTORY))
    in_check_in = "You are in the middle of a check-in. Answer it or skip it first, then try again."
    assert window.current_view() is window.session.check_in_view and in_check_in in window.notices.messages()
    assert reply == refused(
        "The open window is asking how your back is. Answer or skip the question there first, then try again."
    )
    clock.advance(GUARD)
    qtbot.keyClick(window.session.check_in_view, Qt.Key.Key_Escape)  # skipped: the summary
    assert window.current_view() is window.session.summary_view
    assert in_check_in not in window.notices.messages() + window.notices.waiting()


def test_in_the_check_in_before_a_session_the_words_say_it_is_about_to_start(
    qtbot: QtBot, clock: FakeClock, instance: SingleInstance, window: MainWindow
) -> None:
    window.settings.check_ins = True
    start_from_the_preview(qtbot, window, clock)  # the check-in before: answered or skipped, the session starts
    assert window.current_view() is window.session.check_in_view
    launch(qtbot, instance, Request(Ask.START, "short-test"))
    about = "A session is about to start. Once it runs, stop it (Esc) to start another."
    assert about in window.notices.messages()
    clock.advance(GUARD)
    qtbot.keyClick(window.session.check_in_view, Qt.Key.Key_Escape)  # skipped: the session runs, the words go
    assert window.session.is_player(window.current_view())
    assert about not in window.notices.messages() + window.notices.waiting()


def test_history_and_an_unknown_routine(qtbot: QtBot, window: MainWindow, instance: SingleInstance) -> None:
    reply = launch(qtbot, instance, Request(Ask.START, "no-such-routine"))
    assert window.current_view() is window.library_view
    assert "There is no routine called “no-such-routine”." in window.notices.messages()
    assert reply == refused("There is no routine called “no-such-routine”.")
    assert launch(qtbot, instance, Request(Ask.HISTORY)) == Reply()
    assert window.current_view() is window._history_view


def test_a_routine_whose_file_has_mistakes_is_shown_and_the_launch_hears_them(
    qtbot: QtBot, clock: FakeClock, tmp_path: Path
) -> None:
    """The window's library holds a file broken since the launch read it (or never read by it): the window shows the
    routine's page, which says what is wrong, and the launch is told the same, not that it was done."""
    from workout_timer.domain.common.paths import user_routines_dir

    user_routines_dir().mkdir(parents=True, exist_ok=True)
    (user_routines_dir() / "broken.yaml").write_text("version: 1\nname: Broken\nsteps: [{exercise: nope}]\n")
    main = app_window(qtbot, clock, tmp_path)
    listening = SingleInstance(str(Path(os.environ["XDG_RUNTIME_DIR"]) / "instance"))
    assert listening.claim()
    listening.listen(lambda request: answer_launch(main, request))
    try:
        reply = launch(qtbot, listening, Request(Ask.START, "broken"))
    finally:
        listening.release()
    assert main.current_view() is main.preview_view and main.session.driver is None
    assert not reply.done and "unknown exercise nope" in reply.words
    main.close()


def test_an_open_edit_is_never_cut_into(qtbot: QtBot, window: MainWindow, instance: SingleInstance) -> None:
    qtbot.keyClick(window.library_view.routines, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert isinstance(window.current_view(), EditorView)
    reply = launch(qtbot, instance, Request(Ask.START, "short-test"))
    assert isinstance(window.current_view(), EditorView)
    assert window.session.driver is None
    assert any(m.startswith("A routine is open in the editor.") for m in window.notices.messages())
    assert reply == refused("A routine is open in the app's editor. Save or close it there first, then try again.")


def test_what_a_later_launch_asks(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from tests.conftest import SHORT_ROUTINE
    from workout_timer.qt.shell.app import make_library

    (tmp_path / "mine.yaml").write_text(SHORT_ROUTINE)
    monkeypatch.chdir(tmp_path)
    entry = make_library().find("mine.yaml")
    assert entry is not None
    assert request_for(entry, history=False) == Request(Ask.START, str(tmp_path / "mine.yaml"))
    assert request_for(None, history=True) == Request(Ask.HISTORY)
    assert request_for(None, history=False) == Request()
