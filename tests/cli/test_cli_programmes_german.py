"""The programme commands under a German locale: `today` and `programme import` speak whole German sentences,
with no English word of the sentences they replace."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from workout_timer.cli import main

TODAY_ENGLISH = {
    "Week", "of", "session", "sessions", "done", "Today", "as", "written", "gentler", "gentlest", "First", "two",
    "weeks", "more", "and", "the", "habit", "is", "made", "This", "week", "today", "Rest", "Streak", "in", "a", "row",
}  # fmt: skip
"""Every English word of the sentences `today` writes, the routine's and the programme's names aside."""


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture(autouse=True)
def german(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LANG", "de_DE.UTF-8")


def words(text: str, *content: str) -> set[str]:
    """The words of `text`, with `content` left out."""
    for name in content:
        text = text.replace(name, "")
    return set(re.findall(r"[A-Za-zÄÖÜäöüß]+", text))


def test_today_speaks_whole_german_sentences(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "today")
    assert code == 0 and out.startswith("Du folgst keinem Programm.")
    code, out, _ = run(capsys, "programme", "start", "back-on-track")
    assert code == 0 and out.startswith("Ab heute folgst du Zurück in die Spur.")
    code, out, _ = run(capsys, "today")
    assert code == 0
    lines = out.splitlines()
    assert lines[:3] == [  # a built-in programme and its routines in German too, the week's note included
        "Zurück in die Spur: Woche 1 von 6 · 0 Einheiten erledigt",
        "Heute: Sanfte Rückenpflege, so sanft wie möglich.",
        "Der sanfteste Einstieg. Kurzes Halten, leichte Varianten und ein freier Tag zwischen den Einheiten.",
    ]
    assert "Erste zwei Wochen: 0 von 6 Einheiten. Noch 6 Einheiten, und die Gewohnheit steht." in lines
    assert "Diese Woche:" in lines
    assert any(line.strip().endswith("Ruhetag") for line in lines)
    shown = words(out)
    english = TODAY_ENGLISH - {"in"} | {"Back", "track", "Gentle", "care", "The"}  # "in": German too ("in die Spur")
    assert not english & shown, english & shown
    code, out, _ = run(capsys, "programme", "stop")
    assert code == 0 and out.startswith("Du folgst keinem Programm mehr.")


def test_a_bad_programme_file_is_told_in_german_only(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text(
        "version: 1\nname: Bad\nweeks:\n  - days: {9: core-for-runers, 2: [x]}\n    repeat: x\n  - days: {}\n"
    )
    code, _, err = run(capsys, "programme", "import", str(bad))
    assert code == 1
    assert "bad.yaml:4:12: ein Wochentag muss eine Zahl von 1 bis 7 sein" in err
    assert "bad.yaml:4:35: ein Tag muss eine Routine mit ihrer ID nennen oder rest sagen, da steht eine Liste" in err
    assert "`repeat` muss" in err  # a message shared with routine files, in the same language
    english = {"a", "day", "of", "the", "week", "must", "be", "number", "from", "to", "got", "routine", "unknown",
               "did", "you", "mean", "name", "by", "its", "or", "say", "this", "has", "no", "give", "leave", "out"}  # fmt: skip
    assert not english & words(err, str(bad)), english & words(err, str(bad))
    typo = tmp_path / "typo.yaml"
    typo.write_text("version: 1\nname: Typo\nweeks:\n  - days: {1: core-for-runers}\n")
    code, _, err = run(capsys, "programme", "import", str(typo))
    assert code == 1 and "typo.yaml:4:15: unbekannte Routine core-for-runers; meintest du core-for-runners?" in err


def test_a_programmes_weeks_name_their_dose_in_german(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "programme", "show", "back-on-track")
    assert code == 0
    weeks = [line for line in out.splitlines() if line.startswith("Woche ")]
    assert weeks and weeks[0].startswith("Woche 1 (am sanftesten)")
    assert not {"gentlest", "gentler", "Week"} & words("\n".join(weeks))
