"""The sheet and the report as PDF files, read back with poppler: the text a person can select, the fonts
embedded, the first page against a picture of it, long routines flowing onto more pages."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from tests.conftest import SHORT_ROUTINE
from tests.helpers.paper_history import FIRST_DAY, a_month
from tests.helpers.pdf import fonts, need_poppler, page_count, page_png, pdf_text, pdf_writer, word_boxes
from workout_timer.domain.paper.report import progress_report
from workout_timer.domain.paper.sheet import SheetStep, routine_sheet
from workout_timer.domain.routines.loading import Catalogue, load_routine
from workout_timer.domain.routines.timeline import build_timeline
from workout_timer.qt.paper.pages import MARGIN, page_size
from workout_timer.qt.paper.report_pages import render_report
from workout_timer.qt.paper.sheet_pages import render_sheet

GOLDEN = Path(__file__).parent / "golden" / "core-for-runners-page-1.png"
"""The sheet's first page at 30 dpi in greys; `WORKOUT_TIMER_NEW_GOLDEN=1` writes it afresh (look at it!)."""
MOST_DIFFERENT = 0.001
"""The share of pixels that may differ by more than a quarter of the grey scale (antialiasing): a figure
left out or drawn the other way round changes 0.25% of them. Another version of Qt or of the DejaVu
fonts may move text by a pixel: look at the new page, then write the golden picture afresh."""
DAY = dt.date(2026, 12, 6)
MM = 72 / 25.4


pytestmark = pytest.mark.slow  # pdftotext, pdffonts and pdftoppm read every PDF


@pytest.fixture(autouse=True)
def poppler() -> None:
    need_poppler()


def sheet_pdf(routine, path: Path, paper: str = "a4") -> int:  # type: ignore[no-untyped-def]
    sheet = routine_sheet(routine, "0.1.0", DAY)
    return render_sheet(lambda: pdf_writer(str(path), page_size(paper), sheet.title, "workout-timer"), sheet)


def built_in(catalogue: Catalogue, name: str):  # type: ignore[no-untyped-def]
    from workout_timer import resources

    return load_routine(resources.routines_dir() / f"{name}.yaml", catalogue)


