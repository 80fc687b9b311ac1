"""Which education card to show, and when: one at a time, at a quiet moment, never in the way.

- **On the preview**, before each of the first `PREVIEW_SESSIONS` sessions: one card, the same one for every
  routine looked at until the next session is done (browsing does not run through the cards).
- **On the summary** of every session kept in the history (not after the editor's "Try it").
- **Each card once before any repeats**: the cards shown since all of them were last shown make the current
  round; the next card is the first in the file not shown in it. When every card that suits the moment has
  been shown, the one shown longest ago comes back.
- **The card that fits the moment comes first**: in the first week since the first session, "Build up
  gradually"; after a session with an exercise rated amber, "Soreness that settles is fine"; after one rated
  red, what pain is telling you (the traffic light) and when to stop. A red rating brings its cards back even
  within a round, unless one was among the last `RECENT` cards shown.
- **Off** when the runner turns the tips off (Session → Show tips about your back).

What was shown is remembered by a `CardMemory` (the app's settings are its one owner): the ids shown, oldest
first, at most `KEPT` of them, and the preview's card with the number of sessions it was chosen at.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Sequence
from typing import Protocol

from workout_timer.domain.care.cards import Card, Fit, Moment, shipped_cards
from workout_timer.domain.session.feel import Feel

PREVIEW_SESSIONS = 6
"""The preview shows a card before each of this many first sessions (six in the first two weeks is the aim)."""
FIRST_WEEK = 7 * 24 * 3600.0
"""Seconds since the first session that count as the first week."""
RECENT = 3
"""A card among this many last shown does not come back early, even when it fits."""
KEPT = 64
"""The ids of cards shown that are remembered, the latest ones."""
REPEATS = frozenset({Fit.RED})
"""Situations whose cards come back within a round."""
URGENCY = (Fit.RED, Fit.AMBER, Fit.FIRST_WEEK)
"""When several situations hold, the cards of the first come first: a red rating before the first week."""
FEELS = {Feel.RED: Fit.RED, Feel.AMBER: Fit.AMBER}


class CardMemory(Protocol):
    """Where the choice keeps what it showed (the settings)."""

    cards_on: bool
    cards_shown: str
    """The ids of the cards shown, oldest first, separated by spaces."""
    cards_preview: str
    """The preview's card and the number of sessions done when it was chosen: "id count"."""


def choose(cards: Sequence[Card], moment: Moment, fits: frozenset[Fit], shown: Sequence[str]) -> Card | None:
    """The card for `moment` in a situation that `fits`, after the cards `shown` (ids, oldest first)."""
    suited = [card for card in cards if moment in card.moments]
    if not suited:
        return None
    this_round = current_round([card.id for card in cards], shown)
    recent = set(shown[-RECENT:])
    fitting = sorted((card for card in suited if card.fits & fits), key=lambda card: _urgency(card.fits & fits))
    for card in fitting:
        if card.id not in this_round:
            return card
    repeating = [card for card in fitting if card.fits & fits & REPEATS]
    if repeating and not any(card.id in recent for card in repeating):
        return repeating[0]
    for card in suited:
        if card.id not in this_round:
            return card
    last_shown = {ident: at for at, ident in enumerate(shown)}
    return min(suited, key=lambda card: last_shown.get(card.id, -1))


def _urgency(fits: frozenset[Fit]) -> int:
    return min(URGENCY.index(fit) for fit in fits)


def current_round(ids: Sequence[str], shown: Sequence[str]) -> set[str]:
    """The ids shown since every card of `ids` was last shown."""
    every, this_round = set(ids), set()
    for ident in shown:
        if ident in every:
            this_round.add(ident)
            if this_round == every:
                this_round = set()
    return this_round


class CardChoice:
    """The card for the preview and for the summary, remembered in `memory`.

    `starts` are when the sessions in the history began (wall-clock seconds); `wall_clock` is now.
    """

    def __init__(
        self,
        memory: CardMemory,
        cards: Sequence[Card] | None = None,
        wall_clock: Callable[[], float] = time.time,
    ) -> None:
        self._memory = memory
        self._given = tuple(cards) if cards is not None else None
        self._wall_clock = wall_clock

    @property
    def cards(self) -> tuple[Card, ...]:
        """The cards to choose from: those given, or the app's own in the language in use now (a card chosen
        before a change of language is shown in the new one)."""
        return self._given if self._given is not None else shipped_cards()

    def at_preview(self, starts: Sequence[float]) -> Card | None:
        """The card for a routine's preview, or None (tips off, or past the first sessions)."""
        if not self._memory.cards_on or len(starts) >= PREVIEW_SESSIONS:
            return None
        kept, _, count = self._memory.cards_preview.partition(" ")
        if count == str(len(starts)):
            card = next((card for card in self.cards if card.id == kept), None)
            if card is not None:
                return card
        card = self._choose(Moment.PREVIEW, self._week(starts))
        if card is not None:
            self._memory.cards_preview = f"{card.id} {len(starts)}"
        return card

    def at_summary(self, starts: Sequence[float], felt: Iterable[Feel]) -> Card | None:
        """The card for the summary of a session rated `felt` (its exercises' ratings), or None (tips off)."""
        if not self._memory.cards_on:
            return None
        fits = self._week(starts) | {FEELS[feel] for feel in felt if feel in FEELS}
        return self._choose(Moment.SUMMARY, frozenset(fits))

    def _week(self, starts: Sequence[float]) -> frozenset[Fit]:
        first_week = not starts or self._wall_clock() - min(starts) < FIRST_WEEK
        return frozenset({Fit.FIRST_WEEK}) if first_week else frozenset()

    def _choose(self, moment: Moment, fits: frozenset[Fit]) -> Card | None:
        shown = self._memory.cards_shown.split()
        card = choose(self.cards, moment, fits, shown)
        if card is not None:
            self._memory.cards_shown = " ".join([*shown, card.id][-KEPT:])
        return card
