"""A short education card, shown quietly under a page's text: a tip's title and its few sentences.

It takes no keys and no focus, so it is never in the way; which card, and when, is `care.card_choice`'s.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from workout_timer.domain.care.cards import Card, in_use
from workout_timer.domain.common.language import N_, _
from workout_timer.qt.common.theme.look import styled

ALL_TIPS = N_("All tips: Help → Back tips. Turn them off in the Session menu.")
"""Where the tips are, under each one: `_(ALL_TIPS)`."""


class CardBox(QWidget):
    """Shows one `Card` in a frame, with margins like a page's buttons, or hides itself when given none."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        frame = QFrame()
        frame.setObjectName("careCard")
        frame.setFrameShape(QFrame.Shape.StyledPanel)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(32, 4, 32, 0)
        outer.addWidget(frame)
        self.title = QLabel()
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.text = QLabel()
        self.text.setTextFormat(Qt.TextFormat.PlainText)
        self.text.setWordWrap(True)
        self.more = QLabel(_(ALL_TIPS))
        self.more.setTextFormat(Qt.TextFormat.PlainText)
        self.more.setWordWrap(True)
        self.title.setObjectName("cardTitle")
        self.text.setObjectName("cardText")
        styled(
            self,
            lambda look: (
                f"QLabel#cardTitle {{ font-size: {look.pt(13)}; }} QLabel#cardText {{ font-size: {look.pt(12)}; }}"
            ),
        )
        layout = QVBoxLayout(frame)
        layout.setContentsMargins(16, 10, 16, 10)
        layout.addWidget(self.title)
        layout.addWidget(self.text)
        layout.addWidget(self.more)
        self.card: Card | None = None
        self.hide()

    def show_card(self, card: Card | None) -> None:
        """`card` in the language in use (a summary shown again after a change of language shows the same tip)."""
        self.card = card = None if card is None else in_use(card)
        if card is None:
            self.hide()
            return
        # Translators: a tip's heading; {title} is the tip's own title ("What pain is telling you").
        title = _("Tip: {title}").format(title=card.title)
        self.title.setText(title)
        self.text.setText(card.text)
        self.setAccessibleName(title)
        self.setAccessibleDescription(card.text)
        self.show()


def add_card_box(page: QWidget) -> CardBox:
    """A `CardBox` placed on a `text_page` under its text, over its buttons."""
    box = CardBox()
    layout = page.layout()
    assert isinstance(layout, QVBoxLayout)
    layout.insertWidget(layout.count() - 1, box)
    return box
