"""Short education cards: what they say, where they may be shown, and the file they come from.

The cards live in `cards.yaml` beside this module (its header documents the format; docs/education-cards.md
says when they appear). `load_cards` reads a file through the routines' safe YAML reader and checks every card:
a known version, unique ids, a title, 2 to 4 sentences of text, a named source, known moments and situations.
A problem is told with the file, line and column, so a mistake in the shipped file fails its test, never a
session.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, replace
from enum import StrEnum
from functools import cache
from pathlib import Path

from workout_timer.domain.common import content, language
from workout_timer.domain.routines.yaml_nodes import Node, YamlProblem, decode, parse, read_bounded

CARDS_FILE = Path(__file__).with_name("cards.yaml")
FILE = "cards"
"""The cards file's name without `.yaml`, the first part of its texts' contexts in the content catalogue."""
VERSION = 1
SENTENCES = (2, 4)
"""The fewest and most sentences a card's text may have."""
MAX_WORDS = 32
"""No sentence longer than this many words: a card is read in a glance."""
TITLE_WORDS = 6


class Moment(StrEnum):
    """Where a card may be shown."""

    PREVIEW = "preview"
    SUMMARY = "summary"


class Fit(StrEnum):
    """A situation a card suits better than the others."""

    FIRST_WEEK = "first-week"
    RED = "red"
    AMBER = "amber"


@dataclass(frozen=True)
class Card:
    id: str
    title: str
    text: str
    source: str
    moments: frozenset[Moment]
    fits: frozenset[Fit] = frozenset()


class CardsError(Exception):
    """The cards file is wrong: every problem, each as "file:line:col: what"."""

    def __init__(self, problems: list[str]) -> None:
        super().__init__("\n".join(problems))
        self.problems = problems


def shipped_cards() -> tuple[Card, ...]:
    """The cards that come with the app, in the file's order, in the language in use."""
    return _shipped(language.current())


@cache
def _shipped(code: str) -> tuple[Card, ...]:
    del code  # the cache's key: the language the cards were translated into
    return translated(load_cards(CARDS_FILE), content.translator())


def in_use(card: Card) -> Card:
    """`card` in the language in use, whichever it was chosen in: the shipped card of its id (one that is not
    shipped stays as it is)."""
    return next((shipped for shipped in shipped_cards() if shipped.id == card.id), card)


def translated(cards: tuple[Card, ...], say: content.Translate) -> tuple[Card, ...]:
    """The cards in the language of `say`: each one's title and text (`common.content`). The source stays as
    the article it names is called."""
    return tuple(
        replace(
            card,
            title=say(content.key(FILE, f"{card.id}.title"), card.title),
            text=say(content.key(FILE, f"{card.id}.text"), card.text),
        )
        for card in cards
    )


def load_cards(path: Path) -> tuple[Card, ...]:
    """The cards in `path`, or `CardsError` with every problem found."""
    try:
        text = decode(read_bounded(path))
    except YamlProblem as problem:
        raise CardsError([f"{path}:{problem.line}:{problem.column}: {problem.message}"]) from None
    return cards_from_text(text, str(path))


def cards_from_text(text: str, name: str = "<cards>") -> tuple[Card, ...]:
    """The cards in `text` (named `name` in messages), or `CardsError`."""
    try:
        root, problems = parse(text)
    except YamlProblem as problem:
        raise CardsError([f"{name}:{problem.line}:{problem.column}: {problem.message}"]) from None
    reader = _Reader(name, [f"{name}:{p.line}:{p.column}: {p.message}" for p in problems])
    cards: list[Card] = []
    if not problems:
        cards = reader.top(root)
    if reader.problems:
        raise CardsError(reader.problems)
    return tuple(cards)


_ID = re.compile(r"[a-z0-9]+(-[a-z0-9]+)*")
_SENTENCE_END = re.compile(r"[.!?](?=\s|$)")
_FIELDS = {"id", "title", "text", "source", "moments", "fits"}


def sentences(text: str) -> list[str]:
    """`text` cut after each full stop, question or exclamation mark (a number like 0.5 is not cut)."""
    parts, start = [], 0
    for end in _SENTENCE_END.finditer(text):
        parts.append(text[start : end.end()].strip())
        start = end.end()
    rest = text[start:].strip()
    return [*parts, rest] if rest else parts


