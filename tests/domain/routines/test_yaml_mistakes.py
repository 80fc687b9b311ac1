"""The YAML reader's common mistakes, told in the app's words in English and German, whichever parser reads the
file: libyaml (the app's) and PyYAML's own (a machine without libyaml) word them differently. Real files, the real
loader and the real `validate`, each message at the file's line and column."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from workout_timer.cli import main
from workout_timer.domain.common import language
from workout_timer.domain.routines import yaml_nodes
from workout_timer.domain.routines.loading import load_routine
from workout_timer.domain.routines.problems import LoadError
from workout_timer.domain.routines.routine import Catalogue

MISTAKES = {
    "colon": (
        "version: 1\nname: Test: with colon\nsteps:\n  - rest: 10\n",
        (2, 11),
        "a colon where no value can start: put text with a colon in quotes, or start a new line for the key",
        "ein Doppelpunkt, wo kein Wert beginnen kann",
    ),
    "tab before a key": (
        "version: 1\n\tname: Test\nsteps:\n  - rest: 10\n",
        (2, 1),
        "a tab: indent with spaces",
        "ein Tabulator: Rück mit Leerzeichen ein",
    ),
    "tab before a list item": (
        "version: 1\nname: Test\nsteps:\n\t- rest: 10\n",
        (4, 1),
        "a tab: indent with spaces",
        "ein Tabulator: Rück mit Leerzeichen ein",
    ),
    "unclosed quote": (
        'version: 1\nname: "Test\nsteps:\n  - rest: 10\n',
        (5, 1),
        "the file ends inside a quote or a list",
        "die Datei endet mitten in Anführungszeichen oder einer Liste",
    ),
    "unclosed list": (
        "version: 1\nname: Test\ntags: [core, back\nsteps:\n  - rest: 10\n",
        (4, 6),
        "a list in [ ] is not closed with ], or its items are not separated by commas",
        "eine Liste in [ ] ist nicht mit ] geschlossen",
    ),
    "unclosed mapping": (
        "version: 1\nname: Test\ndefaults: {rest: 10\nsteps:\n  - rest: 10\n",
        (4, 6),
        "a mapping in { } is not closed with }, or its pairs are not separated by commas",
        "eine Zuordnung in { } ist nicht mit } geschlossen",
    ),
    "a list item out of line": (
        "version: 1\nname: Test\nsteps:\n  - rest: 10\n - rest: 5\n",
        (5, 2),
        "this does not line up with the lines above",
        "das steht nicht bündig mit den Zeilen darüber",
    ),
    "text after a closing quote": (
        'version: 1\nname: "Test" for runners\nsteps:\n  - rest: 10\n',
        (2, 14),
        "nothing follows a closing quote",
        "nach einem schließenden Anführungszeichen folgt nichts mehr",
    ),
    "a line without a colon": (
        "version: 1\nname: Test\nsteps:\n  - rest: 10\nwarm up first\n",
        (6, 1),
        "a line without a colon where a key is expected: write it as `key: value`",
        "eine Zeile ohne Doppelpunkt, wo ein Schlüssel stehen muss",
    ),
    "a value starting with @": (
        "version: 1\nname: @home\nsteps:\n  - rest: 10\n",
        (2, 7),
        "a value cannot start with `@`: put the text in quotes",
        "ein Wert kann nicht mit `@` beginnen: Setz den Text in Anführungszeichen",
    ),
}

PARSERS = {"libyaml": getattr(yaml, "CSafeLoader", None), "PyYAML": yaml.SafeLoader}


@pytest.fixture(params=list(PARSERS))
def parser(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> str:
    loader = PARSERS[request.param]
    if loader is None:  # pragma: no cover - PyYAML built without libyaml
        pytest.skip("this PyYAML has no libyaml")
    monkeypatch.setattr(yaml_nodes, "_Loader", loader)
    return str(request.param)


def message_for(path: Path, catalogue: Catalogue) -> str:
    with pytest.raises(LoadError) as caught:
        load_routine(path, catalogue)
    (problem,) = caught.value.problems
    return str(problem)


@pytest.mark.parametrize("mistake", list(MISTAKES))
def test_each_common_mistake_is_told_in_the_apps_words(
    mistake: str, parser: str, tmp_path: Path, catalogue: Catalogue
) -> None:
    text, (line, column), english, german = MISTAKES[mistake]
    path = tmp_path / "mistake.yaml"
    path.write_text(text, encoding="utf-8")
    said = message_for(path, catalogue)
    assert said.startswith(f"{path}:{line}:{column}: this is not valid YAML: "), said
    assert english in said
    language.use("de_DE")
    said = message_for(path, catalogue)
    assert said.startswith(f"{path}:{line}:{column}: das ist kein gültiges YAML: "), said
    assert german in said


def test_an_alias_with_no_anchor_is_told_in_the_apps_words(tmp_path: Path, catalogue: Catalogue) -> None:
    path = tmp_path / "alias.yaml"
    path.write_text("version: 1\nname: *base\nsteps:\n  - rest: 10\n", encoding="utf-8")
    with pytest.raises(LoadError) as caught:
        load_routine(path, catalogue)
    said = [str(p) for p in caught.value.problems]
    # libyaml lets it through to the tree; PyYAML's parser too (its composer, never used here, would refuse it)
    assert said == [f"{path}:2:7: `*base` names no anchor: give a value the anchor `&base` before it"]
    language.use("de_DE")
    with pytest.raises(LoadError) as caught:
        load_routine(path, catalogue)
    assert [str(p) for p in caught.value.problems] == [
        f"{path}:2:7: `*base` verweist auf keinen Anker: Gib einem Wert davor den Anker `&base`"
    ]


def test_validate_tells_a_german_runner_what_is_wrong_and_where(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("LANG", "de_DE.UTF-8")
    path = tmp_path / "colon.yaml"
    path.write_text("version: 1\nname: Test: with colon\nsteps:\n  - rest: 10\n", encoding="utf-8")
    assert main(["validate", str(path)]) != 0
    err = capsys.readouterr().err
    assert (
        f"{path}:2:11: das ist kein gültiges YAML: ein Doppelpunkt, wo kein Wert beginnen kann: Setz Text mit " in err
    )
    path.write_text("version: 1\n\tname: Test\nsteps:\n  - rest: 10\n", encoding="utf-8")
    assert main(["validate", str(path)]) != 0
    err = capsys.readouterr().err
    assert f"{path}:2:1: das ist kein gültiges YAML: ein Tabulator: Rück mit Leerzeichen ein" in err
