"""Controls named in words: no glyphs drawn around them, the key in brackets told apart."""

from __future__ import annotations

import pytest

from workout_timer.domain.common.control_names import key_hint, plain_name


@pytest.mark.parametrize(
    ("shown", "name", "key"),
    [
        ("▶  Start  (Enter)", "Start", "Enter"),
        ("←  Routines  (Esc)", "Routines", "Esc"),
        ("❚❚  Pause", "Pause", ""),
        ("Next  ▶", "Next", ""),
        ("✓  Done", "Done", ""),
        ("■  Stop   (Enter)", "Stop", "Enter"),
        ("↻  Do it again", "Do it again", ""),
        ("↶ Undo", "Undo", ""),
        ("+10 s", "+10 s", ""),
        ("Sore legs or buttocks  (L)", "Sore legs or buttocks", "L"),
        ("Export as CSV…", "Export as CSV…", ""),
        ("&Save && close", "Save & close", ""),
        ("Routines (yours)", "Routines (yours)", ""),  # words in brackets are words, not a key
        ("Full screen (F or F11)", "Full screen", "F or F11"),
        ("Save (Ctrl+S)", "Save", "Ctrl+S"),
    ],
)
def test_a_control_is_named_by_its_words(shown: str, name: str, key: str) -> None:
    assert plain_name(shown) == name
    assert key_hint(shown) == key


def test_a_sign_alone_has_no_words_left() -> None:
    assert plain_name("⤢") == ""  # such a button is given its name by hand


def test_a_key_is_told_apart_by_its_name_in_the_language_in_use() -> None:
    from workout_timer.domain.common import language
    from workout_timer.domain.common.control_names import key_name

    language.use("de_DE")
    assert key_name("Enter") == "Eingabe" and key_name("Space") == "Leertaste"
    for shown, name, key in [
        ("▶  Start  (Eingabe)", "Start", "Eingabe"),
        ("Speichern  (Strg+S)", "Speichern", "Strg+S"),
        ("Vollbild (F oder F11)", "Vollbild", "F oder F11"),
        ("Rückgängig: {what} (Strg+Umschalt+Z)", "Rückgängig: {what}", "Strg+Umschalt+Z"),
        ("Routinen (deine)", "Routinen (deine)", ""),
    ]:
        assert (plain_name(shown), key_hint(shown)) == (name, key)
    language.use("en_GB")
    assert key_name("Enter") == "Enter" and key_hint("Start  (Eingabe)") == ""
