"""The user guide in German: every page, title and folder, the back tips among them, with no word of the English
guide left but the names that stay in every language."""

from __future__ import annotations

import re

from workout_timer.domain.common import language
from workout_timer.domain.desktop import guide

SAME_IN_BOTH = {
    # the routine format's keys and values and the exercises' ids, the same in every language
    "version", "name", "defaults", "prepare", "rest", "switch", "steps", "exercise", "plank", "duration", "sets",
    "side", "sides", "both", "bird", "dog", "reps", "tempo", "note", "yaml", "YAML", "programme",  # (a file's name)
    # commands, files and names
    "workout", "timer", "Workout", "Timer", "validate", "schema", "docs", "md", "routine", "format", "progression", "history",
    "sqlite", "settings", "ini", "GNU", "General", "Public", "License", "GPL", "or", "later", "https", "github",
    "com", "Linux", "Version", "Alt", "Esc", "km",
    # German words spelt as English ones
    "Routine", "an", "in", "so", "ins", "leg", "normal", "still", "warm", "Rest", "Sit", "ups",
}  # fmt: skip


def words(html: str) -> set[str]:
    return set(re.findall(r"[A-Za-zÄÖÜäöüß]{2,}", re.sub(r"<[^>]+>", " ", html)))


def every_word() -> set[str]:
    found = words(guide.about_html("1.0"))
    for topic in guide.topics():
        found |= words(topic.title) | words(topic.html)
    for place in guide.places():
        found |= words(place.title) | words(place.keeps)
    return found


def test_the_guide_in_german_keeps_no_english_word() -> None:
    english = every_word()
    language.use("de_DE")
    german = every_word()
    assert english & german <= SAME_IN_BOTH, (english & german) - SAME_IN_BOTH
    titles = [topic.title for topic in guide.topics()]
    assert titles[:2] == ["So läuft eine Einheit ab", "Tasten"]
    tips = next(topic for topic in guide.topics() if topic.key == "tips")
    assert "<h3>Rückentipps</h3>" in tips.html and "<h4>Erst aufwärmen</h4>" in tips.html  # the cards in German
    keys = next(topic for topic in guide.topics() if topic.key == "keys")
    assert "<b>Leertaste</b>" in keys.html and "<b>Strg+F</b>" in keys.html


def test_the_english_guide_is_the_source_itself() -> None:
    assert guide.topics()[1].html == guide.KEYS_HTML
    assert "<b>Space</b>" in guide.KEYS_HTML
