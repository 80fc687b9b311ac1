"""The end of a session: how long it took, what was done and skipped, and the way back."""

from __future__ import annotations

import time
from html import escape
from itertools import pairwise

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent, QTextDocumentFragment
from PySide6.QtWidgets import QAbstractSlider, QHBoxLayout, QLabel, QTextBrowser, QVBoxLayout, QWidget

from workout_timer.domain.care.cards import Card
from workout_timer.domain.care.progression import Direction, Suggestion
from workout_timer.domain.common.clock import Clock
from workout_timer.domain.common.language import _, ngettext
from workout_timer.domain.routines.durations import format_done
from workout_timer.domain.routines.timeline import Segment
from workout_timer.domain.session.fresh_input import FreshInput
from workout_timer.domain.session.summary import SessionSummary
from workout_timer.qt.common.care_card import add_card_box
from workout_timer.qt.common.keyboard import FreshKeys, PlainButton
from workout_timer.qt.common.readable import announce
from workout_timer.qt.common.text_page import page_style, text_page
from workout_timer.qt.common.theme.look import Look, follow, look


def _style(new: Look) -> str:
    return page_style(new) + (
        f"QTextBrowser#summary {{ border: none; padding: 24px 40px; font-size: {new.pt(15)}; }}"
        f"QWidget#suggestion {{ background: {new.palette.suggestion}; }}"
        f"QWidget#suggestion QLabel {{ font-size: {new.pt(13)}; color: {new.palette.window_text}; }}"
    )


def summary_html(summary: SessionSummary, dose: str = "", trial: bool = False) -> str:
    """The summary's text; after the editor's Try it (`trial`) it says first that nothing of it is kept."""
    routine = summary.timeline.routine
    title = summary.headline
    skipped = summary.skipped
    parts = [f"<h1>{title}</h1>", f"<p style='font-size:{look().pt(17)};'>{escape(routine.name)}</p>"]
    if trial:
        parts.append("<p>" + escape(_("This was a try: it is not kept in your history.")) + "</p>")
    parts.append(f"<p>{_times(summary)}</p>")
    parts.append(f"<p>{escape(summary.steps_line())}</p>")
    if skipped:
        # Translators: {steps} names the steps skipped: "Plank ×2, Side plank (left)".
        parts.append("<p>" + escape(_("Skipped: {steps}").format(steps=_names(skipped))) + "</p>")
    for line in (dose, summary.eased_line(), summary.felt_line(), summary.short_line()):
        if line:
            parts.append(f"<p>{escape(line)}</p>")
    parts.append(f"<p>{escape(summary.closing)}</p>")
    return "".join(parts)


def _times(summary: SessionSummary) -> str:
    """ "<b>12:30</b> of exercise, 16:02 in all with getting ready and rests, paused for 1:10": the time spent
    exercising, then in all and paused when there was any."""
    work, active, paused = (format_done(seconds) for seconds in (summary.work, summary.active, summary.paused))
    in_all = summary.active - summary.work >= 1
    if summary.paused >= 1:
        if in_all:
            # Translators: the times a session took, "12:30"; <b> and </b> make the first bold.
            said = _("<b>{work}</b> of exercise, {active} in all with getting ready and rests, paused for {paused}")
        else:
            said = _("<b>{work}</b> of exercise, paused for {paused}")
    elif in_all:
        said = _("<b>{work}</b> of exercise, {active} in all with getting ready and rests")
    else:
        said = _("<b>{work}</b> of exercise")
    return said.format(work=work, active=active, paused=paused)


def _names(segments: list[Segment]) -> str:
    """ "Plank ×2, Side plank (left)": each exercise and side once, with how often."""
    counts: dict[str, int] = {}
    for segment in segments:
        name = segment.exercise.name if segment.exercise else _("a step")
        if segment.side is not None:
            left = segment.side.value == "left"
            # Translators: an exercise skipped on one side; {name} is its name.
            name = (_("{name} (left)") if left else _("{name} (right)")).format(name=name)
        counts[name] = counts.get(name, 0) + 1
    return ", ".join(name if n == 1 else f"{name} ×{n}" for name, n in counts.items())


SMALLEST_TEXT = 80
"""The least height of the summary's own text, in pixels: on a small screen it scrolls, and gives its room to the
suggestion and the tip under it, which show whole."""
SHOWN_CHANGES = 6
"""Changes listed in the suggestion; the rest are counted."""
SCROLLS = {
    Qt.Key.Key_PageDown: QAbstractSlider.SliderAction.SliderPageStepAdd,
    Qt.Key.Key_PageUp: QAbstractSlider.SliderAction.SliderPageStepSub,
}
"""The keys that scroll the summary's text, wherever the focus is on the page. Not the arrows: they are the
buttons', which they move the focus between."""


