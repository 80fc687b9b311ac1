"""The education cards file: the shipped one is sound, and a wrong one says what and where."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from workout_timer.domain.care.cards import (
    CARDS_FILE,
    CardsError,
    Fit,
    Moment,
    cards_from_text,
    in_use,
    load_cards,
    sentences,
    shipped_cards,
)
from workout_timer.domain.common import language

ARTICLE_WORDS = ("article", "evidence.md", "README.md")


def test_the_shipped_cards_are_between_ten_and_sixteen_each_with_a_source() -> None:
    cards = load_cards(CARDS_FILE)
    assert 10 <= len(cards) <= 16
    assert cards == shipped_cards()
    for card in cards:
        assert 2 <= len(sentences(card.text)) <= 4, card.id
        assert any(word in card.source for word in ARTICLE_WORDS), card.id
        assert Moment.SUMMARY in card.moments, card.id


def test_the_shipped_cards_cover_what_the_runner_needs_to_hear() -> None:
    ids = {card.id for card in shipped_cards()}
    assert {"warm-up", "build-up", "soreness", "keep-at-it", "pain-traffic-light", "see-a-doctor"} <= ids
    assert {"breathe-and-brace"} <= ids
    fits = {fit for card in shipped_cards() for fit in card.fits}
    assert fits == set(Fit), "every situation has a card that fits it"


def test_the_doctor_card_names_the_red_flags_without_diagnosing() -> None:
    doctor = next(card for card in shipped_cards() if card.id == "see-a-doctor")
    for sign in ("spreads into an arm or leg", "numbness", "dizziness", "nausea", "sleep", "bladder"):
        assert sign in doctor.text
    assert "you have" not in doctor.text.lower()


def test_sentences_are_cut_at_their_ends_not_inside_numbers() -> None:
    assert sentences("Hold 0.5 of it. Then rest! Why? Because") == ["Hold 0.5 of it.", "Then rest!", "Why?", "Because"]


GOOD = """\
version: 1
cards:
  - id: warm-up
    title: Warm up first
    text: Move gently first. Then work.
    source: article 000
    moments: [preview, summary]
"""


def test_a_good_file_gives_its_cards() -> None:
    (card,) = cards_from_text(GOOD)
    assert card.title == "Warm up first"
    assert card.moments == {Moment.PREVIEW, Moment.SUMMARY}
    assert card.fits == frozenset()


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (("version: 1", "version: 2"), "<cards>:1:10: the cards file needs `version: 1`"),
        (("id: warm-up", "id: Warm Up"), "<cards>:3:9: the id `Warm Up` should be lowercase"),
        (("Move gently first. Then work.", "Just one."), "<cards>:5:11: a card's text has 2 to 4 sentences, not 1"),
        (("Move gently first. Then work.", "One. Two. Three. Four. Five."), "has 2 to 4 sentences, not 5"),
        (("Then work.", "Then work"), "<cards>:5:11: a card's text ends with a full stop"),
        (("    source: article 000\n", ""), "<cards>:3:5: a card needs `source`"),
        (("[preview, summary]", "[preview, lunch]"), "<cards>:7:24: “lunch” is not one of: preview, summary"),
        (("[preview, summary]", "[]"), "<cards>:7:14: `moments` must be a list of: preview, summary"),
        (("title: Warm up first", "title: [a]"), "<cards>:4:12: `title` must be some text, not a list"),
        (("    moments", "    colour: red\n    moments"), "<cards>:7:13: unknown field `colour`"),
        (("title: Warm up first", "title: A very long title of many words"), "a title has at most 6 words"),
        (("cards:", "cards: []\nother:"), "<cards>:2:8: `cards` must be a list of cards"),
    ],
)
def test_a_wrong_file_says_what_and_where(change: tuple[str, str], message: str) -> None:
    with pytest.raises(CardsError) as raised:
        cards_from_text(GOOD.replace(*change))
    assert any(message in problem for problem in raised.value.problems), raised.value.problems


def test_an_id_used_twice_is_told_at_the_second_card() -> None:
    twice = GOOD + GOOD.split("cards:\n")[1].replace("Warm up first", "Again")
    with pytest.raises(CardsError, match=r"<cards>:8:5: the id `warm-up` is used twice"):
        cards_from_text(twice)


def test_a_sentence_too_long_to_read_in_a_glance_is_refused() -> None:
    long = " ".join(["word"] * 40)
    with pytest.raises(CardsError, match="a sentence has at most 32 words"):
        cards_from_text(GOOD.replace("Move gently first.", long + "."))


@pytest.mark.parametrize("text", ["version: 1\ncards: [", "!!python/object:os.system {}", "- a\n- b\n"])
def test_unreadable_or_hostile_yaml_is_a_cards_error(text: str) -> None:
    with pytest.raises(CardsError, match=r"^<cards>:\d+:\d+: "):
        cards_from_text(text)


def test_a_file_is_named_in_its_problems(tmp_path: Path) -> None:
    path = tmp_path / "cards.yaml"
    path.write_text(GOOD.replace("version: 1", "version: 9"), encoding="utf-8")
    with pytest.raises(CardsError, match=rf"^{path}:1:10: "):
        load_cards(path)
    path.write_bytes(b"")
    with pytest.raises(CardsError, match=rf"^{path}:0:0: "):
        load_cards(path)


def test_a_card_chosen_in_one_language_is_shown_in_the_language_in_use() -> None:
    """A summary shown again after a change of language kept its tip in the old words."""
    english = shipped_cards()[0]
    language.use("de_DE")
    german = in_use(english)
    assert german.id == english.id and german.title != english.title and german.text != english.text
    assert german == shipped_cards()[0]
    own = replace(english, id="not-shipped")
    assert in_use(own) is own
