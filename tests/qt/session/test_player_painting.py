"""What the player repaints, and how often: light on the battery (issue 22), through the real window."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QObject, QRect
from PySide6.QtGui import QImage, QPaintEvent
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from tests.helpers.app_window import app_window
from workout_timer.domain.common.clock import FakeClock
from workout_timer.qt.common import pose_figure
from workout_timer.qt.common.flash import FLASH_FRAMES_MS
from workout_timer.qt.common.keyboard import PlainButton
from workout_timer.qt.session.fit_label import FitLabel
from workout_timer.qt.session.instructions_panel import InstructionsPanel
from workout_timer.qt.shell.main_window import MainWindow


class Paints(QObject):
    """The rectangles widgets are asked to repaint."""

    def __init__(self, *widgets: QWidget) -> None:
        super().__init__()
        self.rects: dict[QWidget, list[QRect]] = {widget: [] for widget in widgets}
        for widget in widgets:
            widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and watched in self.rects:
            assert isinstance(event, QPaintEvent)
            self.rects[watched].append(event.rect())  # type: ignore[index]
        return False


@pytest.fixture
def window(qtbot: QtBot, clock: FakeClock, tmp_path: Path) -> Iterator[MainWindow]:
    main = app_window(qtbot, clock, tmp_path)
    entry = main.library.find("short-test")
    assert entry is not None
    main.start_session(entry)
    yield main
    main.close()


def tick(main: MainWindow, clock: FakeClock, seconds: float) -> None:
    clock.advance(seconds)
    assert main.session.driver is not None
    main.session.driver.wake()


def test_a_new_second_repaints_only_the_digit_that_changed_and_fits_no_text_again(
    qtbot: QtBot, window: MainWindow, clock: FakeClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    player = window.session.player_view
    tick(window, clock, 5 + 4.5)  # the plank: 20 seconds, 15.5 left
    qtbot.waitUntil(lambda: player._flash == 0.0, timeout=5000)
    assert player.timer.digits.text() == "16"
    fits: list[str] = []
    largest = FitLabel._largest
    monkeypatch.setattr(
        FitLabel,
        "_largest",
        lambda self, *args, **kwargs: (fits.append(self.text()), largest(self, *args, **kwargs))[1],
    )
    digits = player.timer.digits
    player.repaint()  # whatever the flash left to repaint, now
    paints = Paints(player, digits)

    tick(window, clock, 1.0)  # 16 -> 15: only the ones change
    qtbot.waitUntil(lambda: len(paints.rects[digits]) > 0, timeout=1000)
    assert digits.text() == "15"
    (rect,) = paints.rects[digits]
    assert rect.width() < digits.width() * 0.6  # one digit's cell, not the whole countdown
    assert paints.rects[player] == []  # the digits paint their own background: nothing under them repaints
    # The size was found for "00" (and "00 seconds left", "about 0:00 left"): a new second never looks for it again.
    assert not {digits.text(), player.timer.caption.text(), player.session_left.text()} & set(fits)


def test_a_new_step_flashes_in_three_pictures_not_a_repaint_per_display_frame(
    qtbot: QtBot, window: MainWindow, clock: FakeClock
) -> None:
    player = window.session.player_view
    tick(window, clock, 1.0)
    qtbot.waitUntil(lambda: player._flash == 0.0, timeout=5000)
    before = player._background()
    paints = Paints(player)
    strengths: list[float] = []
    player._light.changed.connect(strengths.append)
    tick(window, clock, 4.0)  # get ready -> the plank: a new step, a new colour and a flash
    assert player._background() != before
    qtbot.waitUntil(lambda: player._flash == 0.0, timeout=5000)
    assert strengths == [1.0, 0.5, 0.0]  # at its brightest, half, gone: each picture repaints the whole window
    qtbot.waitUntil(lambda: len(paints.rects[player]) >= len(FLASH_FRAMES_MS), timeout=1000)
    assert len(paints.rects[player]) == len(FLASH_FRAMES_MS) == 3


def test_the_moving_figure_is_drawn_once_per_frame_of_its_movement_then_copied(
    qtbot: QtBot, window: MainWindow, clock: FakeClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    drawn: list[object] = []
    paint = pose_figure.paint_pose
    monkeypatch.setattr(pose_figure, "paint_pose", lambda *args: (drawn.append(args[3]), paint(*args))[1])
    player = window.session.player_view
    figure = player.figure
    for _ in range(4):  # the get ready, the plank, the rest: the side plank, a hold with a still figure
        assert window.session.driver is not None
        window.session.driver.skip()
    drawn.clear()
    for _ in range(3):
        tick(window, clock, 0.5)
        figure.repaint()
    assert len(drawn) <= 1  # a still figure: one picture, copied

    entry = window.library.find("core-for-runners")  # cat-cow first: 4 s a movement
    assert entry is not None
    window.start_session(entry)
    assert window.session.driver is not None
    window.session.driver.skip()  # the get ready
    pose = figure.pose()
    assert pose is not None and pose.moves
    drawn.clear()
    for _ in range(80):  # two whole movements, ten pictures a second
        tick(window, clock, 0.1)
        figure.repaint()
    assert 30 <= len(drawn) <= 41  # one movement's pictures, each drawn once


def test_nothing_ticks_for_the_screen_while_the_window_is_minimised_or_the_player_hidden(
    qtbot: QtBot, window: MainWindow, clock: FakeClock
) -> None:
    entry = window.library.find("core-for-runners")  # cat-cow first: a moving figure, 24 s
    assert entry is not None
    window.start_session(entry)
    driver = window.session.driver
    assert driver is not None
    driver.skip()  # the get ready
    player = window.session.player_view
    figure = player.figure
    tick(window, clock, 1.0)
    assert figure._timer.isActive() and driver._timer.remainingTime() <= 1000  # the figure moves, seconds pass

    window.showMinimized()
    assert window.isMinimized()
    assert not figure._timer.isActive()  # nothing to draw
    assert driver._timer.remainingTime() > 1000  # woken only for the next cue or the step's end
    tick(window, clock, 1.0)
    assert not figure._timer.isActive() and driver._timer.remainingTime() > 1000

    window.showNormal()
    assert figure._timer.isActive() and driver._timer.remainingTime() <= 1000
    assert player.timer.caption.text().startswith("of 6 · 22 seconds")  # caught up at once

    driver.toggle_pause()
    assert not figure._timer.isActive() and not driver._timer.isActive()  # paused: nothing at all


def test_an_exercise_shown_again_lays_out_its_instructions_once(
    qtbot: QtBot, window: MainWindow, clock: FakeClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    layouts: list[int] = []
    fitting = InstructionsPanel._largest_fitting
    monkeypatch.setattr(
        InstructionsPanel, "_largest_fitting", lambda panel, *bounds: (layouts.append(1), fitting(panel, *bounds))[1]
    )
    entry = window.library.find("core-and-glutes")  # a circuit of two rounds: each exercise comes back
    assert entry is not None
    window.start_session(entry)
    driver = window.session.driver
    assert driver is not None
    driver.skip()  # the get ready: the screen has its size by now
    player = window.session.player_view
    seen: set[str] = set()
    again = []
    while driver.running:
        before = len(layouts)
        driver.skip()
        shown = player.instructions.text()
        if shown in seen:
            again.append(len(layouts) - before)
        seen.add(shown)
    assert len(again) >= 5  # the second round's exercises, the sets' rests...
    assert again == [0] * len(again)  # ...laid out at this size the first time only


def test_a_flash_copies_the_buttons_pictures_and_they_look_as_qt_draws_them(
    qtbot: QtBot, window: MainWindow, clock: FakeClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    player = window.session.player_view
    tick(window, clock, 1.0)
    qtbot.waitUntil(lambda: player._flash == 0.0, timeout=5000)
    buttons = [button for button in player._buttons() if button.isVisible()]
    assert len(buttons) >= 7
    player.repaint()  # each button's look once: Qt draws it, then its picture is taken
    qtbot.waitUntil(lambda: all(button._pictures for button in buttons), timeout=2000)  # type: ignore[attr-defined]
    drawn: list[QWidget] = []
    paint = PlainButton.paintEvent
    monkeypatch.setattr(PlainButton, "paintEvent", lambda button, event: (drawn.append(button), paint(button, event)))
    paints = Paints(*buttons)
    player.flash()
    qtbot.waitUntil(lambda: player._flash == 0.0, timeout=5000)
    player.repaint()
    assert all(paints.rects[button] for button in buttons)  # repainted over the flash's new background...
    assert drawn == []  # ...each a copy of its picture, not the style sheet's drawing again
    monkeypatch.undo()
    for button in buttons:
        copied = button.grab().toImage()
        button._drawing = True  # type: ignore[attr-defined]  # Qt's own drawing, as any button has it
        drawn_by_qt = button.grab().toImage()
        button._drawing = False  # type: ignore[attr-defined]
        assert largest_difference(copied, drawn_by_qt) <= 2, button.text()  # a copy rounds an edge's shade by 1


def largest_difference(one: QImage, other: QImage) -> int:
    """The largest difference of any channel of any pixel of two pictures of one size."""
    assert one.size() == other.size()
    return max(
        max(abs(((a >> shift) & 0xFF) - ((b >> shift) & 0xFF)) for shift in (0, 8, 16, 24))
        for y in range(one.height())
        for a, b in zip(
            (one.pixel(x, y) for x in range(one.width())), (other.pixel(x, y) for x in range(one.width())), strict=True
        )
    )