class SummaryView(QWidget):
    """Shows a `SessionSummary`.

    Signals:
        libraryRequested: back where the session was started from, the routines or the editor (Enter or Esc).
        againRequested: run the same routine again.
        suggestionAccepted: the user wants the suggested step up or down as their own version.
    """

    libraryRequested = Signal()
    againRequested = Signal()
    suggestionAccepted = Signal()

    def __init__(self, parent: QWidget | None = None, clock: Clock = time.monotonic) -> None:
        super().__init__(parent)
        self._fresh = FreshInput(clock)
        """Keys still held from the player (Enter for "done", Esc) must not leave the summary unread."""
        self.text = QTextBrowser()
        self.text.setObjectName("summary")
        self.text.setAccessibleName(_("How the session went"))
        self.text.setMinimumHeight(SMALLEST_TEXT)  # it scrolls: the suggestion and the tip below it show whole
        self.text.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.again_button = PlainButton(_("↻  Do it again"))
        self.library_button = PlainButton(_("Back to routines  (Enter)"))
        text_page(self, self.text, self.again_button, self.library_button)
        self._summary: SessionSummary | None = None
        self._dose = ""
        self._trial = False
        follow(self, self._on_look)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.library_button.clicked.connect(self.libraryRequested.emit)
        self.again_button.clicked.connect(self.againRequested.emit)

        self.suggestion = QWidget()
        self.suggestion.setObjectName("suggestion")
        self.suggestion.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        self.suggestion_text = QLabel()
        self.suggestion_text.setWordWrap(True)
        self.accept_button = PlainButton(_("Make it my version"))
        self.accept_button.setObjectName("mainButton")
        self.decline_button = PlainButton(_("Not now"))
        buttons = (self.library_button, self.again_button, self.decline_button, self.accept_button)
        FreshKeys(self._fresh, *buttons)  # Enter held from the player presses none of them
        self.setFocusProxy(self.library_button)  # it opens on the way back, which Enter takes
        # The words across the whole width, the answers under them: beside the buttons, a long suggestion (German,
        # larger text) needed more lines than a small screen has room for.
        column = QVBoxLayout(self.suggestion)
        column.setContentsMargins(32, 10, 32, 10)
        column.setSpacing(6)
        column.addWidget(self.suggestion_text)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.decline_button)
        row.addWidget(self.accept_button)
        column.addLayout(row)
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.insertWidget(1, self.suggestion)
        self.suggestion.hide()
        self.card = add_card_box(self)
        for first, then in pairwise(buttons[2:] + buttons[:2]):  # as they are seen: the suggestion first
            QWidget.setTabOrder(first, then)
        self.accept_button.clicked.connect(self._on_accept)
        self.decline_button.clicked.connect(self.suggestion.hide)

    def show_summary(
        self,
        summary: SessionSummary,
        back_to_editor: bool = False,
        card: Card | None = None,
        to_today: bool = False,
        dose: str = "",
        trial: bool = False,
    ) -> None:
        """Show `summary`; the way back says where it goes: the editor after its "Try it", Today when the session
        came from it (`to_today`), else the routines. `card`: a tip to show under it. `dose`: which of the dial
        and the programme week made the session lighter. `trial`: the editor's Try it, which nothing is kept of."""
        self._summary, self._dose, self._trial = summary, dose, trial
        self.text.setHtml(summary_html(summary, dose, trial))
        if back_to_editor:
            back = _("Back to the editor  (Enter)")
        else:
            back = _("Back to Today  (Enter)") if to_today else _("Back to routines  (Enter)")
        self.library_button.setText(back)
        self.suggestion.hide()
        self.card.show_card(card)
        self._fresh.arm()

    def _on_look(self, new: Look) -> None:
        self.setStyleSheet(_style(new))
        if self._summary is not None:
            self.text.setHtml(summary_html(self._summary, self._dose, self._trial))  # its sizes are the new look's

    def show_suggestion(self, suggestion: Suggestion) -> None:
        """Say which doses the session moved for next time, and why; "Make it my version" keeps them in the user's
        own copy of the routine."""
        up = suggestion.direction is Direction.UP
        title = _("Ready for a little more?") if up else _("A little less next time?")
        shown = [escape(str(change)) for change in suggestion.changes[:SHOWN_CHANGES]]
        more = len(suggestion.changes) - SHOWN_CHANGES
        if more > 0:
            # Translators: the last of the changes listed, for those not shown.
            shown.append(ngettext("and {n} more", "and {n} more", more).format(n=more))
        self.suggestion_text.setText(
            # Translators: {title} is "Ready for a little more?"; {changes} the doses changed, with · between.
            _("<b>{title}</b> Next time: {changes}. The routine's page lets you take it as written instead.").format(
                title=title, changes=" · ".join(shown)
            )
        )
        self.suggestion.show()

    def tell_reader(self) -> None:
        """Say the summary, and the suggestion when there is one, to a listening screen reader once it is on screen:
        the text takes no focus (Enter is the buttons'), so its reader would hear only the button the focus is on."""
        words = [self.text.toPlainText()]
        if not self.suggestion.isHidden():
            words.append(QTextDocumentFragment.fromHtml(self.suggestion_text.text()).toPlainText())
        announce("\n".join(words))

    def _on_accept(self) -> None:
        self.suggestion.hide()
        self.suggestionAccepted.emit()

    def keyReleaseEvent(self, event: QKeyEvent) -> None:
        self._fresh.released(event.key(), event.timestamp())
        super().keyReleaseEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Escape):
            # Not a key held, or pressed for the player:
            if self._fresh.accepts(event.isAutoRepeat(), event.key(), event.timestamp()):
                self.libraryRequested.emit()
            event.accept()
        elif event.key() in SCROLLS:  # the text takes no focus (Enter is the buttons'): Page Up and Down scroll it
            self.text.verticalScrollBar().triggerAction(SCROLLS[Qt.Key(event.key())])
            event.accept()
        else:
            super().keyPressEvent(event)
