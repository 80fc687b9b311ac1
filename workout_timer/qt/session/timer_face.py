"""The big countdown: digits as large as the space allows, a caption under them, a progress bar."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QAccessible, QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QVBoxLayout, QWidget

from workout_timer.domain.common.language import _
from workout_timer.qt.common.backdrop import Backdrop
from workout_timer.qt.common.readable import Readable, Reading, install_readable, tell_changed
from workout_timer.qt.session.fit_label import FitLabel, digits_template


class ProgressBar(Backdrop):
    """A thick rounded bar filled to `progress` (0 to 1). No signals."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._progress = 0.0
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def setProgress(self, progress: float) -> None:
        progress = min(1.0, max(0.0, progress))
        if abs(progress - self._progress) > 1e-4:
            self._progress = progress
            self.update()

    def minimumSizeHint(self) -> QSize:
        return QSize(20, 6)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        self.paint_backdrop(painter, event.rect())
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        bar = QRectF(self.rect()).adjusted(1, 1, -1, -1)
        radius = bar.height() / 2
        colour = QColor(self.palette().windowText().color())
        colour.setAlpha(60)
        painter.setBrush(colour)
        painter.drawRoundedRect(bar, radius, radius)
        if self._progress > 0:
            filled = QRectF(bar)
            filled.setWidth(max(bar.height(), bar.width() * self._progress))
            colour.setAlpha(235)
            painter.setBrush(colour)
            painter.drawRoundedRect(filled, radius, radius)


class TimerFace(QWidget, Readable):
    """Digits, caption and progress of the current segment. No signals: the player sets its values.

    A screen reader reads it as one text, the digits and their caption ("25 seconds", "3 of 6 · 19 seconds
    left"), described as the time left (or, on a step that waits for Done, the reps to do)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.digits = FitLabel(fill=1.0, bold=True, wrap=False, cells=True)
        self.digits.setObjectName("timerDigits")
        self.caption = FitLabel(fill=0.75)
        self.caption.setObjectName("timerCaption")
        self.bar = ProgressBar()
        policy = self.bar.sizePolicy()
        policy.setRetainSizeWhenHidden(True)  # the digits keep their size when a step has no bar
        self.bar.setSizePolicy(policy)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.digits, 72)
        layout.addWidget(self.caption, 14)
        layout.addSpacing(6)
        layout.addWidget(self.bar, 6)
        layout.addStretch(4)
        self.setAccessibleDescription(_("Time left"))
        install_readable()

    def reading(self) -> Reading:
        return Reading(QAccessible.Role.StaticText, f"{self.digits.text()} {self.caption.text()}".strip())

    def show_time(self, text: str, template: str, caption: str, progress: float | None) -> None:
        before = self.reading().name
        self.digits.setText(text, template)
        self.caption.setText(caption, digits_template(caption))
        self.setAccessibleDescription(_("Time left") if progress is not None else _("Reps to do"))
        if self.reading().name != before:
            tell_changed(self)
        self.bar.setVisible(progress is not None)
        self.bar.setProgress(progress or 0.0)

    def set_backdrop(self, colour: QColor | None) -> None:
        """The colour behind the face: its parts paint it themselves (see `Backdrop`)."""
        for part in (self.digits, self.caption, self.bar):
            part.set_backdrop(colour)
