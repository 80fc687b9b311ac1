"""The command line's own words under a German locale: `--help` of every command (argparse's words too),
`history`, `export` and `import`, `sheet` and `report`, and their mistakes, in whole German sentences with no
English word of the source left (the routines' names, the options and the file names aside)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.conftest import SHORT_ROUTINE
from tests.helpers.paper_history import FIRST_DAY, a_month
from tests.helpers.pdf import need_poppler, pdf_text
from tests.helpers.recording import recording
from workout_timer.cli import main
from workout_timer.cli.parser import build_parser
from workout_timer.domain.common.paths import history_path

ENGLISH = {
    "usage", "options", "positional", "arguments", "show", "this", "help", "message", "and", "exit", "the", "a",
    "of", "to", "your", "routine", "routines", "file", "files", "list", "print", "instead", "table", "text",
    "check", "report", "every", "mistake", "write", "sessions", "session", "history", "open", "app", "on", "with",
    "its", "own", "programme", "programmes", "day", "days", "week", "weeks", "commands", "error", "required",
    "following", "invalid", "choice", "choose", "from", "is", "not", "date", "as", "Saved", "sheet", "page",
    "pages", "Wrote", "Imported", "already", "have", "called", "cannot", "No", "yet", "will", "here", "STARTED",
    "RESULT", "EXERCISED", "stopped", "completed", "Notes", "physiotherapist", "Progress", "Before", "After",
    "Total", "time", "Hold", "Rest", "Then", "rest", "seconds", "minutes", "reps", "Each", "side", "medical",
    "advice", "Made", "covers", "numbers", "beside", "it", "COMMAND", "PATH", "PROGRAMME", "DATE", "ACTION", "Player",
}  # fmt: skip
"""English words of the sentences the commands write: none may be left in German."""
KEPT = (
    "workout-timer", "Short test session", "Post-run stretch", "post-run-stretch", "core-for-runners",
    "Core for runners", "core-for-friends", "install-desktop", "JSON", "CSV", "PDF", "YAML", "XDG_DATA_HOME",
    "{a4,letter}", "a4", "ANOTHER-ID", "COMMAND", "ACTION", "PATH", "ROUTINE", "PROGRAMME", "DATE", "ID", "N", "docs/programme-format.md",
)  # fmt: skip
"""Names, commands, options and placeholders: the same in every language."""


@pytest.fixture(autouse=True)
def german(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LANG", "de_DE.UTF-8")


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def english(text: str, *kept: str) -> set[str]:
    """The English words left in `text`, options (--replace), paths and names aside."""
    for name in (*kept, *KEPT):
        text = text.replace(name, " ")
    text = re.sub(r"--?[a-z-]+|\S*/\S*|`[^`]*`|\$\w+|'[^']*'", " ", text)
    return set(re.findall(r"[A-Za-z]+", text)) & ENGLISH


def help_of(capsys: pytest.CaptureFixture[str], *command: str) -> str:
    with pytest.raises(SystemExit) as exited:
        main([*command, "--help"])
    assert exited.value.code == 0
    return capsys.readouterr().out


def english_in_help(shown: str, *kept: str) -> set[str]:
    """The English words left in a help, the names of the commands it lists (as they are typed) aside."""
    return english(re.sub(r"^ {4}\S+", " ", shown, flags=re.MULTILINE), *kept)


def test_every_commands_help_is_german(capsys: pytest.CaptureFixture[str]) -> None:
    main_help = help_of(capsys)
    commands = list(build_parser()._subparsers._group_actions[0].choices)  # type: ignore[union-attr]
    assert main_help.startswith("Aufruf: workout-timer") and "Befehle:" in main_help and "Optionen:" in main_help
    said = " ".join(main_help.split())
    assert "diese Hilfe zeigen und beenden" in said and "die Version des Programms zeigen und beenden" in said
    assert english_in_help(main_help) == set()
    for command in commands:
        shown = help_of(capsys, command)
        assert shown.startswith("Aufruf: "), command
        assert english_in_help(shown, f"workout-timer {command}") == set(), (command, english(shown))
    for action in ("show", "start", "stop", "import", "export"):
        shown = help_of(capsys, "programme", action)
        assert english_in_help(shown, f"workout-timer programme {action}") == set(), (action, english(shown))


def test_argparses_mistakes_are_german(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["report", "x.pdf", "--from", "30.11.2026"])
    err = capsys.readouterr().err
    assert "Fehler: Argument --from: „30.11.2026“ ist kein Datum: Schreib es als 2026-11-30" in err
    with pytest.raises(SystemExit):
        main(["export"])
    assert "diese Argumente sind nötig: ROUTINE, PFAD" in capsys.readouterr().err


def test_history_export_and_import_speak_german(
    capsys: pytest.CaptureFixture[str], short_timeline, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    from workout_timer.domain.common.clock import FakeClock
    from workout_timer.domain.history.store import HistoryStore
    from workout_timer.domain.session.engine import SessionEngine

    assert run(capsys, "history") == (0, "Noch keine Einheiten. Deine erste erscheint hier.\n", "")
    store = HistoryStore(history_path())
    clock = FakeClock()
    engine = SessionEngine(short_timeline, clock)
    _session, record_session = recording(store, short_timeline)
    record_session(engine.start())
    clock.advance(12)
    record_session(engine.update() + engine.abandon())
    store.close()
    code, out, _ = run(capsys, "history")
    header, row = out.splitlines()
    assert code == 0 and header.split() == ["BEGONNEN", "ROUTINE", "ERGEBNIS", "GEÜBT"] and "abgebrochen" in row
    assert run(capsys, "history", "--csv")[1].startswith("id,started,ended,routine_id")  # read by programs: as is

    exported = tmp_path / "core-for-friends.yaml"
    code, out, _ = run(capsys, "export", "core-for-runners", str(exported))
    assert code == 0 and out.endswith(f"nach {exported} geschrieben.\n") and english(out) == set()
    code, out, _ = run(capsys, "import", str(exported))
    assert code == 0 and " als core-for-friends " in out and english(out) == set()
    code, _, err = run(capsys, "import", str(exported))
    assert code == 1 and err.startswith("workout-timer: du hast schon eine Routine namens „core-for-friends“")
    assert english(err) == set()
    code, _, err = run(capsys, "show", "no-such-routine")
    assert code == 1 and "keine Routine namens „no-such-routine“" in err


@pytest.mark.slow  # pdftotext
def test_the_sheet_and_the_report_are_german_on_paper(
    capsys: pytest.CaptureFixture[str], load, short_timeline, tmp_path: Path, qapp: object
) -> None:  # type: ignore[no-untyped-def]
    from workout_timer.domain.routines.timeline import build_timeline

    need_poppler()
    code, out, _ = run(capsys, "sheet", "post-run-stretch", str(tmp_path / "dehnen.pdf"))
    assert code == 0 and out == f"Übungsblatt (2 Seiten) in {tmp_path / 'dehnen.pdf'} gespeichert.\n"
    sheet = " ".join(pdf_text(tmp_path / "dehnen.pdf").split())
    assert "Notizen deiner Physiotherapeutin" in sheet and "Dies ist kein medizinischer Rat." in sheet
    assert "Seite 1 von 2" in sheet and "Gesamtzeit: " in sheet

    longer = build_timeline(load(SHORT_ROUTINE.replace("duration: 20", "duration: 25")))
    a_month(history_path(), short_timeline, longer).close()
    last = FIRST_DAY.replace(day=29)
    code, out, _ = run(
        capsys, "report", str(tmp_path / "bericht.pdf"), "--from", FIRST_DAY.isoformat(), "--to", last.isoformat()
    )
    assert code == 0 and out.startswith("Bericht (") and "bericht.csv" in out and english(out) == set()
    report = " ".join(pdf_text(tmp_path / "bericht.pdf").split())
    assert "Fortschrittsbericht" in report and "Einheiten pro Woche" in report
    assert "Rückenschmerz vor und nach den Einheiten" in report and "Seite 1 von" in report
    assert (tmp_path / "bericht.csv").read_text().startswith("id,started,ended,routine_id")
    code, _, err = run(capsys, "report", str(tmp_path / "x.pdf"), "--from", "2026-12-01", "--to", "2026-11-01")
    assert code == 2 and err == "workout-timer: --from 2026-12-01 liegt nach --to 2026-11-01\n"


def test_a_damaged_history_is_told_in_german(capsys: pytest.CaptureFixture[str], short_timeline) -> None:  # type: ignore[no-untyped-def]
    from tests.helpers.history_files import damage, write_sessions

    path = history_path()
    write_sessions(path, short_timeline, 2)
    damage(path, "sessions")
    code, out, err = run(capsys, "history")
    assert code == 1 and out == ""
    assert err == (
        "workout-timer: Dein Trainingsverlauf lässt sich nicht lesen (die Datei ist beschädigt). "
        "Nichts wurde verändert.\n"
    )


def test_a_routine_by_its_german_name_and_a_german_hint(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "show", "dehnen nach dem laufen")
    assert code == 0 and out.startswith("Dehnen nach dem Laufen (post-run-stretch, ")
    code, _, err = run(capsys, "show", "Dehnen nach")
    assert code == 1
    assert "keine Routine namens „Dehnen nach“; meintest du post-run-stretch (Dehnen nach dem Laufen)?" in err


def test_show_names_the_side_of_every_one_sided_step_it_announces(capsys: pytest.CaptureFixture[str]) -> None:
    """Clamshells, a rep every 2 s, have no time for "linke Seite" before the first count, yet the side is said."""
    code, out, _ = run(capsys, "show", "core-for-runners")
    announced = [line.split("Ansage", 1)[1].strip() for line in out.splitlines() if " Ansage " in line]
    assert code == 0 and "Muschel, links." in announced and "Muschel, rechts." in announced
    assert "Muschel." not in announced


def test_a_pipe_where_the_export_would_go_is_told_in_german_with_german_quotes(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    import os

    pipe = tmp_path / "x.yaml"
    os.mkfifo(pipe)
    code, _, err = run(capsys, "export", "core-for-runners", str(pipe))
    assert code == 1
    assert err.endswith(f"„{pipe}“: das ist eine Pipe (FIFO), keine gewöhnliche Datei, darum blieb sie unverändert\n")
    assert "”" not in err and english(err) == set()  # no English closing quote
