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
    "Pause",  # the media key, "Play/Pause" in English, "Wiedergabe/Pause" in German
    # commands, files and names
    "workout", "timer", "Workout", "Timer", "validate", "schema", "docs", "md", "routine", "format", "progression", "history",
    "sqlite", "settings", "ini", "GNU", "General", "Public", "License", "GPL", "or", "later", "https", "github",
    "com", "Linux", "Version", "Alt", "Esc", "km",
    # German words spelt as English ones
    "Routine", "an", "in", "so", "ins", "leg", "normal", "still", "warm", "Rest", "Sit", "ups", "was",
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


def keys_on_the_keys_page() -> set[str]:
    """Every key the guide's Keys page names, in the language in use: "Strg+Umschalt+E" is Strg, Umschalt and E."""
    page = next(topic.html for topic in guide.topics() if topic.key == "keys")
    return {part for name in re.findall(r"<b>([^<]+)</b>", page) for part in name.split("+")}


def test_the_keys_named_on_the_buttons_are_named_as_on_the_guides_keys_page() -> None:
    """One name for a key on the buttons, their tooltips, the screen reader's words and the guide: a German keyboard's
    "Eingabe", never the English "Enter" beside it."""
    from babel.messages.pofile import read_po

    from workout_timer.domain.common.control_names import key_hint, key_names

    language.use("de_DE")
    on_page = keys_on_the_keys_page()
    names = key_names()
    assert (names["Enter"], names["Space"]) == ("Eingabe", "Leertaste")
    assert {names[key] for key in ("Enter", "Space", "Esc", "Ctrl", "Shift")} <= on_page
    with language.catalogue_file().with_suffix(".po").open("rb") as file:
        catalogue = read_po(file)
    hinted = 0
    for message in catalogue:
        english, german = message.id, message.string
        if not isinstance(english, str) or not isinstance(german, str) or not german:
            continue
        assert not re.search(r"\bEnter\b", german), german
        if key_hint(english):  # "Continue  (Enter)": the screen reader tells the key apart in German too
            keys = re.split(r"\+| oder |, ", key_hint(german))
            named = {key for key in keys if len(key) > 1}  # letters aside: the editor's Strg+Umschalt+A is the menu's
            assert keys != [""] and named <= on_page | {names["Delete"]}, german  # (Entf: the editor's tooltip)
            hinted += 1
    assert hinted >= 10


def test_the_german_keys_page_says_go_on_as_the_players_buttons_do() -> None:
    """Space, the clicker's B and the media keys pause and go on: "fortsetzen", the word of the paused player's button
    and of the stop question's Go on ("Fortsetzen"), never "weiter" or "weitermachen" beside it."""
    from workout_timer.domain.common.language import _

    language.use("de_DE")
    assert _("▶  Go on") == "▶  Fortsetzen" and _("▶  Go on   (Esc)") == "▶  Fortsetzen   (Esc)"
    page = next(topic.html for topic in guide.topics() if topic.key == "keys")
    rows = {re.sub(r"<[^>]+>", "", row.split("</td>")[0]): row for row in page.split("<tr>")[1:]}
    for key in ("Leertaste", "B oder .", "Wiedergabe/Pause, Nächster, Vorheriger, Stopp"):
        assert "anhalten oder fortsetzen" in rows[key], rows[key]
        assert not re.search(r"\bweiter(machen)?\b", rows[key]), rows[key]
