"""The command line under a system that names a region Babel has no data for ("en_EN", "de_US"): every command that
writes a duration, a number or a date works, in the bare language, where Babel's `UnknownLocaleError` once stopped it."""

from __future__ import annotations

import pytest

from tests.conftest import FIXTURES
from tests.domain.common.test_language import UNKNOWN_REGIONS
from workout_timer.cli.dispatch import main


@pytest.mark.parametrize(("system", "written_in"), UNKNOWN_REGIONS)
def test_the_commands_speak_the_bare_language(
    system: str, written_in: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("LANG", system)
    german = written_in == "de"
    late_cue = str(FIXTURES / "invalid" / "cue-after-end.yaml")
    assert main(["validate", late_cue]) == 1
    assert capsys.readouterr().err == (
        f"{late_cue}:7:13: dieser Hinweis bei 45 Sek. kommt erst nach dem Ende des Schritts (30 Sek.)\n"
        if german
        else f"{late_cue}:7:13: this cue at 45 sec comes after the step ends (30 sec)\n"
    )
    assert main(["list"]) == 0
    assert ("Starker Rücken, starkes Gesäß" if german else "Stronger back and glutes") in capsys.readouterr().out
    assert main(["show", "stronger-back"]) == 0
    assert ("Training geschafft." if german else "Workout complete.") in capsys.readouterr().out
