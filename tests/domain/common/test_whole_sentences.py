"""Every sentence is translated whole: no counted word, date or marked word of the language in use glued into
an English sentence ("Week 1 of 6 · 0 Einheiten done"). The check reads the source, so it holds for the
sentences written next too."""

from __future__ import annotations

from pathlib import Path

import pytest

from scripts import translations
from scripts.whole_sentences import fragments, glued


def test_no_sentence_of_the_app_glues_a_translated_piece_into_english() -> None:
    assert fragments(translations.PACKAGE) == []


@pytest.mark.parametrize(
    "source",
    [
        "x = f\"Week {week} of {weeks} · {counted(n, 'session', 'sessions')} done\"",
        "x = f\"Saved {noun(n, 'page', 'pages')} to the printer.\"",
        'x = f"Made on {long_day(day)}."',
        "x = 'Your back: ' + _('Better')",
        "def f(n):\n    amount = counted(n, 'rep', 'reps')\n    return f'{amount} a set'",
        "def f(n):\n    a = counted(n, 'rep', 'reps')\n    b = a\n    return f'Do {b}'",
        'x = f"{written(day, Form.DAY)}  {name} · done"',
    ],
)
def test_a_translated_piece_in_an_english_sentence_is_found(source: str) -> None:
    assert list(glued(source)) == [source.count("\n") + 1]


@pytest.mark.parametrize(
    "source",
    [
        "x = _('Week {week} of {weeks}').format(week=1, weeks=6)",
        'x = f"{day}  {what}"',
        "x = f\"{_('Not now')}  ({keys})\"",
        "x = f\"<li>{name}, {counted(n, 'round', 'rounds')}</li>\"",
        'x = f"workout-timer: {_(message)}"',
        "x = f\"Saved {english_counted(n, 'page', 'pages')} to the printer.\"",
        'x = f"Made on {english_date(day, Form.LONG_DAY)}."',
    ],
)
def test_a_whole_sentence_a_layout_of_pieces_or_a_wholly_english_sentence_passes(source: str) -> None:
    assert list(glued(source)) == []


def test_the_check_reads_every_module_of_a_package(tmp_path: Path) -> None:
    (tmp_path / "pkg" / "inner").mkdir(parents=True)
    (tmp_path / "pkg" / "fine.py").write_text("x = _('Start')\n")
    (tmp_path / "pkg" / "inner" / "mixed.py").write_text("\n\nx = f\"{counted(n, 'day', 'days')} ago\"\n")
    assert fragments(tmp_path / "pkg") == ["pkg/inner/mixed.py:3"]
