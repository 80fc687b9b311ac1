"""The figures as drawn: every exercise at every size and on both sides, the same pixels every time,
moving only while they should, and shown in the player, the preview and the picker."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QRect, QRectF, Qt, QTimer
from PySide6.QtGui import QColor, QImage, QPainter, QTextDocument
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from tests.helpers.app_window import app_window
from workout_timer.domain.common.clock import FakeClock
from workout_timer.domain.figures.pose import Frame, Pose
from workout_timer.domain.routines.loading import load_catalogue
from workout_timer.domain.routines.routine import Catalogue
from workout_timer.qt.common.pose_figure import FRAME_MS, PoseFigure, paint_pose
from workout_timer.qt.editor.exercise_dialog import ExerciseDialog
from workout_timer.qt.editor.exercise_picker import ExercisePicker
from workout_timer.qt.shell.main_window import MainWindow
from workout_timer.resources import catalogue_path

BORDER = 6
PAPER = QColor("#ffffff")
INK = QColor("#102027")
SIZES = [(48, 32), (200, 150), (90, 300), (900, 600)]
CATALOGUE = load_catalogue(catalogue_path())


def animating(figure: PoseFigure) -> bool:
    """Whether the figure's frame timer runs (it moves the figure about 30 times a second)."""
    timer = figure.findChild(QTimer)
    return timer is not None and timer.isActive()


def render(pose: Pose, frame: Frame, width: int, height: int, mirrored: bool = False) -> QImage:
    """The figure drawn into the middle of a blank image, with a border it must not touch."""
    image = QImage(width + 2 * BORDER, height + 2 * BORDER, QImage.Format.Format_ARGB32)
    image.fill(PAPER)
    painter = QPainter(image)
    paint_pose(painter, QRectF(BORDER, BORDER, width, height), pose, frame, INK, mirrored)
    painter.end()
    return image


def blank(width: int, height: int) -> QImage:
    image = QImage(width, height, QImage.Format.Format_ARGB32)
    image.fill(PAPER)
    return image


def differing(one: QImage, other: QImage) -> int:
    """How many pixels of two images of one size differ."""
    return sum(one.pixel(x, y) != other.pixel(x, y) for x in range(one.width()) for y in range(one.height()))


def ink(image: QImage) -> QImage:
    """Where the white figure is drawn (white) and where it is not (black), whatever the phase's colour behind it."""
    grey = image.convertToFormat(QImage.Format.Format_Grayscale8)
    for y in range(grey.height()):
        for x in range(grey.width()):
            grey.setPixel(x, y, 255 if grey.pixelColor(x, y).value() > 220 else 0)
    return grey


def frames_to_check(pose: Pose) -> list[Frame]:
    """The keyframes and the moments between them."""
    cycle = 4.0
    return [*pose.frames, *(pose.frame_at(t, cycle) for t in (0.5, 1.3, 2.9))]


@pytest.mark.parametrize("exercise_id", sorted(CATALOGUE))
def test_every_exercise_draws_inside_its_space_at_every_size_on_both_sides(exercise_id: str) -> None:
    pose = CATALOGUE[exercise_id].pose
    assert pose is not None
    for width, height in SIZES:
        full = blank(width + 2 * BORDER, height + 2 * BORDER)
        for mirrored in (False, True):
            for frame in frames_to_check(pose):
                image = render(pose, frame, width, height, mirrored)
                assert image != full, (exercise_id, width, height, mirrored)
                for strip in (
                    QRect(0, 0, image.width(), BORDER),
                    QRect(0, image.height() - BORDER, image.width(), BORDER),
                    QRect(0, 0, BORDER, image.height()),
                    QRect(image.width() - BORDER, 0, BORDER, image.height()),
                ):
                    assert image.copy(strip) == blank(strip.width(), strip.height()), (exercise_id, width, height)


def test_the_same_pose_gives_the_same_pixels() -> None:
    for exercise in CATALOGUE.values():
        assert exercise.pose is not None
        frame = exercise.pose.frame_at(0.7, 2.0)
        first = render(exercise.pose, frame, 320, 240, mirrored=True)
        again = render(exercise.pose, frame, 320, 240, mirrored=True)
        assert first == again, exercise.id


def test_the_other_side_is_the_mirror_image() -> None:
    """Flipped, one side's picture matches the other's to within the edges' smoothing."""
    for exercise in CATALOGUE.values():
        assert exercise.pose is not None
        plain = render(exercise.pose, exercise.pose.still, 200, 150).flipped(Qt.Orientation.Horizontal)
        other = render(exercise.pose, exercise.pose.still, 200, 150, mirrored=True)
        assert plain.size() == other.size()
        worst = max(abs(a - b) for a, b in zip(bytes(plain.constBits()), bytes(other.constBits()), strict=True))
        assert worst <= 48, exercise.id
        assert plain != render(exercise.pose, exercise.pose.still, 200, 150), exercise.id  # not symmetric by chance


# -- the widget ----------------------------------------------------------------------------------


@pytest.fixture
def figure(qtbot: QtBot, clock: FakeClock) -> PoseFigure:
    widget = PoseFigure(clock=clock)
    qtbot.addWidget(widget)
    widget.resize(300, 240)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def bridge() -> Pose:
    pose = CATALOGUE["glute-bridge"].pose
    assert pose is not None
    return pose


def test_the_figure_keeps_time_with_the_step_not_with_its_frames(figure: PoseFigure, clock: FakeClock) -> None:
    pose = bridge()
    figure.show_pose(pose, tempo=3.0)
    figure.follow(1.0, running=True)
    clock.advance(0.5)
    assert figure.current_frame() == pose.frame_at(1.5, 3.0)
    assert animating(figure)


