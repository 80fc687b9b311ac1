"""What the check-ins after whole sessions lead to: a step up after two too easy, a little less after two too hard,
never on a session mostly skipped; and "Make it my version", written where and as the runner keeps the routine."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from tests.helpers.app_window import app_window
from tests.helpers.check_in import do_the_whole_session, press, settle, start, too_easy_session
from workout_timer.domain.common.clock import FakeClock
from workout_timer.domain.common.paths import user_routines_dir
from workout_timer.qt.shell.main_window import MainWindow


@pytest.fixture
def window(qtbot: QtBot, clock: FakeClock, tmp_path: Path) -> Iterator[MainWindow]:
    main = app_window(qtbot, clock, tmp_path, check_ins=True)
    yield main
    main.close()


def test_too_easy_twice_steps_up_and_the_step_can_become_your_own_version(
    qtbot: QtBot, window: MainWindow, clock: FakeClock
) -> None:
    too_easy_session(qtbot, window, clock)
    summary = window.session.summary_view
    assert window.current_view() is summary and not summary.suggestion.isVisibleTo(summary)  # one is not enough
    press(qtbot, window, Qt.Key.Key_Return)
    too_easy_session(qtbot, window, clock)
    assert window.current_view() is summary and summary.suggestion.isVisibleTo(summary)
    text = summary.suggestion_text.text()
    assert "Ready for a little more?" in text
    assert "Plank: 25 seconds, up from 20 seconds: 2 easy sessions in a row, the last too easy" in text
    assert "Knee push-up: 10 reps, up from 8 reps" in text
    qtbot.mouseClick(summary.accept_button, Qt.MouseButton.LeftButton)
    saved = user_routines_dir() / "short-test.yaml"
    assert "duration: 25s" in saved.read_text()
    entry = window.library.find("short-test")
    assert entry is not None and entry.routine is not None and entry.source.value == "user"
    assert any("Saved your version" in m for m in window.notices.messages())
    again = window.session.flow.entry  # Again starts the version just saved, found by its file
    assert again is not None and again.path == saved and again == entry


def test_a_step_up_never_writes_over_a_file_changed_during_the_session(
    qtbot: QtBot, window: MainWindow, clock: FakeClock
) -> None:
    too_easy_session(qtbot, window, clock)
    press(qtbot, window, Qt.Key.Key_Return)
    start(qtbot, window, clock)
    press(qtbot, window, Qt.Key.Key_Escape)
    path = user_routines_dir() / "short-test.yaml"
    changed = path.read_text().replace("name: Short test session", "name: Short test session, my way")
    path.write_text(changed)  # edited in a text editor while the session runs
    do_the_whole_session(qtbot, window, clock)
    settle(clock)
    press(qtbot, window, Qt.Key.Key_1, Qt.Key.Key_E, Qt.Key.Key_Return)  # the second in a row: a step up
    summary = window.session.summary_view
    assert "Ready for a little more?" in summary.suggestion_text.text()
    qtbot.mouseClick(summary.accept_button, Qt.MouseButton.LeftButton)
    assert path.read_text() == changed  # the user's change stands
    assert any("changed or removed in another program" in m for m in window.notices.messages())
    assert not any("Saved your version" in m for m in window.notices.messages())


def test_a_step_up_is_written_to_the_file_the_session_ran_beside_another_of_the_same_id(
    qtbot: QtBot, window: MainWindow, clock: FakeClock
) -> None:
    """short-test.yaml and Short-Test.yml share an id: the step goes to the one the session came from."""
    folder = user_routines_dir()
    texts = {path.name: path.read_text() for path in [folder / "short-test.yaml"]}
    texts["Short-Test.yml"] = texts["short-test.yaml"].replace("Short test session", "Short test, the other")
    (folder / "Short-Test.yml").write_text(texts["Short-Test.yml"])
    window.reload_library()
    ran_files = [entry for entry in window.library.entries() if entry.id == "short-test"]
    for seconds, ran in zip((25, 30), ran_files, strict=True):  # one routine id: one progress for both files
        for _ in range(2):
            window.show_preview(ran)
            settle(clock)  # the moment it takes to read the preview
            press(qtbot, window, Qt.Key.Key_Return)
            settle(clock)
            press(qtbot, window, Qt.Key.Key_Escape)  # no check-in before
            do_the_whole_session(qtbot, window, clock)
            settle(clock)
            press(qtbot, window, Qt.Key.Key_1, Qt.Key.Key_E, Qt.Key.Key_Return)
        qtbot.mouseClick(window.session.summary_view.accept_button, Qt.MouseButton.LeftButton)
        assert f"duration: {seconds}s" in ran.path.read_text()
        other = next(folder / name for name in texts if folder / name != ran.path)
        assert other.read_text() == texts[other.name]  # never written over
        ran.path.write_text(texts[ran.path.name])
        window.reload_library()
        qtbot.mouseClick(window.session.summary_view.library_button, Qt.MouseButton.LeftButton)


def test_not_now_changes_nothing(qtbot: QtBot, window: MainWindow, clock: FakeClock) -> None:
    before = (user_routines_dir() / "short-test.yaml").read_text()
    too_easy_session(qtbot, window, clock)
    press(qtbot, window, Qt.Key.Key_Return)
    too_easy_session(qtbot, window, clock)  # too easy twice: a step up is offered
    summary = window.session.summary_view
    assert "Ready for a little more?" in summary.suggestion_text.text()
    qtbot.mouseClick(summary.decline_button, Qt.MouseButton.LeftButton)
    assert not summary.suggestion.isVisibleTo(summary)
    assert (user_routines_dir() / "short-test.yaml").read_text() == before


def test_one_too_hard_after_skipping_most_is_no_reason_for_less(
    qtbot: QtBot, window: MainWindow, clock: FakeClock
) -> None:
    start(qtbot, window, clock)
    press(qtbot, window, Qt.Key.Key_Escape)
    for _ in range(8):  # 1 of the steps done, the rest skipped
        press(qtbot, window, Qt.Key.Key_Right)
    settle(clock)
    press(qtbot, window, Qt.Key.Key_H, Qt.Key.Key_Return)
    summary = window.session.summary_view
    assert window.current_view() is summary and not summary.suggestion.isVisibleTo(summary)


def test_two_whole_sessions_too_hard_offer_a_little_less(qtbot: QtBot, window: MainWindow, clock: FakeClock) -> None:
    for session in range(2):
        start(qtbot, window, clock)
        press(qtbot, window, Qt.Key.Key_Escape)
        do_the_whole_session(qtbot, window, clock)
        settle(clock)
        press(qtbot, window, Qt.Key.Key_H, Qt.Key.Key_Return)
        summary = window.session.summary_view
        assert window.current_view() is summary
        assert summary.suggestion.isVisibleTo(summary) is (session == 1)
        settle(clock)
        press(qtbot, window, Qt.Key.Key_Return)  # back to the routines
    text = summary.suggestion_text.text()
    assert "A little less next time?" in text and "Plank: Plank on your knees for 20 seconds" in text
    assert "hard on your back 2 sessions in a row" in text


def test_a_session_mostly_skipped_never_leads_to_more(qtbot: QtBot, window: MainWindow, clock: FakeClock) -> None:
    start(qtbot, window, clock)
    press(qtbot, window, Qt.Key.Key_Escape)
    for _ in range(8):
        press(qtbot, window, Qt.Key.Key_Right)
    settle(clock)
    press(qtbot, window, Qt.Key.Key_E, Qt.Key.Key_Return)  # "too easy", after skipping it all
    summary = window.session.summary_view
    assert window.current_view() is summary and not summary.suggestion.isVisibleTo(summary)


SPELLED = """\
version: 1
name: Short test session
# my own timings, as my coach wrote them
defaults: {prepare: 5, rest: "0:10", switch: 5}
steps:
  - {exercise: plank, duration: 20}
  - {exercise: side-plank, duration: "0:10", sides: both}
  - {exercise: knee-push-up, reps: 8, tempo: none}
