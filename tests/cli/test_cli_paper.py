"""`workout-timer sheet` and `workout-timer report`: the PDF (and the CSV) written, read back with poppler."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import SHORT_ROUTINE
from tests.helpers.paper_history import FIRST_DAY, a_month
from tests.helpers.pdf import need_poppler, page_count, pdf_text, word_boxes
from workout_timer.cli import main
from workout_timer.domain.common.paths import history_path


@pytest.fixture(autouse=True)
def poppler(qapp: object) -> None:
    """The tests' QApplication exists first: run in this process, the command would otherwise make the
    QGuiApplication it makes when run on its own, and every later widget test would find the wrong kind."""
    need_poppler()


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def words(pdf: Path) -> str:
    return " ".join(pdf_text(pdf).split())


@pytest.mark.slow  # pdftotext
def test_sheet_writes_a_routine_on_a4_or_letter(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    code, out, _ = run(capsys, "sheet", "post-run-stretch", str(tmp_path / "stretch.pdf"))
    assert code == 0 and out == f"Saved the sheet (2 pages) to {tmp_path / 'stretch.pdf'}.\n"
    text = words(tmp_path / "stretch.pdf")
    assert "Post-run stretch" in text and "Hamstring stretch" in text and "Notes from your physiotherapist" in text
    assert run(capsys, "sheet", "post-run-stretch", str(tmp_path / "letter.pdf"), "--paper", "letter")[0] == 0
    assert {round(height) for _, _, height, _ in word_boxes(tmp_path / "letter.pdf")} == {792}
    assert {round(height) for _, _, height, _ in word_boxes(tmp_path / "stretch.pdf")} == {842}

    code, _, err = run(capsys, "sheet", "no-such-routine", str(tmp_path / "x.pdf"))
    assert code == 1 and "no routine called “no-such-routine”" in err and not (tmp_path / "x.pdf").exists()
    (tmp_path / "a-file").write_text("not a folder")
    code, _, err = run(capsys, "sheet", "post-run-stretch", str(tmp_path / "a-file" / "x.pdf"))
    assert code == 1 and err.startswith(f"workout-timer: cannot write {tmp_path / 'a-file' / 'x.pdf'}")


@pytest.mark.slow  # pdftotext
def test_report_writes_the_dates_asked_with_a_csv_beside(
    capsys: pytest.CaptureFixture[str], load, short_timeline, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    from workout_timer.domain.routines.timeline import build_timeline

    longer = build_timeline(load(SHORT_ROUTINE.replace("duration: 20", "duration: 25")))
    a_month(history_path(), short_timeline, longer).close()
    pdf = tmp_path / "report.pdf"
    end = FIRST_DAY + dt.timedelta(days=27)
    code, out, _ = run(capsys, "report", "--from", str(FIRST_DAY), "--to", str(end), "--plan", "3", str(pdf))
    assert code == 0 and out == f"Saved the report (1 page) to {pdf}, and its numbers to report.csv beside it.\n"
    text = words(pdf)
    assert "2 November to 29 November 2026" in text and "The plan: 3 sessions a week, 12 for these dates." in text
    assert "11 November 2026, before the session: Numbness or tingling" in text and "Side plank" in text
    assert len((tmp_path / "report.csv").read_text().splitlines()) == 13  # a header and 12 sessions

    code, out, _ = run(capsys, "report", "--from", "2027-01-01", "--to", "2027-01-31", str(pdf))
    assert code == 0 and "No sessions were recorded from 1 January to 31 January 2027" in out
    assert "No sessions were recorded from 1 January to 31 January 2027." in words(pdf) and page_count(pdf) == 1


def test_report_refuses_dates_that_make_no_sense(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    pdf = str(tmp_path / "r.pdf")
    code, _, err = run(capsys, "report", "--from", "2026-12-01", "--to", "2026-11-01", pdf)
    assert code == 2 and "--from 2026-12-01 comes after --to 2026-11-01" in err
    assert run(capsys, "report", "--from", "2024-01-01", "--to", "2026-01-01", pdf)[0] == 2
    with pytest.raises(SystemExit):
        main(["report", "--from", "30/11/2026", pdf])
    assert "“30/11/2026” is not a date: write it as 2026-11-30" in capsys.readouterr().err
    assert not (tmp_path / "r.pdf").exists()


def test_a_history_that_cannot_be_read_gives_no_report(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    history_path().parent.mkdir(parents=True, exist_ok=True)
    history_path().write_bytes(b"this is not a database, but it is somebody's history" * 100)
    code, _, err = run(capsys, "report", str(tmp_path / "r.pdf"))
    assert code == 1 and err.startswith("workout-timer: no report was made: Your workout history can't be opened")
    assert not (tmp_path / "r.pdf").exists()


@pytest.mark.slow
def test_an_empty_history_gives_a_report_of_the_last_four_weeks_that_says_so(tmp_path: Path) -> None:
    """As a person runs it: a program of its own, no window, no history yet."""
    pdf = tmp_path / "report.pdf"
    done = subprocess.run(
        [sys.executable, "-m", "workout_timer", "report", str(pdf)], capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr
    today = dt.date.today()
    first = today - dt.timedelta(days=27)
    assert "No sessions were recorded from" in words(pdf) and f"{today.year}" in words(pdf)
    assert f"{first.day} " in done.stdout and (tmp_path / "report.csv").read_text().count("\n") == 1


def test_a_physios_routine_with_mistakes_is_refused_with_every_one_listed(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    written = tmp_path / "back-programme.yaml"
    written.write_text(
        "version: 1\nname: Back programme\nsteps:\n"
        "  - {exercise: cat-cow, reps: 6, tempo: 4}\n"
        "  - {exercise: glute-brige, reps: 10}\n"
        "  - {exercise: bird-dog, reps: 8, sides: sometimes}\n"
        "  - {exercise: plank, duration: -30}\n"
    )
    code, _, err = run(capsys, "import", str(written))
    assert code == 1
    assert err.splitlines() == [
        f"{written}:5:16: unknown exercise glute-brige; did you mean glute-bridge?",
        f"{written}:6:42: `sides` must be both, left, right or none, got “sometimes”",
        f'{written}:7:33: `duration` must be a positive number of seconds or a string like "1m30s", got “-30”',
    ]
    assert run(capsys, "sheet", str(written), str(tmp_path / "x.pdf"))[0] == 1 and not (tmp_path / "x.pdf").exists()


def test_the_report_ends_on_the_day_the_wall_clock_says(
    capsys: pytest.CaptureFixture[str], load, short_timeline, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    """`report` without dates covers the last four weeks up to today, and today is the injected clock's: on the
    month's last day, the month's 12 sessions; a week later, a week of them fewer."""
    from tests.helpers.paper_history import at
    from workout_timer.domain.routines.timeline import build_timeline

    longer = build_timeline(load(SHORT_ROUTINE.replace("duration: 20", "duration: 25")))
    a_month(history_path(), short_timeline, longer).close()
    pdf = tmp_path / "report.pdf"
    last = FIRST_DAY + dt.timedelta(days=27)
    for day, sessions in ((last, 12), (last + dt.timedelta(days=7), 9)):
        assert main(["report", str(pdf)], wall_clock=lambda day=day: at(day, 20)) == 0
        capsys.readouterr()
        assert len((tmp_path / "report.csv").read_text().splitlines()) == 1 + sessions
