"""Draws an exercise's figure from its pose, crisp at any size, and moves it while a step runs.

`paint_pose` is the one drawing: the widget, the contact sheet and the tests all use it. The widget
repaints only itself, a few times a second, and only while it is visible, moving and not paused; each
of its pictures (one per tenth of a second of the movement, at the screen's pixel ratio) is drawn once
for the exercise and tempo shown and then copied.
"""

from __future__ import annotations

import time

from PySide6.QtCore import QPoint, QPointF, QRect, QRectF, QSize, Qt, QTimer
from PySide6.QtGui import (
    QAccessible,
    QColor,
    QHideEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPen,
    QPixmap,
    QShowEvent,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

from workout_timer.domain.common.clock import Clock
from workout_timer.domain.common.language import _
from workout_timer.domain.figures.figure import (
    HEAD_RADIUS,
    LIMB_WIDTH,
    TORSO_WIDTH,
    Bounds,
    Figure,
    Limb,
    Point,
    figure,
    movement_bounds,
)
from workout_timer.domain.figures.pose import Frame, Pose, View
from workout_timer.domain.session.player_text import Picture
from workout_timer.qt.common.backdrop import Backdrop
from workout_timer.qt.common.readable import Readable, Reading, install_readable, tell_changed

FRAME_MS = 100
"""Ten pictures a second: smooth enough for a slow, controlled rep, and cheap for the machine
(benchmarks/bench_figure.py and bench_session.py measure it)."""
STILL_ENOUGH = 0.5
"""Degrees: a frame that moves no joint further than this since the last picture is not drawn."""
MAT_PAD = 0.6
"""How far the mat reaches past a body seen from above, in figure units."""
MARGIN = 0.06
"""Space around the figure, as a share of the smaller side."""


def faded(colour: QColor, alpha: float) -> QColor:
    """`colour` let through by `alpha`, so the far side shows on any background."""
    colour = QColor(colour)
    colour.setAlphaF(alpha)
    return colour


def paint_pose(
    painter: QPainter,
    area: QRectF,
    pose: Pose,
    frame: Frame,
    ink: QColor,
    mirrored: bool = False,
) -> None:
    """The figure in `frame`, as big as `area` allows for its whole movement (so nothing jumps as it
    moves), flipped for the other side."""
    placed = _placement(area, pose, mirrored)
    if placed is None:
        return
    x, y, scale = placed
    box = _box(pose)
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.translate(x, y)
    painter.scale(-scale if mirrored else scale, scale)
    shape = figure(pose, frame)
    shade = faded(ink, 0.45)
    if pose.floor:
        _floor(painter, box.left, box.right, faded(ink, 0.3))
    else:
        _mat(painter, box, faded(ink, 0.12))
    _props_behind(painter, shape, shade)
    front = pose.view is View.FRONT
    for limb in shape.limbs:
        if not limb.near and not front:
            _limb(painter, limb, shade)
    trunk = QPainterPath(QPointF(*shape.hip))
    trunk.quadTo(QPointF(*shape.spine), QPointF(*shape.neck))
    painter.setPen(_pen(ink, TORSO_WIDTH))
    painter.drawPath(trunk)
    for limb in shape.limbs:
        if limb.near or front:
            _limb(painter, limb, ink)
    _head(painter, shape, ink, front)
    _kettlebell(painter, shape, ink)
    painter.restore()


def _box(pose: Pose) -> Bounds:
    """The movement's bounds, with the mat around a body seen from above."""
    box = movement_bounds(pose)
    if not pose.floor:
        box = Bounds(box.left - MAT_PAD, box.top - MAT_PAD, box.right + MAT_PAD, box.bottom + MAT_PAD)
    return box


def _placement(area: QRectF, pose: Pose, mirrored: bool) -> tuple[float, float, float] | None:
    """Where the figure's origin goes in `area` and its scale; None when there is no room."""
    box = _box(pose)
    margin = min(area.width(), area.height()) * MARGIN + 1  # and a pixel for the smoothed edges
    inner = area.adjusted(margin, margin, -margin, -margin)
    if inner.width() <= 0 or inner.height() <= 0:
        return None
    scale = min(inner.width() / box.width, inner.height() / box.height)
    middle = box.left + box.width / 2
    # On the floor at the bottom of the space; a picture seen from above sits in its middle.
    y = inner.bottom() - box.bottom * scale if pose.floor else inner.center().y() - (box.top + box.height / 2) * scale
    return inner.center().x() - middle * scale * (-1 if mirrored else 1), y, scale


def drawn_area(area: QRectF, pose: Pose, mirrored: bool = False) -> QRect:
    """The part of `area` that `paint_pose` can draw on over the whole movement (with room for the
    lines' width): all a picture of one frame needs to hold."""
    placed = _placement(area, pose, mirrored)
    if placed is None:
        return QRect()
    x, y, scale = placed
    box = _box(pose)
    flip = -1 if mirrored else 1
    left, right = sorted((x + box.left * scale * flip, x + box.right * scale * flip))
    pad = TORSO_WIDTH * scale + 2
    drawn = QRectF(left - pad, y + box.top * scale - pad, right - left + 2 * pad, box.height * scale + 2 * pad)
    return drawn.toAlignedRect().intersected(area.toAlignedRect())


def _pen(colour: QColor, width: float) -> QPen:
    pen = QPen(colour, width)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    return pen


def _line(painter: QPainter, points: list[Point], colour: QColor, width: float) -> None:
    path = QPainterPath(QPointF(*points[0]))
    for point in points[1:]:
        path.lineTo(QPointF(*point))
    painter.setPen(_pen(colour, width))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawPath(path)


def _limb(painter: QPainter, limb: Limb, colour: QColor) -> None:
    _line(painter, list(limb.points), colour, LIMB_WIDTH)


def _head(painter: QPainter, shape: Figure, colour: QColor, front: bool) -> None:
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(colour)
    centre = QPointF(*shape.head)
    painter.drawEllipse(centre, HEAD_RADIUS, HEAD_RADIUS)
    if not front:  # a nose says which way the figure faces
        dx, dy = shape.head[0] - shape.neck[0], shape.head[1] - shape.neck[1]
        length = (dx * dx + dy * dy) ** 0.5 or 1.0
        ux, uy = dx / length, dy / length
        nose = QPointF(shape.head[0] - uy * HEAD_RADIUS * 0.9, shape.head[1] + ux * HEAD_RADIUS * 0.9)
        painter.drawEllipse(nose, HEAD_RADIUS * 0.32, HEAD_RADIUS * 0.32)


def _floor(painter: QPainter, left: float, right: float, colour: QColor) -> None:
    _line(painter, [(left, LIMB_WIDTH * 0.25), (right, LIMB_WIDTH * 0.25)], colour, LIMB_WIDTH * 0.35)


def _mat(painter: QPainter, box: Bounds, colour: QColor) -> None:
    """The mat under a body seen from above (`box` reaches past it): it says the figure lies down."""
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(colour)
    painter.drawRoundedRect(QRectF(box.left, box.top, box.width, box.height), MAT_PAD, MAT_PAD)


def _props_behind(painter: QPainter, shape: Figure, colour: QColor) -> None:
    if shape.wall is not None:
        x = shape.wall + LIMB_WIDTH * 0.3
        _line(painter, [(x, 0.0), (x, -8.2)], colour, LIMB_WIDTH * 0.6)
    if shape.table is not None:
        (x1, y1), (x2, y2) = shape.table
        _line(painter, [(x1, y1), (x2, y2)], colour, LIMB_WIDTH * 0.8)
        _line(painter, [(x2 + 0.3, y2), (x2 + 0.3, 0.0)], colour, LIMB_WIDTH * 0.6)
        _line(painter, [(x1 - 0.5, y1), (x1 - 0.5, 0.0)], colour, LIMB_WIDTH * 0.6)


def _kettlebell(painter: QPainter, shape: Figure, colour: QColor) -> None:
    if shape.kettlebell is None:
        return
    x, y = shape.kettlebell
    painter.setPen(_pen(colour, LIMB_WIDTH * 0.45))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawArc(QRectF(x - 0.35, y - 0.05, 0.7, 0.7), 0, 180 * 16)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(colour)
    painter.drawEllipse(QPointF(x, y + 0.75), 0.5, 0.45)


def pose_pixmap(pose: Pose, size: QSize, ink: QColor, ratio: float = 1.0, mirrored: bool = False) -> QPixmap:
    """A still picture of `pose` on a clear background, sharp on a screen of pixel `ratio`."""
    pixmap = QPixmap(round(size.width() * ratio), round(size.height() * ratio))
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    paint_pose(painter, QRectF(0, 0, size.width(), size.height()), pose, pose.still, ink, mirrored)
    painter.end()
    return pixmap


class PoseFigure(Backdrop, Readable):
    """One exercise's figure, drawn in the palette's text colour. No signals.

    `show_pose` sets what to draw. `hold` shows it still, at the peak of the movement; `follow` sets
    how far into a step it is, in seconds, so the figure keeps time with the engine's clock rather
    than counting frames of its own. Its timer runs only while it is shown, moving and not paused.

    The movement is shown in pictures a tenth of a second apart (`FRAME_MS`), each drawn once for the
    pose, side, tempo, size and pixel ratio shown, then copied: a repaint never draws the figure again.
    """

    def __init__(self, parent: QWidget | None = None, clock: Clock = time.monotonic) -> None:
        super().__init__(parent)
        self._clock = clock
        self._pose: Pose | None = None
        self._mirrored = False
        self._cycle = 0.0
        self._elapsed: float | None = None
        """Seconds into the step when last told; None holds the still picture."""
        self._since: float | None = None
        """The clock when `_elapsed` was given, while the step runs; None while it stands still."""
        self._timer = QTimer(self)
        self._timer.setInterval(FRAME_MS)
        self._timer.timeout.connect(self._on_tick)
        self._drawn: Frame | None = None
        self._pictures: dict[int, tuple[QPoint, QPixmap]] = {}
        """Each frame's picture, by its place in the movement (see `_shown`), and where it goes."""
        self._pictures_for: tuple[object, ...] | None = None
        self._on_screen = False
        """Shown, and its window not minimised (Qt sends hide and show events for both)."""
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        install_readable()

    def reading(self) -> Reading:
        """A picture; what it pictures is its description, given by whoever shows it."""
        return Reading(QAccessible.Role.Graphic, "" if self._pose is None else _("A figure showing the exercise"))

    # -- what views call -------------------------------------------------------------------

    def show_pose(self, pose: Pose | None, mirrored: bool = False, tempo: float | None = None) -> None:
        """Draw `pose` (nothing for None), flipped for the other side, one movement per `tempo`."""
        cycle = pose.cycle_for(tempo) if pose is not None else 0.0
        if (pose, mirrored, cycle) == (self._pose, self._mirrored, self._cycle):
            return
        self._pose, self._mirrored, self._cycle = pose, mirrored, cycle
        self._run_timer()
        self.update()
        tell_changed(self)

    def show_picture(self, picture: Picture | None, elapsed: float, running: bool) -> None:
        """Show `picture` (hidden for None): a live one `elapsed` seconds into its step, going on while
        `running`; any other still."""
        self.setVisible(picture is not None)
        if picture is None:
            self.show_pose(None)
        elif picture.live:
            self.show_pose(picture.pose, picture.mirrored, picture.tempo)
            self.follow(elapsed, running)
        else:
            self.show_pose(picture.pose, picture.mirrored)
            self.hold()

    def hold(self) -> None:
        """Show the still picture."""
        if self._elapsed is not None:
            self._elapsed = self._since = None
            self._run_timer()
            self.update()

    def follow(self, elapsed: float, running: bool) -> None:
        """`elapsed` seconds into the step now; the figure goes on by the clock while `running`."""
        self._elapsed = elapsed
        self._since = self._clock() if running else None
        self._run_timer()
        if self.needs_repaint():
            self.update()

    def pose(self) -> Pose | None:
        return self._pose

    def needs_repaint(self) -> bool:
        """False while the figure has hardly moved since it was last drawn (as it slows into a pose)."""
        shown, drawn = self._shown(), self._drawn
        return shown is None or drawn is None or shown[1].distance(drawn) > STILL_ENOUGH

    def current_frame(self) -> Frame | None:
        if self._pose is None:
            return None
        if self._elapsed is None:
            return self._pose.still
        elapsed = self._elapsed
        if self._since is not None:
            elapsed += self._clock() - self._since
        return self._pose.frame_at(elapsed, self._cycle)

    # -- Qt events -------------------------------------------------------------------------

    def sizeHint(self) -> QSize:
        return QSize(240, 200)

    def minimumSizeHint(self) -> QSize:
        return QSize(40, 32)

    def showEvent(self, _event: QShowEvent) -> None:
        self._on_screen = True
        self._run_timer()

    def hideEvent(self, _event: QHideEvent) -> None:
        self._on_screen = False
        self._timer.stop()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        self.paint_backdrop(painter, event.rect())
        shown = self._shown()
        if self._pose is None or shown is None:
            return
        place, frame = shown
        self._drawn = frame
        at, picture = self._picture(place, frame)
        painter.drawPixmap(at, picture)

    # -- inside ----------------------------------------------------------------------------

    def _shown(self) -> tuple[int, Frame] | None:
        """The frame on screen now, and its place among the movement's pictures (-1: the still one)."""
        frame = self.current_frame()
        if self._pose is None or frame is None:
            return None
        if self._elapsed is None:
            return -1, frame
        if not self._pose.moves or self._cycle <= 0:
            return 0, frame
        elapsed = self._elapsed
        if self._since is not None:
            elapsed += self._clock() - self._since
        count = max(1, round(self._cycle * 1000 / FRAME_MS))
        place = round(elapsed / self._cycle % 1.0 * count) % count
        return place, self._pose.frame_at(place * self._cycle / count, self._cycle)

    def _picture(self, place: int, frame: Frame) -> tuple[QPoint, QPixmap]:
        """The picture of `frame`, drawn the first time it is wanted for what is shown now."""
        assert self._pose is not None
        ink = self.palette().windowText().color()
        ratio = self.devicePixelRatioF()
        key = (self._pose, self._mirrored, self._cycle, self.size(), ratio, ink.rgba())
        if key != self._pictures_for:
            self._pictures_for, self._pictures = key, {}
        made = self._pictures.get(place)
        if made is None:
            area = drawn_area(QRectF(self.rect()), self._pose, self._mirrored)
            pixmap = QPixmap(max(1, round(area.width() * ratio)), max(1, round(area.height() * ratio)))
            pixmap.setDevicePixelRatio(ratio)
            pixmap.fill(Qt.GlobalColor.transparent)
            painter = QPainter(pixmap)
            painter.translate(-area.left(), -area.top())
            paint_pose(painter, QRectF(self.rect()), self._pose, frame, ink, self._mirrored)
            painter.end()
            made = self._pictures[place] = (area.topLeft(), pixmap)
        return made

    def _on_tick(self) -> None:
        if self.needs_repaint():
            self.update()

    def _run_timer(self) -> None:
        moving = self._pose is not None and self._pose.moves and self._since is not None
        if moving and self._on_screen:
            if not self._timer.isActive():
                self._timer.start()
        else:
            self._timer.stop()
