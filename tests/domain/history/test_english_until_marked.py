"""Sentences not yet marked for translation stay wholly English under a German locale: no "Einheiten" or
"6. Dez." amid English words (docs/translating.md, the rule of whole sentences)."""

from __future__ import annotations

import re

from workout_timer.domain.common import language
from workout_timer.domain.desktop.reminders import reminder_words

GERMAN = re.compile(r"Minuten?|Einheiten?|Tage?n?\b|Dez\.|Sonntag|Antworten?|Check-ins? ")


def test_the_reminder_stays_wholly_english_in_german() -> None:
    language.use("de_DE")
    sentence = reminder_words(5, 20)[1]
    assert not GERMAN.search(sentence), sentence