class _Reader:
    def __init__(self, name: str, problems: list[str]) -> None:
        self.name = name
        self.problems = problems

    def fail(self, node: Node, message: str) -> None:
        self.problems.append(f"{self.name}:{node.line}:{node.column}: {message}")

    def top(self, root: Node) -> list[Card]:
        fields = self.mapping(root, "the file")
        if fields is None:
            return []
        version = fields.get("version")
        if version is None or version.value != VERSION or isinstance(version.value, bool):
            self.fail(version or root, f"the cards file needs `version: {VERSION}`")
        for key, node in fields.items():
            if key not in ("version", "cards"):
                self.fail(node, f"unknown field `{key}` (a cards file has `version` and `cards`)")
        listed = fields.get("cards")
        if listed is None or listed.kind != "seq" or not listed.items:
            self.fail(listed or root, "`cards` must be a list of cards")
            return []
        cards: list[Card] = []
        for node in listed.items:
            card = self.card(node)
            if card is not None and card.id in {each.id for each in cards}:
                self.fail(node, f"the id `{card.id}` is used twice")
            elif card is not None:
                cards.append(card)
        return cards

    def mapping(self, node: Node, what: str) -> dict[str, Node] | None:
        if node.kind != "map":
            self.fail(node, f"{what} must be a mapping of fields, not {node.describe()}")
            return None
        return {str(key.value): value for key, value in node.pairs}

    def card(self, node: Node) -> Card | None:
        fields = self.mapping(node, "a card")
        if fields is None:
            return None
        before = len(self.problems)
        for key, value in fields.items():
            if key not in _FIELDS:
                self.fail(value, f"unknown field `{key}` (a card has {', '.join(sorted(_FIELDS))})")
        ident = self.text(node, fields, "id")
        if ident and not _ID.fullmatch(ident):
            self.fail(fields["id"], f"the id `{ident}` should be lowercase letters, digits and dashes")
        title = self.text(node, fields, "title")
        if title and len(title.split()) > TITLE_WORDS:
            self.fail(fields["title"], f"a title has at most {TITLE_WORDS} words")
        text = self.text(node, fields, "text")
        if text:
            self.check_sentences(fields["text"], text)
        source = self.text(node, fields, "source")
        moments = frozenset(Moment(value) for value in self.choices(node, fields, "moments", Moment, needed=True))
        fits = frozenset(Fit(value) for value in self.choices(node, fields, "fits", Fit, needed=False))
        if len(self.problems) > before:
            return None
        return Card(ident, title, text, source, moments, fits)

    def text(self, card: Node, fields: dict[str, Node], key: str) -> str:
        node = fields.get(key)
        if node is None:
            self.fail(card, f"a card needs `{key}`")
            return ""
        if node.kind != "scalar" or not isinstance(node.value, str) or not node.value.strip():
            self.fail(node, f"`{key}` must be some text, not {node.describe()}")
            return ""
        return " ".join(node.value.split())

    def check_sentences(self, node: Node, text: str) -> None:
        said = sentences(text)
        low, high = SENTENCES
        if not low <= len(said) <= high:
            self.fail(node, f"a card's text has {low} to {high} sentences, not {len(said)}")
        for sentence in said:
            if len(sentence.split()) > MAX_WORDS:
                self.fail(node, f"a sentence has at most {MAX_WORDS} words: “{sentence[:40]}…”")
        if said and not _SENTENCE_END.search(said[-1]):
            self.fail(node, "a card's text ends with a full stop")

    def choices(
        self, card: Node, fields: dict[str, Node], key: str, kind: type[Moment] | type[Fit], needed: bool
    ) -> Iterator[str]:
        """The values listed under `key`, each one of `kind`'s."""
        node = fields.get(key)
        if node is None:
            if needed:
                self.fail(card, f"a card needs `{key}`")
            return
        if node.kind != "seq" or (needed and not node.items):
            self.fail(node, f"`{key}` must be a list of: {', '.join(kind)}")
            return
        for item in node.items:
            if item.kind == "scalar" and isinstance(item.value, str) and item.value in set(kind):
                yield item.value
            else:
                self.fail(item, f"{item.describe()} is not one of: {', '.join(kind)}")