"""


def too_easy_twice(qtbot: QtBot, window: MainWindow, clock: FakeClock) -> None:
    too_easy_session(qtbot, window, clock)
    press(qtbot, window, Qt.Key.Key_Return)
    too_easy_session(qtbot, window, clock)
    assert "Ready for a little more?" in window.session.summary_view.suggestion_text.text()


def test_your_version_keeps_your_own_way_of_writing_times(qtbot: QtBot, window: MainWindow, clock: FakeClock) -> None:
    import yaml

    saved = user_routines_dir() / "short-test.yaml"
    saved.write_text(SPELLED)
    window.reload_library()
    too_easy_twice(qtbot, window, clock)
    qtbot.mouseClick(window.session.summary_view.accept_button, Qt.MouseButton.LeftButton)
    text = saved.read_text()
    assert text == SPELLED.replace("duration: 20}", "duration: 25s}").replace(
        'duration: "0:10"', "duration: 15s"
    ).replace(
        "reps: 8", "reps: 10"
    )  # only the stepped-up values are new: the comment, the layout and "0:10" are the user's
    written = yaml.safe_load(text)
    assert written["defaults"]["rest"] == "0:10"
    assert any("Saved your version" in m for m in window.notices.messages())


def test_your_version_is_not_saved_over_the_routine_open_in_the_editor(
    qtbot: QtBot, window: MainWindow, clock: FakeClock
) -> None:
    saved = user_routines_dir() / "short-test.yaml"
    before = saved.read_text()
    window.library_view.select("short-test")
    qtbot.keyClick(window, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)  # the editor opens on it
    assert window.editing.view is not None and window.current_view() is window.editing.view
    qtbot.keyClick(window, Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier)  # to the history, then the routines
    qtbot.keyClick(window.current_view() or window, Qt.Key.Key_Escape)
    assert window.current_view() is window.library_view and window.editing.view is not None  # still open
    too_easy_twice(qtbot, window, clock)
    qtbot.mouseClick(window.session.summary_view.accept_button, Qt.MouseButton.LeftButton)
    assert saved.read_text() == before
    assert (
        "“Short test session” is open in the editor, so your version was not saved: your edits there come first."
        in window.notices.messages()
    )