def test_the_sheet_holds_every_name_and_dose_as_text_with_its_fonts_embedded(
    qapp, catalogue: Catalogue, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    routine = built_in(catalogue, "core-for-runners")
    pdf = tmp_path / "sheet.pdf"
    pages = sheet_pdf(routine, pdf)
    assert pages == page_count(pdf) == 2
    text = " ".join(pdf_text(pdf).split())  # lines joined: a dose may wrap
    for block in routine_sheet(routine, "0.1.0", DAY).blocks:
        if isinstance(block, SheetStep):
            assert block.name in text
            assert "  ·  ".join(block.dose).replace("  ", " ") in text
    assert "Total time: about 14:13" in text and "You need: mat" in text
    assert "Made with workout-timer 0.1.0 on 6 December 2026" in text and "This is not medical advice." in text
    assert "Notes from your physiotherapist" in text and "page 2 of 2" in text
    found = fonts(pdf)
    assert found and all(row[-5] == "yes" for row in found)  # every font embedded
    assert {row[0].split("+")[-1] for row in found} == {"DejaVuSans", "DejaVuSans-Bold"}


def test_the_first_page_looks_as_it_did(qapp, catalogue: Catalogue, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    pdf = tmp_path / "sheet.pdf"
    sheet_pdf(built_in(catalogue, "core-for-runners"), pdf)
    png = page_png(pdf, 1, tmp_path / "page.png")
    if os.environ.get("WORKOUT_TIMER_NEW_GOLDEN"):
        GOLDEN.parent.mkdir(exist_ok=True)
        GOLDEN.write_bytes(png.read_bytes())
    now, then = QImage(str(png)), QImage(str(GOLDEN))
    assert not then.isNull(), f"no golden picture at {GOLDEN}"
    assert (now.width(), now.height()) == (then.width(), then.height())
    grey = QImage.Format.Format_Grayscale8
    a, b = now.convertToFormat(grey), then.convertToFormat(grey)
    different = sum(
        abs(a.pixelColor(x, y).value() - b.pixelColor(x, y).value()) > 64
        for y in range(a.height())
        for x in range(a.width())
    )
    assert different / (a.width() * a.height()) < MOST_DIFFERENT
    inked = sum(a.pixelColor(x, y).value() < 128 for y in range(a.height()) for x in range(a.width()))
    assert inked > 0.02 * a.width() * a.height()  # not a blank page matching a blank picture


def test_a_long_routine_flows_onto_more_pages_and_nothing_is_cut(qapp, load, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    names = ["plank", "glute-bridge", "bird-dog", "dead-bug", "side-plank", "cat-cow", "clamshell", "childs-pose"]
    steps = "".join(f"  - {{exercise: {name}, duration: {20 + n}}}\n" for n in range(4) for name in names)
    lines = "".join(f"      - Keep it slow and steady, and breathe out as you lift ({n}).\n" for n in range(1, 121))
    own = f"exercises:\n  slow-one:\n    name: The slow one\n    kind: core\n    instructions:\n{lines}"
    steps += "  - {exercise: slow-one, duration: 30}\n"
    routine = load(f"version: 1\nname: A long one\n{own}steps:\n{steps}")
    pdf = tmp_path / "long.pdf"
    pages = sheet_pdf(routine, pdf, "letter")
    assert pages == page_count(pdf) >= 5
    text = " ".join(pdf_text(pdf).split())
    assert (
        text.count("Glute bridge") >= 4
        and "23 seconds" in text
        and text.count("Keep it slow and steady") == 120
        and "(120)" in text
    )
    boxes = word_boxes(pdf)
    assert {round(height) for _, _, height, _ in boxes} == {792}  # Letter
    footer_top = 792 - (MARGIN + 9.0 - 3.0) * MM
    for page, bottom, height, word in boxes:
        assert bottom <= height - MARGIN * MM + 1, (page, word)  # nothing below the bottom margin
    body = [(p, b, w) for p, b, _, w in boxes if b < footer_top - 0.5]
    assert len({p for p, _, _ in body}) == pages  # text on every page, above the footer


def test_the_report_holds_the_dates_the_exercises_and_the_signs(qapp, load, short_timeline, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    longer = build_timeline(load(SHORT_ROUTINE.replace("duration: 20", "duration: 25")))
    store = a_month(tmp_path / "h.sqlite", short_timeline, longer)
    end = FIRST_DAY + dt.timedelta(days=27)
    report = progress_report(store.sessions(), store.check_ins(), store.events, FIRST_DAY, end, "0.1.0", DAY, 3)
    store.close()
    pdf = tmp_path / "report.pdf"
    assert render_report(lambda: pdf_writer(str(pdf), page_size("a4"), report.title, "x"), report) == 1
    text = " ".join(pdf_text(pdf).split())
    rows = [" ".join(line.split()) for line in pdf_text(pdf, layout=True).splitlines()]
    assert "Plank 11 12 92%" in rows and "Side plank 22 24 92%" in rows and "Knee push-up 11 12 92%" in rows
    assert "16 Nov – 22 Nov 3 2 3 2.7" in rows
    for words in (
        "Progress report",
        "2 November to 29 November 2026",
        "12 sessions in 28 days, 11 of them finished",
        "11 November 2026, before the session: Numbness or tingling",
        "Plank, 20 seconds → 25 seconds",
        "Too easy: 0 · About right: 9 · Too hard: 2",
        "This is not medical advice.",
        "Made with workout-timer 0.1.0 on 6 December 2026",
    ):
        assert words in text
    assert all(row[-5] == "yes" for row in fonts(pdf))


def test_an_empty_history_gives_a_report_that_says_so(qapp, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    report = progress_report([], [], lambda _: [], FIRST_DAY, FIRST_DAY + dt.timedelta(days=6), "0.1.0", DAY)
    pdf = tmp_path / "empty.pdf"
    render_report(lambda: pdf_writer(str(pdf), page_size("letter"), report.title, "x"), report)
    text = " ".join(pdf_text(pdf).split())
    assert "No sessions were recorded from 2 November to 8 November 2026." in text
    assert "Sessions each week" not in text and "This is not medical advice." in text