def test_the_figure_stops_moving_when_paused_hidden_or_still(
    qtbot: QtBot, figure: PoseFigure, clock: FakeClock
) -> None:
    pose = bridge()
    figure.show_pose(pose, tempo=3.0)
    figure.follow(1.0, running=True)
    assert animating(figure)

    figure.follow(1.4, running=False)  # paused: the picture stays where the step stopped
    clock.advance(10)
    assert not animating(figure)
    assert figure.current_frame() == pose.frame_at(1.4, 3.0)

    figure.follow(1.4, running=True)
    figure.hide()
    assert not animating(figure)
    figure.show()
    assert animating(figure)

    figure.hold()
    assert not animating(figure) and figure.current_frame() == pose.still

    plank = CATALOGUE["plank"].pose
    figure.show_pose(plank)
    figure.follow(0.0, running=True)
    assert not animating(figure)  # a hold has nothing to move


def test_the_figure_repaints_as_it_moves_and_not_while_it_hardly_does(
    qtbot: QtBot, figure: PoseFigure, clock: FakeClock
) -> None:
    figure.show_pose(bridge(), tempo=3.0)
    figure.follow(0.0, running=True)
    paints: list[int] = []
    original = figure.paintEvent
    figure.paintEvent = lambda event: (paints.append(1), original(event))  # type: ignore[method-assign]
    qtbot.waitUntil(lambda: len(paints) > 0, timeout=2000)
    assert not figure.needs_repaint()  # the clock stands still
    clock.advance(0.01)
    assert not figure.needs_repaint()  # slowing into the first pose: no visible change
    clock.advance(0.7)
    assert figure.needs_repaint()
    drawn = len(paints)
    qtbot.waitUntil(lambda: len(paints) > drawn, timeout=20 * FRAME_MS)  # the next tick draws it
    assert not figure.needs_repaint()


# -- where figures are shown ---------------------------------------------------------------------


@pytest.fixture
def window(qtbot: QtBot, clock: FakeClock, tmp_path: Path) -> Iterator[MainWindow]:
    main = app_window(qtbot, clock, tmp_path)
    yield main
    main.close()


def start_short_routine(main: MainWindow) -> None:
    entry = main.library.find("short-test")
    assert entry is not None
    main.start_session(entry)


def test_the_player_shows_the_exercise_moving_and_the_next_one_still(
    qtbot: QtBot, window: MainWindow, clock: FakeClock, catalogue: Catalogue
) -> None:
    start_short_routine(window)
    player = window.session.player_view
    assert window.session.driver is not None
    # Get ready: the plank, still, while the countdown runs
    assert player.figure.pose() == catalogue["plank"].pose and not animating(player.figure)
    window.session.driver.skip()  # the plank: a hold, next up the side plank
    assert player.figure.isVisible() and player.figure.pose() == catalogue["plank"].pose
    assert player.next_figure.isVisible() and player.next_figure.pose() == catalogue["side-plank"].pose
    window.session.driver.skip()  # rest: the side plank coming, left side first
    assert player.phase_title.text().startswith("REST")
    assert player.figure.pose() == catalogue["side-plank"].pose and not animating(player.figure)
    assert not player.next_figure.isVisible()
    left = ink(player.figure.grab().toImage())
    window.session.driver.skip()
    window.session.driver.skip()  # switch: the right side comes, drawn the other way round
    assert player.phase_title.text().startswith("SWITCH SIDES")
    right = ink(player.figure.grab().toImage())
    mirror = left.flipped(Qt.Orientation.Horizontal)
    assert differing(right, mirror) * 20 < differing(right, left)  # the left side's mirror image, but for smoothing
    for _ in range(3):  # right, rest: then the push-ups, counted at your own pace
        window.session.driver.skip()
    assert player.phase_title.text() == "WORK" and player.name.text() == "Knee push-up"
    assert animating(player.figure)
    qtbot.keyClick(player, Qt.Key.Key_Space)  # pause
    assert not animating(player.figure)
    qtbot.keyClick(player, Qt.Key.Key_Space)
    assert animating(player.figure)
    window.session.driver.stop()
    assert not animating(player.figure)


def test_the_preview_shows_a_picture_for_every_step(window: MainWindow) -> None:
    entry = window.library.find("core-for-runners")
    assert entry is not None and entry.routine is not None
    window.show_preview(entry)
    document = window.preview_view.text.document()
    html = document.toHtml()
    urls = {part.split('"')[0] for part in html.split('src="')[1:]}
    assert len(urls) >= 8
    for url in urls:
        resource = document.resource(QTextDocument.ResourceType.ImageResource, url)
        assert resource is not None and not resource.isNull(), url


def test_the_picker_shows_each_exercise_moving(qtbot: QtBot, catalogue: Catalogue) -> None:
    picker = ExercisePicker(catalogue)
    qtbot.addWidget(picker)
    picker.show()
    qtbot.waitExposed(picker)
    qtbot.keyClicks(picker.search, "bridge")
    assert picker.figure.isVisible() and animating(picker.figure)
    assert picker.figure.pose() == catalogue[str(picker.chosen())].pose
    assert not picker.list.currentItem().icon().isNull()
    QApplication.processEvents()


def test_an_own_exercise_keeps_its_pose_through_the_dialog(qtbot: QtBot) -> None:
    pose = {"frames": [{"torso": 90, "knees": 90}, {"torso": 80}]}
    data = {"name": "Wall slide", "kind": "core", "instructions": ["Slide"], "pose": pose}
    dialog = ExerciseDialog("wall-slide", data)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.name, " up")
    assert dialog.data()["name"] == "Wall slide up" and dialog.data()["pose"] == pose
    assert "kept" in dialog.picture.text()
