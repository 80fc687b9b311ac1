"""The player and the summary, driven through the real window with real keys, on a fake clock."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtGui import QAccessible, QFontMetrics, QKeyEvent, QTextDocument
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QWidget
from pytestqt.qtbot import QtBot

from tests.helpers.app_window import app_window
from tests.qt.shell.test_player_app import read_the_preview
from workout_timer.domain.common.clock import FakeClock
from workout_timer.domain.common.paths import user_routines_dir
from workout_timer.domain.session.fresh_input import GUARD
from workout_timer.domain.session.snapshot import State
from workout_timer.qt.preferences.settings_dialog import SettingsDialog
from workout_timer.qt.session.instructions_panel import InstructionsPanel
from workout_timer.qt.shell.main_window import MainWindow


@pytest.fixture
def window(qtbot: QtBot, clock: FakeClock, tmp_path: Path) -> Iterator[MainWindow]:
    main = app_window(qtbot, clock, tmp_path)
    yield main
    main.close()


def key(qtbot: QtBot, main: MainWindow, name: Qt.Key, modifier: Qt.KeyboardModifier | None = None) -> None:
    focused = QApplication.focusWidget() or main
    if modifier is None:
        qtbot.keyClick(focused, name)
    else:
        qtbot.keyClick(focused, name, modifier)


def tick(main: MainWindow, clock: FakeClock, seconds: float) -> None:
    clock.advance(seconds)
    assert main.session.driver is not None
    main.session.driver.wake()


def start(qtbot: QtBot, main: MainWindow, search: str) -> None:
    """From the library: type to search, Enter for the preview, Enter to start."""
    view = main.library_view
    view.search.clear()
    qtbot.keyClicks(view.search, search)
    qtbot.keyClick(view.search, Qt.Key.Key_Return)
    assert main.current_view() is main.preview_view
    read_the_preview(main)
    key(qtbot, main, Qt.Key.Key_Return)
    assert main.current_view() is main.session.player_view


def stop_now(qtbot: QtBot, main: MainWindow, clock: FakeClock) -> None:
    """Skip to the end of the session and leave the summary, once it has been read."""
    while main.session.driver is not None:
        key(qtbot, main, Qt.Key.Key_Right)
    clock.advance(GUARD)
    key(qtbot, main, Qt.Key.Key_Return)
    assert main.current_view() is main.library_view


def close(qtbot: QtBot, dialog: SettingsDialog) -> None:
    buttons = dialog.findChild(QDialogButtonBox)
    assert buttons is not None
    qtbot.mouseClick(buttons.button(QDialogButtonBox.StandardButton.Close), Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()


def painted_pixels(panel: InstructionsPanel) -> int:
    """The size of the type the panel paints: that of the one text document it draws."""
    (document,) = panel.findChildren(QTextDocument)
    return document.defaultFont().pixelSize()


def sound_off(note: str) -> bool:
    """The player's sound note says the sound is off ("Sound off (M)", or a cue's words "· sound off")."""
    return "sound off" in note.lower()


def test_the_sound_has_one_owner_that_the_player_the_voice_and_the_dialog_follow(
    qtbot: QtBot, window: MainWindow, clock: FakeClock
) -> None:
    start(qtbot, window, "short test")
    player = window.session.player_view
    key(qtbot, window, Qt.Key.Key_M)
    assert sound_off(player.sound_note.text()) and window.announcer.audio.muted and window.menus.sound_off.isChecked()
    stop_now(qtbot, window, clock)

    key(qtbot, window, Qt.Key.Key_Comma, Qt.KeyboardModifier.ControlModifier)  # Ctrl+, : Sound and voice
    dialog = window.findChild(SettingsDialog)
    assert dialog is not None and dialog.isVisible() and dialog.muted.isChecked()
    indicator = QPoint(dialog.muted.height() // 2, dialog.muted.height() // 2)  # a check box is clicked on its box
    qtbot.mouseClick(dialog.muted, Qt.MouseButton.LeftButton, pos=indicator)
    assert not dialog.muted.isChecked() and not window.settings.muted
    close(qtbot, dialog)

    start(qtbot, window, "short test")
    assert not sound_off(player.sound_note.text()) and not window.announcer.audio.muted  # speaking, and says so
    key(qtbot, window, Qt.Key.Key_M)
    assert sound_off(player.sound_note.text()) and window.announcer.audio.muted and window.settings.muted
    key(qtbot, window, Qt.Key.Key_M)
    assert not sound_off(player.sound_note.text()) and not window.announcer.audio.muted

    stop_now(qtbot, window, clock)
    assert not window.menus.sound_off.isChecked()  # the Session menu's item follows too
    window.menus.sound_off.trigger()
    assert window.settings.muted and window.menus.sound_off.isChecked()
    window.menus.sound_off.trigger()
    key(qtbot, window, Qt.Key.Key_Comma, Qt.KeyboardModifier.ControlModifier)
    assert not dialog.muted.isChecked()
    window.settings.muted = True  # any change to the one record shows in the open dialog at once
    assert dialog.muted.isChecked()
    close(qtbot, dialog)


def test_stop_asks_inside_the_player_with_the_session_paused(
    qtbot: QtBot, window: MainWindow, clock: FakeClock
) -> None:
    start(qtbot, window, "short test")
    player = window.session.player_view
    tick(window, clock, 7)  # 18 s of the plank left
    assert player.timer.digits.text() == "18"
    key(qtbot, window, Qt.Key.Key_Escape)
    question = player.stop_question
    assert question.isVisible() and question.geometry() == player.rect()
    assert question.title.text() == "Stop the session?"
    assert question.title.fitted().font.pixelSize() >= 0.07 * window.height()  # read from the mat
    assert window.session.driver is not None and window.session.driver.engine.state is State.PAUSED
    tick(window, clock, 30)
    key(qtbot, window, Qt.Key.Key_Right)  # while asking, only an answer counts
    assert player.timer.digits.text() == "18" and player.name.text() == "Plank"
    key(qtbot, window, Qt.Key.Key_Escape)  # Esc: go on
    assert not question.isVisible() and window.session.driver.engine.state is State.RUNNING
    assert player.timer.digits.text() == "18"  # exactly where it was
    tick(window, clock, 1)
    assert player.timer.digits.text() == "17"

    key(qtbot, window, Qt.Key.Key_Space)  # paused by the user: going on from the question leaves it paused
    key(qtbot, window, Qt.Key.Key_Escape)
    assert question.isVisible()
    clock.advance(GUARD)  # an answer is a fresh key, not one pressed as the question appears
    key(qtbot, window, Qt.Key.Key_G)
    assert not question.isVisible() and window.session.driver.engine.state is State.PAUSED
    key(qtbot, window, Qt.Key.Key_Space)

    qtbot.mouseClick(player.stop_button, Qt.MouseButton.LeftButton)
    assert question.isVisible() and window.session.driver.engine.state is State.PAUSED
    clock.advance(GUARD)
    key(qtbot, window, Qt.Key.Key_Return)  # Enter: stop
    assert window.current_view() is window.session.summary_view and window.session.driver is None
    assert "Session stopped" in window.session.summary_view.text.toPlainText()
    assert not question.isVisible()


def test_keys_held_or_pressed_as_the_stop_question_appears_never_answer_it(
    qtbot: QtBot, window: MainWindow, clock: FakeClock
) -> None:
    start(qtbot, window, "short test")
    player = window.session.player_view
    tick(window, clock, 7)
    key(qtbot, window, Qt.Key.Key_Escape)
    assert player.asking_to_stop()
    held = QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_Escape, Qt.KeyboardModifier.NoModifier, "", True)  # repeating
    clock.advance(GUARD)
    QApplication.sendEvent(player, held)
    assert player.asking_to_stop()  # Esc still held from asking is not "Go on"
    key(qtbot, window, Qt.Key.Key_Escape)  # a fresh Esc is
    assert not player.asking_to_stop() and window.session.driver is not None
    key(qtbot, window, Qt.Key.Key_Escape)
    clock.advance(GUARD / 2)
    key(qtbot, window, Qt.Key.Key_Return)  # Enter meant for Done, a moment too late: not "Stop"
    assert player.asking_to_stop() and window.session.driver is not None
    clock.advance(GUARD)
    key(qtbot, window, Qt.Key.Key_Return)
    assert window.current_view() is window.session.summary_view


def test_the_common_mistakes_show_on_demand_in_the_player(qtbot: QtBot, window: MainWindow, clock: FakeClock) -> None:
    start(qtbot, window, "short test")
    player = window.session.player_view
    assert "sagging" not in player.instructions.text()  # the column beside the figure keeps to the steps
    key(qtbot, window, Qt.Key.Key_I)
    details = player.details
    assert details.isVisible() and details.geometry() == player.rect()
    assert details.title.text() == "Plank"  # during get ready: the exercise coming up
    text = details.text()
    assert "Common mistakes: Hips sagging towards the floor. Hips pushed high into the air." in text
    assert "Keep in mind: Squeeze your glutes." in text and "Drop to your knees" in text
    assert details.panel.fits() and painted_pixels(details.panel) >= 0.04 * window.height()
    (document,) = details.panel.findChildren(QTextDocument)
    numbers = QFontMetrics(document.defaultFont()).horizontalAdvance("10. ")
    assert document.indentWidth() >= numbers  # the steps' numbers fit in the indent, never off the left edge
    tick(window, clock, 5 + 20)  # on to the rest before the side plank: the panel follows
    assert details.title.text() == "Side plank" and "Common mistakes:" in details.text()
    key(qtbot, window, Qt.Key.Key_Space)  # the session's keys still work under it
    assert window.session.driver is not None and window.session.driver.engine.state is State.PAUSED
    key(qtbot, window, Qt.Key.Key_Escape)  # Esc closes the panel first, and asks nothing
    assert not details.isVisible() and not player.stop_question.isVisible()
    qtbot.mouseClick(player.details_button, Qt.MouseButton.LeftButton)
    assert details.isVisible()
    key(qtbot, window, Qt.Key.Key_Question)
    assert not details.isVisible()


def test_the_summary_counts_work_only_and_tells_every_step_apart(
    qtbot: QtBot, window: MainWindow, clock: FakeClock
) -> None:
    start(qtbot, window, "short test")
    tick(window, clock, 5 + 20 + 10 + 3)  # 3 s into the left side plank
    key(qtbot, window, Qt.Key.Key_Space)
    tick(window, clock, 100)
    key(qtbot, window, Qt.Key.Key_Space)
    tick(window, clock, 1)
    key(qtbot, window, Qt.Key.Key_Right)  # skip the rest of it
    tick(window, clock, 2)
    key(qtbot, window, Qt.Key.Key_Escape)
    clock.advance(GUARD)
    key(qtbot, window, Qt.Key.Key_Return)  # stop
    text = window.session.summary_view.text.toPlainText()
    assert "0:24 of exercise, 0:41 in all with getting ready and rests, paused for 1:4" in text
    assert "1 of 4 steps done, 1 skipped, 2 not reached" in text


def test_after_try_it_the_summary_says_it_goes_back_to_the_editor_and_does(
    qtbot: QtBot, window: MainWindow, clock: FakeClock
) -> None:
    from workout_timer.qt.editor.editor_view import EditorView

    window.library_view.select("short-test")
    qtbot.keyClick(window, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    editor = window.current_view()
    assert isinstance(editor, EditorView)
    qtbot.mouseClick(editor.try_button, Qt.MouseButton.LeftButton)
    assert window.current_view() is window.session.player_view
    tick(window, clock, 12)
    key(qtbot, window, Qt.Key.Key_Escape)
    clock.advance(GUARD)
    key(qtbot, window, Qt.Key.Key_Return)
    summary = window.session.summary_view
    assert window.current_view() is summary and summary.library_button.text().startswith("Back to the editor")
    clock.advance(GUARD)
    key(qtbot, window, Qt.Key.Key_Return)
    assert window.current_view() is editor

    qtbot.mouseClick(editor.back_button, Qt.MouseButton.LeftButton)  # to the routines, and a real session
    assert window.current_view() is window.library_view
    start(qtbot, window, "short test")
    stop_now(qtbot, window, clock)
    assert window.current_view() is window.library_view
    assert summary.library_button.text().startswith("Back to routines")


@pytest.mark.parametrize("size", [(1280, 720), (1024, 600)])
def test_the_secondary_text_is_readable_from_the_mat_and_scales_with_the_window(
    qtbot: QtBot, window: MainWindow, clock: FakeClock, size: tuple[int, int]
) -> None:
    window.resize(*size)
    start(qtbot, window, "short test")
    player = window.session.player_view
    height = window.height()
    for _ in range(4):  # get ready, the plank, a rest, the side plank
        window.announcer.cueShown.emit("Plank, 20 seconds.")
        QApplication.processEvents()
        assert player.instructions.fits() and painted_pixels(player.instructions) >= 0.036 * height
        if player.sound_note.isVisible():  # (in the rest after the plank the back's question takes its place)
            assert player.sound_note.fitted().font.pixelSize() >= 0.04 * height
        else:
            assert player.rating.text.fitted().font.pixelSize() >= 0.04 * height, player.rating.text.text()
        if player.next_up.isVisible():
            assert player.next_up.fitted().font.pixelSize() >= 0.04 * height, player.next_up.text()
        key(qtbot, window, Qt.Key.Key_Right)


def test_the_biggest_number_is_the_one_counted_by(qtbot: QtBot, window: MainWindow, clock: FakeClock) -> None:
    (user_routines_dir() / "bridges.yaml").write_text(
        "version: 1\nname: Bridges and push-ups\ndefaults: {prepare: 5, rest: 10}\nsteps:\n"
        "  - {exercise: glute-bridge, reps: 6, tempo: 4}\n  - {exercise: plank, duration: 20}\n"
        "  - {exercise: knee-push-up, reps: 8, tempo: none}\n"
    )
    window.reload_library()
    start(qtbot, window, "bridges")
    player = window.session.player_view
    digits, caption = player.timer.digits, player.timer.caption
    tick(window, clock, 5 + 4 + 1)  # the second bridge of six
    QApplication.processEvents()
    assert (digits.text(), caption.text()) == ("2", "of 6 · 19 seconds left")
    assert digits.fitted().font.pixelSize() >= 3 * caption.fitted().font.pixelSize()
    size = caption.fitted().font.pixelSize()
    tick(window, clock, 10)  # the fourth: "9 seconds left" keeps the size "19 seconds left" had
    assert (digits.text(), caption.text(), caption.fitted().font.pixelSize()) == ("4", "of 6 · 9 seconds left", size)
    tick(window, clock, 9 + 10 + 19)  # a hold keeps the seconds: 1 second of the plank left
    assert (player.name.text(), digits.text(), caption.text()) == ("Plank", "1", "second")
    tick(window, clock, 1 + 10)  # at your own pace: the reps to do
    assert (digits.text(), caption.text()) == ("8", "reps · Enter when done · 0:00")


def test_the_player_buttons_by_tab_with_the_single_keys_kept(
    qtbot: QtBot, window: MainWindow, clock: FakeClock
) -> None:
    start(qtbot, window, "short test")
    player = window.session.player_view
    question = player.stop_question
    focus = QApplication.focusWidget
    assert focus() is player and player.accessibleName() == "Workout"
    tick(window, clock, 7)  # into the plank
    reached = []
    for _ in range(3):
        key(qtbot, window, Qt.Key.Key_Tab)
        reached.append(focus())
    assert reached == [player.previous_button, player.pause_button, player.extend_button]  # Done: reps only
    assert player.extend_button.accessibleName() == "10 seconds more"
    key(qtbot, window, Qt.Key.Key_Backtab)
    assert focus() is player.pause_button and player.pause_button.accessibleName() == "Pause"
    key(qtbot, window, Qt.Key.Key_Space)  # Space presses the button with the focus
    assert window.session.driver is not None and window.session.driver.engine.state is State.PAUSED
    assert player.pause_button.accessibleName() == "Go on"  # the name follows the words, without the glyph
    key(qtbot, window, Qt.Key.Key_Return)
    assert window.session.driver.engine.state is State.RUNNING
    key(qtbot, window, Qt.Key.Key_Right)  # the arrows still skip, with the focus on a button
    assert player.name.text() != "Plank" and focus() is player.pause_button
    key(qtbot, window, Qt.Key.Key_Escape)  # Esc still asks to stop, and then Enter answers it
    assert player.stop_question.isVisible()
    answers = [(b.accessibleName(), b.accessibleDescription()) for b in (question.stop_button, question.go_on_button)]
    assert answers == [("Stop", "Key: Enter"), ("Go on", "Key: Esc")]  # named without their glyphs
    clock.advance(GUARD)
    key(qtbot, window, Qt.Key.Key_Return)
    assert window.current_view() is window.session.summary_view


NOTED = """\
version: 1
name: Evening wind-down
steps:
  - {exercise: plank, duration: 20, note: Slow and sleepy}
  - {rest: 10, note: Sip of water}
"""


def test_a_steps_own_note_shows_in_the_details_the_preview_and_the_player(
    qtbot: QtBot, window: MainWindow, clock: FakeClock
) -> None:
    """As the format says (docs/routine-format.md), an author's note shows with its step: before, it showed nowhere."""
    (user_routines_dir() / "evening.yaml").write_text(NOTED)
    window.reload_library()
    window.library_view.select("evening")
    details = window.library_view.details.toPlainText()
    assert "Plank: 20 secs. Slow and sleepy." in details and "Rest 10 secs. Sip of water." in details
    start(qtbot, window, "evening wind")
    player = window.session.player_view
    shown = [
        readable.text(QAccessible.Text.Name)
        for child in player.findChildren(QWidget)
        if child.isVisible() and (readable := QAccessible.queryAccessibleInterface(child)) is not None
    ]
    assert any("Slow and sleepy" in text for text in shown), shown
    stop_now(qtbot, window, clock)
