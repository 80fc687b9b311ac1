"""Which education card comes when: once each before repeats, the one that fits first, remembered."""

from __future__ import annotations

from dataclasses import dataclass

from hypothesis import given
from hypothesis import strategies as st

from workout_timer.domain.care.card_choice import (
    FIRST_WEEK,
    KEPT,
    PREVIEW_SESSIONS,
    CardChoice,
    choose,
    current_round,
)
from workout_timer.domain.care.cards import Card, Fit, Moment, shipped_cards
from workout_timer.domain.session.feel import Feel

DAY = 24 * 3600.0
NOW = 1_800_000_000.0


@dataclass
class Memory:
    cards_on: bool = True
    cards_shown: str = ""
    cards_preview: str = ""


def card(ident: str, *fits: Fit, moments: tuple[Moment, ...] = (Moment.PREVIEW, Moment.SUMMARY)) -> Card:
    return Card(ident, ident.title(), "One. Two.", "article 000", frozenset(moments), frozenset(fits))


CARDS = (card("a"), card("b", Fit.FIRST_WEEK), card("c", Fit.RED), card("d", Fit.AMBER), card("e"))


def chooser(memory: Memory | None = None, cards: tuple[Card, ...] = CARDS) -> CardChoice:
    return CardChoice(memory if memory is not None else Memory(), cards, wall_clock=lambda: NOW)


LONG_AGO = [NOW - 30 * DAY]


def test_each_card_is_shown_once_before_any_comes_again() -> None:
    choice = chooser()
    first = [choice.at_summary(LONG_AGO, []) for _ in CARDS]
    assert [c.id for c in first if c] == ["a", "b", "c", "d", "e"]
    again = [choice.at_summary(LONG_AGO, []) for _ in CARDS]
    assert [c.id for c in again if c] == ["a", "b", "c", "d", "e"]


def test_in_the_first_week_building_up_comes_first() -> None:
    assert chooser().at_summary([NOW - 2 * DAY], []) == CARDS[1]
    assert chooser().at_summary([], []) == CARDS[1]
    assert chooser().at_summary([NOW - FIRST_WEEK - 1], []) == CARDS[0]


def test_after_a_red_rating_the_pain_card_comes_first_even_in_the_first_week() -> None:
    assert chooser().at_summary([NOW - DAY], [Feel.GREEN, Feel.RED, Feel.AMBER]) == CARDS[2]
    assert chooser().at_summary(LONG_AGO, [Feel.AMBER]) == CARDS[3]


def test_after_red_the_pain_card_comes_back_within_a_round_but_not_straight_after_itself() -> None:
    memory = Memory(cards_shown="c a")
    choice = chooser(memory)
    assert choice.at_summary(LONG_AGO, [Feel.RED]) == CARDS[1], "the pain card was among the last shown"
    memory.cards_shown = "c a b d"
    assert choice.at_summary(LONG_AGO, [Feel.RED]) == CARDS[2]
    assert memory.cards_shown == "c a b d c"


def test_amber_and_the_first_week_do_not_repeat_a_card_within_a_round() -> None:
    memory = Memory(cards_shown="b d")
    assert chooser(memory).at_summary([NOW - DAY], [Feel.AMBER]) == CARDS[0]


def test_the_card_shown_longest_ago_comes_back_when_all_that_suit_the_moment_were_shown() -> None:
    only_summary = (card("x", moments=(Moment.SUMMARY,)), card("y"), card("z", moments=(Moment.SUMMARY,)))
    memory = Memory(cards_shown="y x")
    assert chooser(memory, only_summary).at_preview([]) == only_summary[1]


def test_the_preview_keeps_its_card_until_a_session_is_done_and_stops_after_the_first_sessions() -> None:
    memory = Memory()
    choice = chooser(memory)
    first = choice.at_preview([])
    assert first == CARDS[1]
    assert choice.at_preview([]) == first, "browsing routines does not run through the cards"
    assert memory.cards_shown == "b"
    assert choice.at_preview([NOW - DAY]) == CARDS[0]
    assert choice.at_preview([NOW - DAY] * PREVIEW_SESSIONS) is None


def test_tips_turned_off_show_nothing_and_remember_nothing() -> None:
    memory = Memory(cards_on=False)
    assert chooser(memory).at_preview([]) is None
    assert chooser(memory).at_summary([], [Feel.RED]) is None
    assert memory == Memory(cards_on=False)


def test_the_memory_keeps_the_latest_ids_only() -> None:
    memory = Memory(cards_shown=" ".join(["a"] * (KEPT + 10)))
    chooser(memory).at_summary(LONG_AGO, [])
    assert len(memory.cards_shown.split()) == KEPT


def test_a_card_no_longer_shipped_is_forgotten_by_the_round() -> None:
    assert current_round(["a", "b"], ["gone", "a"]) == {"a"}
    assert current_round(["a", "b"], ["a", "b", "a"]) == {"a"}


def test_the_shipped_cards_choose_what_the_brief_of_each_moment_asks() -> None:
    memory = Memory()
    choice = CardChoice(memory, wall_clock=lambda: NOW)
    assert choice.cards == shipped_cards()
    preview = choice.at_preview([])
    assert preview is not None and preview.id == "build-up"
    red = choice.at_summary([NOW - DAY], [Feel.RED])
    assert red is not None and red.id == "pain-traffic-light"


@given(st.lists(st.tuples(st.sampled_from(list(Fit)), st.booleans()), max_size=60))
def test_no_card_repeats_until_every_card_has_been_shown_unless_red_calls_it_back(days: list[tuple[Fit, bool]]) -> None:
    memory = Memory()
    choice = chooser(memory)
    seen: set[str] = set()
    for fit, red in days:
        shown = choice.at_summary(LONG_AGO, [Feel.RED] if red and fit is Fit.RED else [])
        assert shown is not None
        if shown.id in seen and not (red and fit is Fit.RED):
            raise AssertionError(f"{shown.id} came again before the round ended: {memory.cards_shown}")
        seen = set() if seen | {shown.id} == {c.id for c in CARDS} else seen | {shown.id}


def test_choose_gives_nothing_when_no_card_suits_the_moment() -> None:
    assert choose([card("x", moments=(Moment.SUMMARY,))], Moment.PREVIEW, frozenset(), []) is None


def test_the_card_chosen_before_a_change_of_language_is_shown_in_the_new_one() -> None:
    """A tip stayed German on an English screen after the language changed: the chooser kept the cards it was
    made with."""
    from workout_timer.domain.common import language

    memory = Memory()
    language.use("de_DE")
    choice = CardChoice(memory, wall_clock=lambda: NOW)
    german = choice.at_preview([])
    language.use("en_GB")
    english = choice.at_preview([])
    assert german is not None and english is not None and german.id == english.id == "build-up"
    assert english.title != german.title and english == next(c for c in shipped_cards() if c.id == "build-up")
