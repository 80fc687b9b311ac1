"""The sheet from the preview and the report from the history, through the real buttons."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QFileDialog
from pytestqt.qtbot import QtBot

from tests.helpers.app_window import app_window, start_from_the_preview
from tests.helpers.pdf import need_poppler, pdf_text, word_boxes
from workout_timer.domain.common.clock import FakeClock
from workout_timer.qt.common.theme.look import look
from workout_timer.qt.history.history_view import HistoryView
from workout_timer.qt.paper.pages import MARGIN
from workout_timer.qt.paper.paper_dialogs import ReportDates
from workout_timer.qt.shell.main_window import MainWindow


@pytest.fixture
def window(qtbot: QtBot, clock: FakeClock, tmp_path: Path) -> Iterator[MainWindow]:
    need_poppler()
    main = app_window(qtbot, clock, tmp_path)
    yield main
    main.close()


def choose_file(monkeypatch: pytest.MonkeyPatch, path: Path) -> None:
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_args, **_kw: (str(path), "PDF (*.pdf)"))


@pytest.mark.slow  # pdftotext
def test_save_as_pdf_in_the_preview_writes_the_sheet_and_says_where(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window.show_preview(window.library.find("short-test"))  # type: ignore[arg-type]
    preview = window.preview_view
    choose_file(monkeypatch, tmp_path / "sheet.pdf")
    qtbot.mouseClick(preview.pdf_button, Qt.MouseButton.LeftButton)
    assert preview.paper_note.text() == f"Saved the sheet (1 page) to {tmp_path / 'sheet.pdf'}."
    text = " ".join(pdf_text(tmp_path / "sheet.pdf").split())
    assert "Short test session" in text and "Plank" in text and "Knee push-up" in text

    (tmp_path / "a-file").write_text("not a folder")
    choose_file(monkeypatch, tmp_path / "a-file" / "sheet.pdf")
    qtbot.mouseClick(preview.pdf_button, Qt.MouseButton.LeftButton)
    assert preview.paper_note.text().startswith(f"The sheet could not be saved to {tmp_path / 'a-file' / 'sheet.pdf'}")
    assert look().palette.problem in preview.paper_note.styleSheet()
    window.show_preview(window.library.find("core-for-runners"))  # type: ignore[arg-type]
    assert not preview.paper_note.isVisibleTo(preview)  # said of the routine shown before


@pytest.mark.slow  # pdftotext
def test_the_report_button_saves_the_dates_chosen_with_a_csv_beside(
    qtbot: QtBot, window: MainWindow, clock: FakeClock, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    start_from_the_preview(qtbot, window, clock)
    for _ in range(12):
        clock.advance(1.0)
        window.session.driver.wake()  # type: ignore[union-attr]
    window.session.driver.stop()  # type: ignore[union-attr]
    window.show_history()
    view = window.current_view()
    assert isinstance(view, HistoryView)
    today = dt.date.today()

    def pick(dialog: ReportDates) -> int:
        start = today - dt.timedelta(days=6)
        dialog.start.setDate(QDate(start.year, start.month, start.day))
        dialog.per_week.setValue(3)
        assert dialog.end.date().toPython() == today  # the last four weeks unless changed
        return QDialog.DialogCode.Accepted.value

    monkeypatch.setattr(ReportDates, "exec", pick)
    choose_file(monkeypatch, tmp_path / "report.pdf")
    qtbot.mouseClick(view.report_button, Qt.MouseButton.LeftButton)
    assert view.export_note.text() == (
        f"Saved the report (1 page) to {tmp_path / 'report.pdf'}, and its numbers to report.csv beside it."
    )
    text = " ".join(pdf_text(tmp_path / "report.pdf").split())
    assert "1 session in 7 days, 0 of them finished" in text and "The plan: 3 sessions a week" in text
    lines = (tmp_path / "report.csv").read_text().splitlines()
    assert len(lines) == 2 and ",abandoned," in lines[1]

    choose_file(monkeypatch, tmp_path)  # a folder, not a file
    qtbot.mouseClick(view.report_button, Qt.MouseButton.LeftButton)
    assert view.export_note.text().startswith(f"The report could not be saved to {tmp_path}: ")
    assert look().palette.problem in view.export_note.styleSheet()


@pytest.mark.qt_log_ignore(r"^QPainter::begin\(\): Returned false$")  # the printer that can't start
@pytest.mark.slow  # pdftotext
def test_ctrl_p_prints_the_chosen_routines_sheet_through_the_print_dialog(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    printed = tmp_path / "printed.pdf"

    def choose_a_printer(dialog: QPrintDialog) -> int:
        printer = dialog.printer()
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)  # a printer that writes a file
        printer.setOutputFileName(str(printed))
        return QDialog.DialogCode.Accepted.value

    monkeypatch.setattr(QPrintDialog, "exec", choose_a_printer)
    window.library_view.select("short-test")
    qtbot.keyClick(window, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    assert "Sent the sheet (1 page) to the printer." in window.notices.messages()
    text = " ".join(pdf_text(printed).split())
    assert "Short test session" in text and "Side plank" in text and "page 1 of 1" in text
    _, lowest, height, _ = max(word_boxes(printed), key=lambda word: word[1])  # the footer's words
    assert lowest <= height - MARGIN * 72 / 25.4  # the sheet's own margins, not the printer's added to them

    monkeypatch.setattr(QPrintDialog, "exec", lambda _dialog: QDialog.DialogCode.Rejected.value)
    qtbot.keyClick(window, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)  # changed their mind: nothing said
    assert window.notices.messages().count("Sent the sheet (1 page) to the printer.") == 1

    (tmp_path / "a-file").write_text("not a folder")
    printed = tmp_path / "a-file" / "printed.pdf"  # a printer that can't start
    monkeypatch.setattr(QPrintDialog, "exec", choose_a_printer)
    qtbot.keyClick(window, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    assert any(
        m.startswith("The sheet could not be printed: the printer would not start.") for m in window.notices.messages()
    )


def test_the_report_dates_are_written_in_the_apps_words_whatever_the_desktops_language(qtbot: QtBot) -> None:
    from PySide6.QtCore import QLocale

    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.German, QLocale.Country.Germany))
    try:
        dates = ReportDates(dt.date(2026, 12, 6))
        qtbot.addWidget(dates)
        assert dates.end.text() == "6 Dec 2026" and dates.start.text() == "9 Nov 2026"
        assert dates.period() == (dt.date(2026, 11, 9), dt.date(2026, 12, 6)) and dates.plan() is None
    finally:
        QLocale.setDefault(before)
