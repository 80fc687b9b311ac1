"""The how-to of the current exercise: numbered steps, form cues and (on demand) common mistakes, in the
largest type that fits."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QEvent, QRectF, QSize, Qt
from PySide6.QtGui import QAccessible, QFontMetrics, QPainter, QPaintEvent, QPixmap, QResizeEvent, QTextDocument
from PySide6.QtWidgets import QSizePolicy, QWidget

from workout_timer.domain.common.language import N_, _
from workout_timer.domain.routines.routine import Exercise
from workout_timer.qt.common.backdrop import Backdrop
from workout_timer.qt.common.readable import Readable, Reading, install_readable, tell_changed

MIN_PIXELS = 13
READABLE_SHARE = 0.036
"""Below this share of the window's height text is hard to read from the mat (26 px at 720 px, 22 at 600): the form
cues give way to the steps first (they are spoken, and I shows them), then the hint that says so, and
only then does the text shrink."""
MORE_HINT = N_("Press I for the form cues and common mistakes.")


def _sentences(lines: tuple[str, ...]) -> str:
    return " ".join(escape(line) if line.endswith((".", "!", "?")) else f"{escape(line)}." for line in lines)


def instructions_html(
    exercise: Exercise | None, colour: str, mistakes: bool = False, cues: bool = True, hint: bool = True
) -> str:
    """The steps, then (with `cues`) the form cues, the caution, and (with `mistakes`) the common mistakes.

    Without `cues`, a `hint` says where they are."""
    if exercise is None:
        return ""
    steps = "".join(f"<li>{escape(line)}</li>" for line in exercise.instructions)
    parts = [f"<ol style='margin-left:0;'>{steps}</ol>"]
    if exercise.cues and cues:
        # Translators: before an exercise's form cues; <b> and </b> make it bold.
        parts.append("<p>" + _("<b>Keep in mind:</b> {cues}").format(cues=_sentences(exercise.cues)) + "</p>")
    if mistakes and exercise.mistakes:
        # Translators: before an exercise's common mistakes; <b> and </b> make it bold.
        said = _("<b>Common mistakes:</b> {mistakes}").format(mistakes=_sentences(exercise.mistakes))
        parts.append(f"<p>{said}</p>")
    if exercise.caution:
        parts.append(f"<p><i>{escape(exercise.caution)}</i></p>")
    if not cues and hint and (exercise.cues or exercise.mistakes):
        parts.append(f"<p>{escape(_(MORE_HINT))}</p>")
    return f"<div style='color:{colour};'>{''.join(parts)}</div>"


class InstructionsPanel(Backdrop, Readable):
    """Paints an exercise's instructions, choosing the font size so the whole text fits. No signals.

    `mistakes` adds the exercise's common mistakes; `largest_share` is the largest font size as a share of
    the window's height (the text is smaller only when it would not fit otherwise). The text is laid
    out and drawn into a picture once per exercise and size; a repaint copies the picture.
    """

    def __init__(self, parent: QWidget | None = None, mistakes: bool = False, largest_share: float = 1 / 24) -> None:
        super().__init__(parent)
        self._mistakes = mistakes
        self._largest_share = largest_share
        self._shown = (True, True)
        """(form cues, hint) in the text as last fitted."""
        self._document = QTextDocument(self)
        self._document.setDocumentMargin(0)
        self._exercise: Exercise | None = None
        self._picture: tuple[tuple[object, ...], QPixmap] | None = None
        self._fits: dict[tuple[object, ...], tuple[Exercise | None, tuple[bool, bool], int]] = {}
        """What `_fit` found for each exercise (by identity: hashing one hashes its whole pose) at each size:
        a step that comes again (sets, the rest before it) lays its text out once, not the dozen times the
        search takes."""
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAccessibleDescription(_("How to do it"))
        install_readable()

    def reading(self) -> Reading:
        """The whole text as laid out now (a hint included; the form cues only when they are shown)."""
        return Reading(QAccessible.Role.StaticText, self.text())

    def set_exercise(self, exercise: Exercise | None) -> None:
        if exercise is self._exercise:
            return
        self._exercise = exercise
        self._fit()
        self.update()
        tell_changed(self)

    def text(self) -> str:
        return self._document.toPlainText()

    def fits(self) -> bool:
        """Whether the text, at the size it is set in, fits the panel's height."""
        return self._document.size().height() <= self.height()

    def minimumSizeHint(self) -> QSize:
        return QSize(50, 50)

    def changeEvent(self, event: QEvent) -> None:
        """The text is laid out in its colour and its language's words ("Keep in mind:"): again, in the new ones."""
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.LanguageChange):
            if event.type() == QEvent.Type.LanguageChange:
                self.setAccessibleDescription(_("How to do it"))
            self._fits.clear()
            self._fit()
            self.update()
        super().changeEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._fit()
        super().resizeEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        self.paint_backdrop(painter, event.rect())
        ratio = self.devicePixelRatioF()
        key = (self.width(), self.height(), ratio)
        if self._picture is None or self._picture[0] != key:
            pixmap = QPixmap(max(1, round(self.width() * ratio)), max(1, round(self.height() * ratio)))
            pixmap.setDevicePixelRatio(ratio)
            pixmap.fill(Qt.GlobalColor.transparent)
            drawing = QPainter(pixmap)
            self._document.drawContents(drawing, QRectF(self.rect()))
            drawing.end()
            self._picture = (key, pixmap)
        painter.drawPixmap(0, 0, self._picture[1])

    def _fit(self) -> None:
        """The largest size up to a share of the window's height that fits the box; the form cues are left
        out (for the I panel) rather than go below the readable size, unless even the steps need that."""
        self._picture = None  # drawn again at the next repaint
        self._document.setTextWidth(self.width())
        height = self.window().height()
        ink = self.palette().windowText().color().rgba()
        key = (id(self._exercise), self.width(), self.height(), height, self.font().key(), ink)
        found = self._fits.get(key)
        if found is not None and found[0] is self._exercise:
            self._shown = found[1]
            self._set_html()
            self._set_pixels(found[2])
            return
        self._fits[key] = (self._exercise, *self._search(height))

    def _search(self, height: int) -> tuple[tuple[bool, bool], int]:
        """Set the text at the largest size that fits, with as much of it as fits (see `_fit`); what was set."""
        largest = max(MIN_PIXELS, round(height * self._largest_share))
        readable = max(MIN_PIXELS, min(largest, round(height * READABLE_SHARE)))
        for shown in ((True, True), (False, True), (False, False)) if not self._mistakes else ((True, True),):
            self._shown = shown
            self._set_html()
            size = self._largest_fitting(readable, largest)
            if size is not None:
                self._set_pixels(size)
                return shown, size
        size = self._largest_fitting(MIN_PIXELS, largest) or MIN_PIXELS
        self._set_pixels(size)
        return self._shown, size

    def _set_html(self) -> None:
        colour = self.palette().windowText().color().name()
        self._document.setHtml(instructions_html(self._exercise, colour, self._mistakes, *self._shown))

    def _largest_fitting(self, low: int, high: int) -> int | None:
        """The largest pixel size from `low` to `high` at which the text fits, or None if none does."""
        self._set_pixels(low)
        if not self.fits():
            return None
        while low < high:
            middle = (low + high + 1) // 2
            self._set_pixels(middle)
            if self.fits():
                low = middle
            else:
                high = middle - 1
        return low

    def _set_pixels(self, pixels: int) -> None:
        font = self.font()
        font.setPixelSize(pixels)
        self._document.setDefaultFont(font)
        # The list's numbers hang in its indent: at a fixed 40 px, "10." in a huge font ran off the left.
        self._document.setIndentWidth(QFontMetrics(font).horizontalAdvance("10. ") * 1.1)
